import { css } from 'lit';

/**
 * Three layouts by the width the list gets (its own, not the viewport's: a portal's sidebar and
 * side panels take their share), none of which cuts a value or scrolls sideways:
 *
 * - 960 px and wider: the portal's table of seven columns; values wrap between words (an email
 *   after its "@"), never inside one.
 * - 640–959 px: the same rows in two lines, name over email and status over two-factor, so five
 *   columns keep room for whole words.
 * - below 640 px: a compact card per user (name, email, then role, language and statuses), and
 *   the sort as one select.
 */
export const userTableStyles = css`
  /* Fixed: the columns keep their shares whatever the values, so a long one wraps in its own. */
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
    vertical-align: bottom;
  }

  /* Every row as tall as one with a menu button, whether or not the session may act on it. */
  tbody tr {
    block-size: 3.25rem;
  }

  .col-id {
    inline-size: 3.5rem;
  }
  .col-email {
    inline-size: 26%;
  }
  .col-name {
    inline-size: 17%;
  }
  .col-role {
    inline-size: 17%;
  }
  .col-lang {
    inline-size: 11%;
  }
  .col-status {
    inline-size: 12%;
  }
  .col-twoFa {
    inline-size: 13%;
  }
  .col-actions {
    inline-size: 2.75rem;
    text-align: end;
  }

  .sort-button {
    display: inline-flex;
    align-items: flex-end;
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

  /* A heading longer than its column goes on to a second line instead of being cut. */
  .sort-label {
    min-inline-size: 0;
    overflow-wrap: break-word;
  }

  .sort-icon {
    flex: none;
    inline-size: 1rem;
    block-size: 1rem;
    margin-block-end: 0.125rem;
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
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_users-space-1) var(--_users-space-2);
    min-inline-size: 0;
  }

  /*
   * Wraps where the text allows (spaces, the <wbr> after an email's "@"); only a word wider than
   * its whole column breaks inside it.
   */
  .value-text {
    min-inline-size: 0;
    overflow-wrap: break-word;
  }

  .sort-label .short {
    display: none;
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

  .cell-label,
  .short-label {
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

  /* Two lines a row: name over email, status over two-factor; header cells stacked the same way. */
  @container user-list (min-width: 640px) and (max-width: 959.98px) {
    .table thead,
    .table tbody {
      display: block;
    }

    .table th,
    .table td {
      inline-size: auto;
    }

    .table tr {
      display: grid;
      grid-template-columns:
        3.5rem minmax(0, 2.2fr) minmax(min-content, 1.3fr) minmax(0, 0.9fr) minmax(0, 1.4fr)
        2.75rem;
      grid-template-areas:
        'id name role lang status actions'
        'id email role lang twoFa actions';
      align-items: center;
      column-gap: var(--_users-space-2);
      padding-inline: var(--_users-space-2);
      border-block-end: 1px solid var(--_users-color-border);
    }

    .table tbody tr {
      block-size: auto;
      min-block-size: 3.25rem;
      padding-block: var(--_users-space-2);
    }

    .table tr.skeleton-row {
      grid-template-areas: none;
      grid-template-columns: 3.5rem repeat(6, minmax(0, 1fr));
    }

    .table th,
    .table td {
      display: block;
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }

    .table thead tr {
      padding-block: var(--_users-space-1);
    }

    .col-id {
      grid-area: id;
    }
    .col-name {
      grid-area: name;
      align-self: end;
    }
    .col-email {
      grid-area: email;
      align-self: start;
    }
    .col-role {
      grid-area: role;
    }
    .col-lang {
      grid-area: lang;
    }
    .col-status {
      grid-area: status;
      align-self: end;
    }
    .col-twoFa {
      grid-area: twoFa;
      align-self: start;
    }
    .col-actions {
      grid-area: actions;
      justify-self: end;
    }

    /* The heading says "2FA" here; its accessible name stays whole. */
    .col-twoFa .sort-label .long {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    .col-twoFa .sort-label .short {
      display: inline;
    }

    .table tr.skeleton-row td {
      grid-area: auto;
    }

    .table tbody .col-name {
      font-weight: 600;
    }

    .table tbody .col-email,
    .table tbody .col-twoFa {
      color: var(--_users-color-text-muted);
    }

    /* Two-factor under Status needs its name beside the value ("2FA Activated"). */
    .table tbody .short-label {
      display: inline;
      margin-inline-end: var(--_users-space-1);
    }

    .table tbody .col-twoFa .value {
      display: inline-flex;
    }
  }

  @container user-list (max-width: 639.98px) {
    .table,
    .table tbody,
    .table td {
      display: block;
      inline-size: auto;
    }

    /* The headings' sorting moved to the select beside "Filters". */
    .table thead {
      display: none;
    }

    /*
     * A card: the name (with its badges) beside the menu, the email under it, then the short
     * values each after its small label, flowing onto as many lines as the width needs.
     */
    .table tbody tr {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: var(--_users-space-1) var(--_users-space-4);
      block-size: auto;
      margin-block-start: var(--_users-space-2);
      padding: var(--_users-space-2) var(--_users-space-3);
      border: 1px solid var(--_users-color-border);
      border-radius: var(--_users-radius);
    }

    .table td {
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }

    .table td.col-name {
      order: 1;
      flex: 1 1 calc(100% - 3rem);
      align-self: center;
      font-weight: 600;
    }
    .table td.col-actions {
      order: 2;
      flex: none;
      align-self: center;
    }
    .table td.col-email {
      order: 3;
      flex: 1 1 100%;
      margin-block-start: calc(-1 * var(--_users-space-1));
      color: var(--_users-color-text-muted);
    }
    .table td.col-role {
      order: 4;
    }
    .table td.col-lang {
      order: 5;
    }
    .table td.col-status {
      order: 6;
    }
    .table td.col-twoFa {
      order: 7;
    }
    .table td.col-id {
      order: 8;
    }

    .table tbody tr.skeleton-row td {
      flex: 1 1 40%;
    }

    /* Each short value after its label, on one line with it: "Role Engineers". */
    .table td:not(.col-name, .col-email, .col-actions) {
      display: flex;
      align-items: baseline;
      gap: var(--_users-space-1);
    }

    .cell-label {
      display: block;
      flex: none;
      color: var(--_users-color-text-muted);
      font-size: 0.8125em;
    }

    /* The name and the email speak for themselves; two-factor's label is its short one. */
    .col-name .cell-label,
    .col-email .cell-label,
    .col-twoFa .cell-label {
      display: none;
    }

    .col-twoFa .short-label {
      display: block;
      color: var(--_users-color-text-muted);
      font-size: 0.8125em;
    }
  }
`;
