import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { state } from 'lit/decorators.js';
import type { UsersAdapter } from '../../adapters/users-adapter.js';
import { mayRemove, type DenialReason, type User, type UsersError } from '../../core/index.js';
import { errorMessage, type Catalog } from '../../i18n/index.js';
import { MutationController } from '../../state/index.js';
import '../api-token-list/api-token-list.js';
import { DialogElement } from '../internal/dialog-element.js';
import type { DialogOutcome } from '../internal/dialog-outcome.js';
import { deleteConfirmStyles } from './delete-confirm.styles.js';
import { defineElement } from '../internal/define-element.js';

/** `done` once the user was removed from the account. */
export type DeleteConfirmOutcome = DialogOutcome;

interface RemoveArgs {
  readonly adapter: UsersAdapter;
  readonly user: User;
}

/**
 * "Delete user?": the confirmation before removing a user's access to this account. It names the
 * user and says they lose access to this account only; their other accounts are unchanged. Focus
 * starts on Cancel, the safe choice; Delete is styled as dangerous.
 *
 * Before anything is sent it dispatches the cancelable `user-remove-request`: a host that calls
 * `preventDefault()` vetoes the removal (or takes it over), and the dialog closes with nothing
 * removed. When the user's active API tokens block the removal, the dialog says so and lists them
 * (an embedded `<api-token-list>`), where an Administrator can delete them; after a deletion it
 * offers "Try again" without leaving the dialog.
 *
 * Yourself and the last Administrator can't be removed: the dialog then has no Delete button and
 * says why.
 *
 * @summary Confirmation dialog (alertdialog) that removes a user from the account.
 *
 * @event user-remove-request - Cancelable, before the removal is sent; `detail.user`. `preventDefault()` removes nothing.
 * @event user-removed - After the backend removed the user; `detail.user`.
 * @event users-error - A removal failed; `detail.action` is `'removeUser'`. The dialog shows it too.
 * @event token-deleted - From the embedded token list, after a blocking token was deleted; `detail.token`.
 *
 * @csspart dialog - The native `<dialog>` (also `header`, `heading`, `description`, `body`, `footer`).
 * @csspart consequence - The sentence naming the user and what they lose.
 * @csspart error - The region saying why the removal failed.
 * @csspart tokens - The embedded `<api-token-list>` of blocking tokens.
 * @csspart notice - Why this user can't be deleted, instead of the Delete button.
 * @csspart cancel-button - Cancel / Close.
 * @csspart delete-button - Delete.
 * @csspart retry-button - Try again, after a blocking token was deleted.
 * @csspart status - The live region saying a blocking token was deleted.
 *
 * @cssproperty --delete-confirm-width - Width of the dialog (default 40rem; the token list may need it).
 */
export class DeleteConfirm extends DialogElement<DeleteConfirmOutcome> {
  static override styles = [...deleteConfirmStyles];

  @state() private target?: User;
  /** The last attempt was refused because of the user's active tokens. */
  @state() private blockedByTokens = false;
  /** A blocking token was deleted since: retrying may now work. */
  @state() private tokenDeleted = false;

  private readonly removal = new MutationController<RemoveArgs, void>(this, {
    task: ({ adapter, user }, signal) => adapter.removeUser(user.id, signal),
    action: 'removeUser',
  });
  private removed = false;

  /**
   * Asks whether to remove `user`. Resolves when the dialog closes: `done` if the user was
   * removed, else `cancelled` (also when a `user-remove-request` listener vetoed it).
   */
  show(user: User): Promise<DeleteConfirmOutcome> {
    return this.openDialog(() => {
      this.target = user;
      this.removed = false;
      this.blockedByTokens = false;
      this.tokenDeleted = false;
      this.removal.reset();
    });
  }

  protected override outcome(): DeleteConfirmOutcome {
    return this.removed && this.target ? { status: 'done', user: this.target } : { status: 'cancelled' };
  }

  protected override get busy(): boolean {
    return this.removal.pending;
  }

  protected override render() {
    return this.renderDialog(this.i18n.t.dialogs.remove.title, this.renderContent(), { alert: true });
  }

