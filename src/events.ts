import type { ApiToken, InviteOutcome, User, UsersError } from './core/index.js';

/**
 * Every DOM event the widget dispatches, with its `detail`. All bubble and are composed, so a host
 * can listen on any ancestor, outside every shadow root. The `*-request` events are cancelable:
 * `preventDefault()` vetoes the action (or lets the host take it over).
 */
export interface UsersEventDetails {
  'user-invited': { readonly user: User; readonly outcome: InviteOutcome };
  'user-updated': { readonly user: User; readonly changed: readonly ('name' | 'lang' | 'role')[] };
  'user-removed': { readonly user: User };
  'invite-resent': { readonly user: User };
  'token-deleted': { readonly token: ApiToken };
  /** Cancelable: dispatched before a removal is sent. */
  'user-remove-request': { readonly user: User };
  /** Cancelable: dispatched before a token deletion is sent. */
  'token-delete-request': { readonly token: ApiToken };
  /** For logging: the UI already shows the error. `action` names what failed, e.g. 'inviteUser'. */
  'users-error': { readonly error: UsersError; readonly action: string };
}

export type UsersEventName = keyof UsersEventDetails;

export type UsersEvent<K extends UsersEventName> = CustomEvent<UsersEventDetails[K]>;

declare global {
  interface HTMLElementEventMap {
    'user-invited': UsersEvent<'user-invited'>;
    'user-updated': UsersEvent<'user-updated'>;
    'user-removed': UsersEvent<'user-removed'>;
    'invite-resent': UsersEvent<'invite-resent'>;
    'token-deleted': UsersEvent<'token-deleted'>;
    'user-remove-request': UsersEvent<'user-remove-request'>;
    'token-delete-request': UsersEvent<'token-delete-request'>;
    'users-error': UsersEvent<'users-error'>;
  }
}
