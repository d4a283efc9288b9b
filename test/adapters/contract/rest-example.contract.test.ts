import { MemoryBackend } from '../../../src/adapters/memory/index.js';
import { createRestAdapter } from '../../../demo/examples/rest-adapter.js';
import { describeAdapterContract } from './adapter-contract.js';
import { fakeRestFetch } from './fake-rest-backend.js';

// The README promises that a host can write an adapter for its own backend in about fifty lines:
// the example passes the very contract the shipped adapters pass.
describe('the README’s example REST adapter', () => {
  const realFetch = window.fetch;
  let latencyMs = 0;
  let backend: MemoryBackend;
  beforeEach(() => {
    backend = new MemoryBackend();
    latencyMs = 0;
    window.fetch = fakeRestFetch(backend, { latencyMs: () => latencyMs });
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  describeAdapterContract('example REST adapter', async () => ({
    adapter: createRestAdapter('/rest', () => 'Bearer user-1'),
    as: (userId) => createRestAdapter('/rest', () => `Bearer user-${userId}`),
    addUser: async (fields) => backend.addUser(fields).id,
    addToken: async (fields) => {
      backend.addApiToken(fields);
    },
    setLatency: async (ms) => {
      latencyMs = ms;
    },
  }));
});
