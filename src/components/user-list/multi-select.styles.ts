import { css } from 'lit';
import { resetStyles } from '../../styles/reset.js';

/** Inherits the resolved `--_users-*` tokens of the list it sits in, like the row menu. */
export const multiSelectStyles = [
  resetStyles,
  css`
    :host {
      display: block;
      position: relative;
      min-inline-size: 0;
    }

    .button {
      display: flex;
      align-items: center;
      gap: var(--_users-space-2, 0.5rem);
      inline-size: 100%;
      min-block-size: 2.5rem;
      padding: var(--_users-space-2, 0.5rem) var(--_users-space-3, 0.75rem);
      border: 1px solid var(--_users-color-border-strong, #7b8494);
      border-radius: var(--_users-radius, 6px);
      background: var(--_users-color-background, #ffffff);
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
      color: var(--_users-color-text-muted, #596373);
      font-variant-numeric: tabular-nums;
    }

    .chevron {
      inline-size: 0.75rem;
      block-size: 0.75rem;
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      transition: transform var(--_users-duration, 150ms);
    }

    .button[aria-expanded='true'] .chevron {
      transform: rotate(180deg);
    }

    .panel {
      position: absolute;
      inset-block-start: calc(100% + var(--_users-space-1, 0.25rem));
      inset-inline-start: 0;
      z-index: 10;
      display: flex;
      flex-direction: column;
      min-inline-size: 100%;
      padding: var(--_users-space-2, 0.5rem);
      border: 1px solid var(--_users-color-border, #dde1e7);
      border-radius: var(--_users-radius, 6px);
      background: var(--_users-color-background, #ffffff);
      box-shadow: var(--_users-shadow, 0 8px 24px rgb(16 24 40 / 0.18));
    }

    .panel.from-end {
      inset-inline-start: auto;
      inset-inline-end: 0;
    }

    .panel[hidden] {
      display: none;
    }

    .option {
      display: flex;
      align-items: center;
      gap: var(--_users-space-2, 0.5rem);
      padding: var(--_users-space-1, 0.25rem) var(--_users-space-2, 0.5rem);
      border-radius: calc(var(--_users-radius, 6px) - 2px);
      white-space: nowrap;
      cursor: pointer;
    }

    .option:hover {
      background: var(--_users-color-surface, #f4f5f7);
    }

    input[type='checkbox'] {
      inline-size: 1rem;
      block-size: 1rem;
      margin: 0;
      accent-color: var(--_users-color-accent, #c43c00);
    }
  `,
];
