import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { defineElement } from './define-element.js';
import { composedContains, deepActiveElement, firstFocusTarget } from './focus.js';

/** Detail of `dialog-close-request`: why the dialog wants to close. */
export interface DialogCloseRequestDetail {
  readonly reason: 'escape';
}

/**
 * The modal frame every dialog of the widget uses: a native `<dialog>` opened with `showModal()`
 * (top layer, inert page, focus trapped by the browser), a heading that names it, and slots for the
 * description, body and footer.
 *
 * - `open()` shows it and resolves with the `returnValue` once it closes (`close(returnValue)`).
 * - Focus moves in on open: to a slotted element with `autofocus` (searched through open shadow
 *   roots), else the first form field, else the first button, else the dialog itself. On close it
 *   returns to the element that had focus before `open()` (the deep active element, found through
 *   shadow roots), so a user lands back on the button that opened the dialog.
 * - Escape does not close it directly: the shell first dispatches a cancelable
 *   `dialog-close-request`. A form with unsaved changes can `preventDefault()` and ask "Discard
 *   changes?" in place; unprevented, the dialog closes with returnValue `'cancel'`. An element
 *   inside that handles Escape itself (a menu, say) calls `preventDefault()` on the keydown and the
 *   dialog ignores it.
 * - `alert` makes it an `alertdialog` described by the `description` slot (WAI-ARIA alert dialog
 *   pattern, for confirmations of destructive actions).
 *
 * It has no tokens of its own: it is meant to be rendered inside a widget element's shadow root and
 * inherits that element's `--_users-*` properties (and so its theme).
 *
 * @summary Internal: native modal dialog frame with focus handling and a cancelable close request.
 *
 * @slot - The body: form fields, text.
 * @slot heading - Replaces the text of `label` in the heading (keep it text-like: it names the dialog).
 * @slot description - What the dialog is about; referenced by `aria-describedby`.
 * @slot footer - The action buttons, end-aligned.
 *
 * @event dialog-close-request - Cancelable; `detail.reason` is `'escape'`. Prevent it to keep the dialog open.
 * @event dialog-closed - After the dialog closed, by any means; `detail.returnValue`.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart header - The heading's container.
 * @csspart heading - The `<h2>` naming the dialog.
 * @csspart description - The description's container.
 * @csspart body - The scrolling body.
 * @csspart footer - The buttons' container.
 *
 * @cssproperty --users-dialog-width - Preferred width (default 36rem; never wider than the viewport).
 * @cssproperty --users-dialog-max-height - Tallest the dialog grows before its body scrolls (default 85vh).
 */
