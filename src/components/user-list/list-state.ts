import type { Page, User, UserQuery, UsersError } from '../../core/index.js';
import type { SessionState } from '../../state/index.js';

/** What `<user-list>` knows at a moment: the last page, the session, their errors, pinned users. */
export interface ListInputs {
  /** The last page loaded from the current adapter, with the query it answers. */
  readonly answer: { readonly page: Page<User>; readonly query: UserQuery } | undefined;
  readonly session: SessionState | undefined;
  readonly listError: UsersError | undefined;
  readonly sessionError: UsersError | undefined;
  /** Users invited while this view is shown, newest first. */
  readonly pinned: readonly User[];
  /** Search or filters narrow the list. */
  readonly narrowed: boolean;
}

/** What the list shows instead of, or as, its rows. */
export type ListState =
  /** Nothing to show yet: skeleton rows. Rows and menus appear together, once the session is known too. */
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly error: UsersError; readonly action: 'listUsers' | 'getSession' }
  /** No user at all, or none matching (`narrowed`). */
  | { readonly kind: 'empty'; readonly narrowed: boolean }
  | {
      readonly kind: 'rows';
      readonly session: SessionState;
      readonly rows: readonly User[];
      /** Pinned users that are not on this page, shown above it. */
      readonly pinned: readonly User[];
      readonly total: number;
      /** 1-based positions of the page's first and last row; 0 when the page is past the end. */
      readonly from: number;
      readonly to: number;
    };

/** One place that decides between loading, error, empty and rows. */
export function listState(inputs: ListInputs): ListState {
  const { answer, session } = inputs;
  if (inputs.listError) return { kind: 'error', error: inputs.listError, action: 'listUsers' };
  // A session error matters only while there is no session to go on with.
  if (!session && inputs.sessionError) return { kind: 'error', error: inputs.sessionError, action: 'getSession' };
  if (!answer || !session) return { kind: 'loading' };
  const { items, total } = answer.page;
  if (total === 0 && inputs.pinned.length === 0) return { kind: 'empty', narrowed: inputs.narrowed };
  const onPage = new Set(items.map((user) => user.id));
  const from = items.length > 0 ? answer.query.offset + 1 : 0;
  return {
    kind: 'rows',
    session,
    rows: items,
    pinned: inputs.pinned.filter((user) => !onPage.has(user.id)),
    total,
    from,
    to: items.length > 0 ? answer.query.offset + items.length : 0,
  };
}
