import type {
  InviteInput,
  InviteResult,
  Page,
  RoleId,
  Session,
  TokenList,
  TokenQuery,
  User,
  UserList,
  UserPatch,
  UserQuery,
  UsersAdapter,
} from '../../src/index.js';
import { afterNextPaint, whenDom } from './paint.js';

/**
 * What the `<user-list>` benchmark pages share: an adapter wrapper that records when each
 * `listUsers` call arrives and is answered, and the wait for an answer's rows to be painted.
 */

export interface ListCall {
  readonly query: UserQuery;
  readonly calledAt: number;
  answeredAt?: number;
  page?: Page<User>;
}

/** Any adapter, its `listUsers` calls timed; what comes after the answer is the widget's. */
export class TimedAdapter implements UsersAdapter {
  /** Called with each `listUsers` call once its answer is in, before the widget sees it. */
  onAnswer?: (call: ListCall) => void;

  constructor(readonly inner: UsersAdapter) {}

  async listUsers(query: UserQuery, signal?: AbortSignal): Promise<Page<User>> {
    const call: ListCall = { query, calledAt: performance.now() };
    const page = await this.inner.listUsers(query, signal);
    call.answeredAt = performance.now();
    call.page = page;
    this.onAnswer?.(call);
    return page;
  }

  getSession(signal?: AbortSignal): Promise<Session> {
    return this.inner.getSession(signal);
  }
  inviteUser(input: InviteInput, signal?: AbortSignal): Promise<InviteResult> {
    return this.inner.inviteUser(input, signal);
  }
  updateUser(id: number, patch: UserPatch, signal?: AbortSignal): Promise<User> {
    return this.inner.updateUser(id, patch, signal);
  }
  setUserRole(id: number, role: RoleId, signal?: AbortSignal): Promise<User> {
    return this.inner.setUserRole(id, role, signal);
  }
  removeUser(id: number, signal?: AbortSignal): Promise<void> {
    return this.inner.removeUser(id, signal);
  }
  resendInvite(id: number, signal?: AbortSignal): Promise<void> {
    return this.inner.resendInvite(id, signal);
  }
  listApiTokens(query?: TokenQuery, signal?: AbortSignal): Promise<TokenList> {
    return this.inner.listApiTokens(query, signal);
  }
  deleteApiToken(id: number, signal?: AbortSignal): Promise<void> {
    return this.inner.deleteApiToken(id, signal);
  }
}

/** One list answer on screen: when it was asked for, answered, in the DOM, painted. */
export interface ListTiming {
  readonly calledAt: number;
  readonly answeredAt: number;
  readonly inDomAt: number;
  readonly paintedAt: number;
  readonly total: number;
}

export const listRows = (root: ParentNode) => [...root.querySelectorAll<HTMLTableRowElement>('tr[data-user-id]')];

/**
 * Resolves once the next `listUsers` answer of `timed` is painted in `list`: its rows are the
 * table's (same count, same first user) and the panel is no longer busy, then a frame has rendered.
 */
export function nextListPaint(timed: TimedAdapter, list: () => UserList): Promise<ListTiming> {
  return new Promise<ListTiming>((resolve, reject) => {
    timed.onAnswer = (call) => {
      // The session's count of Administrators (`limit: 0`) is not a page.
      if (call.query.limit === 0) return;
      timed.onAnswer = undefined;
      const root = list().shadowRoot!;
      const items = call.page!.items;
      const first = items[0];
      if (!first) return reject(new Error('benchmark: the answer has no rows; pick another search'));
      const firstId = String(first.id);
      // The check below must be false until this answer is rendered.
      if (listRows(root)[0]?.dataset.userId === firstId) {
        return reject(new Error('benchmark: the first row would not change; pick another search'));
      }
      const shown = () => {
        const current = listRows(root);
        return (
          root.querySelector('.panel')?.getAttribute('aria-busy') === 'false' &&
          current.length === items.length &&
          current[0]!.dataset.userId === firstId
        );
      };
      whenDom([root], shown, 'the rows of the answer', 60_000)
        .then(async (inDomAt) => {
          const paintedAt = await afterNextPaint();
          resolve({
            calledAt: call.calledAt,
            answeredAt: call.answeredAt!,
            inDomAt,
            paintedAt,
            total: call.page!.total,
          });
        })
        .catch(reject);
    };
  });
}
