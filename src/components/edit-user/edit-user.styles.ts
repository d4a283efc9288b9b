import { css } from 'lit';
import { dialogFormStyles } from '../internal/dialog-form.styles.js';

export const editUserStyles = [
  ...dialogFormStyles,
  css`
    users-dialog-shell {
      --users-dialog-width: var(--edit-user-width, 40rem);
    }

    button:disabled {
      cursor: not-allowed;
      opacity: 0.55;
    }

    [part~='conflicting-tokens'] {
      margin: 0;
      padding-inline-start: var(--_users-space-5);
    }
  `,
];
