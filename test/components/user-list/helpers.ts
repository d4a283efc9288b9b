import { ContextConsumer } from '@lit/context';
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { MemoryAdapter, type MemoryAdapterOptions } from '../../../src/adapters/memory/index.js';
import type { UsersAdapter } from '../../../src/adapters/users-adapter.js';
import type { RowMenu } from '../../../src/components/internal/row-menu.js';
import '../../../src/components/user-list/user-list.js';
import type { UserList } from '../../../src/components/user-list/user-list.js';
import type { UserQuery } from '../../../src/core/index.js';
import { adapterContext, sessionContext, type SessionState } from '../../../src/state/index.js';

/** Each test gets its own storage key, so a remembered page size never leaks between tests. */
let keyCounter = 0;
export function freshStorageKey(): string {
  keyCounter += 1;
  return `user-list-test:${Date.now()}:${keyCounter}`;
}

export interface MountOptions {
  lang?: string;
  storageKey?: string;
  pageSize?: number;
}

const containers: HTMLElement[] = [];

/**
 * A plain container in the page, removed by `unmountContainers()`. Not open-wc's `fixture`: for a
 * root that is not a Lit element it waits for an animation frame, and a page running in the
 * background next to another test file gets none.
 */
export function container(): HTMLDivElement {
  const div = document.createElement('div');
  document.body.append(div);
  containers.push(div);
  return div;
}

export function unmountContainers(): void {
  for (const div of containers.splice(0)) div.remove();
}

/** Mounts `<user-list>` on `adapter` and waits until it shows its first answer. */
export async function mountList(adapter: UsersAdapter, options: MountOptions = {}): Promise<UserList> {
  const el = await fixture<UserList>(
    html`<user-list
      .adapter=${adapter}
      lang=${options.lang ?? 'en'}
      storage-key=${options.storageKey ?? freshStorageKey()}
      page-size=${options.pageSize ?? 10}
    ></user-list>`,
  );
  await settled(el);
  return el;
}

export function memoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  return new MemoryAdapter(options);
}

/** Waits until nothing is loading (no `aria-busy`) and the list shows rows, a no-rows message or an error. */
export async function settled(el: UserList): Promise<void> {
  await el.updateComplete;
  await waitUntil(
    () => {
      if ($(el, '[aria-busy="true"]')) return false;
      if ($(el, '[part~="load-error"]')) return true;
      return rows(el).length > 0 || summary(el) !== '';
    },
    'the list never settled',
    { timeout: 4000 },
  );
  await el.updateComplete;
}

