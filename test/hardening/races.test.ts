import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter, SEED, type AdapterMethod } from '../../src/adapters/memory/index.js';
import '../../src/components/api-token-list/api-token-list.js';
import type { ApiTokenList } from '../../src/components/api-token-list/api-token-list.js';
import '../../src/components/invite-dialog/invite-dialog.js';
import type { InviteDialog } from '../../src/components/invite-dialog/invite-dialog.js';
import type { UserList } from '../../src/components/user-list/user-list.js';
import type { Page, User, UserQuery } from '../../src/core/index.js';
import { USERS_EVENT_NAMES } from '../../src/events.js';
import { clickOn, isOpen, mount, unmountAll } from '../components/internal/dialog-test-helpers.js';
import {
  $,
  cellTexts,
  deepActive,
  freshStorageKey,
  headerButton,
  menuButton,
  menuItems,
  mountList,
  notice,
  pageButton,
  pageQueries,
  row,
  rowIds,
  rowMenu,
  settled,
  summary,
  visibleText,
} from '../components/user-list/helpers.js';

/**
 * Races: answers that come back out of order, changes made while the list is loading, elements
 * removed while their request is on its way, and impatient users clicking a submit button ten
 * times. Each test acts as a user and checks what is on screen and what reached the backend.
 */

interface HeldAnswer {
  readonly query: UserQuery;
  readonly signal: AbortSignal | undefined;
  readonly release: () => void;
}

/**
 * A MemoryAdapter whose page queries (not the session's zero-length admin count) are answered only
 * when the test releases them. The answer is what the backend held when the request arrived, and it
 * is delivered even if the widget aborted the request meanwhile: a careless adapter on a slow network.
 */
class GatedAdapter extends MemoryAdapter {
  holding = false;

  /** Its answers come when the test says, as a server's do: the list waits for typing to pause. */
  override get searchesLocally(): boolean {
    return false;
  }
  readonly held: HeldAnswer[] = [];

  override listUsers(query: UserQuery, signal?: AbortSignal): Promise<Page<User>> {
    if (!this.holding || query.limit === 0) return super.listUsers(query, signal);
    const answer = super.listUsers(query);
    return new Promise((resolve, reject) => {
      this.held.push({ query, signal, release: () => void answer.then(resolve, reject) });
    });
  }

  async waitForHeld(count: number, what: string): Promise<void> {
    await waitUntil(() => this.held.length >= count, `${what}: only ${this.held.length} of ${count} requests sent`);
  }

  /** Answers every held request, the newest first and the oldest last. */
  releaseNewestFirst(): void {
    const held = this.held.splice(0);
    for (const answer of held.reverse()) answer.release();
  }
}

/**
 * A MemoryAdapter whose changes reach the backend at once but whose answers wait, while `holding`,
 * until the test calls `answerAll()`: every click of the test lands while the first request is
 * still in flight, however slow the machine.
 */
class SlowAnswerAdapter extends MemoryAdapter {
  holding = false;
  private waiting: (() => void)[] = [];

  answerAll(): void {
    this.holding = false;
    for (const answer of this.waiting.splice(0)) answer();
  }

  private held<T>(answer: Promise<T>): Promise<T> {
    if (!this.holding) return answer;
    // Held, the answer is not awaited yet: a refusal must not count as an unhandled rejection.
    answer.catch(() => undefined);
    return new Promise<T>((resolve, reject) => this.waiting.push(() => void answer.then(resolve, reject)));
  }

  override inviteUser(...args: Parameters<MemoryAdapter['inviteUser']>) {
    return this.held(super.inviteUser(...args));
  }

  override setUserRole(...args: Parameters<MemoryAdapter['setUserRole']>) {
    return this.held(super.setUserRole(...args));
  }

  override removeUser(...args: Parameters<MemoryAdapter['removeUser']>) {
    return this.held(super.removeUser(...args));
  }

  override deleteApiToken(...args: Parameters<MemoryAdapter['deleteApiToken']>) {
    return this.held(super.deleteApiToken(...args));
  }

  override resendInvite(...args: Parameters<MemoryAdapter['resendInvite']>) {
    return this.held(super.resendInvite(...args));
  }
}

/** Lets every pending answer, microtask and Lit update land. */
async function flush(el: UserList | HTMLElement, ms = 50): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  if ('updateComplete' in el) await (el as UserList).updateComplete;
}

