import { createReferenceInstance, type ReferenceInstanceHandle } from '../../demo/server/reference-client.js';
import type { GcoreIamAdapter } from '../../src/adapters/gcore/index.js';
import type { User } from '../../src/core/index.js';
import { gcoreAdapterFor } from './reference-adapter.js';

/**
 * What the dialogs' *.gcore tests open on: a fresh reference IAM server, the Administrator's
 * GcoreIamAdapter on it, and member `userId` as that adapter lists them (what a host passes to
 * `show(user)`).
 */
export async function referenceMember(
  userId: number,
): Promise<{ server: ReferenceInstanceHandle; adapter: GcoreIamAdapter; user: User }> {
  const server = await createReferenceInstance();
  const adapter = gcoreAdapterFor(server);
  const { items } = await adapter.listUsers({ offset: 0, limit: 50 });
  const user = items.find((candidate) => candidate.id === userId)!;
  return { server, adapter, user };
}
