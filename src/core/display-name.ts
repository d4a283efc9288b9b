import type { User } from './types.js';

/**
 * How a person is named in sentences, labels and accessible names ("User Ada King was updated",
 * "Actions for Ada King"): their name, or their email when they gave none. The one meaning of
 * "display name" in the widget; where two people must be told apart, `personLabel` (i18n) adds the email.
 */
export function displayName(person: Pick<User, 'name' | 'email'>): string {
  return person.name?.trim() || person.email;
}
