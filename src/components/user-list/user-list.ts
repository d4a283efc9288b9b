import { ContextProvider } from '@lit/context';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { UsersAdapter } from '../../adapters/users-adapter.js';
import { isAdmin, mayInvite, type UserQuery } from '../../core/index.js';
import { errorMessage } from '../../i18n/index.js';
import {
  LoadTask,
  RowProblemReporter,
  SessionController,
  adapterContext,
  reportUsersError,
  sessionContext,
} from '../../state/index.js';
import { Announcer } from '../internal/announcer.js';
import { UsersElement } from '../internal/users-element.js';
import { loadWhenIdle, prefetch } from '../lazy-elements.js';
import { prefetchForRowMenu } from './dialogs.js';
import { BulkController } from './bulk/bulk-controller.js';
import { isSelected } from './bulk/selection.js';
import { renderDialogs, renderFooter, renderHeader } from './list-frame.js';
import { ListActionsController } from './list-actions.js';
import { DEFAULT_PAGE_SIZE } from '../internal/paging.js';
import { listState, type ListState } from './list-state.js';
import { ListViewController } from './list-view.js';
import type { ListViewState, RememberMode } from './view-store.js';
import { renderUserFilters } from './user-filters.js';
import { userListSheets } from './user-list.styles.js';
import { renderCardSort, renderUserTable } from './user-table.js';
import { defineElement } from '../internal/define-element.js';

export const DEFAULT_STORAGE_KEY = 'users-widget:page-size';

