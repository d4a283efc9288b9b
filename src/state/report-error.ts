import type { UsersAction } from '../adapters/users-adapter.js';
import type { UsersError } from '../core/index.js';

export type { UsersAction };

/**
 * The one place `users-error` is dispatched (bubbling, composed), so every element reports a
 * failure the same way: the UI shows it, and this event lets a host log it.
 */
export function reportUsersError(target: EventTarget, error: UsersError, action: UsersAction): void {
  target.dispatchEvent(new CustomEvent('users-error', { detail: { error, action }, bubbles: true, composed: true }));
}
