import {
  getRole,
  isAdmin,
  isUsersError,
  throwIfAborted,
  toUsersError,
  UsersError,
  type InviteInput,
  type InviteResult,
  type Page,
  type RoleId,
  type RowProblem,
  type Session,
  type TokenList,
  type TokenQuery,
  type User,
  type UserPatch,
  type UserQuery,
} from '../../core/index.js';
import { UserCollection } from '../shared/user-query.js';
import type { UsersAdapter } from '../users-adapter.js';
import { checkConfig, type GcoreIamAdapterConfig } from './gcore-config.js';
import { sendGcoreRequest, type GcoreHttpOptions, type GcoreRequest } from './gcore-http.js';
import { accountIdentityFrom, inviteResponseFromBody, tokensFromBody, userFromBody } from './gcore-mapping.js';
import { readUserList, type Paging } from './gcore-user-list.js';
import { SharedRequest } from './shared-request.js';
import { readTopLevelFields } from './top-level-fields.js';

export type { GcoreIamAdapterConfig } from './gcore-config.js';

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_CACHE_MAX_AGE_MS = 60_000;
const DEFAULT_PAGE_SIZE = 1000;

interface UserListSnapshot {
  readonly collection: UserCollection;
  readonly byId: ReadonlyMap<number, User>;
  readonly problems: readonly RowProblem[];
  readonly fetchedAt: number;
}

/**
 * `POST /iam/auth/renew_invitation` answered with one of these: the endpoint is not open to this
 * account (it is documented only in the reseller API), rather than the user being gone.
 */
const RESEND_REFUSED_STATUSES: ReadonlySet<number> = new Set([403, 404, 405]);
/** The reseller API's own 404 for that endpoint: the email belongs to nobody (the user is gone). */
const EMAIL_NOT_FOUND = /email not found/i;

/**
 * `UsersAdapter` over the Gcore IAM REST API (domain §3), using the account API's documented
 * endpoints (test/support/iam-description.ts lists them with their operationIds), with one
 * exception: resending an invitation (see `resendInvite`).
 *
 * The API has no search, filter or sort, so `listUsers` reads the whole list once, page by page
 * (./gcore-user-list.ts), and answers every query from it until a mutation succeeds or it grows
 * older than `cacheMaxAgeMs`. Concurrent callers share one read.
 *
 * The configuration is checked when the adapter is made (a `TypeError` naming the field). Every
 * method rejects only with a `UsersError`.
 */
export class GcoreIamAdapter implements UsersAdapter {
  private readonly http: GcoreHttpOptions;
  private readonly clientId: number;
  /** `/clients/{clientId}`, shared by the v1 client-user and the v2 token endpoints. */
  private readonly clientPath: string;
  private readonly cacheMaxAgeMs: number;
  private readonly pageSize: number;
  private snapshot: UserListSnapshot | undefined;

  /** Once the whole list is read, queries answer from it: the list searches as the user types. */
  get searchesLocally(): boolean {
    return this.snapshot !== undefined;
  }
  /** The users of the last list read, kept across mutations: what is known of a user whose new answer is missing. */
  private lastKnown: ReadonlyMap<number, User> = new Map();
  private inFlight: SharedRequest<UserListSnapshot> | undefined;
  /** The session read under way, which concurrent callers join; never kept once it settled. */
  private sessionInFlight: SharedRequest<Session> | undefined;
  /** Bumped by every mutation: a list fetched across a mutation is handed out but not kept. */
  private generation = 0;

  constructor(config: GcoreIamAdapterConfig) {
    checkConfig(config);
    this.http = {
      baseUrl: config.baseUrl,
      auth: config.auth,
      fetch: config.fetch,
      timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    };
    this.clientPath = `/clients/${encodeURIComponent(String(config.clientId))}`;
    this.cacheMaxAgeMs = config.cacheMaxAgeMs ?? DEFAULT_CACHE_MAX_AGE_MS;
    this.pageSize = config.pageSize ?? DEFAULT_PAGE_SIZE;
    this.clientId = config.clientId;
  }

