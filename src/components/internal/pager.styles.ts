import { css } from 'lit';

/** Styles of `renderPager` (pager.ts), for every element that renders it. */
export const pagerStyles = css`
  .pager {
    display: flex;
    align-items: center;
    gap: var(--_users-space-1);
  }

  .pages {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_users-space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .page-button {
    display: inline-grid;
    place-items: center;
    min-inline-size: 2.25rem;
    block-size: 2.25rem;
    padding: 0 var(--_users-space-2);
    border: 1px solid transparent;
    border-radius: var(--_users-radius);
    background: transparent;
    font-variant-numeric: tabular-nums;
  }

  .page-button:hover {
    background: var(--_users-color-surface);
  }

  .page-button[aria-current='page'] {
    border-color: var(--_users-color-border-strong);
    background: var(--_users-color-surface);
    font-weight: 600;
  }

  .page-button[aria-disabled='true'] {
    color: var(--_users-color-text-muted);
    cursor: default;
  }

  .page-button[aria-disabled='true']:hover {
    background: transparent;
  }

  .page-button .chevron {
    inline-size: 0.875rem;
    block-size: 0.875rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
  }

  .gap {
    padding: 0 var(--_users-space-1);
    color: var(--_users-color-text-muted);
  }

  .page-size {
    display: flex;
    align-items: center;
    gap: var(--_users-space-2);
  }

  .page-size label {
    font-weight: 600;
  }

  .page-size select {
    padding-inline: var(--_users-space-2);
  }

  /* A phone: previous, the current page, next; the other numbers would wrap onto a second line. */
  @container (max-width: 479.98px) {
    .pages li:not(:has([aria-current='page'])) {
      display: none;
    }
  }
`;
