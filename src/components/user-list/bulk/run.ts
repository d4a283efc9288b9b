import { toUsersError, UsersError, type User } from '../../../core/index.js';

export type RowOutcome =
  | { readonly user: User; readonly status: 'done' }
  | { readonly user: User; readonly status: 'failed'; readonly error: UsersError }
  /** Not sent: the run was cancelled first. */
  | { readonly user: User; readonly status: 'cancelled' };

export interface RunOptions {
  /** Requests in flight at once. */
  readonly concurrency?: number;
  /** Cancel: what is not yet sent is not sent; what is in flight is aborted. */
  readonly signal?: AbortSignal;
  /** After each row settled: how many of how many. */
  readonly onProgress?: (settled: number, total: number) => void;
  /** How long to wait after a 429 without Retry-After, doubling up to 30 s. */
  readonly backoffMs?: number;
  /** For tests: the clock, and how to wait on it. */
  readonly now?: () => number;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

const MAX_RATE_LIMITED_RETRIES = 5;

/**
 * Sends `send(user)` for each user, a few at a time. A 429 is the server asking to slow down, not
 * a failure: every worker waits (the server's Retry-After, else a growing pause) and the row is
 * sent again. Resolves with one outcome per user, in the users' order; never rejects.
 */
export async function runBulk(
  users: readonly User[],
  send: (user: User, signal: AbortSignal) => Promise<void>,
  options: RunOptions = {},
): Promise<RowOutcome[]> {
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const sleep = options.sleep ?? wait;
  const now = options.now ?? Date.now;
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort);
  if (options.signal?.aborted) controller.abort();
  const outcomes: RowOutcome[] = new Array(users.length);
  let next = 0;
  let settled = 0;
  let pausedUntil = 0;
  let backoff = options.backoffMs ?? 1000;

  const worker = async () => {
    for (;;) {
      const index = next++;
      if (index >= users.length) return;
      const user = users[index]!;
      outcomes[index] = await sendOne(user);
      settled += 1;
      options.onProgress?.(settled, users.length);
    }
  };

  const sendOne = async (user: User): Promise<RowOutcome> => {
    for (let attempt = 0; ; attempt += 1) {
      if (controller.signal.aborted) return { user, status: 'cancelled' };
      const pause = pausedUntil - now();
      if (pause > 0) {
        await sleep(pause, controller.signal).catch(() => undefined);
        if (controller.signal.aborted) return { user, status: 'cancelled' };
      }
      try {
        await send(user, controller.signal);
        return { user, status: 'done' };
      } catch (thrown) {
        const error = toUsersError(thrown);
        if (error.code === 'aborted' && controller.signal.aborted) return { user, status: 'cancelled' };
        if (error.code === 'rate_limited' && attempt < MAX_RATE_LIMITED_RETRIES) {
          const ms = error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : backoff;
          backoff = Math.min(backoff * 2, 30_000);
          pausedUntil = Math.max(pausedUntil, now() + ms);
          continue;
        }
        return { user, status: 'failed', error };
      }
    }
  };

  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, users.length) }, worker));
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
  }
  return outcomes;
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new UsersError('aborted'));
      },
      { once: true },
    );
  });
}
