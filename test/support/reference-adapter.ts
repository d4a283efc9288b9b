import { referenceAuth, type ReferenceInstanceHandle } from '../../demo/server/reference-client.js';
import { GcoreIamAdapter } from '../../src/adapters/gcore/index.js';

/** The real Gcore adapter on an account of the reference IAM server, signed in as `userId` (default: the admin). */
export function gcoreAdapterFor(server: ReferenceInstanceHandle, userId = 1): GcoreIamAdapter {
  return new GcoreIamAdapter({ baseUrl: server.baseUrl, clientId: server.clientId, auth: () => referenceAuth(userId) });
}
