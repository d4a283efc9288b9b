import type { InputField, UsersError } from '../../core/index.js';
import { fieldErrorMessage, type Catalog } from '../../i18n/index.js';

/** The form fields in the order they appear, which is the order "first invalid field" follows. */
export const INPUT_FIELDS: readonly InputField[] = ['name', 'email', 'lang', 'role'];

/** Per field: schema codes (`email_invalid`), a server's own sentence, or `already_invited`. */
export type FieldCodes = Partial<Record<InputField, readonly string[]>>;

/**
 * The complaints in a backend error that belong under a form field. "Already invited" is about
 * the email even when the backend sent it as a bare message; other codes stay in the dialog's
 * error region.
 */
export function fieldCodesOf(error: UsersError): FieldCodes {
  if (error.code === 'already_invited') return { email: ['already_invited'] };
  if (error.code !== 'validation') return {};
  const codes: FieldCodes = {};
  for (const field of INPUT_FIELDS) {
    const messages = error.fieldErrors?.[field];
    if (messages && messages.length > 0) codes[field] = messages;
  }
  return codes;
}

/** The sentence under a field for one of its codes, in the catalog's language where we have one. */
export function fieldMessage(code: string, t: Catalog): string {
  return code === 'already_invited' ? t.errors.already_invited : fieldErrorMessage(code, t);
}
