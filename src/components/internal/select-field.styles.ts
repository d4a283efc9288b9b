import { css } from 'lit';

/** Styles of `selectField` (select-field.ts), for both lists' filter bars. */
export const selectFieldStyles = css`
  .select-field {
    position: relative;
    display: flex;
    align-items: center;
    min-inline-size: 0;
    min-block-size: 2.5rem;
    border: 1px solid var(--_users-color-border-strong);
    border-radius: var(--_users-radius);
    background: var(--_users-color-background);
  }

  .select-field:focus-within {
    outline: var(--_users-focus-ring);
    outline-offset: var(--_users-focus-ring-offset);
  }

  /* A label longer than its box goes on to a second line; the chosen value is never cut. */
  .select-field label {
    flex: 1 1 auto;
    min-inline-size: 0;
    padding-block: var(--_users-space-1);
    padding-inline-start: var(--_users-space-3);
    line-height: 1.2;
    overflow-wrap: anywhere;
    cursor: pointer;
  }

  /* The select shows just its value and a chevron; the box around it is the control's frame. */
  .select-field select {
    flex: none;
    align-self: stretch;
    padding-inline: var(--_users-space-2) calc(var(--_users-space-3) + 1rem);
    border: 0;
    border-radius: var(--_users-radius);
    background: transparent;
    color: var(--_users-color-text-muted);
    appearance: none;
    /* Where supported, as wide as the chosen option rather than the longest one. */
    field-sizing: content;
    cursor: pointer;
  }

  .select-field select:focus-visible {
    outline: none;
  }

  .select-field .chevron {
    position: absolute;
    inset-inline-end: var(--_users-space-3);
    inline-size: 0.75rem;
    block-size: 0.75rem;
    fill: none;
    stroke: var(--_users-color-text-muted);
    stroke-width: 2;
    pointer-events: none;
  }

  /* A filter that narrows the list looks like it: accent frame, its value in the text colour. */
  .select-field.active {
    border-color: var(--_users-color-accent);
    box-shadow: inset 0 0 0 1px var(--_users-color-accent);
  }

  .select-field.active select {
    color: var(--_users-color-text);
    font-weight: 600;
  }
`;
