import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { UserList } from '../../../src/components/user-list/user-list.js';
import type { Page, User, UserQuery, UsersErrorCode } from '../../../src/core/index.js';
import type { UsersEvent } from '../../../src/events.js';
import {
  $,
  $$,
  deepActive,
  freshStorageKey,
  memoryAdapter,
  mountList,
  pageButton,
  pageQueries,
  rows,
  settled,
  summary,
  visibleText,
} from './helpers.js';

/** An account whose list answers with nobody (an adapter over a backend that lists no one). */
class EmptyAdapter extends MemoryAdapter {
  override async listUsers(query: UserQuery, signal?: AbortSignal): Promise<Page<User>> {
    const page = await super.listUsers(query, signal);
    return query.limit === 0 ? page : { items: [], total: 0 };
  }
}

/** The next page query (not the session's admin count) fails with `code`. */
function failNextPage(adapter: MemoryAdapter, code: UsersErrorCode): void {
  const listUsers = adapter.listUsers.bind(adapter);
  let failed = false;
  adapter.listUsers = (query, signal) => {
    if (query.limit > 0 && !failed) {
      failed = true;
      adapter.failNext(code, { method: 'listUsers' });
    }
    return listUsers(query, signal);
  };
}

function loadError(el: UserList): HTMLElement | null {
  return $(el, '[part~="load-error"]');
}

describe('<user-list> states', () => {
  it('shows skeleton rows in a busy table while the first page loads', async () => {
    const adapter = memoryAdapter({ latencyMs: 400 });
    const el = await fixture<UserList>(
      html`<user-list .adapter=${adapter} storage-key=${freshStorageKey()}></user-list>`,
    );
    const table = $(el, 'table')!;
    expect(table.getAttribute('aria-busy')).to.equal('true');
    const skeletons = $$(el, 'tbody tr[part~="skeleton-row"]');
    expect(skeletons).to.have.length(10);
    expect(skeletons.every((row) => row.getAttribute('aria-hidden') === 'true')).to.equal(true);
    expect(rows(el)).to.have.length(0);
    expect(summary(el)).to.equal('Loading users…');
    expect($(el, '[part~="summary"]')!.getAttribute('role')).to.equal('status');
    expect($(el, '[part~="invite-button"]'), 'no actions before the session is known').to.equal(null);
    await expect(el).to.be.accessible();

    await settled(el);
    expect(table.getAttribute('aria-busy')).to.equal('false');
    expect(rows(el)).to.have.length(10);
    expect($$(el, '[part~="skeleton-row"]')).to.have.length(0);
  });

  it('says so when the account has no users, with no table and no pager', async () => {
    const el = await mountList(new EmptyAdapter());
    expect(summary(el)).to.equal('There are no users in this account yet.');
    expect($(el, 'table')).to.equal(null);
    expect($(el, '[part~="pager"]')).to.equal(null);
    expect($(el, '[part~="clear-button"]'), 'nothing to clear').to.equal(null);
    expect($(el, '[part~="invite-button"]'), 'an admin can still invite').not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows the error with "Try again" when the users can’t be loaded, and recovers', async () => {
    const adapter = memoryAdapter();
    failNextPage(adapter, 'network');
    const errors: UsersEvent<'users-error'>[] = [];
    const listener = (event: UsersEvent<'users-error'>) => errors.push(event);
    document.body.addEventListener('users-error', listener);
    try {
      const el = await mountList(adapter);
      const alert = loadError(el)!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(visibleText(alert)).to.equal(
        "The users couldn't be loaded. Can't reach the server. Check your connection and try again. Try again",
      );
      expect($(el, 'table')).to.equal(null);
      expect(errors.map((event) => [event.detail.action, event.detail.error.code])).to.deep.equal([
        ['listUsers', 'network'],
      ]);
      await expect(el).to.be.accessible();

      const retry = $(el, '[part~="retry-button"]')!;
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(loadError(el)).to.equal(null);
      expect(rows(el)).to.have.length(10);
      expect(deepActive() === $(el, 'h2'), 'focus went to the heading, not the document').to.equal(true);
    } finally {
      document.body.removeEventListener('users-error', listener);
    }
  });

  it('keeps what the user typed when a search fails, and retries that search', async () => {
    // Searched after the pause, as against a server: the one query that fails is the whole word.
    const adapter = memoryAdapter({ latencyMs: 1 });
    const el = await mountList(adapter);
    failNextPage(adapter, 'server_error');
    const input = $(el, 'input[type="search"]') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'Grace' });
    await waitUntil(() => loadError(el) !== null, 'the error never showed');
    expect(input.value).to.equal('Grace');
    $(el, '[part~="retry-button"]')!.click();
    await settled(el);
    expect(rows(el).map((row) => Number(row.dataset.userId))).to.deep.equal([2]);
    expect(pageQueries(adapter).at(-1)!.search).to.equal('Grace');
  });

  it('shows the error when a later page fails, and "Try again" loads that page', async () => {
    const adapter = memoryAdapter();
    const el = await mountList(adapter);
    failNextPage(adapter, 'timeout');
    const event = oneEvent(el, 'users-error');
    pageButton(el, 'Next page').click();
    expect(((await event) as UsersEvent<'users-error'>).detail.error.code).to.equal('timeout');
    await settled(el);
    expect(visibleText(loadError(el))).to.contain("The server didn't answer in time.");
    $(el, '[part~="retry-button"]')!.click();
    await settled(el);
    expect(summary(el)).to.equal('Showing 11–20 of 57 entries');
  });

  it('shows the error when the session can’t be loaded, and retries only what failed', async () => {
    const adapter = memoryAdapter();
    adapter.failNext('unauthorized', { method: 'getSession' });
    const el = await mountList(adapter);
    expect(visibleText(loadError(el))).to.contain('Your session has expired or was refused.');
    const pagesBefore = pageQueries(adapter).length;
    $(el, '[part~="retry-button"]')!.click();
    await settled(el);
    expect(loadError(el)).to.equal(null);
    expect(rows(el)).to.have.length(10);
    expect($(el, '[part~="invite-button"]')).not.to.equal(null);
    expect(adapter.callsOf('getSession')).to.have.length(2);
    expect(pageQueries(adapter), 'the page had loaded; it is not asked again').to.have.length(pagesBefore);
  });

  it('says what a broken adapter sent instead of breaking', async () => {
    const adapter = memoryAdapter();
    const broken = Object.assign(Object.create(adapter) as MemoryAdapter, {
      listUsers: async (query: UserQuery) =>
        query.limit === 0 ? adapter.listUsers(query) : ({ items: [{ id: 'x' }], total: 1 } as unknown as Page<User>),
    });
    const el = await mountList(broken);
    expect(visibleText(loadError(el))).to.contain('The server sent an answer the widget can');
    await expect(el).to.be.accessible();
  });
});
