import { GcoreIamAdapter } from '../../../src/adapters/gcore/index.js';
import { createReferenceInstance, referenceAuth } from '../../../demo/server/reference-client.js';
import type { InstanceOptions } from '../../../demo/server/instances.js';
import { describedFetch } from '../../support/iam-description.js';
import { describeAdapterContract, type HarnessFactory } from './adapter-contract.js';

/**
 * The Gcore adapter over HTTP against the reference server, every request checked against the IAM
 * description; once as the description says the list is answered (whole, without `limit`), once
 * against a server that pages every answer, as Django REST Framework's `max_limit` would.
 */
function overHttp(options: InstanceOptions): HarnessFactory {
  return async () => {
    const server = await createReferenceInstance(options);
    const adapterAs = (userId: number) =>
      new GcoreIamAdapter({
        baseUrl: server.baseUrl,
        clientId: server.clientId,
        auth: () => referenceAuth(userId),
        fetch: describedFetch(server.baseUrl),
      });
    return {
      adapter: adapterAs(1),
      as: adapterAs,
      addUser: async (fields) => (await server.seed({ users: [fields] })).users[0]!.id,
      addToken: async (fields) => {
        await server.seed({ apiTokens: [fields] });
      },
      setLatency: (ms) => server.latency(ms),
      refuseNextUserUpdate: () => server.failNext({ status: 403, method: 'PATCH', pathIncludes: '/iam/users/' }),
      stopResending: () => server.options({ resellerEndpoints: false }),
    };
  };
}

describeAdapterContract('GcoreIamAdapter over HTTP against the reference IAM server', overHttp({}));

describeAdapterContract(
  'GcoreIamAdapter over HTTP against a reference IAM server that pages by 7',
  overHttp({ maxPageSize: 7 }),
);
