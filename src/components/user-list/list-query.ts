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
