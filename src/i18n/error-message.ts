import {
  DAILY_INVITE_LIMIT,
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  type UsersError,
  type UsersErrorCode,
  type ValidationCode,
} from '../core/index.js';
import type { Catalog } from './catalogs/en/index.js';

/**
 * Codes whose sentence alone can't tell the user what to fix, so the server's own words (when it
 * gave any) follow it. The server text may be in another language; a vague message is worse.
 */
const VAGUE_CODES: ReadonlySet<UsersErrorCode> = new Set(['validation', 'forbidden', 'server_error', 'unknown']);

/**
 * Calls that load a whole view. A 404 there is not "this user is gone" (a refresh can't help): the
 * account, or the signed-in user, was not found.
 */
const LOAD_ACTIONS: ReadonlySet<string> = new Set(['listUsers', 'getSession', 'listApiTokens']);

/**
 * The sentence to show for `error`, in the catalog's language. Always plain text. `action` is the
 * adapter call that failed, when the caller knows it: a 429 means the daily invitation limit only
 * for `inviteUser`; for any other call the server is throttling requests for a while. A 404 names
 * the account rather than a user for the load calls. A backend that can't resend an invitation at all
 * (`unsupported` for `resendInvite`) gets a sentence saying what to do instead. A 400 never points at fields here: a form
 * that highlights the fields the server named says so itself (`errors.validation`), and calls this
 * only for a refusal it could not place on a field.
 */
export function errorMessage(error: UsersError, t: Catalog, action?: string): string {
  const message = baseMessage(error, t, action);
  const serverMessage = error.serverMessage?.trim();
  if (serverMessage && VAGUE_CODES.has(error.code)) return t.errors.withServerMessage({ message, serverMessage });
  return message;
}

function baseMessage(error: UsersError, t: Catalog, action: string | undefined): string {
  const { errors } = t;
  switch (error.code) {
    case 'rate_limited':
      return action === undefined || action === 'inviteUser'
        ? errors.rate_limited({ limit: DAILY_INVITE_LIMIT })
        : errors.throttled;
    case 'not_found':
      return action !== undefined && LOAD_ACTIONS.has(action) ? errors.accountNotFound : errors.not_found;
    case 'validation':
      return errors.invalidRequest;
    case 'bad_response':
      return errors.bad_response({ field: error.field ?? '(root)' });
    case 'unsupported':
      // The one action a Gcore account's API can't do; the sentence says what to do instead.
      return action === 'resendInvite' ? errors.resendUnavailable : errors.unsupported;
    default:
      return errors[error.code] ?? errors.unknown;
  }
}

const VALIDATION_CODES: ReadonlySet<string> = new Set<ValidationCode>([
  'email_required',
  'email_invalid',
  'email_too_long',
  'name_too_long',
  'role_invalid',
  'lang_invalid',
]);

export function isValidationCode(code: string): code is ValidationCode {
  return VALIDATION_CODES.has(code);
}

/**
 * The message under a form field. `code` is a ValidationCode from the schemas, or a server's own
 * per-field text (UsersError.fieldErrors), which is shown as it came since nothing better exists.
 */
export function fieldErrorMessage(code: string, t: Catalog): string {
  if (!isValidationCode(code)) return code;
  const { fields } = t.errors;
  switch (code) {
    case 'email_too_long':
      return fields.email_too_long({ max: EMAIL_MAX_LENGTH });
    case 'name_too_long':
      return fields.name_too_long({ max: NAME_MAX_LENGTH });
    default:
      return fields[code];
  }
}
