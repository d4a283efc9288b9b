/**
 * users-widget: the Users section of an account as web components.
 *
 * Importing this module defines `<user-list>` and `<users-provider>` at once, and the elements the
 * first paint does not need (`<invite-dialog>`, `<edit-user>`, `<delete-confirm>`,
 * `<api-token-list>`) as soon as one appears in the page, or when the page is idle: their code is
 * split out (lazy-elements.ts). `users-widget/all` defines all of them eagerly (server-side
 * rendering, or a host that prefers one bundle); each also has an entry of its own
 * (`users-widget/invite-dialog`…), which exports its class.
 *
 * Safe to import in Node: nothing touches the DOM.
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
export type { InviteDialog, InviteDialogOutcome } from './components/invite-dialog/invite-dialog.js';
export type { EditUser, EditUserOutcome } from './components/edit-user/edit-user.js';
export type { DeleteConfirm, DeleteConfirmOutcome } from './components/delete-confirm/delete-confirm.js';
export type { ApiTokenList } from './components/api-token-list/api-token-list.js';
export { loadElement, type LazyTag } from './components/lazy-elements.js';
export type { DialogOutcome } from './components/internal/dialog-outcome.js';

import { watchForLazyElements } from './components/lazy-elements.js';

watchForLazyElements();