function searchBox(el: UserList): HTMLInputElement {
  return $(el, 'input[type="search"]') as HTMLInputElement;
}

/** Types `text` over whatever the search box holds and presses Enter, which searches at once. */
async function searchFor(el: UserList, text: string): Promise<void> {
  const input = searchBox(el);
  input.focus();
  input.select();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
}

/** The page on screen as [ids, summary, current page], for one readable comparison. */
function screen(el: UserList): { ids: number[]; summary: string; page: string | null } {
  const current = $(el, '[aria-current="page"]');
  return { ids: rowIds(el), summary: summary(el), page: current?.getAttribute('aria-label') ?? null };
}

/** What the backend answers right now for the list's latest page query. */
function backendPage(adapter: MemoryAdapter): Page<User> {
  return adapter.backend.listUsers(SEED.adminId, pageQueries(adapter).at(-1)!);
}

/** The list loaded on a GatedAdapter that from now on holds every page query until the test releases it. */
async function mountHeld(): Promise<{ adapter: GatedAdapter; el: UserList }> {
  const adapter = new GatedAdapter();
  const el = await mountList(adapter);
  adapter.holding = true;
  return { adapter, el };
}

/** Searches for `text` and waits until the adapter holds `count` page queries (`what` names the step). */
async function searchHeld(el: UserList, adapter: GatedAdapter, text: string, count: number, what: string) {
  await searchFor(el, text);
  await adapter.waitForHeld(count, what);
}

/** Answers every held page query, the newest first, and waits until the list has taken them all in. */
async function releaseAllNewestFirst(adapter: GatedAdapter, el: UserList): Promise<void> {
  adapter.releaseNewestFirst();
  await flush(el);
  await settled(el);
}

/** Opens the "⋯" menu of `userId`'s row and clicks the item `label`, as a mouse user would. */
async function chooseFromMenu(el: UserList, userId: number, label: string): Promise<void> {
  const menu = rowMenu(el, userId)!;
  await clickOn(menuButton(menu));
  await menu.updateComplete;
  await clickOn(menuItems(menu).find((item) => visibleText(item) === label)!);
}

/** Once `<edit-user>` shows its role field, clicks the Engineers role (5); returns the dialog. */
async function chooseEngineersRole(el: UserList): Promise<HTMLElement> {
  const dialog = $(el, 'edit-user')!;
  await waitUntil(() => dialog.shadowRoot!.querySelector('input[name="role"][value="5"]'), 'no role field');
  await clickOn(dialog.shadowRoot!.querySelector('input[name="role"][value="5"]')!);
  return dialog;
}

/** Counts every widget event reaching the document, by name. */
function recordEvents(): { counts: Map<string, number>; stop: () => void } {
  const counts = new Map<string, number>();
  const listener = (event: Event) => counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
  for (const name of USERS_EVENT_NAMES) document.addEventListener(name, listener);
  return { counts, stop: () => USERS_EVENT_NAMES.forEach((name) => document.removeEventListener(name, listener)) };
}

/** `count` real mouse clicks on `el` as fast as the test driver sends them. */
async function clickRepeatedly(el: Element, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) await clickOn(el);
}

/**
 * The protocol of the ten-clicks tests: with the answers held, ten clicks (on `clicked`, or made by
 * `clicked()` itself) must send exactly one `method` call; then the answers land, `landed` waits
 * for what they show, the event recording stops, and still exactly one call has gone out.
 */
async function tenClicksSendOne(
  adapter: SlowAnswerAdapter,
  events: { stop: () => void },
  method: AdapterMethod,
  clicked: Element | (() => Promise<void>),
  landed: () => Promise<unknown>,
): Promise<void> {
  adapter.holding = true;
  await (clicked instanceof Element ? clickRepeatedly(clicked, 10) : clicked());
  expect(adapter.callsOf(method)).to.have.length(1);
  adapter.answerAll();
  await landed();
  events.stop();
  expect(adapter.callsOf(method)).to.have.length(1);
}

/** Waits until a dialog of the list has closed, then until the list has settled. */
async function closedAndSettled(el: UserList, dialog: HTMLElement): Promise<void> {
  await waitUntil(() => !isOpen(dialog), 'the dialog did not close', { timeout: 4000 });
  await settled(el);
}

const unhandled: unknown[] = [];
const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);

