import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SEED } from '../../../src/adapters/memory/index.js';
import type { ApiTokenList } from '../../../src/components/api-token-list/api-token-list.js';
import { $, $$, choose, mountList, rowNames, seededAdapter, settled, visibleText } from './helpers.js';

const statusSelect = (el: ApiTokenList) => $(el, '[part~="status-filter"]') as HTMLSelectElement;
const issuerSelect = (el: ApiTokenList) => $(el, '[part~="issuer-filter"]') as HTMLSelectElement;
const optionTexts = (select: HTMLSelectElement) => [...select.options].map((option) => visibleText(option));

describe('<api-token-list>: filters', () => {
  it('filters by status: Active by default, then Expired, Deleted, All', async () => {
    const adapter = seededAdapter();
    const el = await mountList(html`<api-token-list .adapter=${adapter}></api-token-list>`);
    expect(optionTexts(statusSelect(el))).to.deep.equal(['Active', 'Expired', 'Deleted', 'All']);
    expect(statusSelect(el).value).to.equal('active');

    choose(statusSelect(el), 'expired');
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['Old script', 'Log export']);
    expect(el.status).to.equal('expired');

    choose(statusSelect(el), 'deleted');
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['Monitoring']);

    choose(statusSelect(el), 'all');
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['CI deploy', 'Terraform', 'Old script', 'Monitoring', 'Log export']);
    // Filtering needs no round trip: the account's tokens were loaded once.
    expect(adapter.callsOf('listApiTokens')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('changes status with the keyboard', async () => {
    const el = await mountList(html`<api-token-list .adapter=${seededAdapter()}></api-token-list>`);
    statusSelect(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(statusSelect(el).value).to.equal('expired');
    expect(rowNames(el)).to.deep.equal(['Old script', 'Log export']);
  });

  it('offers the issuers present, removed ones marked, and filters by one', async () => {
    const el = await mountList(html`<api-token-list .adapter=${seededAdapter()} status="all"></api-token-list>`);
    expect(optionTexts(issuerSelect(el))).to.deep.equal([
      'Everyone',
      'Ada Lovelace (ada.lovelace@example.com)',
      'Fiona Former (former.colleague@example.com) (deleted user)',
      'Linus Engineer (linus.engineer@example.com)',
    ]);

    choose(issuerSelect(el), String(SEED.adminId));
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['Terraform', 'Old script']);
    expect(el.issuedBy).to.equal(SEED.adminId);

    choose(issuerSelect(el), String(SEED.removedId));
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['Monitoring', 'Log export']);

    choose(issuerSelect(el), '');
    await el.updateComplete;
    expect(el.issuedBy).to.equal(undefined);
    expect(rowNames(el)).to.have.length(5);
  });

  it('takes presets from the status and issued-by attributes', async () => {
    const el = await mountList(
      html`<api-token-list .adapter=${seededAdapter()} status="expired" issued-by="1"></api-token-list>`,
    );
    expect(el.issuedBy).to.equal(1);
    expect(statusSelect(el).value).to.equal('expired');
    expect(issuerSelect(el).value).to.equal('1');
    expect(rowNames(el)).to.deep.equal(['Old script']);
  });

  it('follows the properties when a host sets them after the list loaded', async () => {
    const el = await mountList(html`<api-token-list .adapter=${seededAdapter()}></api-token-list>`);
    el.status = 'all';
    el.issuedBy = SEED.removedId;
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['Monitoring', 'Log export']);
    expect(statusSelect(el).value).to.equal('all');
    expect(issuerSelect(el).value).to.equal(String(SEED.removedId));
  });

  it('keeps a preset issuer selectable even when they hold no token', async () => {
    const el = await mountList(
      html`<api-token-list .adapter=${seededAdapter()} issued-by=${SEED.userId}></api-token-list>`,
    );
    expect(issuerSelect(el).value).to.equal(String(SEED.userId));
    expect(visibleText(issuerSelect(el).selectedOptions[0]!)).to.equal(`User ${SEED.userId}`);
    expect(visibleText($(el, '[part~="empty"]')!)).to.equal(`User ${SEED.userId} has no active API tokens.`);
  });

  it('warns about an unknown status and shows active tokens', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await mountList(html`<api-token-list .adapter=${seededAdapter()} status="bogus"></api-token-list>`);
      expect(rowNames(el)).to.deep.equal(['CI deploy', 'Terraform']);
      expect(String(warnings[0]?.[0])).to.contain('unknown status "bogus"');
    } finally {
      console.warn = original;
    }
  });
});

