import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RunResult } from './run-result.js';
import { RunState, type RunTask } from './run-state.js';

export type MutationTask<Args, T> = RunTask<Args, T>;

/**
 * Runs a change (invite, save, remove) at most once at a time: a second click while the first
 * request is in flight sends nothing, because a double invite or double removal is a real harm.
 * Leaving the page aborts the request; whatever the server did by then, the element is gone.
 */
export class MutationController<Args = void, T = unknown> extends RunState<Args, T> implements ReactiveController {
  private current?: AbortController;

  constructor(host: ReactiveControllerHost, task: MutationTask<Args, T>) {
    super(host, task);
    host.addController(this);
  }

  /**
   * Resolves with how the run ended (never rejects), or undefined when nothing was sent because
   * another run is in flight, or when disconnection aborted it.
   */
  async run(args: Args): Promise<RunResult<T> | undefined> {
    if (this.current) return undefined;
    const controller = new AbortController();
    this.current = controller;
    this.begin();
    const result = await this.attempt(args, controller.signal);
    if (this.current !== controller) return undefined;
    this.current = undefined;
    return this.land(result);
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
