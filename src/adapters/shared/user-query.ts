import { roleRank, type RoleId } from '../../core/roles.js';
import { SearchIndex, type SearchHits } from './search-index.js';
import type { Page, SortDirection, User, UserQuery, UserSortField } from '../../core/types.js';
import { searchText } from './search-text.js';

/**
 * Answers `UserQuery`s (search, filters, sort, page) over a list of users held in memory.
 * The MemoryAdapter and the Gcore adapter's cache both use it, so both answer a query the same way.
 *
 * Built for 100,000 users answering a query per keystroke: the text search reads bitsets
 * (./search-index.ts) built once, and each sort order is computed once and kept as the positions
 * of the users in it, so a query is a few passes over typed arrays plus a slice; nothing is sorted
 * or indexed again until the list changes (a new collection).
 */
export class UserCollection {
  readonly size: number;
  private readonly users: readonly User[];
  /**
   * Each sort order computed so far: the index in `users` of the user at each position. Shared by
   * every query in that order, whatever its search and filters.
   */
  private readonly orders = new Map<`${UserSortField}:${SortDirection}`, Int32Array>();
  /** Made with the first query, whatever it asks, and built when the page is idle. */
  private search?: SearchIndex;
  private disposed = false;

  constructor(users: readonly User[]) {
    this.users = users.filter((user) => !user.deleted);
    this.size = this.users.length;
  }

  query(query: UserQuery): Page<User> {
    const { users } = this;
    const order = this.ordered(query.sort?.field ?? 'id', query.sort?.direction ?? 'asc');
    const search = query.search === undefined ? undefined : searchText(query.search.trim());
    let hits: SearchHits | undefined;
    if (!this.search) {
      this.search = new SearchIndex(users, this.ordered('id', 'asc'));
      if (!this.disposed) this.search.indexWhenIdle();
      // A search as the first query (the list changed while a search was shown, or a search was
      // restored): one plain scan costs less than indexing everyone first.
      if (search) hits = this.search.scan(search);
    }
    if (search) hits ??= this.search.match(search);
    const filter = filterFor(query);
    const { offset, limit } = query;
    const items: User[] = [];
    if (!filter) {
      if (!hits) {
        for (const index of order.subarray(offset, offset + limit)) {
          const user = users[index];
          if (user) items.push(user);
        }
        return { items, total: users.length };
      }
      // The total is known up front: walk the order only until the page is full.
      const { hits: isHit, count } = hits;
      for (let at = 0, seen = 0; seen < count && items.length < limit && at < order.length; at += 1) {
        const index = order[at];
        if (index === undefined) break;
        if (!hasBit(isHit, index)) continue;
        const user = seen >= offset ? users[index] : undefined;
        if (user) items.push(user);
        seen += 1;
      }
      return { items, total: count };
    }
    let total = 0;
    for (let at = 0; at < order.length; at += 1) {
      const index = order[at];
      if (index === undefined) break;
      if (hits && !hasBit(hits.hits, index)) continue;
      const user = users[index];
      if (!user || !filter(user)) continue;
      if (total >= offset && items.length < limit) items.push(user);
      total += 1;
    }
    return { items, total };
  }

  /**
   * Ends the work this collection does in idle time (building its search index), once it is
   * replaced by a newer one. Queries still get answers.
   */
  dispose(): void {
    this.disposed = true;
    this.search?.stop();
  }

  /** Every user matching the query's search and filters, ignoring its paging. */
  count(query: Omit<UserQuery, 'offset' | 'limit'>): number {
    return this.query({ ...query, offset: 0, limit: 0 }).total;
  }

  private ordered(field: UserSortField, direction: SortDirection): Int32Array {
    const key = `${field}:${direction}` as const;
    let order = this.orders.get(key);
    if (!order) {
      if (direction === 'asc') {
        const { users } = this;
        const compare = field === 'id' ? byId : comparatorFor(field);
        order = new Int32Array(users.length);
        for (let index = 0; index < users.length; index += 1) order[index] = index;
        // Users usually come in id order already: then sorting by id is a check.
        const alreadyInOrder =
          field === 'id' &&
          users.every((user, index) => {
            const before = users[index - 1];
            return before === undefined || byId(before, user) < 0;
          });
        if (!alreadyInOrder) {
          // An index that is no user (there is none) compares equal: the sort still ends.
          const sorted = Array.from(order).sort((a, b) => {
            const first = users[a];
            const second = users[b];
            return first && second ? compare(first, second) : 0;
          });
          order = Int32Array.from(sorted);
        }
      } else {
        order = this.ordered(field, 'asc').slice().reverse();
      }
      this.orders.set(key, order);
    }
    return order;
  }
}

/** Whether user `index` is in `bitset` (user `i` at bit `i & 31` of word `i >> 5`). Kept in this module: the query loops call it for every user, and a call into another module is not always inlined. */
function hasBit(bitset: Int32Array, index: number): boolean {
  return ((bitset[index >>> 5] ?? 0) & (1 << (index & 31))) !== 0;
}

/** The query's role, language, status and 2FA filters as one test, or undefined when it has none. */
function filterFor(query: UserQuery): ((user: User) => boolean) | undefined {
  const tests: Array<(user: User) => boolean> = [];
  const filters = query.filters ?? {};
  if (filters.roles?.length) {
    const roles = new Set<number>(filters.roles);
    tests.push((user) => user.role !== null && roles.has(user.role));
  }
  if (filters.languages?.length) {
    const languages = new Set<string>(filters.languages);
    tests.push((user) => languages.has(user.lang));
  }
  if (filters.status) {
    const activated = filters.status === 'activated';
    tests.push((user) => user.activated === activated);
  }
  if (filters.twoFa !== undefined) {
    const twoFa = filters.twoFa;
    tests.push((user) => user.twoFa === twoFa);
  }
  if (tests.length === 0) return undefined;
  if (tests.length === 1) return tests[0];
  return (user) => tests.every((test) => test(user));
}

function rankOrLast(role: RoleId | null): number {
  return role === null ? Number.MAX_SAFE_INTEGER : roleRank(role);
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function byId(a: User, b: User): number {
  return a.id - b.id;
}

function comparatorFor(field: Exclude<UserSortField, 'id'>): (a: User, b: User) => number {
  const primary = primaryComparator(field);
  return (a, b) => primary(a, b) || byId(a, b);
}

function primaryComparator(field: Exclude<UserSortField, 'id'>): (a: User, b: User) => number {
  switch (field) {
    case 'email':
      return (a, b) => collator.compare(a.email, b.email);
    case 'name':
      // Users without a name sort after every named one.
      return (a, b) =>
        (a.name === null ? 1 : 0) - (b.name === null ? 1 : 0) || collator.compare(a.name ?? '', b.name ?? '');
    case 'role':
      // An unknown role (null) sorts after every known one, as a missing name does.
      return (a, b) => rankOrLast(a.role) - rankOrLast(b.role);
    case 'lang':
      return (a, b) => a.lang.localeCompare(b.lang);
    case 'status':
      return (a, b) => Number(b.activated) - Number(a.activated);
    case 'twoFa':
      return (a, b) => Number(b.twoFa) - Number(a.twoFa);
  }
}
