import { css } from 'lit';

/**
 * The row menu lives inside a widget element's shadow root and inherits that element's resolved
 * private tokens (`--_users-*`), so it follows the widget's theme without a theme of its own.
 */
export const rowMenuStyles = css`
  :host {
    display: inline-block;
    position: relative;
    line-height: 1.5;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  button {
    font: inherit;
    color: inherit;
  }

  :focus-visible {
    outline: var(--_users-focus-ring);
    outline-offset: var(--_users-focus-ring-offset);
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

  .menu {
    position: absolute;
    inset-block-start: calc(100% + var(--_users-space-1));
    inset-inline-end: 0;
    z-index: 10;
    display: flex;
    flex-direction: column;
    min-inline-size: 10rem;
    padding: var(--_users-space-1);
    border: 1px solid var(--_users-color-border);
    border-radius: var(--_users-radius);
    background: var(--_users-color-background);
    box-shadow: var(--_users-shadow);
  }

  /* Opens upwards when there is no room below (set from the trigger's position on open). */
  .menu.above {
    inset-block-start: auto;
    inset-block-end: calc(100% + var(--_users-space-1));
  }

  .menu[hidden] {
    display: none;
  }

  .item {
    display: block;
    inline-size: 100%;
    padding: var(--_users-space-2) var(--_users-space-3);
    border: 0;
    border-radius: calc(var(--_users-radius) - 2px);
    background: transparent;
    text-align: start;
    white-space: nowrap;
    cursor: pointer;
  }

  .item:hover,
  .item:focus {
    background: var(--_users-color-surface);
  }

  .item.danger {
    color: var(--_users-color-danger);
  }
`;
