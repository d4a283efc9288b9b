import { DEFAULT_LANGUAGE, isOfferedLanguage, type OfferedLanguage } from '../core/index.js';

/** 'de-DE' → 'de', 'ZH_hans' → 'zh'; anything without a catalog (including `az`) → 'en'. */
export function normalizeLanguage(tag: string | null | undefined): OfferedLanguage {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return isOfferedLanguage(primary) ? primary : DEFAULT_LANGUAGE;
}

/**
 * The `lang` in effect for `element`, as HTML defines it, except that it also crosses shadow
 * roots (a widget inside another component's shadow DOM follows that component's page).
 * `lang=""` means "unknown" in HTML, so it is skipped rather than treated as English.
 */
export function findLangAttribute(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const holder = node.closest('[lang]:not([lang=""])');
    if (holder) return holder.getAttribute('lang') ?? undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

export function resolveLanguage(element: Element): OfferedLanguage {
  return normalizeLanguage(findLangAttribute(element));
}

/** The element and every ancestor up to <html>, crossing shadow roots: whose `lang` we watch. */
export function ancestorsAcrossShadowRoots(element: Element): Element[] {
  const chain: Element[] = [];
  let node: Element | null = element;
  while (node) {
    chain.push(node);
    if (node.parentElement) {
      node = node.parentElement;
    } else {
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
  }
  return chain;
}
