import { html, LitElement, svg } from 'lit';
import { property, query } from 'lit/decorators.js';
import { defineElement } from '../internal/define-element.js';
import { PopupController } from '../internal/popup-controller.js';
import { multiSelectStyles } from './multi-select.styles.js';

export interface MultiSelectOption {
  readonly value: string;
  readonly label: string;
}

export type MultiSelectChangeEvent = CustomEvent<{ readonly values: readonly string[] }>;

const chevron = svg`<svg class="chevron" viewBox="0 0 12 12" aria-hidden="true" focusable="false"><path d="M2 4l4 4 4-4"></path></svg>`;

/**
 * A filter that picks any number of options: a disclosure button ("Roles 0/5") opening a group of
 * checkboxes. Escape closes it and returns focus to the button; focus leaving or a click outside
 * closes it. Checkboxes rather than a listbox, because every reader and keyboard knows them.
 *
 * Internal to `<user-list>`, whose resolved tokens it inherits.
 *
 * @fires multi-select-change - The checked values changed; `detail.values` in option order.
 * @csspart button - The disclosure button.
 * @csspart panel - The popup with the checkboxes.
 * @csspart option - Each checkbox with its label.
 */
export class MultiSelect extends LitElement {
  static override styles = multiSelectStyles;

  @property() label = '';
  @property({ attribute: false }) options: readonly MultiSelectOption[] = [];
  @property({ attribute: false }) values: readonly string[] = [];
  /** Words for the count, e.g. "2 of 5 selected"; the visible "2/5" alone reads badly. */
  @property({ attribute: 'count-text' }) countText = '';

  @query('.button') private button!: HTMLButtonElement;
  @query('input') private firstCheckbox?: HTMLInputElement;
  @query('.panel') private panel!: HTMLElement;

  private readonly popup = new PopupController(this, { trigger: () => this.button, popup: () => this.panel });

  override focus(options?: FocusOptions): void {
    this.button?.focus(options);
  }

  protected override render() {
    return html`
      <button
        class="button"
        part="button"
        type="button"
        aria-expanded=${this.popup.open ? 'true' : 'false'}
        aria-controls="panel"
        @click=${this.toggle}
        @keydown=${this.popup.onKeydown}
      >
        <span class="label">${this.label}</span>
        <span class="count" aria-hidden="true">${`${this.values.length}/${this.options.length}`}</span>
        <span class="visually-hidden">, ${this.countText}</span>
        ${chevron}
      </button>
      <div
        class="popup panel"
        part="panel"
        id="panel"
        role="group"
        aria-label=${this.label}
        ?hidden=${!this.popup.open}
        @keydown=${this.popup.onKeydown}
        @focusout=${this.popup.onFocusOut}
      >
        ${this.options.map(
          (option) => html`
            <label class="popup-row option" part="option">
              <input
                type="checkbox"
                .checked=${this.values.includes(option.value)}
                @change=${(event: Event) => this.onToggle(option.value, (event.target as HTMLInputElement).checked)}
              />
              <span>${option.label}</span>
            </label>
          `,
        )}
      </div>
    `;
  }

  /** Opens on the first checkbox. */
  private toggle = (): void => this.popup.toggle(() => this.firstCheckbox);

  private onToggle(value: string, checked: boolean): void {
    const chosen = new Set(this.values);
    if (checked) chosen.add(value);
    else chosen.delete(value);
    const values = this.options.map((option) => option.value).filter((candidate) => chosen.has(candidate));
    this.dispatchEvent(new CustomEvent('multi-select-change', { detail: { values }, bubbles: true }));
  }
}

defineElement('users-multi-select', MultiSelect);

declare global {
  interface HTMLElementTagNameMap {
    'users-multi-select': MultiSelect;
  }
}
