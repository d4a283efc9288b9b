import type { UsersAdapter } from '../../../adapters/users-adapter.js';
import type { BulkAction } from './plan.js';
import type { Sender } from './run.js';

/** Ids a batch request carries at most. */
export const BATCH_SIZE = 100;

/**
 * How `action` is sent through `adapter`: its batch method when it has one (`setUsersRole`,
 * `removeUsers`, `resendInvites`), otherwise one single-user request per user.
 */
export function senderFor(adapter: UsersAdapter, action: BulkAction): Sender {
  const batch =
    action.kind === 'setRole'
      ? adapter.setUsersRole &&
        ((ids: readonly number[], signal: AbortSignal) => adapter.setUsersRole!(ids, action.role, signal))
      : action.kind === 'remove'
        ? adapter.removeUsers && ((ids: readonly number[], signal: AbortSignal) => adapter.removeUsers!(ids, signal))
        : adapter.resendInvites &&
          ((ids: readonly number[], signal: AbortSignal) => adapter.resendInvites!(ids, signal));
  if (batch) {
    return {
      kind: 'batch',
      size: BATCH_SIZE,
      send: async (users, signal) => {
        const results = await batch(
          users.map((user) => user.id),
          signal,
        );
        return new Map(results.map((result) => [result.id, result.ok ? null : result.error]));
      },
    };
  }
  return {
    kind: 'each',
    send: async (user, signal) => {
      if (action.kind === 'setRole') await adapter.setUserRole(user.id, action.role, signal);
      else if (action.kind === 'remove') await adapter.removeUser(user.id, signal);
      else await adapter.resendInvite(user.id, signal);
    },
  };
}
