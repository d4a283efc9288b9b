import { css } from 'lit';
import { resetStyles } from '../../styles/reset.js';

/**
 * The row menu lives inside a widget element's shadow root and inherits that element's resolved
 * private tokens (`--_users-*`), so it follows the widget's theme without a theme of its own. The
 * fallbacks (the light defaults) keep it usable outside one.
 */
export const rowMenuStyles = [
  resetStyles,
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

    .menu {
      position: absolute;
      inset-block-start: calc(100% + var(--_users-space-1, 0.25rem));
      inset-inline-end: 0;
      z-index: 10;
      display: flex;
      flex-direction: column;
      min-inline-size: 10rem;
      padding: var(--_users-space-1, 0.25rem);
      border: 1px solid var(--_users-color-border, #dde1e7);
      border-radius: var(--_users-radius, 6px);
      background: var(--_users-color-background, #ffffff);
      box-shadow: var(--_users-shadow, 0 8px 24px rgb(16 24 40 / 0.18));
    }

    /* Opens upwards when there is no room below (set from the trigger's position on open). */
    .menu.above {
      inset-block-start: auto;
      inset-block-end: calc(100% + var(--_users-space-1, 0.25rem));
    }

    .menu[hidden] {
      display: none;
    }

    .item {
      display: block;
      inline-size: 100%;
      padding: var(--_users-space-2, 0.5rem) var(--_users-space-3, 0.75rem);
      border: 0;
      border-radius: calc(var(--_users-radius, 6px) - 2px);
      background: transparent;
      text-align: start;
      white-space: nowrap;
      cursor: pointer;
    }

    .item:hover,
    .item:focus {
      background: var(--_users-color-surface, #f4f5f7);
    }

    .item.danger {
      color: var(--_users-color-danger, #c3261e);
    }
  `,
];
