import { css } from 'lit';
import { baseStyles } from '../../styles/base.js';
import { pagerStyles } from '../internal/pager.styles.js';

/**
 * Reads only the private `--_users-*` tokens and the element's own `--api-token-list-*` knobs.
 * Below 640px of its own width (not the viewport's: the list may sit in a narrow dialog or side
 * panel) the table turns into one card per token.
 */
export const apiTokenListStyles = [
  ...baseStyles,
  pagerStyles,
  css`
    :host {
      --_cell-padding: var(--api-token-list-cell-padding, var(--_users-space-2) var(--_users-space-3));
      --_border: var(--api-token-list-border-color, var(--_users-color-border));
      /* Paints its own surface, as <user-list> does, so a pinned dark theme is readable on any page. */
      background: var(--api-token-list-background, var(--_users-color-surface));
    }

    .base {
      container: api-token-list / inline-size;
      display: flex;
      flex-direction: column;
      gap: var(--_users-space-3);
    }

    .heading {
      margin: 0;
      font-size: 1.5em;
      font-weight: 600;
      line-height: 1.3;
    }

    /* ---- filters and pager ---- */

    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: var(--_users-space-3);
    }

    .field {
      display: inline-flex;
      flex-direction: column;
      gap: var(--_users-space-1);
      color: var(--_users-color-text-muted);
    }

    .field-label {
      font-size: 0.875em;
    }

    /* A select is as wide as its longest option (a long issuer email): let it shrink instead. */
    .field {
      min-width: 0;
      max-width: 100%;
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

    .table-region {
      overflow-x: auto;
      border: 1px solid var(--_border);
      border-radius: var(--_users-radius);
    }

    .table-region[aria-busy='true'] tbody {
      opacity: 0.6;
    }

    table {
      width: 100%;
      border-collapse: collapse;
    }

    th,
    td {
      padding: var(--_cell-padding);
      text-align: start;
      vertical-align: top;
    }

    thead th {
      background: var(--api-token-list-header-background, var(--_users-color-surface));
      font-size: 0.875em;
      font-weight: 600;
      white-space: nowrap;
    }

    tbody tr + tr {
      border-top: 1px solid var(--_border);
    }

    tbody th {
      font-weight: 600;
    }

    [data-column='id'],
    [data-column='expires'],
    [data-column='lastUsed'] {
      white-space: nowrap;
    }

    /*
     * Room for a usual email's name part, which then wraps after its "@" (emailText): squeezed to
     * its narrowest, the column broke every line mid-word. Longer text still wraps anywhere.
     */
    td[data-column='issuer'] {
      min-inline-size: 10rem;
    }

    /* Names, descriptions and server messages without spaces wrap instead of widening the table. */
    .description,
    [data-column='name'] .value,
    .error p {
      overflow-wrap: anywhere;
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
      overflow-wrap: anywhere;
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
      /* Its own width in the card layout too, where the cell is a grid that stretches its items. */
      justify-self: start;
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
      background: var(--_users-color-surface);
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

    /* ---- narrow: one card per token ---- */

    @container api-token-list (width < 640px) {
      .table-region {
        overflow: visible;
        border: 0;
      }

      table,
      tbody,
      tr,
      th,
      td {
        display: block;
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

      tbody tr {
        margin-block-end: var(--_users-space-3);
        padding: var(--_users-space-2) 0;
        border: 1px solid var(--_border);
        border-radius: var(--_users-radius);
      }

      tbody tr + tr {
        border-top: 1px solid var(--_border);
      }

      tbody th,
      tbody td {
        display: grid;
        grid-template-columns: minmax(6rem, 35%) 1fr;
        gap: var(--_users-space-2);
        white-space: normal;
      }

      .cell-label {
        display: block;
        color: var(--_users-color-text-muted);
        font-size: 0.875em;
        font-weight: 400;
      }

      .skeleton-row td,
      tbody td[data-column='actions'] {
        display: block;
      }

      .summary {
        margin-inline-start: 0;
      }
    }
  `,
];
