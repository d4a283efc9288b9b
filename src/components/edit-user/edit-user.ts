import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { UsersAdapter } from '../../adapters/users-adapter.js';
import {
  OFFERED_LANGUAGES,
  ROLES,
  assignableRoles,
  editableFields,
  isSelf,
  roleLockReason,
  validateUserPatch,
  type ApiToken,
  type EditableField,
  type Language,
  type RoleId,
  type User,
  type UserPatch,
  type UsersError,
} from '../../core/index.js';
import { errorMessage, languageName, roleDescription, roleLabel } from '../../i18n/index.js';
import { MutationController, reportUsersError, type SessionState } from '../../state/index.js';
import { DialogElement } from '../internal/dialog-element.js';
import type { DialogOutcome } from '../internal/dialog-outcome.js';
import { fieldCodesOf, fieldMessage, INPUT_FIELDS, type FieldCodes } from '../internal/field-errors.js';
import { radioGroup, readOnlyValue, textField } from '../internal/form-controls.js';
import { editUserStyles } from './edit-user.styles.js';
import { conflictingTokens, saveUserEdits, type SaveStep, type UserEdits } from './save-user-edits.js';
import { defineElement } from '../internal/define-element.js';

/** `done` when anything was saved (even if part failed); `changed` names what. */
export type EditUserOutcome = DialogOutcome<{ readonly changed: readonly EditableField[] }>;

interface EditValues {
  readonly name: string;
  readonly lang: Language;
  /** `null` for a user of unknown role, whose role is never editable (core/permissions.ts). */
  readonly role: RoleId | null;
}

interface SaveArgs {
  readonly adapter: UsersAdapter;
  readonly id: number;
  readonly edits: UserEdits;
}

/** The changes the form holds against the saved user, limited to what the session may edit. */
interface PendingChanges {
  readonly fields: readonly EditableField[];
  readonly patch: UserPatch;
  readonly role?: RoleId;
}

function valuesOf(user: User): EditValues {
  return { name: user.name ?? '', lang: user.lang, role: user.role };
}

/**
 * Edits a user, with what the permission rules allow: an Administrator on their own row changes
 * name, role and language; on another user's row only the role (name, email and language shown
 * read-only); anyone else only their own name and language. The email is never edited here.
 *
 * The role offers only the roles the rules allow, and says why when it can't change (your own
 * role, the last Administrator). Save is enabled once something changed. Name and language go in
 * one request and the role in another, as in the Gcore API: if one succeeds and the other fails,
 * the dialog says exactly what was saved and what was not, and keeps the unsaved input. A role
 * change refused because the user issued tokens with a higher role lists those tokens.
 *
 * Use: give it an adapter (property or ancestor), call `show(user)`.
 *
 * @summary Modal form to edit a user's name, language and role.
 *
 * @event user-updated - After a save request succeeded; `detail.user` as saved, `detail.changed` the fields it carried.
 * @event users-error - A save request failed; `detail.action` is `'updateUser'` or `'setUserRole'`.
 *
 * @csspart dialog - The native `<dialog>` (also `header`, `heading`, `body`, `footer`).
 * @csspart form - The `<form>`.
 * @csspart field - Each field's wrapper; `label`, `input`, `hint`, `field-error` inside; `read-only-field` (value `read-only-input`) for values shown only.
 * @csspart fieldset - The language and role groups; `legend`, `option`, `option-label`, `option-description` inside.
 * @csspart error - The region reporting what was saved (`saved`) and what failed (`not-saved`); `conflicting-tokens` the token list in it.
 * @csspart notice - The explanation shown instead of the form.
 * @csspart cancel-button - Cancel.
 * @csspart save-button - Save.
 * @csspart discard-prompt - "Discard your changes?" with `keep-editing-button` and `discard-button`.
 *
 * @cssproperty --edit-user-width - Width of the dialog (default 40rem).
 */
export class EditUser extends DialogElement<EditUserOutcome> {
  static override styles = [...editUserStyles];

  /** The user as last saved; the form's baseline. */
  @state() private target?: User;
  @state() private values?: EditValues;
  @state() private fieldErrors: FieldCodes = {};
  /** The last save's requests, when any of them failed. */
  @state() private report?: readonly SaveStep[];
  @state() private conflicts?: readonly ApiToken[];

