import { html, LitElement, svg } from 'lit';
import { property, query, queryAll } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { defineElement } from './define-element.js';
import { PopupController } from './popup-controller.js';
import { rowMenuStyles } from './row-menu.styles.js';

export interface RowMenuItem {
  /** Returned in the `row-menu-select` event. */
  readonly value: string;
  readonly label: string;
  /** Destructive: shown in the danger colour. */
  readonly danger?: boolean;
}

export type RowMenuSelectEvent = CustomEvent<{ readonly value: string }>;

const dots = svg`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
  <circle cx="4" cy="10" r="1.75"></circle><circle cx="10" cy="10" r="1.75"></circle><circle cx="16" cy="10" r="1.75"></circle>
</svg>`;

/**
 * A "⋯" button that opens a menu of actions: the WAI-ARIA menu button pattern. Enter, Space and
 * ArrowDown open it on the first item, ArrowUp on the last; arrows, Home, End and the first letter
 * move; Enter or Space picks; Escape closes and returns focus to the button; Tab, a click outside
 * or focus leaving closes it.
 *
 * Internal: it reads the resolved `--_users-*` tokens of the widget element it sits in.
 *
 * @fires row-menu-select - An item was picked (after the menu closed and focus returned to the
 *   button); `detail.value` is its value. Does not leave the enclosing shadow root.
 * @csspart button - The "⋯" trigger.
 * @csspart menu - The popup list.
 * @csspart item - Each action; destructive ones also have `danger-item`.
 * @cssproperty --row-menu-button-size - Width and height of the trigger (default 2rem).
 */
export class RowMenu extends LitElement {
  static override styles = rowMenuStyles;

  @property({ attribute: false }) items: readonly RowMenuItem[] = [];

  /** The button's accessible name, e.g. "Actions for Ada Lovelace". */
  @property() label = '';

  @query('.trigger') private trigger!: HTMLButtonElement;
  @query('.menu') private menu!: HTMLElement;
  @queryAll('[role="menuitem"]') private menuItems!: NodeListOf<HTMLButtonElement>;

  private readonly popup = new PopupController(this, {
    trigger: () => this.trigger,
    popup: () => this.menu,
    align: 'end',
  });

  /** Moves focus to the trigger; the list uses it to put focus back after a dialog. */
  override focus(options?: FocusOptions): void {
    this.trigger?.focus(options);
  }

  protected override render() {
    return html`
      <button
        class="trigger"
        part="button"
        id="trigger"
        type="button"
        aria-haspopup="menu"
        aria-expanded=${this.popup.open ? 'true' : 'false'}
        aria-controls="menu"
        aria-label=${this.label}
        @click=${this.onTriggerClick}
        @keydown=${this.onTriggerKeydown}
      >
        ${dots}
      </button>
      <div
        class="popup menu"
        part="menu"
        id="menu"
        role="menu"
        aria-labelledby="trigger"
        ?hidden=${!this.popup.open}
        @keydown=${this.onMenuKeydown}
        @focusout=${this.popup.onFocusOut}
      >
        ${this.items.map(
          (item) => html`
            <button
              class=${classMap({ 'popup-row': true, item: true, danger: item.danger === true })}
              part=${item.danger ? 'item danger-item' : 'item'}
              type="button"
              role="menuitem"
              tabindex="-1"
              @click=${() => this.pick(item)}
            >
              ${item.label}
            </button>
          `,
        )}
      </div>
    `;
  }

  /** Opens on the first or last item; a menu without items stays closed. */
  private show(focus: 'first' | 'last'): void {
    if (this.items.length === 0) return;
    this.popup.show(() => {
      const items = this.menuItems;
      return items[focus === 'first' ? 0 : items.length - 1];
    });
  }

  private pick(item: RowMenuItem): void {
    this.popup.hide(true);
    this.dispatchEvent(new CustomEvent('row-menu-select', { detail: { value: item.value }, bubbles: true }));
  }

  private onTriggerClick = (): void => {
    if (this.popup.open) this.popup.hide(true);
    else this.show('first');
  };

  private onTriggerKeydown = (event: KeyboardEvent): void => {
    // Enter and Space also click the button; handling them here too would toggle twice.
    if (event.key === 'Escape') return this.popup.onKeydown(event);
    if (event.key === 'ArrowDown') this.show('first');
    else if (event.key === 'ArrowUp') this.show('last');
    else return;
    event.preventDefault();
  };

  private onMenuKeydown = (event: KeyboardEvent): void => {
    const items = [...this.menuItems];
    const index = items.indexOf(this.shadowRoot!.activeElement as HTMLButtonElement);
    const moveTo = (next: number) => items[(next + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        moveTo(index + 1);
        break;
      case 'ArrowUp':
        moveTo(index - 1);
        break;
      case 'Home':
      case 'PageUp':
        moveTo(0);
        break;
      case 'End':
      case 'PageDown':
        moveTo(items.length - 1);
        break;
      case 'Escape':
        this.popup.onKeydown(event);
        return;
      case 'Tab':
        // Not trapped: the browser moves focus on from the button, as if the menu had never
        // opened (hiding the focused item first would drop focus to the document).
        this.popup.hide(true);
        return;
      default:
        if (event.key.length === 1 && /\S/.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
          this.moveToLetter(items, index, event.key);
          break;
        }
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  /** Type-ahead: the next item after `from` (round the end) whose label starts with the typed letter. */
  private moveToLetter(items: HTMLButtonElement[], from: number, letter: string): void {
    const wanted = letter.toLocaleLowerCase();
    const after = [...items.slice(from + 1), ...items.slice(0, from + 1)];
    after.find((item) => item.textContent?.trim().toLocaleLowerCase().startsWith(wanted))?.focus();
  }
}

defineElement('users-row-menu', RowMenu);

declare global {
  interface HTMLElementTagNameMap {
    'users-row-menu': RowMenu;
  }
}
