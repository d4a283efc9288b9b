import { isOfferedLanguage, isRoleId, type UserSortField } from '../../core/index.js';
import { DEFAULT_PAGE_SIZE, isPageSize, type PageSize } from '../internal/paging.js';
import { DEFAULT_SORT, NO_FILTERS, type ListFilters, type ListSort } from './list-query.js';
import { COLUMNS } from './user-table.js';

/**
 * What the user looks at, as a host may keep it across visits: the applied search, the filters,
 * the sort, the page and its size. `view-change` hands it out on every change; setting
 * `<user-list>.view` puts it back.
 */
export interface ListViewState {
  readonly search: string;
  readonly filters: ListFilters;
  readonly sort: ListSort;
  /** 1-based. */
  readonly page: number;
  readonly pageSize: PageSize;
}

/**
 * Where `<user-list>` keeps its view by itself (`remember`): `page-size` only the page size in
 * localStorage (the default), `storage` the whole view in localStorage, `url` the whole view in
 * the page's query string (shareable, survives a reload, follows Back and Forward), `none` nothing.
 */
export type RememberMode = 'page-size' | 'storage' | 'url' | 'none';

export const REMEMBER_MODES: readonly RememberMode[] = ['page-size', 'storage', 'url', 'none'];

export function isRememberMode(value: unknown): value is RememberMode {
  return (REMEMBER_MODES as readonly unknown[]).includes(value);
}

/**
 * The view as flat text fields, the same for the query string and storage: `q`, `roles` (ids),
 * `lang` (codes), `status`, `2fa` (`on`/`off`), `sort` (`field:asc|desc`), `page`, `size`.
 * Defaults are left out, so an untouched list adds nothing to the URL.
 */
export function toFields(view: ListViewState): Record<string, string> {
  const fields: Record<string, string> = {};
  if (view.search) fields['q'] = view.search;
  if (view.filters.roles.length) fields['roles'] = view.filters.roles.join(',');
  if (view.filters.languages.length) fields['lang'] = view.filters.languages.join(',');
  if (view.filters.status) fields['status'] = view.filters.status;
  if (view.filters.twoFa !== undefined) fields['2fa'] = view.filters.twoFa ? 'on' : 'off';
  if (view.sort.field !== DEFAULT_SORT.field || view.sort.direction !== DEFAULT_SORT.direction) {
    fields['sort'] = `${view.sort.field}:${view.sort.direction}`;
  }
  if (view.page > 1) fields['page'] = String(view.page);
  if (view.pageSize !== DEFAULT_PAGE_SIZE) fields['size'] = String(view.pageSize);
  return fields;
}

/**
 * Reads what `toFields` wrote, or anything a person typed into a URL: what can't be understood is
 * left at its default rather than trusted, so a hand-edited link never breaks the list.
 */
export function fromFields(get: (name: string) => string | null | undefined): Partial<ListViewState> {
  const view: { -readonly [K in keyof ListViewState]?: ListViewState[K] } = {};
  const list = (name: string) => (get(name) ?? '').split(',').filter(Boolean);
  const filters: { -readonly [K in keyof ListFilters]: ListFilters[K] } = { ...NO_FILTERS };
  filters.roles = [...new Set(list('roles').map(Number).filter(isRoleId))];
  filters.languages = [...new Set(list('lang').filter(isOfferedLanguage))];
  const status = get('status');
  if (status === 'activated' || status === 'not_activated') filters.status = status;
  const twoFa = get('2fa');
  if (twoFa === 'on' || twoFa === 'off') filters.twoFa = twoFa === 'on';
  view.filters = filters;
  const search = get('q')?.trim();
  if (search) view.search = search.slice(0, 200);
  const [field, direction] = (get('sort') ?? '').split(':');
  if ((COLUMNS as readonly string[]).includes(field ?? '') && (direction === 'asc' || direction === 'desc')) {
    view.sort = { field: field as UserSortField, direction };
  }
  const page = Number(get('page'));
  if (Number.isInteger(page) && page >= 1) view.page = page;
  const size = Number(get('size'));
  if (isPageSize(size)) view.pageSize = size;
  return view;
}

/** Storage can be missing, disabled or throw on any access (sandboxed frames): then nothing is kept. */
function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export function readStoredView(key: string): Partial<ListViewState> | undefined {
  try {
    const raw = key ? storage()?.getItem(`${key}:view`) : undefined;
    if (!raw) return undefined;
    const fields = JSON.parse(raw) as unknown;
    if (typeof fields !== 'object' || fields === null) return undefined;
    const record = fields as Record<string, unknown>;
    return fromFields((name) => (typeof record[name] === 'string' ? (record[name] as string) : undefined));
  } catch {
    return undefined;
  }
}

export function writeStoredView(key: string, view: ListViewState): void {
  if (!key) return;
  try {
    storage()?.setItem(`${key}:view`, JSON.stringify(toFields(view)));
  } catch {
    // Quota or privacy mode: remembering is a convenience, not worth an error.
  }
}

/** The view in the page's query string, each field prefixed (`users-q`, `users-sort`…). */
export function readUrlView(param: string): Partial<ListViewState> | undefined {
  if (typeof location === 'undefined') return undefined;
  const params = new URLSearchParams(location.search);
  const prefix = `${param}-`;
  if (![...params.keys()].some((name) => name.startsWith(prefix))) return undefined;
  return fromFields((name) => params.get(prefix + name));
}

/** Replaces (never pushes) the history entry: paging through a list is not a trail of pages to go Back through. */
export function writeUrlView(param: string, view: ListViewState): void {
  if (typeof location === 'undefined' || typeof history === 'undefined') return;
  const url = new URL(location.href);
  const prefix = `${param}-`;
  for (const name of [...url.searchParams.keys()]) if (name.startsWith(prefix)) url.searchParams.delete(name);
  for (const [name, value] of Object.entries(toFields(view))) url.searchParams.set(prefix + name, value);
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}
