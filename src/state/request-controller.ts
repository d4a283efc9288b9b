import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toUsersError, type UsersError } from '../core/index.js';
import type { RunResult, RunStatus } from './run-result.js';

export type RequestTask<Args, T> = (args: Args, signal: AbortSignal) => Promise<T>;

/**
 * Loads data for an element: each `run(args)` aborts the previous one, so only the answer to the
 * newest question ever lands (typing "ab" then "abc" never shows the results for "ab" last).
 *
 * `value` keeps the last good answer while a newer run is pending or after it failed, so a list
 * can stay on screen under a spinner or an error. A run cut short by disconnection is run again
 * on reconnection, so moving an element in the DOM does not leave it empty.
 */
export class RequestController<Args = void, T = unknown> implements ReactiveController {
  status: RunStatus = 'idle';
  value?: T;
  error?: UsersError;

  private readonly host: ReactiveControllerHost;
  private readonly task: RequestTask<Args, T>;
  private current?: { controller: AbortController; args: Args };
  private interrupted?: { args: Args };

  constructor(host: ReactiveControllerHost, task: RequestTask<Args, T>) {
    this.host = host;
    this.task = task;
    host.addController(this);
  }

  get pending(): boolean {
    return this.status === 'pending';
  }

  /** Resolves with how this run ended, or undefined when a newer run or disconnection superseded it. Never rejects. */
  async run(args: Args): Promise<RunResult<T> | undefined> {
    this.current?.controller.abort();
    const controller = new AbortController();
    const run = { controller, args };
    this.current = run;
    this.interrupted = undefined;
    this.status = 'pending';
    this.error = undefined;
    this.host.requestUpdate();
    let result: RunResult<T>;
    try {
      result = { ok: true, value: await this.task(args, controller.signal) };
    } catch (error) {
      result = { ok: false, error: toUsersError(error) };
    }
    // An adapter may ignore the signal and answer anyway: a stale answer is dropped here.
    if (this.current !== run) return undefined;
    this.current = undefined;
    if (result.ok) {
      this.status = 'done';
      this.value = result.value;
    } else {
      this.status = 'error';
      this.error = result.error;
    }
    this.host.requestUpdate();
    return result;
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
