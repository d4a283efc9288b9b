import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SEED } from '../../../src/adapters/memory/index.js';
import type { ApiTokenList } from '../../../src/components/api-token-list/api-token-list.js';
import {
  $,
  $$,
  allText,
  cell,
  deepActiveElement,
  dialog,
  mountList,
  row,
  rowNames,
  seededAdapter,
  settled,
  shell,
  visibleText,
} from './helpers.js';

const deleteButton = (el: ApiTokenList, name: string) =>
  cell(row(el, name), 'actions').querySelector<HTMLButtonElement>('[part~="delete-button"]')!;
const cancelButton = (el: ApiTokenList) => $(el, '[part~="cancel-button"]') as HTMLButtonElement;
const confirmButton = (el: ApiTokenList) => $(el, '[part~="confirm-button"]') as HTMLButtonElement;
const announcer = (el: ApiTokenList) => $(el, '[part~="announcer"]')!;
/** The live region is visually hidden: what it says is what a screen reader hears. */
const announced = (el: ApiTokenList) => allText(announcer(el));

async function closedWithinAFrame(el: ApiTokenList): Promise<boolean> {
  let closed = false;
  shell(el).addEventListener('dialog-closed', () => (closed = true), { once: true });
  await aTimeout(50);
  return closed;
}

/** Tabs from the first filter to `target`, as a keyboard user gets there. */
async function tabTo(el: ApiTokenList, target: HTMLElement): Promise<HTMLElement> {
  ($(el, '[part~="status-filter"]') as HTMLSelectElement).focus();
  for (let i = 0; i < 10 && deepActiveElement() !== target; i += 1) await sendKeys({ press: 'Tab' });
  expect(deepActiveElement()).to.equal(target);
  return target;
}

async function openConfirmation(el: ApiTokenList, name: string): Promise<void> {
  deleteButton(el, name).focus();
  deleteButton(el, name).click();
  await waitUntil(() => dialog(el).open && deepActiveElement() === cancelButton(el), 'confirmation did not open');
}

