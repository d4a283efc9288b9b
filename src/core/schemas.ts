import * as z from 'zod/mini';
import { API_LANGUAGES, OFFERED_LANGUAGES } from './languages.js';
import { ROLE_IDS, type RoleId } from './roles.js';
import type { InviteInput, UserPatch } from './types.js';

/**
 * Input schemas: what the forms validate before anything is sent, and what the MemoryAdapter
 * validates again on arrival. Messages are codes (`email_invalid`); the i18n catalog turns each
 * into a sentence in the user's language.
 */

export const NAME_MAX_LENGTH = 255;
export const EMAIL_MAX_LENGTH = 254;

export type ValidationCode =
  'email_required' | 'email_invalid' | 'email_too_long' | 'name_too_long' | 'role_invalid' | 'lang_invalid';

export type InputField = 'email' | 'name' | 'role' | 'lang';
export type InputFieldErrors = Partial<Record<InputField, ValidationCode[]>>;

export type Validated<T> = { ok: true; value: T } | { ok: false; fieldErrors: InputFieldErrors };

const emailSchema = z.pipe(
  z
    .string({ error: 'email_required' })
    .check(
      z.trim(),
      z.minLength(1, { error: 'email_required' }),
      z.maxLength(EMAIL_MAX_LENGTH, { error: 'email_too_long' }),
    ),
  z.email({ error: 'email_invalid' }),
);

const nameSchema = z.string().check(z.trim(), z.maxLength(NAME_MAX_LENGTH, { error: 'name_too_long' }));
const roleSchema = z.union(
  ROLE_IDS.map((id) => z.literal(id)) as unknown as [z.ZodMiniLiteral<RoleId>, ...z.ZodMiniLiteral<RoleId>[]],
  { error: 'role_invalid' },
);
const offeredLanguageSchema = z.enum(OFFERED_LANGUAGES, { error: 'lang_invalid' });

export const inviteInputSchema = z.object({
  email: emailSchema,
  name: z.optional(nameSchema),
  role: roleSchema,
  lang: z.optional(offeredLanguageSchema),
});

export const userPatchSchema = z.object({
  name: z.optional(z.nullable(nameSchema)),
  lang: z.optional(offeredLanguageSchema),
});

export const roleChangeSchema = z.object({ role: roleSchema });

function validate<T>(schema: z.ZodMiniType<T>, input: unknown): Validated<T> {
  // Something that is not an object carries no fields: judge it as an empty form, so the caller
  // gets field codes (`email_required`, …) rather than one issue with no field to show it under.
  const result = schema.safeParse(typeof input === 'object' && input !== null ? input : {});
  if (result.success) return { ok: true, value: result.data };
  const fieldErrors: InputFieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as InputField;
    (fieldErrors[field] ??= []).push(issue.message as ValidationCode);
  }
  return { ok: false, fieldErrors };
}

/** Trims the email and name; an empty name becomes absent. */
export function validateInvite(input: unknown): Validated<InviteInput> {
  const result = validate<InviteInput>(inviteInputSchema, input);
  if (result.ok && result.value.name === '') {
    const { name: _empty, ...rest } = result.value;
    return { ok: true, value: rest };
  }
  return result;
}

/** Trims the name; an empty name becomes null (the user has no name). */
export function validateUserPatch(input: unknown): Validated<UserPatch> {
  const result = validate<UserPatch>(userPatchSchema, input);
  if (result.ok && result.value.name === '') return { ok: true, value: { ...result.value, name: null } };
  return result;
}

export function validateRoleChange(input: unknown): Validated<{ role: RoleId }> {
  return validate<{ role: RoleId }>(roleChangeSchema, input);
}

/**
 * Output schemas: what any adapter must return. The widget checks an adapter's answers against
 * them, so a custom adapter with a bug gives a `bad_response` naming the field, not a broken UI.
 */
const roleIdSchema = z.union(
  ROLE_IDS.map((id) => z.literal(id)) as unknown as [z.ZodMiniLiteral<RoleId>, ...z.ZodMiniLiteral<RoleId>[]],
);

/** `null`: the backend named no role the widget knows (see `User.role`). */
const knownRoleOrNullSchema = z.nullable(roleIdSchema);

export const userSchema = z.object({
  id: z.number().check(z.int()),
  email: z.string(),
  name: z.nullable(z.string()),
  lang: z.enum(API_LANGUAGES),
  role: knownRoleOrNullSchema,
  activated: z.boolean(),
  twoFa: z.boolean(),
  deleted: z.boolean(),
});

/** `RowProblem`: a row the adapter could not fully read. */
export const rowProblemSchema = z.object({
  id: z.optional(z.number().check(z.int())),
  field: z.string(),
});

export const userPageSchema = z.object({
  items: z.array(userSchema),
  total: z.number().check(z.int(), z.minimum(0)),
  problems: z.optional(z.array(rowProblemSchema)),
});

export const sessionSchema = z.object({ user: userSchema, role: knownRoleOrNullSchema });

export const inviteResultSchema = z.object({
  user: userSchema,
  outcome: z.enum(['created', 'existing']),
});

export const apiTokenSchema = z.object({
  id: z.number().check(z.int()),
  name: z.string(),
  description: z.nullable(z.string()),
  role: knownRoleOrNullSchema,
  expDate: z.nullable(z.string()),
  created: z.string(),
  lastUsage: z.nullable(z.string()),
  deleted: z.boolean(),
  expired: z.boolean(),
  issuer: z.object({
    userId: z.number(),
    name: z.nullable(z.string()),
    email: z.string(),
    deleted: z.boolean(),
  }),
});

export const apiTokenListSchema = z.array(apiTokenSchema);

/** `TokenList.problems`, which the list carries as a property of the array. */
export const rowProblemListSchema = z.array(rowProblemSchema);

/** The dotted path of the first field that failed, e.g. `items.3.email`, for `bad_response`. */
export function firstIssuePath(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  return issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
}
