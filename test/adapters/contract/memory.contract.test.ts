import { MemoryAdapter, MemoryBackend } from '../../../src/adapters/memory/index.js';
import { describeAdapterContract } from './adapter-contract.js';

describeAdapterContract('MemoryAdapter', async () => {
  const backend = new MemoryBackend();
  const adapter = new MemoryAdapter({ backend });
  return {
    adapter,
    as: (userId) => new MemoryAdapter({ backend, signedInAs: userId }),
    addUser: async (fields) => backend.addUser(fields).id,
    addToken: async (fields) => {
      backend.addApiToken(fields);
    },
    setLatency: async (ms) => {
      adapter.latencyMs = ms;
    },
    // A MemoryBackend answers every call; these refusals are played by its fault injection.
    refuseNextUserUpdate: async () => adapter.failNext('token_role_conflict', { method: 'updateUser' }),
    stopResending: async () => adapter.failAlways('resendInvite', 'unsupported'),
  };
});
