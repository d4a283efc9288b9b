import { GcoreIamAdapter } from '../../../src/adapters/gcore/index.js';
import { createReferenceInstance, referenceAuth } from '../../../demo/server/reference-client.js';
import { describeAdapterContract } from './adapter-contract.js';

describeAdapterContract('GcoreIamAdapter over HTTP against the reference IAM server', async () => {
  const server = await createReferenceInstance();
  const adapterAs = (userId: number) =>
    new GcoreIamAdapter({ baseUrl: server.baseUrl, clientId: server.clientId, auth: () => referenceAuth(userId) });
  return {
    adapter: adapterAs(1),
    as: adapterAs,
    addToken: async (fields) => {
      await server.seed({ apiTokens: [fields] });
    },
    setLatency: (ms) => server.latency(ms),
  };
});
