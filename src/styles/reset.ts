import { css } from 'lit';

/**
 * The rules every shadow root of the widget starts from, its inner parts (row menu, multi-select)
 * included. It reads the resolved `--_users-*` tokens: a widget element's own (`tokenStyles`), or,
 * in an inner part, those inherited from the widget element it sits in.
 */
export const resetStyles = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
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
`;
