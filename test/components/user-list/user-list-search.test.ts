import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { MemoryAdapter, SEED } from '../../../src/adapters/memory/index.js';
import type { MultiSelect } from '../../../src/components/user-list/multi-select.js';
import type { UserList } from '../../../src/components/user-list/user-list.js';
import type { Page, User, UserQuery } from '../../../src/core/index.js';
import {
  $,
  $$,
  arrowToOption,
  cellTexts,
  deepActive,
  memoryAdapter,
  mountList,
  pageButton,
  pageQueries,
  rowIds,
  rows,
  settled,
  summary,
  visibleText,
} from './helpers.js';

function searchBox(el: UserList): HTMLInputElement {
  return $(el, 'input[type="search"]') as HTMLInputElement;
}

/** Puts `text` in the search box at once, as pasting does: one input event, one query. */
function pasteSearch(el: UserList, text: string): void {
  const input = searchBox(el);
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
}

async function typeSearch(el: UserList, text: string): Promise<void> {
  const input = searchBox(el);
  input.focus();
  input.select();
  await sendKeys({ type: text });
}

function multiSelect(el: UserList, part: 'roles-filter' | 'languages-filter'): MultiSelect {
  return $(el, `[part~="${part}"]`) as MultiSelect;
}

async function tick(el: UserList, option: string, part: 'roles-filter' | 'languages-filter'): Promise<void> {
  const filter = multiSelect(el, part);
  const button = filter.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
  if (button.getAttribute('aria-expanded') !== 'true') {
    button.click();
    await filter.updateComplete;
  }
  const label = [...filter.shadowRoot!.querySelectorAll('label')].find((l) => visibleText(l) === option);
  if (!label) throw new Error(`no option "${option}"`);
  label.querySelector('input')!.click();
  await filter.updateComplete;
}

function selectFilter(el: UserList, label: string): HTMLSelectElement {
  const field = $$(el, '.select-field').find((f) => visibleText(f.querySelector('label')) === label);
  return field!.querySelector('select')!;
}

/** Picks an option in a native select with the keyboard, as a user would. */
async function pickWithKeyboard(select: HTMLSelectElement, optionLabel: string): Promise<void> {
  await arrowToOption(select, optionLabel);
  expect(select.selectedOptions[0]?.text).to.equal(optionLabel);
}

function column(el: UserList, index: number): string[] {
  return rows(el).map((row) => cellTexts(row)[index]!);
}

/** A MemoryAdapter whose listUsers answers only when the test says so, ignoring aborts like a careless adapter. */
class HeldAdapter extends MemoryAdapter {
  holding = false;
  readonly held: Array<{ query: UserQuery; release: () => void }> = [];

  override listUsers(query: UserQuery, signal?: AbortSignal): Promise<Page<User>> {
    if (!this.holding || query.limit === 0) return super.listUsers(query, signal);
    const answer = super.listUsers(query);
    return new Promise((resolve, reject) => {
      this.held.push({ query, release: () => answer.then(resolve, reject) });
    });
  }
}

