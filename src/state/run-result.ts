import type { UsersError } from '../core/index.js';

export type RunStatus = 'idle' | 'pending' | 'done' | 'error';

/** How one run ended; `undefined` in its place means it never landed (superseded, aborted or not sent). */
export type RunResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: UsersError };
