import { abortedError } from '../../core/index.js';

/**
 * One request that several callers wait on. Each caller brings its own AbortSignal: aborting it
 * rejects that caller at once without disturbing the others, and the underlying request is aborted
 * only when every caller has left (nobody wants the answer any more).
 */
export class SharedRequest<T> {
  private readonly controller = new AbortController();
  private readonly result: Promise<T>;
  private waiting = 0;
  private settled = false;

  /** `onAbandoned` runs when the last waiter aborted, so the owner stops handing this request out. */
  constructor(
    run: (signal: AbortSignal) => Promise<T>,
    private readonly onAbandoned: () => void = () => {},
  ) {
    this.result = run(this.controller.signal);
    const settle = () => {
      this.settled = true;
    };
    this.result.then(settle, settle);
  }

  /** False once aborted: a new caller must start a fresh request instead of joining this one. */
  get joinable(): boolean {
    return !this.controller.signal.aborted;
  }

  join(signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(abortedError(signal));
    if (!signal) {
      // Can never leave, so the request is never abandoned while this caller waits.
      this.waiting += 1;
      return this.result;
    }
    this.waiting += 1;
    return new Promise<T>((resolve, reject) => {
      const leave = () => {
        reject(abortedError(signal));
        this.waiting -= 1;
        if (this.waiting === 0 && !this.settled) {
          this.controller.abort(abortedError(signal));
          this.onAbandoned();
        }
      };
      signal.addEventListener('abort', leave, { once: true });
      this.result.then(
        (value) => {
          signal.removeEventListener('abort', leave);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', leave);
          reject(error);
        },
      );
    });
  }
}
