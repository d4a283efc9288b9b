import { bulk } from './bulk.js';
import { common } from './common.js';
import { dialogs } from './dialogs.js';
import { errors } from './errors.js';
import { roles } from './roles.js';
import { tokens } from './tokens.js';
import { userList } from './userList.js';

/** The English catalog, bundled; every other language is typed against it. */
export const en = { common, roles, errors, userList, dialogs, tokens, bulk };

/** The shape every language must have: a key missing in de/zh/ru fails `tsc`. */
export type Catalog = typeof en;
