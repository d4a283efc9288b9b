import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter, SEED } from '../../../src/adapters/memory/index.js';
import '../../../src/components/delete-confirm/delete-confirm.js';
import type { DeleteConfirm, DeleteConfirmOutcome } from '../../../src/components/delete-confirm/delete-confirm.js';
import type { User } from '../../../src/core/index.js';
import {
  clickOn,
  focused,
  headingText,
  inner,
  isOpen,
  maybeInner,
  unmountAll,
  visibleText,
  waitForFocus,
  waitForText,
} from '../internal/dialog-test-helpers.js';
import { type DialogPage, mountDialog, openFromTrigger, provideSession } from '../dialog-page.js';

type Page = DialogPage<DeleteConfirm>;

const page = (adapter: MemoryAdapter): Page =>
  mountDialog(
    'delete-confirm',
    html`<button id="trigger">Delete</button><delete-confirm .adapter=${adapter}></delete-confirm>`,
  );

const userOf = (adapter: MemoryAdapter, id: number): User => adapter.backend.getUser(SEED.adminId, id);

/** Opens for `user` from the trigger and waits until the dialog has settled on a button. */
const open = (p: Page, user: User): Promise<{ outcome: Promise<DeleteConfirmOutcome> }> =>
  openFromTrigger(
    p.trigger,
    () => p.dialog.show(user),
    async () => {
      await waitUntil(() => isOpen(p.dialog) && !visibleText(p.dialog).includes('Loading…'), 'still loading', {
        timeout: 4000,
      });
      await waitForFocus((el) => el?.localName === 'button' && el !== p.trigger, 'focus never reached a button');
    },
  );

const button = (p: Page, part: string) => maybeInner<HTMLButtonElement>(p.dialog, `[part~="${part}"]`);
const alertText = (p: Page) => inner(p.dialog, '[role="alert"]').textContent!.replace(/\s+/g, ' ').trim();
const dialogElement = (p: Page) => inner(p.dialog, 'users-dialog-shell').shadowRoot!.querySelector('dialog')!;

/** The embedded token list, once it shows rows. */
async function tokenList(p: Page): Promise<HTMLElement> {
  await waitUntil(
    () => maybeInner(p.dialog, 'api-token-list')?.shadowRoot?.querySelector('[part~="delete-button"]'),
    'the blocking tokens never showed',
    { timeout: 4000 },
  );
  return inner<HTMLElement>(p.dialog, 'api-token-list');
}

