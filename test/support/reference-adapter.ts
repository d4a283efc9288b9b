import { referenceAuth, type ReferenceInstanceHandle } from '../../demo/server/reference-client.js';
import { GcoreIamAdapter, type GcoreIamAdapterConfig } from '../../src/adapters/gcore/index.js';
import { describedFetch } from './iam-description.js';

/**
 * The real Gcore adapter on an account of the reference IAM server, signed in as `userId` (default:
 * the admin); every request it sends is checked against the IAM description (./iam-description.ts).
 */
export function gcoreAdapterFor(
  server: ReferenceInstanceHandle,
  userId = 1,
  config: Partial<GcoreIamAdapterConfig> = {},
): GcoreIamAdapter {
  return new GcoreIamAdapter({
    baseUrl: server.baseUrl,
    clientId: server.clientId,
    auth: () => referenceAuth(userId),
    fetch: describedFetch(server.baseUrl),
    ...config,
  });
}
