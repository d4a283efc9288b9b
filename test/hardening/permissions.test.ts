import { expect, html } from '@open-wc/testing';
import { MemoryAdapter, SEED } from '../../src/adapters/memory/index.js';
import '../../src/components/user-list/user-list.js';
import { mount, unmountAll } from '../components/internal/dialog-test-helpers.js';
import { freshStorageKey, rowMenu, settled } from '../components/user-list/helpers.js';

/** Dispatches the row menu's internal `row-menu-select` as if `value` had been picked in it. */
function forgeMenuPick(list: HTMLElement, userId: number, value: string): void {
  const row = list.shadowRoot!.querySelector(`tr[data-user-id="${userId}"]`);
  const menu = row?.querySelector('users-row-menu');
  if (!menu) throw new Error(`row ${userId} has no menu to forge a pick on`);
  menu.dispatchEvent(new CustomEvent('row-menu-select', { detail: { value }, bubbles: true }));
}

describe('hardening: permissions', () => {
  afterEach(() => unmountAll());

  it('a forged Resend invite pick on a row the rules deny it for sends nothing', async () => {
    for (const signedInAs of [SEED.adminId, SEED.userId]) {
      const adapter = new MemoryAdapter({ userCount: 5, signedInAs });
      const container = mount(html`<user-list .adapter=${adapter} storage-key=${freshStorageKey()}></user-list>`);
      const list = container.querySelector('user-list')!;
      await settled(list);
      // Own row (self), and for the admin activated members too: the menu never offers Resend there.
      const rows = signedInAs === SEED.adminId ? [SEED.adminId, SEED.userId, SEED.engineerId] : [SEED.userId];
      for (const id of rows) {
        expect(Boolean(rowMenu(list, id)), `row ${id} has a menu`).to.equal(true);
        forgeMenuPick(list, id, 'resendInvite');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(adapter.callsOf('resendInvite').map((call) => call.args[0])).to.deep.equal([]);
      expect(adapter.backend.sentEmails).to.deep.equal([]);
    }
  });
});
