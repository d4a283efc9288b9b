import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import { SEED, type MemoryAdapter } from '../../../../src/adapters/memory/index.js';
import { loadElement } from '../../../../src/components/lazy-elements.js';
import type { UserList } from '../../../../src/components/user-list/user-list.js';
import type { UsersEvent } from '../../../../src/events.js';
import {
  $,
  $$,
  choose,
  memoryAdapter,
  mountList,
  notice,
  pageButton,
  pageQueries,
  row,
  rowIds,
  settled,
  visibleText,
} from '../helpers.js';

/** The checkbox of `id`'s row, ticked as a mouse user would. */
async function tick(el: UserList, ...ids: number[]): Promise<void> {
  for (const id of ids) {
    (row(el, id).querySelector('[part~="row-checkbox"]') as HTMLInputElement).click();
    await el.updateComplete;
  }
}

const bar = (el: UserList) => $(el, '[part~="bulk-bar"]');
const count = (el: UserList) => visibleText($(el, '[part~="selection-count"]'));
const dialog = (el: UserList) => $(el, 'users-bulk-dialog') as LitElement;
const inDialog = (el: UserList, selector: string) => dialog(el).shadowRoot!.querySelector<HTMLElement>(selector);
/** What the dialog shows: the content it gives its shell (slotted, so outside the shell's own tree). */
const dialogText = (el: UserList) =>
  [...(inDialog(el, 'users-dialog-shell')?.children ?? [])].map((child) => visibleText(child)).join(' ');
const isOpen = (el: UserList) =>
  dialog(el).shadowRoot?.querySelector('users-dialog-shell')?.shadowRoot?.querySelector('dialog')?.open === true;

async function mountAdmin(adapter: MemoryAdapter = memoryAdapter()): Promise<UserList> {
  const el = await mountList(adapter);
  await loadElement('invite-dialog');
  return el;
}

async function openBulk(el: UserList, part: string, ready = '[part~="question"]') {
  ($(el, `[part~="${part}"]`) as HTMLButtonElement).click();
  await waitUntil(() => isOpen(el) && inDialog(el, ready), `${part}: the dialog did not open`);
  await dialog(el).updateComplete;
}

async function confirmAndWait(el: UserList): Promise<void> {
  inDialog(el, '[part~="confirm-button"]')!.click();
  // A 429 is waited out (a second) before the row is sent again.
  await waitUntil(() => inDialog(el, '[part~="result"]'), 'no result', { timeout: 5000 });
}

