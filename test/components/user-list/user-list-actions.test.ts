import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SEED } from '../../../src/adapters/memory/index.js';
import type { RowMenu } from '../../../src/components/internal/row-menu.js';
import type { UsersDialogResult } from '../../../src/components/user-list/dialogs.js';
import type { UserList } from '../../../src/components/user-list/user-list.js';
import type { User } from '../../../src/core/index.js';
import type { UsersEvent } from '../../../src/events.js';
import {
  $,
  cellTexts,
  contextProbe,
  deepActive,
  memoryAdapter,
  menuButton,
  menuItems,
  mountList,
  notice,
  pageQueries,
  row,
  rowIds,
  rowMenu,
  settled,
  visibleText,
} from './helpers.js';

/** Opens a row's menu from the keyboard and picks `label`, as a keyboard user would. */
async function pickFromMenu(el: UserList, userId: number, label: string): Promise<RowMenu> {
  const menu = rowMenu(el, userId)!;
  menuButton(menu).focus();
  await sendKeys({ press: 'Enter' });
  await menu.updateComplete;
  const labels = menuItems(menu).map((item) => visibleText(item));
  const index = labels.indexOf(label);
  if (index < 0) throw new Error(`"${label}" is not in the menu: ${labels.join(', ')}`);
  for (let i = 0; i < index; i += 1) await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
  await menu.updateComplete;
  return menu;
}

type DialogStub = (user: User) => Promise<UsersDialogResult>;

/**
 * Replaces `show()` of one of the list's dialogs, recording who it was opened for: the list's side
 * of the contract, tested whether or not that dialog's element is defined.
 */
function stubDialog(el: UserList, tag: 'edit-user' | 'delete-confirm', show: DialogStub): User[] {
  const opened: User[] = [];
  const dialog = $(el, tag) as HTMLElement & { show: DialogStub };
  dialog.show = (user: User) => {
    opened.push(user);
    return show(user);
  };
  return opened;
}

function isMenuButtonOf(el: UserList, userId: number): boolean {
  return deepActive() === menuButton(rowMenu(el, userId)!);
}

