import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { SEED } from '../../../src/adapters/memory/index.js';
import { $, $$, allText, cell, dialog, mountList, row, rowNames, seededAdapter, visibleText } from './helpers.js';

describe('<api-token-list embedded>', () => {
  it('is the same table without heading, filters or pager, asking only for that issuer', async () => {
    const adapter = seededAdapter();
    const el = await mountList(
      html`<api-token-list embedded status="active" .issuedBy=${SEED.engineerId} .adapter=${adapter}></api-token-list>`,
    );
    expect(el.hasAttribute('embedded')).to.equal(true);
    expect($(el, 'h2')).to.equal(null);
    expect($(el, '[part~="filters"]')).to.equal(null);
    expect($(el, '[part~="pager"]')).to.equal(null);
    expect(rowNames(el)).to.deep.equal(['CI deploy']);
    expect(allText($(el, 'caption')!), 'names the table for screen readers').to.equal('API tokens');
    expect(adapter.callsOf('listApiTokens').map((call) => call.args[0])).to.deep.equal([{ issuedBy: SEED.engineerId }]);
    await expect(el).to.be.accessible();
  });

  it('shows every matching token, however many', async () => {
    const adapter = seededAdapter();
    for (let i = 0; i < 14; i += 1) adapter.backend.addApiToken({ issuerId: SEED.engineerId, name: `Job ${i}` });
    const el = await mountList(
      html`<api-token-list embedded .issuedBy=${SEED.engineerId} .adapter=${adapter}></api-token-list>`,
    );
    expect(rowNames(el)).to.have.length(15);
  });

  it('keeps the delete action, and the list empties as tokens go', async () => {
    const adapter = seededAdapter();
    const el = await mountList(
      html`<api-token-list embedded status="active" .issuedBy=${SEED.engineerId} .adapter=${adapter}></api-token-list>`,
    );
    cell(row(el, 'CI deploy'), 'actions').querySelector('button')!.click();
    await waitUntil(() => dialog(el).open, 'confirmation did not open');
    const deleted = oneEvent(el, 'token-deleted');
    ($(el, '[part~="confirm-button"]') as HTMLButtonElement).click();
    await deleted;
    await waitUntil(() => $(el, '[part~="empty"]') !== null, 'the list did not empty');
    expect(visibleText($(el, '[part~="empty"]')!)).to.equal(
      'Linus Engineer (linus.engineer@example.com) has no active API tokens.',
    );
    expect($$(el, '[part~="row"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('asks again when the host points it at another user', async () => {
    const adapter = seededAdapter();
    const el = await mountList(
      html`<api-token-list embedded status="all" .issuedBy=${SEED.engineerId} .adapter=${adapter}></api-token-list>`,
    );
    el.issuedBy = SEED.removedId;
    await waitUntil(() => rowNames(el).join() === 'Monitoring,Log export', 'did not load the other issuer');
    expect(adapter.callsOf('listApiTokens').map((call) => call.args[0])).to.deep.equal([
      { issuedBy: SEED.engineerId },
      { issuedBy: SEED.removedId },
    ]);
  });
});