  private renderContent(): TemplateResult {
    const t = this.i18n.t;
    const user = this.target;
    const consequence = user
      ? html`<p slot="description" class="consequence" part="consequence">
          ${t.dialogs.remove.consequence({ who: displayName(user, t) })}
        </p>`
      : nothing;
    const gate = this.renderSessionGate();
    if (gate || !user) return html`${consequence}${gate ?? nothing}`;
    const { session, facts } = this.session.state!;
    const decision = mayRemove(session, user, facts);
    if (!decision.allowed) {
      return html`${consequence}
        <p class="notice" part="notice">${denialText(decision.reason, t)}</p>
        ${this.renderCloseButton(t.common.close, { autofocus: true })}`;
    }
    return html`${consequence}
      <div class="alert" role="alert" part="error">${this.renderError()}</div>
      ${this.blockedByTokens ? this.renderBlockingTokens(user) : nothing} ${this.renderButtons()}`;
  }

  private renderError(): TemplateResult | typeof nothing {
    const error = this.removal.status === 'error' ? this.removal.error : undefined;
    if (!error) return nothing;
    const t = this.i18n.t;
    return html`<p id="error-message" tabindex="-1">${errorMessage(error, t, 'removeUser')}</p>
      ${error.code === 'tokens_block_removal' ? html`<p>${t.dialogs.remove.tokensHint}</p>` : nothing}`;
  }

  private renderBlockingTokens(user: User): TemplateResult {
    const t = this.i18n.t;
    return html`<api-token-list
        embedded
        status="active"
        part="tokens"
        .issuedBy=${user.id}
        .adapter=${this.adapter}
        .i18nOverrides=${this.i18nOverrides}
        theme=${ifDefined(this.theme)}
        @token-deleted=${this.onTokenDeleted}
      ></api-token-list>
      <p class="status" role="status" part="status">${this.tokenDeleted ? t.dialogs.remove.tokenDeleted : nothing}</p>`;
  }

  private renderButtons(): TemplateResult {
    const t = this.i18n.t;
    const pending = this.removal.pending;
    const cancel = this.renderCloseButton(t.common.cancel, { autofocus: true });
    if (this.blockedByTokens) {
      return html`${cancel}
      ${
        this.tokenDeleted
          ? html`<button
              slot="footer"
              type="button"
              class="button danger"
              part="retry-button"
              aria-busy=${pending ? 'true' : 'false'}
              @click=${this.confirmRemoval}
            >
              ${pending ? t.dialogs.remove.deleting : t.common.tryAgain}
            </button>`
          : nothing
      }`;
    }
    return html`${cancel}
      <button
        slot="footer"
        type="button"
        class="button danger"
        part="delete-button"
        aria-busy=${pending ? 'true' : 'false'}
        @click=${this.confirmRemoval}
      >
        ${pending ? t.dialogs.remove.deleting : t.common.delete}
      </button>`;
  }

  private async confirmRemoval(): Promise<void> {
    const adapter = this.effectiveAdapter;
    const user = this.target;
    // A second click while the first is in flight: the request event must not fire twice either.
    if (!adapter || !user || this.removal.pending) return;
    if (!this.emit('user-remove-request', { user }, { cancelable: true })) {
      this.shell.close('vetoed');
      return;
    }
    const result = await this.removal.run({ adapter, user });
    if (!result) return;
    if (result.ok) {
      this.removed = true;
      this.emit('user-removed', { user });
      this.shell.close('done');
      return;
    }
    this.onRemovalFailed(result.error);
  }

  private async onRemovalFailed(error: UsersError): Promise<void> {
    const wasBlocked = this.blockedByTokens;
    this.blockedByTokens = error.code === 'tokens_block_removal';
    this.tokenDeleted = false;
    await this.updateComplete;
    // The pressed button may be gone (Delete makes way for the token list): focus the reason.
    if (this.blockedByTokens || wasBlocked) {
      this.renderRoot.querySelector<HTMLElement>('#error-message')?.focus();
      if (wasBlocked) await this.renderRoot.querySelector('api-token-list')?.refresh();
    }
  }

  private onTokenDeleted(): void {
    this.tokenDeleted = true;
  }
}

function displayName(user: User, t: Catalog): string {
  return user.name ? t.dialogs.remove.nameAndEmail({ name: user.name, email: user.email }) : user.email;
}

function denialText(reason: DenialReason, t: Catalog): string {
  switch (reason) {
    case 'self':
      return t.dialogs.remove.cannotSelf;
    case 'last_admin':
      return t.dialogs.remove.cannotLastAdmin;
    default:
      return t.dialogs.remove.cannotNotAdmin;
  }
}

defineElement('delete-confirm', DeleteConfirm);

declare global {
  interface HTMLElementTagNameMap {
    'delete-confirm': DeleteConfirm;
  }
}
