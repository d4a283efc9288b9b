import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { UsersAdapter } from '../../adapters/users-adapter.js';
import { isAdmin, mayDeleteToken, type ApiToken, type TokenQuery, type UsersError } from '../../core/index.js';
import { errorMessage, personLabel } from '../../i18n/index.js';
import {
  LoadTask,
  MutationController,
  RowProblemReporter,
  SessionController,
  reportUsersError,
  tokenListProblems,
} from '../../state/index.js';
import { Announcer } from '../internal/announcer.js';
import '../internal/dialog-shell.js';
import type { UsersDialogShell } from '../internal/dialog-shell.js';
import { deepActiveElement } from '../internal/focus.js';
import { UsersElement } from '../internal/users-element.js';
import { apiTokenListStyles } from './api-token-list.styles.js';
import { renderPager } from '../internal/pager.js';
import { DEFAULT_PAGE_SIZE, pageSlice, type PageSize } from '../internal/paging.js';
import { filterTokens, isStatusFilter, issuersOf, type StatusFilter } from './token-filter.js';
import { columnsFor, renderHeaderRow, renderSkeletonRows, renderTokenRow } from './token-row.js';
import { renderToolbar } from './token-toolbar.js';
import '../../i18n/catalogs/en/later.js';
import { defineElement } from '../internal/define-element.js';

/** `issued-by="42"` → 42; an empty or non-numeric value means "everyone" rather than NaN. */
const issuerIdConverter = {
  fromAttribute(value: string | null): number | undefined {
    if (value === null || value.trim() === '') return undefined;
    const id = Number(value);
    return Number.isInteger(id) ? id : undefined;
  },
};

const SKELETON_ROWS = 3;

interface DeleteArgs {
  readonly adapter: UsersAdapter;
  readonly token: ApiToken;
}

/**
 * The API tokens of the account: ID, name, issuer, role, status, expiry, description and last use.
 * A token whose issuer was removed from the account shows the issuer struck through, with the hint
 * "The user has been deleted" on hover and on keyboard focus.
 *
 * Administrators see every token and may delete any that is not deleted yet, after a confirmation;
 * other users see only their own tokens (the adapter filters them), may delete those, and get no
 * "Issued by" filter, which would have one answer.
 *
 * `<api-token-list embedded status="active" .issuedBy=${id}>` is the compact form `<delete-confirm>`
 * uses to list the tokens that block a user's removal: no heading, filters or pager, and the
 * adapter is asked only for that issuer's tokens.
 *
 * @summary The account's API tokens, with removed issuers marked and deletion for Administrators.
 *
 * @fires token-delete-request - Cancelable, after the user confirmed, before the request is sent;
 *   `detail.token`. `preventDefault()` closes the confirmation and sends nothing.
 * @fires token-deleted - After the backend deleted the token; `detail.token`. The list then reloads.
 * @fires users-error - Loading or a deletion failed (`detail.action` `'listApiTokens'`, `'deleteApiToken'`); the
 *   UI shows it too. Also, once, tokens listed whose role could not be read (`'listApiTokens'`, code `bad_response`).
 *
 * @csspart base - The wrapper of everything; also the size container for the narrow layout.
 * @csspart header - The heading row (not rendered when embedded).
 * @csspart heading - The "API tokens" heading (not rendered when embedded).
 * @csspart panel - The box holding filters, table and footer, as in `<user-list>`.
 * @csspart filters - The filter bar; `filter` each labelled field, `status-filter` and `issuer-filter` the selects.
 * @csspart table-container - The scrollable region holding the table.
 * @csspart table - The `<table>`.
 * @csspart header-row - The column headers' row; `header-cell` each header.
 * @csspart row - A token's row (a card in the narrow layout); `cell` each cell, `name-cell` the token name.
 * @csspart skeleton-row - A placeholder row while loading.
 * @csspart issuer - The issuer's name and email; also `issuer-deleted` when the issuer was removed.
 * @csspart issuer-hint - The "The user has been deleted" tooltip.
 * @csspart status-badge - A status badge; also `status-active`, `status-expired` or `status-deleted`.
 * @csspart expiry-warning - The "!" beside an expiry within 7 days.
 * @csspart delete-button - A row's Delete button.
 * @csspart empty - The message when no token matches the filters.
 * @csspart error - The error message with its `retry-button`.
 * @csspart footer - Pager, page size and summary, as in `<user-list>`.
 * @csspart pager - The page navigation; `page-button`, `previous-button`, `next-button`, `current-page`.
 * @csspart page-size - The page size label and select (`page-size-select`).
 * @csspart summary - "Showing 1–10 of 32 tokens" (also `pager-summary`).
 * @csspart announcer - The visually hidden live region ("Loading…", "The token … was deleted.").
 * @csspart confirm-dialog - The delete confirmation; `delete-error`, `cancel-button`, `confirm-button` inside.
 *
 * @cssproperty --api-token-list-background - Background of the element (default `--users-color-surface`).
 * @cssproperty --api-token-list-padding - Space around the element's content (default `--users-space-4`; none when embedded).
 * @cssproperty --api-token-list-heading-size - Font size of the heading (default 1.75rem, as `<user-list>`'s).
 * @cssproperty --api-token-list-cell-padding - Padding of table cells.
 * @cssproperty --api-token-list-header-background - Background of the header row.
 * @cssproperty --api-token-list-border-color - Lines between rows and around cards.
 * @cssproperty --api-token-list-active-color - Text and border of the Active badge.
 * @cssproperty --api-token-list-expired-color - Text and border of the Expired badge.
 * @cssproperty --api-token-list-deleted-color - Text and border of the Deleted badge.
 * @cssproperty --api-token-list-warning-color - Background of the expiry warning mark.
 */
