import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { UsersAdapter } from '../adapters/users-adapter.js';
import { toUsersError, type UsersError } from '../core/index.js';
import { reportUsersError, type UsersAction } from './report-error.js';
import type { RunResult, RunStatus } from './run-result.js';

/** What every load is asked with: the backend, plus whatever query the element declares. */
export interface LoadArgs {
  readonly adapter: UsersAdapter;
}

export interface LoadTaskOptions<Args extends LoadArgs, T> {
  /**
   * The declared inputs, read on every host update (after `willUpdate`): the task runs whenever
   * they change. `undefined` means there is nothing to load yet (no adapter, a dialog not showing).
   */
  readonly args: () => Args | undefined;
  readonly task: (args: Args, signal: AbortSignal) => Promise<T>;
  /** The adapter method a failure is reported as, in the `users-error` event. */
  readonly action: UsersAction;
  /**
   * Whether two args ask the same question. The default compares the adapter by identity and the
   * rest by value, since queries are plain data rebuilt on every update.
   */
  readonly argsEqual?: (previous: Args, next: Args) => boolean;
  /** After a run for the current args landed; the host's update that shows it is already requested. */
  readonly onComplete?: (value: T, args: Args) => void;
}

/**
 * Loads data for an element from declared inputs, in the shape of `@lit/task`: the args are
 * compared on every host update, a change runs the task, a newer run aborts the one it supersedes
 * and a stale answer is dropped by call id; failures are reported once, as `users-error`.
 *
 * Not `@lit/task` itself, because an element of this widget needs three things it leaves out:
 * - the value is exposed only while it belongs to the current adapter: after a switch to another
 *   account the previous account's rows are never shown as this one's, not even while loading;
 * - leaving the page aborts the run, and coming back runs it again (an element moved in the DOM
 *   must not stay empty);
 * - the outcome of an explicit `run()` is returned as a `RunResult`, never a rejection.
 *
 * `value` otherwise keeps the last good answer while a newer run is pending or after it failed,
 * so a list can stay on screen under a busy bar or beside an error.
 */
export class LoadTask<Args extends LoadArgs, T> implements ReactiveController {
  status: RunStatus = 'idle';
  error?: UsersError;

  private readonly host: ReactiveControllerHost & EventTarget;
  private readonly options: LoadTaskOptions<Args, T>;
  private readonly argsEqual: (previous: Args, next: Args) => boolean;
  /** The args of the latest update: what the element is asking for now. */
  private current?: Args;
  /** The args of the last run started; the task reruns only when `current` differs. */
  private requested?: Args;
  private landed?: { readonly args: Args; readonly value: T };
  private inFlight?: { readonly id: number; readonly controller: AbortController };
  private callId = 0;
  private interrupted = false;

  constructor(host: ReactiveControllerHost & EventTarget, options: LoadTaskOptions<Args, T>) {
    this.host = host;
    this.options = options;
    this.argsEqual = options.argsEqual ?? sameQuestion;
    host.addController(this);
  }

  /** The last answer, as long as it came from the adapter the element uses now. */
  get value(): T | undefined {
    const landed = this.landed;
    return landed && landed.args.adapter === this.current?.adapter ? landed.value : undefined;
  }

  /** The args the current `value` answers, under the same condition as `value`. */
  get valueArgs(): Args | undefined {
    return this.value === undefined ? undefined : this.landed?.args;
  }

  get pending(): boolean {
    return this.status === 'pending';
  }

  hostUpdate(): void {
    this.current = this.options.args();
    const next = this.current;
    // A disconnected element waits for its return (hostConnected) before asking anything.
    if (!next || this.interrupted) return;
    const previous = this.requested;
    if (previous && this.argsEqual(previous, next)) return;
    void this.start(next);
  }

  hostConnected(): void {
    if (!this.interrupted) return;
    this.interrupted = false;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (!this.inFlight) return;
    this.abort();
    // Forget what was asked, so the first update after reconnection asks again.
    this.interrupted = true;
    this.requested = undefined;
  }

  /**
   * Runs the task again with the current args (a refresh after a change). Resolves with how it
   * ended, or undefined when there is nothing to load or a newer run superseded it.
   */
  run(): Promise<RunResult<T> | undefined> {
    const args = this.current ?? this.options.args();
    if (!args) return Promise.resolve(undefined);
    this.current = args;
    return this.start(args);
  }

  /** Stops the run in flight, if any: nothing lands, and the status returns to what it was. */
  abort(): void {
    if (!this.inFlight) return;
    this.inFlight.controller.abort();
    this.inFlight = undefined;
    this.status = this.landed ? 'done' : 'idle';
    this.host.requestUpdate();
  }

  /** Renders by status, as `@lit/task` does; `complete` gets the current adapter's value. */
  render<R>(renderers: {
    initial?: () => R;
    pending?: () => R;
    complete?: (value: T) => R;
    error?: (error: UsersError) => R;
  }): R | undefined {
    if (this.status === 'error' && this.error) return renderers.error?.(this.error);
    const value = this.value;
    if (this.status === 'pending') return renderers.pending?.();
    if (value !== undefined) return renderers.complete?.(value);
    return renderers.initial?.();
  }

  private async start(args: Args): Promise<RunResult<T> | undefined> {
    this.inFlight?.controller.abort();
    const id = ++this.callId;
    const controller = new AbortController();
    this.inFlight = { id, controller };
    this.requested = args;
    this.status = 'pending';
    this.error = undefined;
    this.host.requestUpdate();

    let result: RunResult<T>;
    try {
      result = { ok: true, value: await this.options.task(args, controller.signal) };
    } catch (error) {
      result = { ok: false, error: toUsersError(error) };
    }
    // An adapter may ignore the signal and answer anyway: a superseded answer is dropped here.
    if (this.inFlight?.id !== id) return undefined;
    this.inFlight = undefined;
    // The update is requested first, so `onComplete` can await the render that shows the value.
    this.host.requestUpdate();
    if (result.ok) {
      this.status = 'done';
      this.landed = { args, value: result.value };
      this.options.onComplete?.(result.value, args);
    } else {
      this.status = 'error';
      this.error = result.error;
      reportUsersError(this.host, result.error, this.options.action);
    }
    return result;
  }
}

/** Same adapter, and the rest of the args equal as plain data. */
export function sameQuestion<Args extends LoadArgs>(previous: Args, next: Args): boolean {
  if (previous.adapter !== next.adapter) return false;
  const { adapter: _a, ...before } = previous;
  const { adapter: _b, ...after } = next;
  return JSON.stringify(before) === JSON.stringify(after);
}
