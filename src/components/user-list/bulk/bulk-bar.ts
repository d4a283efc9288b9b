import { html, nothing, type TemplateResult } from 'lit';
import type { Catalog } from '../../../i18n/index.js';
import type { BulkActionKind } from './plan.js';
import type { Selection } from './selection.js';

export interface BulkBarProps {
  readonly t: Catalog;
  readonly selection: Selection;
  readonly count: number;
  /** Every row of the page is ticked and more users match: "Select all N matching" is offered. */
  readonly offerAllMatching: boolean;
  readonly matching: number;
  readonly onSelectAllMatching: () => void;
  readonly onClear: () => void;
  readonly onAction: (action: BulkActionKind | 'export', trigger: HTMLElement) => void;
}

/**
 * The bar above the table while anything is ticked: how many (a live region, so the count is
 * heard as it changes), "Select all N matching", "Clear selection", and the actions that apply to
 * the whole selection. Each action first says, in numbers, what it will do and to whom.
 */
export function renderBulkBar(props: BulkBarProps): TemplateResult {
  const labels = props.t.userList.selection;
  const act = (action: BulkActionKind | 'export') => (event: Event) =>
    props.onAction(action, event.currentTarget as HTMLElement);
  return html`<div class="bulk-bar" part="bulk-bar" role="region" aria-label=${labels.barLabel}>
    <p class="bulk-count" part="selection-count" role="status">
      ${
        props.selection.kind === 'matching' && props.selection.except.size === 0
          ? labels.allMatching({ count: props.count })
          : labels.count({ count: props.count })
      }
    </p>
    ${
      props.offerAllMatching
        ? html`<button
            type="button"
            class="button quiet"
            part="select-all-matching-button"
            @click=${props.onSelectAllMatching}
          >
            ${labels.selectAllMatching({ count: props.matching })}
          </button>`
        : nothing
    }
    <button type="button" class="button quiet" part="clear-selection-button" @click=${props.onClear}>
      ${labels.clear}
    </button>
    <div class="bulk-actions" part="bulk-actions">
      <button type="button" class="button compact" part="bulk-button bulk-role-button" @click=${act('setRole')}>
        ${labels.changeRole}
      </button>
      <button type="button" class="button compact" part="bulk-button bulk-resend-button" @click=${act('resendInvite')}>
        ${labels.resendInvite}
      </button>
      <button
        type="button"
        class="button compact danger-outline"
        part="bulk-button bulk-remove-button"
        @click=${act('remove')}
      >
        ${labels.remove}
      </button>
      <button type="button" class="button compact" part="bulk-button bulk-export-button" @click=${act('export')}>
        ${labels.export}
      </button>
    </div>
  </div>`;
}
