import { plural } from '../../plural.js';
import { formatNumber } from '../../format.js';

const n = (value: number) => formatNumber(value, 'en');

/** Strings of the API token list (`<api-token-list>`). English is the source of truth: add keys here first. */
export const tokens = {
  heading: 'API tokens',
  /** Names the table for screen readers, also when the heading is not shown (embedded). */
  caption: 'API tokens',
  columns: {
    id: 'ID',
    name: 'Token name',
    issuer: 'Issued by',
    role: 'Role',
    status: 'Status',
    expires: 'Expires',
    description: 'Description',
    lastUsed: 'Last used',
    actions: 'Actions',
  },
  status: {
    active: 'Active',
    expired: 'Expired',
    deleted: 'Deleted',
  },
  filters: {
    label: 'Filter API tokens',
    status: 'Status',
    all: 'All',
    issuer: 'Issued by',
    allIssuers: 'Everyone',
    /** An option of the issuer select for a removed member; options can't be struck through. */
    deletedIssuer: ({ issuer }: { issuer: string }) => `${issuer} (deleted user)`,
    /** A preset issuer who holds no token the session can see. */
    unknownIssuer: ({ id }: { id: number }) => `User ${id}`,
  },
  never: 'Never',
  notUsedYet: 'Not used yet',
  noDescription: 'No description',
  /** Read after the expiry date of an active token that expires within 7 days; `when` is relative, e.g. "in 3 days". */
  expiresSoon: ({ when }: { when: string }) => `Expires soon, ${when}`,
  issuerDeleted: 'The user has been deleted',
  loading: 'Loading API tokens…',
  empty: {
    active: 'No active API tokens.',
    expired: 'No expired API tokens.',
    deleted: 'No deleted API tokens.',
    all: 'No API tokens yet.',
  },
  emptyForIssuer: {
    active: ({ issuer }: { issuer: string }) => `${issuer} has no active API tokens.`,
    expired: ({ issuer }: { issuer: string }) => `${issuer} has no expired API tokens.`,
    deleted: ({ issuer }: { issuer: string }) => `${issuer} has no deleted API tokens.`,
    all: ({ issuer }: { issuer: string }) => `${issuer} has no API tokens.`,
  },
  pager: {
    label: 'Pages of API tokens',
    showing: ({ from, to, total }: { from: number; to: number; total: number }) =>
      `Showing ${n(from)}–${n(to)} of ${n(total)} ${plural('en', total, { one: 'token', other: 'tokens' })}`,
  },
  delete: {
    /** The row's button; visible text is `common.delete`, this is its accessible name. */
    action: ({ name }: { name: string }) => `Delete token ${name}`,
    title: 'Delete API token?',
    body: ({ name }: { name: string }) =>
      `The token “${name}” stops working immediately: any application that uses it loses access to the API. This can't be undone.`,
    confirm: 'Delete token',
    deleting: 'Deleting…',
    done: ({ name }: { name: string }) => `The token “${name}” was deleted.`,
    /** A token already gone: the shared `errors.not_found` speaks of users. */
    notFound: 'This token no longer exists. The list has been refreshed.',
  },
};

export type TokensMessages = typeof tokens;
