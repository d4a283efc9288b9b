import * as z from 'zod/mini';
import { API_LANGUAGES } from '../../core/index.js';

/**
 * The Gcore IAM API's JSON shapes, as far as the widget reads them (domain §2, §4; the official
 * OpenAPI `User`, `PaginatedUsersArray`, `InviteUserResponse`, `TokenResponse`).
 *
 * Fields the widget shows are required with the spec's types, so a broken server surfaces as
 * `bad_response` naming the field instead of as a blank cell. Fields it merely passes through are
 * optional, and unknown fields are ignored, so the API can grow without breaking the widget.
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

/** `GET /iam/users` without `limit`: the spec documents the paginated object, servers send either. */
export const wireUserArraySchema = z.array(wireUserSchema);

export const wirePaginatedUsersSchema = z.object({
  count: z.optional(int()),
  results: wireUserArraySchema,
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
export type WireInviteResponse = z.infer<typeof wireInviteResponseSchema>;
export type WireToken = z.infer<typeof wireTokenSchema>;
