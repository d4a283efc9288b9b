import {
  type ApiToken,
  type InviteInput,
  type InviteResult,
  type Page,
  type RoleId,
  type Session,
  type TokenQuery,
  type User,
  type UserList,
  type UserPatch,
  type UserQuery,
  type UsersAdapter,
} from '../../src/index.js';
import { MemoryAdapter } from '../../src/testing.js';
import { afterNextPaint, deepElementCount, nextEventTime, whenDom } from './paint.js';

/**
 * The `<user-list>` benchmark page, driven by scripts/bench/ through `window.usersBench`. The
 * MemoryAdapter is wrapped so the moment each `listUsers` call arrives and the moment it is answered
 * are recorded; what comes after the answer (validation, render, layout, paint) is the widget's.
 */

interface ListCall {
  readonly query: UserQuery;
  readonly calledAt: number;
  answeredAt?: number;
  page?: Page<User>;
}

class TimedAdapter implements UsersAdapter {
  /** Called with each `listUsers` call once its answer is in, before the widget sees it. */
  onAnswer?: (call: ListCall) => void;

  constructor(readonly inner: MemoryAdapter) {}

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
  listApiTokens(query?: TokenQuery, signal?: AbortSignal): Promise<readonly ApiToken[]> {
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

export interface SearchTiming extends ListTiming {
  readonly keyAt: number;
}

export interface DialogTiming {
  readonly clickAt: number;
  readonly openAt: number;
  readonly paintedAt: number;
}

let adapter: TimedAdapter | undefined;
let list: UserList | undefined;
let pending: Promise<unknown> | undefined;

const rows = (root: ParentNode) => [...root.querySelectorAll<HTMLTableRowElement>('tr[data-user-id]')];

/**
 * Resolves once the next `listUsers` answer is painted: its rows are the table's (same count, same
 * first user) and the panel is no longer busy, then a frame has rendered.
 */
function nextListPaint(): Promise<ListTiming> {
  const timed = adapter!;
  return new Promise<ListTiming>((resolve, reject) => {
    timed.onAnswer = (call) => {
      // The session's count of Administrators (`limit: 0`) is not a page.
      if (call.query.limit === 0) return;
      timed.onAnswer = undefined;
      const root = list!.shadowRoot!;
      const items = call.page!.items;
      const first = items[0];
      if (!first) return reject(new Error('benchmark: the answer has no rows; pick another search'));
      const firstId = String(first.id);
      // The check below must be false until this answer is rendered.
      if (rows(root)[0]?.dataset.userId === firstId) {
        return reject(new Error('benchmark: the first row would not change; pick another search'));
      }
      const shown = () => {
        const current = rows(root);
        return (
          root.querySelector('.panel')?.getAttribute('aria-busy') === 'false' &&
          current.length === items.length &&
          current[0]!.dataset.userId === firstId
        );
      };
      whenDom([root], shown, 'the rows of the answer')
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

const bench = {
  /** Seeds the account and lets the backend build its indexes (its first query), before any widget. */
  async seed(userCount: number): Promise<void> {
    const inner = new MemoryAdapter({ userCount });
    await inner.getSession();
    await inner.listUsers({ offset: 0, limit: 10, sort: { field: 'id', direction: 'asc' } });
    inner.calls.splice(0);
    adapter = new TimedAdapter(inner);
  },

  /** Mounts `<user-list>` over the seeded account; resolves when its first page is painted. */
  mount(): Promise<ListTiming> {
    const painted = nextListPaint();
    list = document.createElement('user-list');
    list.storageKey = '';
    list.adapter = adapter;
    document.querySelector('main')!.append(list);
    return painted;
  },

  rowCount(): { rows: number; elements: number } {
    const root = list!.shadowRoot!;
    return { rows: rows(root).length, elements: 1 + deepElementCount(root) };
  },

  /** Arms the measurement of the next keystroke's search; read it with `searchResult()`. */
  armSearch(): void {
    const keyAt = nextEventTime('keydown');
    pending = nextListPaint().then((timing): SearchTiming => {
      const at = keyAt();
      if (at === undefined) throw new Error('benchmark: no keydown before the search');
      return { ...timing, keyAt: at };
    });
  },

  searchResult(): Promise<SearchTiming> {
    return pending as Promise<SearchTiming>;
  },

  /** Arms the measurement of the next click opening `<invite-dialog>`; read it with `dialogResult()`. */
  armInvite(): void {
    const clickAt = nextEventTime('click');
    const inviteRoot = list!.shadowRoot!.querySelector('invite-dialog')!.shadowRoot!;
    const shellRoot = inviteRoot.querySelector('users-dialog-shell')!.shadowRoot!;
    const open = () => shellRoot.querySelector('dialog')?.open === true && inviteRoot.querySelector('#email') !== null;
    if (open()) throw new Error('benchmark: the invite dialog is already open');
    pending = whenDom([inviteRoot, shellRoot], open, 'the invite dialog').then(
      async (openAt): Promise<DialogTiming> => {
        const paintedAt = await afterNextPaint();
        const at = clickAt();
        if (at === undefined) throw new Error('benchmark: no click before the dialog opened');
        return { clickAt: at, openAt, paintedAt };
      },
    );
  },

  dialogResult(): Promise<DialogTiming> {
    return pending as Promise<DialogTiming>;
  },
};

export type UsersBench = typeof bench;

declare global {
  interface Window {
    usersBench?: UsersBench;
  }
}

window.usersBench = bench;
document.body.dataset.ready = 'true';