export class ApiTokenList extends UsersElement {
  static override styles = apiTokenListStyles;

  /**
   * Which tokens show: `active` (default, as in the portal), `expired`, `deleted` or `all`.
   * Follows the status filter when the user changes it.
   */
  @property() status: StatusFilter = 'active';

  /**
   * Only the tokens issued by this user id; unset shows everyone's. Follows the issuer filter when
   * the user changes it.
   */
  @property({ attribute: 'issued-by', converter: issuerIdConverter }) issuedBy?: number;

  /** Compact mode for embedding in a dialog: no heading, filters or pager; every matching token shows. */
  @property({ type: Boolean, reflect: true }) embedded = false;

  /** 1-based, as in `<user-list>`. */
  @state() private page = 1;
  @state() private pageSize: PageSize = DEFAULT_PAGE_SIZE;
  /** The token the confirmation dialog asks about. */
  @state() private tokenToDelete?: ApiToken;

  @query('users-dialog-shell') private readonly confirmDialog?: UsersDialogShell;
  /** Settles when the confirmation has fully closed. */
  private confirmation?: Promise<string>;

  private readonly session = new SessionController(this, { adapter: () => this.effectiveAdapter });
  private readonly tokens = new LoadTask(this, {
    args: () => {
      const adapter = this.effectiveAdapter;
      return adapter ? { adapter, query: this.adapterQuery() } : undefined;
    },
    task: ({ adapter, query }: { adapter: UsersAdapter; query: TokenQuery }, signal) =>
      adapter.listApiTokens(query, signal),
    action: 'listApiTokens',
    onComplete: (tokens, { adapter }) => {
      const unreadable = this.rowProblems.report(adapter, tokenListProblems(tokens), 'token list');
      if (unreadable) reportUsersError(this, unreadable, 'listApiTokens');
    },
  });
  private readonly rowProblems = new RowProblemReporter();
  private readonly deletion = new MutationController<DeleteArgs, void>(this, {
    task: ({ adapter, token }, signal) => adapter.deleteApiToken(token.id, signal),
    action: 'deleteApiToken',
  });
  /** What just happened, for screen readers: the list itself shows the change. */
  private readonly announcer = new Announcer(this);
  private warnedStatus?: string;

  /**
   * Loads the tokens again (and the session, if it did not load) and resolves once the list shows
   * the answer. Call it after the tokens changed elsewhere, e.g. a token was created.
   */
  async refresh(): Promise<void> {
    await Promise.all([this.tokens.run(), this.session.state ? undefined : this.session.reload()]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('status') || changed.has('issuedBy')) this.page = 1;
    if (changed.has('status') && !isStatusFilter(this.status) && this.warnedStatus !== this.status) {
      this.warnedStatus = this.status;
      console.warn(`<api-token-list>: unknown status "${this.status}"; showing active tokens.`);
    }
  }

  /**
   * Embedded, the issuer can't be changed, so the server may filter; otherwise every visible token
   * is loaded once (an account holds at most 100) and the filters work on them without a round trip.
   */
  private adapterQuery(): TokenQuery {
    return this.embedded && this.issuedBy !== undefined ? { issuedBy: this.issuedBy } : {};
  }

  private get statusFilter(): StatusFilter {
    return isStatusFilter(this.status) ? this.status : 'active';
  }

  /** An Administrator deletes any token; anyone else the tokens they issued. */
  private readonly mayDelete = (token: ApiToken): boolean => {
    const session = this.session.state?.session;
    return session !== undefined && mayDeleteToken(session, token).allowed;
  };

