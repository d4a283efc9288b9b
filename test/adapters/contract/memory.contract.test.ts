import { MemoryAdapter, MemoryBackend } from '../../../src/adapters/memory/index.js';
import { describeAdapterContract } from './adapter-contract.js';

describeAdapterContract('MemoryAdapter', async () => {
  const backend = new MemoryBackend();
  const adapter = new MemoryAdapter({ backend });
  return {
    adapter,
    as: (userId) => new MemoryAdapter({ backend, signedInAs: userId }),
    addToken: async (fields) => {
      backend.addApiToken(fields);
    },
    setLatency: async (ms) => {
      adapter.latencyMs = ms;
    },
  };
});
