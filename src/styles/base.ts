import { css } from 'lit';
import { tokenStyles } from './tokens.js';

/**
 * What every element starts from: `static styles = [baseStyles, css\`…\`]`. The font is the host
 * page's unless `--users-font` says otherwise (an unset var() makes font-family inherit).
 */
export const baseStyles = [
  tokenStyles,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      font-family: var(--users-font);
      font-size: var(--users-font-size);
      line-height: 1.5;
      color: var(--_users-color-text);
    }

    :host([hidden]) {
      display: none;
    }

    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }

    /* Form controls don't inherit the font by default; the widget should look like its page. */
    button,
    input,
    select,
    textarea {
      font: inherit;
      color: inherit;
    }

    /* Keyboard users always see where they are; mouse clicks don't leave a ring behind. */
    :focus-visible {
      outline: var(--_users-focus-ring);
      outline-offset: var(--_users-focus-ring-offset);
    }

    /* Read by screen readers, invisible on screen (e.g. a column header for the row menu). */
    .visually-hidden {
      position: absolute !important;
      width: 1px !important;
      height: 1px !important;
      padding: 0 !important;
      margin: -1px !important;
      overflow: hidden !important;
      clip-path: inset(50%) !important;
      white-space: nowrap !important;
      border: 0 !important;
    }

    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation-duration: 0.01ms !important;
        animation-iteration-count: 1 !important;
        transition-duration: 0.01ms !important;
        scroll-behavior: auto !important;
      }
    }
  `,
];
