import type { User } from '../../../core/index.js';
import type { ListFilters } from '../list-query.js';

/**
 * Which users an Administrator has ticked. Either a list of users (ticked one by one, or a whole
 * page at a time), or every user matching a search and filters ("Select all 57 matching"), which
 * is a query rather than ids: it covers pages never loaded. Ticking a user off a query selection
 * leaves it a query with that user excepted.
 *
 * The users are kept, not only their ids, so a confirmation can name them without asking again.
 */
export type Selection =
  | { readonly kind: 'users'; readonly users: ReadonlyMap<number, User> }
  | {
      readonly kind: 'matching';
      readonly search: string;
      readonly filters: ListFilters;
      /** How many matched when it was chosen. */
      readonly total: number;
      readonly except: ReadonlyMap<number, User>;
    };

export const NO_SELECTION: Selection = { kind: 'users', users: new Map() };

export function selectedCount(selection: Selection): number {
  return selection.kind === 'users' ? selection.users.size : Math.max(0, selection.total - selection.except.size);
}

export function isSelected(selection: Selection, id: number): boolean {
  return selection.kind === 'users' ? selection.users.has(id) : !selection.except.has(id);
}

/** Ticks `users` on or off. */
export function toggleUsers(selection: Selection, users: readonly User[], on: boolean): Selection {
  if (selection.kind === 'users') {
    const next = new Map(selection.users);
    for (const user of users) {
      if (on) next.set(user.id, user);
      else next.delete(user.id);
    }
    return { kind: 'users', users: next };
  }
  const except = new Map(selection.except);
  for (const user of users) {
    if (on) except.delete(user.id);
    else except.set(user.id, user);
  }
  return { ...selection, except };
}

/** Every user matching the search and filters, on every page. */
export function selectMatching(search: string, filters: ListFilters, total: number): Selection {
  return { kind: 'matching', search, filters, total, except: new Map() };
}

/** For the header checkbox: how many of the page's `users` are ticked. */
export function pageState(selection: Selection, users: readonly User[]): 'none' | 'some' | 'all' {
  const ticked = users.filter((user) => isSelected(selection, user.id)).length;
  if (ticked === 0) return 'none';
  return ticked === users.length ? 'all' : 'some';
}

/** The users of a selection that failed, ticked again for "Retry failed". */
export function selectionOf(users: readonly User[]): Selection {
  return { kind: 'users', users: new Map(users.map((user) => [user.id, user])) };
}
