import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { UserList } from '../../../src/components/user-list/user-list.js';
import type { ListViewState } from '../../../src/components/user-list/view-store.js';
import type { UsersEvent } from '../../../src/events.js';
import {
  $,
  choose,
  freshStorageKey,
  headerButton,
  memoryAdapter,
  pageButton,
  rowIds,
  settled,
  summary,
} from './helpers.js';

/** `<user-list remember=…>` on a fresh account and storage key, settled on its first page. */
async function mountRemembering(
  remember: string,
  options: { storageKey?: string; urlParam?: string } = {},
): Promise<UserList> {
  const el = await fixture<UserList>(
    html`<user-list
      .adapter=${memoryAdapter()}
      remember=${remember}
      storage-key=${options.storageKey ?? freshStorageKey()}
      url-param=${options.urlParam ?? 'users'}
    ></user-list>`,
  );
  await settled(el);
  return el;
}

async function searchFor(el: UserList, text: string): Promise<void> {
  const input = $(el, '#search') as HTMLInputElement;
  input.focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
  await settled(el);
}

describe('<user-list> keeps what the user looks at', () => {
  const startUrl = location.href;
  afterEach(() => history.replaceState(null, '', startUrl));

  it('announces every change the user makes as view-change, with the whole view', async () => {
    const el = await mountRemembering('none');
    const views: ListViewState[] = [];
    el.addEventListener('view-change', (event) => views.push((event as UsersEvent<'view-change'>).detail.view));
    const sorted = oneEvent(el, 'view-change');
    headerButton(el, 'Email').click();
    expect(((await sorted) as UsersEvent<'view-change'>).bubbles).to.equal(true);
    await settled(el);
    choose($(el, '#status-filter') as HTMLSelectElement, 'activated');
    await settled(el);
    pageButton(el, 'Page 2').click();
    await settled(el);
    expect(views.map((view) => [view.sort.field, view.filters.status ?? '', view.page])).to.deep.equal([
      ['email', '', 1],
      ['email', 'activated', 1],
      ['email', 'activated', 2],
    ]);
    expect(el.view).to.deep.equal(views.at(-1));
  });

  it('with remember="url", writes the view into the address and reads it back after a reload', async () => {
    const first = await mountRemembering('url');
    await searchFor(first, 'example');
    headerButton(first, 'Name').click();
    await settled(first);
    choose($(first, '#two-fa-filter') as HTMLSelectElement, 'off');
    await settled(first);
    const params = new URL(location.href).searchParams;
    expect([params.get('users-q'), params.get('users-sort'), params.get('users-2fa')]).to.deep.equal([
      'example',
      'name:asc',
      'off',
    ]);
    const shown = rowIds(first);
    first.remove();

    const reloaded = await mountRemembering('url');
    expect(($(reloaded, '#search') as HTMLInputElement).value).to.equal('example');
    expect(($(reloaded, '#two-fa-filter') as HTMLSelectElement).value).to.equal('off');
    expect(rowIds(reloaded)).to.deep.equal(shown);
    expect(summary(reloaded)).to.match(/^Showing 1–/);
    await expect(reloaded).to.be.accessible();
  });

  it('with remember="url", follows Back and Forward', async () => {
    const el = await mountRemembering('url');
    history.pushState(null, '', `${location.pathname}?users-status=not_activated`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settled(el);
    expect(($(el, '#status-filter') as HTMLSelectElement).value).to.equal('not_activated');
    const { total } = await memoryAdapter().listUsers({ offset: 0, limit: 0, filters: { status: 'not_activated' } });
    await waitUntil(() => summary(el).endsWith(`of ${total} entries`), summary(el));
  });

  it('ignores what it can’t understand in a hand-edited address', async () => {
    history.replaceState(
      null,
      '',
      `${location.pathname}?users-roles=1,999,x&users-sort=nope:up&users-page=-3&users-size=7`,
    );
    const el = await mountRemembering('url');
    expect(el.view.filters.roles).to.deep.equal([1]);
    expect(el.view.sort).to.deep.equal({ field: 'id', direction: 'asc' });
    expect(el.view.page).to.equal(1);
    expect(el.view.pageSize).to.equal(10);
    expect(rowIds(el).length).to.be.greaterThan(0);
  });

  it('with remember="storage", keeps the view across visits under the storage key', async () => {
    const storageKey = freshStorageKey();
    const first = await mountRemembering('storage', { storageKey });
    headerButton(first, 'Email').click();
    await settled(first);
    headerButton(first, 'Email').click();
    await settled(first);
    pageButton(first, 'Page 3').click();
    await settled(first);
    const shown = rowIds(first);
    first.remove();
    const second = await mountRemembering('storage', { storageKey });
    expect(second.view.sort).to.deep.equal({ field: 'email', direction: 'desc' });
    expect(second.view.page).to.equal(3);
    expect(rowIds(second)).to.deep.equal(shown);
    expect(location.search, 'nothing in the address').to.equal(new URL(startUrl).search);
    localStorage.removeItem(storageKey);
    localStorage.removeItem(`${storageKey}:view`);
  });

  it('remembers only the page size by default, and nothing with remember="none"', async () => {
    const storageKey = freshStorageKey();
    const first = await mountRemembering('page-size', { storageKey });
    headerButton(first, 'Email').click();
    await settled(first);
    expect(localStorage.getItem(`${storageKey}:view`)).to.equal(null);
    first.remove();
    const second = await mountRemembering('page-size', { storageKey });
    expect(second.view.sort.field, 'the sort is not kept').to.equal('id');

    const none = await mountRemembering('none', { storageKey: freshStorageKey() });
    headerButton(none, 'Email').click();
    await settled(none);
    expect(location.search).to.equal(new URL(startUrl).search);
    localStorage.removeItem(storageKey);
  });

  it('takes a view a host kept itself through the view property', async () => {
    const el = await mountRemembering('none');
    el.view = { search: 'linus', sort: { field: 'name', direction: 'desc' } };
    await settled(el);
    expect(($(el, '#search') as HTMLInputElement).value).to.equal('linus');
    expect(rowIds(el)).to.deep.equal([3]);
    expect(el.view.sort).to.deep.equal({ field: 'name', direction: 'desc' });
  });
});
