import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { UsersAdapter } from '../../adapters/users-adapter.js';
import {
  DEFAULT_INVITE_ROLE_ID,
  INVITATION_VALID_HOURS,
  OFFERED_LANGUAGES,
  ROLES,
  mayInvite,
  validateInvite,
  type InputField,
  type InviteInput,
  type InviteOutcome,
  type InviteResult,
  type OfferedLanguage,
  type RoleId,
} from '../../core/index.js';
import { errorMessage, languageName, roleDescription, roleLabel } from '../../i18n/index.js';
import { MutationController } from '../../state/index.js';
import { DialogElement } from '../internal/dialog-element.js';
import type { DialogOutcome } from '../internal/dialog-outcome.js';
import { radioGroup, textField } from '../internal/form-controls.js';
import { fieldCodesOf, fieldMessage, INPUT_FIELDS, type FieldCodes } from '../internal/field-errors.js';
import { inviteDialogStyles } from './invite-dialog.styles.js';
import { defineElement } from '../internal/define-element.js';

/** `done` once at least one invitation went out; `invited` lists every one sent while it was open. */
export type InviteDialogOutcome = DialogOutcome<{
  readonly outcome: InviteOutcome;
  readonly invited: readonly InviteResult[];
}>;

interface InviteFormValues {
  readonly name: string;
  readonly email: string;
  readonly lang: OfferedLanguage;
  readonly role: RoleId;
}

/** As the portal opens it: English, and the least privileged role. */
const EMPTY_FORM: InviteFormValues = { name: '', email: '', lang: 'en', role: DEFAULT_INVITE_ROLE_ID };

interface InviteArgs {
  readonly adapter: UsersAdapter;
  readonly input: InviteInput;
}

/**
 * The "Invite user" dialog: name (optional), email, language and role, as in the Gcore portal.
 * Each field is checked when it loses focus and all of them on submit (the first invalid one gets
 * focus); the backend's per-field complaints land under their field. A failed request keeps
 * everything typed and says what went wrong. On success the dialog says what happened (a new
 * account got a create-password link, or an existing account was notified) and offers to invite
 * another.
 *
 * Only Administrators may invite: anyone else gets an explanation instead of the form.
 *
 * Use: place it, give it an adapter (property or an ancestor `<users-provider>`), call `show()`.
 *
 * @summary Modal form to invite a user to the account.
 *
 * @event user-invited - After the backend accepted an invitation; `detail.user`, `detail.outcome` (`created` | `existing`).
 * @event users-error - An invitation failed; `detail.action` is `'inviteUser'`. The dialog shows it too.
 *
 * @csspart dialog - The native `<dialog>` (also `header`, `heading`, `body`, `footer`).
 * @csspart form - The `<form>`.
 * @csspart field - Each text field's wrapper; `label`, `input`, `hint`, `field-error` inside.
 * @csspart fieldset - The language and role groups; `legend`, `option`, `option-label`, `option-description` inside.
 * @csspart error - The region that says why a request failed.
 * @csspart result - The message after a successful invitation.
 * @csspart notice - The explanation shown instead of the form (not allowed, no adapter, loading).
 * @csspart cancel-button - Cancel / Close.
 * @csspart submit-button - Invite user.
 * @csspart invite-another-button - Invite another, after a success.
 * @csspart discard-prompt - "Discard your changes?" with `keep-editing-button` and `discard-button`.
 *
 * @cssproperty --invite-dialog-width - Width of the dialog (default 40rem).
 */
export class InviteDialog extends DialogElement<InviteDialogOutcome> {
  static override styles = [...inviteDialogStyles];

  @state() private values: InviteFormValues = EMPTY_FORM;
  /** Per field: validation codes, a server's own text, or `already_invited`. */
  @state() private fieldErrors: FieldCodes = {};
  @state() private result?: InviteResult;

