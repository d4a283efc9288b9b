import type { OfferedLanguage } from '../core/index.js';
import type { Catalog } from './catalogs/en/index.js';
import { englishCatalog } from './english.js';

/**
 * English is bundled (its first-paint part: english.ts); the other languages are split out by the
 * bundler through these dynamic imports and fetched the first time an element needs them.
 */
const loaders: Record<Exclude<OfferedLanguage, 'en'>, () => Promise<Catalog>> = {
  de: () => import('./catalogs/de/index.js').then((module) => module.de),
  zh: () => import('./catalogs/zh/index.js').then((module) => module.zh),
  ru: () => import('./catalogs/ru/index.js').then((module) => module.ru),
};

const loaded = new Map<Exclude<OfferedLanguage, 'en'>, Catalog>();
const pending = new Map<OfferedLanguage, Promise<Catalog>>();

/** The catalog if it is already here, so a render never waits for it. */
export function loadedCatalog(lang: OfferedLanguage): Catalog | undefined {
  return lang === 'en' ? englishCatalog() : loaded.get(lang);
}

/** Loads once per language however many elements ask; a failed load falls back to English. */
export function loadCatalog(lang: OfferedLanguage): Promise<Catalog> {
  if (lang === 'en') return Promise.resolve(englishCatalog());
  const ready = loaded.get(lang);
  if (ready) return Promise.resolve(ready);
  let promise = pending.get(lang);
  if (!promise) {
    promise = loaders[lang]()
      .then((catalog) => {
        loaded.set(lang, catalog);
        return catalog;
      })
      .catch((error: unknown) => {
        // A missing chunk (e.g. an offline deploy) must not leave the widget blank.
        console.warn(`users-widget: could not load the "${lang}" catalog; showing English.`, error);
        pending.delete(lang);
        return englishCatalog();
      });
    pending.set(lang, promise);
  }
  return promise;
}
