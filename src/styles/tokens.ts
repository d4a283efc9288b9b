import { css } from 'lit';

/**
 * Design tokens, two levels deep. Hosts theme the widget by setting the public `--users-*`
 * properties on any ancestor (they inherit into every shadow root). Each element resolves them on
 * its `:host` into private `--_users-*` properties, filling in the defaults for the current theme;
 * component styles read only the private ones, e.g. `color: var(--_users-color-text)`, and add their
 * own first level where useful: `padding: var(--user-list-cell-padding, var(--_users-space-3))`.
 *
 * Every text colour below reaches WCAG AA (4.5:1) on both background colours of its theme, and
 * `border-strong` and `focus` reach the 3:1 that form controls and focus indicators need.
 */

const light = css`
  color-scheme: light;
  --_users-color-text: var(--users-color-text, #1d2433);
  --_users-color-text-muted: var(--users-color-text-muted, #596373);
  --_users-color-background: var(--users-color-background, #ffffff);
  --_users-color-surface: var(--users-color-surface, #f4f5f7);
  --_users-color-border: var(--users-color-border, #dde1e7);
  --_users-color-border-strong: var(--users-color-border-strong, #7b8494);
  --_users-color-accent: var(--users-color-accent, #c43c00);
  --_users-color-accent-hover: var(--users-color-accent-hover, #a33200);
  --_users-color-on-accent: var(--users-color-on-accent, #ffffff);
  --_users-color-danger: var(--users-color-danger, #c3261e);
  --_users-color-on-danger: var(--users-color-on-danger, #ffffff);
  --_users-color-success: var(--users-color-success, #1a7f37);
  --_users-color-focus: var(--users-color-focus, #1f5fcc);
  --_users-color-backdrop: var(--users-color-backdrop, rgb(16 24 40 / 0.5));
  --_users-shadow: var(--users-shadow, 0 8px 24px rgb(16 24 40 / 0.18));
`;

const dark = css`
  color-scheme: dark;
  --_users-color-text: var(--users-color-text, #e8ebf0);
  --_users-color-text-muted: var(--users-color-text-muted, #a3acb9);
  --_users-color-background: var(--users-color-background, #16191f);
  --_users-color-surface: var(--users-color-surface, #22262e);
  --_users-color-border: var(--users-color-border, #343a45);
  --_users-color-border-strong: var(--users-color-border-strong, #788291);
  --_users-color-accent: var(--users-color-accent, #ff8a4c);
  --_users-color-accent-hover: var(--users-color-accent-hover, #ffa678);
  --_users-color-on-accent: var(--users-color-on-accent, #16191f);
  --_users-color-danger: var(--users-color-danger, #ff7b72);
  --_users-color-on-danger: var(--users-color-on-danger, #16191f);
  --_users-color-success: var(--users-color-success, #4ac26b);
  --_users-color-focus: var(--users-color-focus, #6ea8ff);
  --_users-color-backdrop: var(--users-color-backdrop, rgb(0 0 0 / 0.6));
  --_users-shadow: var(--users-shadow, 0 8px 24px rgb(0 0 0 / 0.5));
`;

export const tokenStyles = css`
  :host {
    ${light}

    --_users-space-1: var(--users-space-1, 0.25rem);
    --_users-space-2: var(--users-space-2, 0.5rem);
    --_users-space-3: var(--users-space-3, 0.75rem);
    --_users-space-4: var(--users-space-4, 1rem);
    --_users-space-5: var(--users-space-5, 1.5rem);
    --_users-space-6: var(--users-space-6, 2rem);
    --_users-radius: var(--users-radius, 6px);
    --_users-focus-ring: var(--users-focus-ring, 2px solid var(--_users-color-focus));
    --_users-focus-ring-offset: var(--users-focus-ring-offset, 2px);
    --_users-duration: var(--users-duration, 150ms);
  }

  /* The OS preference picks dark unless the element is pinned to light. */
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }

  :host([theme='dark']) {
    ${dark}
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_users-duration: 0s;
    }
  }
`;
