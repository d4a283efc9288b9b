import { expect } from '@open-wc/testing';
import { pageSlice } from '../../../src/components/internal/paging.js';
import { expiresSoon } from '../../../src/components/api-token-list/token-expiry.js';
import { filterTokens, issuersOf } from '../../../src/components/api-token-list/token-filter.js';
import type { ApiToken } from '../../../src/core/index.js';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-27T12:00:00Z');

function token(fields: Partial<ApiToken> & { id: number }): ApiToken {
  return {
    name: `T${fields.id}`,
    description: null,
    role: 2,
    expDate: null,
    created: '2026-01-01T00:00:00Z',
    lastUsage: null,
    deleted: false,
    expired: false,
    issuer: { userId: 1, name: 'Ada', email: 'ada@example.com', deleted: false },
    ...fields,
  };
}

describe('api-token-list logic', () => {
  it('warns from exactly 7 days before expiry, only for active tokens', () => {
    const at = (ms: number) => new Date(NOW + ms).toISOString();
    expect(expiresSoon(token({ id: 1, expDate: at(7 * DAY) }), NOW)).to.equal(true);
    expect(expiresSoon(token({ id: 1, expDate: at(7 * DAY + 1000) }), NOW)).to.equal(false);
    expect(expiresSoon(token({ id: 1, expDate: at(DAY) }), NOW)).to.equal(true);
    expect(expiresSoon(token({ id: 1, expDate: null }), NOW)).to.equal(false);
    expect(expiresSoon(token({ id: 1, expDate: at(DAY), deleted: true }), NOW)).to.equal(false);
    expect(expiresSoon(token({ id: 1, expDate: at(-DAY), expired: true }), NOW)).to.equal(false);
    expect(expiresSoon(token({ id: 1, expDate: 'not a date' }), NOW)).to.equal(false);
  });

  it('slices pages and clamps a page that no longer exists', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    expect(pageSlice(items, 1, 10)).to.deep.include({ page: 1, pages: 3, from: 1, to: 10, total: 23 });
    expect(pageSlice(items, 3, 10)).to.deep.include({ from: 21, to: 23 });
    expect(pageSlice(items, 3, 10).items).to.deep.equal([20, 21, 22]);
    expect(pageSlice(items.slice(0, 12), 3, 10)).to.deep.include({ page: 2, from: 11, to: 12 });
    expect(pageSlice([], 4, 10)).to.deep.include({ page: 1, pages: 1, from: 0, to: 0, total: 0 });
  });

  it('filters by status and issuer together', () => {
    const bob = { userId: 2, name: null, email: 'bob@example.com', deleted: true };
    const tokens = [
      token({ id: 1 }),
      token({ id: 2, expired: true }),
      token({ id: 3, deleted: true, expired: true }),
      token({ id: 4, issuer: bob }),
    ];
    const ids = (list: ApiToken[]) => list.map((t) => t.id);
    expect(ids(filterTokens(tokens, { status: 'active' }))).to.deep.equal([1, 4]);
    expect(ids(filterTokens(tokens, { status: 'expired' }))).to.deep.equal([2]);
    expect(ids(filterTokens(tokens, { status: 'deleted' })), 'deleted wins over expired').to.deep.equal([3]);
    expect(ids(filterTokens(tokens, { status: 'all', issuedBy: 2 }))).to.deep.equal([4]);
    expect(ids(filterTokens(tokens, { status: 'active', issuedBy: 1 }))).to.deep.equal([1]);
    expect(issuersOf(tokens, 'en').map((issuer) => issuer.userId)).to.deep.equal([1, 2]);
  });
});
