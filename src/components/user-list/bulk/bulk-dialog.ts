import { css, html, nothing, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import {
  ROLES,
  displayName,
  type ApiToken,
  type RoleId,
  type User,
  type UserQuery,
  type UsersError,
} from '../../../core/index.js';
import { errorMessage, roleLabel, type Catalog } from '../../../i18n/index.js';
import '../../../i18n/catalogs/en/later.js';
import { reportUsersError, type SessionState } from '../../../state/index.js';
import '../../internal/dialog-shell.js';
import type { UsersDialogShell } from '../../internal/dialog-shell.js';
import { dialogFormStyles } from '../../internal/dialog-form.styles.js';
import { defineElement } from '../../internal/define-element.js';
import { UsersElement } from '../../internal/users-element.js';
import { collectSelected } from './collect.js';
import { csvFileName } from './csv.js';
import { download, exportUsersCsv } from './export-csv.js';
import { planBulk, type BulkAction, type BulkActionKind, type BulkPlan, type Skipped } from './plan.js';
import { runBulk, type RowOutcome } from './run.js';
import { senderFor } from './send.js';
import type { Selection } from './selection.js';

export interface BulkRequest {
  readonly action: BulkActionKind | 'export';
  readonly selection: Selection | undefined;
  /** The list's search, filters and sort. */
  readonly query: Omit<UserQuery, 'offset' | 'limit'>;
  readonly session: SessionState;
  /** Names the exported file. */
  readonly account?: string;
}

export interface BulkDialogResult {
  readonly status: 'done' | 'cancelled';
  readonly outcomes: readonly RowOutcome[];
  /** Users whose request failed: they stay selected. */
  readonly failed: readonly User[];
  /** "Show tokens" was chosen for this user: the list opens their delete confirmation. */
  readonly openTokensOf?: User;
  readonly exported?: { readonly count: number; readonly file: string };
}

type Step =
  | { readonly kind: 'preparing'; readonly done: number; readonly total: number }
  | { readonly kind: 'confirm'; readonly plan: BulkPlan }
  | { readonly kind: 'running'; readonly done: number; readonly total: number }
  | { readonly kind: 'result'; readonly plan: BulkPlan; readonly outcomes: readonly RowOutcome[] }
  | { readonly kind: 'failed'; readonly error: UsersError };

const CONCURRENCY = 4;

/**
 * Acting on many users at once, for `<user-list>`: it gathers the selected users (going through
 * every page for "all matching"), applies the permission rules row by row and says in numbers
 * what will happen and who will be skipped and why, before anything is sent. Confirmed (and not
 * vetoed by a `bulk-action-request` listener), it sends a few requests at a time with its progress
 * shown and announced, waits out 429s, and can be cancelled; then it reports what succeeded, what
 * was skipped and what failed with each reason, and offers "Retry failed". The export goes through
 * the list the same way and hands the browser a CSV file.
 *
 * Internal: rendered by `<user-list>`, whose tokens and adapter it uses.
 *
 * @fires bulk-action-request - Cancelable, before anything is sent: `{ action, role?, users, skipped }`.
 * @fires bulk-action-done - After the run (or the export): `{ action, role?, outcomes, skipped, exported? }`.
 */
export class BulkDialog extends UsersElement {
  static override styles = [
    ...dialogFormStyles,
    css`
      .question {
        margin: 0;
      }
      .skipped,
      .failures {
        margin: var(--_users-space-2) 0 0;
        padding-inline-start: var(--_users-space-5);
      }
      .skipped li,
      .failures li {
        overflow-wrap: anywhere;
      }
      .reason {
        color: var(--_users-color-text-muted);
      }
      .progress {
        display: grid;
        gap: var(--_users-space-2);
      }
      progress {
        inline-size: 100%;
        block-size: 0.75rem;
        accent-color: var(--_users-color-accent);
      }
      .role-field {
        display: grid;
        gap: var(--_users-space-1);
        margin-block-start: var(--_users-space-3);
      }
      .summary-lines p {
        margin: 0;
      }
    `,
  ];

  @state() private step: Step = { kind: 'preparing', done: 0, total: 0 };
  /** The role a bulk role change gives; Users, the least, until the Administrator picks. */
  @state() private newRole: RoleId = 2;

  @query('users-dialog-shell') private readonly shell!: UsersDialogShell;

  private request?: BulkRequest;
  private users: readonly User[] = [];
  private tokens: readonly ApiToken[] = [];
  private work?: AbortController;
  private result?: BulkDialogResult;

  /** Runs `request` in the dialog; resolves when the dialog closes. */
  async show(request: BulkRequest): Promise<BulkDialogResult> {
    this.request = request;
    this.result = { status: 'cancelled', outcomes: [], failed: [] };
    this.users = [];
    this.tokens = [];
    this.step = { kind: 'preparing', done: 0, total: 0 };
    await this.updateComplete;
    const closed = this.shell.open();
    void this.prepare();
    await closed;
    this.work?.abort();
    return this.result;
  }

  protected override render() {
    const t = this.i18n.t;
    const action = this.request?.action ?? 'setRole';
    return html`<users-dialog-shell
      label=${t.bulk.titles[action]}
      ?alert=${action === 'remove'}
      exportparts="dialog: bulk-dialog"
      @dialog-close-request=${this.onCloseRequest}
    >
      ${this.renderStep(t)}
    </users-dialog-shell>`;
  }

  private renderStep(t: Catalog): TemplateResult {
    const step = this.step;
    const action = this.request?.action ?? 'setRole';
    switch (step.kind) {
      case 'preparing':
      case 'running':
        return html`${this.renderProgress(t, step.kind === 'preparing' && action !== 'export' ? t.common.loading : t.bulk.running[action], step.done, step.total)}
          <button slot="footer" type="button" class="button" part="cancel-button" @click=${this.cancel}>
            ${t.bulk.cancel}
          </button>`;
      case 'failed':
        return html`<div class="alert" role="alert" part="error">
            <p>${action === 'export' ? t.bulk.exportFailed : ''} ${errorMessage(step.error, t)}</p>
          </div>
          <button slot="footer" type="button" class="button" part="cancel-button" autofocus @click=${this.close}>
            ${t.common.close}
          </button>`;
      case 'confirm':
        return this.renderConfirm(t, step.plan);
      case 'result':
        return this.renderResult(t, step.plan, step.outcomes);
    }
  }

  private renderProgress(t: Catalog, label: string, done: number, total: number): TemplateResult {
    return html`<div class="progress" part="progress">
      <p class="question" id="progress-label">${label}</p>
      <progress
        part="progress-bar"
        aria-labelledby="progress-label"
        max=${Math.max(total, 1)}
        .value=${done}
        aria-valuetext=${total > 0 ? t.bulk.progress({ done, total }) : label}
      ></progress>
      <p role="status" part="progress-text">${total > 0 ? t.bulk.progress({ done, total }) : ''}</p>
    </div>`;
  }

  private renderConfirm(t: Catalog, plan: BulkPlan): TemplateResult {
    const action = plan.action;
    const count = plan.apply.length;
    const question =
      action.kind === 'setRole'
        ? t.bulk.question.setRole({ count, role: roleLabel(action.role, t) })
        : t.bulk.question[action.kind]({ count });
    return html`${
        action.kind === 'setRole'
          ? html`<label class="role-field">
              <span>${t.bulk.roleLabel}</span>
              <select class="select" part="role-select" .value=${String(this.newRole)} @change=${this.onRole}>
                ${ROLES.map(
                  (role) =>
                    html`<option value=${role.id} ?selected=${role.id === this.newRole}>
                      ${roleLabel(role.id, t)}
                    </option>`,
                )}
              </select>
            </label>`
          : nothing
      }
      <p class="question" part="question" slot="description">${count > 0 ? question : t.bulk.nothingToDo}</p>
      ${this.renderSkipped(t, plan.skipped)}
      <button slot="footer" type="button" class="button" part="cancel-button" autofocus @click=${this.close}>
        ${count > 0 ? t.common.cancel : t.common.close}
      </button>
      ${
        count > 0
          ? html`<button
              slot="footer"
              type="button"
              class=${action.kind === 'remove' ? 'button danger' : 'button primary'}
              part="confirm-button"
              @click=${() => this.run(plan)}
            >
              ${t.bulk.confirm[action.kind]}
            </button>`
          : nothing
      }`;
  }

  private renderSkipped(t: Catalog, skipped: readonly Skipped[], done = false): TemplateResult | typeof nothing {
    if (skipped.length === 0) return nothing;
    const heading = done ? t.bulk.skippedList : t.bulk.skippedHeading;
    return html`<p id="skipped-label">${heading({ count: skipped.length })}</p>
      <ul class="skipped" part="skipped" aria-labelledby="skipped-label">
        ${skipped.map(
          ({ user, reason, tokens }) =>
            html`<li>
              ${displayName(user)}
              <span class="reason"
                >(${reason === 'tokens_block' ? t.bulk.skipReasons.tokens_block({ count: tokens?.length ?? 0 }) : t.bulk.skipReasons[reason]})</span
              >
              ${
                reason === 'tokens_block'
                  ? html`<button
                      type="button"
                      class="button quiet"
                      part="show-tokens-button"
                      @click=${() => this.openTokens(user)}
                    >
                      ${t.bulk.showTokens({ user: displayName(user) })}
                    </button>`
                  : nothing
              }
            </li>`,
        )}
      </ul>`;
  }

  private renderResult(t: Catalog, plan: BulkPlan, outcomes: readonly RowOutcome[]): TemplateResult {
    const done = outcomes.filter((outcome) => outcome.status === 'done').length;
    const failed = outcomes.filter(
      (outcome): outcome is Extract<RowOutcome, { status: 'failed' }> => outcome.status === 'failed',
    );
    const cancelled = outcomes.filter((outcome) => outcome.status === 'cancelled').length;
    const action = plan.action.kind;
    return html`<div class="summary-lines" part="result" role="status">
        <p>${t.bulk.result.succeeded({ count: done })}</p>
        ${cancelled ? html`<p>${t.bulk.result.cancelled({ count: cancelled })}</p>` : nothing}
        ${failed.length ? html`<p>${t.bulk.result.failed({ count: failed.length })}</p>` : nothing}
      </div>
      ${
        failed.length
          ? html`<ul class="failures" part="failures">
              ${failed.map(
                ({ user, error }) =>
                  html`<li>
                    ${displayName(user)}: <span class="reason">${errorMessage(error, t, actionName(action))}</span>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${this.renderSkipped(t, plan.skipped, true)}
      ${
        failed.length
          ? html`<button
              slot="footer"
              type="button"
              class="button"
              part="retry-failed-button"
              @click=${() => this.retry(failed.map((outcome) => outcome.user))}
            >
              ${t.bulk.retryFailed}
            </button>`
          : nothing
      }
      <button slot="footer" type="button" class="button primary" part="close-button" autofocus @click=${this.close}>
        ${t.common.close}
      </button>`;
  }

  // ---- the work ------------------------------------------------------------------------------

  private async prepare(): Promise<void> {
    const request = this.request!;
    const adapter = this.effectiveAdapter;
    if (!adapter) return;
    const work = new AbortController();
    this.work = work;
    const onProgress = (done: number, total: number) => {
      if (!work.signal.aborted) this.step = { kind: 'preparing', done, total };
    };
    try {
      if (request.action === 'export') return await this.export(request, work.signal, onProgress);
      const users = request.selection
        ? await collectSelected(adapter, request.query, request.selection, { signal: work.signal, onProgress })
        : [];
      this.users = users;
      // A removal is refused while the user has active tokens: known before, not discovered after.
      if (request.action === 'remove') this.tokens = await adapter.listApiTokens({}, work.signal);
      if (work.signal.aborted) return;
      this.step = { kind: 'confirm', plan: this.plan(request.action) };
      await this.focusInitial();
    } catch (error) {
      if (!work.signal.aborted) this.fail(error as UsersError, request.action);
    }
  }

  private plan(kind: BulkActionKind, users: readonly User[] = this.users): BulkPlan {
    const { session, facts } = this.request!.session;
    const action: BulkAction = kind === 'setRole' ? { kind, role: this.newRole } : { kind };
    return planBulk(action, users, session, facts, this.tokens);
  }

  private async run(plan: BulkPlan): Promise<void> {
    const adapter = this.effectiveAdapter;
    if (!adapter || plan.apply.length === 0) return;
    const role = plan.action.kind === 'setRole' ? plan.action.role : undefined;
    const vetoed = !this.emit(
      'bulk-action-request',
      { action: plan.action.kind, role, users: plan.apply, skipped: plan.skipped },
      { cancelable: true },
    );
    if (vetoed) {
      this.shell.close('vetoed');
      return;
    }
    const work = new AbortController();
    this.work = work;
    this.step = { kind: 'running', done: 0, total: plan.apply.length };
    await this.focusInitial();
    const outcomes = await runBulk(plan.apply, senderFor(adapter, plan.action), {
      concurrency: CONCURRENCY,
      signal: work.signal,
      onProgress: (done, total) => {
        this.step = { kind: 'running', done, total };
      },
    });
    for (const outcome of outcomes) {
      if (outcome.status === 'failed') reportUsersError(this, outcome.error, actionName(plan.action.kind));
    }
    const failed = outcomes.flatMap((outcome) => (outcome.status === 'failed' ? [outcome.user] : []));
    this.result = { status: 'done', outcomes: [...(this.result?.outcomes ?? []), ...outcomes], failed };
    this.emit('bulk-action-done', { action: plan.action.kind, role, outcomes, skipped: plan.skipped });
    this.step = { kind: 'result', plan, outcomes };
    await this.focusInitial();
  }

  private async retry(users: readonly User[]): Promise<void> {
    const kind = this.request!.action as BulkActionKind;
    await this.run({ ...this.plan(kind, users), skipped: [] });
  }

  private async export(
    request: BulkRequest,
    signal: AbortSignal,
    onProgress: (done: number, total: number) => void,
  ): Promise<void> {
    const adapter = this.effectiveAdapter!;
    if (!this.emit('bulk-action-request', { action: 'export', users: [], skipped: [] }, { cancelable: true })) {
      this.shell.close('vetoed');
      return;
    }
    this.step = { kind: 'running', done: 0, total: 0 };
    const { blob, count } = await exportUsersCsv({
      adapter,
      query: request.query,
      selection: request.selection,
      t: this.i18n.t,
      lang: this.i18n.lang,
      signal,
      onProgress: (done, total) => {
        onProgress(done, total);
        this.step = { kind: 'running', done, total };
      },
    });
    if (signal.aborted) return;
    const file = csvFileName(request.account);
    download(blob, file);
    this.result = { status: 'done', outcomes: [], failed: [], exported: { count, file } };
    this.emit('bulk-action-done', { action: 'export', outcomes: [], skipped: [], exported: { count, file } });
    this.shell.close('done');
  }

  private fail(error: UsersError, action: BulkActionKind | 'export'): void {
    reportUsersError(this, error, action === 'remove' && this.users.length > 0 ? 'listApiTokens' : 'listUsers');
    this.step = { kind: 'failed', error };
    void this.focusInitial();
  }

  private onRole = (event: Event): void => {
    this.newRole = Number((event.target as HTMLSelectElement).value) as RoleId;
    if (this.step.kind === 'confirm') this.step = { kind: 'confirm', plan: this.plan('setRole') };
  };

  private openTokens(user: User): void {
    this.result = { ...(this.result ?? { status: 'cancelled', outcomes: [], failed: [] }), openTokensOf: user };
    this.shell.close('tokens');
  }

  /** Stops what is not sent yet; what was sent stays sent and is reported. */
  private cancel = (): void => {
    this.work?.abort();
    if (this.step.kind === 'preparing') this.shell.close('cancel');
  };

  private close = (): void => {
    this.work?.abort();
    this.shell.close('cancel');
  };

  /** Escape while requests go out means Cancel, as the button says; otherwise it closes. */
  private onCloseRequest = (event: Event): void => {
    if (this.step.kind === 'running') {
      event.preventDefault();
      this.cancel();
    }
  };

  private async focusInitial(): Promise<void> {
    await this.updateComplete;
    this.shell.focusInitial();
  }
}

/** The adapter method each action is, for `users-error`. */
function actionName(kind: BulkActionKind): 'setUserRole' | 'resendInvite' | 'removeUser' {
  return kind === 'setRole' ? 'setUserRole' : kind === 'resendInvite' ? 'resendInvite' : 'removeUser';
}

defineElement('users-bulk-dialog', BulkDialog);

declare global {
  interface HTMLElementTagNameMap {
    'users-bulk-dialog': BulkDialog;
  }
}
