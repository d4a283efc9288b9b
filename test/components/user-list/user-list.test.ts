import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { SEED } from '../../../src/adapters/memory/index.js';
import type { UsersAdapter } from '../../../src/adapters/users-adapter.js';
import type { UserList } from '../../../src/components/user-list/user-list.js';
import '../../../src/components/users-provider/users-provider.js';
import {
  $,
  $$,
  cellTexts,
  container,
  contextProbe,
  freshStorageKey,
  memoryAdapter,
  mountList,
  pageQueries,
  row,
  rowActionLabels,
  rowIds,
  rowMenu,
  rows,
  settled,
  summary,
  unmountContainers,
  visibleText,
} from './helpers.js';

const LONG_EMAIL = 'a.very.long.email.address.for.checking.truncation@a-really-long-domain-name.example.com';
const LONG_NAME = 'Maximilian Alexander Featherstonehaugh-Wolfeschlegelsteinhausen';

describe('<user-list>', () => {
  afterEach(async () => {
    unmountContainers();
    await setViewport({ width: 800, height: 600 });
  });

  it('shows the heading, the invite button for an Administrator, and the seven columns', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await mountList(memoryAdapter());
    expect(visibleText($(el, 'h2'))).to.equal('Users');
    expect(visibleText($(el, '[part~="invite-button"]'))).to.equal('Invite user');
    const headers = $$(el, 'thead th').map((th) => visibleText(th));
    expect(headers).to.deep.equal([
      'ID',
      'Email',
      'Name',
      'Role',
      'Language',
      'Status',
      'Two-factor authentication',
      '',
    ]);
    expect(visibleText($(el, 'th.col-actions'))).to.equal('');
    expect($(el, 'th.col-actions')!.textContent!.trim(), 'the menu column has a name for readers').to.equal('Actions');
    await expect(el).to.be.accessible();
  });

  it('shows each user’s values as the portal does, and "You" on the signed-in user’s row', async () => {
    const el = await mountList(memoryAdapter());
    expect(rowIds(el)).to.deep.equal([1, 2, 3, 4, 5, 7, 8, 9, 10, 11]);
    expect(cellTexts(row(el, SEED.adminId))).to.deep.equal([
      '1',
      'ada.lovelace@example.com',
      'Ada Lovelace You',
      'Administrators',
      'English',
      'Activated',
      'Activated',
    ]);
    expect(cellTexts(row(el, SEED.notActivatedId))).to.deep.equal([
      '4',
      'new.hire@example.com',
      'Nia Newhire',
      'Users',
      'English',
      'Not activated',
      'Not activated',
    ]);
    expect(cellTexts(row(el, SEED.secondAdminId))[4], 'language as a full name').to.equal('German');
    expect(cellTexts(row(el, SEED.userId))[4]).to.equal('Russian');
    const badges = $$(el, '[part~="you-badge"]');
    expect(badges).to.have.length(1);
    expect(row(el, SEED.adminId).contains(badges[0]!)).to.equal(true);
  });

  it('never lists removed users', async () => {
    const el = await mountList(memoryAdapter());
    expect(rowIds(el)).not.to.include(SEED.removedId);
    expect(summary(el)).to.equal('Showing 1–10 of 57 entries');
  });

  it('speaks the page’s language: headings, values, language names', async () => {
    const el = await mountList(memoryAdapter(), { lang: 'de' });
    await waitUntil(() => visibleText($(el, 'h2')) === 'Benutzer', 'German catalog never arrived');
    expect(visibleText($(el, '[part~="invite-button"]'))).to.equal('Benutzer einladen');
    expect(cellTexts(row(el, SEED.adminId)).slice(2)).to.deep.equal([
      'Ada Lovelace Sie',
      'Administratoren',
      'Englisch',
      'Aktiviert',
      'Aktiviert',
    ]);
    expect(summary(el)).to.equal('1–10 von 57 Einträgen');
    el.setAttribute('lang', 'ru');
    await waitUntil(() => visibleText($(el, 'h2')) === 'Пользователи', 'Russian catalog never arrived');
    expect(cellTexts(row(el, SEED.secondAdminId))[4]).to.equal('Немецкий');
    await expect(el).to.be.accessible();
  });

  it('follows theme="dark", in its row menus too, and passes the theme on to its dialogs', async () => {
    const el = await mountList(memoryAdapter());
    el.theme = 'dark';
    await el.updateComplete;
    expect(getComputedStyle($(el, 'h2')!).color).to.equal('rgb(232, 235, 240)');
    for (const tag of ['invite-dialog', 'edit-user', 'delete-confirm']) {
      expect($(el, tag)!.getAttribute('theme'), tag).to.equal('dark');
    }
    const menu = rowMenu(el, SEED.notActivatedId)!;
    menu.shadowRoot!.querySelector('button')!.click();
    await menu.updateComplete;
    const popup = menu.shadowRoot!.querySelector('[role="menu"]')!;
    expect(getComputedStyle(popup).backgroundColor).to.equal('rgb(22, 25, 31)');
    await expect(el).to.be.accessible();
  });

  it('lets a host replace any of its strings through i18nOverrides', async () => {
    const el = await mountList(memoryAdapter());
    el.i18nOverrides = { userList: { heading: 'Team' }, common: { pager: { pageSize: 'Rows' } } };
    await el.updateComplete;
    expect(visibleText($(el, 'h2'))).to.equal('Team');
    expect(visibleText($(el, '[part~="page-size"] label'))).to.equal('Rows');
    expect(summary(el), 'the rest stays').to.equal('Showing 1–10 of 57 entries');
  });

  it('an Administrator’s row menus offer only what the rules allow', async () => {
    const el = await mountList(memoryAdapter());
    expect(await rowActionLabels(el, SEED.adminId), 'own row').to.deep.equal(['Edit']);
    expect(await rowActionLabels(el, SEED.secondAdminId)).to.deep.equal(['Edit', 'Delete']);
    expect(await rowActionLabels(el, SEED.notActivatedId)).to.deep.equal(['Edit', 'Resend invite', 'Delete']);
    expect(await rowActionLabels(el, SEED.userId)).to.deep.equal(['Edit', 'Delete']);
    const menuButton = rowMenu(el, SEED.notActivatedId)!.shadowRoot!.querySelector('button')!;
    expect(menuButton.getAttribute('aria-label')).to.equal('Actions for Nia Newhire');
  });

  it('a non-admin sees the list read-only: no invite button, a menu with Edit on their own row only', async () => {
    const el = await mountList(memoryAdapter({ signedInAs: SEED.userId }));
    expect($(el, '[part~="invite-button"]')).to.equal(null);
    const withMenu = rows(el).filter((r) => r.querySelector('users-row-menu'));
    expect(withMenu.map((r) => Number(r.dataset.userId))).to.deep.equal([SEED.userId]);
    expect(await rowActionLabels(el, SEED.userId)).to.deep.equal(['Edit']);
    expect(visibleText(row(el, SEED.userId).cells[2]!)).to.equal('Victor Viewer You');
    await expect(el).to.be.accessible();
  });

  it('wraps long values inside their column instead of cutting them', async () => {
    const adapter = memoryAdapter();
    const user = adapter.backend.addUser({ email: LONG_EMAIL, name: LONG_NAME, role: 3009 });
    await setViewport({ width: 1024, height: 768 });
    const el = await mountList(adapter, { pageSize: 100 });
    const cells = row(el, user.id).cells;
    for (const [index, text] of [
      [1, LONG_EMAIL],
      [2, LONG_NAME],
    ] as const) {
      const span = cells[index]!.querySelector<HTMLElement>('.value-text')!;
      expect(visibleText(span), 'whole on screen').to.equal(text);
      expect(span.scrollWidth, 'not cut').to.be.at.most(span.clientWidth + 1);
      expect(span.getBoundingClientRect().right, 'inside its cell').to.be.at.most(
        cells[index]!.getBoundingClientRect().right + 1,
      );
      const lineHeight = parseFloat(getComputedStyle(span).lineHeight);
      expect(span.getBoundingClientRect().height, 'on more than one line').to.be.greaterThan(lineHeight * 1.5);
    }
    // An email wraps after its "@" first.
    const email = cells[1]!.querySelector<HTMLElement>('.value-text')!;
    expect(email.querySelector('wbr')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('fits 1024 px without horizontal scrolling, long values included', async () => {
    const adapter = memoryAdapter();
    adapter.backend.addUser({ email: LONG_EMAIL, name: LONG_NAME, role: 3009, activated: false });
    await setViewport({ width: 1024, height: 768 });
    const el = await mountList(adapter, { pageSize: 100 });
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    const table = $(el, 'table')!;
    expect(table.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
  });

  it('becomes compact cards in a container narrower than 640 px, with everything still reachable', async () => {
    const adapter = memoryAdapter();
    const user = adapter.backend.addUser({ email: LONG_EMAIL, name: LONG_NAME, role: 3009, activated: false });
    const wrapper = container();
    wrapper.style.width = '480px';
    const el = document.createElement('user-list') as UserList;
    el.storageKey = freshStorageKey();
    el.pageSize = 100;
    el.adapter = adapter;
    wrapper.append(el);
    await settled(el);

    const card = row(el, user.id);
    expect(getComputedStyle(card).display).to.equal('flex');
    expect(el.scrollWidth, 'no horizontal overflow').to.be.at.most(el.clientWidth);
    // The short values carry their column's name, visible on the card; name and email need none.
    const roleLabel = card.querySelector<HTMLElement>('.col-role .cell-label')!;
    expect(getComputedStyle(roleLabel).display).not.to.equal('none');
    expect(roleLabel.textContent!.trim()).to.equal('Role');
    expect(getComputedStyle(card.querySelector<HTMLElement>('.col-email .cell-label')!).display).to.equal('none');
    // The card starts with the name, not the ID.
    const first = [...card.cells].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0]!;
    expect(first.classList.contains('col-name') || first.classList.contains('col-actions')).to.equal(true);
    // Long values wrap instead of being cut.
    const email = card.cells[1]!.querySelector<HTMLElement>('.value-text')!;
    expect(email.scrollWidth).to.be.at.most(email.clientWidth + 1);
    // Sorting stays available as one select; the headings are not shown.
    expect(getComputedStyle($(el, 'thead')!).display).to.equal('none');
    const sort = $(el, '#card-sort') as HTMLSelectElement;
    expect(sort.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(sort.value).to.equal('id:asc');
    const menu = card.querySelector('users-row-menu')!;
    const menuRect = menu.getBoundingClientRect();
    expect(menuRect.width).to.be.greaterThan(0);
    expect(menuRect.right).to.be.at.most(card.getBoundingClientRect().right);
    await expect(el).to.be.accessible();
  });

  it('asks for and renders only the page’s rows, even of 100,000 users', async () => {
    const adapter = memoryAdapter({ userCount: 100_000 });
    const el = await mountList(adapter);
    expect(rows(el)).to.have.length(10);
    expect($$(el, 'tbody tr')).to.have.length(10);
    expect(summary(el)).to.equal('Showing 1–10 of 100,000 entries');
    expect(pageQueries(adapter).every((query) => query.limit === 10)).to.equal(true);
    expect(visibleText($(el, '[part~="pager"]'))).to.contain('10,000');
  });

  it('provides its adapter and the session it loaded to the elements inside it', async () => {
    const adapter = memoryAdapter({ userCount: 5 });
    const el = await mountList(adapter);
    const probe = contextProbe(el);
    expect(probe.adapter === adapter, 'the adapter it was given').to.equal(true);
    expect(probe.sessionState?.session.user.id).to.equal(SEED.adminId);
    expect(probe.sessionState?.facts).to.deep.equal({ adminCount: 2 });
    expect(adapter.callsOf('getSession'), 'the session is loaded once').to.have.length(1);
    probe.remove();
  });

  it('loads from an adapter provided by an ancestor, and reloads when its own adapter property takes over', async () => {
    const first = memoryAdapter();
    const second = memoryAdapter({ signedInAs: SEED.userId });
    const provider = await fixture<HTMLElement & { adapter?: UsersAdapter }>(
      html`<users-provider .adapter=${first}><user-list storage-key=${freshStorageKey()}></user-list></users-provider>`,
    );
    const el = provider.querySelector('user-list')!;
    await settled(el);
    expect($(el, '[part~="invite-button"]')).not.to.equal(null);
    expect(pageQueries(first)).to.have.length(1);

    el.adapter = second;
    await waitUntil(() => $(el, '[part~="invite-button"]') === null, 'did not follow the new adapter');
    await settled(el);
    expect(pageQueries(second)).to.have.length(1);
    expect(rowIds(el)).to.include(SEED.userId);
    const withMenu = rows(el).filter((r) => r.querySelector('users-row-menu'));
    expect(
      withMenu.map((r) => Number(r.dataset.userId)),
      'the new session’s rules apply',
    ).to.deep.equal([SEED.userId]);
  });
});
