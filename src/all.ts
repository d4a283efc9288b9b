/**
 * users-widget/all: everything the package entry exports, with every element defined at once
 * rather than on demand (for server-side rendering, or a host that prefers one bundle).
 */
export * from './index.js';
export { InviteDialog } from './components/invite-dialog/invite-dialog.js';
export { EditUser } from './components/edit-user/edit-user.js';
export { DeleteConfirm } from './components/delete-confirm/delete-confirm.js';
export { ApiTokenList } from './components/api-token-list/api-token-list.js';
