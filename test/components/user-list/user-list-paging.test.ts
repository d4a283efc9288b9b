import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SEED } from '../../../src/adapters/memory/index.js';
import type { UserList } from '../../../src/components/user-list/user-list.js';
import type { UserQuery } from '../../../src/core/index.js';
import {
  $,
  cell,
  $$,
  arrowToOption,
  deepActive,
  freshStorageKey,
  headerButton,
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

function sortState(el: UserList): Record<string, string> {
  const state: Record<string, string> = {};
  for (const th of $$(el, 'thead th')) {
    const sort = th.getAttribute('aria-sort');
    if (sort) state[visibleText(th)] = sort;
  }
  return state;
}

function pageSizeSelect(el: UserList): HTMLSelectElement {
  return $(el, '[part~="page-size-select"]') as HTMLSelectElement;
}

async function pickPageSize(el: UserList, size: string): Promise<void> {
  await arrowToOption(pageSizeSelect(el), size);
  await settled(el);
}

function currentPage(el: UserList): string {
  return visibleText($(el, '[aria-current="page"]'));
}

/** The ids the backend itself answers for `query`: what the rows must show. */
function expectedIds(adapter: ReturnType<typeof memoryAdapter>, query: UserQuery): number[] {
  return adapter.backend.listUsers(SEED.adminId, query).items.map((user) => user.id);
}

describe('<user-list> sorting and paging', () => {
  it('sorts by a column from its header, ascending then descending, with aria-sort on the th', async () => {
    const adapter = memoryAdapter();
    const el = await mountList(adapter);
    expect(sortState(el)).to.deep.equal({ ID: 'ascending' });

    headerButton(el, 'Email').click();
    await settled(el);
    expect(sortState(el)).to.deep.equal({ Email: 'ascending' });
    let query = pageQueries(adapter).at(-1)!;
    expect(query.sort).to.deep.equal({ field: 'email', direction: 'asc' });
    expect(rowIds(el)).to.deep.equal(expectedIds(adapter, query));
    expect(rowIds(el)).not.to.deep.equal([1, 2, 3, 4, 5, 7, 8, 9, 10, 11]);

    headerButton(el, 'Email').click();
    await settled(el);
    expect(sortState(el)).to.deep.equal({ Email: 'descending' });
    query = pageQueries(adapter).at(-1)!;
    expect(query.sort).to.deep.equal({ field: 'email', direction: 'desc' });
    expect(rowIds(el)).to.deep.equal(expectedIds(adapter, query));
    await expect(el).to.be.accessible();
  });

  it('sorts from the keyboard: Enter and Space on a header button', async () => {
    const adapter = memoryAdapter();
    const el = await mountList(adapter);
    headerButton(el, 'Role').focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(sortState(el)).to.deep.equal({ Role: 'ascending' });
    expect(
      rows(el)
        .slice(0, 2)
        .map((row) => visibleText(cell(row, 'role'))),
    ).to.deep.equal(['Administrators', 'Administrators']);
    await sendKeys({ press: 'Space' });
    await settled(el);
    expect(sortState(el)).to.deep.equal({ Role: 'descending' });
    expect(visibleText(cell(rows(el)[0]!, 'role'))).to.equal('Users');
    expect(deepActive() === headerButton(el, 'Role'), 'focus stays on the header').to.equal(true);

    for (const [label, field] of [
      ['Name', 'name'],
      ['Language', 'lang'],
      ['Status', 'status'],
      ['Two-factor authentication', 'twoFa'],
      ['ID', 'id'],
    ] as const) {
      headerButton(el, label).click();
      await settled(el);
      expect(pageQueries(adapter).at(-1)!.sort, label).to.deep.equal({ field, direction: 'asc' });
    }
  });

  it('pages with next, previous and page numbers, and says which entries are shown', async () => {
    const adapter = memoryAdapter();
    const el = await mountList(adapter);
    expect(summary(el)).to.equal('Showing 1–10 of 57 entries');
    expect(currentPage(el)).to.equal('1');
    expect(pageButton(el, 'Previous page').getAttribute('aria-disabled')).to.equal('true');
    expect($$(el, '[part~="pager"] li').map((li) => visibleText(li))).to.deep.equal(['1', '2', '3', '4', '5', '6']);
    expect($(el, '[part~="pager"]')!.getAttribute('aria-label')).to.equal('Pagination');

    pageButton(el, 'Next page').click();
    await settled(el);
    expect(summary(el)).to.equal('Showing 11–20 of 57 entries');
    expect(currentPage(el)).to.equal('2');
    expect(pageQueries(adapter).at(-1)).to.include({ offset: 10, limit: 10 });
    expect(rowIds(el)[0]).to.equal(12);

    pageButton(el, 'Page 6').click();
    await settled(el);
    expect(summary(el)).to.equal('Showing 51–57 of 57 entries');
    expect(rows(el)).to.have.length(7);
    expect(pageButton(el, 'Next page').getAttribute('aria-disabled')).to.equal('true');
    const sent = pageQueries(adapter).length;
    pageButton(el, 'Next page').click();
    await el.updateComplete;
    expect(pageQueries(adapter), 'nothing past the last page').to.have.length(sent);

    pageButton(el, 'Previous page').click();
    await settled(el);
    expect(summary(el)).to.equal('Showing 41–50 of 57 entries');
    await expect(el).to.be.accessible();
  });

  it('pages from the keyboard, focus staying on the button at the end', async () => {
    const el = await mountList(memoryAdapter());
    pageButton(el, 'Next page').focus();
    for (let page = 2; page <= 7; page += 1) {
      await sendKeys({ press: 'Enter' });
      await settled(el);
    }
    expect(currentPage(el)).to.equal('6');
    expect(deepActive() === pageButton(el, 'Next page'), 'focus did not fall off').to.equal(true);
  });

  it('shows first, last and the pages around the current one when there are many', async () => {
    const el = await mountList(memoryAdapter({ userCount: 1000 }));
    pageButton(el, 'Page 100').click();
    await settled(el);
    pageButton(el, 'Previous page').click();
    await settled(el);
    expect($$(el, '[part~="pager"] li').map((li) => visibleText(li))).to.deep.equal([
      '1',
      '…',
      '96',
      '97',
      '98',
      '99',
      '100',
    ]);
    expect(summary(el)).to.equal('Showing 981–990 of 1,000 entries');
    expect($$(el, '[part~="pager"] li[aria-hidden="true"]'), 'the gap is not read out').to.have.length(1);
  });

  it('keeps the previous rows visible, marked busy, while the next page loads', async () => {
    const adapter = memoryAdapter({ latencyMs: 300 });
    const el = await mountList(adapter);
    pageButton(el, 'Next page').click();
    await el.updateComplete;
    expect($(el, 'table')!.getAttribute('aria-busy')).to.equal('true');
    expect(rowIds(el)[0], 'still page 1 under the busy state').to.equal(1);
    expect(currentPage(el), 'the pager already shows where it is going').to.equal('2');
    await expect(el).to.be.accessible();
    await settled(el);
    expect(rowIds(el)[0]).to.equal(12);
  });

  it('offers 10, 25, 50 and 100 per page and keeps the first row in view when the size changes', async () => {
    const adapter = memoryAdapter();
    const el = await mountList(adapter);
    expect([...pageSizeSelect(el).options].map((option) => option.text)).to.deep.equal(['10', '25', '50', '100']);
    expect(visibleText($(el, '[part~="page-size"] label'))).to.equal('Entries per page');
    pageButton(el, 'Page 3').click();
    await settled(el);
    await pickPageSize(el, '25');
    expect(rows(el)).to.have.length(25);
    expect(pageQueries(adapter).at(-1)).to.include({ offset: 0, limit: 25 });
    expect(summary(el)).to.equal('Showing 1–25 of 57 entries');
    await pickPageSize(el, '100');
    expect(rows(el)).to.have.length(57);
    expect(summary(el)).to.equal('Showing 1–57 of 57 entries');
  });

  it('remembers the page size under storageKey for the next visit', async () => {
    const storageKey = freshStorageKey();
    const first = await mountList(memoryAdapter(), { storageKey });
    await pickPageSize(first, '50');
    expect(localStorage.getItem(storageKey)).to.equal('50');
    first.remove();

    const adapter = memoryAdapter();
    const second = await mountList(adapter, { storageKey, pageSize: 10 });
    expect(
      pageQueries(adapter).map((query) => query.limit),
      'the remembered size from the start',
    ).to.deep.equal([50]);
    expect(second.pageSize).to.equal(50);
    expect(pageSizeSelect(second).value).to.equal('50');
    localStorage.removeItem(storageKey);
  });

  it('works on when storage throws', async () => {
    const { getItem, setItem } = Storage.prototype;
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      const el = await mountList(memoryAdapter());
      expect(rows(el)).to.have.length(10);
      await pickPageSize(el, '25');
      expect(rows(el)).to.have.length(25);
    } finally {
      Storage.prototype.getItem = getItem;
      Storage.prototype.setItem = setItem;
    }
  });

  it('turns a page size it does not offer into the nearest one', async () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      const adapter = memoryAdapter();
      const el = await fixture<UserList>(
        html`<user-list .adapter=${adapter} page-size="20" storage-key=${freshStorageKey()}></user-list>`,
      );
      await settled(el);
      expect(el.pageSize).to.equal(25);
      expect(rows(el)).to.have.length(25);
      expect(warnings.some((w) => String(w).includes('page size 20'))).to.equal(true);
    } finally {
      console.warn = warn;
    }
  });

  it('steps back when the page it shows has emptied', async () => {
    const adapter = memoryAdapter();
    const el = await mountList(adapter);
    pageButton(el, 'Page 6').click();
    await settled(el);
    for (const id of rowIds(el)) adapter.backend.removeUser(SEED.adminId, id);
    await el.refresh();
    await settled(el);
    await waitUntil(() => summary(el) === 'Showing 41–50 of 50 entries', `stuck on: ${summary(el)}`);
    expect(currentPage(el)).to.equal('5');
  });
});
