import type { User } from '../../core/index.js';

/**
 * What a dialog's `show()` resolves with once it closes: `done` when the action happened (with the
 * user as the backend returned it, plus dialog-specific facts), `cancelled` when nothing changed.
 */
export type DialogOutcome<Done extends object = object> =
  ({ readonly status: 'done'; readonly user: User } & Done) | { readonly status: 'cancelled' };
