import type { UsersError } from '../../src/core/index.js';
import { MESSAGES } from '../../src/adapters/memory/memory-backend.js';
import { json } from './http.js';

/**
 * The Gcore IAM API's error bodies, which differ by kind (users-domain.md §3.1):
 * `{"detail": …}` for authentication (DRF's default), `{"message": …}` for permission, not-found,
 * token conflicts and rate limits, `{"errors": {field: [...]}}` for validation, and a bare JSON array
 * of strings for the invitation conflicts. A client must normalise all of them; this server sends
 * each exactly where the real one does.
 */

export const IAM_MESSAGES = {
  notAuthenticated: 'Authentication credentials were not provided.',
  invalidToken: 'Given token not valid for any token type',
  forbidden: MESSAGES.forbidden,
  wrongAccount: 'You do not have permission for the specified account to perform this action.',
  userNotFound: MESSAGES.notFound,
  notInAccount: MESSAGES.notInAccount,
  tokenNotFound: MESSAGES.tokenNotFound,
  emailNotFound: 'User with given email not found.',
  alreadyActivated: MESSAGES.alreadyActivated,
  revoked: "The user's access has been successfully revoked.",
  required: 'This field is required.',
  notAString: 'Not a valid string.',
  notAnInteger: 'A valid integer is required.',
  notABoolean: 'Must be a valid boolean.',
  invalidEmail: 'Enter a valid email address.',
  invalidRole: (repr: string) => `Invalid role: ${repr}`,
  invalidChoice: (repr: string) => `"${repr}" is not a valid choice.`,
} as const;

/** The widget's field names → the API's, where they differ. */
const WIRE_FIELD: Record<string, string> = { role: 'user_role' };

export type WireFieldErrors = Record<string, string[]>;

export function unauthenticated(reason: 'missing' | 'invalid' | 'not_member', detail?: string): Response {
  const message = detail ?? (reason === 'missing' ? IAM_MESSAGES.notAuthenticated : IAM_MESSAGES.invalidToken);
  return json(401, { detail: message }, { 'www-authenticate': 'Bearer realm="api"' });
}

export function forbidden(message: string = IAM_MESSAGES.forbidden): Response {
  return json(403, { message });
}

export function notFound(message: string): Response {
  return json(404, { message });
}

export function validationFailed(errors: WireFieldErrors): Response {
  return json(400, { errors });
}

/** Unknown path under a server base: DRF's own 404. */
export function noSuchRoute(): Response {
  return json(404, { detail: 'Not found.' });
}

export function methodNotAllowed(method: string, allowed: readonly string[]): Response {
  return json(405, { detail: `Method "${method}" not allowed.` }, { allow: allowed.join(', ') });
}

export interface ErrorContext {
  /** The endpoint's own not-found message (they differ: "User not found." vs "User is not found in …"). */
  notFound: string;
}

/** A UsersError from the MemoryBackend → the status and body the real endpoint gives for it. */
export function usersErrorResponse(error: UsersError, context: ErrorContext): Response {
  const message = error.serverMessage ?? error.message;
  switch (error.code) {
    case 'unauthorized':
      return unauthenticated('not_member', message);
    case 'not_found':
      return notFound(context.notFound);
    case 'already_invited':
    case 'cannot_add':
      return json(400, [message]);
    case 'rate_limited':
      return json(
        429,
        { message },
        error.retryAfterSeconds === undefined ? {} : { 'retry-after': String(error.retryAfterSeconds) },
      );
    case 'validation':
      return error.fieldErrors && Object.keys(error.fieldErrors).length > 0
        ? validationFailed(toWireFieldErrors(error.fieldErrors))
        : json(400, { message });
    case 'forbidden':
    case 'tokens_block_removal':
    case 'token_role_conflict':
      return forbidden(message);
    default:
      return internalError();
  }
}

export function internalError(): Response {
  return json(500, { detail: 'A server error occurred.' });
}

function toWireFieldErrors(fieldErrors: Readonly<Record<string, readonly string[]>>): WireFieldErrors {
  const errors: WireFieldErrors = {};
  for (const [field, messages] of Object.entries(fieldErrors)) {
    errors[WIRE_FIELD[field] ?? field] = [...messages];
  }
  return errors;
}
