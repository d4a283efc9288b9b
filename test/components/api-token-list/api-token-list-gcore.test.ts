import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { GcoreIamAdapter } from '../../../src/adapters/gcore/index.js';
import { SEED } from '../../../src/adapters/memory/index.js';
import type { ApiTokenList } from '../../../src/components/api-token-list/api-token-list.js';
import {
  createReferenceInstance,
  referenceAuth,
  type ReferenceInstanceHandle,
} from '../../../demo/server/reference-client.js';
import { $, allText, cell, dialog, mountList, row, rowNames, visibleText } from './helpers.js';

/** The same element over HTTP: GcoreIamAdapter → the reference IAM server (real status codes and bodies). */
describe('<api-token-list> with GcoreIamAdapter and the reference IAM server', () => {
  let server: ReferenceInstanceHandle;
  const adapterAs = (userId: number) =>
    new GcoreIamAdapter({ baseUrl: server.baseUrl, clientId: server.clientId, auth: () => referenceAuth(userId) });

  beforeEach(async () => {
    server = await createReferenceInstance({ userCount: 5 });
  });
  afterEach(() => server.dispose());

  async function tokensOnServer(): Promise<Array<{ name: string; deleted: boolean }>> {
    const response = await server.request(`/iam/v2/clients/${server.clientId}/tokens`);
    return (await response.json()) as Array<{ name: string; deleted: boolean }>;
  }

  it('lists the tokens, removed issuers struck through, and deletes one', async () => {
    const el: ApiTokenList = await mountList(
      html`<api-token-list .adapter=${adapterAs(SEED.adminId)} status="all"></api-token-list>`,
    );
    expect(rowNames(el)).to.deep.equal(['CI deploy', 'Terraform', 'Old script', 'Monitoring', 'Log export']);
    const fiona = cell(row(el, 'Monitoring'), 'issuer');
    expect([...fiona.querySelectorAll('s')].map((s) => s.textContent)).to.deep.equal([
      'Fiona Former',
      'former.colleague@example.com',
    ]);
    expect(allText(fiona)).to.contain('The user has been deleted');
    expect(visibleText(cell(row(el, 'Terraform'), 'expires'))).to.equal('Never');
    await expect(el).to.be.accessible();

    cell(row(el, 'Terraform'), 'actions').querySelector('button')!.click();
    await waitUntil(() => dialog(el).open, 'confirmation did not open');
    const deleted = oneEvent(el, 'token-deleted');
    ($(el, '[part~="confirm-button"]') as HTMLButtonElement).click();
    await deleted;
    await waitUntil(
      () => visibleText(cell(row(el, 'Terraform'), 'status')) === 'Deleted',
      'the list did not show Terraform deleted',
    );
    const onServer = await tokensOnServer();
    expect(onServer.find((token) => token.name === 'Terraform')!.deleted).to.equal(true);
  });

  it('shows the server’s refusal in the confirmation and lets the user retry', async () => {
    const el = await mountList(html`<api-token-list .adapter=${adapterAs(SEED.adminId)}></api-token-list>`);
    await server.failNext({ status: 503, method: 'DELETE', pathIncludes: '/tokens/' });
    cell(row(el, 'CI deploy'), 'actions').querySelector('button')!.click();
    await waitUntil(() => dialog(el).open, 'confirmation did not open');
    const failed = oneEvent(el, 'users-error');
    ($(el, '[part~="confirm-button"]') as HTMLButtonElement).click();
    expect((await failed).detail.error.code).to.equal('server_error');
    await el.updateComplete;
    expect(visibleText($(el, '[part~="delete-error"]')!)).to.contain('The server ran into a problem.');
    expect(dialog(el).open).to.equal(true);

    const deleted = oneEvent(el, 'token-deleted');
    ($(el, '[part~="confirm-button"]') as HTMLButtonElement).click();
    await deleted;
    await waitUntil(() => !rowNames(el).includes('CI deploy'), 'CI deploy still listed as active');
  });

  it('shows a non-admin only their own tokens, and deletes one of them on the server', async () => {
    const el = await mountList(
      html`<api-token-list .adapter=${adapterAs(SEED.engineerId)} status="all"></api-token-list>`,
    );
    expect(rowNames(el)).to.deep.equal(['CI deploy']);
    expect(el.shadowRoot!.querySelectorAll('[part~="issuer-filter"]').length, 'no issuer filter').to.equal(0);
    cell(row(el, 'CI deploy'), 'actions').querySelector('button')!.click();
    await waitUntil(() => dialog(el).open, 'confirmation did not open');
    const deleted = oneEvent(el, 'token-deleted');
    ($(el, '[part~="confirm-button"]') as HTMLButtonElement).click();
    await deleted;
    const onServer = await tokensOnServer();
    expect(onServer.find((token) => token.name === 'CI deploy')!.deleted).to.equal(true);
  });
});
