import type { UsersEvent, UsersEventName } from '../events.js';
import type { ApiTokenList } from '../components/api-token-list/api-token-list.js';
import type { DeleteConfirm } from '../components/delete-confirm/delete-confirm.js';
import type { EditUser } from '../components/edit-user/edit-user.js';
import type { InviteDialog } from '../components/invite-dialog/invite-dialog.js';
import type { UserList } from '../components/user-list/user-list.js';
import type { UsersProvider } from '../components/users-provider/users-provider.js';

/**
 * What a framework may set on and hear from each public element, in one place for the React and
 * Vue declarations (`users-widget/react`, `users-widget/vue`). Properties are picked from the
 * element classes, so renaming one there breaks these types instead of leaving them stale.
 */

/** The properties every widget element has (from their base class, `UsersElement`). */
type CommonProperty = 'adapter' | 'i18nOverrides' | 'theme';

/** The element class behind each tag. */
export interface UsersWidgetElementMap {
  'user-list': UserList;
  'invite-dialog': InviteDialog;
  'edit-user': EditUser;
  'delete-confirm': DeleteConfirm;
  'api-token-list': ApiTokenList;
  'users-provider': UsersProvider;
}

export type UsersWidgetTag = keyof UsersWidgetElementMap;

/** The properties a host sets, per tag (all optional: an element without an adapter says so). */
export interface UsersWidgetProperties {
  'user-list': Partial<Pick<UserList, CommonProperty | 'pageSize' | 'storageKey' | 'remember' | 'urlParam' | 'view'>>;
  'invite-dialog': Partial<Pick<InviteDialog, CommonProperty>>;
  'edit-user': Partial<Pick<EditUser, CommonProperty>>;
  'delete-confirm': Partial<Pick<DeleteConfirm, CommonProperty>>;
  'api-token-list': Partial<Pick<ApiTokenList, CommonProperty | 'status' | 'issuedBy' | 'embedded'>>;
  'users-provider': Partial<Pick<UsersProvider, 'adapter'>>;
}

/**
 * The events a host can hear on each tag. Every event bubbles and is composed, so a container
 * hears those of the elements it renders: `<user-list>` its dialogs', `<delete-confirm>` its
 * embedded token list's, `<users-provider>` everything inside it.
 */
export interface UsersWidgetEvents {
  'user-list': UsersEventName;
  'invite-dialog': 'user-invited' | 'users-error';
  'edit-user': 'user-updated' | 'users-error';
  'delete-confirm': 'user-removed' | 'user-remove-request' | 'token-deleted' | 'token-delete-request' | 'users-error';
  'api-token-list': 'token-deleted' | 'token-delete-request' | 'users-error';
  'users-provider': UsersEventName;
}

/** A listener for the widget event `K`, receiving the DOM event (its `detail` typed from src/events.ts). */
export type UsersEventListener<K extends UsersEventName> = (event: UsersEvent<K>) => void;
