import type { Catalog } from './catalogs/en/index.js';
import { firstPaint } from './catalogs/en/first-paint.js';

type LaterSections = Pick<Catalog, 'dialogs' | 'tokens' | 'bulk'>;

/**
 * The English catalog as far as it has loaded: the first paint's sections at once, the dialogs'
 * and token list's once their elements load. Each addition is a new object, so a catalog merged
 * with a host's overrides is merged again.
 */
let english = { ...firstPaint, dialogs: undefined, tokens: undefined, bulk: undefined } as unknown as Catalog;

export function englishCatalog(): Catalog {
  return english;
}

/** Called by the module of the elements that need these sections, before any of them renders. */
export function addEnglishSections(sections: LaterSections): void {
  english = { ...english, ...sections };
}
