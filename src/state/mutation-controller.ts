import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toUsersError, type UsersError } from '../core/index.js';
import { reportUsersError, type UsersAction } from './report-error.js';
import type { RunResult, RunStatus } from './run-result.js';

export interface MutationOptions<Args, T> {
  readonly task: (args: Args, signal: AbortSignal) => Promise<T>;
  /**
   * The adapter method a failure is reported as (`users-error`). Omit it when the task reports
   * its own failures (a save made of several requests names each one).
   */
  readonly action?: UsersAction;
}

/**
 * Runs a change (invite, save, remove) at most once at a time: a second click while the first
 * request is in flight sends nothing, because a double invite or double removal is a real harm.
 * Leaving the page aborts the request; whatever the server did by then, the element is gone.
 */
export class MutationController<Args = void, T = unknown> implements ReactiveController {
  status: RunStatus = 'idle';
  value?: T;
  error?: UsersError;

  private readonly host: ReactiveControllerHost & EventTarget;
  private readonly options: MutationOptions<Args, T>;
  private current?: AbortController;

  constructor(host: ReactiveControllerHost & EventTarget, options: MutationOptions<Args, T>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  get pending(): boolean {
    return this.status === 'pending';
  }

  /**
   * Resolves with how the run ended (never rejects), or undefined when nothing was sent because
   * another run is in flight, or when disconnection aborted it.
   */
  async run(args: Args): Promise<RunResult<T> | undefined> {
    if (this.current) return undefined;
    const controller = new AbortController();
    this.current = controller;
    this.status = 'pending';
    this.error = undefined;
    this.host.requestUpdate();
    let result: RunResult<T>;
    try {
      result = { ok: true, value: await this.options.task(args, controller.signal) };
    } catch (error) {
      result = { ok: false, error: toUsersError(error) };
    }
    if (this.current !== controller) return undefined;
    this.current = undefined;
    if (result.ok) {
      this.status = 'done';
      this.value = result.value;
    } else {
      this.status = 'error';
      this.error = result.error;
      if (this.options.action) reportUsersError(this.host, result.error, this.options.action);
    }
    this.host.requestUpdate();
    return result;
  }

  /** Back to idle with no error, e.g. when a dialog reopens. Does not touch a run in flight. */
  reset(): void {
    if (this.current) return;
    this.status = 'idle';
    this.value = undefined;
    this.error = undefined;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (!this.current) return;
    this.current.abort();
    this.current = undefined;
    this.status = 'idle';
    this.host.requestUpdate();
  }
}
