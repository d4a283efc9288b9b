import type * as z from 'zod/mini';
import {
  effectiveRole,
  findRoleByApiName,
  firstIssuePath,
  isRoleId,
  type ApiToken,
  type RoleId,
  type RowProblem,
  type TokenList,
  type User,
} from '../../core/index.js';
import { badResponseError } from './gcore-errors.js';
import {
  isPlainWireUser,
  wireAccountIdentitySchema,
  wireInviteResponseSchema,
  wireTokenArraySchema,
  wireUserPageSchema,
  wireUserSchema,
  type WireAccountIdentity,
  type WireGroup,
  type WireInviteResponse,
  type WireToken,
  type WireUser,
} from './gcore-wire.js';

/**
 * Wire → domain. Each function validates what the server sent before reading it and throws a
 * `bad_response` naming the first offending path (`results.3.email`), so one malformed field
 * never becomes `undefined` somewhere in the UI.
 *
 * A row the description allows but the widget can't fully map (a user whose `groups` names no
 * known role, a token whose `client_user.role` is `{}`) is not an error: it is mapped with
 * `role: null` and named in the answer's problems, so one such row never hides the others.
 */

/** `GET /iam/users/{id}` (`UserPublic`), `PATCH /iam/users/{id}` (`User`). */
export function userFromBody(body: unknown): User {
  return mapUser(parseWire(wireUserSchema, body, 'user'));
}

/** `id` and `currentUser` of `GET /iam/clients/me`, from its top level as `readTopLevelFields` reads it. */
export function accountIdentityFrom(topLevel: unknown): WireAccountIdentity {
  return parseWire(wireAccountIdentitySchema, topLevel, 'account details');
}

/** One answer of `GET /iam/users`, its rows not checked yet. */
export interface WireUserPage {
  readonly rows: readonly unknown[];
  /** Users in the whole list, deleted ones included; absent from a bare array. */
  readonly count?: number;
  /** The URL of the next slice, when the server paged the answer. */
  readonly next?: string | null;
  /** How a row's field is named in errors: `results.` before its index, or nothing for a bare array. */
  readonly rowPath: string;
}

/** A `PaginatedUsersArray`, or the bare array some servers send when no `limit` is given. */
export function userPageFromBody(body: unknown): WireUserPage {
  if (Array.isArray(body)) return { rows: body, rowPath: '' };
  const page = parseWire(wireUserPageSchema, body, 'user list');
  return { rows: page.results, count: page.count, next: page.next, rowPath: 'results.' };
}

/** One list row; `path` names it in errors (`results.1042`). Throws `bad_response` for a malformed row. */
export function userFromRow(row: unknown, path: string): { user: User; problem?: RowProblem } {
  const wire = isPlainWireUser(row) ? row : parseWire(wireUserSchema, row, 'user list', `${path}.`);
  const user = mapUser(wire);
  return user.role === null ? { user, problem: { id: user.id, field: 'groups' } } : { user };
}

export function inviteResponseFromBody(body: unknown): WireInviteResponse {
  return parseWire(wireInviteResponseSchema, body, 'invitation answer');
}

/** `GET /iam/v2/clients/{id}/tokens`: a plain array, deleted and expired tokens included. */
export function tokensFromBody(body: unknown): TokenList {
  const tokens = parseWire(wireTokenArraySchema, body, 'token list').map(mapToken);
  const problems = tokens.flatMap((token) =>
    token.role === null ? [{ id: token.id, field: 'client_user.role' }] : [],
  );
  return problems.length > 0 ? Object.assign(tokens, { problems }) : tokens;
}

function mapUser(wire: WireUser): User {
  return {
    id: wire.id,
    email: wire.email,
    name: wire.name,
    lang: wire.lang,
    role: roleFromGroups(wire.groups),
    activated: wire.activated,
    twoFa: wire.two_fa,
    deleted: wire.deleted,
    ...(wire.phone !== undefined && { phone: wire.phone }),
    ...(typeof wire.company === 'string' && { company: wire.company }),
    ...(wire.sso_auth !== undefined && { ssoAuth: wire.sso_auth }),
  };
}

function mapToken(wire: WireToken): ApiToken {
  const issuer = wire.client_user;
  return {
    id: wire.id,
    name: wire.name,
    description: wire.description ?? null,
    role: roleOf(issuer.role) ?? null,
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

/**
 * "If a user holds two roles, the role with more rights is valid" (domain §1.1). `null` when no
 * group names a known role.
 */
function roleFromGroups(groups: readonly WireGroup[]): RoleId | null {
  return effectiveRole(groups.flatMap((group) => roleOf(group) ?? [])) ?? null;
}

/** The id decides; the name is the fallback for a server that sends only `{name}`. */
function roleOf(group: WireGroup): RoleId | undefined {
  if (isRoleId(group.id)) return group.id;
  return group.name === undefined ? undefined : findRoleByApiName(group.name)?.id;
}

/** `prefix` goes before the issue's path in the field named (`results.1042.` for a list row). */
function parseWire<T>(schema: z.ZodMiniType<T>, body: unknown, what: string, prefix = ''): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issuePath = result.error.issues[0]?.path ?? [];
  const field =
    issuePath.length > 0 ? `${prefix}${firstIssuePath(result.error)}` : prefix.replace(/\.$/, '') || '(root)';
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
