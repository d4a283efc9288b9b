import { common } from './common.js';
import { errors } from './errors.js';
import { roles } from './roles.js';
import { userList } from './userList.js';

/**
 * The English a first paint of `<user-list>` reads. The dialogs' and the token list's sections
 * (dialogs.ts, tokens.ts) come with the elements that use them (on-demand.ts registers them), so
 * they are not loaded before anyone opens a dialog.
 */
export const firstPaint = { common, roles, errors, userList };
