import type { Catalog } from './catalogs/en/index.js';

/** Any subset of a catalog; a function can replace a string and vice versa only where the types agree. */
export type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** What a host may set on an element's `i18nOverrides` property to change any string. */
export type CatalogOverrides = DeepPartial<Catalog>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A new catalog with `overrides` laid over `base`, leaving both untouched. Values of the wrong
 * kind (a number, an object where a string belongs) are ignored with a warning: hosts' mistakes
 * must not break rendering.
 */
export function mergeCatalog<T extends object>(base: T, overrides: DeepPartial<T> | undefined): T {
  if (!overrides) return base;
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides)) {
    const current = merged[key];
    // A section that loads with the elements using it (English dialogs and tokens): overrides for
    // it apply once it is here, when the catalog is merged again.
    if (current === undefined && key in merged && isPlainObject(value)) continue;
    if (value === undefined || !(key in merged)) {
      if (value !== undefined) console.warn(`users-widget: unknown i18n key "${key}" ignored.`);
      continue;
    }
    if (isPlainObject(current) && isPlainObject(value)) {
      merged[key] = mergeCatalog(current, value as DeepPartial<typeof current>);
    } else if (typeof value === 'string' || typeof value === 'function') {
      if (isPlainObject(current)) console.warn(`users-widget: i18n key "${key}" expects an object; ignored.`);
      else merged[key] = value;
    } else {
      console.warn(`users-widget: i18n key "${key}" must be a string or a function; ignored.`);
    }
  }
  return merged as T;
}
