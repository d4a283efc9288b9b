import { css } from 'lit';
import { resetStyles } from '../../styles/reset.js';
import { popupStyles } from '../internal/popup.styles.js';

/** Inherits the resolved `--_users-*` tokens of the list it sits in, like the row menu. */
export const multiSelectStyles = [
  resetStyles,
  popupStyles,
  css`
    :host {
      display: block;
      position: relative;
      min-inline-size: 0;
    }

    .button {
      display: flex;
      align-items: center;
      gap: var(--_users-space-2);
      inline-size: 100%;
      min-block-size: 2.5rem;
      padding: var(--_users-space-2) var(--_users-space-3);
      border: 1px solid var(--_users-color-border-strong);
      border-radius: var(--_users-radius);
      background: var(--_users-color-background);
      text-align: start;
      cursor: pointer;
    }

    .label {
      flex: 1;
      min-inline-size: 0;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }

    .count {
      color: var(--_users-color-text-muted);
      font-variant-numeric: tabular-nums;
    }

    .chevron {
      inline-size: 0.75rem;
      block-size: 0.75rem;
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      transition: transform var(--_users-duration);
    }

    .button[aria-expanded='true'] .chevron {
      transform: rotate(180deg);
    }

    .panel {
      min-inline-size: 100%;
      padding: var(--_users-space-2);
    }

    .option {
      display: flex;
      align-items: center;
      gap: var(--_users-space-2);
      padding: var(--_users-space-1) var(--_users-space-2);
    }

    input[type='checkbox'] {
      inline-size: 1rem;
      block-size: 1rem;
      margin: 0;
      accent-color: var(--_users-color-accent);
    }
  `,
];
