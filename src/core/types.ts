import type { Language } from './languages.js';
import type { RoleId } from './roles.js';

/** A member of the account, as the widget shows it. Adapters map their backend's shape onto this. */
export interface User {
  readonly id: number;
  readonly email: string;
  /** Free text; null when the user never gave one. */
  readonly name: string | null;
  readonly lang: Language;
  /**
   * The effective role in this account: the highest of the user's groups. `null` when the backend
   * names no role the widget knows (the Gcore API allows a user whose `groups` is empty or holds
   * only unknown groups): such a user is shown as "Unknown role" and offered no role-based action.
   */
  readonly role: RoleId | null;
  /** The user confirmed their email (accepted the invitation). */
  readonly activated: boolean;
  readonly twoFa: boolean;
  /** Deleted users are never listed; the flag survives on API tokens' issuers. */
  readonly deleted: boolean;
  readonly phone?: string | null;
  readonly company?: string;
  readonly ssoAuth?: boolean;
}

/** Who is signed in; every permission rule starts here. */
export interface Session {
  readonly user: User;
  /** `null` when the signed-in user's role is unknown: then no Administrator action is offered. */
  readonly role: RoleId | null;
  /** The account, when the backend names it: an exported file is named after it. */
  readonly account?: { readonly id: number; readonly name?: string };
}

export type UserStatus = 'activated' | 'not_activated';

export type UserSortField = 'id' | 'email' | 'name' | 'role' | 'lang' | 'status' | 'twoFa';
export type SortDirection = 'asc' | 'desc';

export interface UserFilters {
  /** Any of these roles; empty or absent means all. */
  readonly roles?: readonly RoleId[];
  readonly languages?: readonly Language[];
  readonly status?: UserStatus;
  readonly twoFa?: boolean;
}

export interface UserQuery {
  readonly offset: number;
  readonly limit: number;
  /** Matches the ID exactly or as a prefix, and email or name as a case-insensitive substring. */
  readonly search?: string;
  readonly filters?: UserFilters;
  readonly sort?: { readonly field: UserSortField; readonly direction: SortDirection };
}

export interface Page<T> {
  readonly items: readonly T[];
  /** How many match the query across all pages. */
  readonly total: number;
  /**
   * Rows of the whole list (not only this page) that the adapter could not fully read, e.g. a user
   * without a known role. They are listed as well as they could be read; absent or empty when
   * every row was read. The same problems come with every answer until the list changes.
   */
  readonly problems?: readonly RowProblem[];
}

/**
 * One row an adapter could not fully read: `id` is the row's (a user's or a token's) when known,
 * `field` names what was unreadable in the backend's own terms (`groups`, `client_user.role`), as a
 * `bad_response` error's `field` does.
 */
export interface RowProblem {
  readonly id?: number;
  readonly field: string;
}

export interface InviteInput {
  readonly email: string;
  readonly name?: string;
  readonly role: RoleId;
  readonly lang?: Language;
}

/**
 * `created`: the email had no account; one was created and an email with a create-password link
 * was sent. `existing`: the email already had an account, which was granted access and notified.
 */
export type InviteOutcome = 'created' | 'existing';

export interface InviteResult {
  readonly user: User;
  readonly outcome: InviteOutcome;
}

/** What `updateUser` may change; the role goes through `setUserRole`, as in the Gcore API. */
export interface UserPatch {
  readonly name?: string | null;
  readonly lang?: Language;
}

export type TokenStatus = 'active' | 'expired' | 'deleted';

export interface TokenIssuer {
  readonly userId: number;
  readonly name: string | null;
  readonly email: string;
  /** The issuer was removed; the UI strikes their name through. */
  readonly deleted: boolean;
}

export interface ApiToken {
  readonly id: number;
  readonly name: string;
  readonly description: string | null;
  /** `null` when the backend names no role the widget knows (shown as "Unknown role"). */
  readonly role: RoleId | null;
  /** ISO 8601; null means the token never expires. */
  readonly expDate: string | null;
  readonly created: string;
  /** ISO 8601; null when the token was never used. */
  readonly lastUsage: string | null;
  readonly deleted: boolean;
  readonly expired: boolean;
  readonly issuer: TokenIssuer;
}

export interface TokenQuery {
  readonly issuedBy?: number;
}

/**
 * What `listApiTokens` answers: the tokens, and (as a property of the array, so a plain array is
 * a valid answer too) the rows the adapter could not fully read, as `Page.problems`.
 */
export type TokenList = readonly ApiToken[] & { readonly problems?: readonly RowProblem[] };
