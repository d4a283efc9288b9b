export const PAGE_SIZES = [10, 25, 50] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export function isPageSize(value: unknown): value is PageSize {
  return (PAGE_SIZES as readonly unknown[]).includes(value);
}

export interface PageSlice<T> {
  readonly items: readonly T[];
  /** Zero-based, clamped to the pages that exist (a deletion can empty the last page). */
  readonly index: number;
  readonly pages: number;
  /** One-based positions of the first and last item shown; 0 and 0 when there are none. */
  readonly from: number;
  readonly to: number;
  readonly total: number;
}

export function pageSlice<T>(items: readonly T[], index: number, size: number): PageSlice<T> {
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / size));
  const clamped = Math.min(Math.max(0, index), pages - 1);
  const start = clamped * size;
  const shown = items.slice(start, start + size);
  return {
    items: shown,
    index: clamped,
    pages,
    from: shown.length ? start + 1 : 0,
    to: start + shown.length,
    total,
  };
}
