import { css } from 'lit';
import { baseStyles } from '../../styles/base.js';
import { pagerStyles } from '../internal/pager.styles.js';
import { selectFieldStyles } from '../internal/select-field.styles.js';
import { userFiltersStyles } from './user-filters.styles.js';
import { userTableStyles } from './user-table.styles.js';

/**
 * The section's frame: heading and invite button, notices, the states without rows, the footer.
 * The host is a size container, so the table can turn into cards by the width it gets, not the
 * viewport's (a narrow sidebar on a wide screen gets cards too).
 */
export const userListStyles = css`
  /*
   * The section paints its own background, so its text keeps its contrast whatever page it is put
   * on (a dark-pinned list on a light page included); the panel stands out from it as in the portal.
   */
  :host {
    container: user-list / inline-size;
    padding: var(--user-list-padding, var(--_users-space-4));
    background: var(--user-list-background, var(--_users-color-surface));
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_users-space-3);
    margin-block-end: var(--_users-space-4);
  }

  .header-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_users-space-2);
  }

  /* While users are ticked: their count and the actions for all of them, above the table. */
  .bulk-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_users-space-2) var(--_users-space-3);
    margin-block-end: var(--_users-space-3);
    padding: var(--_users-space-2) var(--_users-space-3);
    border: 1px solid var(--_users-color-accent);
    border-radius: var(--_users-radius);
    background: var(--_users-color-surface);
  }

  .bulk-count {
    margin: 0;
    font-weight: 600;
  }

  .bulk-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_users-space-2);
    margin-inline-start: auto;
  }

  h2 {
    margin: 0;
    font-size: var(--user-list-heading-size, 1.75rem);
    font-weight: 600;
    line-height: 1.2;
  }

  h2:focus {
    outline: none;
  }

  .panel {
    padding: var(--user-list-panel-padding, var(--_users-space-4));
    border: 1px solid var(--_users-color-border);
    border-radius: var(--_users-radius);
    background: var(--user-list-panel-background, var(--_users-color-background));
  }

  /*
   * The announcement floats over the top edge of the panel instead of pushing the table down; the
   * slot has no height of its own. Still rendered when empty: a live region must exist before its
   * text arrives to be read.
   */
  .notice-slot {
    position: relative;
    z-index: 3;
    block-size: 0;
  }

  .notice {
    position: absolute;
    inset-block-start: calc(-1 * var(--_users-space-2));
    inset-inline-end: var(--_users-space-3);
    display: flex;
    align-items: flex-start;
    gap: var(--_users-space-2);
    box-sizing: border-box;
    max-inline-size: min(36rem, calc(100% - 2 * var(--_users-space-3)));
    padding: var(--_users-space-2) var(--_users-space-2) var(--_users-space-2) var(--_users-space-3);
    border: 1px solid var(--_users-color-border);
    border-inline-start: 4px solid var(--_users-color-success);
    border-radius: var(--_users-radius);
    background: var(--_users-color-background);
    box-shadow: var(--_users-shadow);
  }

  .notice.error {
    border-inline-start-color: var(--_users-color-danger);
  }

  .notice p {
    margin: 0;
    padding-block: var(--_users-space-1);
  }

  .notice.empty {
    padding: 0;
    border: 0;
    box-shadow: none;
  }

  .notice-dismiss {
    flex: none;
    inline-size: 2rem;
    block-size: 2rem;
    padding: 0;
    border: 0;
    border-radius: var(--_users-radius);
    background: none;
    color: var(--_users-color-text-muted);
    font-size: 1.25rem;
    line-height: 1;
  }

  .notice-dismiss:hover {
    background: var(--_users-color-surface);
    color: var(--_users-color-text);
  }

  .load-error {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_users-space-3);
    padding: var(--_users-space-5) var(--_users-space-3);
  }

  .load-error p {
    margin: 0;
  }

  /* An email or server message without spaces wraps instead of running past the section. */
  .notice,
  .load-error p {
    overflow-wrap: anywhere;
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_users-space-3) var(--_users-space-5);
    margin-block-start: var(--_users-space-3);
  }

  .summary {
    margin: 0;
    margin-inline-start: auto;
    color: var(--_users-color-text-muted);
  }

  /* No rows to show: the summary becomes the message, centred where the rows would be. */
  .footer.no-rows {
    flex-direction: column;
    justify-content: center;
    padding-block: var(--_users-space-6);
  }

  .footer.no-rows .summary {
    margin-inline-start: 0;
    color: var(--_users-color-text);
    text-align: center;
  }

  @container user-list (max-width: 399.98px) {
    .panel {
      padding: var(--user-list-panel-padding, var(--_users-space-3));
    }
  }
`;

/** Every sheet `<user-list>` draws with: the shared base, its frame, the filters, the table, the pager. */
export const userListSheets = [
  ...baseStyles,
  userListStyles,
  selectFieldStyles,
  userFiltersStyles,
  userTableStyles,
  pagerStyles,
];
