/**
 * Every element the first paint of `<user-list>` does not need, in one module, so a host's bundler
 * makes one chunk of them: fetched once, after the first paint (lazy-elements.ts), it opens every
 * dialog without a further round trip, and one chunk compresses better than four.
 */
import './invite-dialog/invite-dialog.js';
import './edit-user/edit-user.js';
import './delete-confirm/delete-confirm.js';
import './api-token-list/api-token-list.js';
import './user-list/bulk/bulk-dialog.js';
