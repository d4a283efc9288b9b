import { formatNumber } from '../../format.js';
import { plural } from '../../plural.js';

const n = (value: number) => formatNumber(value, 'en');

/**
 * Strings of the user list (table, search, filters, row menu, pagination). English is the source
 * of truth: add keys here first. Numbers are formatted inside the messages, because each language
 * knows its own digit grouping.
 */
export const userList = {
  heading: 'Users',
  invite: 'Invite user',
  search: {
    label: 'Search',
    placeholder: 'ID, email or name',
  },
  filters: {
    label: 'Filters',
    roles: 'Roles',
    languages: 'Language',
    status: 'Status',
    twoFa: 'Two-factor authentication',
    all: 'All',
    /** The "0/5" on a multi-select button, read out in words. */
    selectedCount: ({ selected, total }: { selected: number; total: number }) =>
      `${n(selected)} of ${n(total)} selected`,
    clear: 'Clear filters',
    /** The button that unfolds the filters on a phone. */
    toggle: 'Filters',
  },
  columns: {
    id: 'ID',
    email: 'Email',
    name: 'Name',
    role: 'Role',
    lang: 'Language',
    status: 'Status',
    twoFa: 'Two-factor authentication',
    actions: 'Actions',
  },
  /** The sort select of the card layout (phones), where the column headings are hidden. */
  sort: {
    label: 'Sort by',
    option: ({ column, direction }: { column: string; direction: 'asc' | 'desc' }) =>
      `${column}, ${direction === 'asc' ? 'ascending' : 'descending'}`,
  },
  /** Two-factor authentication in few letters, beside its value where rows are two lines. */
  twoFaShort: '2FA',
  /** Accessible name of a row's "⋯" button. */
  rowActions: ({ user }: { user: string }) => `Actions for ${user}`,
  actions: {
    edit: 'Edit',
    resendInvite: 'Resend invite',
    delete: 'Delete',
  },
  /** Badge on a user invited a moment ago, shown above the page until the view changes. */
  justInvited: 'New',
  pager: {
    label: 'Pagination',
    showing: ({ from, to, total }: { from: number; to: number; total: number }) =>
      `Showing ${n(from)}–${n(to)} of ${n(total)} ${plural('en', total, { one: 'entry', other: 'entries' })}`,
  },
  states: {
    loading: 'Loading users…',
    empty: 'There are no users in this account yet.',
    noMatch: 'No users match your search and filters.',
    loadFailed: "The users couldn't be loaded.",
  },
  announcements: {
    invited: ({ email }: { email: string }) => `Invitation sent to ${email}.`,
    grantedAccess: ({ email }: { email: string }) => `${email} now has access to this account.`,
    updated: ({ user }: { user: string }) => `User ${user} was updated.`,
    removed: ({ user }: { user: string }) => `User ${user} was removed.`,
    resent: ({ email }: { email: string }) => `Invitation sent again to ${email}.`,
    resentRecently: ({ email }: { email: string }) =>
      `An invitation went to ${email} less than a minute ago. Give it a moment to arrive before sending another.`,
    resendFailed: ({ email, message }: { email: string; message: string }) =>
      `The invitation to ${email} could not be sent again. ${message}`,
  },
};

export type UserListMessages = typeof userList;
