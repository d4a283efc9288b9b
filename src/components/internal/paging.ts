/**
 * Page arithmetic both lists share: the offered sizes, pages counted from 1, the window of page
 * links, and keeping the first row in view when the size changes.
 */

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 10;

export function isPageSize(value: unknown): value is PageSize {
  return (PAGE_SIZES as readonly unknown[]).includes(value);
}

/** The offered size nearest to `value`: a host's `page-size="20"` becomes 25 rather than breaking the select. */
export function nearestPageSize(value: number): PageSize {
  if (!Number.isFinite(value)) return DEFAULT_PAGE_SIZE;
  return PAGE_SIZES.reduce((best, size) => (Math.abs(size - value) < Math.abs(best - value) ? size : best));
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The page that shows the first row of the current one after the page size changes. */
export function pageKeepingFirstRow(page: number, oldSize: number, newSize: number): number {
  return Math.floor(((page - 1) * oldSize) / newSize) + 1;
}

export type PageLink = number | 'gap';

/**
 * The page buttons to show: first, last, and a window around the current page, with gaps
 * between. Always at most 7 entries, so 10,000 pages fit as well as 3.
 */
export function pageLinks(current: number, count: number): PageLink[] {
  if (count <= 7) return Array.from({ length: count }, (_, index) => index + 1);
  if (current <= 4) return [1, 2, 3, 4, 5, 'gap', count];
  if (current >= count - 3) return [1, 'gap', count - 4, count - 3, count - 2, count - 1, count];
  return [1, 'gap', current - 1, current, current + 1, 'gap', count];
}

export interface PageSlice<T> {
  readonly items: readonly T[];
  /** 1-based, clamped to the pages that exist (a deletion can empty the last page). */
  readonly page: number;
  readonly pages: number;
  /** 1-based positions of the first and last item shown; 0 and 0 when there are none. */
  readonly from: number;
  readonly to: number;
  readonly total: number;
}

/** One page of a list held whole (the token list: an account has at most 100 tokens). */
export function pageSlice<T>(items: readonly T[], page: number, size: number): PageSlice<T> {
  const total = items.length;
  const pages = pageCount(total, size);
  const clamped = Math.min(Math.max(1, page), pages);
  const start = (clamped - 1) * size;
  const shown = items.slice(start, start + size);
  return { items: shown, page: clamped, pages, from: shown.length ? start + 1 : 0, to: start + shown.length, total };
}
