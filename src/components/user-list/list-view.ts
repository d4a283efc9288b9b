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
import {
  isRememberMode,
  readStoredView,
  readUrlView,
  writeStoredView,
  writeUrlView,
  type ListViewState,
  type RememberMode,
} from './view-store.js';

/**
 * The search runs when typing pauses this long, where each query costs a request. An adapter that
 * answers from memory (`searchesLocally`) is asked on every keystroke: a 250 ms wait there would be
 * the whole of what the user waits for.
 */
export const SEARCH_DEBOUNCE_MS = 250;

/** The element the view belongs to: its public page size and where it keeps the view. */
export interface ListViewHost extends ReactiveControllerHost, EventTarget {
  readonly effectiveAdapter: { readonly searchesLocally?: boolean } | undefined;
  pageSize: number;
  storageKey: string;
  remember: RememberMode;
  urlParam: string;
}

/**
 * What the list is looking at, and every way the user changes it: the page, the page size (the
 * element's `pageSize`), the search box and the search it applies after a pause, the filters and
 * the sort. The host loads whatever `query` says after each update.
 *
 * Every change the user makes is kept where the host's `remember` says (the page size in storage,
 * the whole view in storage or in the URL) and announced as `view-change`, so a host with its own
 * router can keep it anywhere and give it back through `state = …`.
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
  /** Where the kept view was last read from; another place is read again. */
  private readFrom?: string;

  constructor(host: ListViewHost) {
    this.host = host;
    host.addController(this);
  }

  /** The view as a host keeps it. */
  get state(): ListViewState {
    const { search, filters, sort, page } = this;
    const pageSize = isPageSize(this.host.pageSize) ? this.host.pageSize : nearestPageSize(this.host.pageSize);
    return { search, filters, sort, page, pageSize };
  }

  /** Puts a kept view back (not a change of the user's: nothing is written or announced). */
  set state(view: Partial<ListViewState>) {
    this.debounce.cancel();
    if (view.search !== undefined) this.searchText = this.search = view.search;
    if (view.filters) this.filters = { ...NO_FILTERS, ...view.filters };
    if (view.sort) this.sort = view.sort;
    if (view.page !== undefined) this.page = Math.max(1, Math.floor(view.page));
    if (view.pageSize !== undefined) this.host.pageSize = view.pageSize;
    this.host.requestUpdate();
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

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
  }

  hostUpdate(): void {
    const { host } = this;
    // What was kept wins over the initial attributes; read again when where it is kept changes.
    const from = `${this.mode}|${host.storageKey}|${host.urlParam}`;
    if (this.readFrom !== from) {
      this.readFrom = from;
      this.restore();
    }
    if (!isPageSize(host.pageSize)) {
      const size = nearestPageSize(host.pageSize);
      console.warn(`users-widget: <user-list> page size ${host.pageSize} is not offered; using ${size}.`);
      host.pageSize = size;
    }
  }

  hostDisconnected(): void {
    this.debounce.cancel();
    window.removeEventListener('popstate', this.onPopState);
  }

  private get mode(): RememberMode {
    return isRememberMode(this.host.remember) ? this.host.remember : 'page-size';
  }

  private restore(): void {
    const { host } = this;
    if (this.mode === 'none') return;
    const size = readPageSize(host.storageKey);
    if (size !== undefined) host.pageSize = size;
    const kept =
      this.mode === 'storage'
        ? readStoredView(host.storageKey)
        : this.mode === 'url'
          ? readUrlView(host.urlParam)
          : undefined;
    if (kept) this.state = kept;
  }

  /** Back and Forward in url mode: the list shows the view that entry holds. */
  private onPopState = (): void => {
    if (this.mode !== 'url') return;
    this.state = { search: '', filters: NO_FILTERS, sort: DEFAULT_SORT, page: 1, ...readUrlView(this.host.urlParam) };
  };

  /** After each change the user made: kept, then announced. */
  private keep(): void {
    const { host } = this;
    const view = this.state;
    if (this.mode !== 'none') writePageSize(host.storageKey, view.pageSize);
    if (this.mode === 'storage') writeStoredView(host.storageKey, view);
    if (this.mode === 'url') writeUrlView(host.urlParam, view);
    host.dispatchEvent(new CustomEvent('view-change', { detail: { view }, bubbles: true, composed: true }));
  }

  typeSearch(text: string): void {
    this.searchText = text;
    this.host.requestUpdate();
    const local = this.host.effectiveAdapter?.searchesLocally === true;
    this.debounce.schedule(() => this.applySearch(), local ? 0 : SEARCH_DEBOUNCE_MS);
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
    this.keep();
    this.host.requestUpdate();
  }
}
