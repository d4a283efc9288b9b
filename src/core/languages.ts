/**
 * Interface languages. The portal offers four; the API also knows `az`, which the widget accepts
 * from a server and shows, but never offers.
 */
export const OFFERED_LANGUAGES = ['en', 'de', 'zh', 'ru'] as const;
export const API_LANGUAGES = ['en', 'de', 'zh', 'ru', 'az'] as const;

export type OfferedLanguage = (typeof OFFERED_LANGUAGES)[number];
export type Language = (typeof API_LANGUAGES)[number];

export const DEFAULT_LANGUAGE: OfferedLanguage = 'en';

export function isLanguage(value: unknown): value is Language {
  return (API_LANGUAGES as readonly unknown[]).includes(value);
}

export function isOfferedLanguage(value: unknown): value is OfferedLanguage {
  return (OFFERED_LANGUAGES as readonly unknown[]).includes(value);
}