describe('<user-list> actions', () => {
  describe('Resend invite', () => {
    it('sends it for the row’s user, announces it and fires invite-resent', async () => {
      const adapter = memoryAdapter();
      const el = await mountList(adapter);
      const pagesBefore = pageQueries(adapter).length;
      const resent = oneEvent(el, 'invite-resent');
      await pickFromMenu(el, SEED.notActivatedId, 'Resend invite');
      const event = (await resent) as UsersEvent<'invite-resent'>;
      expect(event.detail.user.id).to.equal(SEED.notActivatedId);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(adapter.callsOf('resendInvite').map((call) => call.args[0])).to.deep.equal([SEED.notActivatedId]);
      expect(adapter.backend.sentEmails).to.deep.include({ to: 'new.hire@example.com', kind: 'invitation-resent' });
      await waitUntil(() => notice(el) === 'Invitation sent again to new.hire@example.com.', 'no announcement');
      const region = $(el, '[part~="notice"]')!;
      expect(region.getAttribute('role')).to.equal('status');
      expect(region.getAttribute('aria-live')).to.equal('polite');
      await settled(el);
      expect(pageQueries(adapter).length, 'the page was reloaded').to.be.greaterThan(pagesBefore);
      expect(adapter.callsOf('getSession'), 'and the session facts').to.have.length(2);
      expect(isMenuButtonOf(el, SEED.notActivatedId), 'focus back on the menu button').to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('announces a failure with the reason and reports it as users-error', async () => {
      const adapter = memoryAdapter();
      const el = await mountList(adapter);
      adapter.failNext('network', { method: 'resendInvite' });
      const failed = oneEvent(el, 'users-error');
      await pickFromMenu(el, SEED.notActivatedId, 'Resend invite');
      const event = (await failed) as UsersEvent<'users-error'>;
      expect([event.detail.action, event.detail.error.code]).to.deep.equal(['resendInvite', 'network']);
      await waitUntil(() => notice(el) !== '', 'no announcement');
      expect(notice(el)).to.equal(
        "The invitation to new.hire@example.com could not be sent again. Can't reach the server. Check your connection and try again.",
      );
      expect($(el, '[part~="notice"]')!.getAttribute('part')).to.contain('error-notice');
      await expect(el).to.be.accessible();
    });

    it('sends once however often it is picked while the first is on its way', async () => {
      const adapter = memoryAdapter({ latencyMs: 300 });
      const el = await mountList(adapter);
      await pickFromMenu(el, SEED.notActivatedId, 'Resend invite');
      await pickFromMenu(el, SEED.notActivatedId, 'Resend invite');
      await waitUntil(() => notice(el) !== '', 'no announcement', { timeout: 4000 });
      expect(adapter.callsOf('resendInvite')).to.have.length(1);
    });

    it('sends one email a minute: a second pick within it says why and sends nothing', async () => {
      const adapter = memoryAdapter();
      const el = await mountList(adapter);
      await pickFromMenu(el, SEED.notActivatedId, 'Resend invite');
      await waitUntil(() => notice(el) === 'Invitation sent again to new.hire@example.com.', 'no first announcement');
      await pickFromMenu(el, SEED.notActivatedId, 'Resend invite');
      const tooSoon =
        'An invitation went to new.hire@example.com less than a minute ago. Give it a moment to arrive before sending another.';
      await waitUntil(() => notice(el) === tooSoon, 'the second pick was not explained');
      expect($(el, '[part~="notice"]')!.getAttribute('part')).to.contain('error-notice');
      expect(adapter.callsOf('resendInvite')).to.have.length(1);
      const realNow = Date.now;
      Date.now = () => realNow() + 61_000;
      try {
        await pickFromMenu(el, SEED.notActivatedId, 'Resend invite');
        await waitUntil(() => adapter.callsOf('resendInvite').length === 2, 'not sent after the minute');
      } finally {
        Date.now = realNow;
      }
      await expect(el).to.be.accessible();
    });

    it('says the same thing twice when it happens twice', async () => {
      const adapter = memoryAdapter();
      const el = await mountList(adapter);
      await pickFromMenu(el, SEED.notActivatedId, 'Resend invite');
      await waitUntil(() => notice(el) !== '', 'no first announcement');
      await pickFromMenu(el, SEED.notActivatedId, 'Resend invite');
      await waitUntil(() => notice(el).startsWith('An invitation went to'), 'no refusal');
      const region = $(el, '[part~="notice"]')!;
      const texts: string[] = [];
      const observer = new MutationObserver(() => texts.push(region.textContent!.trim()));
      observer.observe(region, { childList: true, subtree: true, characterData: true });
      await pickFromMenu(el, SEED.notActivatedId, 'Resend invite');
      await waitUntil(() => texts.at(-1)?.startsWith('An invitation went to') === true, 'not said again');
      observer.disconnect();
      expect(texts, 'cleared first, so readers hear it again').to.include('');
    });
  });

  describe('Invite user', () => {
    it('opens <invite-dialog>; after an invitation the list shows the new user and announces it', async () => {
      const adapter = memoryAdapter();
      const el = await mountList(adapter);
      const invited = oneEvent(document, 'user-invited');
      const inviteButton = $(el, '[part~="invite-button"]')!;
      inviteButton.focus();
      await sendKeys({ press: 'Enter' });

      const dialog = $(el, 'invite-dialog')!;
      await waitUntil(() => dialog.shadowRoot?.querySelector('#name') !== null, 'the invite form never appeared');
      await waitUntil(() => deepActive()?.id === 'name', 'focus did not move into the form');
      await sendKeys({ type: 'Jane Doe' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'jane.doe@example.com' });
      await sendKeys({ press: 'Enter' });
      const event = (await invited) as UsersEvent<'user-invited'>;
      expect(event.detail.user.email, 'the dialog’s event leaves the list').to.equal('jane.doe@example.com');
      await waitUntil(() => (dialog.shadowRoot!.textContent ?? '').includes('Invitation sent'), 'no result shown');
      await sendKeys({ press: 'Escape' });

      await waitUntil(() => notice(el) === 'Invitation sent to jane.doe@example.com.', 'no announcement');
      await settled(el);
      const newId = event.detail.user.id;
      expect(rowIds(el)[0], 'the new user is visible at the top').to.equal(newId);
      expect(cellTexts(row(el, newId)).slice(1, 3)).to.deep.equal(['jane.doe@example.com', 'Jane Doe New']);
      expect(row(el, newId).getAttribute('part')).to.contain('new-row');
      expect(adapter.callsOf('inviteUser')).to.have.length(1);
      expect(adapter.callsOf('getSession'), 'session facts reloaded').to.have.length(2);
      await waitUntil(() => deepActive() === inviteButton, 'focus did not return to "Invite user"');
      await expect(el).to.be.accessible();

      // The new row is a row like any other: its menu offers Resend invite.
      await pickFromMenu(el, newId, 'Resend invite');
      await waitUntil(() => notice(el) === 'Invitation sent again to jane.doe@example.com.', 'resend not announced');
      // Leaving this view (another page) lets the new user go back to its place in the order.
      el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="Next page"]')!.click();
      await settled(el);
      expect(rowIds(el)).not.to.include(newId);
    });

    it('changes nothing when the dialog is cancelled', async () => {
      const adapter = memoryAdapter();
      const el = await mountList(adapter);
      const pagesBefore = pageQueries(adapter).length;
      const inviteButton = $(el, '[part~="invite-button"]')!;
      inviteButton.focus();
      await sendKeys({ press: 'Enter' });
      const dialog = $(el, 'invite-dialog')!;
      await waitUntil(() => deepActive()?.id === 'name', 'focus did not move into the form');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => deepActive() === inviteButton, 'focus did not return to "Invite user"');
      expect(dialog.shadowRoot!.querySelector('users-dialog-shell')).not.to.equal(null);
      expect(pageQueries(adapter)).to.have.length(pagesBefore);
      expect(notice(el)).to.equal('');
    });
  });

  describe('Edit', () => {
    it('opens <edit-user> for the row’s user; after a change the list and session reload and it is announced', async () => {
      const adapter = memoryAdapter();
      const el = await mountList(adapter);
      const opened = stubDialog(el, 'edit-user', async (user) => ({
        status: 'done',
        user: await adapter.updateUser(user.id, { name: 'Ada King' }),
      }));
      await pickFromMenu(el, SEED.adminId, 'Edit');
      expect(opened.map((user) => user.id)).to.deep.equal([SEED.adminId]);
      await waitUntil(() => notice(el) === 'User Ada King was updated.', 'no announcement');
      await settled(el);
      expect(cellTexts(row(el, SEED.adminId))[2]).to.equal('Ada King You');
      expect(adapter.callsOf('getSession')).to.have.length(2);
      expect(isMenuButtonOf(el, SEED.adminId), 'focus back on the menu button').to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('the full path: menu → <edit-user> → role saved → row updated, announced, focus back on the menu', async () => {
      const adapter = memoryAdapter();
      const el = await mountList(adapter);
      const updated = oneEvent(document, 'user-updated');
      await pickFromMenu(el, SEED.userId, 'Edit');
      const dialog = $(el, 'edit-user')!;
      await waitUntil(
        () => (deepActive() as HTMLInputElement | null)?.name === 'role',
        'focus did not move to the role choice',
      );
      await expect(dialog).to.be.accessible();
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'Enter' });
      const event = (await updated) as UsersEvent<'user-updated'>;
      expect([event.detail.user.id, event.detail.changed]).to.deep.equal([SEED.userId, ['role']]);
      expect(adapter.callsOf('setUserRole').map((call) => call.args)).to.deep.equal([[SEED.userId, 5]]);
      await waitUntil(() => notice(el) === 'User Victor Viewer was updated.', 'no announcement');
      await settled(el);
      expect(cellTexts(row(el, SEED.userId))[3]).to.equal('Engineers');
      await waitUntil(() => isMenuButtonOf(el, SEED.userId), 'focus did not return to the menu button');
      await expect(el).to.be.accessible();
    });

    it('a non-admin edits their own name through the menu on their row', async () => {
      const adapter = memoryAdapter({ signedInAs: SEED.userId });
      const el = await mountList(adapter);
      await pickFromMenu(el, SEED.userId, 'Edit');
      await waitUntil(() => deepActive()?.id === 'name', 'focus did not move to the name');
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'a' });
      await sendKeys({ up: 'Control' });
      await sendKeys({ type: 'Victor Vega' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => notice(el) === 'User Victor Vega was updated.', 'no announcement');
      await settled(el);
      expect(cellTexts(row(el, SEED.userId))[2]).to.equal('Victor Vega You');
      expect(adapter.callsOf('updateUser').map((call) => call.args)).to.deep.equal([
        [SEED.userId, { name: 'Victor Vega' }],
      ]);
    });

    it('does nothing more when the dialog is cancelled', async () => {
      const adapter = memoryAdapter();
      const el = await mountList(adapter);
      stubDialog(el, 'edit-user', async () => ({ status: 'cancelled' }));
      const pagesBefore = pageQueries(adapter).length;
      await pickFromMenu(el, SEED.userId, 'Edit');
      await el.updateComplete;
      expect(pageQueries(adapter)).to.have.length(pagesBefore);
      expect(notice(el)).to.equal('');
      expect(isMenuButtonOf(el, SEED.userId)).to.equal(true);
    });
  });

  describe('Delete', () => {
    it('the full path: menu → <delete-confirm> (focus on Cancel) → Delete → row gone, announced, focus moves on', async () => {
      const adapter = memoryAdapter();
      const el = await mountList(adapter);
      const removed = oneEvent(document, 'user-removed');
      await pickFromMenu(el, SEED.userId, 'Delete');
      const dialog = $(el, 'delete-confirm')!;
      await waitUntil(
        () => deepActive()?.getAttribute('part')?.includes('cancel-button') === true,
        'focus did not start on Cancel',
      );
      expect(dialog.shadowRoot!.textContent).to.contain('Victor Viewer');
      await expect(dialog).to.be.accessible();
      await sendKeys({ press: 'Tab' });
      expect(deepActive()?.getAttribute('part')).to.contain('delete-button');
      await sendKeys({ press: 'Enter' });
      const event = (await removed) as UsersEvent<'user-removed'>;
      expect(event.detail.user.id).to.equal(SEED.userId);
      expect(adapter.callsOf('removeUser').map((call) => call.args)).to.deep.equal([[SEED.userId]]);
      await waitUntil(() => notice(el) === 'User Victor Viewer was removed.', 'no announcement');
      await settled(el);
      expect(rowIds(el)).to.deep.equal([1, 2, 3, 4, 7, 8, 9, 10, 11, 12]);
      await waitUntil(() => isMenuButtonOf(el, 7), 'focus is not on the row that took its place');
      await expect(el).to.be.accessible();
    });

    it('removes nothing when the host vetoes user-remove-request', async () => {
      const adapter = memoryAdapter();
      const el = await mountList(adapter);
      const veto = (event: Event) => event.preventDefault();
      document.body.addEventListener('user-remove-request', veto);
      try {
        const pagesBefore = pageQueries(adapter).length;
        await pickFromMenu(el, SEED.userId, 'Delete');
        await waitUntil(
          () => deepActive()?.getAttribute('part')?.includes('cancel-button') === true,
          'the dialog did not open',
        );
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => isMenuButtonOf(el, SEED.userId), 'focus did not return to the menu');
        expect(adapter.callsOf('removeUser')).to.have.length(0);
        expect(rowIds(el)).to.include(SEED.userId);
        expect(pageQueries(adapter)).to.have.length(pagesBefore);
        expect(notice(el)).to.equal('');
      } finally {
        document.body.removeEventListener('user-remove-request', veto);
      }
    });

    it('a removal blocked by the user’s tokens leaves the row in place', async () => {
      const adapter = memoryAdapter();
      const el = await mountList(adapter);
      await pickFromMenu(el, SEED.engineerId, 'Delete');
      const dialog = $(el, 'delete-confirm')!;
      await waitUntil(
        () => deepActive()?.getAttribute('part')?.includes('cancel-button') === true,
        'the dialog did not open',
      );
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(
        () => (dialog.shadowRoot!.textContent ?? '').includes("You can't remove the user as they have active tokens."),
        'the blocking tokens were not explained',
      );
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => isMenuButtonOf(el, SEED.engineerId), 'focus did not return to the menu');
      expect(rowIds(el)).to.include(SEED.engineerId);
      expect(notice(el)).to.equal('');
    });

    it('opens <delete-confirm>; after the removal the row is gone, the admin count drops, focus moves on', async () => {
      const adapter = memoryAdapter();
      const el = await mountList(adapter);
      const probe = contextProbe(el);
      expect(probe.sessionState?.facts.adminCount).to.equal(6);
      const opened = stubDialog(el, 'delete-confirm', async (user) => {
        await adapter.removeUser(user.id);
        return { status: 'done', user };
      });
      await pickFromMenu(el, SEED.secondAdminId, 'Delete');
      expect(opened.map((user) => user.id)).to.deep.equal([SEED.secondAdminId]);
      await waitUntil(() => notice(el) === 'User Grace Hopper was removed.', 'no announcement');
      await settled(el);
      expect(rowIds(el)).not.to.include(SEED.secondAdminId);
      expect(rowIds(el)[1]).to.equal(SEED.engineerId);
      await waitUntil(() => probe.sessionState?.facts.adminCount === 5, 'session facts not refreshed');
      expect(isMenuButtonOf(el, SEED.engineerId), 'focus on the row that took its place').to.equal(true);
      await expect(el).to.be.accessible();
      probe.remove();
    });
  });

  it('warns instead of throwing when a dialog element is missing', async () => {
    const adapter = memoryAdapter();
    const el = await mountList(adapter);
    $(el, 'delete-confirm')!.remove();
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      await pickFromMenu(el, SEED.userId, 'Delete');
      await el.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(warnings.some((w) => String(w).includes('<delete-confirm>'))).to.equal(true);
    expect(adapter.callsOf('removeUser')).to.have.length(0);
  });
});