describe('<delete-confirm>', () => {
  afterEach(unmountAll);

  it('is an alertdialog that names the user, says what they lose, and starts on Cancel', async () => {
    const adapter = new MemoryAdapter();
    const p = page(adapter);
    const { outcome } = await open(p, userOf(adapter, SEED.userId));
    expect(headingText(p.dialog)).to.equal('Delete user?');
    const dialog = dialogElement(p);
    expect(dialog.getAttribute('role')).to.equal('alertdialog');
    expect(dialog.getAttribute('aria-describedby')).to.equal('description');
    const consequence = inner(p.dialog, '[slot="description"]').textContent!.replace(/\s+/g, ' ').trim();
    expect(consequence).to.equal(
      'Victor Viewer (viewer@example.com) will lose access to this account only. Their access to other accounts is unchanged.',
    );
    expect(focused()).to.equal(button(p, 'cancel-button'));
    expect(button(p, 'delete-button')!.classList.contains('danger')).to.equal(true);
    await expect(p.dialog).to.be.accessible();

    await sendKeys({ press: 'Enter' });
    expect(await outcome).to.deep.equal({ status: 'cancelled' });
    expect(adapter.callsOf('removeUser')).to.have.length(0);
    expect(focused()).to.equal(p.trigger);
  });

  it('removes with the keyboard: request event, removal, removed event, focus back', async () => {
    const adapter = new MemoryAdapter();
    const p = page(adapter);
    const events: string[] = [];
    p.dialog.addEventListener('user-remove-request', (e) => events.push(`request:${e.detail.user.id}`));
    p.dialog.addEventListener('user-removed', (e) => events.push(`removed:${e.detail.user.id}`));
    const { outcome } = await open(p, userOf(adapter, SEED.userId));
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(button(p, 'delete-button'));
    await sendKeys({ press: 'Enter' });
    const result = await outcome;
    expect(result.status === 'done' && result.user.id).to.equal(SEED.userId);
    expect(events).to.deep.equal([`request:${SEED.userId}`, `removed:${SEED.userId}`]);
    expect(adapter.callsOf('removeUser').map((call) => call.args)).to.deep.equal([[SEED.userId]]);
    const { items } = await adapter.listUsers({ offset: 0, limit: 100 });
    expect(items.some((user) => user.id === SEED.userId)).to.equal(false);
    expect(focused()).to.equal(p.trigger);
  });

  it('removes nothing when a host vetoes the request', async () => {
    const adapter = new MemoryAdapter();
    const p = page(adapter);
    p.container.addEventListener('user-remove-request', (event) => event.preventDefault());
    const { outcome } = await open(p, userOf(adapter, SEED.userId));
    await clickOn(button(p, 'delete-button')!);
    expect(await outcome).to.deep.equal({ status: 'cancelled' });
    expect(adapter.callsOf('removeUser')).to.have.length(0);
    expect(isOpen(p.dialog)).to.equal(false);
  });

  it('has no Delete button for yourself, and says why', async () => {
    const adapter = new MemoryAdapter();
    const p = page(adapter);
    const { outcome } = await open(p, userOf(adapter, SEED.adminId));
    expect(visibleText(p.dialog)).to.contain("You can't delete yourself from the account.");
    expect(button(p, 'delete-button')).to.equal(null);
    expect(focused()?.textContent?.trim()).to.equal('Close');
    await expect(p.dialog).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    expect(await outcome).to.deep.equal({ status: 'cancelled' });
  });

  it('has no Delete button for the last Administrator (session as <user-list> provides it)', async () => {
    const adapter = new MemoryAdapter();
    const p = page(adapter);
    provideSession(p, { session: { user: userOf(adapter, SEED.adminId), role: 1 }, facts: { adminCount: 1 } });
    const { outcome } = await open(p, userOf(adapter, SEED.secondAdminId));
    expect(visibleText(p.dialog)).to.contain("You can't delete the account's only Administrator.");
    expect(button(p, 'delete-button')).to.equal(null);
    p.dialog.close();
    await outcome;
  });

  it('tells a non-admin only Administrators delete users', async () => {
    const adapter = new MemoryAdapter({ signedInAs: SEED.userId });
    const p = page(adapter);
    const { outcome } = await open(p, userOf(adapter, SEED.notActivatedId));
    expect(visibleText(p.dialog)).to.contain('Only Administrators can delete users.');
    expect(button(p, 'delete-button')).to.equal(null);
    await expect(p.dialog).to.be.accessible();
    p.dialog.close();
    await outcome;
  });

  it('says what went wrong, stays open, and Delete works on retry', async () => {
    const adapter = new MemoryAdapter();
    adapter.failNext('network', { method: 'removeUser' });
    const p = page(adapter);
    let logged: string | undefined;
    p.dialog.addEventListener('users-error', (e) => (logged = `${e.detail.action}:${e.detail.error.code}`));
    const { outcome } = await open(p, userOf(adapter, SEED.userId));
    await clickOn(button(p, 'delete-button')!);
    await waitUntil(() => alertText(p) !== '', 'no error shown');
    expect(alertText(p)).to.equal("Can't reach the server. Check your connection and try again.");
    expect(logged).to.equal('removeUser:network');
    expect(isOpen(p.dialog)).to.equal(true);
    await expect(p.dialog).to.be.accessible();
    await clickOn(button(p, 'delete-button')!);
    expect((await outcome).status).to.equal('done');
    expect(adapter.callsOf('removeUser')).to.have.length(2);
  });

  it('sends one removal (and one request event) when Delete is pressed twice', async () => {
    const adapter = new MemoryAdapter({ latencyMs: 1500 });
    const p = page(adapter);
    let requests = 0;
    p.dialog.addEventListener('user-remove-request', () => (requests += 1));
    const { outcome } = await open(p, userOf(adapter, SEED.userId));
    const deleteButton = button(p, 'delete-button')!;
    await clickOn(deleteButton);
    await p.dialog.updateComplete;
    expect(deleteButton.textContent!.trim()).to.equal('Deleting…');
    await clickOn(deleteButton);
    await sendKeys({ press: 'Escape' });
    expect(isOpen(p.dialog), 'Escape waits for the request').to.equal(true);
    expect((await outcome).status).to.equal('done');
    expect(adapter.callsOf('removeUser')).to.have.length(1);
    expect(requests).to.equal(1);
  });

  it('when tokens block the removal, lists them, lets an admin delete one, and tries again', async () => {
    const adapter = new MemoryAdapter();
    const p = page(adapter);
    const deleted: string[] = [];
    p.container.addEventListener('token-deleted', (e) => deleted.push(e.detail.token.name));
    const { outcome } = await open(p, userOf(adapter, SEED.engineerId));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await waitForText(p.dialog, "You can't remove the user as they have active tokens.");
    expect(alertText(p)).to.contain('Delete these tokens, then try again.');
    expect(focused()?.id, 'focus on the reason, the Delete button is gone').to.equal('error-message');
    expect(button(p, 'delete-button')).to.equal(null);
    expect(button(p, 'retry-button'), 'nothing to retry before a token is deleted').to.equal(null);
    const list = await tokenList(p);
    expect(list.hasAttribute('embedded')).to.equal(true);
    expect(list.shadowRoot!.textContent).to.contain('CI deploy');
    await expect(p.dialog).to.be.accessible();

    // Delete the token in place, with the list's own confirmation.
    await clickOn(list.shadowRoot!.querySelector('[part~="delete-button"]')!);
    const confirm = list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm-button"]')!;
    await waitUntil(() => confirm.checkVisibility(), 'the token confirmation never opened');
    await clickOn(confirm);
    await waitForText(p.dialog, 'Token deleted. Try again to delete the user.');
    expect(deleted).to.deep.equal(['CI deploy']);
    expect(isOpen(p.dialog), 'still in the same dialog').to.equal(true);
    await expect(p.dialog).to.be.accessible();

    await clickOn(button(p, 'retry-button')!);
    const result = await outcome;
    expect(result.status === 'done' && result.user.id).to.equal(SEED.engineerId);
    expect(adapter.callsOf('deleteApiToken')).to.have.length(1);
    expect(adapter.callsOf('removeUser')).to.have.length(2);
    expect(focused()).to.equal(p.trigger);
  });
});
