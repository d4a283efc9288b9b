import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { MemoryAdapter, type MemoryAdapterOptions } from '../../../src/adapters/memory/index.js';
import '../../../src/components/api-token-list/api-token-list.js';
import type { ApiTokenList } from '../../../src/components/api-token-list/api-token-list.js';
import type { UsersDialogShell } from '../../../src/components/internal/dialog-shell.js';
import { deepActiveElement } from '../../../src/components/internal/focus.js';

export { deepActiveElement };

/** The seeded account with no generated members: exactly the five fixture tokens. */
export function seededAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  return new MemoryAdapter({ userCount: 5, ...options });
}

/** Mounts the element and waits until it shows the answer (rows, an empty message or an error). */
export async function mountList(template: TemplateResult): Promise<ApiTokenList> {
  const el = await fixture<ApiTokenList>(template);
  await settled(el);
  return el;
}

export async function settled(el: ApiTokenList): Promise<void> {
  await waitUntil(
    () => {
      const root = el.shadowRoot!;
      const busy = root.querySelector('[part~="table-container"][aria-busy="true"]');
      const shown = root.querySelector('[part~="row"], [part~="empty"], [part~="error"]');
      return !busy && shown;
    },
    'the list never showed its answer',
    { timeout: 3000 },
  );
  await el.updateComplete;
}

export function $(el: ApiTokenList, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function $$(el: ApiTokenList, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** What a sighted user reads, whitespace collapsed; screen-reader-only text is left out. */
export function visibleText(node: Element): string {
  const parts: string[] = [];
  const walk = (current: Node) => {
    if (current instanceof Element) {
      if (current.matches('.visually-hidden, .cell-label, .hint')) return;
      // A line-break opportunity inside a word (an email's, after its "@"): no space there.
      if (current.localName === 'wbr') return void parts.push(WORD_JOIN);
      current.childNodes.forEach(walk);
    } else if (current.nodeType === Node.TEXT_NODE) {
      parts.push(current.textContent ?? '');
    }
  };
  walk(node);
  return parts.join(' ').replaceAll(` ${WORD_JOIN} `, '').replace(/\s+/g, ' ').trim();
}

const WORD_JOIN = '\u2060';

/** Every word in the node, hidden or not: roughly what a screen reader walks through. */
export function allText(node: Element): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Token names of the rows shown, in order. */
export function rowNames(el: ApiTokenList): string[] {
  return $$(el, '[part~="row"]').map((row) => visibleText(row.querySelector('[data-column="name"]')!));
}

export function row(el: ApiTokenList, name: string): HTMLElement {
  const found = $$(el, '[part~="row"]').find((r) => visibleText(r.querySelector('[data-column="name"]')!) === name);
  if (!found) throw new Error(`no row for token "${name}"; rows: ${rowNames(el).join(', ')}`);
  return found;
}

export function cell(rowEl: HTMLElement, column: string): HTMLElement {
  return rowEl.querySelector<HTMLElement>(`[data-column="${column}"]`)!;
}

export function headers(el: ApiTokenList): string[] {
  return $$(el, 'thead th').map((th) => visibleText(th));
}

export function shell(el: ApiTokenList): UsersDialogShell {
  return el.shadowRoot!.querySelector('users-dialog-shell')!;
}

export function dialog(el: ApiTokenList): HTMLDialogElement {
  return shell(el).shadowRoot!.querySelector('dialog')!;
}

/** Picks an option of a native select as a user would; `change` is what the page reacts to. */
export function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

export function expectedDate(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(iso));
}