  /**
   * Who is signed in, from documented endpoints only: `GET /iam/clients/me` (iamGetAccountDetails)
   * names the account and the current user's id (`currentUser`), `GET /iam/users/{id}`
   * (iamGetUser) gives that user with every field required. (The undocumented `GET /iam/users/me`
   * of a curl example is not used.) The account details also list every user, which is why only
   * their top level is kept, the bytes scanned as they arrive (./top-level-fields.ts), and why
   * callers asking at the same time (the list, the token list, a dialog) share one read.
   */
  getSession(signal?: AbortSignal): Promise<Session> {
    return guarded(async () => {
      throwIfAborted(signal);
      if (!this.sessionInFlight?.joinable) {
        const request: SharedRequest<Session> = new SharedRequest(
          (shared) => this.readSession(shared).finally(() => this.forgetSessionRead(request)),
          () => this.forgetSessionRead(request),
        );
        this.sessionInFlight = request;
      }
      return this.sessionInFlight.join(signal);
    });
  }

  private forgetSessionRead(request: SharedRequest<Session>): void {
    if (this.sessionInFlight === request) this.sessionInFlight = undefined;
  }

  private readSession(signal: AbortSignal): Promise<Session> {
    return guarded(async () => {
      const account = accountIdentityFrom(
        await this.send({ method: 'GET', path: '/iam/clients/me', expect: readTopLevelFields, signal }),
      );
      if (account.id !== this.clientId) {
        // The user list (which names no account) would be another account's than the one changed.
        throw new UsersError(
          'forbidden',
          `The credentials belong to account ${account.id}, but the adapter manages account ${this.clientId}.`,
        );
      }
      const user = userFromBody(
        await this.send({ method: 'GET', path: `/iam/users/${segment(account.currentUser)}`, expect: 'json', signal }),
      );
      const name = account.companyName?.trim();
      return { user, role: user.role, account: { id: account.id, ...(name ? { name } : {}) } };
    });
  }

  listUsers(query: UserQuery, signal?: AbortSignal): Promise<Page<User>> {
    return guarded(async () => {
      const { collection, problems } = await this.loadUsers(signal);
      const page = collection.query(query);
      return problems.length > 0 ? { ...page, problems } : page;
    });
  }

  inviteUser(input: InviteInput, signal?: AbortSignal): Promise<InviteResult> {
    return guarded(async () => {
      const body = await this.send({
        method: 'POST',
        path: '/iam/clients/invite_user',
        body: {
          client_id: this.clientId,
          email: input.email,
          user_role: wireRole(input.role),
          ...(input.lang !== undefined && { lang: input.lang }),
          ...(input.name !== undefined && { name: input.name }),
        },
        expect: 'json',
        signal,
      });
      // The invitation went out even if its answer turns out malformed: the list is stale either way.
      this.invalidate();
      const answer = inviteResponseFromBody(body);
      const fromInput = userFromInvite(answer.user_id, input);
      // One user's record (E2), not the whole list again: inviting a team of ten into an account of
      // 100,000 would otherwise read the list ten times. The widget reloads its page afterwards.
      const user = (await this.fetchUser(answer.user_id, signal, fromInput)) ?? fromInput;
      // The API does not say whether the invitee already had a Gcore account. An existing account
      // has confirmed its email (`activated`), so an activated invitee was an existing user, who was
      // granted access and notified; anyone else is a new account, whose invitation email carries a
      // create-password link. A user the refreshed list lacks is built from the input (not activated).
      return { user, outcome: user.activated ? 'existing' : 'created' };
    });
  }

  updateUser(id: number, patch: UserPatch, signal?: AbortSignal): Promise<User> {
    return guarded(async () => {
      const body = await this.send({
        method: 'PATCH',
        path: `/iam/users/${segment(id)}`,
        body: {
          ...(patch.name !== undefined && { name: patch.name }),
          ...(patch.lang !== undefined && { lang: patch.lang }),
        },
        expect: 'json',
        // iamUpdateUser documents its 403, without a body, as exactly this: "The specified user has
        // issued a token with a higher role. Try using another role."
        describedErrors: { 403: 'token_role_conflict' },
        signal,
      });
      this.invalidate();
      return userFromBody(body);
    });
  }

