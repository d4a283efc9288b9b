import type { User } from '../../core/types.js';
import { searchText } from './search-text.js';

/**
 * The text search of `UserCollection`, made fast for 100,000 users.
 *
 * A search text matches a user when it is a substring of the user's lower-cased "email\nname"
 * (or, for digits only, a prefix of the id). Checking that with `includes` for every user costs
 * several milliseconds a keystroke at 100,000 users. Instead, the index keeps 320 bitsets over the
 * users (one bit a user, 32 users to an Int32):
 *
 * - 64 for characters: the common characters of emails and names (a–z, 0–9, `.@-_`, space, the
 *   "\n" separator) each own a bitset, so a one-character search in them is answered by its bitset
 *   alone; every other UTF-16 code unit shares one of the remaining 22 (capitals never occur: the
 *   text is lower-cased);
 * - 256 for pairs of adjacent code units, hashed: so many that the pairs every user has (those of
 *   "@example.com", say) seldom share a bitset with a pair a search needs.
 *
 * A user's text holds every character and every pair of any text it contains, so the users a search
 * can match are those in all the bitsets of its characters and pairs: an AND of a few bitsets of
 * 3,125 words at 100,000 users, some microseconds. Only those candidates (in the seeded data within
 * a few percent of the real matches for most searches) are checked with `includes`, so a search
 * costs about as much as its matches, not as the whole list. The bitsets only ever rule users out:
 * a hash collision costs time, never a wrong answer. Non-ASCII text (Cyrillic, CJK, the surrogate
 * pairs of an emoji) is indexed as UTF-16 code units, exactly as `includes` compares it.
 *
 * Memory at 100,000 users: 4 MB of bitsets; the lower-cased emails are usually the very strings the
 * users hold (already lower-case: no copy), the lower-cased names about 3 MB.
 */
export class SearchIndex {
  private readonly users: readonly User[];
  /** Int32s in a bitset: one bit a user, user `i` at bit `i & 31` of word `i >> 5`. */
  private readonly words: number;
  private readonly emails: string[];
  private readonly names: string[];
  /** The 320 bitsets one after the other, bitset `b` from word `b * words` on. */
  private readonly bitsets: Int32Array;
  /** How many users each bitset holds, so far. */
  private readonly sizes = new Int32Array(BITSETS);
  /** The users indexed so far: the first `indexed` of `users`. */
  private indexed = 0;
  /** The users (their indexes) with an id that is a safe integer ≥ 0, by ascending id; */
  private readonly byId: Int32Array;
  /** … and the others, if any. */
  private readonly oddIds: Int32Array;
  /** Set by `stop()`: the idle build ends at its next step. */
  private stopped = false;
  /** The latest answer, kept for the next query with the same search text. */
  private last?: SearchHits & { readonly search: string };

  /**
   * Indexes nothing yet: see `indexWhenIdle` and `indexAll`. `byId`: the index of each user in
   * ascending order of id.
   */
  constructor(users: readonly User[], byId: Int32Array) {
    const count = users.length;
    this.users = users;
    this.words = (count + 31) >>> 5;
    this.emails = new Array<string>(count);
    this.names = new Array<string>(count);
    this.bitsets = new Int32Array(BITSETS * this.words);
    const safe: number[] = [];
    const odd: number[] = [];
    for (const index of byId) {
      const id = users[index]?.id;
      if (id !== undefined) (Number.isSafeInteger(id) && id >= 0 ? safe : odd).push(index);
    }
    this.byId = odd.length === 0 ? byId : Int32Array.from(safe);
    this.oddIds = Int32Array.from(odd);
  }

  get complete(): boolean {
    return this.indexed === this.users.length;
  }

  /**
   * Indexes the users a chunk at a time whenever the page is idle (`requestIdleCallback`), or in
   * short slices after the current task where there is no such thing (Node). Building it takes tens
   * of milliseconds at 100,000 users, more the first time (the code is not compiled yet): done with
   * the first page's answer it would delay that page, done on the first search, that keystroke.
   */
  indexWhenIdle(): void {
    whenIdle((until) => {
      if (this.stopped) return true;
      this.indexUntil(until);
      return this.complete;
    });
  }

  /**
   * Ends the idle build: the collection was replaced (the list changed) and the index would be
   * finished for nobody. A search still asked of it indexes what is missing then.
   */
  stop(): void {
    this.stopped = true;
  }

  /** Indexes every user not indexed yet, now. */
  indexAll(): void {
    this.indexUntil(Infinity);
  }

