import { ContextProvider } from '@lit/context';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { UsersAdapter } from '../../adapters/users-adapter.js';
import {
  mayInvite,
  mayResendInvite,
  type Page,
  type User,
  type UserQuery,
  type UserSortField,
} from '../../core/index.js';
import { errorMessage } from '../../i18n/index.js';
import {
  MutationController,
  RequestController,
  RowProblemReporter,
  adapterContext,
  loadSessionState,
  sessionContext,
  type SessionState,
} from '../../state/index.js';
import { baseStyles } from '../../styles/base.js';
import { UsersElement } from '../internal/users-element.js';
import '../delete-confirm/delete-confirm.js';
import '../edit-user/edit-user.js';
import '../invite-dialog/invite-dialog.js';
import { Debouncer } from './debouncer.js';
import { openUsersDialog, type UsersDialogTag } from './dialogs.js';
import {
  DEFAULT_PAGE_SIZE,
  DEFAULT_SORT,
  NO_FILTERS,
  hasSearchOrFilters,
  isPageSize,
  nearestPageSize,
  nextSort,
  pageCount,
  pageKeepingFirstRow,
  toUserQuery,
  type ListFilters,
  type ListSort,
  type ListView,
  type PageSize,
} from './list-query.js';
import { readPageSize, writePageSize } from './page-size-storage.js';
import { renderPager } from './pager.js';
import { pagerStyles } from './pager.styles.js';
import type { RowAction } from './row-actions.js';
import { renderUserFilters } from './user-filters.js';
import { userFiltersStyles } from './user-filters.styles.js';
import { userListStyles } from './user-list.styles.js';
import { dialogExportParts } from './dialog-parts.js';
import { displayName, renderUserTable } from './user-table.js';
import { userTableStyles } from './user-table.styles.js';

/** The search runs when typing pauses this long. */
const SEARCH_DEBOUNCE_MS = 250;
export const DEFAULT_STORAGE_KEY = 'users-widget:page-size';

interface ListRequest {
  readonly adapter: UsersAdapter;
  readonly query: UserQuery;
}

/**
 * A page with the adapter and query it answers: the summary always describes the rows on screen,
 * and rows from a previous adapter (another account) are never shown as this one's.
 */
interface ListAnswer {
  readonly adapter: UsersAdapter;
  readonly query: UserQuery;
  readonly page: Page<User>;
}

interface SessionAnswer {
  readonly adapter: UsersAdapter;
  readonly state: SessionState;
}

/** The properties that decide which page of which users is asked for. */
const VIEW_KEYS = ['page', 'pageSize', 'search', 'filters', 'sort'] as const;

