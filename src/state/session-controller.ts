import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { UsersAdapter } from '../adapters/users-adapter.js';
import type { UsersError } from '../core/index.js';
import { sessionContext } from './contexts.js';
import { RequestController } from './request-controller.js';
import type { RunStatus } from './run-result.js';
import { loadSessionState, type SessionState } from './session-state.js';

/**
 * The session for an element: the one an ancestor provides (`<user-list>`), or, for an element
 * used on its own, loaded from its adapter by `load()`. A provided session always wins, so a
 * dialog inside the list never disagrees with the list about who is signed in.
 */
export class SessionController implements ReactiveController {
  private provided?: SessionState;
  private readonly request: RequestController<UsersAdapter, SessionState>;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    this.request = new RequestController(host, (adapter, signal) => loadSessionState(adapter, signal));
    new ContextConsumer(host, {
      context: sessionContext,
      subscribe: true,
      callback: (value) => {
        this.provided = value;
        host.requestUpdate();
      },
    });
  }

  get state(): SessionState | undefined {
    return this.provided ?? this.request.value;
  }

  get status(): RunStatus {
    return this.provided ? 'done' : this.request.status;
  }

  get error(): UsersError | undefined {
    return this.provided ? undefined : this.request.error;
  }

  /** Loads from `adapter` unless an ancestor provides the session; call again to refresh. */
  async load(adapter: UsersAdapter | undefined): Promise<SessionState | undefined> {
    if (this.provided) return this.provided;
    if (!adapter) return undefined;
    const result = await this.request.run(adapter);
    return result?.ok ? result.value : undefined;
  }

  hostConnected(): void {}
}
