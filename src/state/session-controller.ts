import { ContextConsumer } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import type { UsersAdapter } from '../adapters/users-adapter.js';
import type { UsersError } from '../core/index.js';
import { sessionContext } from './contexts.js';
import { LoadTask } from './load-task.js';
import type { RunStatus } from './run-result.js';
import { loadSessionState, type SessionState } from './session-state.js';

export interface SessionControllerOptions {
  /** The element's adapter, read on every update. */
  readonly adapter: () => UsersAdapter | undefined;
  /** While false nothing is loaded (a dialog that is not showing); default always. */
  readonly active?: () => boolean;
  /**
   * Take the session an ancestor provides (`<user-list>` for its dialogs) instead of loading it.
   * Off for the element that is itself the provider.
   */
  readonly useProvided?: boolean;
  /**
   * Extra inputs that mean "ask again" when they change, e.g. a dialog's count of openings, so
   * every opening shows the session as it is now.
   */
  readonly generation?: () => number;
  /** After a session loaded from the adapter landed. */
  readonly onLoaded?: (state: SessionState) => void;
}

/**
 * Who is signed in, for an element: the session an ancestor provides, or else one loaded from the
 * element's adapter through a `LoadTask` (reported as `getSession` when it fails). A provided
 * session always wins, so a dialog inside the list never disagrees with the list about who is
 * signed in, and never asks the backend again.
 */
export class SessionController {
  private provided?: SessionState;
  private readonly task: LoadTask<{ adapter: UsersAdapter; generation: number }, SessionState>;

  constructor(host: ReactiveControllerHost & HTMLElement, options: SessionControllerOptions) {
    const active = options.active ?? (() => true);
    this.task = new LoadTask(host, {
      args: () => {
        const adapter = options.adapter();
        return adapter && !this.provided && active() ? { adapter, generation: options.generation?.() ?? 0 } : undefined;
      },
      task: ({ adapter }, signal) => loadSessionState(adapter, signal),
      action: 'getSession',
      onComplete: (state) => options.onLoaded?.(state),
    });
    if (options.useProvided ?? true) {
      new ContextConsumer(host, {
        context: sessionContext,
        subscribe: true,
        callback: (value) => {
          this.provided = value;
          host.requestUpdate();
        },
      });
    }
  }

  get state(): SessionState | undefined {
    return this.provided ?? this.task.value;
  }

  get status(): RunStatus {
    return this.provided ? 'done' : this.task.status;
  }

  get pending(): boolean {
    return this.status === 'pending';
  }

  get error(): UsersError | undefined {
    return this.provided ? undefined : this.task.error;
  }

  /** Loads the session again (after a change, or on a dialog's every opening) unless it is provided. */
  async reload(): Promise<SessionState | undefined> {
    if (this.provided) return this.provided;
    const result = await this.task.run();
    return result?.ok ? result.value : this.state;
  }
}
