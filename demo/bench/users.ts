import type { UserList } from '../../src/index.js';
import { MemoryAdapter } from '../../src/testing.js';
import { deepElementCount, nextEventTime, whenDom, afterNextPaint } from './paint.js';
import { listRows, nextListPaint, TimedAdapter, type ListTiming } from './timed-list.js';

export type { ListTiming } from './timed-list.js';

/**
 * The `<user-list>` benchmark page, driven by scripts/bench/ through `window.usersBench`. The
 * MemoryAdapter is wrapped so the moment each `listUsers` call arrives and the moment it is answered
 * are recorded; what comes after the answer (validation, render, layout, paint) is the widget's.
 */

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

const rows = listRows;
const paintOfNextAnswer = () => nextListPaint(adapter!, () => list!);

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
    const painted = paintOfNextAnswer();
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
    pending = paintOfNextAnswer().then((timing): SearchTiming => {
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
