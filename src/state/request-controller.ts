import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RunResult } from './run-result.js';
import { RunState, type RunTask } from './run-state.js';

export type RequestTask<Args, T> = RunTask<Args, T>;

/**
 * Loads data for an element: each `run(args)` aborts the previous one, so only the answer to the
 * newest question ever lands (typing "ab" then "abc" never shows the results for "ab" last).
 *
 * `value` keeps the last good answer while a newer run is pending or after it failed, so a list
 * can stay on screen under a spinner or an error. A run cut short by disconnection is run again
 * on reconnection, so moving an element in the DOM does not leave it empty.
 */
export class RequestController<Args = void, T = unknown> extends RunState<Args, T> implements ReactiveController {
  private current?: { controller: AbortController; args: Args };
  private interrupted?: { args: Args };

  constructor(host: ReactiveControllerHost, task: RequestTask<Args, T>) {
    super(host, task);
    host.addController(this);
  }

  /** Resolves with how this run ended, or undefined when a newer run or disconnection superseded it. Never rejects. */
  async run(args: Args): Promise<RunResult<T> | undefined> {
    this.current?.controller.abort();
    const controller = new AbortController();
    const run = { controller, args };
    this.current = run;
    this.interrupted = undefined;
    this.begin();
    const result = await this.attempt(args, controller.signal);
    // An adapter may ignore the signal and answer anyway: a stale answer is dropped here.
    if (this.current !== run) return undefined;
    this.current = undefined;
    return this.land(result);
  }

  /** Aborts the run in flight, if any, and forgets it: nothing lands and status returns to idle. */
  abort(): void {
    if (!this.current) return;
    this.current.controller.abort();
    this.current = undefined;
    this.status = this.value === undefined ? 'idle' : 'done';
    this.host.requestUpdate();
  }

  hostConnected(): void {
    const interrupted = this.interrupted;
    this.interrupted = undefined;
    if (interrupted) void this.run(interrupted.args);
  }

  hostDisconnected(): void {
    if (!this.current) return;
    this.interrupted = { args: this.current.args };
    this.abort();
  }
}