const DIALOG_TAGS: readonly string[] = ['invite-dialog', 'edit-user', 'delete-confirm'];
const INVITE_DIALOG_PARTS = dialogExportParts('invite-dialog');
const EDIT_USER_PARTS = dialogExportParts('edit-user');
const DELETE_CONFIRM_PARTS = dialogExportParts('delete-confirm');

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
 * @fires users-error - Loading or resending failed (the UI shows it too): `{ error, action }`. Also, once per
 *   set of them, users listed whose role could not be read (`action` `'listUsers'`, code `bad_response`).
 *
 * @csspart header - The heading row with the invite button.
 * @csspart heading - The "Users" heading.
 * @csspart invite-button - "Invite user" (Administrators only).
 * @csspart notice - The announcement line after a change; also `success-notice` or `error-notice`.
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
  static override styles = [...baseStyles, userListStyles, userFiltersStyles, userTableStyles, pagerStyles];

  /**
   * Rows per page: 10, 25, 50 or 100 (another number becomes the nearest of these). The user's own
   * choice, remembered under `storageKey`, wins over the initial value.
   */
  @property({ type: Number, attribute: 'page-size' }) pageSize: number = DEFAULT_PAGE_SIZE;

  /** The localStorage key remembering the page size; empty to remember nothing. */
  @property({ attribute: 'storage-key' }) storageKey = DEFAULT_STORAGE_KEY;

  @state() private page = 1;
  /** What the search box shows; `search` follows it after a pause. */
  @state() private searchText = '';
  @state() private search = '';
  @state() private filters: ListFilters = NO_FILTERS;
  @state() private sort: ListSort = DEFAULT_SORT;
  /** Users invited while this view is shown: kept visible even when they belong to another page. */
  @state() private pinned: readonly User[] = [];
  @state() private notice: { readonly text: string; readonly error: boolean } | undefined;

  @query('#heading') private heading!: HTMLElement;
  @query('#search') private searchInput?: HTMLInputElement;

  private readonly adapterProvider = new ContextProvider(this, { context: adapterContext, initialValue: undefined });
  private readonly sessionProvider = new ContextProvider(this, { context: sessionContext, initialValue: undefined });
  private readonly session = new RequestController<UsersAdapter, SessionAnswer>(this, async (adapter, signal) => ({
    adapter,
    state: await loadSessionState(adapter, signal),
  }));
  private readonly list = new RequestController<ListRequest, ListAnswer>(this, async ({ adapter, query }, signal) => ({
    adapter,
    query,
    page: await adapter.listUsers(query, signal),
  }));
  private readonly resend = new MutationController<{ adapter: UsersAdapter; user: User }, User>(
    this,
    async ({ adapter, user }, signal) => {
      await adapter.resendInvite(user.id, signal);
      return user;
    },
  );
  private readonly searchDebounce = new Debouncer(SEARCH_DEBOUNCE_MS);
  private readonly rowProblems = new RowProblemReporter();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.searchDebounce.cancel();
  }

  /** Reloads the current page and the session's account facts, e.g. after a change made elsewhere. */
  async refresh(): Promise<void> {
    await Promise.all([this.loadPage(), this.loadSession()]);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated || changed.has('storageKey')) {
      const stored = readPageSize(this.storageKey);
      if (stored !== undefined) this.pageSize = stored;
    }
    if (changed.has('pageSize') && !isPageSize(this.pageSize)) {
      const size = nearestPageSize(this.pageSize);
      console.warn(`users-widget: <user-list> page size ${this.pageSize} is not offered; using ${size}.`);
      this.pageSize = size;
    }
    const adapterChanged = this.adapterChanged(changed);
    // Another adapter is another account: its first page, without this one's new users.
    if (adapterChanged && this.hasUpdated) this.page = 1;
    const viewChanged = VIEW_KEYS.some((key) => changed.has(key));
    if (this.hasUpdated && (viewChanged || adapterChanged)) this.pinned = [];
    if (adapterChanged) {
      this.adapterProvider.setValue(this.adapter ?? this.contextAdapter);
      void this.loadSession();
      void this.loadPage();
    } else if (viewChanged) {
      void this.loadPage();
    }
    // Providers notify only on a new identity; each load hands out a new object.
    const sessionState = this.sessionState;
    if (this.sessionProvider.value !== sessionState) this.sessionProvider.setValue(sessionState);
  }

  /** The session loaded from the current adapter; one from a previous adapter no longer applies. */
  private get sessionState(): SessionState | undefined {
    const answer = this.session.value;
    return answer && answer.adapter === this.effectiveAdapter ? answer.state : undefined;
  }

  /** The last page loaded from the current adapter. */
  private get answer(): ListAnswer | undefined {
    const answer = this.list.value;
    return answer && answer.adapter === this.effectiveAdapter ? answer : undefined;
  }

  protected override render() {
    const t = this.i18n.t;
    const sessionState = this.sessionState;
    const answer = this.answer;
    const loadError = this.list.error ?? (sessionState ? undefined : this.session.error);
    const failedCall = this.list.error ? 'listUsers' : 'getSession';
    // Rows and menus appear together: until the session is known, a row can't tell which actions it has.
    const initial = !loadError && (!answer || !sessionState);
    const canInvite = sessionState !== undefined && mayInvite(sessionState.session).allowed;
    const total = answer?.page.total ?? 0;
    const noRows = !initial && !loadError && total === 0 && this.pinned.length === 0;
    return html`
      <div class="header" part="header">
        <h2 id="heading" part="heading" tabindex="-1">${t.userList.heading}</h2>
        ${
          canInvite
            ? html`<button
                id="invite"
                class="primary-button"
                part="invite-button"
                type="button"
                @click=${this.onInviteClick}
              >
                ${t.userList.invite}
              </button>`
            : nothing
        }
      </div>
      <p
        class=${classMap({ notice: true, error: this.notice?.error === true, empty: !this.notice })}
        part=${this.notice?.error ? 'notice error-notice' : 'notice success-notice'}
        role="status"
        aria-live="polite"
      >
        ${this.notice?.text ?? ''}
      </p>
      <div class="panel" part="panel" aria-busy=${this.list.pending || initial ? 'true' : 'false'}>
        ${renderUserFilters({
          t,
          lang: this.i18n.lang,
          searchText: this.searchText,
          filters: this.filters,
          showClear: hasSearchOrFilters({ search: this.searchText.trim(), filters: this.filters }),
          onSearchInput: this.onSearchInput,
          onSearchSubmit: this.applySearch,
          onFiltersChange: this.onFiltersChange,
          onClear: this.clearFilters,
        })}
        ${
          loadError
            ? html`<div class="load-error" part="load-error" role="alert">
                <p><strong>${t.userList.states.loadFailed}</strong> ${errorMessage(loadError, t, failedCall)}</p>
                <button class="secondary-button" part="retry-button" type="button" @click=${this.onRetry}>
                  ${t.common.tryAgain}
                </button>
              </div>`
            : noRows
              ? nothing
              : this.renderTable(initial)
        }
        <div class=${classMap({ footer: true, 'no-rows': noRows })} part="footer">
          ${
            !initial && !loadError && !noRows && answer
              ? renderPager({
                  t,
                  lang: this.i18n.lang,
                  page: this.page,
                  pageCount: pageCount(total, this.pageSize),
                  pageSize: this.pageSize,
                  onPage: this.onPage,
                  onPageSize: this.onPageSize,
                })
              : nothing
          }
          <p class="summary" part="summary" role="status">${this.summaryText(initial, loadError !== undefined)}</p>
          ${
            noRows && hasSearchOrFilters(this.view)
              ? html`<button class="secondary-button" part="clear-button" type="button" @click=${this.clearFilters}>
                  ${t.userList.filters.clear}
                </button>`
              : nothing
          }
        </div>
      </div>
      <invite-dialog
        theme=${ifDefined(this.theme)}
        .i18nOverrides=${this.i18nOverrides}
        exportparts=${INVITE_DIALOG_PARTS}
      ></invite-dialog>
      <edit-user
        theme=${ifDefined(this.theme)}
        .i18nOverrides=${this.i18nOverrides}
        exportparts=${EDIT_USER_PARTS}
      ></edit-user>
      <delete-confirm
        theme=${ifDefined(this.theme)}
        .i18nOverrides=${this.i18nOverrides}
        exportparts=${DELETE_CONFIRM_PARTS}
      ></delete-confirm>
    `;
  }

  private renderTable(initial: boolean) {
    const answer = this.answer;
    const rows = initial ? [] : (answer?.page.items ?? []);
    const onPage = new Set(rows.map((user) => user.id));
    return renderUserTable({
      t: this.i18n.t,
      lang: this.i18n.lang,
      pinned: initial ? [] : this.pinned.filter((user) => !onPage.has(user.id)),
      rows,
      newIds: new Set(this.pinned.map((user) => user.id)),
      session: this.sessionState,
      sort: this.sort,
      busy: !initial && this.list.pending,
      skeletonRows: initial ? Math.min(this.pageSize, 10) : 0,
      onSort: this.onSort,
      onAction: this.onRowAction,
    });
  }

  private summaryText(initial: boolean, failed: boolean): string {
    const t = this.i18n.t.userList;
    if (failed) return '';
    if (initial) return t.states.loading;
    const answer = this.answer!;
    const { total, items } = answer.page;
    if (total === 0 && this.pinned.length === 0) {
      return hasSearchOrFilters(this.view) ? t.states.noMatch : t.states.empty;
    }
    if (items.length === 0) return '';
    const from = answer.query.offset + 1;
    return t.pager.showing({ from, to: answer.query.offset + items.length, total });
  }

  private get view(): ListView {
    return {
      page: this.page,
      pageSize: this.pageSize,
      search: this.search,
      filters: this.filters,
      sort: this.sort,
    };
  }

  // ---- loading -------------------------------------------------------------------------------

  private async loadPage(): Promise<void> {
    const adapter = this.effectiveAdapter;
    if (!adapter) return;
    const query = toUserQuery(this.view);
    const result = await this.list.run({ adapter, query });
    if (!result) return;
    if (!result.ok) {
      this.emit('users-error', { error: result.error, action: 'listUsers' });
      return;
    }
    // Rows listed without what could not be read (an unknown role): told once, not on every page.
    const unreadable = this.rowProblems.report(adapter, result.value.page.problems, 'user list');
    if (unreadable) this.emit('users-error', { error: unreadable, action: 'listUsers' });
    // The page emptied under us (its last user removed, or the list shrank elsewhere): step back.
    const { items, total } = result.value.page;
    if (items.length === 0 && total > 0 && query.offset >= total) this.page = pageCount(total, query.limit);
  }

  private async loadSession(): Promise<void> {
    const adapter = this.effectiveAdapter;
    if (!adapter) return;
    const result = await this.session.run(adapter);
    if (result && !result.ok) this.emit('users-error', { error: result.error, action: 'getSession' });
  }

  // ---- search, filters, sort, paging ------------------------------------------------------------

  private onSearchInput = (text: string): void => {
    this.searchText = text;
    this.searchDebounce.schedule(this.applySearch);
  };

  private applySearch = (): void => {
    this.searchDebounce.cancel();
    const search = this.searchText.trim();
    if (search === this.search) return;
    this.search = search;
    this.page = 1;
  };

  private onFiltersChange = (filters: ListFilters): void => {
    this.filters = filters;
    this.page = 1;
  };

  private clearFilters = async (): Promise<void> => {
    const hadFocusInside = this.shadowRoot?.activeElement !== null;
    this.searchDebounce.cancel();
    this.searchText = '';
    this.search = '';
    this.filters = NO_FILTERS;
    this.page = 1;
    // The button that was pressed disappears; the search box is where the user goes on from.
    if (hadFocusInside) {
      await this.updateComplete;
      this.searchInput?.focus();
    }
  };

  private onSort = (field: UserSortField): void => {
    this.sort = nextSort(this.sort, field);
    this.page = 1;
  };

  private onPage = (page: number): void => {
    this.page = page;
  };

  private onPageSize = (size: PageSize): void => {
    this.page = pageKeepingFirstRow(this.page, this.pageSize, size);
    this.pageSize = size;
    writePageSize(this.storageKey, size);
  };

  private onRetry = async (): Promise<void> => {
    const retries: Promise<void>[] = [];
    if (this.list.error || !this.answer) retries.push(this.loadPage());
    if (this.session.error || !this.sessionState) retries.push(this.loadSession());
    // The error and its button go away; focus must not fall to the document.
    await this.updateComplete;
    this.heading.focus();
    await Promise.all(retries);
  };

  // ---- actions ---------------------------------------------------------------------------------

  private onInviteClick = async (event: Event): Promise<void> => {
    const trigger = event.currentTarget as HTMLElement;
    const result = await this.openDialog('invite-dialog', undefined, trigger);
    if (result?.status !== 'done') return;
    const invited = result.invited?.length ? result.invited : [{ user: result.user, outcome: result.outcome }];
    const newest = [...invited].reverse().map((invitation) => invitation.user);
    const newIds = new Set(newest.map((user) => user.id));
    this.pinned = [...newest, ...this.pinned.filter((pinned) => !newIds.has(pinned.id))];
    const announcements = this.i18n.t.userList.announcements;
    void this.announce(
      invited
        .map(({ user, outcome }) =>
          outcome === 'existing'
            ? announcements.grantedAccess({ email: user.email })
            : announcements.invited({ email: user.email }),
        )
        .join(' '),
    );
    await this.refresh();
  };

  private onRowAction = async (action: RowAction, user: User, menu: HTMLElement): Promise<void> => {
    if (action === 'resendInvite') return this.resendInvite(user);
    const announcements = this.i18n.t.userList.announcements;
    if (action === 'edit') {
      const result = await this.openDialog('edit-user', user, menu);
      if (result?.status !== 'done') return;
      const updated = result.user;
      this.pinned = this.pinned.map((pinned) => (pinned.id === updated.id ? updated : pinned));
      void this.announce(announcements.updated({ user: displayName(updated) }));
      await this.refresh();
      return;
    }
    const row = menu.closest('tr');
    const rowIndex = row ? [...row.parentElement!.children].indexOf(row) : 0;
    const result = await this.openDialog('delete-confirm', user, menu);
    if (result?.status !== 'done') return;
    this.pinned = this.pinned.filter((pinned) => pinned.id !== user.id);
    void this.announce(announcements.removed({ user: displayName(user) }));
    await this.refresh();
    this.focusAfterRemoval(rowIndex);
  };

  private async resendInvite(user: User): Promise<void> {
    const adapter = this.effectiveAdapter;
    const state = this.sessionState;
    // The menu offers it only when allowed; a pick from anywhere else is refused before sending.
    if (!adapter || !state || !mayResendInvite(state.session, user).allowed) return;
    const result = await this.resend.run({ adapter, user });
    if (!result) return;
    const t = this.i18n.t;
    if (result.ok) {
      this.emit('invite-resent', { user });
      void this.announce(t.userList.announcements.resent({ email: user.email }));
      await this.refresh();
      return;
    }
    this.emit('users-error', { error: result.error, action: 'resendInvite' });
    void this.announce(
      t.userList.announcements.resendFailed({
        email: user.email,
        message: errorMessage(result.error, t, 'resendInvite'),
      }),
      true,
    );
    // The user may be gone or already activated: show the account as it is now.
    if (result.error.code === 'not_found' || result.error.code === 'validation') await this.refresh();
  }

  /**
   * Opens one of the dialogs in this shadow root. When it closes and focus is nowhere in the list
   * (the dialog could not give it back), focus returns to `trigger`.
   */
  private async openDialog(tag: UsersDialogTag, user: User | undefined, trigger: HTMLElement) {
    const result = await openUsersDialog(this.renderRoot, tag, user);
    if (result !== undefined) this.restoreFocus(trigger);
    return result;
  }

  /** Focus to `target` unless it is already somewhere sensible inside the list. */
  private restoreFocus(target: HTMLElement | undefined): void {
    const active = this.shadowRoot!.activeElement;
    const lost = active === null || !active.isConnected || DIALOG_TAGS.includes(active.localName);
    if (lost) (target?.isConnected ? target : this.heading).focus();
  }

  /** The removed row is gone: focus the menu of the row that took its place, else the heading. */
  private focusAfterRemoval(rowIndex: number): void {
    const rows = [...this.renderRoot.querySelectorAll<HTMLElement>('tbody tr')];
    const row = rows[Math.min(rowIndex, rows.length - 1)];
    this.restoreFocus(row?.querySelector<HTMLElement>('users-row-menu') ?? undefined);
  }

  /** Says `text` in the live region; cleared first, so the same sentence twice is heard twice. */
  private async announce(text: string, error = false): Promise<void> {
    this.notice = undefined;
    await this.updateComplete;
    this.notice = { text, error };
  }
}

UserList.define('user-list');

declare global {
  interface HTMLElementTagNameMap {
    'user-list': UserList;
  }
}
