import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { focusLeftHost, OutsideDismissController } from './outside-dismiss.js';

type PopupHost = ReactiveControllerHost & HTMLElement;

export interface PopupOptions {
  /** The button that opens the popup; focus returns to it. */
  readonly trigger: () => HTMLElement | null | undefined;
  /** The rendered popup panel (class `popup` from `popupStyles`). */
  readonly popup: () => HTMLElement | null | undefined;
  /** The trigger edge the popup lines up with when there is room: `start` (default) or `end`. */
  readonly align?: 'start' | 'end';
}

/**
 * One popup anchored to a trigger button (the row menu, a filter's checkbox panel): open state,
 * placement, focus in on open and back to the trigger on Escape, closing on a press outside or when
 * focus leaves the host. The host renders from `open` and wires `onKeydown` and `onFocusOut` on the
 * popup (and `onKeydown` on the trigger, so Escape works there too); the controller re-renders it.
 */
export class PopupController implements ReactiveController {
  private readonly host: PopupHost;
  private readonly options: PopupOptions;
  private readonly outside: OutsideDismissController;
  private isOpen = false;
  /** Where focus goes once the opened popup has rendered; set by `show()`, used once. */
  private focusOnOpen?: () => HTMLElement | null | undefined;

  constructor(host: PopupHost, options: PopupOptions) {
    this.host = host;
    this.options = options;
    this.outside = new OutsideDismissController(host, () => this.hide(false));
    host.addController(this);
  }

  get open(): boolean {
    return this.isOpen;
  }

  /** Opens the popup; once it has rendered it is placed and `focus()` (if given) gets focus. */
  show(focus?: () => HTMLElement | null | undefined): void {
    if (this.isOpen) return;
    this.isOpen = true;
    this.focusOnOpen = focus;
    this.outside.watch();
    this.host.requestUpdate();
  }

  /** Closes the popup; `returnFocus` puts focus back on the trigger (Escape, a pick). */
  hide(returnFocus: boolean): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.focusOnOpen = undefined;
    this.outside.unwatch();
    this.host.requestUpdate();
    if (returnFocus) this.options.trigger()?.focus();
  }

  /** A click on the trigger: opens, or closes with focus staying on the trigger. */
  toggle(focus?: () => HTMLElement | null | undefined): void {
    if (this.isOpen) this.hide(true);
    else this.show(focus);
  }

  hostUpdated(): void {
    const focus = this.focusOnOpen;
    if (!this.isOpen || !focus) return;
    this.focusOnOpen = undefined;
    this.place();
    focus()?.focus();
  }

  /** A popup left open on a removed host would come back open with nothing watching it. */
  hostDisconnected(): void {
    this.hide(false);
  }

  /** Escape closes the open popup and returns focus to the trigger; other keys pass. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.isOpen) return;
    event.preventDefault();
    event.stopPropagation();
    this.hide(true);
  };

  readonly onFocusOut = (event: FocusEvent): void => {
    if (focusLeftHost(this.host, event)) this.hide(false);
  };

  /**
   * Lines up with the `align` edge of the trigger, unless the popup would then cross the far edge
   * of the widget it sits in (or of the window) and fits lined up with the other edge; when it fits
   * neither way, it takes the room from its edge to the far one and its rows wrap. Then it opens
   * upwards when it would run off the bottom of the window and fits above. Set on the element
   * directly (classes `end`, `wrap`, `above`; a width through the CSSOM, which a strict CSP allows):
   * it needs the rendered popup's size, and a state change here would cost a second render.
   */
  private place(): void {
    const popup = this.options.popup();
    const trigger = this.options.trigger();
    if (!popup || !trigger) return;
    const alignEnd = this.options.align === 'end';
    popup.classList.remove('above', 'wrap');
    popup.classList.toggle('end', alignEnd);
    popup.style.removeProperty('inline-size');

    const button = trigger.getBoundingClientRect();
    const box = popup.getBoundingClientRect();
    const widget = (this.host.getRootNode() as ShadowRoot).host ?? document.documentElement;
    const bounds = widget.getBoundingClientRect();
    const left = Math.max(bounds.left, 0);
    const right = Math.min(bounds.right, window.innerWidth);
    // Which way the popup grows from its anchor edge: lined up with the start edge in a
    // left-to-right page it grows rightwards.
    const rtl = getComputedStyle(this.host).direction === 'rtl';
    const growsRight = alignEnd === rtl;
    const crosses = growsRight ? box.right > right : box.left < left;
    if (crosses) {
      const fitsOtherWay = growsRight ? button.right - box.width >= left : button.left + box.width <= right;
      if (fitsOtherWay) {
        popup.classList.toggle('end', !alignEnd);
      } else {
        const room = growsRight ? right - button.left : button.right - left;
        popup.style.inlineSize = `${Math.max(room, button.width)}px`;
        popup.classList.add('wrap');
      }
    }

    const height = popup.getBoundingClientRect().height;
    popup.classList.toggle('above', button.bottom + height > window.innerHeight && button.top > height);
  }
}
