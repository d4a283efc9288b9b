import { css } from 'lit';

/**
 * The panel of a popup placed by `PopupController` (row menu, filter panel) and the rows inside it.
 * Below the trigger, lined up with its start edge; `end` lines it up with the end edge, `above`
 * opens it upwards, `wrap` lets its rows wrap when the controller had to make it narrower (all set
 * by the controller on open). The element adds its own padding and widths; colours and spacing
 * come from the resolved `--_users-*` tokens of the widget element the popup sits in.
 */
export const popupStyles = css`
  .popup {
    box-sizing: border-box; /* the width the controller may set includes the border */
    position: absolute;
    inset-block-start: calc(100% + var(--_users-space-1));
    inset-inline-start: 0;
    z-index: 10;
    display: flex;
    flex-direction: column;
    border: 1px solid var(--_users-color-border);
    border-radius: var(--_users-radius);
    background: var(--_users-color-background);
    box-shadow: var(--_users-shadow);
  }

  .popup.end {
    inset-inline-start: auto;
    inset-inline-end: 0;
  }

  .popup.above {
    inset-block-start: auto;
    inset-block-end: calc(100% + var(--_users-space-1));
  }

  .popup[hidden] {
    display: none;
  }

  .popup-row {
    border-radius: calc(var(--_users-radius) - 2px);
    white-space: nowrap;
    cursor: pointer;
  }

  /* Narrower than its rows would make it (no room either way): the rows wrap. */
  .popup.wrap .popup-row {
    white-space: normal;
  }

  .popup-row:hover {
    background: var(--_users-color-surface);
  }
`;