describe('<api-token-list>: deleting a token', () => {
  it('gives Administrators a named Delete action on tokens not yet deleted', async () => {
    const el = await mountList(html`<api-token-list .adapter=${seededAdapter()} status="all"></api-token-list>`);
    expect(visibleText(deleteButton(el, 'Terraform'))).to.equal('Delete');
    expect(deleteButton(el, 'Terraform').getAttribute('aria-label')).to.equal('Delete token Terraform');
    expect(deleteButton(el, 'Old script'), 'expired tokens can be deleted').not.to.equal(null);
    expect(cell(row(el, 'Monitoring'), 'actions').querySelector('button'), 'already deleted').to.equal(null);
  });

  it('asks first in an alertdialog that names the token, with focus on Cancel', async () => {
    const adapter = seededAdapter();
    const el = await mountList(html`<api-token-list .adapter=${adapter}></api-token-list>`);
    await openConfirmation(el, 'Terraform');

    expect(dialog(el).getAttribute('role')).to.equal('alertdialog');
    expect(dialog(el).matches(':modal')).to.equal(true);
    expect(visibleText(shell(el).shadowRoot!.querySelector('h2')!)).to.equal('Delete API token?');
    const description = $(el, '[slot="description"]')!;
    expect(visibleText(description)).to.contain('“Terraform”');
    expect(visibleText(confirmButton(el))).to.equal('Delete token');
    expect(adapter.callsOf('deleteApiToken')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('deletes on confirm: request event, one call, deleted event, list refreshed, announced', async () => {
    const adapter = seededAdapter();
    const el = await mountList(html`<api-token-list .adapter=${adapter}></api-token-list>`);
    const terraformId = Number(row(el, 'Terraform').dataset.tokenId);
    await openConfirmation(el, 'Terraform');

    const request = oneEvent(el, 'token-delete-request');
    const deleted = oneEvent(el, 'token-deleted');
    confirmButton(el).click();
    const requestEvent = await request;
    expect(requestEvent.cancelable).to.equal(true);
    expect(requestEvent.detail.token.name).to.equal('Terraform');
    const deletedEvent = await deleted;
    expect(deletedEvent.detail.token.id).to.equal(terraformId);
    expect(deletedEvent.composed && deletedEvent.bubbles).to.equal(true);

    expect(adapter.callsOf('deleteApiToken').map((call) => call.args)).to.deep.equal([[terraformId]]);
    await waitUntil(() => !rowNames(el).includes('Terraform'), 'the deleted token stayed in the Active list');
    expect(dialog(el).open).to.equal(false);
    expect(adapter.callsOf('listApiTokens')).to.have.length(2);
    expect(announced(el)).to.equal('The token “Terraform” was deleted.');
    expect(announcer(el).getAttribute('role')).to.equal('status');
    // Its row is gone, so focus lands on the list instead of the page.
    await waitUntil(() => deepActiveElement() === $(el, '[part~="table-container"]'), 'focus was lost');
    await expect(el).to.be.accessible();

    el.status = 'deleted';
    await el.updateComplete;
    expect(rowNames(el)).to.include('Terraform');
  });

  it('sends one request when confirm is clicked twice', async () => {
    const adapter = seededAdapter({ latencyMs: 150 });
    const el = await mountList(html`<api-token-list .adapter=${adapter}></api-token-list>`);
    await openConfirmation(el, 'Terraform');
    let requests = 0;
    el.addEventListener('token-delete-request', () => (requests += 1));
    confirmButton(el).click();
    await el.updateComplete;
    expect(visibleText(confirmButton(el))).to.equal('Deleting…');
    expect(confirmButton(el).getAttribute('aria-disabled')).to.equal('true');
    confirmButton(el).click();
    await oneEvent(el, 'token-deleted');
    expect(adapter.callsOf('deleteApiToken')).to.have.length(1);
    expect(requests).to.equal(1);
  });

  it('keeps the dialog open while the request is in flight', async () => {
    const adapter = seededAdapter({ latencyMs: 1000 });
    const el = await mountList(html`<api-token-list .adapter=${adapter}></api-token-list>`);
    await openConfirmation(el, 'Terraform');
    confirmButton(el).click();
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    cancelButton(el).click();
    expect(dialog(el).open).to.equal(true);
    await oneEvent(el, 'token-deleted');
    expect(dialog(el).open).to.equal(false);
  });

  it('Cancel closes without a request and returns focus to the Delete button', async () => {
    const adapter = seededAdapter();
    const el = await mountList(html`<api-token-list .adapter=${adapter}></api-token-list>`);
    await openConfirmation(el, 'Terraform');
    cancelButton(el).click();
    expect(dialog(el).open).to.equal(false);
    expect(deepActiveElement()).to.equal(deleteButton(el, 'Terraform'));
    expect(adapter.callsOf('deleteApiToken')).to.have.length(0);
    expect(rowNames(el)).to.include('Terraform');
  });

  it('opens by keyboard, and Escape closes it with focus back on the Delete button', async () => {
    const adapter = seededAdapter();
    const el = await mountList(html`<api-token-list .adapter=${adapter}></api-token-list>`);
    const target = await tabTo(el, deleteButton(el, 'Terraform'));

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement() === cancelButton(el), 'focus did not move to Cancel');
    await sendKeys({ press: 'Escape' });
    expect(dialog(el).open).to.equal(false);
    expect(deepActiveElement()).to.equal(target);
    expect(adapter.callsOf('deleteApiToken')).to.have.length(0);
  });

  it('confirms by keyboard: Tab from Cancel to Delete token, Enter', async () => {
    const adapter = seededAdapter();
    const el = await mountList(html`<api-token-list .adapter=${adapter}></api-token-list>`);
    await tabTo(el, deleteButton(el, 'CI deploy'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement() === cancelButton(el), 'focus did not move to Cancel');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(confirmButton(el));
    const deleted = oneEvent(el, 'token-deleted');
    await sendKeys({ press: 'Enter' });
    expect((await deleted).detail.token.name).to.equal('CI deploy');
    expect(adapter.callsOf('deleteApiToken')).to.have.length(1);
  });

  it('sends nothing when a host vetoes token-delete-request', async () => {
    const adapter = seededAdapter();
    const el = await mountList(html`<api-token-list .adapter=${adapter}></api-token-list>`);
    el.addEventListener('token-delete-request', (event) => event.preventDefault());
    await openConfirmation(el, 'Terraform');
    confirmButton(el).click();
    await aTimeout(20);
    expect(dialog(el).open).to.equal(false);
    expect(adapter.callsOf('deleteApiToken')).to.have.length(0);
    expect(rowNames(el)).to.include('Terraform');
  });

  it('shows a failure in the dialog, keeps it open, and succeeds on retry', async () => {
    const adapter = seededAdapter();
    adapter.failNext('network', { method: 'deleteApiToken' });
    const el = await mountList(html`<api-token-list .adapter=${adapter}></api-token-list>`);
    await openConfirmation(el, 'Terraform');

    const failed = oneEvent(el, 'users-error');
    confirmButton(el).click();
    const errorEvent = await failed;
    expect(errorEvent.detail.error.code).to.equal('network');
    expect(errorEvent.detail.action).to.equal('deleteApiToken');
    await el.updateComplete;
    const message = $(el, '[part~="delete-error"]')!;
    expect(message.getAttribute('role')).to.equal('alert');
    expect(visibleText(message)).to.equal("Can't reach the server. Check your connection and try again.");
    expect(dialog(el).open).to.equal(true);
    expect(rowNames(el)).to.include('Terraform');
    await expect(el).to.be.accessible();

    const deleted = oneEvent(el, 'token-deleted');
    confirmButton(el).click();
    await deleted;
    expect(adapter.callsOf('deleteApiToken')).to.have.length(2);
    await waitUntil(() => !rowNames(el).includes('Terraform'));
  });

  it('explains a token deleted meanwhile and shows the list as it is', async () => {
    const adapter = seededAdapter();
    const el = await mountList(html`<api-token-list .adapter=${adapter}></api-token-list>`);
    const id = Number(row(el, 'Terraform').dataset.tokenId);
    adapter.backend.deleteApiToken(SEED.adminId, id); // someone else was quicker
    await openConfirmation(el, 'Terraform');
    confirmButton(el).click();
    await oneEvent(el, 'users-error');
    await el.updateComplete;
    expect(visibleText($(el, '[part~="delete-error"]')!)).to.equal(
      'This token no longer exists. The list has been refreshed.',
    );
    await waitUntil(() => !rowNames(el).includes('Terraform'), 'list not refreshed');
    expect(dialog(el).open).to.equal(true);
  });

  it('starts a new confirmation clean after a failed one was cancelled', async () => {
    const adapter = seededAdapter();
    adapter.failNext('server_error', { method: 'deleteApiToken' });
    const el = await mountList(html`<api-token-list .adapter=${adapter}></api-token-list>`);
    await openConfirmation(el, 'Terraform');
    confirmButton(el).click();
    await oneEvent(el, 'users-error');
    cancelButton(el).click();
    // Chrome fires a dialog's close event on the next animation frame, before any next click of a
    // user; a test page running in the background gets no frames, so deliver it here.
    if (!(await closedWithinAFrame(el))) dialog(el).dispatchEvent(new Event('close'));
    await openConfirmation(el, 'CI deploy');
    expect($(el, '[part~="delete-error"]')).to.equal(null);
    expect(visibleText($(el, '[slot="description"]')!)).to.contain('“CI deploy”');
  });
});

describe('<api-token-list>: non-administrators', () => {
  it('see their own tokens, may delete them, and get no "Issued by" filter with one answer', async () => {
    const adapter = seededAdapter({ signedInAs: SEED.engineerId });
    const el = await mountList(html`<api-token-list .adapter=${adapter} status="all"></api-token-list>`);
    expect(rowNames(el)).to.deep.equal(['CI deploy']);
    expect($(el, '[part~="issuer-filter"]'), 'no issuer filter').to.equal(null);
    expect($(el, '[part~="status-filter"]')).to.not.equal(null);
    expect($$(el, '[part~="delete-button"]')).to.have.length(1);
    await expect(el).to.be.accessible();

    await openConfirmation(el, 'CI deploy');
    confirmButton(el).click();
    await oneEvent(el, 'token-deleted');
    expect(adapter.callsOf('deleteApiToken')).to.have.length(1);
    await waitUntil(() => $$(el, '[part~="delete-button"]').length === 0, 'the deleted token still offers Delete');
  });
});

describe('<api-token-list>: loading, errors, refresh()', () => {
  it('shows a busy skeleton while loading', async () => {
    const adapter = seededAdapter({ latencyMs: 300 });
    const { fixture } = await import('@open-wc/testing');
    const el = await fixture<ApiTokenList>(html`<api-token-list .adapter=${adapter}></api-token-list>`);
    const region = $(el, '[part~="table-container"]')!;
    expect(region.getAttribute('aria-busy')).to.equal('true');
    expect($$(el, '[part~="skeleton-row"]')).to.have.length(3);
    expect($$(el, '[part~="row"]')).to.have.length(0);
    expect(announced(el)).to.equal('Loading API tokens…');
    await expect(el).to.be.accessible();

    await settled(el);
    expect($(el, '[part~="table-container"]')!.getAttribute('aria-busy')).to.equal('false');
    expect($$(el, '[part~="skeleton-row"]')).to.have.length(0);
    expect(announced(el)).to.equal('');
  });

  it('shows a load error with Try again, which loads again', async () => {
    const adapter = seededAdapter();
    adapter.failNext('network', { method: 'listApiTokens' });
    const el = await mountList(html`<api-token-list .adapter=${adapter}></api-token-list>`);
    const error = $(el, '[part~="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(visibleText(error)).to.equal("Can't reach the server. Check your connection and try again. Try again");
    expect($(el, 'table')).to.equal(null);
    await expect(el).to.be.accessible();

    ($(el, '[part~="retry-button"]') as HTMLButtonElement).click();
    await waitUntil(() => rowNames(el).length === 2, 'retry did not load the list');
    expect($(el, '[part~="error"]')).to.equal(null);
    expect(adapter.callsOf('listApiTokens')).to.have.length(2);
  });

  it('keeps the list on screen when a refresh fails', async () => {
    const adapter = seededAdapter();
    const el = await mountList(html`<api-token-list .adapter=${adapter}></api-token-list>`);
    adapter.failNext('server_error', { method: 'listApiTokens' });
    await el.refresh();
    await el.updateComplete;
    expect(visibleText($(el, '[part~="error"]')!)).to.contain('The server ran into a problem.');
    expect(rowNames(el)).to.deep.equal(['CI deploy', 'Terraform']);
  });

  it('refresh() shows tokens created elsewhere', async () => {
    const adapter = seededAdapter();
    const el = await mountList(html`<api-token-list .adapter=${adapter}></api-token-list>`);
    adapter.backend.addApiToken({ issuerId: SEED.engineerId, name: 'New pipeline' });
    expect(rowNames(el)).not.to.include('New pipeline');
    await el.refresh();
    await el.updateComplete;
    expect(rowNames(el)).to.include('New pipeline');
  });

  it('loads from an adapter provided by an ancestor, and again when it is replaced', async () => {
    await import('../../../src/components/users-provider/users-provider.js');
    const { fixture } = await import('@open-wc/testing');
    const first = seededAdapter();
    const provider = await fixture(
      html`<users-provider .adapter=${first}><api-token-list></api-token-list></users-provider>`,
    );
    const el = provider.querySelector('api-token-list')!;
    await settled(el);
    expect(rowNames(el)).to.deep.equal(['CI deploy', 'Terraform']);

    const second = seededAdapter({ signedInAs: SEED.engineerId });
    (provider as HTMLElement & { adapter: unknown }).adapter = second;
    await waitUntil(() => rowNames(el).join() === 'CI deploy', 'did not reload from the new adapter');
    expect(second.callsOf('listApiTokens')).to.have.length(1);
  });
});
