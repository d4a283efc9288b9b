import { expect } from '@open-wc/testing';
import { type Language, type RoleId, type User, type UserQuery, type UserSortField } from '../../../src/core/index.js';
import { UserCollection } from '../../../src/adapters/shared/user-query.js';

function user(
  id: number,
  email: string,
  name: string | null,
  role: RoleId,
  lang: Language,
  activated: boolean,
  twoFa: boolean,
  deleted = false,
): User {
  return { id, email, name, role, lang, activated, twoFa, deleted };
}

// Chosen so every search, filter and sort below has a different, hand-checked answer.
const USERS: readonly User[] = [
  user(30, 'frank@example.com', 'user10', 3022, 'en', true, false),
  user(1, 'carol@example.com', 'Carol', 5, 'de', true, true),
  user(123, 'erin@example.com', 'Erin Tanaka', 2, 'az', false, true),
  user(2, 'Alice@Example.com', null, 2, 'en', false, false),
  user(40, 'zed@example.com', 'Zed', 1, 'en', true, true, true),
  user(12, 'bob@corp.io', 'bob', 1, 'zh', true, false),
  user(31, 'gina@example.com', 'user2', 5, 'en', true, false),
  user(21, 'dave@corp.io', 'Bob', 3009, 'ru', true, true),
];

const collection = new UserCollection(USERS);

function ids(query: Partial<UserQuery>): number[] {
  return collection.query({ offset: 0, limit: 100, ...query }).items.map((u) => u.id);
}

