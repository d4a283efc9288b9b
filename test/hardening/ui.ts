import { waitUntil } from '@open-wc/testing';
import { html, render } from 'lit';
import type { UsersAdapter } from '../../src/adapters/users-adapter.js';
import '../../src/components/api-token-list/api-token-list.js';
import type { ApiTokenList } from '../../src/components/api-token-list/api-token-list.js';
import type { RowMenu } from '../../src/components/internal/row-menu.js';
import '../../src/components/user-list/user-list.js';
import type { UserList } from '../../src/components/user-list/user-list.js';
import { loadElement } from '../../src/components/lazy-elements.js';

/**
 * Mounting, reading and driving the widget for the hardening suites: by hand into containers (not
 * open-wc's fixture, which can hang on a plain div), polling every 5 ms (the suites wait hundreds
 * of times; the default 50 ms would add up to many seconds).
 */

export type Updatable = HTMLElement & { updateComplete: Promise<boolean> };

const mounted: HTMLElement[] = [];

/** A container of `width` in the page, removed by `unmountAll()`. */
export function box(width = '100%'): HTMLDivElement {
  const div = document.createElement('div');
  div.style.width = width; // CSSOM, not an inline style string
  document.body.append(div);
  mounted.push(div);
  return div;
}

export function unmountAll(): void {
  for (const div of mounted.splice(0)) div.remove();
}

let storageKeys = 0;

/** `<user-list>` on `adapter`, `pageSize` rows a page, once it shows rows, a message or an error. */
export async function mountUserList(
  adapter: UsersAdapter,
  options: { width?: string; pageSize?: number } = {},
): Promise<UserList> {
  const into = box(options.width);
  storageKeys += 1;
  render(
    html`<user-list
      .adapter=${adapter}
      lang="en"
      page-size=${options.pageSize ?? 10}
      storage-key="hardening:${Date.now()}:${storageKeys}"
    ></user-list>`,
    into,
  );
  const el = into.querySelector('user-list')!;
  await listSettled(el);
  // As once the page is idle after the first paint: the dialogs' module is here (a cold dev
  // server takes seconds to transform it the first time, which is not what these tests measure).
  await loadElement('invite-dialog');
  return el;
}

/** `<api-token-list status=…>` on `adapter`, once it shows rows, a message or an error. */
export async function mountTokenList(adapter: UsersAdapter, status = 'all'): Promise<ApiTokenList> {
  const into = box();
  render(html`<api-token-list .adapter=${adapter} lang="en" status=${status}></api-token-list>`, into);
  const el = into.querySelector('api-token-list')!;
  await tokensSettled(el);
  return el;
}

/** Waits for `predicate`; on timeout fails with `message()`, computed then (so it can say what is shown). */
export async function until(predicate: () => unknown, message: () => string, timeout = 4000): Promise<void> {
  try {
    await waitUntil(predicate, 'timeout', { timeout, interval: 5 });
  } catch {
    throw new Error(message());
  }
}

export function $(el: Element, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function $$(el: Element, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** The element's text, with only the whitespace at its ends trimmed. */
export function text(node: Element | null): string {
  return (node?.textContent ?? '').trim();
}

/** Text as read, whitespace collapsed. */
export function words(node: Element | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Nothing loading, and rows, a no-rows message or an error shown. */
export async function listSettled(el: UserList): Promise<void> {
  await el.updateComplete;
  await until(
    () =>
      !$(el, '[aria-busy="true"]') &&
      ($(el, '[part~="load-error"]') || $(el, 'tbody tr[data-user-id]') || $(el, '[part~="summary"]')!.textContent),
    () => 'the list never settled',
  );
}

export async function tokensSettled(el: ApiTokenList): Promise<void> {
  await el.updateComplete;
  await until(
    () =>
      !$(el, '[part~="table-container"][aria-busy="true"]') && $(el, '[part~="row"], [part~="empty"], [part~="error"]'),
    () => 'the token list never showed its answer',
  );
}

export function userRow(el: UserList, id: number): HTMLTableRowElement {
  const found = $(el, `tbody tr[data-user-id="${id}"]`);
  if (!found) throw new Error(`no row for user ${id}`);
  return found as HTMLTableRowElement;
}

/** Ids of the rows on screen, in order. */
export function rowIds(el: UserList): number[] {
  return $$(el, 'tbody tr[data-user-id]').map((row) => Number(row.dataset.userId));
}

export function tokenRow(el: Element, id: number): HTMLElement {
  const found = $(el, `[part~="row"][data-token-id="${id}"]`);
  if (!found) throw new Error(`no row for token ${id}`);
  return found;
}

/** Opens a row's "⋯" menu and picks `label` by clicking, as a mouse user would. */
export async function pick(el: UserList, userId: number, label: string): Promise<void> {
  const menu = userRow(el, userId).querySelector<RowMenu>('users-row-menu')!;
  menu.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-haspopup]')!.click();
  await menu.updateComplete;
  const items = [...menu.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
  const item = items.find((candidate) => candidate.textContent!.trim() === label);
  if (!item) throw new Error(`no "${label}" in the menu of user ${userId}`);
  item.click();
}

/** The `<dialog>` a dialog element (or the token list's confirmation) renders. */
export function nativeDialog(host: Element): HTMLDialogElement {
  return $(host, 'users-dialog-shell')!.shadowRoot!.querySelector('dialog')!;
}

/** Waits until `host`'s dialog is open and shows `ready`. */
export async function whenOpen(host: Element, ready: string, what: string): Promise<HTMLDialogElement> {
  await until(
    () => $(host, 'users-dialog-shell') && nativeDialog(host).open && $(host, ready),
    () => `${what}: never opened with ${ready}`,
  );
  return nativeDialog(host);
}

export function click(host: Element, selector: string): void {
  const button = $(host, selector);
  if (!button) throw new Error(`nothing to click at ${selector} in <${host.localName}>`);
  button.click();
}

/** Types `value` into a field as a paste would: one input event with the whole value. */
export function paste(field: HTMLInputElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** The list's live region, exactly (only the template's own whitespace around it trimmed). */
export function announcement(el: UserList): string {
  return text($(el, '[part~="notice"]'));
}

export async function announced(el: UserList, expected: string): Promise<void> {
  await until(
    () => announcement(el) === expected,
    () => `never announced: ${expected.slice(0, 200)}; the live region says: ${announcement(el).slice(0, 200)}`,
  );
}