describe('<user-list> acting on many users', () => {
  it('gives Administrators a checkbox per row and one for the page; others see none', async () => {
    const el = await mountAdmin();
    expect($$(el, '[part~="row-checkbox"]')).to.have.length(10);
    expect($(el, '[part~="page-checkbox"]')!.getAttribute('aria-label')).to.equal('Select all users on this page');
    expect(row(el, SEED.userId).querySelector('[part~="row-checkbox"]')!.getAttribute('aria-label')).to.equal(
      'Select Victor Viewer',
    );
    expect(bar(el), 'no bar while nothing is ticked').to.equal(null);
    await expect(el).to.be.accessible();

    const viewer = await mountList(memoryAdapter({ signedInAs: SEED.userId }));
    expect($$(viewer, '[part~="row-checkbox"]')).to.have.length(0);
    expect($(viewer, '[part~="page-checkbox"]')).to.equal(null);
  });

  it('counts what is ticked, ticks a page, then every matching user; keeps it across pages and sorts', async () => {
    const el = await mountAdmin();
    await tick(el, SEED.userId, SEED.engineerId);
    expect(count(el)).to.equal('2 selected');
    expect($(el, '[part~="selection-count"]')!.getAttribute('role')).to.equal('status');
    const page = $(el, '[part~="page-checkbox"]') as HTMLInputElement;
    expect(page.indeterminate).to.equal(true);
    page.click();
    await el.updateComplete;
    expect(count(el)).to.equal('10 selected');
    const all = $(el, '[part~="select-all-matching-button"]')!;
    expect(visibleText(all)).to.equal('Select all 57 matching');
    await expect(el).to.be.accessible();
    all.click();
    await el.updateComplete;
    expect(count(el)).to.equal('All 57 matching selected');

    pageButton(el, 'Page 2').click();
    await settled(el);
    expect($$(el, '[part~="row-checkbox"]').every((box) => (box as HTMLInputElement).checked)).to.equal(true);
    await tick(el, rowIds(el)[0]!);
    expect(count(el)).to.equal('56 selected');
  });

  it('clears the selection when the search or filters change, and says so', async () => {
    const el = await mountAdmin();
    await tick(el, SEED.userId);
    choose($(el, '#status-filter') as HTMLSelectElement, 'activated');
    await settled(el);
    expect(bar(el)).to.equal(null);
    await waitUntil(() => notice(el) === 'Selection cleared: the search or filters changed.', notice(el));
  });

  it('Change role: says the effect in numbers and who is skipped before sending, then reloads once', async () => {
    const adapter = memoryAdapter();
    const el = await mountAdmin(adapter);
    await tick(el, SEED.adminId, SEED.userId, SEED.notActivatedId);
    await openBulk(el, 'bulk-role-button');
    choose(inDialog(el, '[part~="role-select"]') as HTMLSelectElement, '5');
    await dialog(el).updateComplete;
    expect(visibleText(inDialog(el, '[part~="question"]'))).to.equal('Change the role of 2 users to Engineers?');
    expect(visibleText(inDialog(el, '[part~="skipped"]'))).to.equal('Ada Lovelace (yourself)');
    expect(adapter.callsOf('setUserRole'), 'nothing sent yet').to.have.length(0);
    await expect(dialog(el)).to.be.accessible();

    const requested = oneEvent(el, 'bulk-action-request');
    const done = oneEvent(el, 'bulk-action-done');
    const pagesBefore = pageQueries(adapter).length;
    await confirmAndWait(el);
    const request = (await requested) as UsersEvent<'bulk-action-request'>;
    expect(request.detail.users.map((u) => u.id).sort()).to.deep.equal([SEED.notActivatedId, SEED.userId]);
    expect(request.cancelable).to.equal(true);
    const outcome = (await done) as UsersEvent<'bulk-action-done'>;
    expect(outcome.detail.outcomes.map((o) => o.status)).to.deep.equal(['done', 'done']);
    expect(adapter.callsOf('setUserRole').map((call) => call.args[1])).to.deep.equal([5, 5]);
    expect(dialogText(el)).to.contain('2 users done.');
    await expect(dialog(el)).to.be.accessible();

    inDialog(el, '[part~="close-button"]')!.click();
    await waitUntil(
      () => visibleText(row(el, SEED.userId).querySelector('.col-role')) === 'Engineers',
      'the list did not reload',
    );
    await settled(el);
    expect(pageQueries(adapter).length - pagesBefore, 'the list reloads once, not per row').to.equal(1);
    expect(bar(el), 'nothing failed: the selection is done with').to.equal(null);
  });

  it('shows progress with its value exposed, and Cancel stops what is not sent', async () => {
    const adapter = memoryAdapter({ latencyMs: 150 });
    const el = await mountAdmin(adapter);
    ($(el, '[part~="page-checkbox"]') as HTMLInputElement).click();
    await el.updateComplete;
    $(el, '[part~="select-all-matching-button"]')!.click();
    await el.updateComplete;
    await openBulk(el, 'bulk-role-button');
    choose(inDialog(el, '[part~="role-select"]') as HTMLSelectElement, '3022');
    await dialog(el).updateComplete;
    inDialog(el, '[part~="confirm-button"]')!.click();
    await waitUntil(() => inDialog(el, 'progress'), 'no progress');
    const progress = inDialog(el, 'progress') as HTMLProgressElement;
    await waitUntil(() => progress.value > 0, 'no progress made');
    expect(progress.max).to.be.greaterThan(40);
    expect(progress.getAttribute('aria-valuetext')).to.match(/^\d+ of \d+$/);
    await expect(dialog(el)).to.be.accessible();
    inDialog(el, '[part~="cancel-button"]')!.click();
    await waitUntil(() => inDialog(el, '[part~="result"]'), 'no result after Cancel', { timeout: 3000 });
    const sent = adapter.callsOf('setUserRole').length;
    expect(sent).to.be.lessThan(progress.max);
    expect(dialogText(el)).to.match(/not sent: cancelled/);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(adapter.callsOf('setUserRole').length, 'nothing sent after Cancel').to.be.at.most(sent + 4);
  });

  it('names each failure with its reason, keeps the failed rows selected, and Retry failed sends only those', async () => {
    const adapter = memoryAdapter();
    const el = await mountAdmin(adapter);
    await tick(el, SEED.userId, SEED.notActivatedId);
    adapter.failNext('forbidden', { method: 'setUserRole', message: 'Nope.' });
    await openBulk(el, 'bulk-role-button');
    choose(inDialog(el, '[part~="role-select"]') as HTMLSelectElement, '5');
    await dialog(el).updateComplete;
    const errors: string[] = [];
    el.addEventListener('users-error', (event) => errors.push((event as UsersEvent<'users-error'>).detail.action));
    await confirmAndWait(el);
    expect(dialogText(el)).to.contain('1 user failed:');
    expect(visibleText(inDialog(el, '[part~="failures"]'))).to.match(/^(Victor Viewer|Nia Newhire): /);
    expect(errors).to.deep.equal(['setUserRole']);
    const retry = inDialog(el, '[part~="retry-failed-button"]')!;
    const before = adapter.callsOf('setUserRole').length;
    retry.click();
    await waitUntil(() => !inDialog(el, '[part~="retry-failed-button"]'), 'the retry did not succeed');
    expect(adapter.callsOf('setUserRole').length - before, 'only the failed one').to.equal(1);
    inDialog(el, '[part~="close-button"]')!.click();
    await settled(el);
  });

  it('after a failure the failed rows stay selected', async () => {
    const adapter = memoryAdapter();
    const el = await mountAdmin(adapter);
    await tick(el, SEED.userId, SEED.notActivatedId);
    adapter.failNext('network', { method: 'resendInvite' });
    await openBulk(el, 'bulk-resend-button');
    expect(visibleText(inDialog(el, '[part~="skipped"]'))).to.equal('Victor Viewer (already activated)');
    await confirmAndWait(el);
    inDialog(el, '[part~="close-button"]')!.click();
    await settled(el);
    expect(count(el)).to.equal('1 selected');
    expect((row(el, SEED.notActivatedId).querySelector('[part~="row-checkbox"]') as HTMLInputElement).checked).to.equal(
      true,
    );
  });

  it('waits out a 429 and goes on instead of failing the row', async () => {
    const adapter = memoryAdapter();
    const el = await mountAdmin(adapter);
    await tick(el, SEED.userId);
    adapter.failNext('rate_limited', { method: 'setUserRole' });
    await openBulk(el, 'bulk-role-button');
    choose(inDialog(el, '[part~="role-select"]') as HTMLSelectElement, '5');
    await dialog(el).updateComplete;
    await confirmAndWait(el);
    expect(dialogText(el)).to.contain('1 user done.');
    expect(adapter.callsOf('setUserRole')).to.have.length(2);
  });

  it('Remove: names a user whose active tokens block it, with a way to their tokens', async () => {
    const adapter = memoryAdapter();
    const el = await mountAdmin(adapter);
    await tick(el, SEED.engineerId, SEED.userId);
    await openBulk(el, 'bulk-remove-button');
    expect(visibleText(inDialog(el, '[part~="question"]'))).to.match(/^Remove 1 user from this account\?/);
    expect(visibleText(inDialog(el, '[part~="skipped"]'))).to.contain('Linus Engineer (has 1 active API token)');
    expect(inDialog(el, '[part~="confirm-button"]')!.className).to.contain('danger');
    await expect(dialog(el)).to.be.accessible();
    inDialog(el, '[part~="show-tokens-button"]')!.click();
    const removal = $(el, 'delete-confirm')!;
    await waitUntil(
      () => removal.shadowRoot?.querySelector('users-dialog-shell')?.shadowRoot?.querySelector('dialog')?.open,
      'the blocked user’s removal did not open',
    );
    expect(visibleText(removal.shadowRoot!.querySelector('[part~="consequence"]'))).to.contain('Linus Engineer');
    expect(adapter.callsOf('removeUser')).to.have.length(0);
    (removal as unknown as { close(): void }).close();
  });

  it('a host vetoes through bulk-action-request: nothing is sent', async () => {
    const adapter = memoryAdapter();
    const el = await mountAdmin(adapter);
    await tick(el, SEED.userId);
    el.addEventListener('bulk-action-request', (event) => event.preventDefault(), { once: true });
    await openBulk(el, 'bulk-role-button');
    choose(inDialog(el, '[part~="role-select"]') as HTMLSelectElement, '5');
    await dialog(el).updateComplete;
    inDialog(el, '[part~="confirm-button"]')!.click();
    await waitUntil(() => !isOpen(el), 'the vetoed dialog stayed');
    expect(adapter.callsOf('setUserRole')).to.have.length(0);
  });

  it('works with the keyboard alone: Space ticks, the bar and the dialog are reached by Tab', async () => {
    const el = await mountAdmin();
    const box = row(el, SEED.userId).querySelector('[part~="row-checkbox"]') as HTMLInputElement;
    box.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(count(el)).to.equal('1 selected');
    ($(el, '[part~="bulk-resend-button"]') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => isOpen(el) && inDialog(el, '[part~="question"]'), 'no dialog');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !isOpen(el), 'Escape did not close');
  });
});

