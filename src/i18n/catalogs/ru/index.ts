import type { Catalog } from '../en/index.js';
import { bulk } from './bulk.js';
import { common } from './common.js';
import { dialogs } from './dialogs.js';
import { errors } from './errors.js';
import { roles } from './roles.js';
import { tokens } from './tokens.js';
import { userList } from './userList.js';

export const ru: Catalog = { common, roles, errors, userList, dialogs, tokens, bulk };
