import { html, svg, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

const chevron = svg`<svg class="chevron" viewBox="0 0 12 12" aria-hidden="true" focusable="false"><path d="M2 4l4 4 4-4"></path></svg>`;

export interface SelectFieldOptions {
  readonly id: string;
  /** The select's part name (`filter-select`, `status-filter`…). */
  readonly selectPart: string;
  readonly label: string;
  readonly value: string;
  readonly options: ReadonlyArray<readonly [value: string, label: string]>;
  readonly onChange: (value: string) => void;
}

/**
 * A one-of filter, the same in both lists: the label sits inside the box, like the portal's
 * "Status  All ⌄"; a filter that narrows the list (any value but the first, "all" one) is drawn as
 * active. The chosen value is never cut; a long label wraps. `selected`
 * sets the first render (the select's own value is bound before its options exist); `live()`
 * resets it later, e.g. on "Clear filters" after the user picked something.
 */
export function selectField(field: SelectFieldOptions): TemplateResult {
  return html`
    <div
      class=${field.value === (field.options[0]?.[0] ?? '') ? 'filter select-field' : 'filter select-field active'}
      part="filter"
    >
      <label for=${field.id}>${field.label}</label>
      <select
        id=${field.id}
        part=${field.selectPart}
        .value=${live(field.value)}
        @change=${(event: Event) => field.onChange((event.target as HTMLSelectElement).value)}
      >
        ${field.options.map(
          ([value, label]) => html`<option value=${value} ?selected=${value === field.value}>${label}</option>`,
        )}
      </select>
      ${chevron}
    </div>
  `;
}
