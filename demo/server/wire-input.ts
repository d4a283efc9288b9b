import { isLanguage, type InviteInput, type RoleId, type UserPatch } from '../../src/core/index.js';
import { IAM_MESSAGES, validationFailed, type WireFieldErrors } from './error-bodies.js';
import { HttpResponseError, type JsonObject } from './http.js';
import { parseWireRole, pythonRepr } from './wire.js';

/**
 * Request bodies and query strings in the Gcore wire format → domain inputs for the MemoryBackend.
 * Checks only what the wire format itself demands (presence, types, a known role): the business
 * rules and the email format stay in the backend, so both servers and the MemoryAdapter agree.
 * Errors are collected per field and thrown as one 400 `{"errors": {…}}`, as DRF does.
 */

class FieldErrorCollector {
  private readonly errors: WireFieldErrors = {};
  add(field: string, message: string): void {
    (this.errors[field] ??= []).push(message);
  }
  throwIfAny(): void {
    if (Object.keys(this.errors).length > 0) throw new HttpResponseError(validationFailed(this.errors));
  }
}

function optionalString(body: JsonObject, field: string, errors: FieldErrorCollector): string | null | undefined {
  const value = body[field];
  if (value === undefined || value === null || typeof value === 'string') return value;
  errors.add(field, IAM_MESSAGES.notAString);
  return undefined;
}

function requiredString(body: JsonObject, field: string, errors: FieldErrorCollector): string | undefined {
  const value = body[field];
  if (value === undefined || value === null || value === '') {
    errors.add(field, IAM_MESSAGES.required);
    return undefined;
  }
  if (typeof value === 'string') return value;
  errors.add(field, IAM_MESSAGES.notAString);
  return undefined;
}

function optionalLanguage(body: JsonObject, errors: FieldErrorCollector): InviteInput['lang'] | undefined {
  const value = body.lang;
  if (value === undefined || value === null) return undefined;
  if (isLanguage(value)) return value;
  errors.add('lang', IAM_MESSAGES.invalidChoice(String(value)));
  return undefined;
}

function role(body: JsonObject, errors: FieldErrorCollector): RoleId | undefined {
  const value = body.user_role;
  if (value === undefined || value === null) {
    errors.add('user_role', IAM_MESSAGES.required);
    return undefined;
  }
  const parsed = parseWireRole(value);
  if (parsed === undefined) errors.add('user_role', IAM_MESSAGES.invalidRole(pythonRepr(value)));
  return parsed;
}

/** `InviteUserRequest`: `{client_id, email, user_role: {id?, name?}, lang?, name?}`. */
export function parseInviteBody(body: JsonObject): { clientId: number; input: InviteInput } {
  const errors = new FieldErrorCollector();
  const clientId = body.client_id;
  if (clientId === undefined || clientId === null) errors.add('client_id', IAM_MESSAGES.required);
  else if (!Number.isInteger(clientId)) errors.add('client_id', IAM_MESSAGES.notAnInteger);
  const email = requiredString(body, 'email', errors);
  const userRole = role(body, errors);
  const lang = optionalLanguage(body, errors);
  const name = optionalString(body, 'name', errors);
  errors.throwIfAny();
  const input: InviteInput = {
    email: email!,
    role: userRole!,
    ...(lang === undefined ? {} : { lang }),
    ...(name === undefined || name === null ? {} : { name }),
  };
  return { clientId: clientId as number, input };
}

/** `PutUser`, partially: only `name` and `lang` are applied; other documented fields are ignored. */
export function parseUserPatch(body: JsonObject): UserPatch {
  const errors = new FieldErrorCollector();
  const name = optionalString(body, 'name', errors);
  const lang = optionalLanguage(body, errors);
  errors.throwIfAny();
  return {
    ...(name === undefined ? {} : { name }),
    ...(lang === undefined ? {} : { lang }),
  };
}

/** `UserRole`: `{user_role: {id?, name?}}`. */
export function parseRoleBody(body: JsonObject): RoleId {
  const errors = new FieldErrorCollector();
  const parsed = role(body, errors);
  errors.throwIfAny();
  return parsed!;
}

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** `EmailRequest`: `{email}`. */
export function parseEmailBody(body: JsonObject): string {
  const errors = new FieldErrorCollector();
  const email = requiredString(body, 'email', errors);
  if (email !== undefined && !EMAIL_SHAPE.test(email.trim())) errors.add('email', IAM_MESSAGES.invalidEmail);
  errors.throwIfAny();
  return email!.trim();
}

export interface Paging {
  /** Undefined: the whole list ("otherwise API returns a list with all users without pagination"). */
  limit?: number;
  offset: number;
}

/** `limit` / `offset` as DRF's LimitOffsetPagination reads them: unusable values fall back to the default. */
export function parsePaging(params: URLSearchParams): Paging {
  const limit = nonNegativeInteger(params.get('limit'));
  const offset = nonNegativeInteger(params.get('offset'));
  return { ...(limit !== undefined && limit > 0 ? { limit } : {}), offset: offset ?? 0 };
}

export interface TokenFilters {
  issuedBy?: number;
  notIssuedBy?: number;
  role?: RoleId;
  /** true: only deleted tokens; false: only live ones. (The spec's wording is inverted; we take the name.) */
  deleted?: boolean;
}

/** The query of `GET /iam/v2/clients/{clientId}/tokens`: `issued_by`, `not_issued_by`, `role`, `deleted`. */
export function parseTokenFilters(params: URLSearchParams): TokenFilters {
  const errors = new FieldErrorCollector();
  const filters: TokenFilters = {};
  for (const [param, key] of [
    ['issued_by', 'issuedBy'],
    ['not_issued_by', 'notIssuedBy'],
  ] as const) {
    const raw = params.get(param);
    if (raw === null || raw === '') continue;
    const value = nonNegativeInteger(raw);
    if (value === undefined) errors.add(param, IAM_MESSAGES.notAnInteger);
    else filters[key] = value;
  }
  const roleParam = params.get('role');
  if (roleParam) {
    // Documented as the group's id, exemplified as its name (`&role=Engineers`): accept both.
    const parsed = /^\d+$/.test(roleParam)
      ? parseWireRole({ id: Number(roleParam) })
      : parseWireRole({ name: roleParam });
    if (parsed === undefined) {
      errors.add('role', `Select a valid choice. ${roleParam} is not one of the available choices.`);
    } else filters.role = parsed;
  }
  const deleted = params.get('deleted');
  if (deleted) {
    if (/^(true|1)$/i.test(deleted)) filters.deleted = true;
    else if (/^(false|0)$/i.test(deleted)) filters.deleted = false;
    else errors.add('deleted', IAM_MESSAGES.notABoolean);
  }
  errors.throwIfAny();
  return filters;
}

function nonNegativeInteger(raw: string | null): number | undefined {
  if (raw === null || !/^\d{1,9}$/.test(raw.trim())) return undefined;
  return Number(raw.trim());
}
