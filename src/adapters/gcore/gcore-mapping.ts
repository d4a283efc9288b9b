import type * as z from 'zod/mini';
import {
  effectiveRole,
  findRoleByApiName,
  firstIssuePath,
  isRoleId,
  type ApiToken,
  type RoleId,
  type User,
} from '../../core/index.js';
import { badResponseError } from './gcore-errors.js';
import {
  wireInviteResponseSchema,
  wirePaginatedUsersSchema,
  wireTokenArraySchema,
  wireUserArraySchema,
  wireUserSchema,
  type WireGroup,
  type WireInviteResponse,
  type WireToken,
  type WireUser,
} from './gcore-wire.js';

/**
 * Wire → domain. Each function validates what the server sent before reading it and throws a
 * `bad_response` naming the first offending path (`results.3.email`), so one malformed field
 * never becomes `undefined` somewhere in the UI.
 */

/** `GET /iam/users/me`, `PATCH /iam/users/{id}`. */
export function userFromBody(body: unknown): User {
  return mapUser(parseWire(wireUserSchema, body, 'user'), '');
}

/** `GET /iam/users` without `limit`: a `PaginatedUsersArray` or a bare array. Deleted users are dropped. */
export function usersFromListBody(body: unknown): User[] {
  const [wireUsers, prefix] = Array.isArray(body)
    ? [parseWire(wireUserArraySchema, body, 'user list'), '']
    : [parseWire(wirePaginatedUsersSchema, body, 'user list').results, 'results.'];
  // Deleted rows are never shown, and may well hold no group in this account any more.
  return wireUsers.flatMap((wire, index) => (wire.deleted ? [] : [mapUser(wire, `${prefix}${index}.`)]));
}

export function inviteResponseFromBody(body: unknown): WireInviteResponse {
  return parseWire(wireInviteResponseSchema, body, 'invitation answer');
}

/** `GET /iam/v2/clients/{id}/tokens`: a plain array, deleted and expired tokens included. */
export function tokensFromBody(body: unknown): ApiToken[] {
  return parseWire(wireTokenArraySchema, body, 'token list').map((wire, index) => mapToken(wire, `${index}.`));
}

function mapUser(wire: WireUser, path: string): User {
  const role = roleFromGroups(wire.groups);
  if (role === undefined) {
    throw badResponseError(`${path}groups`, `The server's answer has no known role at "${path}groups".`);
  }
  return {
    id: wire.id,
    email: wire.email,
    name: wire.name,
    lang: wire.lang,
    role,
    activated: wire.activated,
    twoFa: wire.two_fa,
    deleted: wire.deleted,
    ...(wire.phone !== undefined && { phone: wire.phone }),
    ...(typeof wire.company === 'string' && { company: wire.company }),
    ...(wire.sso_auth !== undefined && { ssoAuth: wire.sso_auth }),
  };
}

function mapToken(wire: WireToken, path: string): ApiToken {
  const role = roleOf(wire.client_user.role);
  if (role === undefined) {
    const field = `${path}client_user.role`;
    throw badResponseError(field, `The server's answer has no known role at "${field}".`);
  }
  const issuer = wire.client_user;
  return {
    id: wire.id,
    name: wire.name,
    description: wire.description ?? null,
    role,
    expDate: wire.exp_date,
    created: wire.created,
    lastUsage: wire.last_usage || null,
    deleted: wire.deleted,
    expired: wire.expired,
    issuer: {
      userId: issuer.user_id,
      name: issuer.user_name || null,
      email: issuer.user_email,
      deleted: issuer.deleted,
    },
  };
}

/** "If a user holds two roles, the role with more rights is valid" (domain §1.1). */
function roleFromGroups(groups: readonly WireGroup[]): RoleId | undefined {
  return effectiveRole(groups.flatMap((group) => roleOf(group) ?? []));
}

/** The id decides; the name is the fallback for a server that sends only `{name}`. */
function roleOf(group: WireGroup): RoleId | undefined {
  if (isRoleId(group.id)) return group.id;
  return group.name === undefined ? undefined : findRoleByApiName(group.name)?.id;
}

function parseWire<T>(schema: z.ZodMiniType<T>, body: unknown, what: string): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const field = firstIssuePath(result.error);
  const issuePath = result.error.issues[0]?.path ?? [];
  const problem = issuePath.length > 0 && valueAt(body, issuePath) === undefined ? 'is missing' : 'is invalid';
  throw badResponseError(field, `The server's ${what} is not as expected: "${field}" ${problem}.`, result.error);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