export class UsersDialogShell extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }

    dialog {
      box-sizing: border-box;
      width: min(var(--users-dialog-width, 36rem), calc(100vw - 2rem));
      max-height: var(--users-dialog-max-height, 85vh);
      padding: 0;
      border: 1px solid var(--_users-color-border, #dde1e7);
      border-radius: var(--_users-radius, 6px);
      background: var(--_users-color-background, #fff);
      color: var(--_users-color-text, #1d2433);
      box-shadow: var(--_users-shadow, 0 8px 24px rgb(16 24 40 / 0.18));
      font: inherit;
      line-height: 1.5;
      /* A name, email or server message without spaces wraps instead of widening the dialog. */
      overflow-wrap: anywhere;
    }

    dialog[open] {
      display: flex;
      flex-direction: column;
    }

    dialog::backdrop {
      background: var(--_users-color-backdrop, rgb(16 24 40 / 0.5));
    }

    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }

    :focus-visible {
      outline: var(--_users-focus-ring, 2px solid #1f5fcc);
      outline-offset: var(--_users-focus-ring-offset, 2px);
    }

    /* Focused only as a last resort (nothing focusable inside): no ring around the whole dialog. */
    dialog:focus-visible {
      outline: none;
    }

    header {
      padding: var(--_users-space-5, 1.5rem) var(--_users-space-5, 1.5rem) var(--_users-space-3, 0.75rem);
    }

    h2 {
      margin: 0;
      font-size: 1.25em;
      font-weight: 600;
      line-height: 1.3;
    }

    .description {
      padding: 0 var(--_users-space-5, 1.5rem);
    }

    .description.empty {
      display: none;
    }

    .body {
      flex: 1 1 auto;
      overflow: auto;
      padding: var(--_users-space-2, 0.5rem) var(--_users-space-5, 1.5rem) var(--_users-space-4, 1rem);
    }

    footer {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: var(--_users-space-2, 0.5rem);
      padding: var(--_users-space-4, 1rem) var(--_users-space-5, 1.5rem);
      border-top: 1px solid var(--_users-color-border, #dde1e7);
    }

    footer.empty {
      display: none;
    }
  `;

  /** The dialog's title, shown in its heading and used as its accessible name. */
  @property() label = '';

  /** An `alertdialog` (a confirmation that interrupts), described by the `description` slot. */
  @property({ type: Boolean }) alert = false;

  @state() private hasDescription = false;
  @state() private hasFooter = false;

  @query('dialog') private readonly dialog!: HTMLDialogElement;

  private returnFocusTo?: HTMLElement;
  private settle?: (returnValue: string) => void;
  private closing?: Promise<string>;

  /** True while the dialog is shown. */
  get isOpen(): boolean {
    return this.dialog?.open ?? false;
  }

  /**
   * Shows the dialog modally and moves focus in. Resolves with the `returnValue` when it closes
   * (`'cancel'` for Escape). Calling it again before it closed returns the same promise.
   */
  open(): Promise<string> {
    if (this.closing) return this.closing;
    this.returnFocusTo = deepActiveElement();
    const closing = new Promise<string>((resolve) => (this.settle = resolve));
    this.closing = closing;
    // Shown at once when rendered, so `isOpen` is true on return; a shell opened before its
    // first render shows as soon as it has one.
    if (this.dialog) this.show();
    else void this.updateComplete.then(() => this.closing === closing && this.show());
    return closing;
  }

  /** Closes the dialog; `open()` resolves with `returnValue`. Does nothing when it is closed. */
  close(returnValue = ''): void {
    if (!this.isOpen) return;
    this.dialog.close(returnValue);
    // Settled now rather than on the 'close' event, which Chrome queues behind rendering: a page
    // in a background tab would otherwise never see its dialog finish.
    this.finish(returnValue);
  }

  /**
   * Moves focus to the element that should start: `autofocus`, else the first field, else the
   * first button. For content that changed while open (a form that appeared once loaded, a result
   * that replaced it); `ifIdle` leaves focus alone when the user already is somewhere inside.
   */
  focusInitial(options: { ifIdle?: boolean } = {}): void {
    if (!this.isOpen || (options.ifIdle && !this.focusIsIdle())) return;
    const target = firstFocusTarget(this.slottedRoots());
    (target ?? this.dialog).focus();
  }

  /** Focus is on the dialog box itself (nothing better existed) or outside it. */
  private focusIsIdle(): boolean {
    const active = deepActiveElement();
    return !active || active === this.dialog || !composedContains(this, active);
  }

  private show(): void {
    // slotchange comes late for content added just before opening; an empty-looking footer would
    // still be hidden and its buttons unfocusable.
    this.syncSlotFlags();
    this.dialog.returnValue = '';
    if (!this.dialog.open) this.dialog.showModal();
    void this.updateComplete.then(() => this.isOpen && this.focusInitial());
  }

  private syncSlotFlags(): void {
    const slot = (name: string) => this.renderRoot.querySelector<HTMLSlotElement>(`slot[name="${name}"]`);
    this.hasDescription = hasContent(slot('description'));
    this.hasFooter = hasContent(slot('footer'));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Removed while open: the browser drops it from the top layer without a close event.
    if (this.settle) this.finish('');
  }

  protected override firstUpdated(_changed: PropertyValues): void {
    // Lit re-renders keep the same <dialog>; a close by another path (a form with
    // method="dialog", the browser) ends here. The event comes late: if the dialog was opened
    // again since, it belongs to the previous close (already settled) and must not end this one.
    this.dialog.addEventListener('close', () => {
      if (!this.dialog.open) this.finish(this.dialog.returnValue);
    });
  }

  protected override render() {
    const describedBy = this.alert || this.hasDescription ? 'description' : nothing;
    return html`<dialog
      part="dialog"
      role=${this.alert ? 'alertdialog' : nothing}
      aria-labelledby="heading"
      aria-describedby=${describedBy}
      tabindex="-1"
      @keydown=${this.onKeydown}
      @cancel=${this.onCancel}
    >
      <header part="header">
        <h2 id="heading" part="heading"><slot name="heading">${this.label}</slot></h2>
      </header>
      <div id="description" part="description" class=${this.hasDescription ? 'description' : 'description empty'}>
        <slot name="description" @slotchange=${this.onSlotChange}></slot>
      </div>
      <div part="body" class="body"><slot></slot></div>
      <footer part="footer" class=${this.hasFooter ? '' : 'empty'}>
        <slot name="footer" @slotchange=${this.onSlotChange}></slot>
      </footer>
    </dialog>`;
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
    // Cancelling the keydown keeps the browser from turning it into a close request, which Chrome
    // would let through unasked on a second Escape without user activation in between.
    event.preventDefault();
    this.requestClose();
  }

  /** Close requests that are not an Escape keydown (e.g. a platform back gesture). */
  private onCancel(event: Event): void {
    event.preventDefault();
    this.requestClose();
  }

  private requestClose(): void {
    const request = new CustomEvent<DialogCloseRequestDetail>('dialog-close-request', {
      detail: { reason: 'escape' },
      cancelable: true,
    });
    if (this.dispatchEvent(request)) this.close('cancel');
  }

  private finish(returnValue: string): void {
    // Once per open(): close() settles at once, and the 'close' event then finds nothing to do.
    if (!this.settle) return;
    const settle = this.settle;
    this.settle = undefined;
    this.closing = undefined;
    const target = this.returnFocusTo;
    this.returnFocusTo = undefined;
    if (target?.isConnected) target.focus();
    this.dispatchEvent(new CustomEvent('dialog-closed', { detail: { returnValue } }));
    settle?.(returnValue);
  }

  private slottedRoots(): Element[] {
    const slots = this.renderRoot.querySelectorAll<HTMLSlotElement>('slot');
    return [...slots].flatMap((slot) => slot.assignedElements({ flatten: true }));
  }

  private onSlotChange(): void {
    this.syncSlotFlags();
  }
}

function hasContent(slot: HTMLSlotElement | null): boolean {
  if (!slot) return false;
  return slot
    .assignedNodes({ flatten: true })
    .some((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim());
}

defineElement('users-dialog-shell', UsersDialogShell);

declare global {
  interface HTMLElementTagNameMap {
    'users-dialog-shell': UsersDialogShell;
  }
  interface HTMLElementEventMap {
    'dialog-close-request': CustomEvent<DialogCloseRequestDetail>;
    'dialog-closed': CustomEvent<{ readonly returnValue: string }>;
  }
}
