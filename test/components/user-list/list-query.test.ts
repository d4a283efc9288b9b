import { expect } from '@open-wc/testing';
import { SEED, MemoryBackend } from '../../../src/adapters/memory/index.js';
import { nearestPageSize, pageCount, pageKeepingFirstRow, pageLinks } from '../../../src/components/internal/paging.js';
import {
  DEFAULT_SORT,
  NO_FILTERS,
  hasSearchOrFilters,
  nextSort,
  toUserQuery,
} from '../../../src/components/user-list/list-query.js';
import { readPageSize, writePageSize } from '../../../src/components/user-list/page-size-storage.js';
import { rowActions } from '../../../src/components/user-list/row-actions.js';
import type { SessionState } from '../../../src/state/index.js';

describe('list-query', () => {
  const view = { page: 3, pageSize: 25, search: '', filters: NO_FILTERS, sort: DEFAULT_SORT };

  it('turns the view into the adapter query, leaving out what is not set', () => {
    expect(toUserQuery(view)).to.deep.equal({ offset: 50, limit: 25, sort: { field: 'id', direction: 'asc' } });
    expect(
      toUserQuery({
        ...view,
        page: 1,
        search: 'ada',
        filters: { roles: [1, 5], languages: ['de'], status: 'not_activated', twoFa: false },
        sort: { field: 'email', direction: 'desc' },
      }),
    ).to.deep.equal({
      offset: 0,
      limit: 25,
      search: 'ada',
      filters: { roles: [1, 5], languages: ['de'], status: 'not_activated', twoFa: false },
      sort: { field: 'email', direction: 'desc' },
    });
  });

  it('knows when a search or a filter is set (twoFa false counts)', () => {
    expect(hasSearchOrFilters(view)).to.equal(false);
    expect(hasSearchOrFilters({ ...view, search: 'x' })).to.equal(true);
    expect(hasSearchOrFilters({ ...view, filters: { ...NO_FILTERS, twoFa: false } })).to.equal(true);
    expect(hasSearchOrFilters({ ...view, filters: { ...NO_FILTERS, roles: [2] } })).to.equal(true);
  });

  it('sorts a new column ascending and flips the current one', () => {
    expect(nextSort(DEFAULT_SORT, 'email')).to.deep.equal({ field: 'email', direction: 'asc' });
    expect(nextSort({ field: 'email', direction: 'asc' }, 'email')).to.deep.equal({
      field: 'email',
      direction: 'desc',
    });
    expect(nextSort({ field: 'email', direction: 'desc' }, 'email')).to.deep.equal({
      field: 'email',
      direction: 'asc',
    });
  });

  it('counts pages, at least one', () => {
    expect(pageCount(0, 10)).to.equal(1);
    expect(pageCount(57, 10)).to.equal(6);
    expect(pageCount(100_000, 100)).to.equal(1000);
  });

  it('keeps the first row in view when the page size changes', () => {
    expect(pageKeepingFirstRow(3, 10, 25)).to.equal(1); // row 21 is on page 1 of 25
    expect(pageKeepingFirstRow(4, 10, 25)).to.equal(2); // row 31 → page 2
    expect(pageKeepingFirstRow(2, 50, 10)).to.equal(6); // row 51 → page 6
  });

  it('offers page sizes 10, 25, 50, 100 and maps anything else to the nearest', () => {
    expect(nearestPageSize(20)).to.equal(25);
    expect(nearestPageSize(1)).to.equal(10);
    expect(nearestPageSize(1000)).to.equal(100);
    expect(nearestPageSize(Number.NaN)).to.equal(10);
  });

  it('shows at most seven page links, with gaps', () => {
    expect(pageLinks(1, 1)).to.deep.equal([1]);
    expect(pageLinks(2, 6)).to.deep.equal([1, 2, 3, 4, 5, 6]);
    expect(pageLinks(1, 10_000)).to.deep.equal([1, 2, 3, 4, 5, 'gap', 10_000]);
    expect(pageLinks(500, 10_000)).to.deep.equal([1, 'gap', 499, 500, 501, 'gap', 10_000]);
    expect(pageLinks(10_000, 10_000)).to.deep.equal([1, 'gap', 9996, 9997, 9998, 9999, 10_000]);
  });
});

describe('page-size-storage', () => {
  const key = `page-size-storage-test:${Date.now()}`;
  afterEach(() => localStorage.removeItem(key));

  it('remembers an offered size and ignores anything else', () => {
    expect(readPageSize(key)).to.equal(undefined);
    writePageSize(key, 50);
    expect(localStorage.getItem(key)).to.equal('50');
    expect(readPageSize(key)).to.equal(50);
    localStorage.setItem(key, '7');
    expect(readPageSize(key)).to.equal(undefined);
    localStorage.setItem(key, 'lots');
    expect(readPageSize(key)).to.equal(undefined);
  });

  it('an empty key remembers nothing', () => {
    writePageSize('', 25);
    expect(readPageSize('')).to.equal(undefined);
  });

  it('storage that throws is ignored', () => {
    const { getItem, setItem } = Storage.prototype;
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(() => writePageSize(key, 25)).not.to.throw();
      expect(readPageSize(key)).to.equal(undefined);
    } finally {
      Storage.prototype.getItem = getItem;
      Storage.prototype.setItem = setItem;
    }
  });
});

describe('row-actions', () => {
  const backend = new MemoryBackend({ userCount: 5 });
  const user = (id: number) => backend.getUser(SEED.adminId, id);
  const stateFor = (id: number, adminCount = 2): SessionState => ({
    session: backend.getSession(id),
    facts: { adminCount },
  });

  it('offers nothing before the session is known', () => {
    expect(rowActions(undefined, user(SEED.userId))).to.deep.equal([]);
  });

  it('an Administrator: Edit and Delete on others, Resend invite only for the not activated, only Edit on their own row', () => {
    const admin = stateFor(SEED.adminId);
    expect(rowActions(admin, user(SEED.userId))).to.deep.equal(['edit', 'delete']);
    expect(rowActions(admin, user(SEED.notActivatedId))).to.deep.equal(['edit', 'resendInvite', 'delete']);
    expect(rowActions(admin, user(SEED.secondAdminId))).to.deep.equal(['edit', 'delete']);
    expect(rowActions(admin, user(SEED.adminId))).to.deep.equal(['edit']);
  });

  it('the last Administrator cannot be deleted', () => {
    const lone = stateFor(SEED.adminId, 1);
    expect(rowActions(lone, user(SEED.secondAdminId))).to.deep.equal(['edit']);
  });

  it('a non-admin: Edit on their own row, nothing on any other', () => {
    const viewer = stateFor(SEED.userId);
    expect(rowActions(viewer, user(SEED.userId))).to.deep.equal(['edit']);
    expect(rowActions(viewer, user(SEED.notActivatedId))).to.deep.equal([]);
    expect(rowActions(viewer, user(SEED.adminId))).to.deep.equal([]);
  });
});
