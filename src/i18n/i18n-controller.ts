import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OfferedLanguage } from '../core/index.js';
import { loadCatalog, loadedCatalog } from './catalog-loader.js';
import { mergeCatalog, type CatalogOverrides } from './catalog-overrides.js';
import type { Catalog } from './catalogs/en/index.js';
import { englishCatalog } from './english.js';
import { ancestorsAcrossShadowRoots, resolveLanguage } from './resolve-language.js';

/**
 * Gives an element its messages: `this.i18n.t.common.cancel`, and `this.i18n.lang` for Intl.
 *
 * The language follows the nearest `lang` attribute (the element's, an ancestor's across shadow
 * roots, <html>'s), like text does in HTML, so a host sets it once for the page or per element and
 * can change it at runtime. English renders until another language's catalog has arrived.
 */
export class I18nController implements ReactiveController {
  /** The language in use: one of the four with a catalog, never a raw attribute value. */
  lang: OfferedLanguage = 'en';

  private readonly host: ReactiveControllerHost & Element;
  private readonly getOverrides: () => CatalogOverrides | undefined;
  private observer?: MutationObserver;
  private merged?: { base: Catalog; overrides: CatalogOverrides | undefined; catalog: Catalog };

  constructor(
    host: ReactiveControllerHost & Element,
    getOverrides: () => CatalogOverrides | undefined = () => undefined,
  ) {
    this.host = host;
    this.getOverrides = getOverrides;
    host.addController(this);
  }

  /** The catalog for `lang` with the host's overrides laid over it; merged again only when either changes. */
  get t(): Catalog {
    const base = loadedCatalog(this.lang) ?? englishCatalog();
    const overrides = this.getOverrides();
    const merged = this.merged;
    if (merged && merged.base === base && merged.overrides === overrides) return merged.catalog;
    const catalog = mergeCatalog<Catalog>(base, overrides);
    this.merged = { base, overrides, catalog };
    return catalog;
  }

  hostConnected(): void {
    this.watchLangAttributes();
    this.update();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /**
   * Watches `lang` on the element and each ancestor, because the ancestor chain is fixed while
   * connected (moving the element disconnects and reconnects it, which rebuilds the watch).
   */
  private watchLangAttributes(): void {
    this.observer?.disconnect();
    this.observer = new MutationObserver(() => this.update());
    for (const node of ancestorsAcrossShadowRoots(this.host)) {
      this.observer.observe(node, { attributes: true, attributeFilter: ['lang'] });
    }
  }

  private update(): void {
    const lang = resolveLanguage(this.host);
    if (lang !== this.lang) {
      this.lang = lang;
      this.host.requestUpdate();
    }
    if (!loadedCatalog(lang)) {
      void loadCatalog(lang).then(() => {
        if (this.lang === lang) this.host.requestUpdate();
      });
    }
  }
}
