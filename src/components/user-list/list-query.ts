import type {
  Language,
  RoleId,
  SortDirection,
  UserFilters,
  UserQuery,
  UserSortField,
  UserStatus,
} from '../../core/index.js';

/**
 * What the list is looking at: the page, search, filters and sort the user chose, and how that
 * becomes the adapter's `UserQuery`. Pure functions, so the element only holds state.
 */

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 10;

export interface ListFilters {
  readonly roles: readonly RoleId[];
  readonly languages: readonly Language[];
  readonly status?: UserStatus;
  readonly twoFa?: boolean;
}

export const NO_FILTERS: ListFilters = { roles: [], languages: [] };

export interface ListSort {
  readonly field: UserSortField;
  readonly direction: SortDirection;
}

/** The portal's order: by ID, oldest first. */
export const DEFAULT_SORT: ListSort = { field: 'id', direction: 'asc' };

export interface ListView {
  /** 1-based. */
  readonly page: number;
  readonly pageSize: number;
  /** The search text as applied (debounced, trimmed). */
  readonly search: string;
  readonly filters: ListFilters;
  readonly sort: ListSort;
}

export function isPageSize(value: unknown): value is PageSize {
  return (PAGE_SIZES as readonly unknown[]).includes(value);
}

/** The offered size nearest to `value`: a host's `page-size="20"` becomes 25 rather than breaking the select. */
export function nearestPageSize(value: number): PageSize {
  if (!Number.isFinite(value)) return DEFAULT_PAGE_SIZE;
  return PAGE_SIZES.reduce((best, size) => (Math.abs(size - value) < Math.abs(best - value) ? size : best));
}

export function hasSearchOrFilters(view: Pick<ListView, 'search' | 'filters'>): boolean {
  const { filters } = view;
  return (
    view.search !== '' ||
    filters.roles.length > 0 ||
    filters.languages.length > 0 ||
    filters.status !== undefined ||
    filters.twoFa !== undefined
  );
}

export function toUserQuery(view: ListView): UserQuery {
  const filters: UserFilters = {
    ...(view.filters.roles.length ? { roles: view.filters.roles } : {}),
    ...(view.filters.languages.length ? { languages: view.filters.languages } : {}),
    ...(view.filters.status !== undefined ? { status: view.filters.status } : {}),
    ...(view.filters.twoFa !== undefined ? { twoFa: view.filters.twoFa } : {}),
  };
  return {
    offset: (view.page - 1) * view.pageSize,
    limit: view.pageSize,
    ...(view.search ? { search: view.search } : {}),
    ...(Object.keys(filters).length ? { filters } : {}),
    sort: view.sort,
  };
}

/** A header click: a new column sorts ascending, the current one flips direction. */
export function nextSort(current: ListSort, field: UserSortField): ListSort {
  if (current.field !== field) return { field, direction: 'asc' };
  return { field, direction: current.direction === 'asc' ? 'desc' : 'asc' };
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