describe('UserCollection', () => {
  describe('deleted users', () => {
    it('are never counted, found or listed', () => {
      expect(collection.size).to.equal(7);
      expect(ids({})).to.not.include(40);
      expect(ids({ search: 'zed' })).to.deep.equal([]);
      expect(ids({ filters: { roles: [1] } })).to.deep.equal([12]);
      expect(collection.query({ offset: 0, limit: 100 }).total).to.equal(7);
    });
  });

  describe('search', () => {
    const cases: ReadonlyArray<[label: string, search: string, expected: number[]]> = [
      ['empty matches everyone', '', [1, 2, 12, 21, 30, 31, 123]],
      ['blank matches everyone', '   ', [1, 2, 12, 21, 30, 31, 123]],
      ['digits match an id exactly or as a prefix', '12', [12, 123]],
      ['digits match an id prefix or a name containing them', '1', [1, 12, 30, 123]],
      ['digits match an id prefix, not an id substring', '23', []],
      ['another id prefix plus a name', '2', [2, 21, 31]],
      ['email, case-insensitively', 'ALICE', [2]],
      ['email domain', 'corp', [12, 21]],
      ['email substring', 'example.com', [1, 2, 30, 31, 123]],
      ['name, case-insensitively, in email or name', 'BoB', [12, 21]],
      ['part of a name', 'tanaka', [123]],
      ['trimmed', '  erin  ', [123]],
      ['nothing', 'nobody', []],
    ];
    for (const [label, search, expected] of cases) {
      it(`${label}: ${JSON.stringify(search)} → [${expected.join(', ')}]`, () => {
        expect(ids({ search })).to.deep.equal(expected);
        expect(collection.query({ offset: 0, limit: 100, search }).total).to.equal(expected.length);
      });
    }
  });

  describe('filters', () => {
    const cases: ReadonlyArray<[label: string, query: Partial<UserQuery>, expected: number[]]> = [
      ['one role', { filters: { roles: [5] } }, [1, 31]],
      ['any of several roles', { filters: { roles: [1, 2] } }, [2, 12, 123]],
      ['no roles listed means all', { filters: { roles: [] } }, [1, 2, 12, 21, 30, 31, 123]],
      ['one language', { filters: { languages: ['en'] } }, [2, 30, 31]],
      ['several languages, az included', { filters: { languages: ['az', 'zh'] } }, [12, 123]],
      ['no languages listed means all', { filters: { languages: [] } }, [1, 2, 12, 21, 30, 31, 123]],
      ['activated', { filters: { status: 'activated' } }, [1, 12, 21, 30, 31]],
      ['not activated', { filters: { status: 'not_activated' } }, [2, 123]],
      ['2FA on', { filters: { twoFa: true } }, [1, 21, 123]],
      ['2FA off', { filters: { twoFa: false } }, [2, 12, 30, 31]],
      ['roles and status', { filters: { roles: [2, 5], status: 'activated' } }, [1, 31]],
      ['roles, status and 2FA', { filters: { roles: [2, 5], status: 'activated', twoFa: true } }, [1]],
      ['language and search', { search: 'example', filters: { languages: ['en'] } }, [2, 30, 31]],
      [
        'every filter and a search',
        { search: 'erin', filters: { roles: [2], languages: ['az'], status: 'not_activated', twoFa: true } },
        [123],
      ],
      ['filters excluding each other', { filters: { roles: [1], status: 'not_activated' } }, []],
    ];
    for (const [label, query, expected] of cases) {
      it(`${label} → [${expected.join(', ')}]`, () => {
        expect(ids(query)).to.deep.equal(expected);
        expect(collection.count(query)).to.equal(expected.length);
      });
    }
  });

  describe('sort', () => {
    // Ties break by id; descending is the exact mirror of ascending, ties included.
    const expected: Record<UserSortField, { asc: number[]; desc: number[] }> = {
      id: { asc: [1, 2, 12, 21, 30, 31, 123], desc: [123, 31, 30, 21, 12, 2, 1] },
      // Case-insensitive: "Alice@Example.com" first.
      email: { asc: [2, 12, 1, 21, 123, 30, 31], desc: [31, 30, 123, 21, 1, 12, 2] },
      // "bob" and "Bob" tie (case-insensitive) and break by id; "user2" before "user10"; no name last.
      name: { asc: [12, 21, 1, 123, 31, 30, 2], desc: [2, 30, 31, 123, 1, 21, 12] },
      // Privilege order (Administrators, Engineers, Purge API+Web, Purge API, Users), not id order.
      role: { asc: [12, 1, 31, 21, 30, 2, 123], desc: [123, 2, 30, 21, 31, 1, 12] },
      lang: { asc: [123, 1, 2, 30, 31, 21, 12], desc: [12, 21, 31, 30, 2, 1, 123] },
      // Activated first.
      status: { asc: [1, 12, 21, 30, 31, 2, 123], desc: [123, 2, 31, 30, 21, 12, 1] },
      // 2FA on first.
      twoFa: { asc: [1, 21, 123, 2, 12, 30, 31], desc: [31, 30, 12, 2, 123, 21, 1] },
    };
    for (const [field, orders] of Object.entries(expected) as Array<
      [UserSortField, { asc: number[]; desc: number[] }]
    >) {
      for (const direction of ['asc', 'desc'] as const) {
        it(`by ${field} ${direction}`, () => {
          expect(ids({ sort: { field, direction } })).to.deep.equal(orders[direction]);
        });
      }
    }

    it('by role puts users of unknown role (null) after every known role, in both directions mirrored', () => {
      const withUnknown = new UserCollection([
        ...USERS,
        { ...USERS[0]!, id: 7, email: 'unknown@example.com', role: null },
        { ...USERS[0]!, id: 3, email: 'unknown2@example.com', role: null },
      ]);
      const roleIds = (direction: 'asc' | 'desc') =>
        withUnknown.query({ offset: 0, limit: 100, sort: { field: 'role', direction } }).items.map((u) => u.id);
      expect(roleIds('asc')).to.deep.equal([12, 1, 31, 21, 30, 2, 123, 3, 7]);
      expect(roleIds('desc')).to.deep.equal([7, 3, 123, 2, 30, 21, 31, 1, 12]);
      const filtered = withUnknown.query({ offset: 0, limit: 100, filters: { roles: [1, 5, 3009, 3022, 2] } });
      expect(filtered.items.map((u) => u.id)).not.to.include.members([3, 7]);
    });

    it('is by id ascending when the query names no sort', () => {
      expect(ids({})).to.deep.equal([1, 2, 12, 21, 30, 31, 123]);
    });

    it('applies to filtered results', () => {
      expect(ids({ filters: { twoFa: false }, sort: { field: 'email', direction: 'desc' } })).to.deep.equal([
        31, 30, 12, 2,
      ]);
    });

    it('gives the same answer when asked again after other orders were computed', () => {
      const first = ids({ sort: { field: 'name', direction: 'desc' } });
      ids({ sort: { field: 'role', direction: 'asc' } });
      expect(ids({ sort: { field: 'name', direction: 'desc' } })).to.deep.equal(first);
    });

    it('does not reorder the list it was given', () => {
      const given = [...USERS];
      new UserCollection(given).query({ offset: 0, limit: 10, sort: { field: 'email', direction: 'asc' } });
      expect(given).to.deep.equal(USERS);
    });
  });

  describe('paging', () => {
    const cases: ReadonlyArray<[label: string, query: UserQuery, items: number[], total: number]> = [
      ['first page', { offset: 0, limit: 3 }, [1, 2, 12], 7],
      ['a middle page', { offset: 2, limit: 3 }, [12, 21, 30], 7],
      ['a short last page', { offset: 6, limit: 5 }, [123], 7],
      ['past the end', { offset: 10, limit: 5 }, [], 7],
      ['limit 0 counts only', { offset: 0, limit: 0 }, [], 7],
      ['filtered', { offset: 1, limit: 2, filters: { status: 'activated' } }, [12, 21], 5],
      ['filtered past the end', { offset: 5, limit: 2, filters: { status: 'activated' } }, [], 5],
      [
        'filtered and sorted',
        { offset: 1, limit: 2, filters: { roles: [5, 2] }, sort: { field: 'name', direction: 'asc' } },
        [123, 31],
        4,
      ],
      ['searched', { offset: 1, limit: 10, search: '1' }, [12, 30, 123], 4],
    ];
    for (const [label, query, items, total] of cases) {
      it(`${label}: items [${items.join(', ')}] of ${total}`, () => {
        const page = collection.query(query);
        expect(page.items.map((u) => u.id)).to.deep.equal(items);
        expect(page.total).to.equal(total);
      });
    }

    it('count ignores paging', () => {
      expect(collection.count({ filters: { status: 'not_activated' } })).to.equal(2);
      expect(collection.count({})).to.equal(7);
    });
  });

  describe('with 100,000 users', () => {
    const COUNT = 100_000;
    const ROLE_CYCLE: readonly RoleId[] = [1, 5, 3009, 3022, 2];
    const LANG_CYCLE: readonly Language[] = ['en', 'de', 'zh', 'ru'];
    const RANK: Record<number, number> = { 1: 0, 5: 1, 3009: 2, 3022: 3, 2: 4 };

    // Every 50th user deleted; the rest spread over roles, languages, status and 2FA.
    const many: User[] = [];
    for (let i = 0; i < COUNT; i += 1) {
      const id = i + 1;
      many.push(
        user(
          id,
          `member${id}@example.com`,
          i % 7 === 0 ? null : `Name ${(i * 7919) % COUNT}`,
          ROLE_CYCLE[i % 5]!,
          i % 11 === 0 ? 'az' : LANG_CYCLE[i % 4]!,
          i % 3 !== 0,
          i % 2 === 0,
          id % 50 === 0,
        ),
      );
    }
    const big = new UserCollection(many);
    const alive = many.filter((u) => !u.deleted);

    /** The obvious, slow answer: what the collection must agree with. */
    function naiveMatches(u: User, search: string): boolean {
      const s = search.toLowerCase();
      return (
        (/^\d+$/.test(s) && String(u.id).startsWith(s)) ||
        u.email.toLowerCase().includes(s) ||
        (u.name ?? '').toLowerCase().includes(s)
      );
    }

    it('counts everyone but the deleted', () => {
      expect(big.size).to.equal(98_000);
      expect(big.query({ offset: 0, limit: 0 }).total).to.equal(98_000);
    });

    it('pages from the end by id descending, skipping deleted ids', () => {
      const page = big.query({ offset: 0, limit: 3, sort: { field: 'id', direction: 'desc' } });
      expect(page.items.map((u) => u.id)).to.deep.equal([99_999, 99_998, 99_997]);
    });

    it('answers a role filter', () => {
      expect(big.count({ filters: { roles: [1] } })).to.equal(20_000);
      expect(big.count({ filters: { roles: [2] } })).to.equal(20_000 - 2_000);
    });

    it('answers a search with filters like the naive scan, page by page', () => {
      const query = { search: '4242', filters: { status: 'activated' as const, twoFa: true } };
      const expectedIds = alive
        .filter((u) => naiveMatches(u, '4242') && u.activated && u.twoFa)
        .map((u) => u.id)
        .sort((a, b) => a - b);
      expect(expectedIds.length).to.be.greaterThan(10);
      expect(big.count(query)).to.equal(expectedIds.length);
      const secondPage = big.query({ ...query, offset: 5, limit: 5 });
      expect(secondPage.items.map((u) => u.id)).to.deep.equal(expectedIds.slice(5, 10));
      expect(secondPage.total).to.equal(expectedIds.length);
    });

    it('sorts by role with id tie-break, in the middle of the list', () => {
      const expectedIds = [...alive]
        .sort((a, b) => RANK[a.role!]! - RANK[b.role!]! || a.id - b.id)
        .slice(50_000, 50_010)
        .map((u) => u.id);
      const page = big.query({ offset: 50_000, limit: 10, sort: { field: 'role', direction: 'asc' } });
      expect(page.items.map((u) => u.id)).to.deep.equal(expectedIds);
    });

    it('answers a name search with a language filter like the naive scan', () => {
      const expectedTotal = alive.filter((u) => naiveMatches(u, 'name 12') && u.lang === 'az').length;
      expect(expectedTotal).to.be.greaterThan(0);
      expect(big.count({ search: 'NAME 12', filters: { languages: ['az'] } })).to.equal(expectedTotal);
    });
  });
});