  private readonly invitation = new MutationController<InviteArgs, InviteResult>(this, {
    task: ({ adapter, input }, signal) => adapter.inviteUser(input, signal),
    action: 'inviteUser',
  });
  private invited: InviteResult[] = [];

  /**
   * Opens the dialog with an empty form. Resolves when it closes: `done` with the last invitation
   * (and all of them in `invited`) if any was sent, else `cancelled`. While open, calling it again
   * returns the same promise.
   */
  show(): Promise<InviteDialogOutcome> {
    return this.openDialog(() => {
      this.resetForm();
      this.invited = [];
      this.invitation.reset();
    });
  }

  protected override outcome(): InviteDialogOutcome {
    const last = this.invited.at(-1);
    return last
      ? { status: 'done', user: last.user, outcome: last.outcome, invited: [...this.invited] }
      : { status: 'cancelled' };
  }

  protected override get busy(): boolean {
    return this.invitation.pending;
  }

  protected override get hasUnsavedInput(): boolean {
    const { name, email, lang, role } = this.values;
    return (
      !this.result &&
      this.session.state !== undefined &&
      (name.trim() !== '' || email.trim() !== '' || lang !== EMPTY_FORM.lang || role !== EMPTY_FORM.role)
    );
  }

  private resetForm(): void {
    this.values = EMPTY_FORM;
    this.fieldErrors = {};
    this.result = undefined;
  }

  protected override render() {
    return this.renderDialog(this.i18n.t.dialogs.invite.title, this.renderContent());
  }

  private renderContent(): TemplateResult {
    const gate = this.renderSessionGate();
    if (gate) return gate;
    const t = this.i18n.t;
    if (!mayInvite(this.session.state!.session).allowed) return this.renderNotice(t.dialogs.invite.notAllowed);
    if (this.result) return this.renderResult(this.result);
    return this.renderForm();
  }

  private renderForm(): TemplateResult {
    const t = this.i18n.t;
    const { values } = this;
    const pending = this.invitation.pending;
    return html`<form id="invite-form" part="form" novalidate @submit=${this.onSubmit}>
        ${textField({
          id: 'name',
          label: t.dialogs.invite.nameLabel,
          labelNote: t.common.optional,
          value: values.name,
          hint: t.dialogs.invite.nameHint,
          placeholder: t.dialogs.invite.namePlaceholder,
          autocomplete: 'off',
          error: this.errorFor('name'),
          onInput: (name) => this.edit({ name }, 'name'),
          onBlur: () => this.onBlur('name'),
        })}
        ${textField({
          id: 'email',
          type: 'email',
          label: t.dialogs.invite.emailLabel,
          value: values.email,
          required: true,
          hint: t.dialogs.invite.emailHint,
          placeholder: t.dialogs.invite.emailPlaceholder,
          autocomplete: 'off',
          error: this.errorFor('email'),
          onInput: (email) => this.edit({ email }, 'email'),
          onBlur: () => this.onBlur('email'),
        })}
        ${radioGroup<OfferedLanguage>({
          name: 'lang',
          legend: t.dialogs.invite.languageLabel,
          layout: 'inline',
          options: OFFERED_LANGUAGES.map((code) => ({ value: code, label: languageName(code, this.i18n.lang, t) })),
          selected: values.lang,
          error: this.errorFor('lang'),
          onChange: (lang) => this.edit({ lang }, 'lang'),
        })}
        ${radioGroup<RoleId>({
          name: 'role',
          legend: t.dialogs.invite.roleLabel,
          options: ROLES.map((role) => ({
            value: role.id,
            label: roleLabel(role.id, t),
            description: roleDescription(role.id, t),
          })),
          selected: values.role,
          error: this.errorFor('role'),
          onChange: (role) => this.edit({ role }, 'role'),
        })}
        <div class="alert" role="alert" part="error">${this.renderRequestError()}</div>
      </form>
      ${this.renderFormFooter({
        form: 'invite-form',
        part: 'submit-button',
        label: pending ? t.dialogs.invite.submitting : t.dialogs.invite.submit,
        pending,
      })}`;
  }

