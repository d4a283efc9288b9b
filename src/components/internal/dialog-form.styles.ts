import { css } from 'lit';
import { baseStyles } from '../../styles/base.js';

/**
 * What the invite, edit and delete dialogs share: fields, radio groups, buttons and message
 * regions. The dialog frame itself is `<users-dialog-shell>`'s. Colours come from the private
 * tokens; each dialog adds its own first-level knobs in its `*.styles.ts`.
 */
export const dialogFormStyles = [
  ...baseStyles,
  css`
    /* The element itself has no box: only its modal dialog shows. */
    :host {
      display: contents;
    }

    form {
      display: grid;
      gap: var(--_users-space-4);
      margin: 0;
    }

    .field {
      display: grid;
      gap: var(--_users-space-1);
    }

    label,
    legend,
    .label {
      font-weight: 600;
    }

    .label-note {
      font-weight: 400;
      color: var(--_users-color-text-muted);
    }

    input[type='text'],
    input[type='email'] {
      width: 100%;
      min-height: 2.5rem;
      padding: var(--_users-space-2) var(--_users-space-3);
      border: 1px solid var(--_users-color-border-strong);
      border-radius: var(--_users-radius);
      background: var(--_users-color-background);
    }

    input::placeholder {
      color: var(--_users-color-text-muted);
      opacity: 1;
    }

    input[readonly] {
      border-color: var(--_users-color-border);
      background: var(--_users-color-surface);
    }

    input[aria-invalid='true'] {
      border-color: var(--_users-color-danger);
      border-width: 2px;
    }

    .hint,
    .option-description {
      margin: 0;
      font-size: 0.875em;
      color: var(--_users-color-text-muted);
    }

    .field-error {
      margin: 0;
      font-size: 0.875em;
      color: var(--_users-color-danger);
    }

    .field-error::before {
      content: '⚠ ';
    }

    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }

    legend {
      padding: 0;
      margin-bottom: var(--_users-space-2);
    }

    .radio-group .options {
      display: grid;
      gap: var(--_users-space-3);
    }

    .radio-group.inline .options {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_users-space-2) var(--_users-space-4);
    }

    .option {
      display: grid;
      grid-template-columns: auto 1fr;
      column-gap: var(--_users-space-2);
      align-items: baseline;
    }

    .option label {
      font-weight: 400;
    }

    .option-description {
      grid-column: 2;
    }

    input[type='radio'] {
      margin: 0;
      accent-color: var(--_users-color-accent);
      width: 1rem;
      height: 1rem;
    }

    /* Errors from the backend: always in the DOM so screen readers announce a new message. */
    .alert:empty {
      display: none;
    }

    .alert {
      display: grid;
      gap: var(--_users-space-1);
      margin: 0;
      padding: var(--_users-space-3);
      border: 1px solid var(--_users-color-danger);
      border-left-width: 4px;
      border-radius: var(--_users-radius);
      color: var(--_users-color-text);
    }

    .alert p {
      margin: 0;
    }

    .success {
      color: var(--_users-color-success);
    }

    .notice {
      margin: 0;
      padding: var(--_users-space-3);
      border-radius: var(--_users-radius);
      background: var(--_users-color-surface);
    }

    .discard {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: flex-end;
      gap: var(--_users-space-2);
      width: 100%;
    }

    .discard-question {
      margin: 0 auto 0 0;
      font-weight: 600;
    }
  `,
];
