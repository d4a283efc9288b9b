import { css } from 'lit';
import { resetStyles } from '../../styles/reset.js';
import { popupStyles } from './popup.styles.js';

/**
 * The row menu lives inside a widget element's shadow root and inherits that element's resolved
 * private tokens (`--_users-*`), so it follows the widget's theme without a theme of its own. The
 * fallbacks (the light defaults) keep it usable outside one.
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
      border-radius: var(--_users-radius, 6px);
      background: transparent;
      color: var(--_users-color-text-muted, #596373);
      cursor: pointer;
    }

    .trigger:hover,
    .trigger[aria-expanded='true'] {
      background: var(--_users-color-surface, #f4f5f7);
      border-color: var(--_users-color-border-strong, #7b8494);
      color: var(--_users-color-text, #1d2433);
    }

    .trigger svg {
      inline-size: 1.25rem;
      block-size: 1.25rem;
      fill: currentColor;
    }

    /* Lined up with the trigger's end edge (the controller's align: 'end'). */
    .menu {
      min-inline-size: 10rem;
      padding: var(--_users-space-1, 0.25rem);
    }

    .item {
      display: block;
      inline-size: 100%;
      padding: var(--_users-space-2, 0.5rem) var(--_users-space-3, 0.75rem);
      border: 0;
      background: transparent;
      text-align: start;
    }

    .item:focus {
      background: var(--_users-color-surface, #f4f5f7);
    }

    .item.danger {
      color: var(--_users-color-danger, #c3261e);
    }
  `,
];
