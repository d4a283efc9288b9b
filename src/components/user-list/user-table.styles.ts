import { css } from 'lit';

/**
 * A fixed layout table that always fits its container (no horizontal scroll): each column gets a
 * share of the width and cuts what does not fit with an ellipsis. Below 640 px of container width
 * every row becomes a card of label/value lines and the header row a strip of sort buttons.
 */
export const userTableStyles = css`
  .table {
    inline-size: 100%;
    font-size: var(--user-list-table-font-size, 0.9375em);
    table-layout: fixed;
    border-collapse: collapse;
  }

  th,
  td {
    padding: var(--user-list-cell-padding, var(--_users-space-3) var(--_users-space-2));
    border-block-end: 1px solid var(--_users-color-border);
    text-align: start;
    vertical-align: middle;
  }

  th {
    padding-block: var(--_users-space-2);
    color: var(--_users-color-text-muted);
    font-weight: 500;
  }

  .col-id {
    inline-size: 4rem;
  }
  .col-email {
    inline-size: 22%;
  }
  .col-name {
    inline-size: 16%;
  }
  .col-role {
    inline-size: 15%;
  }
  .col-lang {
    inline-size: 12%;
  }
  .col-status {
    inline-size: 12%;
  }
  .col-twoFa {
    inline-size: 13%;
  }
  .col-actions {
    inline-size: 3rem;
    text-align: end;
  }

  .sort-button {
    display: inline-flex;
    align-items: center;
    gap: var(--_users-space-1);
    max-inline-size: 100%;
    padding: var(--_users-space-1);
    margin-inline-start: calc(-1 * var(--_users-space-1));
    border: 0;
    border-radius: var(--_users-radius);
    background: none;
    color: inherit;
    font-weight: inherit;
    text-align: start;
  }

  .sort-button:hover,
  .sort-button.sorted {
    color: var(--_users-color-text);
  }

  /* A heading longer than its column ends in an ellipsis instead of running into the next one. */
  .sort-label {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .sort-icon {
    flex: none;
    inline-size: 0.75rem;
    block-size: 0.75rem;
    fill: currentColor;
  }

  .sort-icon .off {
    opacity: 0.25;
  }

  .sort-button:not(.sorted) .sort-icon {
    opacity: 0.4;
  }

  .row:hover {
    background: var(--user-list-row-hover-background, var(--_users-color-surface));
  }

  .row.new {
    background: var(--user-list-new-row-background, var(--_users-color-surface));
  }

  .value {
    display: flex;
    align-items: center;
    gap: var(--_users-space-2);
    min-inline-size: 0;
  }

  .truncate {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  .value.off,
  .muted {
    color: var(--_users-color-text-muted);
  }

  .badge {
    flex: none;
    padding: 0 var(--_users-space-2);
    border: 1px solid var(--_users-color-border-strong);
    border-radius: 999px;
    font-size: 0.8125em;
    line-height: 1.5;
  }

  .badge.new {
    border-color: var(--_users-color-accent);
    color: var(--_users-color-accent);
  }

  .cell-label {
    display: none;
  }

  /*
   * A newer page is on its way: the old rows stay readable (full contrast) under a moving bar
   * along the header, rather than being faded out.
   */
  .busy thead tr {
    background: linear-gradient(
        90deg,
        transparent 0%,
        var(--_users-color-accent) 40%,
        var(--_users-color-accent) 60%,
        transparent 100%
      )
      0 100% / 40% 2px no-repeat;
    animation: busy-bar 1s linear infinite;
  }

  .busy tbody {
    cursor: progress;
  }

  @keyframes busy-bar {
    from {
      background-position-x: -100%;
    }
    to {
      background-position-x: 200%;
    }
  }

  .skeleton {
    display: block;
    inline-size: 70%;
    block-size: 0.875rem;
    border-radius: 4px;
    background: var(--_users-color-border);
    animation: pulse 1.2s ease-in-out infinite alternate;
  }

  @keyframes pulse {
    to {
      opacity: 0.4;
    }
  }

  @container user-list (max-width: 639.98px) {
    .table,
    .table thead,
    .table tbody,
    .table tr,
    .table td,
    .table th {
      display: block;
      inline-size: auto;
    }

    .table thead tr {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_users-space-1) var(--_users-space-3);
      padding-block-end: var(--_users-space-2);
      border-block-end: 1px solid var(--_users-color-border);
    }

    .table th {
      padding: 0;
      border: 0;
    }

    /* No pull to the cell's edge here: it would make each heading's box narrower than its text. */
    .sort-button {
      margin-inline-start: 0;
      white-space: nowrap;
    }

    .table th.col-actions {
      display: none;
    }

    .table tbody tr {
      position: relative;
      margin-block-start: var(--_users-space-3);
      padding: var(--_users-space-3);
      padding-inline-end: 3rem;
      border: 1px solid var(--_users-color-border);
      border-radius: var(--_users-radius);
    }

    .table td {
      display: flex;
      gap: var(--_users-space-3);
      padding: var(--_users-space-1) 0;
      border: 0;
    }

    .table td.col-actions {
      position: absolute;
      inset-block-start: var(--_users-space-2);
      inset-inline-end: var(--_users-space-2);
      padding: 0;
    }

    .cell-label {
      display: block;
      flex: none;
      inline-size: 40%;
      color: var(--_users-color-text-muted);
    }

    /* There is room to wrap here, so whole values show instead of ellipses. */
    .value {
      flex-wrap: wrap;
    }

    .truncate {
      white-space: normal;
      overflow-wrap: anywhere;
    }
  }

  /* Phone width: each label sits above its value. */
  @container user-list (max-width: 399.98px) {
    .table td {
      flex-direction: column;
      gap: 0;
    }

    .cell-label {
      inline-size: auto;
      font-size: 0.875em;
    }
  }
`;