  /** The Actions column is there when something in the list may be deleted by this session. */
  private hasActions(tokens: readonly ApiToken[]): boolean {
    const session = this.session.state?.session;
    if (!session) return false;
    return isAdmin(session) || tokens.some((token) => !token.deleted && this.mayDelete(token));
  }

  protected override render() {
    const { t } = this.i18n;
    // Rows and their Delete buttons appear together: until the session is known, a row can't tell
    // whether it may be deleted.
    const all = this.session.state ? this.tokens.value : undefined;
    const error = this.tokens.error ?? this.session.error;
    const initialLoad = all === undefined && error === undefined;
    return html`<div class="base" part="base">
      ${
        this.embedded
          ? nothing
          : html`<div class="header" part="header"><h2 class="heading" part="heading">${t.tokens.heading}</h2></div>`
      }
      <div class=${this.embedded ? 'panel embedded' : 'panel'} part="panel">
        ${this.embedded || all === undefined ? nothing : this.renderToolbar(all)}
        ${error ? this.renderError(error) : nothing}
        ${initialLoad ? this.renderTable([], true) : all === undefined ? nothing : this.renderTokens(all)}
      </div>
      ${this.announcer.renderRegion('announcer', initialLoad ? t.tokens.loading : undefined)}
      ${this.renderConfirmation()}
    </div>`;
  }

  private renderToolbar(all: readonly ApiToken[]): TemplateResult {
    return renderToolbar({
      t: this.i18n.t,
      status: this.statusFilter,
      issuedBy: this.issuedBy,
      issuers: issuersOf(all, this.i18n.lang),
      showIssuer: this.session.state !== undefined && isAdmin(this.session.state.session),
      onStatus: (status) => (this.status = status),
      onIssuer: (issuedBy) => (this.issuedBy = issuedBy),
    });
  }

  private renderTokens(all: readonly ApiToken[]): TemplateResult {
    const filtered = filterTokens(all, { status: this.statusFilter, issuedBy: this.issuedBy });
    if (this.embedded) return filtered.length ? this.renderTable(filtered, false) : this.renderEmpty(all);
    const { t, lang } = this.i18n;
    const slice = pageSlice(filtered, this.page, this.pageSize);
    return html`${filtered.length ? this.renderTable(slice.items, false) : this.renderEmpty(all)}
      <div class="footer" part="footer">
        ${renderPager({
          t,
          lang,
          label: t.tokens.pager.label,
          page: slice.page,
          pageCount: slice.pages,
          pageSize: this.pageSize,
          onPage: (page) => (this.page = page),
          onPageSize: (size) => {
            this.pageSize = size;
            this.page = 1;
          },
        })}
        <p class="summary" part="summary pager-summary" role="status" aria-live="polite">
          ${slice.total > 0 ? t.tokens.pager.showing({ from: slice.from, to: slice.to, total: slice.total }) : ''}
        </p>
      </div>`;
  }

  /**
   * The table sits in a focusable, labelled region so keyboard users can scroll it sideways when it
   * is wider than its container. The explicit table roles keep the semantics when the narrow layout
   * turns rows into cards with `display: block`, which otherwise drops them in some browsers.
   */
  private renderTable(tokens: readonly ApiToken[], loading: boolean): TemplateResult {
    const { t, lang } = this.i18n;
    const actions = this.hasActions(tokens);
    const context = { t, lang, now: Date.now(), actions, mayDelete: this.mayDelete, onDelete: this.openConfirmation };
    return html`<div
      class="table-region"
      part="table-container"
      role="region"
      aria-labelledby="caption"
      aria-busy=${loading || this.tokens.pending ? 'true' : 'false'}
      tabindex="0"
    >
      <table part="table" role="table">
        <caption id="caption" class="visually-hidden">
          ${t.tokens.caption}
        </caption>
        <thead role="rowgroup">
          ${renderHeaderRow(t, actions)}
        </thead>
        <tbody role="rowgroup">
          ${
            loading
              ? renderSkeletonRows(SKELETON_ROWS, columnsFor(actions).length)
              : repeat(
                  tokens,
                  (token) => token.id,
                  (token) => renderTokenRow(token, context),
                )
          }
        </tbody>
      </table>
    </div>`;
  }

  private renderEmpty(all: readonly ApiToken[]): TemplateResult {
    const { t } = this.i18n;
    const status = this.statusFilter;
    const issuer = all.find((token) => token.issuer.userId === this.issuedBy)?.issuer;
    const message =
      this.issuedBy === undefined
        ? t.tokens.empty[status]
        : t.tokens.emptyForIssuer[status]({
            issuer: issuer ? personLabel(issuer, t) : t.tokens.filters.unknownIssuer({ id: this.issuedBy }),
          });
    // Focusable by script only: where focus goes when a deletion empties the list.
    return html`<p class="empty" part="empty" tabindex="-1">${message}</p>`;
  }

