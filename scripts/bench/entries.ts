import { fileURLToPath } from 'node:url';

/**
 * The entries the benchmark and the size check bundle. `measureBundle` resolves imports from the
 * repository root, so ours are absolute paths.
 */

export const ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');

/** What a host writes to get `<user-list>` with all its dialogs: the package entry defines every element. */
export const HOST_ENTRY = `export { GcoreIamAdapter } from '${ROOT}/src/index.ts';`;

/** Each element on its own (with whatever it imports itself). */
export const ELEMENT_ENTRIES: ReadonlyArray<{ readonly label: string; readonly source: string }> = [
  ['`<user-list>` (imports its three dialogs)', 'UserList', 'user-list/user-list.ts'],
  ['`<invite-dialog>`', 'InviteDialog', 'invite-dialog/invite-dialog.ts'],
  ['`<edit-user>`', 'EditUser', 'edit-user/edit-user.ts'],
  ['`<delete-confirm>` (embeds `<api-token-list>`)', 'DeleteConfirm', 'delete-confirm/delete-confirm.ts'],
  ['`<api-token-list>`', 'ApiTokenList', 'api-token-list/api-token-list.ts'],
  ['`<users-provider>`', 'UsersProvider', 'users-provider/users-provider.ts'],
].map(([label, name, file]) => ({
  label: label!,
  source: `export { ${name} } from '${ROOT}/src/components/${file}';`,
}));

/** The English catalog, which is part of the initial bundle (de, zh and ru are lazy chunks). */
export const EN_CATALOG_ENTRY = `export { en } from '${ROOT}/src/i18n/catalogs/en/index.ts';`;

export const DESCOPE_ENTRY = `export { default } from '@descope/user-management-widget';`;

export const VAADIN_ENTRY = `import '@vaadin/grid';\nimport '@vaadin/dialog';`;