  /**
   * After the 204 the change is made, and is reported as made: the user as last listed (the widget
   * reloads its page next anyway), else from `GET /iam/users/{id}`, always with the role asked
   * for. Only when neither knows the user does the error of that request (a status the server did
   * send) come back. The whole list is not read again per change: a bulk change of 500 roles in an
   * account of 100,000 would read it 500 times.
   */
  setUserRole(id: number, role: RoleId, signal?: AbortSignal): Promise<User> {
    return guarded(async () => {
      await this.send({
        method: 'PUT',
        path: `/iam${this.clientPath}/client-users/${segment(id)}`,
        body: { user_role: wireRole(role) },
        expect: 'none',
        signal,
      });
      const known = this.snapshot?.byId.get(id) ?? this.lastKnown.get(id);
      this.invalidate();
      const user = known ?? (await this.fetchUser(id, signal));
      if (!user) throw new UsersError('not_found', 'User not found.', { status: 404 });
      return { ...user, role };
    });
  }

  removeUser(id: number, signal?: AbortSignal): Promise<void> {
    return guarded(async () => {
      await this.send({
        method: 'DELETE',
        path: `/iam${this.clientPath}/client-users/${segment(id)}`,
        expect: 'none',
        signal,
      });
      this.invalidate();
    });
  }

  /**
   * The account API describes no way to resend an invitation: `POST /iam/clients/invite_user`
   * again is refused for someone already invited ("User {id} has already been invited to client
   * {id}", InviteUserError), and nothing else sends one. The portal's "Resend invite" exists, and
   * the reseller API documents `POST /iam/auth/renew_invitation` `{email}` ("Resend invitation"),
   * so that is called: the one request outside the account API (see test/support/iam-description.ts).
   *
   * When it is refused as not open to this account (403 for an Administrator, 404 other than
   * "email not found", 405), the error is `unsupported`: the widget says resending is not available
   * here, and that removing and inviting the user again sends a new invitation. A 403 for someone
   * who is not an Administrator stays `forbidden`, as anywhere.
   */
  resendInvite(id: number, signal?: AbortSignal): Promise<void> {
    return guarded(async () => {
      // Emails can't be changed in this widget, so any list that knows the user will do.
      const user = this.snapshot?.byId.get(id) ?? (await this.loadUsers(signal, { fresh: true })).byId.get(id);
      if (!user) throw new UsersError('not_found', 'The user is not in this account.', { status: 404 });
      try {
        await this.send({
          method: 'POST',
          path: '/iam/auth/renew_invitation',
          body: { email: user.email },
          expect: 'none',
          signal,
        });
      } catch (error) {
        throw await this.explainResendRefusal(toUsersError(error), signal);
      }
      // Nothing the list shows changed, so the cache stays.
    });
  }

  listApiTokens(query: TokenQuery = {}, signal?: AbortSignal): Promise<TokenList> {
    return guarded(async () =>
      tokensFromBody(
        await this.send({
          method: 'GET',
          path: `/iam/v2${this.clientPath}/tokens`,
          query: { issued_by: query.issuedBy },
          expect: 'json',
          signal,
        }),
      ),
    );
  }

  deleteApiToken(id: number, signal?: AbortSignal): Promise<void> {
    return guarded(async () => {
      await this.send({
        method: 'DELETE',
        path: `/iam/v2${this.clientPath}/tokens/${segment(id)}`,
        expect: 'none',
        signal,
      });
      // Tokens are not part of the user list: its cache stays.
    });
  }

  private send(request: GcoreRequest): Promise<unknown> {
    return sendGcoreRequest(this.http, request);
  }

  private async explainResendRefusal(error: UsersError, signal?: AbortSignal): Promise<UsersError> {
    const status = error.status;
    if (status === undefined || !RESEND_REFUSED_STATUSES.has(status)) return error;
    if (status === 404 && error.serverMessage && EMAIL_NOT_FOUND.test(error.serverMessage)) return error;
    // A 403 is this endpoint's refusal only for an Administrator, who may resend anywhere else.
    if (status === 403 && !(await this.signedInAsAdmin(signal))) return error;
    return new UsersError('unsupported', 'Resending invitations is not available for this account.', {
      status,
      serverMessage: error.serverMessage,
      cause: error,
    });
  }

