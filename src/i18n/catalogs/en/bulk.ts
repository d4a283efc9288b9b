import { formatNumber } from '../../format.js';
import { plural } from '../../plural.js';

const n = (value: number) => formatNumber(value, 'en');
const users = (count: number) => `${n(count)} ${plural('en', count, { one: 'user', other: 'users' })}`;

/**
 * The words of acting on many users at once: the confirmation, the run and its result, and the
 * export. Loaded with the dialogs (catalogs/en/later.ts), not with the first paint.
 */
export const bulk = {
  titles: {
    setRole: 'Change role',
    resendInvite: 'Resend invitations',
    remove: 'Remove from account',
    export: 'Export users',
  },
  /** The sentence that states the effect, before anything is sent. */
  question: {
    setRole: ({ count, role }: { count: number; role: string }) => `Change the role of ${users(count)} to ${role}?`,
    resendInvite: ({ count }: { count: number }) => `Send the invitation again to ${users(count)}?`,
    remove: ({ count }: { count: number }) =>
      `Remove ${users(count)} from this account? They lose access to it; their other accounts are unchanged.`,
  },
  nothingToDo: 'None of the selected users can be changed this way.',
  roleLabel: 'New role',
  skippedHeading: ({ count }: { count: number }) => `${users(count)} will be skipped:`,
  skippedList: ({ count }: { count: number }) => `${users(count)} ${count === 1 ? 'was' : 'were'} skipped:`,
  skipReasons: {
    self: 'yourself',
    last_admin: 'the last Administrator',
    already_activated: 'already activated',
    same_role: 'already has this role',
    not_admin: 'not allowed',
    not_own_row: 'not allowed',
    unknown_role: 'role unknown',
    tokens_block: ({ count }: { count: number }) =>
      `has ${n(count)} active API ${plural('en', count, { one: 'token', other: 'tokens' })}`,
  },
  showTokens: ({ user }: { user: string }) => `Show ${user}'s tokens`,
  confirm: {
    setRole: 'Change role',
    resendInvite: 'Send again',
    remove: 'Remove',
  },
  progress: ({ done, total }: { done: number; total: number }) => `${n(done)} of ${n(total)}`,
  progressLabel: 'Progress',
  running: {
    setRole: 'Changing roles…',
    resendInvite: 'Sending invitations…',
    remove: 'Removing users…',
    export: 'Exporting…',
  },
  cancel: 'Cancel',
  result: {
    succeeded: ({ count }: { count: number }) => `${users(count)} done.`,
    failed: ({ count }: { count: number }) => `${users(count)} failed:`,
    cancelled: ({ count }: { count: number }) => `${users(count)} not sent: cancelled.`,
  },
  retryFailed: 'Retry failed',
  exported: ({ count, file }: { count: number; file: string }) => `Exported ${users(count)} to ${file}.`,
  exportFailed: 'The export stopped.',
  /** Column headings of the CSV file: the list's own. */
  csvRoleUnknown: 'Unknown role',
};

export type BulkMessages = typeof bulk;