/**
 * The Users section of an account: search, filters, a sortable and paged table of the account's
 * users, and, for the actions the signed-in user may take, the "Invite user" button and each row's
 * "⋯" menu (Edit, Resend invite, Delete), which open `<invite-dialog>`, `<edit-user>` and
 * `<delete-confirm>`. After any change the page and the session's account facts reload, and the
 * outcome is announced.
 *
 * It provides its adapter (`adapterContext`) and the session it loaded (`sessionContext`) to the
 * elements inside it, so the dialogs neither need an adapter of their own nor load the session
 * again. Only the visible page is ever requested and rendered.
 *
 * The language follows the nearest `lang` attribute (the element's own or an ancestor's).
 *
 * @summary The Users section: list, search, filter, sort, page, invite, edit, resend, remove.
 *
 * @event user-invited - From the invite dialog: `{ user, outcome }`.
 * @event user-updated - From the edit dialog: `{ user, changed }`.
 * @event user-removed - From the delete confirmation: `{ user }`.
 * @event user-remove-request - From the delete confirmation, cancelable, before the removal is sent.
 * @fires invite-resent - The invitation was sent again: `{ user }`.
 * @fires users-error - Loading or resending failed (the UI shows it too): `{ error, action }`. Also, once,
 *   users listed whose role (or another field) could not be read (`'listUsers'`, code `bad_response`).
 * @fires view-change - The user changed the search, a filter, the sort, the page or its size: `{ view }`.
 * @event bulk-action-request - Cancelable, before an action on many users (or an export) is sent: `{ action, role?, users, skipped }`.
 * @event bulk-action-done - After it: `{ action, role?, outcomes, skipped, exported? }`.
 *
 * @csspart header - The heading row with the invite button.
 * @csspart heading - The "Users" heading.
 * @csspart invite-button - "Invite user" (Administrators only).
 * @csspart notice - The announcement after a change, floating over the top of the panel; also `success-notice` or `error-notice`.
 * @csspart notice-dismiss - The button that closes the announcement (a success also goes by itself).
 * @csspart panel - The box holding filters, table and footer.
 * @csspart filters - The search and filter bar.
 * @csspart search - The search field wrapper; `search-input` is the input.
 * @csspart filter - Each filter; `roles-filter`, `languages-filter` for the multi-selects.
 * @csspart filter-button - The button of a multi-select filter.
 * @csspart filter-panel - The popup of a multi-select filter.
 * @csspart filter-option - A checkbox line in a multi-select filter.
 * @csspart filter-select - The select of the Status and Two-factor filters.
 * @csspart clear-button - "Clear filters".
 * @csspart table - The table.
 * @csspart head - The table head; `header-row`, `header-cell` inside.
 * @csspart sort-button - The button in each column header.
 * @csspart body - The table body.
 * @csspart row - Each user row; also `new-row` for a user just invited, `skeleton-row` while loading.
 * @csspart cell - Each cell.
 * @csspart badge - The "You" (`you-badge`) and "New" (`new-badge`) badges.
 * @csspart row-menu - A row's menu element; `row-menu-button`, `row-menu-list`, `row-menu-item`,
 *   `row-menu-danger-item` inside it.
 * @csspart load-error - The error shown when the users can't be loaded, with `retry-button`.
 * @csspart footer - Pager, page size and summary.
 * @csspart pager - The page navigation; `page-button`, `previous-button`, `next-button`, `current-page`.
 * @csspart page-size - The page size label and select (`page-size-select`).
 * @csspart summary - "Showing 1–10 of 57 entries", or the reason there are no rows.
 * @csspart export-button - "Export CSV" in the heading row: everything matching the search and filters.
 * @csspart row-checkbox - A row's checkbox (Administrators); `page-checkbox` the header's, for the page.
 * @csspart bulk-bar - The bar while users are ticked: `selection-count`, `select-all-matching-button`,
 *   `clear-selection-button`, and a `bulk-button` per action.
 * @csspart invite-dialog-* - Each part of the embedded `<invite-dialog>`, prefixed: `invite-dialog-input`, `invite-dialog-submit-button`…
 * @csspart edit-user-* - Each part of the embedded `<edit-user>`, prefixed: `edit-user-save-button`…
 * @csspart delete-confirm-* - Each part of the embedded `<delete-confirm>`, prefixed: `delete-confirm-delete-button`…
 *
 * @cssproperty --user-list-padding - Space around the section (default `--users-space-4`).
 * @cssproperty --user-list-background - Background of the section (default `--users-color-surface`).
 * @cssproperty --user-list-heading-size - Font size of the heading (default 1.75rem).
 * @cssproperty --user-list-panel-padding - Padding of the panel (default `--users-space-4`).
 * @cssproperty --user-list-panel-background - Background of the panel (default `--users-color-background`).
 * @cssproperty --user-list-table-font-size - Font size of the table (default 0.9375em).
 * @cssproperty --user-list-cell-padding - Padding of table cells (default `--users-space-3` `--users-space-2`).
 * @cssproperty --row-menu-button-size - Width and height of each row's "⋯" button (default 2rem).
 * @cssproperty --user-list-row-hover-background - Row background on hover (default `--users-color-surface`).
 * @cssproperty --user-list-new-row-background - Background of a user just invited (default `--users-color-surface`).
 */
export class UserList extends UsersElement {
  static override styles = userListSheets;

  /**
   * Rows per page: 10, 25, 50 or 100 (another number becomes the nearest of these). The user's own
   * choice, remembered under `storageKey`, wins over the initial value.
   */
  @property({ type: Number, attribute: 'page-size' }) pageSize: number = DEFAULT_PAGE_SIZE;

  /** The localStorage key remembering the page size (and, with `remember="storage"`, the view); empty to remember nothing. */
  @property({ attribute: 'storage-key' }) storageKey = DEFAULT_STORAGE_KEY;

  /**
   * Where the list keeps what the user looks at across reloads: `page-size` (the page size, in
   * localStorage), `storage` (search, filters, sort, page and size, in localStorage), `url` (the
   * same in the page's query string: shareable, and Back and Forward follow it) or `none`. A host
   * with its own router listens to `view-change` and sets `view` instead.
   */
  @property({ reflect: true }) remember: RememberMode = 'page-size';

  /** With `remember="url"`, the prefix of the query parameters (`users-q`, `users-sort`…). */
  @property({ attribute: 'url-param' }) urlParam = 'users';

  /** What the user looks at: search, filters, sort, page, page size. Set it to restore a kept view. */
  get view(): ListViewState {
    return this.viewController.state;
  }

  set view(view: Partial<ListViewState>) {
    this.viewController.state = view;
  }

  /** The phone layout's "Filters" fold is open. */
  @state() private filtersExpanded = false;

