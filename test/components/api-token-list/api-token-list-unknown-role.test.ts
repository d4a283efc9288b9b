import { expect, html, waitUntil } from '@open-wc/testing';
import { createReferenceInstance, type ReferenceInstanceHandle } from '../../../demo/server/reference-client.js';
import { SEED } from '../../../src/adapters/memory/index.js';
import type { UsersError } from '../../../src/core/index.js';
import { gcoreAdapterFor } from '../../support/reference-adapter.js';
import { cell, mountList, row, rowNames, seededAdapter, visibleText } from './helpers.js';

type Reported = { error: UsersError; action: string };

/** Issue 15: a token whose `client_user.role` is `{}` is listed with "Unknown role" and reported once. */
describe('<api-token-list> with a token of unknown role', () => {
  let server: ReferenceInstanceHandle | undefined;
  afterEach(async () => {
    await server?.dispose();
    server = undefined;
  });

  it('over HTTP: lists it among the others as "Unknown role", and reports it once', async () => {
    server = await createReferenceInstance({ userCount: 5 });
    await server.seed({ apiTokens: [{ issuerId: SEED.userId, role: null, name: 'Mystery' }] });
    const reported: Reported[] = [];
    const listener = (event: Event) => reported.push((event as CustomEvent<Reported>).detail);
    document.addEventListener('users-error', listener);
    try {
      const el = await mountList(
        html`<api-token-list .adapter=${gcoreAdapterFor(server, SEED.adminId, { cacheMaxAgeMs: 0 })}></api-token-list>`,
      );
      expect(rowNames(el)).to.include.members(['Mystery', 'CI deploy', 'Terraform']);
      expect(visibleText(cell(row(el, 'Mystery'), 'role'))).to.equal('Unknown role');
      expect(visibleText(cell(row(el, 'CI deploy'), 'role'))).to.equal('Engineers');
      await waitUntil(() => reported.length > 0, 'nothing reported');
      await el.refresh();
      expect(reported.map(({ error, action }) => [error.code, error.field, action])).to.deep.equal([
        ['bad_response', 'client_user.role', 'listApiTokens'],
      ]);
      await expect(el).to.be.accessible();
    } finally {
      document.removeEventListener('users-error', listener);
    }
  });

  it('through an adapter that names no problems, reports the token of unknown role by its role', async () => {
    const adapter = seededAdapter();
    adapter.backend.addApiToken({ issuerId: SEED.userId, role: null, name: 'Mystery' });
    // As a JSON backend would answer: the array alone.
    const plain = Object.assign(Object.create(Object.getPrototypeOf(adapter)) as typeof adapter, adapter, {
      listApiTokens: async () => [...(await adapter.listApiTokens())],
    });
    const reported: Reported[] = [];
    const listener = (event: Event) => reported.push((event as CustomEvent<Reported>).detail);
    document.addEventListener('users-error', listener);
    try {
      const el = await mountList(html`<api-token-list .adapter=${plain} lang="de"></api-token-list>`);
      await waitUntil(() => visibleText(cell(row(el, 'Mystery'), 'role')) === 'Unbekannte Rolle', 'not translated');
      await waitUntil(() => reported.length > 0, 'nothing reported');
      expect(reported[0]!.error.field).to.equal('role');
    } finally {
      document.removeEventListener('users-error', listener);
    }
  });
});
