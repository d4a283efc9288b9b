import type { OfferedLanguage } from '../../../src/index.js';
import type { UsersEvent, UsersEventName } from '../../../src/events.js';

/**
 * What the React and Vue hosts share that is not about the framework: the language menu and the
 * one-line summary of an event for their "Events the host received" log.
 */

/** The portal's four languages, each named in itself. */
export const LANGUAGES: Readonly<Record<OfferedLanguage, string>> = {
  en: 'English',
  de: 'Deutsch',
  zh: '中文',
  ru: 'Русский',
};

/**
 * `user-invited · jane@example.com`, `token-deleted · CI token`, `users-error · rate_limited (inviteUser)`,
 * `view-change · page 2, "ada"`.
 */
export function summarize(event: UsersEvent<UsersEventName>): string {
  const detail = event.detail;
  let subject: string;
  if ('user' in detail) subject = detail.user.email;
  else if ('token' in detail) subject = detail.token.name;
  else if ('error' in detail) subject = `${detail.error.code} (${detail.action})`;
  else if ('view' in detail)
    subject = `page ${detail.view.page}${detail.view.search ? `, "${detail.view.search}"` : ''}`;
  else subject = detail.action;
  return `${event.type} · ${subject}`;
}
