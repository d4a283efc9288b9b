import type { UsersAdapter } from '../../../adapters/users-adapter.js';
import type { User, UserQuery } from '../../../core/index.js';
import { isSelected, type Selection } from './selection.js';

/** Rows asked for at once when going through the whole list (an export, a bulk action on "all matching"). */
export const PAGE_OF_ROWS = 1000;

export interface WalkOptions {
  readonly signal?: AbortSignal;
  /** After each page: how many users were gone through, of how many. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Goes through every user `query` matches, a page at a time through the adapter (`listUsers` with
 * offset and limit, so any backend works), in its sort order, and hands `visit` the selected ones
 * of each page (all of them without a selection). Yields to the page between pages, so 100,000
 * users never freeze it; holds one page at a time.
 */
export async function walkMatching(
  adapter: UsersAdapter,
  query: Omit<UserQuery, 'offset' | 'limit'>,
  selection: Selection | undefined,
  visit: (users: readonly User[]) => void,
  options: WalkOptions = {},
): Promise<void> {
  let offset = 0;
  for (;;) {
    const page = await adapter.listUsers({ ...query, offset, limit: PAGE_OF_ROWS }, options.signal);
    visit(selection ? page.items.filter((user) => isSelected(selection, user.id)) : page.items);
    offset += page.items.length;
    options.onProgress?.(Math.min(offset, page.total), page.total);
    if (page.items.length === 0 || offset >= page.total) return;
    await yieldToPage(options.signal);
  }
}

/** The selected users: walked in the list's order, or, when ticked by hand, in the order ticked. */
export async function collectSelected(
  adapter: UsersAdapter,
  query: Omit<UserQuery, 'offset' | 'limit'>,
  selection: Selection,
  options: WalkOptions = {},
): Promise<User[]> {
  if (selection.kind === 'users' && selection.users.size <= PAGE_OF_ROWS) {
    // Ticked by hand: they are all here already (a change of search or filters clears the
    // selection), so going through the whole list again would only put them in its order.
    return [...selection.users.values()];
  }
  const users: User[] = [];
  await walkMatching(adapter, query, selection, (page) => users.push(...page), options);
  return users;
}

function yieldToPage(signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    setTimeout(() => (signal?.aborted ? reject(signal.reason) : resolve()), 0);
  });
}
