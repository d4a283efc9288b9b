import { getRole, type RoleId, type User } from '../core/index.js';
import type { Catalog } from './catalogs/en/index.js';

/**
 * Intl formatting keyed by the UI language (`this.i18n.lang`). Formatters are costly to build and
 * a table formats hundreds of cells, so each (language, options) pair is built once.
 */

const cache = new Map<string, unknown>();

function cached<T>(kind: string, lang: string, options: object | undefined, build: () => T): T {
  const key = `${kind}|${lang}|${JSON.stringify(options ?? {})}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = build();
    cache.set(key, formatter);
  }
  return formatter;
}

export type DateInput = Date | string | number;

function toDate(value: DateInput): Date {
  return value instanceof Date ? value : new Date(value);
}

export function formatNumber(value: number, lang: string, options?: Intl.NumberFormatOptions): string {
  return cached('number', lang, options, () => new Intl.NumberFormat(lang, options)).format(value);
}

/** A date alone, e.g. "27 Nov 2026". Unparseable input comes back as given, not "Invalid Date". */
export function formatDate(
  value: DateInput,
  lang: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return cached('date', lang, options, () => new Intl.DateTimeFormat(lang, options)).format(date);
}

export function formatDateTime(value: DateInput, lang: string): string {
  return formatDate(value, lang, { dateStyle: 'medium', timeStyle: 'short' });
}

const RELATIVE_UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "3 days ago", "in 2 hours", "yesterday": the largest unit that fits. `now` is a parameter for tests. */
export function formatRelativeTime(value: DateInput, lang: string, now: DateInput = Date.now()): string {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const seconds = (date.getTime() - toDate(now).getTime()) / 1000;
  const formatter = cached('relative', lang, undefined, () => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }));
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') return formatter.format(Math.round(seconds / size), unit);
  }
  return formatter.format(0, 'second');
}

/**
 * The full name of language `code` in the UI language ("Deutsch" for de in de, "German" in en).
 * Falls back to the catalog's name where Intl.DisplayNames is missing or has no name for it.
 */
export function languageName(code: string, uiLang: string, t?: Catalog): string {
  const fromCatalog = (t?.common.languages as Record<string, string> | undefined)?.[code];
  try {
    const names = cached('language', uiLang, undefined, () => new Intl.DisplayNames([uiLang], { type: 'language' }));
    const name = names.of(code);
    if (name && name !== code) return capitalize(name, uiLang);
  } catch {
    // Old engines without DisplayNames, or an invalid code: the catalog answers.
  }
  return fromCatalog ?? code;
}

/** Intl gives "русский"; a name standing alone in a list or a cell starts with a capital. */
function capitalize(text: string, lang: string): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

export function roleLabel(roleId: RoleId, t: Catalog): string {
  return t.roles[getRole(roleId).key].label;
}

export function roleDescription(roleId: RoleId, t: Catalog): string {
  return t.roles[getRole(roleId).key].description;
}

/**
 * A person named so two of them can't be confused ("Ada King (ada@example.com)", in the language's
 * punctuation), for choices such as a filter of issuers; the email alone when there is no name.
 * Sentences name people by `displayName` (core).
 */
export function personLabel(person: Pick<User, 'name' | 'email'>, t: Catalog): string {
  const name = person.name?.trim();
  return name ? t.common.nameAndEmail({ name, email: person.email }) : person.email;
}
