import { html, LitElement, svg, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { defineElement } from '../internal/define-element.js';
import { focusLeftHost, OutsideDismissController } from '../internal/outside-dismiss.js';
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

  @state() private open = false;

  @query('.button') private button!: HTMLButtonElement;
  @query('input') private firstCheckbox?: HTMLInputElement;
  @query('.panel') private panel!: HTMLElement;

  private readonly outside = new OutsideDismissController(this, () => this.close(false));

  override focus(options?: FocusOptions): void {
    this.button?.focus(options);
  }

  protected override render() {
    return html`
      <button
        class="button"
        part="button"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel"
        @click=${this.toggle}
        @keydown=${this.onKeydown}
      >
        <span class="label">${this.label}</span>
        <span class="count" aria-hidden="true">${`${this.values.length}/${this.options.length}`}</span>
        <span class="visually-hidden">, ${this.countText}</span>
        ${chevron}
      </button>
      <div
        class="panel"
        part="panel"
        id="panel"
        role="group"
        aria-label=${this.label}
        ?hidden=${!this.open}
        @keydown=${this.onKeydown}
        @focusout=${this.onFocusOut}
      >
        ${this.options.map(
          (option) => html`
            <label class="option" part="option">
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

  protected override updated(changed: PropertyValues): void {
    if (changed.has('open') && this.open) {
      this.placePanel();
      this.firstCheckbox?.focus();
    }
  }

  /**
   * The panel grows from the button's start edge, and may be wider than it (long role names). When
   * it would then cross the end edge of the widget it sits in (or of the window), and fits the
   * other way, it grows from the button's end edge instead. Set on the element directly: it needs
   * the rendered panel's width, and a state change here would cost a second render.
   */
  private placePanel(): void {
    const panel = this.panel;
    panel.classList.remove('from-end');
    const host = (this.getRootNode() as ShadowRoot).host ?? document.documentElement;
    const bounds = host.getBoundingClientRect();
    const box = panel.getBoundingClientRect();
    const button = this.button.getBoundingClientRect();
    const rtl = getComputedStyle(this).direction === 'rtl';
    const crosses = rtl ? box.left < Math.max(bounds.left, 0) : box.right > Math.min(bounds.right, window.innerWidth);
    const fitsOtherWay = rtl
      ? button.left + box.width <= Math.min(bounds.right, window.innerWidth)
      : button.right - box.width >= Math.max(bounds.left, 0);
    panel.classList.toggle('from-end', crosses && fitsOtherWay);
  }

  private toggle = (): void => {
    if (this.open) this.close(false);
    else {
      this.open = true;
      this.outside.watch();
    }
  };

  private close(returnFocus: boolean): void {
    if (!this.open) return;
    this.open = false;
    this.outside.unwatch();
    if (returnFocus) this.button.focus();
  }

  private onToggle(value: string, checked: boolean): void {
    const chosen = new Set(this.values);
    if (checked) chosen.add(value);
    else chosen.delete(value);
    const values = this.options.map((option) => option.value).filter((candidate) => chosen.has(candidate));
    this.dispatchEvent(new CustomEvent('multi-select-change', { detail: { values }, bubbles: true }));
  }

  private onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open) return;
    event.preventDefault();
    event.stopPropagation();
    this.close(true);
  };

  private onFocusOut = (event: FocusEvent): void => {
    if (focusLeftHost(this, event)) this.close(false);
  };
}

defineElement('users-multi-select', MultiSelect);

declare global {
  interface HTMLElementTagNameMap {
    'users-multi-select': MultiSelect;
  }
}