  private renderError(error: UsersError): TemplateResult {
    const { t } = this.i18n;
    return html`<div class="error" part="error" role="alert">
      <p>${errorMessage(error, t, this.tokens.error ? 'listApiTokens' : 'getSession')}</p>
      <button type="button" class="button" part="retry-button" @click=${() => this.refresh()}>
        ${t.common.tryAgain}
      </button>
    </div>`;
  }

  private renderConfirmation(): TemplateResult {
    const { t } = this.i18n;
    const token = this.tokenToDelete;
    const pending = this.deletion.pending;
    const error = this.deletion.error;
    return html`<users-dialog-shell
      alert
      exportparts="dialog: confirm-dialog"
      label=${t.tokens.delete.title}
      @dialog-close-request=${this.onCloseRequest}
      @dialog-closed=${this.onConfirmationClosed}
    >
      <p slot="description">${token ? t.tokens.delete.body({ name: token.name }) : nothing}</p>
      ${
        error
          ? html`<p class="dialog-error" part="delete-error" role="alert">${this.deletionErrorMessage(error)}</p>`
          : nothing
      }
      <button
        slot="footer"
        type="button"
        class="button"
        part="cancel-button"
        ?autofocus=${token !== undefined}
        aria-disabled=${pending ? 'true' : 'false'}
        @click=${this.cancelDeletion}
      >
        ${t.common.cancel}
      </button>
      <button
        slot="footer"
        type="button"
        class="button danger"
        part="confirm-button"
        aria-disabled=${pending ? 'true' : 'false'}
        @click=${this.confirmDeletion}
      >
        ${pending ? t.tokens.delete.deleting : t.tokens.delete.confirm}
      </button>
    </users-dialog-shell>`;
  }

  private deletionErrorMessage(error: UsersError): string {
    const { t } = this.i18n;
    return error.code === 'not_found' ? t.tokens.delete.notFound : errorMessage(error, t, 'deleteApiToken');
  }

  /** An arrow function: rows call it without a `this`. */
  private readonly openConfirmation = async (token: ApiToken): Promise<void> => {
    const shell = this.confirmDialog;
    if (!shell || shell.isOpen) return;
    // A dialog closed a moment ago has not finished closing until its `close` event (Chrome fires
    // it on the next frame): opening it before then would hand back the old wait and show nothing.
    if (this.confirmation) await this.confirmation;
    if (!this.isConnected || shell.isOpen) return;
    this.deletion.reset();
    this.tokenToDelete = token;
    await this.updateComplete;
    const confirmation = shell.open();
    this.confirmation = confirmation;
    await confirmation;
    if (this.confirmation === confirmation) this.confirmation = undefined;
  };

  /** While the request is in flight the dialog stays: its outcome must be seen, and retried if it failed. */
  private onCloseRequest(event: Event): void {
    if (this.deletion.pending) event.preventDefault();
  }

  private cancelDeletion(): void {
    if (!this.deletion.pending) this.confirmDialog?.close('cancel');
  }

  private onConfirmationClosed(): void {
    this.tokenToDelete = undefined;
  }

  private async confirmDeletion(): Promise<void> {
    const token = this.tokenToDelete;
    const adapter = this.effectiveAdapter;
    // A second click while the first is in flight: the mutation would drop it too, but the
    // request event must not fire twice either.
    if (!token || !adapter || this.deletion.pending) return;
    if (!this.emit('token-delete-request', { token }, { cancelable: true })) {
      this.confirmDialog?.close('vetoed');
      return;
    }
    const result = await this.deletion.run({ adapter, token });
    if (!result) return;
    if (!result.ok) {
      // Already gone: show the list as it is while the dialog explains.
      if (result.error.code === 'not_found') void this.refresh();
      return;
    }
    this.confirmDialog?.close('deleted');
    this.emit('token-deleted', { token });
    void this.announcer.announce(this.i18n.t.tokens.delete.done({ name: token.name }));
    await this.refresh();
    this.keepFocusInList();
  }

  /**
   * The dialog returned focus to the row's Delete button; the reload may have removed that row (or
   * its button, now that the token is deleted). Focus then goes to the list rather than the page.
   */
  private keepFocusInList(): void {
    const active = deepActiveElement();
    if (active && active !== this) return;
    const target = this.renderRoot.querySelector<HTMLElement>('.table-region, .empty');
    target?.focus();
  }
}

defineElement('api-token-list', ApiTokenList);

declare global {
  interface HTMLElementTagNameMap {
    'api-token-list': ApiTokenList;
  }
}
