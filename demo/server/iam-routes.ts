import { isAdmin, isUsersError, mayInvite, type RoleId, type User } from '../../src/core/index.js';
import {
  IAM_MESSAGES,
  forbidden,
  internalError,
  methodNotAllowed,
  noSuchRoute,
  notFound,
  unauthenticated,
  usersErrorResponse,
} from './error-bodies.js';
import { HttpResponseError, empty, json, jsonText, readJsonObject, text } from './http.js';
import type { ReferenceInstance } from './instances.js';
import { parseReferenceAuth } from './reference-auth.js';
import {
  parseEmailBody,
  parseInviteBody,
  parsePaging,
  parseRoleBody,
  parseTokenFilters,
  parseUserPatch,
} from './wire-input.js';
import {
  accountDetailsJson,
  toWireBaseUser,
  toWireGroup,
  toWireToken,
  toWireUser,
  toWireUserPublic,
  type WireAccount,
} from './wire.js';

/**
 * The Gcore IAM endpoints the widget uses (users-domain.md §3, E1–E13), answered from one
 * ReferenceInstance with the real status codes and body shapes. Paths here are relative to the
 * instance's base (`/iam/users`, not `/api/iam/users`).
 */

interface RouteCall {
  instance: ReferenceInstance;
  request: Request;
  url: URL;
  /** The pattern's captures: ids, always digits. */
  params: number[];
  actorId: number;
  account: WireAccount;
}

interface Route {
  method: string;
  pattern: RegExp;
  /** This endpoint's 404 message. */
  notFound: string;
  /** Whether this instance serves the route at all (default: yes). */
  served?(instance: ReferenceInstance): boolean;
  run(call: RouteCall): Response | Promise<Response>;
}

/**
 * JSON made from the members, kept while they stay the same (the backend hands out a new array
 * when they change): at 100,000 members the user list's pages and the account details' users
 * would otherwise be serialized again for every request, and a client's reading of them measured
 * against the reference server would mostly be this server's work.
 */
const servedFromMembers = new WeakMap<readonly User[], Map<string, string>>();

function servedOnce(members: readonly User[], key: string, serialize: () => string): string {
  let served = servedFromMembers.get(members);
  if (!served) servedFromMembers.set(members, (served = new Map()));
  let text = served.get(key);
  if (text === undefined) served.set(key, (text = serialize()));
  return text;
}

const CLIENT_USER = /^\/iam\/clients\/(\d{1,9})\/client-users\/(\d{1,9})$/;
const USER = /^\/iam\/users\/(\d{1,9})$/;

