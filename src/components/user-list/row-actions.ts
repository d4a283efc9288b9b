import { mayEdit, mayRemove, mayResendInvite, type User } from '../../core/index.js';
import type { SessionState } from '../../state/index.js';

export type RowAction = 'edit' | 'resendInvite' | 'delete';

/**
 * The row menu's actions for `user`, in the portal's order, keeping only those the session may
 * take (core/permissions.ts). An empty list means the row gets no menu button at all. Before the
 * session is known nothing is offered, so a non-admin never glimpses admin actions.
 */
export function rowActions(state: SessionState | undefined, user: User): RowAction[] {
  if (!state) return [];
  const { session, facts } = state;
  const actions: RowAction[] = [];
  if (mayEdit(session, user).allowed) actions.push('edit');
  if (mayResendInvite(session, user).allowed) actions.push('resendInvite');
  if (mayRemove(session, user, facts).allowed) actions.push('delete');
  return actions;
}
