import { expect } from '@open-wc/testing';
import {
  type Language,
  type RoleId,
  type User,
  type UserFilters,
  type UserQuery,
  type UserSortField,
} from '../../../src/core/index.js';
import { UserCollection } from '../../../src/adapters/shared/user-query.js';
import { SearchIndex } from '../../../src/adapters/shared/search-index.js';
import { searchText } from '../../../src/adapters/shared/search-text.js';

/**
 * The text search of UserCollection reads a bitset index (src/adapters/shared/search-index.ts), built when the
 * page is idle, instead of checking every user. These tests hold it to the plain definition — the trimmed, folded search
 * text (lower case, no accents: `searchText`) is a substring of the user's folded "email\nname", or (digits only) a prefix of the id —
 * on hand-picked edge cases and on thousands of generated users and queries.
 */

function user(id: number, email: string, name: string | null, extra: Partial<User> = {}): User {
  return { id, email, name, role: 2, lang: 'en', activated: true, twoFa: false, deleted: false, ...extra };
}

const folded = new WeakMap<User, string>();

/** The plain definition of a search match: folded text (searchText) contains the folded search. */
function matches(u: User, search: string | undefined): boolean {
  const text = search === undefined ? undefined : searchText(search.trim());
  if (!text) return true;
  let userText = folded.get(u);
  if (userText === undefined) folded.set(u, (userText = searchText(`${u.email}\n${u.name ?? ''}`)));
  return (/^\d+$/.test(text) && String(u.id).startsWith(text)) || userText.includes(text);
}

function matchesFilters(u: User, filters: UserFilters = {}): boolean {
  return (
    (!filters.roles?.length || (u.role !== null && filters.roles.includes(u.role))) &&
    (!filters.languages?.length || filters.languages.includes(u.lang)) &&
    (filters.status === undefined || u.activated === (filters.status === 'activated')) &&
    (filters.twoFa === undefined || u.twoFa === filters.twoFa)
  );
}

/**
 * What `query` must answer: the users in the collection's own order for that sort (pinned by the
 * sort tests in user-query.test.ts) that match the search and filters, paged.
 */
function expected(collection: UserCollection, query: UserQuery): { ids: number[]; total: number } {
  const ordered = collection.query({ offset: 0, limit: Number.MAX_SAFE_INTEGER, sort: query.sort }).items;
  const all = ordered.filter((u) => matches(u, query.search) && matchesFilters(u, query.filters));
  return { ids: all.slice(query.offset, query.offset + query.limit).map((u) => u.id), total: all.length };
}

function answer(collection: UserCollection, query: UserQuery): { ids: number[]; total: number } {
  const page = collection.query(query);
  return { ids: page.items.map((u) => u.id), total: page.total };
}

function searchIds(collection: UserCollection, search: string): number[] {
  return collection.query({ offset: 0, limit: 1000, search }).items.map((u) => u.id);
}

