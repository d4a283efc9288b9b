import type { ReactiveControllerHost } from 'lit';
import { toUsersError, type UsersError } from '../core/index.js';
import type { RunResult, RunStatus } from './run-result.js';

export type RunTask<Args, T> = (args: Args, signal: AbortSignal) => Promise<T>;

/**
 * What both controllers share: the status of the latest run, its value or error, and how a run's
 * outcome lands on the host. Subclasses decide which runs may start and which answers count.
 */
export abstract class RunState<Args, T> {
  status: RunStatus = 'idle';
  value?: T;
  error?: UsersError;

  protected readonly host: ReactiveControllerHost;
  private readonly task: RunTask<Args, T>;

  constructor(host: ReactiveControllerHost, task: RunTask<Args, T>) {
    this.host = host;
    this.task = task;
  }

  get pending(): boolean {
    return this.status === 'pending';
  }

  protected begin(): void {
    this.status = 'pending';
    this.error = undefined;
    this.host.requestUpdate();
  }

  /** Runs the task; never rejects: anything thrown becomes a UsersError result. */
  protected async attempt(args: Args, signal: AbortSignal): Promise<RunResult<T>> {
    try {
      return { ok: true, value: await this.task(args, signal) };
    } catch (error) {
      return { ok: false, error: toUsersError(error) };
    }
  }

  protected land(result: RunResult<T>): RunResult<T> {
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
}
