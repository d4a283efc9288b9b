import * as z from 'zod/mini';
import { API_LANGUAGES, isLanguage } from '../../core/index.js';

/**
 * The Gcore IAM API's JSON shapes, as far as the widget reads them (domain §2, §4; the official
 * OpenAPI `User`, `PaginatedUsersArray`, `InviteUserResponse`, `TokenResponse`).
 *
 * Fields the widget shows are required with the spec's types, so a broken server surfaces as
 * `bad_response` naming the field instead of as a blank cell. Fields it merely passes through are
 * optional, and unknown fields are ignored, so the API can grow without breaking the widget.
 *
 * What the description allows but the widget can't map is not refused here: a user's `groups` may
 * be empty or name no known role, a token's `client_user.role` may be `{}` (`Group` requires no
 * field, `UserGroups` has no minimum length). The mapping lists such rows with an unknown role.
 */

const int = () => z.number().check(z.int());

/**
 * A role as the API spells it. The name is a plain string, not the spec's enum: which groups the
 * widget understands is decided when mapping, where an unknown one can be skipped in favour of a
 * known one the user also holds.
 */
export const wireGroupSchema = z.object({
  id: z.optional(int()),
  name: z.optional(z.string()),
});

export const wireUserSchema = z.object({
  id: int(),
  email: z.string(),
  name: z.nullable(z.string()),
  lang: z.enum(API_LANGUAGES),
  groups: z.array(wireGroupSchema),
  activated: z.boolean(),
  two_fa: z.boolean(),
  deleted: z.boolean(),
  phone: z.optional(z.nullable(z.string())),
  company: z.optional(z.nullable(z.string())),
  sso_auth: z.optional(z.boolean()),
});

/**
 * The envelope of a `GET /iam/users` answer, its rows checked one by one afterwards
 * (`PaginatedUsersArray`: `count` and `results` required, `next` and `previous` optional strings;
 * `null` is accepted too, as Django REST Framework sends it).
 */
export const wireUserPageSchema = z.object({
  count: z.optional(int()),
  next: z.optional(z.nullable(z.string())),
  results: z.array(z.unknown()),
});

/**
 * The same test as `wireUserSchema`, written out, for the rows of a list: at 100,000 users zod
 * takes a few hundred milliseconds for what this does in a few dozen. It may only be stricter than
 * the schema, never looser: a row it refuses is judged again by the schema, which names the field.
 */
export function isPlainWireUser(value: unknown): value is WireUser {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Record<string, unknown>;
  return (
    Number.isSafeInteger(row.id) &&
    typeof row.email === 'string' &&
    (row.name === null || typeof row.name === 'string') &&
    isLanguage(row.lang) &&
    Array.isArray(row.groups) &&
    row.groups.every(isPlainWireGroup) &&
    typeof row.activated === 'boolean' &&
    typeof row.two_fa === 'boolean' &&
    typeof row.deleted === 'boolean' &&
    (row.phone === undefined || row.phone === null || typeof row.phone === 'string') &&
    (row.company === undefined || row.company === null || typeof row.company === 'string') &&
    (row.sso_auth === undefined || typeof row.sso_auth === 'boolean')
  );
}

function isPlainWireGroup(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const group = value as Record<string, unknown>;
  return (
    (group.id === undefined || Number.isSafeInteger(group.id)) &&
    (group.name === undefined || typeof group.name === 'string')
  );
}

/**
 * `GET /iam/clients/me` (`ClientBase`), as far as the session needs it: the account and the
 * signed-in user's id. Its `users` (`BaseUser`, no field required) are not read: the session user
 * comes from `GET /iam/users/{id}` (`UserPublic`, every field required).
 */
export const wireAccountIdentitySchema = z.object({
  id: int(),
  currentUser: int(),
  companyName: z.optional(z.nullable(z.string())),
});

export const wireInviteResponseSchema = z.object({
  status: z.optional(z.string()),
  user_id: int(),
});

export const wireTokenSchema = z.object({
  id: int(),
  name: z.string(),
  description: z.optional(z.nullable(z.string())),
  exp_date: z.nullable(z.string()),
  created: z.string(),
  // Required by the spec, but a token that was never used has nothing to put here.
  last_usage: z.optional(z.nullable(z.string())),
  deleted: z.boolean(),
  expired: z.boolean(),
  client_user: z.object({
    deleted: z.boolean(),
    user_id: int(),
    user_name: z.nullable(z.string()),
    user_email: z.string(),
    role: wireGroupSchema,
  }),
});

export const wireTokenArraySchema = z.array(wireTokenSchema);

export type WireGroup = z.infer<typeof wireGroupSchema>;
export type WireUser = z.infer<typeof wireUserSchema>;
export type WireAccountIdentity = z.infer<typeof wireAccountIdentitySchema>;
export type WireInviteResponse = z.infer<typeof wireInviteResponseSchema>;
export type WireToken = z.infer<typeof wireTokenSchema>;