describe('<user-list> search and filters', () => {
  it('where each query costs a request, searches by ID, email and name once typing pauses, not per keystroke', async () => {
    // Any latency makes the memory adapter answer like a server (searchesLocally: false).
    const adapter = memoryAdapter({ latencyMs: 1 });
    expect(adapter.searchesLocally).to.equal(false);
    const el = await mountList(adapter);

    await typeSearch(el, 'Grace');
    await waitUntil(() => rowIds(el).join() === '2', 'name search never landed');
    const searches = pageQueries(adapter).filter((query) => query.search !== undefined);
    expect(searches.map((query) => query.search)).to.deep.equal(['Grace']);
    expect(searches[0]!.offset).to.equal(0);

    await typeSearch(el, 'viewer@example');
    await waitUntil(() => rowIds(el).join() === '5', 'email search never landed');

    await typeSearch(el, '57');
    await waitUntil(() => rowIds(el).join() === '57', 'ID search never landed');
    await settled(el);
    expect(summary(el)).to.equal('Showing 1–1 of 1 entry');
    expect(pageQueries(adapter).map((query) => query.search ?? '')).to.deep.equal([
      '',
      'Grace',
      'viewer@example',
      '57',
    ]);
    await expect(el).to.be.accessible();
  });

  it('where the adapter answers from memory, searches as the user types, without waiting for a pause', async () => {
    const adapter = memoryAdapter();
    expect(adapter.searchesLocally).to.equal(true);
    const el = await mountList(adapter);
    const input = searchBox(el);
    input.focus();
    await sendKeys({ type: 'G' });
    // No pause: the first letter is asked at once (a 250 ms debounce would be what the user waits for).
    await waitUntil(() => pageQueries(adapter).at(-1)?.search === 'G', 'the first letter was not asked', {
      timeout: 200,
    });
    await sendKeys({ type: 'race' });
    await waitUntil(() => rowIds(el).join() === '2', 'Grace never showed');
    expect(pageQueries(adapter).at(-1)?.search).to.equal('Grace');
    await expect(el).to.be.accessible();
  });

  it('finds a name whatever its accents: "jurgen", "gross" and "Groß" all find Jürgen Groß', async () => {
    const adapter = memoryAdapter();
    const jurgen = adapter.backend.addUser({ email: 'j.gross@example.de', name: 'Jürgen Groß', lang: 'de' });
    const el = await mountList(adapter);
    for (const text of ['jurgen', 'gross', 'Groß', 'JÜRGEN']) {
      await typeSearch(el, text);
      await waitUntil(() => pageQueries(adapter).at(-1)?.search === text, `${text} was not asked`);
      await settled(el);
      expect(rowIds(el), text).to.deep.equal([jurgen.id]);
    }
    await expect(el).to.be.accessible();
  });

  it('an older answer never replaces a newer one', async () => {
    const adapter = new HeldAdapter();
    const el = await mountList(adapter);
    adapter.holding = true;

    pasteSearch(el, 'Ada');
    await waitUntil(() => adapter.held.length === 1, 'first search not sent');
    pasteSearch(el, 'Grace');
    await waitUntil(() => adapter.held.length === 2, 'second search not sent');
    expect(adapter.held.map((h) => h.query.search)).to.deep.equal(['Ada', 'Grace']);

    adapter.held[1]!.release();
    await waitUntil(() => rowIds(el).join() === '2', 'newer answer not shown');
    adapter.held[0]!.release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(rowIds(el), 'the stale "Ada" answer was dropped').to.deep.equal([2]);
  });

  it('keeps the previous rows visible, marked busy, while a search is on its way', async () => {
    const adapter = new HeldAdapter();
    const el = await mountList(adapter);
    adapter.holding = true;
    pasteSearch(el, 'Grace');
    await waitUntil(() => adapter.held.length === 1, 'search not sent');
    await el.updateComplete;
    expect($(el, 'table')!.getAttribute('aria-busy')).to.equal('true');
    expect(rows(el), 'the old page stays on screen').to.have.length(10);
    expect(summary(el)).to.equal('Showing 1–10 of 57 entries');
    await expect(el).to.be.accessible();
    adapter.held[0]!.release();
    await settled(el);
    expect($(el, 'table')!.getAttribute('aria-busy')).to.equal('false');
    expect(rowIds(el)).to.deep.equal([2]);
  });

  it('filters by several roles and languages', async () => {
    const adapter = memoryAdapter();
    const el = await mountList(adapter);
    await tick(el, 'Administrators', 'roles-filter');
    await tick(el, 'Engineers', 'roles-filter');
    await settled(el);
    expect(pageQueries(adapter).at(-1)!.filters).to.deep.equal({ roles: [1, 5] });
    expect(new Set(column(el, 3))).to.deep.equal(new Set(['Administrators', 'Engineers']));
    const rolesButton = multiSelect(el, 'roles-filter').shadowRoot!.querySelector('button')!;
    expect(visibleText(rolesButton)).to.equal('Roles 2/5');
    expect(rolesButton.textContent).to.contain('2 of 5 selected');
    await expect(el).to.be.accessible();

    await tick(el, 'German', 'languages-filter');
    await settled(el);
    expect(pageQueries(adapter).at(-1)!.filters).to.deep.equal({ roles: [1, 5], languages: ['de'] });
    expect(column(el, 4).every((lang) => lang === 'German')).to.equal(true);
    expect(rowIds(el)).to.include(SEED.secondAdminId);

    await tick(el, 'Administrators', 'roles-filter'); // untick
    await settled(el);
    expect(pageQueries(adapter).at(-1)!.filters).to.deep.equal({ roles: [5], languages: ['de'] });
    expect(column(el, 3).every((role) => role === 'Engineers')).to.equal(true);
  });

  it('the multi-select closes on Escape, returning focus to its button', async () => {
    const el = await mountList(memoryAdapter());
    const filter = multiSelect(el, 'roles-filter');
    const button = filter.shadowRoot!.querySelector('button')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await filter.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(deepActive()?.getAttribute('type'), 'focus is on the first checkbox').to.equal('checkbox');
    await sendKeys({ press: 'Space' });
    await settled(el);
    await sendKeys({ press: 'Escape' });
    await filter.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(deepActive() === button, 'focus back on the button').to.equal(true);
    expect(new Set(column(el, 3))).to.deep.equal(new Set(['Administrators']));
  });

  it('the multi-select closes on a click outside and when focus leaves it', async () => {
    const el = await mountList(memoryAdapter());
    const filter = multiSelect(el, 'languages-filter');
    const button = filter.shadowRoot!.querySelector('button')!;
    button.click();
    await filter.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const heading = $(el, 'h2')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(heading.x + 5), Math.round(heading.y + 5)] });
    await filter.updateComplete;
    expect(button.getAttribute('aria-expanded'), 'a click outside closes it').to.equal('false');

    button.click();
    await filter.updateComplete;
    for (let i = 0; i < 4; i += 1) await sendKeys({ press: 'Tab' }); // through the four checkboxes
    await filter.updateComplete;
    expect(button.getAttribute('aria-expanded'), 'tabbing out closes it').to.equal('false');
    await resetMouse();
  });

  it("a filter's popup wider than its button stays inside the list, growing from the button's end when it must", async () => {
    const el = await mountList(memoryAdapter(), { lang: 'de' }); // the longest role names
    const filter = multiSelect(el, 'roles-filter');
    const button = filter.shadowRoot!.querySelector('button')!;
    const panel = filter.shadowRoot!.querySelector<HTMLElement>('[part~="panel"]')!;
    const openAt = async (width: string) => {
      el.style.inlineSize = width; // CSSOM, not an inline style string: fine under the CSP
      button.click();
      await filter.updateComplete;
      return {
        list: el.getBoundingClientRect(),
        box: panel.getBoundingClientRect(),
        at: button.getBoundingClientRect(),
      };
    };

    // Two filters a row: Roles starts the row, and its panel grows from there as usual.
    const left = await openAt('720px');
    expect(Math.round(left.box.left)).to.equal(Math.round(left.at.left));
    button.click();
    await filter.updateComplete;

    // Three a row: Roles ends the row; grown from its start the panel would cross the list's edge.
    const right = await openAt('840px');
    expect(right.at.right, 'the button ends the row').to.be.greaterThan(right.list.left + right.list.width / 2);
    expect(right.box.width, 'the panel is wider than its button').to.be.greaterThan(right.at.width + 20);
    expect(Math.round(right.box.right), "aligned with the button's end").to.equal(Math.round(right.at.right));
    expect(Math.round(right.box.right)).to.be.at.most(Math.round(right.list.right));
    await expect(el).to.be.accessible();
    button.click();
  });

  it('filters by status and two-factor authentication from the keyboard', async () => {
    const adapter = memoryAdapter();
    const el = await mountList(adapter);
    await pickWithKeyboard(selectFilter(el, 'Status'), 'Not activated');
    await settled(el);
    expect(pageQueries(adapter).at(-1)!.filters).to.deep.equal({ status: 'not_activated' });
    expect(column(el, 5).every((status) => status === 'Not activated')).to.equal(true);
    expect(rowIds(el)).to.include(SEED.notActivatedId);

    await pickWithKeyboard(selectFilter(el, 'Status'), 'All');
    await pickWithKeyboard(selectFilter(el, 'Two-factor authentication'), 'Activated');
    await settled(el);
    expect(pageQueries(adapter).at(-1)!.filters).to.deep.equal({ twoFa: true });
    expect(column(el, 6).every((twoFa) => twoFa === 'Activated')).to.equal(true);
    expect(rowIds(el)).to.include(SEED.adminId);
    await expect(el).to.be.accessible();
  });

  it('a filter change goes back to the first page', async () => {
    const adapter = memoryAdapter();
    const el = await mountList(adapter);
    pageButton(el, 'Page 2').click();
    await settled(el);
    expect(pageQueries(adapter).at(-1)!.offset).to.equal(10);
    await tick(el, 'Users', 'roles-filter');
    await settled(el);
    expect(pageQueries(adapter).at(-1)).to.include({ offset: 0 });
    expect(summary(el)).to.match(/^Showing 1–10 of \d+ entries$/);
  });

  it('"Clear filters" resets search and every filter, and hands focus to the search box', async () => {
    const adapter = memoryAdapter();
    const el = await mountList(adapter);
    expect($(el, '.filters [part~="clear-button"]'), 'nothing to clear yet').to.equal(null);
    await typeSearch(el, 'example');
    await tick(el, 'Users', 'roles-filter');
    await pickWithKeyboard(selectFilter(el, 'Two-factor authentication'), 'Not activated');
    await settled(el);
    const clear = $(el, '.filters [part~="clear-button"]')!;
    expect(visibleText(clear)).to.equal('Clear filters');

    clear.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(searchBox(el).value).to.equal('');
    expect(selectFilter(el, 'Two-factor authentication').selectedOptions[0]!.text).to.equal('All');
    expect(visibleText(multiSelect(el, 'roles-filter').shadowRoot!.querySelector('button'))).to.equal('Roles 0/5');
    const last = pageQueries(adapter).at(-1)!;
    expect(last.search).to.equal(undefined);
    expect(last.filters).to.equal(undefined);
    expect(summary(el)).to.equal('Showing 1–10 of 57 entries');
    expect(deepActive() === searchBox(el), 'focus moved to the search box').to.equal(true);
    expect($(el, '.filters [part~="clear-button"]')).to.equal(null);
  });

  it('says when nothing matches, and offers "Clear filters" right there', async () => {
    const adapter = memoryAdapter();
    const el = await mountList(adapter);
    await typeSearch(el, 'nobody-has-this-name');
    await waitUntil(() => summary(el) === 'No users match your search and filters.', 'no-match message missing');
    expect($(el, 'table'), 'no empty table').to.equal(null);
    expect($(el, '[part~="pager"]')).to.equal(null);
    expect($(el, '[part~="summary"]')!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();

    const clear = $(el, '.footer [part~="clear-button"]')!;
    clear.click();
    await settled(el);
    expect(rows(el)).to.have.length(10);
    expect(searchBox(el).value).to.equal('');
  });
});