  private renderRequestError(): TemplateResult | typeof nothing {
    const error = this.invitation.status === 'error' ? this.invitation.error : undefined;
    if (!error) return nothing;
    const t = this.i18n.t;
    // A complaint shown under its field needs only a pointer here, not the same words twice.
    const onFields = Object.keys(fieldCodesOf(error)).length > 0;
    return html`<p>${onFields ? t.dialogs.invite.checkFields : errorMessage(error, t)}</p>`;
  }

  private renderResult(result: InviteResult): TemplateResult {
    const t = this.i18n.t;
    const { email } = result.user;
    const text =
      result.outcome === 'created'
        ? t.dialogs.invite.created({ email, hours: INVITATION_VALID_HOURS })
        : t.dialogs.invite.existing({ email });
    return html`<p id="result" class="result" part="result" tabindex="-1">${text}</p>
      <button slot="footer" type="button" class="button" part="invite-another-button" @click=${this.inviteAnother}>
        ${t.dialogs.invite.inviteAnother}
      </button>
      ${this.renderCloseButton(t.common.close, { primary: true })}`;
  }

  private errorFor(field: InputField): string | undefined {
    const codes = this.fieldErrors[field];
    return codes?.[0] === undefined ? undefined : fieldMessage(codes[0], this.i18n.t);
  }

  /** Typing replaces the field's old complaint with a fresh check, so a fixed field clears at once. */
  private edit(patch: Partial<InviteFormValues>, field: InputField): void {
    this.values = { ...this.values, ...patch };
    if (this.fieldErrors[field]) this.validateField(field);
  }

  /**
   * Blur also comes when the form goes away under the focused field (the result replaced it, the
   * dialog closed); judging a field nobody can see then is noise, and would set state mid-render.
   */
  private onBlur(field: InputField): void {
    if (this.result || !this.shell?.isOpen) return;
    this.validateField(field);
  }

  private validateField(field: InputField): void {
    const result = validateInvite(this.values);
    const codes = result.ok ? undefined : result.fieldErrors[field];
    const { [field]: _old, ...rest } = this.fieldErrors;
    this.fieldErrors = codes ? { ...rest, [field]: codes } : rest;
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const adapter = this.effectiveAdapter;
    if (!adapter) return;
    const valid = validateInvite(this.values);
    if (!valid.ok) {
      this.fieldErrors = valid.fieldErrors;
      await this.focusFirstInvalid();
      return;
    }
    // A second submit while the first is in flight sends nothing and ends here.
    const outcome = await this.invitation.run({ adapter, input: valid.value });
    if (!outcome) return;
    if (outcome.ok) {
      this.invited.push(outcome.value);
      this.result = outcome.value;
      this.emit('user-invited', { user: outcome.value.user, outcome: outcome.value.outcome });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#result')?.focus();
      return;
    }
    const onFields = fieldCodesOf(outcome.error);
    if (Object.keys(onFields).length > 0) {
      this.fieldErrors = { ...this.fieldErrors, ...onFields };
      await this.focusFirstInvalid();
    }
  }

  private async focusFirstInvalid(): Promise<void> {
    await this.updateComplete;
    const field = INPUT_FIELDS.find((name) => this.fieldErrors[name]?.length);
    if (!field) return;
    // A radio group is entered at its checked radio, as Tab would.
    const target =
      this.renderRoot.querySelector<HTMLElement>(`input[name="${field}"]:checked`) ??
      this.renderRoot.querySelector<HTMLElement>(`input[name="${field}"]`);
    target?.focus();
  }

  private async inviteAnother(): Promise<void> {
    this.resetForm();
    this.invitation.reset();
    await this.focusWhenRendered();
  }
}

defineElement('invite-dialog', InviteDialog);

declare global {
  interface HTMLElementTagNameMap {
    'invite-dialog': InviteDialog;
  }
}