  // Each failed step is reported as the request it was (updateUser or setUserRole), below.
  private readonly saving = new MutationController<SaveArgs, SaveStep[]>(this, {
    task: ({ adapter, id, edits }, signal) => saveUserEdits(adapter, id, edits, signal),
  });
  private changedSoFar = new Set<EditableField>();
  private conflictLookup?: AbortController;

  /**
   * Opens the form for `user`. Resolves when it closes: `done` with the user as saved and the
   * changed fields if anything was saved, else `cancelled`. While open, calling it again returns
   * the same promise (and keeps the user being edited).
   */
  show(user: User): Promise<EditUserOutcome> {
    return this.openDialog(() => {
      this.target = user;
      this.values = valuesOf(user);
      this.fieldErrors = {};
      this.report = undefined;
      this.conflicts = undefined;
      this.changedSoFar = new Set();
      this.saving.reset();
    });
  }

  protected override outcome(): EditUserOutcome {
    this.conflictLookup?.abort();
    if (this.changedSoFar.size === 0 || !this.target) return { status: 'cancelled' };
    const changed = (['name', 'lang', 'role'] as const).filter((field) => this.changedSoFar.has(field));
    return { status: 'done', user: this.target, changed };
  }

  protected override get busy(): boolean {
    return this.saving.pending;
  }

  protected override get hasUnsavedInput(): boolean {
    return this.pendingChanges().fields.length > 0;
  }

  private pendingChanges(): PendingChanges {
    const state = this.session.state;
    const { target, values } = this;
    if (!state || !target || !values) return { fields: [], patch: {} };
    const allowed = editableFields(state.session, target);
    const fields: EditableField[] = [];
    const patch: { name?: string; lang?: Language } = {};
    if (allowed.includes('name') && values.name.trim() !== (target.name ?? '')) {
      fields.push('name');
      patch.name = values.name;
    }
    if (allowed.includes('lang') && values.lang !== target.lang) {
      fields.push('lang');
      patch.lang = values.lang;
    }
    const roleChanged = allowed.includes('role') && values.role !== null && values.role !== target.role;
    if (roleChanged) fields.push('role');
    return { fields, patch, ...(roleChanged && { role: values.role }) };
  }

  protected override render() {
    const t = this.i18n.t;
    const state = this.session.state;
    const self = state && this.target && isSelf(state.session, this.target);
    return this.renderDialog(self ? t.dialogs.edit.titleSelf : t.dialogs.edit.title, this.renderContent());
  }

  private renderContent(): TemplateResult {
    const gate = this.renderSessionGate();
    if (gate) return gate;
    const t = this.i18n.t;
    const state = this.session.state!;
    const { target, values } = this;
    if (!target || !values) return this.renderNotice(t.dialogs.edit.notAllowed);
    const fields = editableFields(state.session, target);
    if (fields.length === 0) return this.renderNotice(t.dialogs.edit.notAllowed);
    const first = fields.includes('name') ? 'name' : fields.includes('lang') ? 'lang' : 'role';
    const dirty = this.pendingChanges().fields.length > 0;
    const pending = this.saving.pending;
    return html`<form id="edit-form" part="form" novalidate @submit=${this.onSubmit}>
        ${
          fields.includes('name')
            ? textField({
                id: 'name',
                label: t.dialogs.edit.nameLabel,
                labelNote: t.common.optional,
                value: values.name,
                autocomplete: 'off',
                autofocus: first === 'name',
                error: this.errorFor('name'),
                onInput: (name) => this.edit({ name }, 'name'),
                onBlur: () => this.onBlur('name'),
              })
            : readOnlyValue({ id: 'name', label: t.dialogs.edit.nameLabel, value: target.name ?? t.common.notSet })
        }
        ${readOnlyValue({
          id: 'email',
          label: t.dialogs.edit.emailLabel,
          value: target.email,
          note: t.dialogs.edit.emailNote,
        })}
        ${
          fields.includes('lang')
            ? radioGroup<Language>({
                name: 'lang',
                legend: t.dialogs.edit.languageLabel,
                layout: 'inline',
                autofocus: first === 'lang',
                options: OFFERED_LANGUAGES.map((code) => ({
                  value: code,
                  label: languageName(code, this.i18n.lang, t),
                })),
                selected: values.lang,
                error: this.errorFor('lang'),
                onChange: (lang) => this.edit({ lang }, 'lang'),
              })
            : readOnlyValue({
                id: 'lang',
                label: t.dialogs.edit.languageLabel,
                value: languageName(target.lang, this.i18n.lang, t),
              })
        }
        ${this.renderRole(state, fields, first === 'role')}
        <div class="alert" role="alert" part="error">${this.renderReport()}</div>
      </form>
      ${this.renderFormFooter({
        form: 'edit-form',
        part: 'save-button',
        label: pending ? t.common.saving : t.common.save,
        pending,
        disabled: !dirty,
      })}`;
  }