  /** Whether the session is an Administrator's; unknown (a failing look-up) counts as yes. */
  private async signedInAsAdmin(signal?: AbortSignal): Promise<boolean> {
    try {
      return isAdmin(await this.getSession(signal));
    } catch (error) {
      if (isUsersError(error) && error.code === 'aborted') throw error;
      return true;
    }
  }

  private fetchUserPage = ({ offset, limit }: Paging, signal: AbortSignal): Promise<unknown> =>
    this.send({ method: 'GET', path: '/iam/users', query: { limit, offset }, expect: 'json', signal });

  /** The cached list when fresh, else the request already under way, else a new one. */
  private loadUsers(signal: AbortSignal | undefined, options: { fresh?: boolean } = {}): Promise<UserListSnapshot> {
    throwIfAborted(signal);
    const snapshot = this.snapshot;
    if (!options.fresh && snapshot && now() - snapshot.fetchedAt <= this.cacheMaxAgeMs) {
      return Promise.resolve(snapshot);
    }
    if (!this.inFlight?.joinable) this.inFlight = this.startListFetch();
    return this.inFlight.join(signal);
  }

  private startListFetch(): SharedRequest<UserListSnapshot> {
    const generation = this.generation;
    const request: SharedRequest<UserListSnapshot> = new SharedRequest(
      async (signal) => {
        try {
          const { users, byId, problems } = await readUserList(this.fetchUserPage, this.pageSize, signal);
          const snapshot: UserListSnapshot = {
            collection: new UserCollection(users),
            byId,
            problems,
            fetchedAt: now(),
          };
          this.lastKnown = byId;
          if (generation === this.generation) this.replaceSnapshot(snapshot);
          return snapshot;
        } finally {
          if (this.inFlight === request) this.inFlight = undefined;
        }
      },
      () => {
        if (this.inFlight === request) this.inFlight = undefined;
      },
    );
    return request;
  }

  /** The cached list, or none; the one it replaces stops its idle work (the search index). */
  private replaceSnapshot(snapshot: UserListSnapshot | undefined): void {
    if (this.snapshot !== snapshot) this.snapshot?.collection.dispose();
    this.snapshot = snapshot;
  }

  private invalidate(): void {
    this.generation += 1;
    this.replaceSnapshot(undefined);
    // Callers already waiting keep their answer; later callers must not join a pre-mutation fetch
    // (nor a pre-mutation session: the change may have been the signed-in user's own role).
    this.inFlight = undefined;
    this.sessionInFlight = undefined;
  }

  /**
   * One user's record (`GET /iam/users/{id}`) after a mutation that already succeeded. A failing
   * read must not make the mutation look failed (a retry would then say "already invited"), so it
   * yields `fallback` when there is one; the caller's own abort is always passed on.
   */
  private async fetchUser(id: number, signal?: AbortSignal, fallback?: User): Promise<User | undefined> {
    try {
      return userFromBody(
        await this.send({ method: 'GET', path: `/iam/users/${segment(id)}`, expect: 'json', signal }),
      );
    } catch (error) {
      if (fallback && !(isUsersError(error) && error.code === 'aborted')) return fallback;
      throw error;
    }
  }
}

/** Every rejection a `UsersError`, including a bug's TypeError. */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toUsersError(error);
  }
}

function wireRole(role: RoleId): { id: number; name: string } {
  return { id: role, name: getRole(role).apiName };
}

function segment(id: number): string {
  return encodeURIComponent(String(id));
}

function userFromInvite(id: number, input: InviteInput): User {
  return {
    id,
    email: input.email,
    name: input.name ?? null,
    lang: input.lang ?? 'en',
    role: input.role,
    activated: false,
    twoFa: false,
    deleted: false,
  };
}

function now(): number {
  return performance.now();
}
