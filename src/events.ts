import type { UsersAction } from './adapters/users-adapter.js';
import type { ListViewState } from './components/user-list/view-store.js';
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
  /** For logging: the UI already shows the error. `action` names the adapter method that failed, e.g. 'inviteUser'. */
  'users-error': { readonly error: UsersError; readonly action: UsersAction };
  /** `<user-list>`: the user changed what the list shows; a host may keep `view` and set it back later. */
  'view-change': { readonly view: ListViewState };
}

export type UsersEventName = keyof UsersEventDetails;

/**
 * Every event name, for a host that listens to them all (an activity log, analytics). Checked
 * against `UsersEventDetails` both ways: a name missing here, or one too many, fails to compile.
 */
export const USERS_EVENT_NAMES = [
  'user-invited',
  'user-updated',
  'user-removed',
  'invite-resent',
  'token-deleted',
  'user-remove-request',
  'token-delete-request',
  'users-error',
  'view-change',
] as const satisfies readonly UsersEventName[];

// Compiles only while the list names every event.
const everyEventListed: Exclude<UsersEventName, (typeof USERS_EVENT_NAMES)[number]> extends never ? true : never = true;
void everyEventListed;

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
    'view-change': UsersEvent<'view-change'>;
  }
}