  private renderRole(state: SessionState, fields: readonly EditableField[], autofocus: boolean): TemplateResult {
    const t = this.i18n.t;
    const target = this.target!;
    const label = t.dialogs.edit.roleLabel;
    if (!fields.includes('role')) {
      return readOnlyValue({ id: 'role', label, value: roleLabel(target.role, t) });
    }
    const roles = assignableRoles(state.session, target, state.facts);
    const selected = this.values!.role;
    if (roles.length <= 1 || selected === null) {
      const reason = roleLockReason(state.session, target, state.facts);
      const note = reason === 'self' ? t.dialogs.edit.roleLockedSelf : t.dialogs.edit.roleLockedLastAdmin;
      return readOnlyValue({ id: 'role', label, value: roleLabel(target.role, t), note });
    }
    return radioGroup<RoleId>({
      name: 'role',
      legend: label,
      autofocus,
      options: ROLES.filter((role) => roles.includes(role.id)).map((role) => ({
        value: role.id,
        label: roleLabel(role.id, t),
        description: roleDescription(role.id, t),
      })),
      selected,
      error: this.errorFor('role'),
      onChange: (role) => this.edit({ role }, 'role'),
    });
  }

  /** What was saved and what was not, each failure with its reason; the conflicting tokens last. */
  private renderReport(): TemplateResult | typeof nothing {
    const steps = this.report;
    if (!steps) return nothing;
    const t = this.i18n.t;
    const saved = steps.flatMap((step) => (step.ok ? step.fields : []));
    const failed = steps.filter((step): step is Extract<SaveStep, { ok: false }> => !step.ok);
    return html`${
      saved.length > 0
        ? html`<p class="success" part="saved">${t.dialogs.edit.saved({ fields: this.fieldList(saved) })}</p>`
        : nothing
    }${failed.map(
      (step) =>
        html`<p part="not-saved">
          ${t.dialogs.edit.notSaved({ fields: this.fieldList(step.fields) })} ${this.failureReason(step)}
        </p>`,
    )}${
      this.conflicts && this.conflicts.length > 0
        ? html`<p id="conflicts-label">${t.dialogs.edit.conflictingTokens}</p>
            <ul part="conflicting-tokens" aria-labelledby="conflicts-label">
              ${this.conflicts.map(
                (token) =>
                  html`<li>${t.dialogs.edit.tokenWithRole({ name: token.name, role: roleLabel(token.role, t) })}</li>`,
              )}
            </ul>`
        : nothing
    }`;
  }

  private failureReason({ error, fields }: Extract<SaveStep, { ok: false }>): string {
    const t = this.i18n.t;
    if (error.code === 'token_role_conflict') return t.dialogs.edit.roleConflict;
    // Shown under the field; here only the pointer to it.
    if (Object.keys(fieldCodesOf(error)).length > 0) return t.errors.validation;
    return errorMessage(error, t, fields.includes('role') ? 'setUserRole' : 'updateUser');
  }

  /** "name and language", in the UI language. */
  private fieldList(fields: readonly EditableField[]): string {
    const names = fields.map((field) => this.i18n.t.dialogs.form.fieldNames[field]);
    return new Intl.ListFormat(this.i18n.lang, { type: 'conjunction' }).format(names);
  }

  private errorFor(field: 'name' | 'lang' | 'role'): string | undefined {
    const codes = this.fieldErrors[field];
    return codes?.[0] === undefined ? undefined : fieldMessage(codes[0], this.i18n.t);
  }

  private edit(patch: Partial<EditValues>, field: 'name' | 'lang' | 'role'): void {
    this.values = { ...this.values!, ...patch };
    if (this.fieldErrors[field]) this.validateField(field);
  }