/** What was handed to the browser as a download: the file's name and text. */
async function captureDownload(run: () => void): Promise<{ name: string; text: string }> {
  const created: Blob[] = [];
  const createObjectURL = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let name = '';
  URL.createObjectURL = (blob: Blob) => {
    created.push(blob);
    return createObjectURL.call(URL, blob);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    name = this.download;
  };
  try {
    run();
    await waitUntil(() => name !== '', 'nothing was downloaded', { timeout: 8000 });
  } finally {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  }
  const bytes = new Uint8Array(await created[0]!.arrayBuffer());
  return { name, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

describe('<user-list> export', () => {
  it('exports everything matching, in the list’s order, as UTF-8 CSV with a BOM and the list’s columns', async () => {
    const adapter = memoryAdapter();
    adapter.backend.addUser({ email: 'formula@example.com', name: '=HYPERLINK("http://evil")', lang: 'de' });
    adapter.backend.addUser({ email: 'quote@example.com', name: 'Jürgen "JJ" Groß, Jr.' });
    const el = await mountAdmin(adapter);
    const { name, text } = await captureDownload(() => ($(el, '[part~="export-button"]') as HTMLButtonElement).click());
    expect(name).to.match(/^users-42-\d{4}-\d{2}-\d{2}\.csv$|^users-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(text.charCodeAt(0), 'byte order mark').to.equal(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).to.equal('ID,Email,Name,Role,Language,Status,Two-factor authentication');
    expect(lines[1]).to.equal('1,ada.lovelace@example.com,Ada Lovelace,Administrators,English,Activated,Activated');
    expect(lines.filter((line) => line !== '')).to.have.length(1 + 59);
    expect(text).to.contain(`'=HYPERLINK(""http://evil"")`);
    expect(text).to.contain('"Jürgen ""JJ"" Groß, Jr."');
    await waitUntil(() => notice(el).startsWith('Exported 59 users to users-'), notice(el));
  });

  it('exports only the selection when users are ticked, headed in the interface language', async () => {
    const adapter = memoryAdapter();
    const el = await mountAdmin(adapter);
    el.setAttribute('lang', 'de');
    await waitUntil(() => visibleText($(el, 'h2')) === 'Benutzer', 'German did not load');
    await tick(el, SEED.userId, SEED.engineerId);
    const { text } = await captureDownload(() => ($(el, '[part~="bulk-export-button"]') as HTMLButtonElement).click());
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]!.startsWith('ID,E-Mail,Name,Rolle')).to.equal(true);
    expect(lines.slice(1).map((line) => Number(line.split(',')[0]))).to.deep.equal([SEED.engineerId, SEED.userId]);
  });
});
