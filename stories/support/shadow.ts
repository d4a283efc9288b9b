import { expect, waitFor, within } from 'storybook/test';

/**
 * Testing Library queries scoped to an element's shadow root: the widget renders everything there.
 * The buttons and fields of a dialog an element opens live in this same root (slotted into the
 * dialog shell), so these queries find them too; the `<dialog>` itself is one shadow root deeper:
 * use `openDialog()`.
 *
 * Testing Library judges visibility along the light-DOM parents, so the slotted buttons of a
 * *closed* dialog still count as present: query them after `openDialog()`, or by names no row uses.
 */
export function inShadow(element: Element) {
  const root = element.shadowRoot;
  if (!root) throw new Error(`<${element.localName}> has no open shadow root`);
  // Testing Library only calls querySelectorAll and friends on the container, which a ShadowRoot has.
  return within(root as unknown as HTMLElement);
}

/** waitFor options for text in another language: its catalog loads on first use, which can take a moment. */
export const LANG_LOAD = { timeout: 5_000 };

/** The first `tag` in the story's canvas, once it exists and has rendered. */
export async function storyElement<K extends keyof HTMLElementTagNameMap>(
  canvasElement: HTMLElement,
  tag: K,
): Promise<HTMLElementTagNameMap[K]> {
  let element: HTMLElementTagNameMap[K] | null = null;
  await waitFor(() => {
    element = canvasElement.querySelector(tag);
    expect(element?.shadowRoot?.childNodes.length ?? 0).toBeGreaterThan(0);
  });
  return element!;
}

/** Every element matching `selector` under `root`, searching every open shadow root below it too. */
export function deepQueryAll<E extends Element = Element>(root: ParentNode, selector: string): E[] {
  const found: E[] = [...root.querySelectorAll<E>(selector)];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...deepQueryAll<E>(element.shadowRoot, selector));
  }
  return found;
}

/** The first element that has `root` in its shadow tree or below and matches, else null. */
export function deepQuery<E extends Element = Element>(root: ParentNode, selector: string): E | null {
  return deepQueryAll<E>(root, selector)[0] ?? null;
}

/**
 * The modal `<dialog>` open somewhere inside `host` (through nested shadow roots), once it is. Its
 * accessible name comes from its heading, so `name` is checked against that text.
 */
export async function openDialog(host: Element, name?: string | RegExp): Promise<HTMLDialogElement> {
  let dialog: HTMLDialogElement | null = null;
  await waitFor(
    () => {
      dialog = deepQuery<HTMLDialogElement>(host.shadowRoot ?? host, 'dialog[open]');
      expect(dialog, 'an open dialog').not.toBeNull();
      if (name !== undefined) expect(dialogHeading(dialog!)).toMatch(name);
      // A language's catalog loads on first use; the first dialog in it may take a moment.
    },
    { timeout: 5_000 },
  );
  return dialog!;
}

/** Resolves once no dialog inside `host` is open. */
export async function dialogClosed(host: Element): Promise<void> {
  await waitFor(() => expect(deepQuery(host.shadowRoot ?? host, 'dialog[open]')).toBeNull(), { timeout: 5_000 });
}

/** The text of the heading that names a dialog (its `aria-labelledby`), slotted text included. */
export function dialogHeading(dialog: HTMLDialogElement): string {
  const id = dialog.getAttribute('aria-labelledby');
  const heading = id ? (dialog.getRootNode() as ShadowRoot | Document).getElementById(id) : null;
  const text = heading ? flatText(heading) : (dialog.getAttribute('aria-label') ?? '');
  return text.replace(/\s+/g, ' ').trim();
}

/** The text a person sees in `node`: slots replaced by what is assigned to them, shadow roots entered. */
export function flatText(node: Node): string {
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    return (assigned.length ? assigned : [...node.childNodes]).map(flatText).join('');
  }
  if (node instanceof Element && node.shadowRoot) return [...node.shadowRoot.childNodes].map(flatText).join('');
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
  return [...node.childNodes].map(flatText).join('');
}

/** A listener's promise: resolves with the next `name` event `target` sees. */
export function nextEvent<K extends keyof HTMLElementEventMap>(
  target: EventTarget,
  name: K,
): Promise<HTMLElementEventMap[K]> {
  return new Promise((resolve) =>
    target.addEventListener(name, (event) => resolve(event as HTMLElementEventMap[K]), { once: true }),
  );
}