describe('<api-token-list>: empty per filter', () => {
  it('says which tokens are missing', async () => {
    const adapter = seededAdapter();
    adapter.signedInAs = SEED.userId; // a non-admin without tokens
    const el = await mountList(html`<api-token-list .adapter=${adapter}></api-token-list>`);
    expect(visibleText($(el, '[part~="empty"]')!)).to.equal('No active API tokens.');
    expect($(el, 'table')).to.equal(null);
    await expect(el).to.be.accessible();

    el.status = 'all';
    await el.updateComplete;
    expect(visibleText($(el, '[part~="empty"]')!)).to.equal('No API tokens yet.');
  });

  it('names the issuer when one is chosen', async () => {
    const el = await mountList(
      html`<api-token-list .adapter=${seededAdapter()} status="deleted" issued-by="1"></api-token-list>`,
    );
    expect(visibleText($(el, '[part~="empty"]')!)).to.equal(
      'Ada Lovelace (ada.lovelace@example.com) has no deleted API tokens.',
    );
    await expect(el).to.be.accessible();
  });
});

describe('<api-token-list>: pagination', () => {
  async function manyTokens(): Promise<ApiTokenList> {
    const adapter = seededAdapter();
    for (let i = 1; i <= 30; i += 1) {
      adapter.backend.addApiToken({ issuerId: SEED.adminId, name: `Bulk ${String(i).padStart(2, '0')}` });
    }
    return mountList(html`<api-token-list .adapter=${adapter}></api-token-list>`);
  }
  const summary = (el: ApiTokenList) => visibleText($(el, '[part~="pager-summary"]')!);
  const previous = (el: ApiTokenList) => $(el, '[part~="previous-button"]')!;
  const next = (el: ApiTokenList) => $(el, '[part~="next-button"]')!;
  const currentPage = (el: ApiTokenList) => visibleText($(el, '[part~="current-page"]')!);

  it('shows 10 rows a page with "Showing x–y of z", and pages forward and back', async () => {
    const el = await manyTokens();
    expect(rowNames(el)).to.have.length(10);
    expect(summary(el)).to.equal('Showing 1–10 of 32 tokens');
    expect(currentPage(el)).to.equal('1');
    expect($$(el, '[part~="page-button"]').map((button) => button.getAttribute('aria-label'))).to.deep.equal([
      'Previous page',
      'Page 1',
      'Page 2',
      'Page 3',
      'Page 4',
      'Next page',
    ]);
    expect(previous(el).getAttribute('aria-disabled')).to.equal('true');

    next(el).click();
    await el.updateComplete;
    expect(summary(el)).to.equal('Showing 11–20 of 32 tokens');
    expect(currentPage(el)).to.equal('2');
    expect(rowNames(el)[0]).to.equal('Bulk 09');

    next(el).click();
    await el.updateComplete;
    next(el).click();
    await el.updateComplete;
    expect(summary(el)).to.equal('Showing 31–32 of 32 tokens');
    expect(next(el).getAttribute('aria-disabled')).to.equal('true');
    next(el).click(); // at the end: nothing happens
    await el.updateComplete;
    expect(summary(el)).to.equal('Showing 31–32 of 32 tokens');

    previous(el).click();
    await el.updateComplete;
    expect(summary(el)).to.equal('Showing 21–30 of 32 tokens');
    await expect(el).to.be.accessible();
  });

  it('offers 10, 25, 50 and 100 entries per page, as the users list does', async () => {
    const el = await manyTokens();
    const size = $(el, '[part~="page-size"] select') as HTMLSelectElement;
    expect([...size.options].map((o) => o.value)).to.deep.equal(['10', '25', '50', '100']);
    next(el).click();
    await el.updateComplete;
    choose(size, '25');
    await el.updateComplete;
    expect(summary(el)).to.equal('Showing 1–25 of 32 tokens');
    choose(size, '50');
    await el.updateComplete;
    expect(rowNames(el)).to.have.length(32);
    expect(summary(el)).to.equal('Showing 1–32 of 32 tokens');
  });

  it('goes back to the first page when a filter changes', async () => {
    const el = await manyTokens();
    next(el).click();
    await el.updateComplete;
    choose($(el, '[part~="status-filter"]') as HTMLSelectElement, 'all');
    await el.updateComplete;
    expect(summary(el)).to.equal('Showing 1–10 of 35 tokens');
  });

  it('says "of 1 token" in the singular', async () => {
    const el = await mountList(html`<api-token-list .adapter=${seededAdapter()} status="deleted"></api-token-list>`);
    expect(summary(el)).to.equal('Showing 1–1 of 1 token');
  });

  it('is announced politely when it changes', async () => {
    const el = await manyTokens();
    expect($(el, '[part~="pager-summary"]')!.getAttribute('aria-live')).to.equal('polite');
    await settled(el);
  });
});