  /** Indexes users a chunk at a time until `until` (a `performance.now()` time), at least one chunk. */
  private indexUntil(until: number): void {
    const { users, emails, names, bitsets, words } = this;
    if (this.complete) return;
    do {
      const end = Math.min(this.indexed + CHUNK, users.length);
      for (let index = this.indexed; index < end; index += 1) {
        const user = users[index];
        if (!user) continue;
        // Folded apart, not as one "email\nname": the same text, since "\n" is neither cased nor
        // case-ignorable (the only context `toLowerCase` looks at, for a final sigma, stops there).
        const email = searchText(user.email);
        const name = searchText(user.name ?? '');
        emails[index] = email;
        names[index] = name;
        // The user's bit in the bitset of each character and pair of "email\nname". Set straight
        // away, it is cache-friendly: 512 users in a row set bits in the same 320 cache lines.
        const word = index >>> 5;
        const bit = 1 << (index & 31);
        let previous = addText(bitsets, words, word, bit, email, NO_CHARACTER);
        previous = addText(bitsets, words, word, bit, '\n', previous);
        addText(bitsets, words, word, bit, name, previous);
      }
      // The words of this chunk are final (a chunk is a whole number of words, but the last).
      const fromWord = this.indexed >>> 5;
      const toWord = (end + 31) >>> 5;
      for (let bitset = 0; bitset < BITSETS; bitset += 1) {
        const from = bitset * words;
        let size = 0;
        for (let word = fromWord; word < toWord; word += 1) size += bitCount(bitsets[from + word] ?? 0);
        this.sizes[bitset] = (this.sizes[bitset] ?? 0) + size;
      }
      this.indexed = end;
    } while (!this.complete && performance.now() < until);
  }

  /**
   * The users `search` matches, found by checking each one as the definition says, without the
   * index: for a search that comes before the index could be built.
   */
  scan(search: string): SearchHits {
    const { users } = this;
    const hits = new Int32Array(this.words);
    const digits = /^\d+$/.test(search);
    let count = 0;
    users.forEach((user, index) => {
      if (
        (digits && String(user.id).startsWith(search)) ||
        searchText(`${user.email}\n${user.name ?? ''}`).includes(search)
      ) {
        setBit(hits, index);
        count += 1;
      }
    });
    return { hits, count };
  }

  /**
   * The users `search` matches, as a bitset by index in the users given, and how many: `search`
   * is already trimmed, folded (`searchText`) and not empty. Indexes whatever users are not indexed yet.
   */
  match(search: string): SearchHits {
    // The same search again (another page, sort or filter of it): the same answer.
    if (this.last?.search === search) return this.last;
    this.indexAll();
    const { bitsets, words, emails, names } = this;
    // The bitsets the search needs, the one with the fewest users first: a word of candidates
    // usually drops to 0 at the first.
    const needed = new Set<number>();
    for (let at = 0; at < search.length; at += 1) {
      needed.add(charBitset(search.charCodeAt(at)));
      if (at > 0) needed.add(pairBitset(search.charCodeAt(at - 1), search.charCodeAt(at)));
    }
    const own = ownBitset(search.charCodeAt(0));
    if (search.length === 1 && own >= 0) {
      // One character with a bitset of its own: that bitset is the answer.
      const hits = bitsets.slice(own * words, (own + 1) * words);
      let count = this.sizes[own] ?? 0;
      if (/^\d$/.test(search)) count += this.addIdPrefix(hits, search);
      this.last = { search, hits, count };
      return this.last;
    }
    const starts = Array.from(needed)
      .sort((a, b) => (this.sizes[a] ?? 0) - (this.sizes[b] ?? 0))
      .map((bitset) => bitset * words);
    // Only a search containing "\n" can match across the email and the name.
    const acrossSeparator = search.includes('\n');
    const hits = new Int32Array(words);
    let count = 0;
    // One pass, 32 users at a time: the candidates among them, then which of those match.
    for (let word = 0; word < words; word += 1) {
      let candidates = -1;
      for (const start of starts) {
        candidates &= bitsets[start + word] ?? 0;
        if (candidates === 0) break;
      }
      if (candidates === 0) continue;
      let matches = candidates;
      for (let bits = candidates; bits !== 0;) {
        const lowest = bits & -bits;
        const index = (word << 5) + 31 - Math.clz32(lowest);
        // Every candidate was indexed; a missing text would only mean "no match".
        const email = emails[index] ?? '';
        const name = names[index] ?? '';
        if (
          !email.includes(search) &&
          !name.includes(search) &&
          !(acrossSeparator && `${email}\n${name}`.includes(search))
        ) {
          matches ^= lowest;
        }
        bits ^= lowest;
      }
      hits[word] = matches;
      count += bitCount(matches);
    }
    if (/^\d+$/.test(search)) count += this.addIdPrefix(hits, search);
    this.last = { search, hits, count };
    return this.last;
  }

