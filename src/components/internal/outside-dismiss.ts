import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Closes a popup (row menu, filter panel) when the user presses anywhere outside its host. Listens
 * only while the popup is open, in the capture phase so a click that other code stops still counts.
 */
export class OutsideDismissController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly dismiss: () => void;

  constructor(host: ReactiveControllerHost & HTMLElement, dismiss: () => void) {
    this.host = host;
    this.dismiss = dismiss;
    host.addController(this);
  }

  watch(): void {
    document.addEventListener('pointerdown', this.onPointerDown, true);
  }

  unwatch(): void {
    document.removeEventListener('pointerdown', this.onPointerDown, true);
  }

  hostDisconnected(): void {
    this.unwatch();
  }

  private onPointerDown = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this.host)) this.dismiss();
  };
}

/**
 * True when focus moved on to a node outside `host` (its shadow tree and light children count as
 * inside). A null target means the window lost focus: the popup stays, as native menus do.
 */
export function focusLeftHost(host: HTMLElement, event: FocusEvent): boolean {
  const next = event.relatedTarget as Node | null;
  return next !== null && !host.shadowRoot?.contains(next) && !host.contains(next);
}