  /** Not once the dialog closed under the focused field: nobody would see the message. */
  private onBlur(field: 'name'): void {
    if (!this.shell?.isOpen) return;
    this.validateField(field);
  }

  private validateField(field: 'name' | 'lang' | 'role'): void {
    const { [field]: _old, ...rest } = this.fieldErrors;
    if (field === 'role') {
      this.fieldErrors = rest;
      return;
    }
    const result = validateUserPatch({ [field]: this.values![field] });
    const codes = result.ok ? undefined : result.fieldErrors[field];
    this.fieldErrors = codes ? { ...rest, [field]: codes } : rest;
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const adapter = this.effectiveAdapter;
    const target = this.target;
    if (!adapter || !target) return;
    const changes = this.pendingChanges();
    if (changes.fields.length === 0) return;
    const edits: { patch?: UserPatch; role?: RoleId } = {};
    if (Object.keys(changes.patch).length > 0) {
      const valid = validateUserPatch(changes.patch);
      if (!valid.ok) {
        this.fieldErrors = valid.fieldErrors;
        await this.focusFirstInvalid();
        return;
      }
      edits.patch = valid.value;
    }
    if (changes.role !== undefined) edits.role = changes.role;

    // A second Save while the first is in flight sends nothing and ends here.
    const run = await this.saving.run({ adapter, id: target.id, edits });
    if (!run) return;
    this.conflictLookup?.abort();
    this.conflicts = undefined;
    const steps: readonly SaveStep[] = run.ok ? run.value : [{ fields: changes.fields, ok: false, error: run.error }];
    this.applySaved(steps);
    const failed = steps.filter((step): step is Extract<SaveStep, { ok: false }> => !step.ok);
    if (failed.length === 0) {
      this.report = undefined;
      this.shell.close('done');
      return;
    }
    this.report = steps;
    for (const step of failed) {
      reportUsersError(this, step.error, step.fields.includes('role') ? 'setUserRole' : 'updateUser');
    }
    const onFields = failed.reduce<FieldCodes>((all, step) => ({ ...all, ...fieldCodesOf(step.error) }), {});
    if (Object.keys(onFields).length > 0) {
      this.fieldErrors = { ...this.fieldErrors, ...onFields };
      await this.focusFirstInvalid();
    }
    const roleConflict = failed.find((step) => step.error.code === 'token_role_conflict');
    if (roleConflict && edits.role !== undefined) void this.lookUpConflicts(adapter, roleConflict.error, edits.role);
  }

  /** The saved parts become the new baseline; whatever failed stays as typed. */
  private applySaved(steps: readonly SaveStep[]): void {
    const saved = steps.filter((step): step is Extract<SaveStep, { ok: true }> => step.ok);
    if (saved.length === 0) return;
    const user = saved.at(-1)!.user;
    const fields = saved.flatMap((step) => step.fields);
    this.target = user;
    const values = { ...this.values! };
    // The server may have normalised what it stored (a trimmed name): show that.
    if (fields.includes('name')) Object.assign(values, { name: user.name ?? '' });
    this.values = values;
    for (const field of fields) this.changedSoFar.add(field);
    this.emit('user-updated', { user, changed: fields });
  }

  private async lookUpConflicts(adapter: UsersAdapter, error: UsersError, role: RoleId): Promise<void> {
    const lookup = new AbortController();
    this.conflictLookup = lookup;
    try {
      const tokens = await conflictingTokens(adapter, error, this.target!.id, role, lookup.signal);
      if (!lookup.signal.aborted) this.conflicts = tokens;
    } catch {
      // The list only illustrates the message above it; without it the message still stands.
    }
  }

  private async focusFirstInvalid(): Promise<void> {
    await this.updateComplete;
    const field = INPUT_FIELDS.find((name) => this.fieldErrors[name]?.length);
    if (!field) return;
    const target =
      this.renderRoot.querySelector<HTMLElement>(`input[name="${field}"]:checked`) ??
      this.renderRoot.querySelector<HTMLElement>(`input[name="${field}"]`);
    target?.focus();
  }
}

defineElement('edit-user', EditUser);

declare global {
  interface HTMLElementTagNameMap {
    'edit-user': EditUser;
  }
}
