import { ADMIN_ROLE_ID, type AccountFacts, type Session } from '../core/index.js';
import type { UsersAdapter } from '../adapters/users-adapter.js';

/** Everything the permission rules need: who is signed in, and how many Administrators exist. */
export interface SessionState {
  readonly session: Session;
  readonly facts: AccountFacts;
}

/** One round trip each: the session, and a zero-length page of Administrators for its total. */
export async function loadSessionState(adapter: UsersAdapter, signal?: AbortSignal): Promise<SessionState> {
  const [session, admins] = await Promise.all([
    adapter.getSession(signal),
    adapter.listUsers({ offset: 0, limit: 0, filters: { roles: [ADMIN_ROLE_ID] } }, signal),
  ]);
  return { session, facts: { adminCount: admins.total } };
}
