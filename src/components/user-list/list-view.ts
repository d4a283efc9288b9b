import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SortDirection, UserQuery, UserSortField } from '../../core/index.js';
import { Debouncer } from './debouncer.js';
import { isPageSize, nearestPageSize, pageCount, pageKeepingFirstRow, type PageSize } from '../internal/paging.js';
import {
  DEFAULT_SORT,
  NO_FILTERS,
  hasSearchOrFilters,
  nextSort,
  toUserQuery,
  type ListFilters,
  type ListSort,
  type ListView,
} from './list-query.js';
import { readPageSize, writePageSize } from './page-size-storage.js';

/** The search runs when typing pauses this long. */
export const SEARCH_DEBOUNCE_MS = 250;

/** The element the view belongs to: its public page size and the key that remembers it. */
export interface ListViewHost extends ReactiveControllerHost {
  pageSize: number;
  storageKey: string;
}

/**
 * What the list is looking at, and every way the user changes it: the page, the page size (the
 * element's `pageSize`, remembered under `storageKey`), the search box and the search it applies
 * after a pause, the filters and the sort. The host loads whatever `query` says after each update.
 */
export class ListViewController implements ReactiveController {
  page = 1;
  /** What the search box shows; `search` follows it after a pause. */
  searchText = '';
  search = '';
  filters: ListFilters = NO_FILTERS;
  sort: ListSort = DEFAULT_SORT;

  private readonly host: ListViewHost;
  private readonly debounce = new Debouncer(SEARCH_DEBOUNCE_MS);
  private readKey?: string;

  constructor(host: ListViewHost) {
    this.host = host;
    host.addController(this);
  }

  get view(): ListView {
    const { page, search, filters, sort } = this;
    return { page, pageSize: this.host.pageSize, search, filters, sort };
  }

  get query(): UserQuery {
    return toUserQuery(this.view);
  }

  /** Search or filters narrow the list (as applied, not as typed). */
  get narrowed(): boolean {
    return hasSearchOrFilters(this);
  }

  /** Something in the search box or the filters could be cleared. */
  get clearable(): boolean {
    return hasSearchOrFilters({ search: this.searchText.trim(), filters: this.filters });
  }

  hostUpdate(): void {
    const { host } = this;
    // The remembered size wins over the initial one, read again when the key changes.
    if (this.readKey !== host.storageKey) {
      this.readKey = host.storageKey;
      const stored = readPageSize(host.storageKey);
      if (stored !== undefined) host.pageSize = stored;
    }
    if (!isPageSize(host.pageSize)) {
      const size = nearestPageSize(host.pageSize);
      console.warn(`users-widget: <user-list> page size ${host.pageSize} is not offered; using ${size}.`);
      host.pageSize = size;
    }
  }

  hostDisconnected(): void {
    this.debounce.cancel();
  }

  typeSearch(text: string): void {
    this.searchText = text;
    this.host.requestUpdate();
    this.debounce.schedule(() => this.applySearch());
  }

  /** Applies what the box holds now (Enter, or the pause after typing). */
  applySearch(): void {
    this.debounce.cancel();
    const search = this.searchText.trim();
    if (search === this.search) return;
    this.search = search;
    this.change({ page: 1 });
  }

  setFilters(filters: ListFilters): void {
    this.filters = filters;
    this.change({ page: 1 });
  }

  clear(): void {
    this.debounce.cancel();
    this.searchText = '';
    this.search = '';
    this.filters = NO_FILTERS;
    this.change({ page: 1 });
  }

  /** A header click flips the current column; the card layout's select names the direction. */
  sortBy(field: UserSortField, direction?: SortDirection): void {
    this.sort = direction ? { field, direction } : nextSort(this.sort, field);
    this.change({ page: 1 });
  }

  goTo(page: number): void {
    this.change({ page });
  }

  setPageSize(size: PageSize): void {
    const page = pageKeepingFirstRow(this.page, this.host.pageSize, size);
    this.host.pageSize = size;
    writePageSize(this.host.storageKey, size);
    this.change({ page });
  }

  /** Another account: its first page. Not a change the user made. */
  restart(): void {
    this.page = 1;
  }

  /** The page emptied under us (its last user removed, the list shrank elsewhere): step back. */
  fitTo(total: number): void {
    const last = pageCount(total, this.host.pageSize);
    if (total > 0 && this.page > last) this.change({ page: last });
  }

  private change(patch: { page: number }): void {
    this.page = patch.page;
    this.host.requestUpdate();
  }
}
