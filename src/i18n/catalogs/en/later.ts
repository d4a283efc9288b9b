import { addEnglishSections } from '../../english.js';
import { bulk } from './bulk.js';
import { dialogs } from './dialogs.js';
import { tokens } from './tokens.js';

/**
 * The English of the dialogs, the bulk actions and the token list, registered by being imported: each element that
 * speaks it imports this module, so its words are there before it renders, and a first paint of
 * `<user-list>` (which imports neither) does not load them. Listed in package.json "sideEffects".
 */
addEnglishSections({ dialogs, tokens, bulk });