  /**
   * Adds the users whose `String(id)` starts with `digits`, without making a string of every id:
   * the safe non-negative integer ids starting with "12" are 12, 120–129, 1200–1299 …, each a run
   * of `byId` found by binary search. Any other id (fractional, negative, huge) is checked as a string.
   * Returns how many users were not in `hits` yet.
   */
  private addIdPrefix(hits: Int32Array, digits: string): number {
    let added = 0;
    const add = (index: number) => {
      if (!hasBit(hits, index)) added += 1;
      setBit(hits, index);
    };
    const idStarts = (index: number) => {
      const user = this.users[index];
      return user !== undefined && String(user.id).startsWith(digits);
    };
    for (const index of this.oddIds) if (idStarts(index)) add(index);
    // Only 0 itself starts with "0": no integer is written with a leading zero.
    if (digits.startsWith('0') && digits !== '0') return added;
    // Past 15 digits a double may not hold the number exactly (nobody types that many anyway).
    if (digits.length > 15) {
      for (const index of this.byId) if (idStarts(index)) add(index);
      return added;
    }
    const value = Number(digits);
    for (let scale = 1; value * scale <= Number.MAX_SAFE_INTEGER; scale *= 10) {
      const end = this.firstWithIdAtLeast((value + 1) * scale);
      for (let at = this.firstWithIdAtLeast(value * scale); at < end; at += 1) {
        const index = this.byId[at];
        if (index !== undefined) add(index);
      }
      if (value === 0) break;
    }
    return added;
  }

  /** The first position in `byId` with an id of at least `id`. */
  private firstWithIdAtLeast(id: number): number {
    let low = 0;
    let high = this.byId.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      // `byId` holds only indexes of users; a missing one would sort last.
      if ((this.users[this.byId[middle] ?? -1]?.id ?? Infinity) < id) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** The users a search matches: a bitset (never changed once returned) and its count of 1 bits. */
export interface SearchHits {
  readonly hits: Int32Array;
  readonly count: number;
}

/** Whether user `index` is in `bitset` (one bit a user, user `i` at bit `i & 31` of word `i >> 5`). */
function hasBit(bitset: Int32Array, index: number): boolean {
  return ((bitset[index >>> 5] ?? 0) & (1 << (index & 31))) !== 0;
}

function setBit(bitset: Int32Array, index: number): void {
  const word = index >>> 5;
  bitset[word] = (bitset[word] ?? 0) | (1 << (index & 31));
}

/**
 * Sets the user's `bit` at `word` in the bitset of each character and pair of `text`; `previous` is
 * the code unit before it. Returns the last code unit.
 */
function addText(
  bitsets: Int32Array,
  words: number,
  word: number,
  bit: number,
  text: string,
  previous: number,
): number {
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    const char = charBitset(code) * words + word;
    const pair = pairBitset(previous, code) * words + word;
    bitsets[char] = (bitsets[char] ?? 0) | bit;
    bitsets[pair] = (bitsets[pair] ?? 0) | bit;
    previous = code;
  }
  return previous;
}

/** Users indexed between two looks at the clock: about half a millisecond's work, compiled. */
const CHUNK = 1024;

/**
 * Calls `step` with a `performance.now()` time to stop by, when the page is idle, again and again
 * until it returns true.
 */
function whenIdle(step: (until: number) => boolean): void {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback((deadline) => {
      if (!step(performance.now() + deadline.timeRemaining())) whenIdle(step);
    });
  } else {
    setTimeout(() => {
      if (!step(performance.now() + 8)) whenIdle(step);
    }, 0);
  }
}

/** The bitsets of characters first, then those of pairs. */
const CHAR_BITSETS = 64;
const PAIR_BITSETS = 256;
const BITSETS = CHAR_BITSETS + PAIR_BITSETS;

/** The characters with a bitset of their own, in order (42 of the 64). */
const OWN_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789.@-_ \n';
/** By ASCII code: the character's own bitset, or -1. */
const OWN_BITSET = new Int8Array(128).fill(-1);
for (let bitset = 0; bitset < OWN_CHARACTERS.length; bitset += 1) {
  OWN_BITSET[OWN_CHARACTERS.charCodeAt(bitset)] = bitset;
}
const SHARED_BITSETS = CHAR_BITSETS - OWN_CHARACTERS.length;

/** The bitset a character has of its own, or -1 when it shares one. */
function ownBitset(code: number): number {
  return code < 128 ? (OWN_BITSET[code] ?? -1) : -1;
}

function charBitset(code: number): number {
  const own = ownBitset(code);
  return own >= 0 ? own : OWN_CHARACTERS.length + (code % SHARED_BITSETS);
}

/** The bitset of the pair of code units `previous`, `code`: a multiply-xorshift hash, top 8 bits. */
function pairBitset(previous: number, code: number): number {
  let hash = Math.imul(previous, 0x9e3779b1) ^ code;
  hash = Math.imul(hash ^ (hash >>> 15), 0x85ebca6b);
  return CHAR_BITSETS + (hash >>> 24);
}

/**
 * Before a user's first character. Its pair's bitset gets the user, but no search asks for it (a
 * search's first character pairs with nothing), so any value works.
 */
const NO_CHARACTER = 0xffff;

function bitCount(word: number): number {
  word -= (word >>> 1) & 0x55555555;
  word = (word & 0x33333333) + ((word >>> 2) & 0x33333333);
  return Math.imul((word + (word >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