const ROUTES: readonly Route[] = [
  // E1. Whole list without `limit` (unless `maxPageSize` caps every answer); removed members
  // included with `deleted: true` (clients filter).
  {
    method: 'GET',
    pattern: /^\/iam\/users$/,
    notFound: IAM_MESSAGES.userNotFound,
    run({ instance, url, actorId, account }) {
      const all = instance.backend.listMembers(actorId, { includeDeleted: true });
      const { limit: asked, offset } = parsePaging(url.searchParams);
      const max = instance.serving.maxPageSize;
      const limit = max === undefined ? asked : Math.min(asked ?? max, max);
      return jsonText(
        200,
        servedOnce(all, `${instance.basePath} ${offset} ${limit}`, () => {
          const slice = limit === undefined ? all.slice(offset) : all.slice(offset, offset + limit);
          const page: Record<string, unknown> = { count: all.length };
          if (limit !== undefined) {
            // The spec types next/previous as optional strings (not nullable): absent when there is none.
            const link = (at: number) => `${instance.basePath}/iam/users?limit=${limit}&offset=${at}`;
            if (offset + limit < all.length) page.next = link(offset + limit);
            if (offset > 0) page.previous = link(Math.max(0, offset - limit));
          }
          page.results = slice.map((user) => toWireUser(user, account));
          return JSON.stringify(page);
        }),
      );
    },
  },
  // E8. `ClientBase`: the account, its users (`BaseUser`) and the caller's id (`currentUser`).
  {
    method: 'GET',
    pattern: /^\/iam\/clients\/me$/,
    notFound: IAM_MESSAGES.userNotFound,
    run({ instance, actorId, account }) {
      const members = instance.backend.listMembers(actorId, { includeDeleted: true });
      const users = servedOnce(members, 'BaseUser', () =>
        JSON.stringify(members.map((member) => toWireBaseUser(member, account))),
      );
      const user = instance.backend.getSession(actorId).user;
      return jsonText(200, accountDetailsJson(members, user, account, users));
    },
  },
  // E9. Undocumented (only a curl example names it; the Gcore adapter does not use it); answered
  // as a full `User`, for hosts and curl.
  {
    method: 'GET',
    pattern: /^\/iam\/users\/me$/,
    notFound: IAM_MESSAGES.userNotFound,
    run: ({ instance, actorId, account }) => json(200, toWireUser(instance.backend.getSession(actorId).user, account)),
  },
  // E2. `UserPublic`: a `User` without `client_and_roles`.
  {
    method: 'GET',
    pattern: USER,
    notFound: IAM_MESSAGES.userNotFound,
    run: ({ instance, actorId, params, account }) =>
      json(200, toWireUserPublic(instance.backend.getUser(actorId, params[0]!), account)),
  },
  // E3. Name and language; the role goes through E6.
  {
    method: 'PATCH',
    pattern: USER,
    notFound: IAM_MESSAGES.userNotFound,
    async run({ instance, request, actorId, params, account }) {
      instance.backend.getSession(actorId);
      const patch = parseUserPatch(await readJsonObject(request));
      return json(200, toWireUser(instance.backend.updateUser(actorId, params[0]!, patch), account));
    },
  },
  // E4. 200 (not 201) `{status: "sent", user_id}`; conflicts are bare arrays of strings.
  {
    method: 'POST',
    pattern: /^\/iam\/clients\/invite_user$/,
    notFound: IAM_MESSAGES.userNotFound,
    async run({ instance, request, actorId }) {
      // DRF checks permissions before it reads the body: a non-admin gets 403 whatever they send.
      if (!mayInvite(instance.backend.getSession(actorId)).allowed) return forbidden();
      const { clientId, input } = parseInviteBody(await readJsonObject(request));
      if (clientId !== instance.clientId) return forbidden();
      const { user } = instance.backend.inviteUser(actorId, input);
      return json(200, { status: 'sent', user_id: user.id });
    },
  },
  // E5. `{user_role: Group}`.
  {
    method: 'GET',
    pattern: CLIENT_USER,
    notFound: IAM_MESSAGES.notInAccount,
    run(call) {
      requireAccount(call);
      const user = call.instance.backend.getUser(call.actorId, call.params[1]!);
      return json(200, { user_role: toWireGroup(user.role) });
    },
  },
  // E6. 204 without a body.
  {
    method: 'PUT',
    pattern: CLIENT_USER,
    notFound: IAM_MESSAGES.notInAccount,
    async run(call) {
      requireAccount(call);
      const role: RoleId = parseRoleBody(await readJsonObject(call.request));
      call.instance.backend.setUserRole(call.actorId, call.params[1]!, role);
      return empty(204);
    },
  },
  // E7. 200 with a plain-text sentence, not JSON.
  {
    method: 'DELETE',
    pattern: CLIENT_USER,
    notFound: IAM_MESSAGES.notInAccount,
    run(call) {
      requireAccount(call);
      call.instance.backend.removeUser(call.actorId, call.params[1]!);
      return text(200, IAM_MESSAGES.revoked);
    },
  },
  // E11, of the reseller API only. 200 without a body; 400 `{message}` when already activated; 404
  // for an unknown email. An instance with `resellerEndpoints: false` has no such route.
  {
    method: 'POST',
    pattern: /^\/iam\/auth\/renew_invitation$/,
    notFound: IAM_MESSAGES.emailNotFound,
    served: (instance) => instance.serving.resellerEndpoints !== false,
    async run({ instance, request, actorId }) {
      if (!isAdmin(instance.backend.getSession(actorId))) return forbidden();
      const email = parseEmailBody(await readJsonObject(request));
      const member = instance.backend.findMemberByEmail(email);
      if (!member) return notFound(IAM_MESSAGES.emailNotFound);
      // The endpoint is keyed by email and answers this before any rule about whom one may resend to.
      if (member.activated) return json(400, { message: IAM_MESSAGES.alreadyActivated });
      instance.backend.resendInvite(actorId, member.id);
      return empty(200);
    },
  },
  // E12. A plain array of `TokenResponse`; admins see every token, others their own.
  {
    method: 'GET',
    pattern: /^\/iam\/v2\/clients\/(\d{1,9})\/tokens$/,
    notFound: 'Account not found.',
    run(call) {
      requireAccount(call);
      const filters = parseTokenFilters(call.url.searchParams);
      const tokens = call.instance.backend
        .listApiTokens(call.actorId, filters.issuedBy === undefined ? {} : { issuedBy: filters.issuedBy })
        .filter(
          (token) =>
            (filters.notIssuedBy === undefined || token.issuer.userId !== filters.notIssuedBy) &&
            (filters.role === undefined || token.role === filters.role) &&
            (filters.deleted === undefined || token.deleted === filters.deleted),
        );
      return json(
        200,
        tokens.map((token) => toWireToken(token, call.instance.clientId)),
      );
    },
  },
  // E13. 204.
  {
    method: 'DELETE',
    pattern: /^\/iam\/v2\/clients\/(\d{1,9})\/tokens\/(\d{1,9})$/,
    notFound: IAM_MESSAGES.tokenNotFound,
    run(call) {
      requireAccount(call);
      call.instance.backend.deleteApiToken(call.actorId, call.params[1]!);
      return empty(204);
    },
  },
];

/** The `{clientId}` in the path must be this instance's account. */
function requireAccount(call: RouteCall): void {
  if (call.params[0] !== call.instance.clientId) {
    throw new HttpResponseError(forbidden(IAM_MESSAGES.wrongAccount));
  }
}

/** Answers one IAM request; `path` is relative to the instance's base, without a trailing slash. */
export async function handleIamRequest(instance: ReferenceInstance, request: Request, path: string): Promise<Response> {
  const candidates = ROUTES.filter((route) => route.pattern.test(path) && (route.served?.(instance) ?? true));
  if (candidates.length === 0) return noSuchRoute();
  const route = candidates.find((candidate) => candidate.method === request.method);
  if (!route) {
    return methodNotAllowed(
      request.method,
      candidates.map((candidate) => candidate.method),
    );
  }

  const auth = parseReferenceAuth(request.headers.get('authorization'));
  if (!auth.ok) return unauthenticated(auth.reason);

  const match = route.pattern.exec(path)!;
  const call: RouteCall = {
    instance,
    request,
    url: new URL(request.url),
    params: match.slice(1).map(Number),
    actorId: auth.userId,
    account: { clientId: instance.clientId, companyName: `Reference account ${instance.clientId}` },
  };
  try {
    return await route.run(call);
  } catch (error) {
    if (error instanceof HttpResponseError) return error.response;
    if (isUsersError(error)) return usersErrorResponse(error, { notFound: route.notFound });
    console.error('[reference-server]', request.method, path, error);
    return internalError();
  }
}
