import { css } from 'lit';
import { baseStyles } from '../../styles/base.js';
import { pagerStyles } from '../internal/pager.styles.js';
import { selectFieldStyles } from '../internal/select-field.styles.js';

/**
 * Reads only the private `--_users-*` tokens and the element's own `--api-token-list-*` knobs. The
 * frame (heading, panel, filters, pager) is drawn as `<user-list>` draws its own. Three layouts by
 * the element's own width, none of which cuts a value, a button or a column:
 *
 * - 1100 px and wider: the portal's table of eight or nine columns;
 * - 640–1099 px: the same rows on two lines (name over description, status over expiry);
 * - below 640 px: one card per token.
 */
export const apiTokenListStyles = [
  ...baseStyles,
  pagerStyles,
  selectFieldStyles,
  css`
    :host {
      --_cell-padding: var(--api-token-list-cell-padding, var(--_users-space-3) var(--_users-space-2));
      --_border: var(--api-token-list-border-color, var(--_users-color-border));
      /* Paints its own surface, as <user-list> does, so a pinned dark theme is readable on any page. */
      padding: var(--api-token-list-padding, var(--_users-space-4));
      background: var(--api-token-list-background, var(--_users-color-surface));
    }

    :host([embedded]) {
      padding: 0;
      background: none;
    }

    .base {
      container: api-token-list / inline-size;
    }

    .header {
      margin-block-end: var(--_users-space-4);
    }

    .heading {
      margin: 0;
      font-size: var(--api-token-list-heading-size, 1.75rem);
      font-weight: 600;
      line-height: 1.2;
    }

    .panel {
      display: flex;
      flex-direction: column;
      gap: var(--_users-space-3);
      padding: var(--_users-space-4);
      border: 1px solid var(--_border);
      border-radius: var(--_users-radius);
      background: var(--_users-color-background);
    }

    .panel.embedded {
      padding: 0;
      border: 0;
      background: none;
    }

    /* ---- filters and footer ---- */

    .toolbar {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
      gap: var(--_users-space-3);
    }

    /* Issuers are named with their email: where there is room, the widest option gets it. */
    @container api-token-list (width >= 640px) {
      .toolbar .select-field:nth-child(2) {
        grid-column: span 2;
      }
    }

    .footer {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_users-space-3) var(--_users-space-5);
    }

    .summary {
      margin: 0;
      margin-inline-start: auto;
      color: var(--_users-color-text-muted);
    }

    /* ---- table ---- */

    .table-region[aria-busy='true'] tbody {
      opacity: 0.6;
    }

    /* Fixed: each column keeps its share whatever the values, which wrap inside it. */
    table {
      inline-size: 100%;
      table-layout: fixed;
      border-collapse: collapse;
    }

    th,
    td {
      padding: var(--_cell-padding);
      border-block-end: 1px solid var(--_border);
      text-align: start;
      vertical-align: top;
    }

    thead th {
      padding-block: var(--_users-space-2);
      color: var(--_users-color-text-muted);
      font-weight: 500;
      vertical-align: bottom;
      overflow-wrap: break-word;
    }

    tbody th {
      font-weight: 600;
    }

    [data-column='id'] {
      inline-size: 3.5rem;
    }
    [data-column='name'] {
      inline-size: 15%;
    }
    [data-column='issuer'] {
      inline-size: 19%;
    }
    [data-column='role'] {
      inline-size: 13%;
    }
    [data-column='status'] {
      inline-size: 9%;
    }
    [data-column='expires'] {
      inline-size: 11%;
    }
    [data-column='description'] {
      inline-size: 15%;
    }
    [data-column='lastUsed'] {
      inline-size: 10%;
    }
    [data-column='actions'] {
      inline-size: 6.5rem;
      text-align: end;
    }

    /*
     * Names, descriptions and emails wrap between words (an email after its "@"); only a word wider
     * than its whole column breaks inside it.
     */
    .value,
    .issuer,
    .error p {
      min-inline-size: 0;
      overflow-wrap: break-word;
    }

    .muted {
      color: var(--_users-color-text-muted);
    }

    .cell-label {
      display: none;
    }

    /* ---- issuer ---- */

    .issuer {
      position: relative;
      display: inline-flex;
      flex-direction: column;
      max-inline-size: 100%;
    }

    .issuer-email {
      color: var(--_users-color-text-muted);
    }

    .issuer-deleted {
      border-radius: 2px;
    }

    /* Hidden like .visually-hidden (so screen readers still read it in place), shown on hover and focus. */
    .hint {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    .issuer-deleted:is(:hover, :focus-visible):not([data-hint-dismissed]) .hint {
      inset-block-end: calc(100% + var(--_users-space-1));
      inset-inline-start: 0;
      z-index: 1;
      width: auto;
      height: auto;
      overflow: visible;
      clip-path: none;
      padding: var(--_users-space-1) var(--_users-space-2);
      border-radius: var(--_users-radius);
      background: var(--_users-color-text);
      color: var(--_users-color-background);
      font-size: 0.875em;
      box-shadow: var(--_users-shadow);
    }

    /* ---- status and expiry ---- */

    .badge {
      display: inline-block;
      padding: 0 var(--_users-space-2);
      border: 1px solid currentColor;
      border-radius: 999px;
      font-size: 0.875em;
      white-space: nowrap;
    }

    .badge[data-status='active'] {
      color: var(--api-token-list-active-color, var(--_users-color-success));
    }

    .badge[data-status='expired'] {
      color: var(--api-token-list-expired-color, var(--_users-color-danger));
    }

    .badge[data-status='deleted'] {
      color: var(--api-token-list-deleted-color, var(--_users-color-text-muted));
    }

    .expiry-warning {
      display: inline-block;
      margin-inline-start: var(--_users-space-1);
    }

    .warning-mark {
      display: inline-grid;
      place-items: center;
      width: 1.25em;
      height: 1.25em;
      border-radius: 50%;
      background: var(--api-token-list-warning-color, var(--_users-color-danger));
      color: var(--_users-color-on-danger);
      font-size: 0.875em;
      font-weight: 700;
      line-height: 1;
    }

    /* ---- actions ---- */

    .delete-button {
      border-color: var(--_users-color-danger);
      color: var(--_users-color-danger);
    }

    /* ---- states ---- */

    .skeleton {
      display: block;
      height: 1em;
      border-radius: var(--_users-radius);
      background: var(--_users-color-border);
      animation: pulse 1.2s ease-in-out infinite;
    }

    @keyframes pulse {
      50% {
        opacity: 0.4;
      }
    }

    .empty {
      margin: 0;
      padding: var(--_users-space-5) var(--_users-space-3);
      border: 1px dashed var(--_border);
      border-radius: var(--_users-radius);
      color: var(--_users-color-text-muted);
      text-align: center;
    }

    .error,
    .dialog-error {
      margin: 0;
      color: var(--_users-color-danger);
    }

    .error {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_users-space-3);
      padding: var(--_users-space-3);
      border: 1px solid var(--_users-color-danger);
      border-radius: var(--_users-radius);
    }

    .error p {
      flex: 1 1 16rem;
      margin: 0;
    }

    /* ---- 640–1099 px: two lines a row ---- */

    @container api-token-list (640px <= width < 1100px) {
      thead,
      tbody {
        display: block;
      }

      tr {
        display: grid;
        grid-template-columns:
          3rem minmax(0, 1.6fr) minmax(0, 2fr) minmax(min-content, 1fr) minmax(0, 1.1fr) minmax(0, 0.9fr)
          auto;
        grid-template-areas:
          'id name issuer role status lastUsed actions'
          'id description issuer role expires lastUsed actions';
        column-gap: var(--_users-space-3);
        padding: var(--_users-space-2);
        border-block-end: 1px solid var(--_border);
      }

      tr.skeleton-row {
        grid-template-areas: none;
        grid-template-columns: repeat(6, minmax(0, 1fr));
      }

      th,
      td {
        display: block;
        padding: 0;
        border: 0;
        min-inline-size: 0;
      }

      /* The table's column shares mean nothing in a grid. */
      [data-column] {
        inline-size: auto;
      }

      [data-column='id'] {
        grid-area: id;
      }
      [data-column='name'] {
        grid-area: name;
      }
      [data-column='description'] {
        grid-area: description;
        color: var(--_users-color-text-muted);
      }
      [data-column='issuer'] {
        grid-area: issuer;
      }
      [data-column='role'] {
        grid-area: role;
      }
      [data-column='status'] {
        grid-area: status;
      }
      [data-column='expires'] {
        grid-area: expires;
      }
      [data-column='lastUsed'] {
        grid-area: lastUsed;
      }
      [data-column='actions'] {
        grid-area: actions;
        align-self: center;
      }

      tr.skeleton-row td {
        grid-area: auto;
      }
    }

    /* ---- below 640 px: one card per token ---- */

    @container api-token-list (width < 640px) {
      table,
      tbody,
      th,
      td {
        display: block;
      }

      [data-column] {
        inline-size: auto;
      }

      /* Kept for screen readers, which still announce each cell's column. */
      thead {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }

      /* The name and its Delete on top, then each value after its small label, wrapping as needed. */
      tbody tr {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: var(--_users-space-1) var(--_users-space-4);
        margin-block-end: var(--_users-space-2);
        padding: var(--_users-space-2) var(--_users-space-3);
        border: 1px solid var(--_border);
        border-radius: var(--_users-radius);
      }

      tbody th,
      tbody td {
        display: flex;
        align-items: baseline;
        gap: var(--_users-space-1);
        padding: 0;
        border: 0;
        min-inline-size: 0;
      }

      [data-column='name'] {
        order: 1;
        flex: 1 1 calc(100% - 7rem);
      }
      [data-column='actions'] {
        order: 2;
        flex: none;
      }
      [data-column='issuer'],
      [data-column='description'] {
        order: 3;
        flex: 1 1 100%;
      }

      tbody
        [data-column]:not(
          [data-column='name'],
          [data-column='actions'],
          [data-column='issuer'],
          [data-column='description']
        ) {
        order: 4;
      }

      .cell-label {
        display: block;
        flex: none;
        color: var(--_users-color-text-muted);
        font-size: 0.8125em;
        font-weight: 400;
      }

      /* The name and the actions speak for themselves. */
      [data-column='name'] .cell-label,
      [data-column='actions'] .cell-label {
        display: none;
      }

      .skeleton-row td {
        flex: 1 1 40%;
      }

      .summary {
        margin-inline-start: 0;
      }
    }
  `,
];
