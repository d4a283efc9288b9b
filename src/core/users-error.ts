import type { ApiToken } from './types.js';

/**
 * What went wrong, as the UI switches on it. Beyond design.md's list: `unauthorized` (401: the
 * credentials were refused, a different remedy from 403), `timeout` and `server_error` (5xx), so
 * each gets its own message instead of a vague "unknown"; and `unsupported`: the backend does not
 * offer this action here at all (the Gcore account API has no way to resend an invitation), where
 * trying again can't help but another way may.
 */
export const USERS_ERROR_CODES = [
  'forbidden',
  'unauthorized',
  'not_found',
  'already_invited',
  'cannot_add',
  'rate_limited',
  'validation',
  'tokens_block_removal',
  'token_role_conflict',
  'network',
  'timeout',
  'server_error',
  'unsupported',
  'bad_response',
  'aborted',
  'unknown',
] as const;

export type UsersErrorCode = (typeof USERS_ERROR_CODES)[number];

/** Per-field messages, keyed by the widget's field names (`email`, `name`, `role`, `lang`). */
export type FieldErrors = Readonly<Record<string, readonly string[]>>;

export interface UsersErrorDetails {
  /** The server's own message, kept verbatim (shown as text, never as markup). */
  readonly serverMessage?: string;
  readonly status?: number;
  readonly fieldErrors?: FieldErrors;
  /** For `bad_response`: the path of the field that did not match, e.g. `results.3.email`. */
  readonly field?: string;
  /** For `tokens_block_removal` and `token_role_conflict`, when the backend names them. */
  readonly tokens?: readonly ApiToken[];
  /** For `rate_limited`: seconds until a retry may succeed, when the server says. */
  readonly retryAfterSeconds?: number;
  readonly cause?: unknown;
}

export class UsersError extends Error {
  readonly code: UsersErrorCode;
  readonly serverMessage?: string;
  readonly status?: number;
  readonly fieldErrors?: FieldErrors;
  readonly field?: string;
  readonly tokens?: readonly ApiToken[];
  readonly retryAfterSeconds?: number;

  constructor(code: UsersErrorCode, message?: string, details: UsersErrorDetails = {}) {
    super(message ?? details.serverMessage ?? code, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'UsersError';
    this.code = code;
    this.serverMessage = details.serverMessage;
    this.status = details.status;
    this.fieldErrors = details.fieldErrors;
    this.field = details.field;
    this.tokens = details.tokens;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

export function isUsersError(value: unknown): value is UsersError {
  return value instanceof UsersError;
}

/** The AbortSignal fired: the caller no longer wants the answer. */
export function abortedError(signal?: AbortSignal): UsersError {
  return new UsersError('aborted', 'The request was cancelled.', { cause: signal?.reason });
}

export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw abortedError(signal);
}

/** Anything thrown becomes a UsersError, so callers switch on one type. */
export function toUsersError(error: unknown): UsersError {
  if (error instanceof UsersError) return error;
  if (error instanceof DOMException && (error.name === 'AbortError' || error.name === 'TimeoutError')) {
    return error.name === 'TimeoutError'
      ? new UsersError('timeout', 'The server did not answer in time.', { cause: error })
      : new UsersError('aborted', 'The request was cancelled.', { cause: error });
  }
  return new UsersError('unknown', error instanceof Error ? error.message : String(error), { cause: error });
}