describe('UserCollection search', () => {
  describe('edge cases', () => {
    const people: readonly User[] = [
      user(1, 'Ivan.Petrov@Example.com', 'Иван Петров'),
      user(2, 'wang@example.cn', '王小明'),
      user(3, 'party@example.com', 'Party 🎉 Person'),
      user(4, 'odysseus@example.gr', 'ΟΔΥΣΣΕΥΣ'),
      user(5, 'istanbul@example.tr', 'İstanbul Ünal'),
      user(6, 'zh@example.com', 'жук'),
      user(7, 'kj@example.com', 'ьера'),
      user(8, 'two.words@example.com', 'Anna Marie'),
      user(9, 'no.name@example.com', null),
      user(10, 'ALICE@EXAMPLE.COM', 'Alice'),
      user(12, 'jgross@example.de', 'Jürgen Groß'),
      user(13, 'bjorn@example.no', 'Bjørn Ødegård'),
      user(14, 'lech@example.pl', 'Łukasz Wałęsa'),
      user(100, 'hundred@example.com', 'Hundred'),
      user(1000, 'thousand@example.com', 'User 10'),
      user(11, 'gone@example.com', 'Gone Zed', { deleted: true }),
    ];
    const collection = new UserCollection(people);

    const cases: ReadonlyArray<[label: string, search: string, ids: number[]]> = [
      ['Cyrillic, upper-case typed', 'ИВАН', [1]],
      ['Cyrillic in the name only', 'петр', [1]],
      ['CJK', '小明', [2]],
      ['one CJK character', '王', [2]],
      ['an emoji (a surrogate pair)', '🎉', [3]],
      ['half an emoji', '\ud83c', [3]],
      ['an emoji with the text around it', 'party 🎉 p', [3]],
      ['Greek capitals, lower-cased with a final sigma', 'οδυσσευς', [4]],
      ['the final sigma alone', 'ς', [4]],
      ['Greek typed in capitals', 'ΣΣΕ', [4]],
      ['İ lower-cases to i + a combining dot', 'i\u0307stanbul', [5]],
      ['Ü', 'üNAL', [5]],
      ['without the accent', 'unal', [5]],
      ['İ typed as a plain I', 'istanbul', [5]],
      ['ü typed as u', 'jurgen', [12]],
      ['ü as typed', 'Jürgen', [12]],
      ['ß typed as ss', 'gross', [12]],
      ['ß as typed', 'groß', [12]],
      ['ø typed as o, å as a', 'bjorn odegard', [13]],
      ['Ł and ę typed plainly', 'lukasz walesa', [14]],
      // ж (U+0436) and ь (U+044C) share a bitset (their codes differ by 22): each finds only its own.
      ['one character without a bitset of its own', 'ж', [6]],
      ['another character in the same shared bitset', 'ь', [7]],
      ['a space inside', 'anna m', [8]],
      ['spaces around are trimmed', '  anna  ', [8]],
      ['across the email and the name, with the separator', 'example.com\nanna', [8]],
      ['a separator at the end is trimmed', 'no.name@example.com\n', [9]],
      ['the separator alone is blank', '\n', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 100, 1000]],
      ['email typed in lower case', 'alice@example', [10]],
      ['digits: id prefix or in the text', '10', [10, 100, 1000]],
      ['digits: a prefix of a longer id only', '100', [100, 1000]],
      ['digits with a leading zero match no id', '010', []],
      ['a deleted user is never found', 'zed', []],
      ['nothing', 'qqq', []],
    ];
    for (const [label, search, ids] of cases) {
      it(`${label}: ${JSON.stringify(search)} → [${ids.join(', ')}]`, () => {
        expect(searchIds(collection, search)).to.deep.equal(ids);
        expect(collection.count({ search })).to.equal(ids.length);
        expect(ids).to.deep.equal(people.filter((u) => !u.deleted && matches(u, search)).map((u) => u.id));
      });
    }

    it('ids that are no safe non-negative integer still match by their digits', () => {
      const odd = new UserCollection([
        user(0, 'a@x.io', 'A'),
        user(7.5, 'b@x.io', 'B'),
        user(-3, 'c@x.io', 'C'),
        user(1e21, 'd@x.io', 'D'),
        user(2 ** 53 + 2, 'e@x.io', 'E'),
        user(1_234_567_890_123_456, 'f@x.io', 'F'),
        user(75, 'g@x.io', 'G'),
      ]);
      expect(searchIds(odd, '0')).to.deep.equal([0]);
      expect(searchIds(odd, '7')).to.deep.equal([7.5, 75]);
      expect(searchIds(odd, '3')).to.deep.equal([]); // "-3" starts with "-"
      expect(searchIds(odd, '1')).to.deep.equal([1_234_567_890_123_456, 1e21]);
      expect(searchIds(odd, '900719925474099')).to.deep.equal([2 ** 53 + 2]);
      expect(searchIds(odd, '1234567890123456')).to.deep.equal([1_234_567_890_123_456]);
      expect(searchIds(odd, '12345678901234567')).to.deep.equal([]);
    });

    it('answers again after other searches, sorts and pages, the same', () => {
      const first = answer(collection, { offset: 0, limit: 3, search: 'example' });
      answer(collection, { offset: 0, limit: 3, search: 'exam' });
      answer(collection, { offset: 1, limit: 2, search: 'example', sort: { field: 'name', direction: 'desc' } });
      expect(answer(collection, { offset: 0, limit: 3, search: 'example' })).to.deep.equal(first);
      expect(first.total).to.equal(15);
    });

    it('a new collection over changed users finds the change', () => {
      const before = new UserCollection(people);
      expect(searchIds(before, 'grace')).to.deep.equal([]);
      const after = new UserCollection([...people.slice(0, 3), { ...people[3]!, name: 'Grace' }]);
      expect(searchIds(after, 'grace')).to.deep.equal([4]);
      expect(searchIds(after, 'οδυσσευς')).to.deep.equal([]);
      expect(searchIds(before, 'οδυσσευς')).to.deep.equal([4]);
    });

    it('given in no particular id order', () => {
      const shuffled = new UserCollection([...people].reverse());
      expect(searchIds(shuffled, '10')).to.deep.equal([10, 100, 1000]);
      expect(searchIds(shuffled, '1')).to.deep.equal([1, 10, 12, 13, 14, 100, 1000]);
    });
  });

  describe('agrees with the plain definition', () => {
    // A small PRNG so a failure replays.
    let state = 7;
    const random = () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = Math.imul(state ^ (state >>> 15), state | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

    const FIRST = [
      'Olivia',
      'Liam',
      'Wei',
      'Иван',
      'Ольга',
      '美咲',
      '王',
      'Zoë',
      'Σοφία',
      'İlker',
      'O\u2019Neil',
      'Ada',
    ];
    const LAST = ['Smith', 'Müller', 'Петров', '田中', 'Ἀθηνᾶ', 'ΟΔΥΣΣΕΥΣ', 'Nguyễn', '🎉', '😀 Fun', 'van der Berg'];
    const DOMAINS = ['example.com', 'Example.COM', 'corp.io', 'почта.рф', 'mail.中国'];
    const ROLES: readonly RoleId[] = [1, 5, 3009, 3022, 2];
    const LANGUAGES: readonly Language[] = ['en', 'de', 'zh', 'ru', 'az'];

    const people: User[] = [];
    const ids = new Set<number>();
    while (people.length < 3000) {
      const id = random() < 0.02 ? pick([0, 7.5, -3, 1e21, 2 ** 53 + 2]) : 1 + Math.floor(random() * 50_000);
      if (ids.has(id)) continue;
      ids.add(id);
      const first = pick(FIRST);
      const last = pick(LAST);
      people.push(
        user(
          id,
          `${first}.${last}.${Math.floor(random() * 1000)}@${pick(DOMAINS)}`,
          random() < 0.1 ? null : `${first} ${last}`,
          {
            role: pick(ROLES),
            lang: pick(LANGUAGES),
            activated: random() < 0.8,
            twoFa: random() < 0.4,
            deleted: random() < 0.03,
          },
        ),
      );
    }
    const collection = new UserCollection(people);
    const alive = people.filter((u) => !u.deleted);

    /** A piece of some user's text, maybe across the separator, in random case, sometimes padded. */
    function someSearch(): string {
      const roll = random();
      if (roll < 0.15) return String(pick(alive).id).slice(0, 1 + Math.floor(random() * 4));
      if (roll < 0.2) return pick(['0', '00', '7', '75', '1', '12345', '-3', '7.5', ' ', '\n', 'qx', 'zzzz']);
      const u = pick(alive);
      const text = `${u.email}\n${u.name ?? ''}`;
      const start = Math.floor(random() * text.length);
      let piece = text.slice(start, start + 1 + Math.floor(random() * 6));
      if (random() < 0.3) piece = piece.toUpperCase();
      if (random() < 0.1) piece = `  ${piece} `;
      return piece;
    }

    function someFilters(): UserFilters | undefined {
      if (random() < 0.5) return undefined;
      const filters: { -readonly [K in keyof UserFilters]: UserFilters[K] } = {};
      if (random() < 0.4) filters.roles = ROLES.filter(() => random() < 0.4);
      if (random() < 0.4) filters.languages = LANGUAGES.filter(() => random() < 0.4);
      if (random() < 0.3) filters.status = random() < 0.5 ? 'activated' : 'not_activated';
      if (random() < 0.3) filters.twoFa = random() < 0.5;
      return filters;
    }

    const FIELDS: readonly UserSortField[] = ['id', 'email', 'name', 'role', 'lang', 'status', 'twoFa'];

    it('on 600 generated queries over 3,000 generated users, page and total', () => {
      let nonEmpty = 0;
      for (let run = 0; run < 600; run += 1) {
        const query: UserQuery = {
          search: someSearch(),
          filters: someFilters(),
          sort: { field: pick(FIELDS), direction: random() < 0.5 ? 'asc' : 'desc' },
          offset: pick([0, 0, 0, 1, 5, 20, 3000]),
          limit: pick([0, 1, 10, 25, 1000]),
        };
        const want = expected(collection, query);
        if (want.total > 0) nonEmpty += 1;
        expect(answer(collection, query), JSON.stringify(query)).to.deep.equal(want);
      }
      // The generator must mostly ask for things that exist, or the check proves little.
      expect(nonEmpty).to.be.greaterThan(400);
    });

    it('a search as the first query of a collection (answered by a plain scan) gets the same answer', () => {
      for (let run = 0; run < 40; run += 1) {
        const query: UserQuery = {
          search: someSearch(),
          filters: someFilters(),
          sort: { field: pick(FIELDS), direction: random() < 0.5 ? 'asc' : 'desc' },
          offset: pick([0, 1, 5]),
          limit: pick([0, 10, 1000]),
        };
        const fresh = new UserCollection(people);
        expect(answer(fresh, query), JSON.stringify(query)).to.deep.equal(expected(collection, query));
        // The next query with the same search reads the index.
        expect(answer(fresh, query), JSON.stringify(query)).to.deep.equal(expected(collection, query));
      }
    });

    it('the index builds itself a chunk at a time when the page is idle', async () => {
      const index = new SearchIndex(
        alive,
        Int32Array.from(alive.keys()).sort((a, b) => alive[a]!.id - alive[b]!.id),
      );
      index.indexWhenIdle();
      expect(index.complete).to.equal(false);
      for (let wait = 0; wait < 100 && !index.complete; wait += 1) await new Promise((r) => setTimeout(r, 20));
      expect(index.complete).to.equal(true);
      for (const search of ['a', 'n', 'é', 'ov', 'иван', '🎉', 'example.com\n', '1', '12']) {
        const { hits, count } = index.match(searchText(search));
        const want = alive.flatMap((u, at) => (matches(u, search) ? [at] : []));
        const got = alive.flatMap((_, at) => ((hits[at >>> 5]! >>> (at & 31)) & 1 ? [at] : []));
        expect(got, search).to.deep.equal(want);
        expect(count, search).to.equal(want.length);
      }
    });

    it('a stopped index builds no further when idle, and still answers a search in full', async () => {
      const index = new SearchIndex(
        alive,
        Int32Array.from(alive.keys()).sort((a, b) => alive[a]!.id - alive[b]!.id),
      );
      index.indexWhenIdle();
      index.stop();
      for (let wait = 0; wait < 10; wait += 1) await new Promise((r) => setTimeout(r, 20));
      expect(index.complete, 'nothing built after stop()').to.equal(false);
      const { count } = index.match('a');
      expect(count).to.equal(alive.filter((u) => matches(u, 'a')).length);
      expect(index.complete, 'a search indexes what is missing').to.equal(true);
    });

    it('a disposed collection stops its idle work and still answers', async () => {
      const fresh = new UserCollection(people);
      fresh.query({ offset: 0, limit: 10 }); // the first query starts the idle build
      fresh.dispose();
      const index = (fresh as unknown as { search: SearchIndex }).search;
      for (let wait = 0; wait < 10; wait += 1) await new Promise((r) => setTimeout(r, 20));
      expect(index.complete, 'nothing built after dispose()').to.equal(false);
      expect(fresh.count({ search: 'a' })).to.equal(collection.count({ search: 'a' }));
    });

    it('for every substring of some users, the same set of users as the plain scan', () => {
      for (const u of alive.slice(0, 12)) {
        const text = `${u.email}\n${u.name ?? ''}`;
        for (let start = 0; start < text.length; start += 1) {
          for (const length of [1, 2, 3, 5]) {
            const search = text.slice(start, start + length);
            const want = alive.filter((other) => matches(other, search)).length;
            expect(collection.count({ search }), JSON.stringify(search)).to.equal(want);
          }
        }
      }
    });
  });
});
