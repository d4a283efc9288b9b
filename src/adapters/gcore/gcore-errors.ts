import { UsersError, type FieldErrors, type UsersErrorCode } from '../../core/index.js';

/**
 * Turns a Gcore IAM error response into a `UsersError` (domain §3, §3.1).
 *
 * The API answers errors in three shapes depending on the endpoint: `{errors: {field: …}}`,
 * `{message}` and a bare array of strings (invite conflicts). The code comes from the status, refined
 * by the server's text where the API distinguishes cases only by wording (tokens blocking a removal,
 * a token with a higher role, an invitee already invited). The server's text is kept verbatim in
 * `serverMessage`; bodies that are not JSON (a proxy's HTML page) are never shown.
 */

export interface ErrorResponse {
  readonly status: number;
  /** The raw body; may be empty, HTML or anything else. */
  readonly body: string;
  readonly retryAfter?: string | null;
  /**
   * The endpoint's own documented meaning of a status when the answer says nothing more, e.g. the
   * user update's bodiless 403 "The specified user has issued a token with a higher role".
   */
  readonly described?: Readonly<Partial<Record<number, UsersErrorCode>>>;
}

const GENERIC_MESSAGES: Record<UsersErrorCode, string> = {
  forbidden: 'You do not have permission to perform this action.',
  unauthorized: 'The server did not accept the credentials.',
  not_found: 'The requested item was not found.',
  already_invited: 'This user has already been invited.',
  cannot_add: 'This user cannot be added to this account.',
  rate_limited: 'Too many requests. Try again later.',
  validation: 'The server rejected the input.',
  tokens_block_removal: "You can't remove the user as they have active tokens.",
  token_role_conflict: 'The user has issued a token with a higher role.',
  network: 'The server could not be reached.',
  timeout: 'The server did not answer in time.',
  server_error: 'The server failed to process the request.',
  unsupported: 'The server does not offer this action for this account.',
  bad_response: 'The server sent an unexpected answer.',
  aborted: 'The request was cancelled.',
  unknown: 'The request failed.',
};

const ACTIVE_TOKENS = /active tokens/i;
const HIGHER_ROLE_TOKEN = /token with a higher role/i;
const ALREADY_INVITED = /already been invited/i;
const CANNOT_BE_ADDED = /cannot be added/i;

/** The API's field names → the widget's form fields; anything else keeps its own name. */
const WIDGET_FIELDS: Readonly<Record<string, string>> = {
  email: 'email',
  new_email: 'email',
  name: 'name',
  lang: 'lang',
  user_role: 'role',
  groups: 'role',
};

export function errorFromResponse(response: ErrorResponse): UsersError {
  const { status } = response;
  const body = parseJson(response.body);
  if (status === 400) return badRequestError(body, status);

  const serverMessage = messageOf(body);
  const described = serverMessage === undefined ? response.described?.[status] : undefined;
  const code = described ?? codeForStatus(status, serverMessage);
  const retryAfterSeconds = code === 'rate_limited' ? parseRetryAfter(response.retryAfter) : undefined;
  return new UsersError(code, serverMessage ?? GENERIC_MESSAGES[code], { status, serverMessage, retryAfterSeconds });
}

/** A 2xx answer the widget can't use: `field` names where it went wrong (`results.3.email`). */
export function badResponseError(field: string, message: string, cause?: unknown): UsersError {
  return new UsersError('bad_response', message, { field, cause });
}

/** The transport failed before any answer (offline, DNS, CORS refused, connection reset). */
export function networkError(cause: unknown): UsersError {
  return new UsersError('network', GENERIC_MESSAGES.network, { cause });
}

export function timeoutError(): UsersError {
  return new UsersError('timeout', GENERIC_MESSAGES.timeout);
}

function codeForStatus(status: number, message: string | undefined): UsersErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) {
    if (message && ACTIVE_TOKENS.test(message)) return 'tokens_block_removal';
    if (message && HIGHER_ROLE_TOKEN.test(message)) return 'token_role_conflict';
    return 'forbidden';
  }
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  if (status >= 500 && status <= 599) return 'server_error';
  return 'unknown';
}

function badRequestError(body: unknown, status: number): UsersError {
  if (Array.isArray(body)) return errorFromMessages(allStrings(body), status);
  if (isRecord(body)) {
    if (isRecord(body.errors)) return errorFromFieldErrors(body.errors, status);
    if (body.errors !== undefined) return errorFromMessages(allStrings(body.errors), status);
  }
  const serverMessage = messageOf(body);
  return new UsersError('validation', serverMessage ?? GENERIC_MESSAGES.validation, { status, serverMessage });
}

/** The bare-array shape: `["User 7 has already been invited to client 42"]`. */
function errorFromMessages(messages: string[], status: number): UsersError {
  const serverMessage = messages.length > 0 ? messages.join(' ') : undefined;
  const message = serverMessage ?? GENERIC_MESSAGES.validation;
  if (serverMessage && ALREADY_INVITED.test(serverMessage)) {
    return new UsersError('already_invited', message, { status, serverMessage, fieldErrors: { email: messages } });
  }
  if (serverMessage && CANNOT_BE_ADDED.test(serverMessage)) {
    return new UsersError('cannot_add', message, { status, serverMessage });
  }
  return new UsersError('validation', message, { status, serverMessage });
}

/** The `{errors: {field: string[] | string | {nested: …}}}` shape. */
function errorFromFieldErrors(errors: Record<string, unknown>, status: number): UsersError {
  const fieldErrors: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(errors)) {
    const messages = allStrings(value);
    if (messages.length === 0) continue;
    const field = WIDGET_FIELDS[key] ?? key;
    (fieldErrors[field] ??= []).push(...messages);
  }
  const roleConflict = fieldErrors.role?.find((text) => HIGHER_ROLE_TOKEN.test(text));
  if (roleConflict) {
    return new UsersError('token_role_conflict', roleConflict, { status, serverMessage: roleConflict, fieldErrors });
  }
  const alreadyInvited = fieldErrors.email?.find((text) => ALREADY_INVITED.test(text));
  if (alreadyInvited) {
    return new UsersError('already_invited', alreadyInvited, { status, serverMessage: alreadyInvited, fieldErrors });
  }
  const serverMessage = Object.values(fieldErrors)[0]?.[0];
  return new UsersError('validation', serverMessage ?? GENERIC_MESSAGES.validation, {
    status,
    serverMessage,
    fieldErrors: fieldErrors as FieldErrors,
  });
}

/** The server's own sentence, from whichever shape it used; undefined when it gave none. */
function messageOf(body: unknown): string | undefined {
  if (typeof body === 'string') return nonEmpty(body);
  if (Array.isArray(body)) return nonEmpty(allStrings(body).join(' '));
  if (!isRecord(body)) return undefined;
  // `detail` is what Django REST Framework, which the IAM API is built on, uses for 401/403/404.
  for (const key of ['message', 'detail'] as const) {
    const value = body[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  if (body.errors !== undefined) return allStrings(body.errors)[0];
  return undefined;
}

/** Every string inside a value, depth first: the texts of `string | string[] | {nested}`. */
function allStrings(value: unknown, depth = 0): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [] : [value];
  if (depth > 8) return [];
  if (Array.isArray(value)) return value.flatMap((item) => allStrings(item, depth + 1));
  if (isRecord(value)) return Object.values(value).flatMap((item) => allStrings(item, depth + 1));
  return [];
}

/** Seconds, or an HTTP date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
function parseRetryAfter(value: string | null | undefined): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function nonEmpty(text: string): string | undefined {
  return text.trim() === '' ? undefined : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
