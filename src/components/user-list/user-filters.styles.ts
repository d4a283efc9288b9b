import { css } from 'lit';

export const userFiltersStyles = css`
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
    gap: var(--_users-space-3);
    align-items: center;
    margin-block-end: var(--_users-space-4);
  }

  .search-field {
    position: relative;
    grid-column: span 2;
  }

  .search-icon {
    position: absolute;
    inset-inline-start: var(--_users-space-3);
    inset-block-start: 50%;
    inline-size: 1rem;
    block-size: 1rem;
    transform: translateY(-50%);
    fill: none;
    stroke: var(--_users-color-text-muted);
    stroke-width: 1.5;
    pointer-events: none;
  }

  input[type='search'] {
    inline-size: 100%;
    min-block-size: 2.5rem;
    padding: var(--_users-space-2) var(--_users-space-3);
    padding-inline-start: calc(var(--_users-space-3) + 1.5rem);
    border: 1px solid var(--_users-color-border-strong);
    border-radius: var(--_users-radius);
    background: var(--_users-color-background);
  }

  input[type='search']::placeholder {
    color: var(--_users-color-text-muted);
    opacity: 1;
  }

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

  .select-field label {
    flex: 1 1 auto;
    min-inline-size: 0;
    padding-inline-start: var(--_users-space-3);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    cursor: pointer;
  }

  /* The select shows just its value and a chevron; the box around it is the control's frame. */
  .select-field select {
    flex: 0 1 auto;
    min-inline-size: 3rem;
    max-inline-size: 60%;
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

  .clear {
    justify-self: start;
  }

  @container user-list (max-width: 639.98px) {
    .search-field {
      grid-column: auto;
    }
  }
`;
