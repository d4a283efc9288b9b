import { plural } from '../../plural.js';

/**
 * One sentence per `UsersErrorCode` (keys are the codes, so `t.errors[error.code]` works) and one
 * per form `ValidationCode` under `fields`. Each says what happened and what the user can do.
 * `error-message.ts` picks among them; elements should call it rather than index this directly.
 */
export const errors = {
  forbidden: "You don't have permission to do this.",
  unauthorized: 'Your session has expired or was refused. Sign in again and retry.',
  not_found: 'This user is no longer in this account. Refresh the list to see the current users.',
  /** A 404 while loading the list, the session or the tokens: there is no user to name. */
  accountNotFound: "The account or your user wasn't found. Sign in again or contact your administrator.",
  already_invited: 'This person already has access to this account.',
  cannot_add: "This user can't be added to this account.",
  rate_limited: ({ limit }: { limit: number }) =>
    `You can invite up to ${limit} ${plural('en', limit, { one: 'new user', other: 'new users' })} per day. Try again tomorrow.`,
  /** A 429 from anything but an invitation: the server throttles requests for a while. */
  throttled: 'Too many requests. Wait a moment and try again.',
  validation: 'Some of the details are not valid. Check the highlighted fields.',
  /** A 400 outside a form: no field to highlight; the server's words follow. */
  invalidRequest: 'The server refused the request as invalid. If this keeps happening, contact support.',
  tokens_block_removal: "You can't remove the user as they have active tokens.",
  token_role_conflict:
    'The user has issued an API token with a higher role. Choose a higher role or delete that token first.',
  network: "Can't reach the server. Check your connection and try again.",
  timeout: "The server didn't answer in time. Try again.",
  server_error: 'The server ran into a problem. Try again in a few minutes.',
  unsupported: "This action isn't available with this account's server.",
  /** `unsupported` for `resendInvite`: what to do instead. */
  resendUnavailable:
    "Resending invitations isn't available for this account. To send a new invitation, delete the user and invite them again.",
  bad_response: ({ field }: { field: string }) =>
    `The server sent an answer the widget can't read (field "${field}"). Try again later or contact support.`,
  aborted: 'The request was cancelled.',
  unknown: 'Something went wrong. Try again.',
  /** Appends the server's own words when our sentence alone would be vague. */
  withServerMessage: ({ message, serverMessage }: { message: string; serverMessage: string }) =>
    `${message} The server said: "${serverMessage}"`,
  fields: {
    email_required: 'Enter an email address.',
    email_invalid: 'Enter a valid email address, like name@example.com.',
    email_too_long: ({ max }: { max: number }) =>
      `The email address can be at most ${max} ${plural('en', max, { one: 'character', other: 'characters' })} long.`,
    name_too_long: ({ max }: { max: number }) =>
      `The name can be at most ${max} ${plural('en', max, { one: 'character', other: 'characters' })} long.`,
    role_invalid: 'Choose a role.',
    lang_invalid: 'Choose a language.',
  },
};

export type ErrorMessages = typeof errors;
