import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createReferenceInstance, type ReferenceInstanceHandle } from '../../../demo/server/reference-client.js';
import { SEED } from '../../../src/adapters/memory/index.js';
import type { UserList } from '../../../src/components/user-list/user-list.js';
import type { UsersError } from '../../../src/core/index.js';
import { gcoreAdapterFor } from '../../support/reference-adapter.js';
import {
  $,
  cell,
  cellTexts,
  memoryAdapter,
  mountList,
  notice,
  pageButton,
  row,
  rowActionLabels,
  rowIds,
  rowMenu,
  menuButton,
  menuItems,
  rows,
  settled,
  summary,
  visibleText,
} from './helpers.js';

/**
 * Issue 15: a row the server gives only in part (a user whose `groups` names no known role) is
 * listed with "Unknown role" among the others, offers no role-based action, and is reported once;
 * the first full read of a paged list shows the loading state, never an empty list; a server that
 * can't resend says so.
 */

type Reported = { error: UsersError; action: string };

function collectErrors(el: UserList): Reported[] {
  const reported: Reported[] = [];
  el.addEventListener('users-error', (event) => reported.push(event.detail));
  return reported;
}

describe('<user-list> with rows the server gives only in part', () => {
  let server: ReferenceInstanceHandle | undefined;
  afterEach(async () => {
    await server?.dispose();
    server = undefined;
  });

  it('over HTTP: lists a user with empty groups as "Unknown role" among the others', async () => {
    server = await createReferenceInstance({ userCount: 30 });
    const { users } = await server.seed({ users: [{ email: 'no.role@example.com', name: 'No Role', role: null }] });
    const id = users[0]!.id;
    const el = await mountList(gcoreAdapterFor(server), { pageSize: 25 });
    expect(summary(el)).to.equal('Showing 1–25 of 31 entries');
    pageButton(el, 'Next page').click();
    await settled(el);
    expect(rowIds(el)).to.include(id);
    expect(cellTexts(row(el, id))).to.deep.equal([
      String(id),
      'no.role@example.com',
      'No Role',
      'Unknown role',
      'English',
      'Activated',
      'Not activated',
    ]);
    await expect(el).to.be.accessible();
  });

  it('reports the unreadable rows once, as bad_response of listUsers naming the field, however often it pages', async () => {
    server = await createReferenceInstance({ userCount: 30 });
    const { users } = await server.seed({ users: [{ email: 'no.role@example.com', role: null }] });
    const reported: Reported[] = [];
    const listener = (event: Event) => reported.push((event as CustomEvent<Reported>).detail);
    document.addEventListener('users-error', listener);
    try {
      // Every reload reads the server afresh, so a problem added meanwhile shows.
      const el = await mountList(gcoreAdapterFor(server, SEED.adminId, { cacheMaxAgeMs: 0 }), { pageSize: 10 });
      await waitUntil(() => reported.length > 0, 'nothing reported');
      for (const label of ['Next page', 'Next page', 'Previous page']) {
        pageButton(el, label).click();
        await settled(el);
      }
      await el.refresh();
      await settled(el);
      expect(reported).to.have.length(1);
      expect(reported[0]!.action).to.equal('listUsers');
      expect(reported[0]!.error.code).to.equal('bad_response');
      expect(reported[0]!.error.field).to.equal('groups');
      expect(reported[0]!.error.message).to.contain(String(users[0]!.id));
      // A second problem is news.
      await server.seed({ users: [{ email: 'another.no.role@example.com', role: null }] });
      await el.refresh();
      await settled(el);
      expect(reported).to.have.length(2);
    } finally {
      document.removeEventListener('users-error', listener);
    }
  });

  it('offers no role-based action on a user of unknown role: no Edit for an Administrator, Delete stays', async () => {
    const adapter = memoryAdapter({ userCount: 10 });
    const nobody = adapter.backend.addUser({ id: 900, email: 'nobody@example.com', role: null, activated: false });
    const el = await mountList(adapter, { pageSize: 25 });
    expect(visibleText(cell(row(el, nobody.id), 'role'))).to.equal('Unknown role');
    expect(await rowActionLabels(el, nobody.id)).to.deep.equal(['Resend invite', 'Delete']);
    expect(await rowActionLabels(el, SEED.userId)).to.deep.equal(['Edit', 'Delete']);
  });

  for (const [lang, label] of [
    ['de', 'Unbekannte Rolle'],
    ['zh', '未知角色'],
    ['ru', 'Неизвестная роль'],
  ] as const) {
    it(`reads "${label}" in ${lang}`, async () => {
      const adapter = memoryAdapter({ userCount: 10 });
      adapter.backend.addUser({ id: 900, email: 'nobody@example.com', role: null });
      const el = await mountList(adapter, { lang, pageSize: 25 });
      await waitUntil(() => visibleText(cell(row(el, 900), 'role')) === label, `not "${label}"`);
    });
  }
});

describe('<user-list> while the first full read of a paged list runs', () => {
  let server: ReferenceInstanceHandle | undefined;
  afterEach(() => server?.dispose());

  it('shows the loading state until every page is read, never an empty list', async () => {
    server = await createReferenceInstance({ userCount: 40, maxPageSize: 5 });
    await server.latency(60);
    const adapter = gcoreAdapterFor(server);
    const seen = new Set<string>();
    const el = await fixture<UserList>(html`<user-list .adapter=${adapter} storage-key="" lang="en"></user-list>`);
    const watch = () => {
      const shown = summary(el);
      if (shown !== '') seen.add(shown);
      if (rows(el).length === 0 && !$(el, '[part~="load-error"]')) {
        // Skeleton rows only, and "Loading…" where the summary goes.
        expect($(el, 'tr[part~="skeleton-row"]'), 'skeleton rows').not.to.equal(null);
      }
    };
    const observer = new MutationObserver(watch);
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    watch();
    try {
      await waitUntil(() => rows(el).length > 0, 'never listed', { timeout: 8000 });
    } finally {
      observer.disconnect();
    }
    watch();
    expect([...seen]).to.deep.equal(['Loading users…', 'Showing 1–10 of 40 entries']);
    expect(rows(el)).to.have.length(10);
  });
});

describe('<user-list> resending where the server cannot', () => {
  let server: ReferenceInstanceHandle | undefined;
  afterEach(() => server?.dispose());

  it('says resending is not available here and what to do instead', async () => {
    server = await createReferenceInstance({ userCount: 10, resellerEndpoints: false });
    const el = await mountList(gcoreAdapterFor(server));
    const reported = collectErrors(el);
    const menu = rowMenu(el, SEED.notActivatedId)!;
    menuButton(menu).click();
    await menu.updateComplete;
    menuItems(menu)
      .find((item) => visibleText(item) === 'Resend invite')!
      .click();
    await waitUntil(() => notice(el) !== '', 'nothing announced');
    expect(notice(el)).to.equal(
      "The invitation to new.hire@example.com could not be sent again. Resending invitations isn't available for this account. To send a new invitation, delete the user and invite them again.",
    );
    expect(reported.map(({ error, action }) => [error.code, action])).to.deep.equal([['unsupported', 'resendInvite']]);
  });
});
