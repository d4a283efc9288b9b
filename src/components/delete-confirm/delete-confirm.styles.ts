import { css } from 'lit';
import { dialogFormStyles } from '../internal/dialog-form.styles.js';

export const deleteConfirmStyles = [
  ...dialogFormStyles,
  css`
    users-dialog-shell {
      --users-dialog-width: var(--delete-confirm-width, 40rem);
    }

    .consequence {
      margin: 0;
    }

    .alert {
      margin-bottom: var(--_users-space-3);
    }

    #error-message:focus {
      outline: none;
    }

    #error-message:focus-visible {
      outline: var(--_users-focus-ring);
    }

    .status:empty {
      display: none;
    }

    .status {
      margin: var(--_users-space-3) 0 0;
      color: var(--_users-color-success);
      font-weight: 600;
    }
  `,
];