export function $(el: Element, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function $$(el: Element, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** User rows on screen (not skeletons). */
export function rows(el: UserList): HTMLTableRowElement[] {
  return $$(el, 'tbody tr[data-user-id]') as HTMLTableRowElement[];
}

export function rowIds(el: UserList): number[] {
  return rows(el).map((row) => Number(row.dataset.userId));
}

export function row(el: UserList, id: number): HTMLTableRowElement {
  const found = rows(el).find((r) => Number(r.dataset.userId) === id);
  if (!found) throw new Error(`no row for user ${id}; rows: ${rowIds(el).join(', ')}`);
  return found;
}

/**
 * What a sighted user reads, whitespace collapsed: screen-reader-only text, whatever the layout
 * does not display, and the labels cards put before values left out. Text nodes are joined as they
 * are drawn (an email split by its <wbr> reads whole).
 */
export function visibleText(node: Element | null): string {
  if (!node) return '';
  const parts: string[] = [];
  const walk = (current: Node) => {
    if (current instanceof Element) {
      if (current.matches('.visually-hidden, .cell-label, .short-label, [hidden]')) return;
      if (current instanceof HTMLElement && getComputedStyle(current).display === 'none') return;
      (current.shadowRoot ?? current).childNodes.forEach(walk);
    } else if (current.nodeType === Node.TEXT_NODE) {
      parts.push(current.textContent ?? '');
    }
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The visible text of each cell of a row, ID to two-factor. */
export function cellTexts(rowEl: HTMLTableRowElement): string[] {
  return [...rowEl.cells].slice(0, 7).map((cell) => visibleText(cell));
}

export function summary(el: UserList): string {
  return visibleText($(el, '[part~="summary"]'));
}

export function notice(el: UserList): string {
  return visibleText($(el, '[part~="notice"]'));
}

/** Text as a screen reader gets it: everything but what is `aria-hidden`, whitespace collapsed. */
export function accessibleText(node: Element | null): string {
  if (!node) return '';
  const parts: string[] = [];
  const walk = (current: Node) => {
    if (current instanceof Element) {
      if (current.getAttribute('aria-hidden') === 'true') return;
      (current.shadowRoot ?? current).childNodes.forEach(walk);
    } else if (current.nodeType === Node.TEXT_NODE) {
      parts.push(current.textContent ?? '');
    }
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** A column's sort button, found by its accessible name, as a screen reader user finds it. */
export function headerButton(el: UserList, label: string): HTMLButtonElement {
  const found = $$(el, 'th button').find((button) => accessibleText(button) === label);
  if (!found) throw new Error(`no column header "${label}"`);
  return found as HTMLButtonElement;
}

export function rowMenu(el: UserList, id: number): RowMenu | null {
  return row(el, id).querySelector('users-row-menu');
}

export function menuButton(menu: RowMenu): HTMLButtonElement {
  return menu.shadowRoot!.querySelector('button[aria-haspopup]')!;
}

export function menuItems(menu: RowMenu): HTMLButtonElement[] {
  return [...menu.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
}

/** The labels of the actions a row offers, opening its menu to read them (or [] without a menu). */
export async function rowActionLabels(el: UserList, id: number): Promise<string[]> {
  const menu = rowMenu(el, id);
  if (!menu) return [];
  menuButton(menu).click();
  await menu.updateComplete;
  const labels = menuItems(menu).map((item) => visibleText(item));
  menuButton(menu).click();
  await menu.updateComplete;
  return labels;
}

/** The element that really has focus, followed into open shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The page queries that reached the backend (the session's zero-length admin count excluded). */
export function pageQueries(adapter: MemoryAdapter): UserQuery[] {
  return adapter
    .callsOf('listUsers')
    .map((call) => call.args[0] as UserQuery)
    .filter((query) => query.limit > 0);
}

export function pageButton(el: UserList, label: string): HTMLButtonElement {
  const found = $$(el, '[part~="pager"] button').find((button) => button.getAttribute('aria-label') === label);
  if (!found) throw new Error(`no pager button "${label}"`);
  return found as HTMLButtonElement;
}

/**
 * Focuses a native select and moves it to the option labelled `label` with the arrow keys, as a
 * keyboard user does (one change per step). Used by the paging and the search/filter tests.
 */
export async function arrowToOption(select: HTMLSelectElement, label: string): Promise<void> {
  select.focus();
  const target = [...select.options].findIndex((option) => option.text === label);
  const steps = target - select.selectedIndex;
  for (let i = 0; i < Math.abs(steps); i += 1) await sendKeys({ press: steps > 0 ? 'ArrowDown' : 'ArrowUp' });
}

/** Picks `value` in a native select as a user would (change event included). */
export function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Records what the list provides to the elements inside it, as a dialog would receive it. */
export class ContextProbe extends LitElement {
  adapter?: UsersAdapter;
  sessionState?: SessionState;
  constructor() {
    super();
    new ContextConsumer(this, { context: adapterContext, subscribe: true, callback: (v) => (this.adapter = v) });
    new ContextConsumer(this, { context: sessionContext, subscribe: true, callback: (v) => (this.sessionState = v) });
  }
}
customElements.define('user-list-context-probe', ContextProbe);

/** A probe placed in the list's shadow root, where its dialogs live. */
export function contextProbe(el: UserList): ContextProbe {
  const probe = document.createElement('user-list-context-probe') as ContextProbe;
  el.shadowRoot!.append(probe);
  return probe;
}
