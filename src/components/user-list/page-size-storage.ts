import { isPageSize, type PageSize } from '../internal/paging.js';

/**
 * Remembers the chosen page size across visits. Storage can be missing (Node), disabled by the
 * browser's privacy settings, full, or throw on any access (sandboxed iframes): the list then simply
 * starts from its default, so every access is guarded and failures are ignored.
 */

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The remembered size, or undefined when none, when it is not an offered size, or when storage fails. */
export function readPageSize(key: string): PageSize | undefined {
  if (!key) return undefined;
  try {
    const value = Number(storage()?.getItem(key));
    return isPageSize(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function writePageSize(key: string, size: PageSize): void {
  if (!key) return;
  try {
    storage()?.setItem(key, String(size));
  } catch {
    // Quota or privacy mode: remembering is a convenience, not worth an error.
  }
}
