/**
 * Every part the dialogs inside `<user-list>` expose (their own and their dialog shell's). A part
 * inside a shadow root is out of the page's reach unless each host on the way exports it, and the
 * dialogs live in the list's shadow root; listing a part a dialog does not have is harmless.
 */
const DIALOG_PARTS = [
  'dialog',
  'header',
  'heading',
  'description',
  'body',
  'footer',
  'form',
  'field',
  'read-only-field',
  'label',
  'input',
  'read-only-input',
  'hint',
  'field-error',
  'fieldset',
  'legend',
  'option',
  'option-label',
  'option-description',
  'error',
  'notice',
  'status',
  'result',
  'saved',
  'not-saved',
  'conflicting-tokens',
  'consequence',
  'tokens',
  'cancel-button',
  'submit-button',
  'invite-another-button',
  'save-button',
  'delete-button',
  'retry-button',
  'discard-prompt',
  'keep-editing-button',
  'discard-button',
] as const;

/**
 * The `exportparts` value for the dialog `tag` inside the list: each part renamed with the tag as
 * prefix (`input` → `invite-dialog-input`), because the three dialogs share part names with each
 * other and with the list itself (`notice`, `retry-button`).
 */
export function dialogExportParts(tag: 'invite-dialog' | 'edit-user' | 'delete-confirm'): string {
  return DIALOG_PARTS.map((part) => `${part}: ${tag}-${part}`).join(', ');
}
