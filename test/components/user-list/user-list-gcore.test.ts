import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createReferenceInstance, type ReferenceInstanceHandle } from '../../../demo/server/reference-client.js';
import { SEED } from '../../../src/adapters/memory/index.js';
import {
  $,
  cellTexts,
  deepActive,
  menuButton,
  menuItems,
  mountList,
  notice,
  pageButton,
  row,
  rowIds,
  rowMenu,
  settled,
  summary,
  visibleText,
} from './helpers.js';
import { gcoreAdapterFor } from '../../support/reference-adapter.js';

/** The main path once over HTTP: GcoreIamAdapter against the reference IAM server. */
describe('<user-list> with GcoreIamAdapter and the reference IAM server', () => {
  let server: ReferenceInstanceHandle;
  afterEach(() => server?.dispose());

  it('lists, searches, pages, resends an invitation and invites a user', async () => {
    server = await createReferenceInstance();
    const adapter = gcoreAdapterFor(server);
    const el = await mountList(adapter);
    expect(summary(el)).to.equal('Showing 1–10 of 57 entries');
    expect(cellTexts(row(el, SEED.adminId))).to.deep.equal([
      '1',
      'ada.lovelace@example.com',
      'Ada Lovelace You',
      'Administrators',
      'English',
      'Activated',
      'Activated',
    ]);
    expect($(el, '[part~="invite-button"]')).not.to.equal(null);
    await expect(el).to.be.accessible();

    const search = $(el, 'input[type="search"]') as HTMLInputElement;
    search.focus();
    await sendKeys({ type: 'grace' });
    await waitUntil(() => rowIds(el).join() === '2', 'search never landed');
    search.select();
    await sendKeys({ press: 'Backspace' });
    await waitUntil(() => rowIds(el).length === 10, 'clearing the search never landed');

    pageButton(el, 'Next page').click();
    await settled(el);
    expect(summary(el)).to.equal('Showing 11–20 of 57 entries');
    pageButton(el, 'Previous page').click();
    await settled(el);

    // Resend invite from the row menu.
    const menu = rowMenu(el, SEED.notActivatedId)!;
    menuButton(menu).focus();
    await sendKeys({ press: 'ArrowUp' });
    await menu.updateComplete;
    expect(menuItems(menu).map((item) => visibleText(item))).to.deep.equal(['Edit', 'Resend invite', 'Delete']);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => notice(el) === 'Invitation sent again to new.hire@example.com.', 'resend not announced');
    expect((await server.state()).sentEmails).to.deep.include({
      to: 'new.hire@example.com',
      kind: 'invitation-resent',
    });

    // Invite a user through the dialog; the list shows them.
    $(el, '[part~="invite-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.id === 'name', 'the invite form never took focus', { timeout: 8000 });
    await sendKeys({ type: 'Jane Http' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'jane.http@example.com' });
    await sendKeys({ press: 'Enter' });
    const dialog = $(el, 'invite-dialog')!;
    await waitUntil(() => (dialog.shadowRoot!.textContent ?? '').includes('Invitation sent'), 'no result', {
      timeout: 8000,
    });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => notice(el) === 'Invitation sent to jane.http@example.com.', 'invite not announced');
    await settled(el);
    const newRow = el.shadowRoot!.querySelector<HTMLTableRowElement>('tbody tr[data-user-id]')!;
    expect(cellTexts(newRow).slice(1, 3)).to.deep.equal(['jane.http@example.com', 'Jane Http New']);
    expect(summary(el)).to.equal('Showing 1–10 of 58 entries');
    await expect(el).to.be.accessible();
  });

  it('edits a role and removes a user through the dialogs, over HTTP', async () => {
    server = await createReferenceInstance();
    const adapter = gcoreAdapterFor(server);
    const el = await mountList(adapter);
    const openMenuItem = async (userId: number, label: string) => {
      const menu = rowMenu(el, userId)!;
      menuButton(menu).focus();
      await sendKeys({ press: 'Enter' });
      await menu.updateComplete;
      const index = menuItems(menu).findIndex((item) => visibleText(item) === label);
      for (let i = 0; i < index; i += 1) await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
    };

    await openMenuItem(SEED.userId, 'Edit');
    await waitUntil(() => (deepActive() as HTMLInputElement | null)?.name === 'role', 'edit form not focused', {
      timeout: 8000,
    });
    await sendKeys({ press: 'ArrowUp' }); // Users → Purge and Prefetch only (API)
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => notice(el) === 'User Victor Viewer was updated.', 'edit not announced', { timeout: 8000 });
    await settled(el);
    expect(cellTexts(row(el, SEED.userId))[3]).to.equal('Purge and Prefetch only (API)');

    await openMenuItem(SEED.userId, 'Delete');
    await waitUntil(
      () => deepActive()?.getAttribute('part')?.includes('cancel-button') === true,
      'delete confirmation not focused',
      { timeout: 8000 },
    );
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => notice(el) === 'User Victor Viewer was removed.', 'removal not announced', { timeout: 8000 });
    await settled(el);
    expect(rowIds(el)).not.to.include(SEED.userId);
    expect(summary(el)).to.equal('Showing 1–10 of 56 entries');
  });

  it('shows the server’s failure and recovers with Try again', async () => {
    server = await createReferenceInstance();
    await server.failNext({ status: 503, method: 'GET', pathIncludes: '/iam/users' });
    const adapter = gcoreAdapterFor(server);
    const el = await mountList(adapter);
    const error = $(el, '[part~="load-error"]');
    expect(error, 'the failure is shown').not.to.equal(null);
    expect(visibleText(error)).to.contain("The users couldn't be loaded.");
    $(el, '[part~="retry-button"]')!.click();
    await settled(el);
    expect(summary(el)).to.equal('Showing 1–10 of 57 entries');
  });
});
