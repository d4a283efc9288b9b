import {
  getRole,
  isUsersError,
  throwIfAborted,
  toUsersError,
  UsersError,
  type ApiToken,
  type InviteInput,
  type InviteResult,
  type Page,
  type RoleId,
  type Session,
  type TokenQuery,
  type User,
  type UserPatch,
  type UserQuery,
} from '../../core/index.js';
import { UserCollection } from '../shared/user-query.js';
import type { UsersAdapter } from '../users-adapter.js';
import { sendGcoreRequest, type FetchFunction, type GcoreHttpOptions, type GcoreRequest } from './gcore-http.js';
import { inviteResponseFromBody, tokensFromBody, userFromBody, usersFromListBody } from './gcore-mapping.js';
import { SharedRequest } from './shared-request.js';

export interface GcoreIamAdapterConfig {
  /** `https://api.gcore.com`, or a same-origin proxy path such as `/api`; a trailing slash is fine. */
  readonly baseUrl: string;
  /** The account whose users are managed. */
  readonly clientId: number;
  /**
   * Returns the whole Authorization header value, `APIKey …` or `Bearer …`. Called before every
   * request and never stored, so a host can refresh a short-lived JWT between calls.
   */
  readonly auth: () => string | Promise<string>;
  /** Defaults to the page's `fetch`, looked up on each request. */
  readonly fetch?: FetchFunction;
  /** Per request; default 30 s. */
  readonly timeoutMs?: number;
  /** How long the user list answers queries before it is fetched again; default 60 s. */
  readonly cacheMaxAgeMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_CACHE_MAX_AGE_MS = 60_000;

interface UserListSnapshot {
  readonly collection: UserCollection;
  readonly byId: ReadonlyMap<number, User>;
  readonly fetchedAt: number;
}

/**
 * `UsersAdapter` over the Gcore IAM REST API (domain §3).
 *
 * The API lists users only as one whole list (no search, filter or sort), so `listUsers` fetches
 * the full list once and answers every query from it until a mutation succeeds or it grows older
 * than `cacheMaxAgeMs`. Concurrent callers share one request.
 *
 * Every method rejects only with a `UsersError`.
 */
export class GcoreIamAdapter implements UsersAdapter {
  private readonly http: GcoreHttpOptions;
  private readonly clientId: number;
  /** `/clients/{clientId}`, shared by the v1 client-user and the v2 token endpoints. */
  private readonly clientPath: string;
  private readonly cacheMaxAgeMs: number;
  private snapshot: UserListSnapshot | undefined;
  private inFlight: SharedRequest<UserListSnapshot> | undefined;
  /** Bumped by every mutation: a list fetched across a mutation is handed out but not kept. */
  private generation = 0;

  constructor(config: GcoreIamAdapterConfig) {
    this.http = {
      baseUrl: config.baseUrl,
      auth: config.auth,
      fetch: config.fetch,
      timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    };
    this.clientPath = `/clients/${encodeURIComponent(String(config.clientId))}`;
    this.cacheMaxAgeMs = config.cacheMaxAgeMs ?? DEFAULT_CACHE_MAX_AGE_MS;
    this.clientId = config.clientId;
  }

  getSession(signal?: AbortSignal): Promise<Session> {
    return guarded(async () => {
      const user = userFromBody(await this.send({ method: 'GET', path: '/iam/users/me', expect: 'json', signal }));
      return { user, role: user.role };
    });
  }

  listUsers(query: UserQuery, signal?: AbortSignal): Promise<Page<User>> {
    return guarded(async () => (await this.loadUsers(signal)).collection.query(query));
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
      const user = (await this.findAfterMutation(answer.user_id, signal, fromInput)) ?? fromInput;
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
        signal,
      });
      this.invalidate();
      return userFromBody(body);
    });
  }

  setUserRole(id: number, role: RoleId, signal?: AbortSignal): Promise<User> {
    return guarded(async () => {
      const before = this.snapshot?.byId.get(id);
      await this.send({
        method: 'PUT',
        path: `/iam${this.clientPath}/client-users/${segment(id)}`,
        body: { user_role: wireRole(role) },
        expect: 'none',
        signal,
      });
      this.invalidate();
      const listed = await this.findAfterMutation(id, signal, before && { ...before, role });
      if (!listed) throw new UsersError('not_found', 'The user is no longer in this account.', { status: 404 });
      return listed;
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

  resendInvite(id: number, signal?: AbortSignal): Promise<void> {
    return guarded(async () => {
      // Emails can't be changed in this widget, so any list that knows the user will do.
      const user = this.snapshot?.byId.get(id) ?? (await this.loadUsers(signal, { fresh: true })).byId.get(id);
      if (!user) throw new UsersError('not_found', 'The user is not in this account.', { status: 404 });
      await this.send({
        method: 'POST',
        path: '/iam/auth/renew_invitation',
        body: { email: user.email },
        expect: 'none',
        signal,
      });
      // Nothing the list shows changed, so the cache stays.
    });
  }

  listApiTokens(query: TokenQuery = {}, signal?: AbortSignal): Promise<readonly ApiToken[]> {
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
          const body = await this.send({ method: 'GET', path: '/iam/users', expect: 'json', signal });
          const users = usersFromListBody(body);
          const snapshot: UserListSnapshot = {
            collection: new UserCollection(users),
            byId: new Map(users.map((user) => [user.id, user])),
            fetchedAt: now(),
          };
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
    // Callers already waiting keep their answer; later callers must not join a pre-mutation fetch.
    this.inFlight = undefined;
  }

  /**
   * The user as the refreshed list shows it after a mutation that already succeeded. A failing
   * refresh must not make the mutation look failed (a retry would then say "already invited"), so
   * it yields `fallback` when there is one; the caller's own abort is always passed on.
   */
  private async findAfterMutation(id: number, signal?: AbortSignal, fallback?: User): Promise<User | undefined> {
    try {
      return (await this.loadUsers(signal)).byId.get(id);
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
