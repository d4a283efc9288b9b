import { css } from 'lit';
import { dialogFormStyles } from '../internal/dialog-form.styles.js';

export const inviteDialogStyles = [
  ...dialogFormStyles,
  css`
    users-dialog-shell {
      --users-dialog-width: var(--invite-dialog-width, 40rem);
    }

    .result {
      margin: 0;
      padding: var(--_users-space-3);
      border-left: 4px solid var(--_users-color-success);
      border-radius: var(--_users-radius);
      background: var(--_users-color-surface);
    }

    .result:focus {
      outline: none;
    }

    .result:focus-visible {
      outline: var(--_users-focus-ring);
    }
  `,
];
