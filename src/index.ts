/**
 * users-widget: the Users section of an account as web components.
 * Importing this module defines every element; it is safe to import in Node (nothing touches the DOM).
 * The in-memory backend for tests and demos is the separate entry `users-widget/testing` (src/testing.ts).
 */
export * from './core/index.js';
export type { UsersAdapter, UsersAction } from './adapters/users-adapter.js';
export { GcoreIamAdapter, type GcoreIamAdapterConfig } from './adapters/gcore/index.js';
export { adapterContext, sessionContext } from './state/index.js';
export type { UsersEvent, UsersEventDetails, UsersEventName } from './events.js';
export { USERS_EVENT_NAMES } from './events.js';
export type { CatalogOverrides } from './i18n/index.js';
export { UsersProvider } from './components/users-provider/users-provider.js';
export { UserList } from './components/user-list/user-list.js';
export type { ListViewState, RememberMode } from './components/user-list/view-store.js';
export type { ListFilters, ListSort } from './components/user-list/list-query.js';
export { InviteDialog } from './components/invite-dialog/invite-dialog.js';
export { EditUser } from './components/edit-user/edit-user.js';
export { DeleteConfirm } from './components/delete-confirm/delete-confirm.js';
export { ApiTokenList } from './components/api-token-list/api-token-list.js';
export type { InviteDialogOutcome } from './components/invite-dialog/invite-dialog.js';
export type { EditUserOutcome } from './components/edit-user/edit-user.js';
export type { DeleteConfirmOutcome } from './components/delete-confirm/delete-confirm.js';
export type { DialogOutcome } from './components/internal/dialog-outcome.js';