  @query('#heading') private heading?: HTMLElement;
  @query('#search') private searchInput?: HTMLInputElement;

  private readonly adapterProvider = new ContextProvider(this, { context: adapterContext, initialValue: undefined });
  private readonly sessionProvider = new ContextProvider(this, { context: sessionContext, initialValue: undefined });
  /** Added before the loads, so the page size is settled before the first query is read. */
  private readonly viewController = new ListViewController(this);
  private readonly session = new SessionController(this, { adapter: () => this.effectiveAdapter, useProvided: false });
  private readonly list = new LoadTask(this, {
    args: () => {
      const adapter = this.effectiveAdapter;
      return adapter ? { adapter, query: this.viewController.query } : undefined;
    },
    task: ({ adapter, query }: { adapter: UsersAdapter; query: UserQuery }, signal) => adapter.listUsers(query, signal),
    action: 'listUsers',
    onComplete: (page, { adapter }) => {
      this.viewController.fitTo(page.total);
      // Rows shown without a field the adapter could not read: a host's log hears of them once.
      const unreadable = this.rowProblems.report(adapter, page.problems, 'user list');
      if (unreadable) reportUsersError(this, unreadable, 'listUsers');
    },
  });
  private readonly rowProblems = new RowProblemReporter();
  private readonly announcer = new Announcer(this);
  private readonly actions = new ListActionsController(this, {
    session: () => this.session.state,
    announcer: this.announcer,
    refresh: () => this.refresh(),
    fallbackFocus: () => this.heading,
  });
  private readonly bulk = new BulkController(this, {
    session: () => this.session.state,
    query: () => {
      const { search, filters, sort } = this.viewController.query;
      return { ...(search ? { search } : {}), ...(filters ? { filters } : {}), ...(sort ? { sort } : {}) };
    },
    announcer: this.announcer,
    refresh: () => this.refresh(),
    openRemoval: (user, trigger) => this.actions.rowAction('delete', user, trigger),
  });
  /** The query the pinned users were invited under; another one unpins them. */
  private pinnedFor?: string;

  /** Reloads the current page and the session's account facts, e.g. after a change made elsewhere. */
  async refresh(): Promise<void> {
    await Promise.all([this.list.run(), this.session.reload()]);
  }

  protected override willUpdate(changed: PropertyValues): void {
    const adapterChanged = this.adapterChanged(changed);
    if (adapterChanged) {
      // Another adapter is another account: its first page, without this one's new users.
      if (this.hasUpdated) this.viewController.restart();
      this.adapterProvider.setValue(this.adapter ?? this.contextAdapter);
    }
    const viewKey = JSON.stringify(this.viewController.query);
    if (adapterChanged || viewKey !== this.pinnedFor) {
      this.pinnedFor = viewKey;
      this.actions.unpin();
    }
    this.bulk.selection.follow(this.viewController.search, this.viewController.filters);
    // Providers notify only on a new identity; each load hands out a new object.
    const sessionState = this.session.state;
    if (this.sessionProvider.value !== sessionState) this.sessionProvider.setValue(sessionState);
  }

  protected override firstUpdated(): void {
    // The dialogs are not part of the first paint; fetched when the page is idle after it, they
    // open at once later. Hovering or focusing a trigger fetches its dialog sooner.
    loadWhenIdle(['invite-dialog', 'edit-user', 'delete-confirm']);
  }

