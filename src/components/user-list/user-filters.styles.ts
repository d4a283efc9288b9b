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

  /* One grid with the search box while there is room; folded behind "Filters" on phones. */
  .filter-fields {
    display: contents;
  }

  .filters-toggle {
    display: none;
  }

  .count-badge {
    min-inline-size: 1.25rem;
    padding: 0 var(--_users-space-1);
    border-radius: 999px;
    background: var(--_users-color-accent);
    color: var(--_users-color-on-accent);
    font-size: 0.8125em;
    line-height: 1.25rem;
  }

  .filters-toggle .chevron {
    inline-size: 0.75rem;
    block-size: 0.75rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }

  .filters.expanded .filters-toggle .chevron {
    transform: rotate(180deg);
  }

  /* A filter that narrows the list looks like it (select fields: select-field.styles.ts). */
  users-multi-select.active::part(button),
  .filters-toggle.active {
    border-color: var(--_users-color-accent);
    box-shadow: inset 0 0 0 1px var(--_users-color-accent);
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

  .clear {
    justify-self: start;
  }

  .card-sort {
    display: none;
  }

  @container user-list (max-width: 639.98px) {
    .filters {
      grid-template-columns: auto minmax(0, 1fr);
      gap: var(--_users-space-2);
      margin-block-end: var(--_users-space-2);
    }

    .search-field {
      grid-column: 1 / -1;
    }

    .card-sort {
      display: flex;
      align-items: center;
      gap: var(--_users-space-2);
      min-inline-size: 0;
    }

    .card-sort .sort-icon {
      flex: none;
      inline-size: 1rem;
      block-size: 1rem;
      fill: var(--_users-color-text-muted);
    }

    .card-sort select {
      flex: 1 1 auto;
      min-inline-size: 0;
    }

    .filters-toggle {
      display: inline-flex;
    }

    .filter-fields {
      display: none;
    }

    .filters.expanded .filter-fields {
      display: grid;
      grid-column: 1 / -1;
      gap: var(--_users-space-2);
    }

    .clear {
      grid-column: 1 / -1;
    }
  }
`;
