import { html, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { errorMessage } from '../../i18n/index.js';
import { SessionController } from '../../state/index.js';
import './dialog-shell.js';
import type { UsersDialogShell } from './dialog-shell.js';
import { discardPrompt } from './discard-prompt.js';
import { deepActiveElement } from './focus.js';
import { UsersElement } from './users-element.js';
import '../../i18n/catalogs/en/later.js';

/**
 * What `<invite-dialog>`, `<edit-user>` and `<delete-confirm>` share: one `show()` at a time that
 * resolves when the dialog closes, the session that decides what the dialog offers (provided by
 * `<user-list>` or loaded from the adapter), the states before it is known (no adapter, loading,
 * failed), and the "Discard your changes?" question when Escape would lose input.
 *
 * Subclasses render their content through `renderDialog()` and describe themselves with
 * `hasUnsavedInput` and `busy`.
 */
export abstract class DialogElement<Outcome> extends UsersElement {
  @state() protected confirmingDiscard = false;

  @query('users-dialog-shell') protected readonly shell!: UsersDialogShell;

  private showing?: Promise<Outcome>;
  /** Each opening counts: the session is loaded again for it (unless an ancestor provides one). */
  private openings = 0;

  protected readonly session = new SessionController(this, {
    adapter: () => this.effectiveAdapter,
    active: () => this.showing !== undefined,
    generation: () => this.openings,
    // Content may appear only once the session is known; focus follows it in.
    onLoaded: () => void this.focusWhenRendered({ ifIdle: true }),
  });
  private focusBeforeDiscard?: HTMLElement;

  /** Closes the dialog as Cancel would; `show()` then resolves. */
  close(): void {
    this.shell?.close('cancel');
  }

  /** Something typed or chosen would be lost by closing: Escape asks first. */
  protected get hasUnsavedInput(): boolean {
    return false;
  }

  /** A request is in flight: Escape does nothing rather than leave its answer unseen. */
  protected get busy(): boolean {
    return false;
  }

  /** How the dialog ended, read once it has closed. */
  protected abstract outcome(): Outcome;

  /**
   * Opens the dialog after `prepare()` reset the subclass's state; the same promise while open.
   * `show()` of each subclass calls this.
   */
  protected openDialog(prepare: () => void): Promise<Outcome> {
    this.showing ??= this.runDialog(prepare).finally(() => (this.showing = undefined));
    return this.showing;
  }

  protected get isShowing(): boolean {
    return this.showing !== undefined;
  }

  private async runDialog(prepare: () => void): Promise<Outcome> {
    prepare();
    this.openings += 1;
    this.confirmingDiscard = false;
    await this.updateComplete;
    const closed = this.shell.open();
    await closed;
    this.confirmingDiscard = false;
    return this.outcome();
  }

  /** After the content changed under the user (a result replaced the form): focus its start. */
  protected async focusWhenRendered(options: { ifIdle?: boolean } = {}): Promise<void> {
    await this.updateComplete;
    this.shell?.focusInitial(options);
  }

  protected renderDialog(label: string, content: TemplateResult, options: { alert?: boolean } = {}) {
    return html`<users-dialog-shell
      label=${label}
      ?alert=${options.alert ?? false}
      exportparts="dialog, header, heading, description, body, footer"
      @dialog-close-request=${this.onCloseRequest}
    >
      ${content}
    </users-dialog-shell>`;
  }

  /** The content while there is no session yet (no adapter, loading, failed), else undefined. */
  protected renderSessionGate(): TemplateResult | undefined {
    if (this.session.state) return undefined;
    const t = this.i18n.t;
    if (!this.effectiveAdapter) return this.renderNotice(t.dialogs.form.noAdapter);
    if (this.session.status === 'error' && this.session.error) {
      return html`<div class="alert" role="alert" part="error">
          <p>${t.dialogs.form.sessionFailed}</p>
          <p>${errorMessage(this.session.error, t, 'getSession')}</p>
        </div>
        ${this.renderCloseButton(t.common.cancel)}
        <button slot="footer" type="button" class="button primary" part="retry-button" @click=${this.retrySession}>
          ${t.common.tryAgain}
        </button>`;
    }
    return html`<p class="notice" role="status" part="notice">${t.common.loading}</p>
      ${this.renderCloseButton(t.common.cancel)}`;
  }

  /** A sentence instead of the dialog's content (e.g. not allowed), with only a Close button. */
  protected renderNotice(text: string): TemplateResult {
    return html`<p class="notice" part="notice">${text}</p>
      ${this.renderCloseButton(this.i18n.t.common.close)}`;
  }

  protected renderCloseButton(label: string, options: { primary?: boolean; autofocus?: boolean } = {}) {
    return html`<button
      slot="footer"
      type="button"
      class=${options.primary ? 'button primary' : 'button'}
      part="cancel-button"
      ?autofocus=${options.autofocus ?? false}
      @click=${this.close}
    >
      ${label}
    </button>`;
  }

  /**
   * The footer of a form dialog: Cancel, and the button that submits `form` (by id, as it sits in
   * the footer slot outside the form), busy while the request is `pending`.
   */
  protected renderFormFooter(submit: {
    form: string;
    part: string;
    label: string;
    pending: boolean;
    disabled?: boolean;
  }): TemplateResult {
    return this.renderFooter(
      html`${this.renderCloseButton(this.i18n.t.common.cancel)}
        <button
          slot="footer"
          type="submit"
          form=${submit.form}
          class="button primary"
          part=${submit.part}
          ?disabled=${submit.disabled ?? false}
          aria-busy=${submit.pending ? 'true' : 'false'}
        >
          ${submit.label}
        </button>`,
    );
  }

  /** `buttons`, or the discard question in their place while it is asked. */
  protected renderFooter(buttons: TemplateResult): TemplateResult {
    if (!this.confirmingDiscard) return buttons;
    return discardPrompt({ t: this.i18n.t, onKeep: () => this.keepEditing(), onDiscard: () => this.discard() });
  }

  private async retrySession(): Promise<void> {
    await this.session.reload();
    await this.focusWhenRendered();
  }

  private async onCloseRequest(event: Event): Promise<void> {
    if (this.busy) {
      event.preventDefault();
      return;
    }
    if (this.confirmingDiscard) {
      // Escape on the question itself means "no, go back".
      event.preventDefault();
      await this.keepEditing();
      return;
    }
    if (!this.hasUnsavedInput) return;
    event.preventDefault();
    this.focusBeforeDiscard = deepActiveElement();
    this.confirmingDiscard = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="keep-editing-button"]')?.focus();
  }

  private async keepEditing(): Promise<void> {
    this.confirmingDiscard = false;
    const target = this.focusBeforeDiscard;
    this.focusBeforeDiscard = undefined;
    await this.updateComplete;
    if (target?.isConnected) target.focus();
    else this.shell.focusInitial();
  }

  private discard(): void {
    this.focusBeforeDiscard = undefined;
    this.shell.close('cancel');
  }
}