  protected override render() {
    const t = this.i18n.t;
    const sessionState = this.session.state;
    const answer = this.list.value;
    const state = listState({
      answer: answer && { page: answer, query: this.list.valueArgs!.query },
      session: sessionState,
      listError: this.list.error,
      sessionError: this.session.error,
      pinned: this.actions.pinned,
      narrowed: this.viewController.narrowed,
    });
    const admin = sessionState !== undefined && isAdmin(sessionState.session);
    return html`
      ${renderHeader({
        t,
        canInvite: sessionState !== undefined && mayInvite(sessionState.session).allowed,
        canExport: state.kind === 'rows',
        onInvite: this.onInviteClick,
        onPrefetchInvite: () => prefetch('invite-dialog'),
        onExport: (event) => void this.bulk.run('export', event.currentTarget as HTMLElement),
      })}
      ${this.announcer.renderNotice({ dismissLabel: t.common.dismiss })}
      <div
        class="panel"
        part="panel"
        @pointerover=${prefetchForRowMenu}
        @focusin=${prefetchForRowMenu}
        aria-busy=${this.list.pending || state.kind === 'loading' ? 'true' : 'false'}
      >
        ${renderUserFilters({
          t,
          lang: this.i18n.lang,
          searchText: this.viewController.searchText,
          filters: this.viewController.filters,
          // With nothing to list, the empty state's own "Clear filters" is the one to press.
          showClear: this.viewController.clearable && !(state.kind === 'empty' && state.narrowed),
          expanded: this.filtersExpanded,
          onToggleExpanded: () => (this.filtersExpanded = !this.filtersExpanded),
          cardSort: renderCardSort({
            t,
            sort: this.viewController.sort,
            onSort: (field, direction) => this.viewController.sortBy(field, direction),
          }),
          onSearchInput: (text) => this.viewController.typeSearch(text),
          onSearchSubmit: () => this.viewController.applySearch(),
          onFiltersChange: (filters) => this.viewController.setFilters(filters),
          onClear: this.clearFilters,
        })}
        ${admin ? this.bulk.renderBar(state, this.viewController) : nothing} ${this.renderBody(state, admin)}
        ${renderFooter({
          t,
          lang: this.i18n.lang,
          state,
          page: this.viewController.page,
          pageSize: this.pageSize,
          onPage: (page) => this.viewController.goTo(page),
          onPageSize: (size) => this.viewController.setPageSize(size),
          onClear: this.clearFilters,
        })}
      </div>
      ${renderDialogs({ theme: this.theme, overrides: this.i18nOverrides })}
    `;
  }

  private renderBody(state: ListState, admin: boolean) {
    const t = this.i18n.t;
    if (state.kind === 'error') {
      return html`<div class="load-error" part="load-error" role="alert">
        <p><strong>${t.userList.states.loadFailed}</strong> ${errorMessage(state.error, t, state.action)}</p>
        <button class="button" part="retry-button" type="button" @click=${this.onRetry}>${t.common.tryAgain}</button>
      </div>`;
    }
    if (state.kind === 'empty') return nothing;
    const loading = state.kind === 'loading';
    return renderUserTable({
      t,
      lang: this.i18n.lang,
      pinned: loading ? [] : state.pinned,
      rows: loading ? [] : state.rows,
      newIds: this.actions.newIds,
      session: loading ? undefined : state.session,
      sort: this.viewController.sort,
      busy: !loading && this.list.pending,
      skeletonRows: loading ? Math.min(this.pageSize, 10) : 0,
      onSort: (field, direction) => this.viewController.sortBy(field, direction),
      onAction: (action, user, menu) => void this.actions.rowAction(action, user, menu),
      selection: admin
        ? {
            isSelected: (id) => isSelected(this.bulk.selection.selection, id),
            onToggle: (users, on) => this.bulk.selection.toggle(users, on),
          }
        : undefined,
    });
  }

  private clearFilters = async (): Promise<void> => {
    const hadFocusInside = this.shadowRoot?.activeElement !== null;
    this.viewController.clear();
    // The button that was pressed disappears; the search box is where the user goes on from.
    if (hadFocusInside) {
      await this.updateComplete;
      this.searchInput?.focus();
    }
  };

  private onRetry = async (): Promise<void> => {
    const retries: Promise<unknown>[] = [];
    if (this.list.error || !this.list.value) retries.push(this.list.run());
    if (this.session.error || !this.session.state) retries.push(this.session.reload());
    // The error and its button go away; focus must not fall to the document.
    await this.updateComplete;
    this.heading?.focus();
    await Promise.all(retries);
  };

  private onInviteClick = (event: Event): void => {
    void this.actions.invite(event.currentTarget as HTMLElement);
  };
}

defineElement('user-list', UserList);

declare global {
  interface HTMLElementTagNameMap {
    'user-list': UserList;
  }
}
