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
  /** After each row (or batch) settled: how many rows of how many. */
  readonly onProgress?: (settled: number, total: number) => void;
  /** The rows in all, when the items are batches of them. */
  readonly total?: number;
  /** How long to wait after a 429 without Retry-After, doubling up to 30 s. */
  readonly backoffMs?: number;
  /** For tests: the clock, and how to wait on it. */
  readonly now?: () => number;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

const MAX_RATE_LIMITED_RETRIES = 5;

/**
 * How rows are sent: one request each, or (when the adapter has a batch method) many ids in one
 * request, which answers for each id.
 */
export type Sender =
  | { readonly kind: 'each'; readonly send: (user: User, signal: AbortSignal) => Promise<void> }
  | {
      readonly kind: 'batch';
      readonly size: number;
      readonly send: (users: readonly User[], signal: AbortSignal) => Promise<ReadonlyMap<number, UsersError | null>>;
    };

/**
 * Sends every user's change, a few requests at a time. A 429 is the server asking to slow down,
 * not a failure: every worker waits (the server's Retry-After, else a growing pause) and the
 * request is sent again. Resolves with one outcome per user, in the users' order; never rejects.
 */
export async function runBulk(users: readonly User[], sender: Sender, options: RunOptions = {}): Promise<RowOutcome[]> {
  if (sender.kind === 'each') {
    return runQueue(
      users,
      (user, signal) => sender.send(user, signal),
      options,
      (user, result) => [result === null ? { user, status: 'done' } : asOutcome(user, result)],
    );
  }
  const chunks: User[][] = [];
  for (let at = 0; at < users.length; at += sender.size) chunks.push(users.slice(at, at + sender.size));
  const answers = new Map<User[], ReadonlyMap<number, UsersError | null>>();
  return runQueue(
    chunks,
    async (chunk, signal) => void answers.set(chunk, await sender.send(chunk, signal)),
    { ...options, total: users.length },
    (chunk, result) => {
      const answer = answers.get(chunk);
      return chunk.map((user): RowOutcome => {
        if (result !== null) return asOutcome(user, result);
        const error = answer?.get(user.id);
        if (error === undefined)
          return { user, status: 'failed', error: new UsersError('bad_response', 'No answer for this user.') };
        return error === null ? { user, status: 'done' } : { user, status: 'failed', error };
      });
    },
  );
}

function asOutcome(user: User, result: UsersError | 'cancelled'): RowOutcome {
  return result === 'cancelled' ? { user, status: 'cancelled' } : { user, status: 'failed', error: result };
}

/**
 * The queue under both ways of sending: `attempt` each item with `concurrency` workers, 429s waited
 * out and retried; `expand` turns an item and how it ended (null: done) into row outcomes.
 */
async function runQueue<T>(
  items: readonly T[],
  attempt: (item: T, signal: AbortSignal) => Promise<void>,
  options: RunOptions,
  expand: (item: T, result: UsersError | 'cancelled' | null) => RowOutcome[],
): Promise<RowOutcome[]> {
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const sleep = options.sleep ?? wait;
  const now = options.now ?? Date.now;
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort);
  if (options.signal?.aborted) controller.abort();
  const results: RowOutcome[][] = new Array(items.length);
  let next = 0;
  let settled = 0;
  let pausedUntil = 0;
  let backoff = options.backoffMs ?? 1000;

  const total = options.total ?? items.length;
  const worker = async () => {
    for (;;) {
      const index = next++;
      const item = items[index];
      if (item === undefined) return;
      const outcomes = expand(item, await sendOne(item));
      results[index] = outcomes;
      settled += outcomes.length;
      options.onProgress?.(settled, total);
    }
  };

  const sendOne = async (item: T): Promise<UsersError | 'cancelled' | null> => {
    for (let tries = 0; ; tries += 1) {
      if (controller.signal.aborted) return 'cancelled';
      const pause = pausedUntil - now();
      if (pause > 0) {
        await sleep(pause, controller.signal).catch(() => undefined);
        if (controller.signal.aborted) return 'cancelled';
      }
      try {
        await attempt(item, controller.signal);
        return null;
      } catch (thrown) {
        const error = toUsersError(thrown);
        if (error.code === 'aborted' && controller.signal.aborted) return 'cancelled';
        if (error.code === 'rate_limited' && tries < MAX_RATE_LIMITED_RETRIES) {
          const ms = error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : backoff;
          backoff = Math.min(backoff * 2, 30_000);
          pausedUntil = Math.max(pausedUntil, now() + ms);
          continue;
        }
        return error;
      }
    }
  };

  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
  }
  return results.flat();
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
