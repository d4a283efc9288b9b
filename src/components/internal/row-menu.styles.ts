import { css } from 'lit';
import { resetStyles } from '../../styles/reset.js';
import { popupStyles } from './popup.styles.js';

/**
 * The row menu lives inside a widget element's shadow root and inherits that element's resolved
 * private tokens (`--_users-*`), so it follows the widget's theme without a theme of its own. It
 * restates no defaults: outside a widget element it is not meant to be used.
 */
export const rowMenuStyles = [
  resetStyles,
  popupStyles,
  css`
    :host {
      display: inline-block;
      position: relative;
      line-height: 1.5;
    }

    .trigger {
      display: inline-grid;
      place-items: center;
      inline-size: var(--row-menu-button-size, 2rem);
      block-size: var(--row-menu-button-size, 2rem);
      padding: 0;
      border: 1px solid transparent;
      border-radius: var(--_users-radius);
      background: transparent;
      color: var(--_users-color-text-muted);
      cursor: pointer;
    }

    .trigger:hover,
    .trigger[aria-expanded='true'] {
      background: var(--_users-color-surface);
      border-color: var(--_users-color-border-strong);
      color: var(--_users-color-text);
    }

    .trigger svg {
      inline-size: 1.25rem;
      block-size: 1.25rem;
      fill: currentColor;
    }

    /* Lined up with the trigger's end edge (the controller's align: 'end'). */
    .menu {
      min-inline-size: 10rem;
      padding: var(--_users-space-1);
    }

    .item {
      display: block;
      inline-size: 100%;
      padding: var(--_users-space-2) var(--_users-space-3);
      border: 0;
      background: transparent;
      text-align: start;
    }

    .item:focus {
      background: var(--_users-color-surface);
    }

    .item.danger {
      color: var(--_users-color-danger);
    }
  `,
];
