import type {
  InviteInput,
  InviteResult,
  Page,
  RoleId,
  Session,
  TokenList,
  TokenQuery,
  User,
  UserPatch,
  UserQuery,
  UsersError,
} from '../core/index.js';

/**
 * The one seam between the widget and a backend. Every method is async, takes an optional
 * AbortSignal (the widget aborts when a newer query supersedes a request or an element leaves the
 * page), and fails only with a `UsersError`, whose `code` the UI switches on.
 *
 * An adapter may answer `listUsers` on its server or from a cached full list; the widget does not
 * care. It must not list users whose `deleted` flag is set.
 */
export interface UsersAdapter extends UsersBatchAdapter {
  /**
   * True while `listUsers` answers from memory, without a request (an in-memory backend, or a
   * cache of the whole list that is loaded): the list then searches as the user types instead of
   * waiting for a pause. Leave it out when every query costs a request.
   */
  readonly searchesLocally?: boolean;
  /** The signed-in user and their role in this account. */
  getSession(signal?: AbortSignal): Promise<Session>;
  listUsers(query: UserQuery, signal?: AbortSignal): Promise<Page<User>>;
  inviteUser(input: InviteInput, signal?: AbortSignal): Promise<InviteResult>;
  /** Name and language; the role goes through `setUserRole`, as in the Gcore API. */
  updateUser(id: number, patch: UserPatch, signal?: AbortSignal): Promise<User>;
  setUserRole(id: number, role: RoleId, signal?: AbortSignal): Promise<User>;
  /** Removes the user's access to this account only. */
  removeUser(id: number, signal?: AbortSignal): Promise<void>;
  resendInvite(id: number, signal?: AbortSignal): Promise<void>;
  /**
   * Every token the session may see, deleted and expired ones included; tokens the adapter could
   * not fully read (e.g. of unknown role) are named in the answer's `problems`.
   */
  listApiTokens(query?: TokenQuery, signal?: AbortSignal): Promise<TokenList>;
  deleteApiToken(id: number, signal?: AbortSignal): Promise<void>;
}

/**
 * What an optional batch method answers for each id it was given: done, or failed with why. An
 * answer without an id counts as failed ("no answer").
 */
export type BatchResult =
  | { readonly id: number; readonly ok: true }
  | {
      readonly id: number;
      readonly ok: false;
      readonly error: UsersError;
    };

/**
 * Optional methods an adapter may add when its backend changes many users in one request. The
 * widget's bulk actions use them when present (up to 100 ids a request), and the single-user
 * methods otherwise; the rules are the same either way.
 */
export interface UsersBatchAdapter {
  setUsersRole?(ids: readonly number[], role: RoleId, signal?: AbortSignal): Promise<readonly BatchResult[]>;
  removeUsers?(ids: readonly number[], signal?: AbortSignal): Promise<readonly BatchResult[]>;
  resendInvites?(ids: readonly number[], signal?: AbortSignal): Promise<readonly BatchResult[]>;
}

/** The name of an adapter method: what a `users-error` event says failed. */
export type UsersAction = Exclude<keyof UsersAdapter, keyof UsersBatchAdapter>;