describe('hardening: races', () => {
  beforeEach(() => {
    unhandled.length = 0;
    window.addEventListener('unhandledrejection', onUnhandled);
  });

  afterEach(async () => {
    // A rejection nobody handled is reported a task later; give it that task.
    await new Promise((resolve) => setTimeout(resolve, 20));
    window.removeEventListener('unhandledrejection', onUnhandled);
    unmountAll();
    expect(unhandled.map(String), 'no unhandled promise rejection').to.deep.equal([]);
  });

  describe('out-of-order answers', () => {
    it('quick successive searches: the newest query’s rows stay on screen when older answers arrive last', async () => {
      const { adapter, el } = await mountHeld();

      await searchHeld(el, adapter, 'Ada', 1, 'first search');
      await searchHeld(el, adapter, 'Grace', 2, 'second search');
      await searchHeld(el, adapter, 'Linus', 3, 'third search');
      expect(adapter.held.map((answer) => answer.query.search)).to.deep.equal(['Ada', 'Grace', 'Linus']);
      expect(
        adapter.held.map((answer) => answer.signal?.aborted),
        'each newer search aborts the one before',
      ).to.deep.equal([true, true, false]);

      // The newest answer lands first, then the two stale ones, oldest last.
      await releaseAllNewestFirst(adapter, el);
      expect(screen(el)).to.deep.equal({ ids: [SEED.engineerId], summary: 'Showing 1–1 of 1 entry', page: 'Page 1' });
      expect(searchBox(el).value).to.equal('Linus');
      expect($(el, 'table')!.getAttribute('aria-busy')).to.equal('false');
      expect(cellTexts(row(el, SEED.engineerId))[2]).to.equal('Linus Engineer');
    });

    it('the newest answer shown first is not replaced by a stale one arriving later', async () => {
      const { adapter, el } = await mountHeld();
      await searchHeld(el, adapter, 'Grace', 1, 'first search');
      await searchHeld(el, adapter, 'Victor', 2, 'second search');
      const [stale, fresh] = adapter.held.splice(0);
      fresh!.release();
      await waitUntil(() => rowIds(el).join() === String(SEED.userId), 'the newest answer was not shown');
      stale!.release();
      await flush(el);
      expect(screen(el)).to.deep.equal({ ids: [SEED.userId], summary: 'Showing 1–1 of 1 entry', page: 'Page 1' });
    });

    it('a page change during a pending page load ends on the page asked for last', async () => {
      const { adapter, el } = await mountHeld();

      pageButton(el, 'Next page').click();
      await adapter.waitForHeld(1, 'page 2');
      await el.updateComplete;
      pageButton(el, 'Next page').click();
      await adapter.waitForHeld(2, 'page 3');
      expect(adapter.held.map((answer) => answer.query.offset)).to.deep.equal([10, 20]);

      await releaseAllNewestFirst(adapter, el);
      expect(pageQueries(adapter).at(-1)!.offset).to.equal(20);
      expect(screen(el)).to.deep.equal({
        ids: backendPage(adapter).items.map((user) => user.id),
        summary: 'Showing 21–30 of 57 entries',
        page: 'Page 3',
      });
    });

    it('a search typed while another page is loading wins over that page', async () => {
      const { adapter, el } = await mountHeld();
      pageButton(el, 'Page 2').click();
      await adapter.waitForHeld(1, 'page 2');
      await searchHeld(el, adapter, 'Grace', 2, 'search');
      expect(adapter.held[1]!.query).to.include({ offset: 0, search: 'Grace' });

      await releaseAllNewestFirst(adapter, el);
      expect(screen(el)).to.deep.equal({
        ids: [SEED.secondAdminId],
        summary: 'Showing 1–1 of 1 entry',
        page: 'Page 1',
      });
    });
  });

  describe('a change made while the list is loading', () => {
    it('edit: the role saved while an older page load was pending is what the row shows', async () => {
      const { adapter, el } = await mountHeld();
      // The user narrows the list; that answer (Victor still a Users member) is slow to come.
      const status = $(el, '#status-filter') as HTMLSelectElement;
      status.value = 'activated';
      status.dispatchEvent(new Event('change', { bubbles: true }));
      await adapter.waitForHeld(1, 'filter');
      await el.updateComplete;

      // Meanwhile, in the rows still on screen, Victor becomes an Engineer.
      await chooseFromMenu(el, SEED.userId, 'Edit');
      const dialog = await chooseEngineersRole(el);
      await clickOn(dialog.shadowRoot!.querySelector('[part~="save-button"]')!);
      await waitUntil(() => !isOpen(dialog), 'the dialog did not close after saving');
      expect(adapter.callsOf('setUserRole').map((call) => call.args)).to.deep.equal([[SEED.userId, 5]]);

      // The reload after the save answers first; the pre-save answer arrives last.
      await adapter.waitForHeld(2, 'reload after the save');
      await releaseAllNewestFirst(adapter, el);
      const truth = backendPage(adapter);
      expect(pageQueries(adapter).at(-1)!.filters).to.deep.equal({ status: 'activated' });
      expect(rowIds(el), 'the rows are the backend’s').to.deep.equal(truth.items.map((user) => user.id));
      expect(cellTexts(row(el, SEED.userId))[3], 'Victor’s role as saved').to.equal('Engineers');
      expect(summary(el)).to.equal(`Showing 1–10 of ${truth.total} entries`);
      await waitUntil(() => notice(el) === 'User Victor Viewer was updated.', 'the change was not announced');
    });

    it('invite: the user invited while an older sorted load was pending is on the page, counted', async () => {
      const { adapter, el } = await mountHeld();
      headerButton(el, 'Email').click();
      await adapter.waitForHeld(1, 'sort by email');
      await el.updateComplete;

      const inviteButton = $(el, '[part~="invite-button"]')!;
      inviteButton.focus();
      await sendKeys({ press: 'Enter' });
      const dialog = $(el, 'invite-dialog')!;
      await waitUntil(() => deepActive()?.id === 'name', 'focus did not move into the form');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'aaa.racer@example.com' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialog.shadowRoot!.querySelector('[part~="result"]'), 'no result shown');
      await sendKeys({ press: 'Escape' });
      await adapter.waitForHeld(2, 'reload after the invitation');

      await releaseAllNewestFirst(adapter, el);
      const truth = backendPage(adapter);
      const invited = adapter.backend.findMemberByEmail('aaa.racer@example.com')!;
      expect(truth.items[0]!.id, 'sorted by email, the new user comes first').to.equal(invited.id);
      expect(rowIds(el), 'exactly the backend’s page: no stale page, no duplicate').to.deep.equal(
        truth.items.map((user) => user.id),
      );
      expect(summary(el)).to.equal(`Showing 1–10 of ${truth.total} entries`);
      expect(truth.total).to.equal(58);
      await waitUntil(() => notice(el) === 'Invitation sent to aaa.racer@example.com.', 'not announced');
    });
  });

  describe('an element removed while its request is on its way', () => {
    /** Records every signal handed to the adapter, so the test can see what was aborted. */
    class SignalAdapter extends MemoryAdapter {
      readonly signals: { method: string; signal: AbortSignal | undefined }[] = [];
      /** Answers after the delay even when aborted, like an adapter that ignores the signal. */
      ignoreAbort = false;

      override listUsers(query: UserQuery, signal?: AbortSignal): Promise<Page<User>> {
        this.signals.push({ method: 'listUsers', signal });
        return super.listUsers(query, this.ignoreAbort ? undefined : signal);
      }

      override getSession(signal?: AbortSignal) {
        this.signals.push({ method: 'getSession', signal });
        return super.getSession(this.ignoreAbort ? undefined : signal);
      }

      override inviteUser(...args: Parameters<MemoryAdapter['inviteUser']>) {
        this.signals.push({ method: 'inviteUser', signal: args[1] });
        return super.inviteUser(args[0], this.ignoreAbort ? undefined : args[1]);
      }

      override listApiTokens(...args: Parameters<MemoryAdapter['listApiTokens']>) {
        this.signals.push({ method: 'listApiTokens', signal: args[1] });
        return super.listApiTokens(args[0], this.ignoreAbort ? undefined : args[1]);
      }
    }

    /**
     * Removes `el`, lets the removal itself settle, then watches it for `ms`: every render, DOM
     * change inside it and widget event from then on is recorded.
     */
    async function removeAndWatch(el: HTMLElement & { updateComplete: Promise<boolean> }, ms: number) {
      const events = recordEvents();
      el.remove();
      await el.updateComplete;
      const shadowBefore = el.shadowRoot!.innerHTML;
      let updates = 0;
      const watched = el as unknown as { updated: (changed: unknown) => void };
      const updated = watched.updated.bind(el);
      watched.updated = (changed) => {
        updates += 1;
        updated(changed);
      };
      const mutations: MutationRecord[] = [];
      const observer = new MutationObserver((records) => mutations.push(...records));
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
      await new Promise((resolve) => setTimeout(resolve, ms));
      observer.disconnect();
      events.stop();
      return {
        updates,
        mutations: mutations.length,
        events: events.counts,
        shadowChanged: el.shadowRoot!.innerHTML !== shadowBefore,
      };
    }

    for (const ignoreAbort of [false, true]) {
      const kind = ignoreAbort ? 'an adapter that ignores the abort' : 'an adapter that honours it';
      it(`<user-list> during its first load (${kind}): aborted, nothing shown, no update or event after`, async () => {
        const adapter = new SignalAdapter({ latencyMs: 200 });
        adapter.ignoreAbort = ignoreAbort;
        const el = await fixture<UserList>(
          html`<user-list .adapter=${adapter} storage-key=${freshStorageKey()}></user-list>`,
        );
        await waitUntil(() => adapter.signals.length >= 3, 'the list never asked');
        const watch = await removeAndWatch(el, 350);
        expect(
          adapter.signals.map(({ method, signal }) => [method, signal?.aborted]),
          'every request of the removed list was aborted',
        ).to.deep.equal([
          ['getSession', true],
          ['listUsers', true],
          ['listUsers', true],
        ]);
        expect(watch).to.deep.include({ updates: 0, mutations: 0, shadowChanged: false });
        expect([...watch.events.keys()], 'no event after removal').to.deep.equal([]);
        expect(rowIds(el), 'no rows shown').to.deep.equal([]);
        expect(Boolean($(el, '[part~="load-error"]')), 'no error shown').to.equal(false);
      });
    }

    it('<user-list> during a search: that search is aborted and its answer never shown', async () => {
      const adapter = new SignalAdapter();
      const el = await mountList(adapter);
      adapter.latencyMs = 200;
      adapter.ignoreAbort = true;
      await searchFor(el, 'Grace');
      await waitUntil(() => pageQueries(adapter).some((query) => query.search === 'Grace'), 'search not sent');
      const search = adapter.signals.at(-1)!;
      const watch = await removeAndWatch(el, 350);
      expect(search.signal?.aborted).to.equal(true);
      expect(watch).to.deep.include({ updates: 0, mutations: 0, shadowChanged: false });
      expect([...watch.events.keys()]).to.deep.equal([]);
      expect(rowIds(el), 'the page before the search, not the answer').to.have.length(10);
    });

    it('<invite-dialog> during the invitation: aborted before it reached the backend, no event', async () => {
      const adapter = new SignalAdapter({ userCount: 5 });
      const container = mount(html`<invite-dialog .adapter=${adapter}></invite-dialog>`);
      const dialog = container.querySelector<InviteDialog>('invite-dialog')!;
      void dialog.show();
      await waitUntil(() => deepActive()?.id === 'name', 'focus did not move into the form');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'gone.midway@example.com' });
      adapter.latencyMs = 200;
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => adapter.callsOf('inviteUser').length === 1, 'the invitation was not sent');
      const watch = await removeAndWatch(dialog, 350);
      expect(adapter.signals.find((entry) => entry.method === 'inviteUser')!.signal?.aborted).to.equal(true);
      expect(adapter.backend.findMemberByEmail('gone.midway@example.com'), 'nobody was invited').to.equal(undefined);
      expect(adapter.backend.sentEmails).to.deep.equal([]);
      expect(watch).to.deep.include({ updates: 0, mutations: 0, shadowChanged: false });
      expect([...watch.events.keys()]).to.deep.equal([]);
    });

    it('<api-token-list> during its load: aborted, no rows, no update or event after', async () => {
      const adapter = new SignalAdapter({ userCount: 5, latencyMs: 200 });
      adapter.ignoreAbort = true;
      const container = mount(html`<api-token-list .adapter=${adapter}></api-token-list>`);
      const list = container.querySelector<ApiTokenList>('api-token-list')!;
      await waitUntil(() => adapter.signals.some((entry) => entry.method === 'listApiTokens'), 'never asked');
      const watch = await removeAndWatch(list, 350);
      expect(adapter.signals.every((entry) => entry.signal?.aborted)).to.equal(true);
      expect(watch).to.deep.include({ updates: 0, mutations: 0, shadowChanged: false });
      expect([...watch.events.keys()]).to.deep.equal([]);
      expect(list.shadowRoot!.querySelectorAll('[part~="row"]')).to.have.length(0);
    });
  });

  describe('ten rapid clicks on a submit button send exactly one request', () => {
    it('Invite user', async () => {
      const adapter = new SlowAnswerAdapter();
      const el = await mountList(adapter);
      const events = recordEvents();
      await clickOn($(el, '[part~="invite-button"]')!);
      const dialog = $(el, 'invite-dialog')!;
      await waitUntil(() => deepActive()?.id === 'name', 'focus did not move into the form');
      await sendKeys({ type: 'Impatient Ian' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'impatient@example.com' });
      await tenClicksSendOne(
        adapter,
        events,
        'inviteUser',
        dialog.shadowRoot!.querySelector('[part~="submit-button"]')!,
        () => waitUntil(() => dialog.shadowRoot!.querySelector('[part~="result"]'), 'no result', { timeout: 4000 }),
      );
      expect(events.counts.get('user-invited')).to.equal(1);
      expect(adapter.backend.sentEmails.filter((mail) => mail.to === 'impatient@example.com')).to.have.length(1);
    });

    it('Save', async () => {
      const adapter = new SlowAnswerAdapter();
      const el = await mountList(adapter);
      const events = recordEvents();
      await chooseFromMenu(el, SEED.userId, 'Edit');
      const dialog = await chooseEngineersRole(el);
      const save = dialog.shadowRoot!.querySelector('[part~="save-button"]')!;
      await tenClicksSendOne(adapter, events, 'setUserRole', save, () => closedAndSettled(el, dialog));
      expect(adapter.callsOf('updateUser')).to.have.length(0);
      expect(events.counts.get('user-updated')).to.equal(1);
    });

    it('Delete', async () => {
      const adapter = new SlowAnswerAdapter();
      const el = await mountList(adapter);
      const events = recordEvents();
      await chooseFromMenu(el, SEED.userId, 'Delete');
      const dialog = $(el, 'delete-confirm')!;
      await waitUntil(() => dialog.shadowRoot!.querySelector('[part~="delete-button"]'), 'no Delete button');
      const remove = dialog.shadowRoot!.querySelector('[part~="delete-button"]')!;
      await tenClicksSendOne(adapter, events, 'removeUser', remove, () => closedAndSettled(el, dialog));
      expect(events.counts.get('user-remove-request'), 'the host was asked once').to.equal(1);
      expect(events.counts.get('user-removed')).to.equal(1);
      expect(rowIds(el)).not.to.include(SEED.userId);
    });

    it('token Delete', async () => {
      const adapter = new SlowAnswerAdapter({ userCount: 5 });
      const container = mount(html`<api-token-list .adapter=${adapter}></api-token-list>`);
      const list = container.querySelector<ApiTokenList>('api-token-list')!;
      await waitUntil(() => list.shadowRoot!.querySelector('[part~="delete-button"]'), 'no Delete button');
      const events = recordEvents();
      await clickOn(list.shadowRoot!.querySelector('[part~="delete-button"]')!);
      const confirm = list.shadowRoot!.querySelector('[part~="confirm-button"]')!;
      await waitUntil(() => isOpen(list), 'the confirmation did not open');
      await tenClicksSendOne(adapter, events, 'deleteApiToken', confirm, () =>
        waitUntil(() => !isOpen(list), 'the confirmation did not close', { timeout: 4000 }),
      );
      expect(events.counts.get('token-delete-request'), 'the host was asked once').to.equal(1);
      expect(events.counts.get('token-deleted')).to.equal(1);
    });

    it('Resend invite (menu item)', async () => {
      const adapter = new SlowAnswerAdapter();
      const el = await mountList(adapter);
      const events = recordEvents();
      const menu = rowMenu(el, SEED.notActivatedId)!;
      await tenClicksSendOne(
        adapter,
        events,
        'resendInvite',
        async () => {
          for (let i = 0; i < 10; i += 1) {
            await clickOn(menuButton(menu));
            await menu.updateComplete;
            const item = menuItems(menu).find((button) => visibleText(button) === 'Resend invite')!;
            await clickOn(item);
            await menu.updateComplete;
          }
        },
        () =>
          waitUntil(() => notice(el) === 'Invitation sent again to new.hire@example.com.', 'not announced', {
            timeout: 5000,
          }),
      );
      expect(events.counts.get('invite-resent')).to.equal(1);
      expect(adapter.backend.sentEmails.filter((mail) => mail.kind === 'invitation-resent')).to.have.length(1);
    });
  });
});
