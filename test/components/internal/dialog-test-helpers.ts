import { waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { render, type TemplateResult } from 'lit';
import { deepActiveElement } from '../../../src/components/internal/focus.js';

/**
 * Helpers for the dialog tests: mount a page with a trigger button, read what the user sees, and
 * wait for the UI (never for a fixed time).
 */

const mounted: HTMLElement[] = [];

/**
 * Renders `template` into a fresh container on the page. Not open-wc's `fixture`: its root here is
 * not a Lit element, and fixture would wait for an animation frame that a background page never gets.
 */
export function mount(template: TemplateResult): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  return container;
}

export function unmountAll(): void {
  for (const container of mounted.splice(0)) container.remove();
}

/** The element under `root`'s shadow root matching `selector`, or a failure naming it. */
export function inner<T extends Element = HTMLElement>(root: Element, selector: string): T {
  const found = root.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`Nothing matches ${selector} in <${root.localName}>`);
  return found;
}

export function maybeInner<T extends Element = HTMLElement>(root: Element, selector: string): T | null {
  return root.shadowRoot!.querySelector<T>(selector);
}

/** The text a user reads in the dialog body and footer (the slotted content), whitespace collapsed. */
export function visibleText(root: Element): string {
  return (root.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The dialog's heading, which lives in the shell's shadow root. */
export function headingText(root: Element): string {
  const shell = inner(root, 'users-dialog-shell');
  return (shell.shadowRoot!.querySelector('h2')!.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function isOpen(root: Element): boolean {
  const shell = maybeInner(root, 'users-dialog-shell');
  return shell?.shadowRoot?.querySelector('dialog')?.open ?? false;
}

/** The text of the element that has focus, or its id; for readable assertion messages. */
export function focused(): HTMLElement | undefined {
  return deepActiveElement();
}

export async function waitForText(root: Element, text: string, message?: string): Promise<void> {
  try {
    await waitUntil(() => visibleText(root).includes(text), message, { timeout: 4000 });
  } catch {
    throw new Error(message ?? `"${text}" never appeared; the dialog shows: ${visibleText(root).slice(0, 300)}`);
  }
}

export async function waitForFocus(predicate: (el: HTMLElement | undefined) => boolean, message: string) {
  await waitUntil(() => predicate(deepActiveElement()), message, { timeout: 4000 });
}

/** The error text linked to a field through aria-describedby. */
export function describedText(root: Element, field: Element): string {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => root.shadowRoot!.getElementById(id)?.textContent?.trim() ?? '').join(' | ');
}

/** A real mouse click at the centre of `el` (scrolled into view first), as a user would. */
export async function clickOn(el: Element): Promise<void> {
  el.scrollIntoView({ block: 'center' });
  const rect = el.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)],
  });
}
