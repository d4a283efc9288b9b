import { css } from 'lit';

/**
 * The one vocabulary of controls every element draws its buttons from, so a primary action looks
 * the same in the list, the token list and every dialog:
 *
 * - `.button` — a neutral action (Cancel, Try again, Clear filters);
 * - `.button.primary` — the one main action of a view (Invite user, Save);
 * - `.button.danger` — a destructive action (Delete); `.button.danger-outline` a lesser one (a row's Delete);
 * - `.button.quiet` — a text-like action inside content (a "Clear filters" link);
 * - `.button.compact` — a denser button for rows and toolbars.
 *
 * Busy buttons (`aria-busy="true"`) show progress; unavailable ones are `aria-disabled="true"`
 * rather than `disabled`, so focus stays on them instead of falling to the page. `.select` is the
 * native select drawn in the same frame.
 */
export const controlStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_users-space-2);
    min-block-size: 2.5rem;
    padding: var(--_users-space-2) var(--_users-space-4);
    border: 1px solid var(--_users-color-border-strong);
    border-radius: var(--_users-radius);
    background: var(--_users-color-background);
    color: var(--_users-color-text);
    font-weight: 600;
    line-height: 1.25;
    text-align: center;
    cursor: pointer;
  }

  .button:hover {
    background: var(--_users-color-surface);
  }

  .button.primary {
    border-color: var(--_users-color-accent);
    background: var(--_users-color-accent);
    color: var(--_users-color-on-accent);
  }

  .button.primary:hover {
    background: var(--_users-color-accent-hover);
  }

  .button.danger {
    border-color: var(--_users-color-danger);
    background: var(--_users-color-danger);
    color: var(--_users-color-on-danger);
  }

  .button.danger:hover {
    filter: brightness(0.92);
  }

  /* Destructive, but not the one main action of the view: a row's Delete, a bar's Remove. */
  .button.danger-outline {
    border-color: var(--_users-color-danger);
    color: var(--_users-color-danger);
  }

  .button.quiet {
    min-block-size: 2rem;
    padding: var(--_users-space-1) var(--_users-space-2);
    border-color: transparent;
    background: none;
    color: var(--_users-color-focus);
    font-weight: 400;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .button.compact {
    min-block-size: 2.25rem;
    padding: var(--_users-space-1) var(--_users-space-3);
  }

  .button[aria-busy='true'] {
    cursor: progress;
  }

  .button[aria-disabled='true'],
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .select {
    min-block-size: 2.25rem;
    max-inline-size: 100%;
    padding: var(--_users-space-1) var(--_users-space-3);
    border: 1px solid var(--_users-color-border-strong);
    border-radius: var(--_users-radius);
    background: var(--_users-color-background);
    color: var(--_users-color-text);
    text-overflow: ellipsis;
  }
`;
