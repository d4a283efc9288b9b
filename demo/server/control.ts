import { isLanguage, isRoleId, isUsersError, type ApiToken, type RoleId, type User } from '../../src/core/index.js';
import { methodNotAllowed } from './error-bodies.js';
import { HttpResponseError, isJsonObject, json, readJsonObject, type JsonObject } from './http.js';
import {
  MAX_LATENCY_MS,
  MAX_USER_COUNT,
  type FailRule,
  type InstanceOptions,
  type InstanceRegistry,
  type ReferenceInstance,
} from './instances.js';

/**
 * The test-only control API, outside the Gcore surface: create isolated instances, and per instance
 * set latency, inject the next failure, seed data, move the clock, inspect and reset. Requests need
 * no Authorization. Errors are `400 {"message": …}` naming the offending field.
 */

function badRequest(message: string): HttpResponseError {
  return new HttpResponseError(json(400, { message }));
}

function integerField(body: JsonObject, field: string, min: number, max: number): number | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw badRequest(`${field}: expected an integer from ${min} to ${max}`);
  }
  return value;
}

function stringField(body: JsonObject, field: string, { required = false, nullable = false } = {}) {
  const value = body[field];
  if (value === undefined || (value === null && !required)) {
    if (required) throw badRequest(`${field}: required`);
    return value === null && nullable ? null : undefined;
  }
  if (typeof value !== 'string') throw badRequest(`${field}: expected a string`);
  return value;
}

function booleanField(body: JsonObject, field: string): boolean | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw badRequest(`${field}: expected a boolean`);
  return value;
}

/** A role id, or `null` for a member or token of unknown role (sent as `groups: []` or `role: {}`). */
function roleField(body: JsonObject, field: string): RoleId | null | undefined {
  const value = body[field];
  if (value === undefined || value === null) return value;
  if (!isRoleId(value)) throw badRequest(`${field}: expected a role id (1, 5, 3009, 3022, 2) or null`);
  return value;
}

function list(body: JsonObject, field: string): JsonObject[] {
  const value = body[field];
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every(isJsonObject)) throw badRequest(`${field}: expected an array of objects`);
  return value;
}

/**
 * `POST /__iam/instances` `{userCount?, seed?, clientId?, maxPageSize?, resellerEndpoints?}` →
 * 201 `{id, baseUrl}`.
 */
export async function createInstance(registry: InstanceRegistry, request: Request): Promise<Response> {
  const body = await readJsonObject(request);
  const options: InstanceOptions = {};
  const userCount = integerField(body, 'userCount', 0, MAX_USER_COUNT);
  const seed = integerField(body, 'seed', 0, 2 ** 32 - 1);
  const clientId = integerField(body, 'clientId', 1, 999_999_999);
  const maxPageSize = integerField(body, 'maxPageSize', 1, MAX_USER_COUNT);
  const resellerEndpoints = booleanField(body, 'resellerEndpoints');
  if (userCount !== undefined) options.userCount = userCount;
  if (seed !== undefined) options.seed = seed;
  if (clientId !== undefined) options.clientId = clientId;
  if (maxPageSize !== undefined) options.maxPageSize = maxPageSize;
  if (resellerEndpoints !== undefined) options.resellerEndpoints = resellerEndpoints;
  const instance = registry.create(options);
  return json(201, { id: instance.id, baseUrl: instance.basePath, clientId: instance.clientId });
}

type ControlAction = (instance: ReferenceInstance, body: JsonObject) => unknown;

const ACTIONS: Record<string, ControlAction> = {
  /** `{maxPageSize?, resellerEndpoints?}` (null clears): how the instance answers from now on. */
  options(instance, body) {
    if (body.maxPageSize === null) delete instance.serving.maxPageSize;
    const maxPageSize = integerField(body, 'maxPageSize', 1, MAX_USER_COUNT);
    if (maxPageSize !== undefined) instance.serving.maxPageSize = maxPageSize;
    if (body.resellerEndpoints === null) delete instance.serving.resellerEndpoints;
    const resellerEndpoints = body.resellerEndpoints === null ? undefined : booleanField(body, 'resellerEndpoints');
    if (resellerEndpoints !== undefined) instance.serving.resellerEndpoints = resellerEndpoints;
    return { ...instance.serving };
  },
  /** `{ms}`: every IAM answer of this instance waits that long. */
  latency(instance, body) {
    const ms = integerField(body, 'ms', 0, MAX_LATENCY_MS);
    if (ms === undefined) throw badRequest('ms: required');
    instance.latencyMs = ms;
    return { latencyMs: ms };
  },
  /** `{status, body?, contentType?, method?, pathIncludes?}`: the next matching request answers this. */
  'fail-next'(instance, body) {
    const status = integerField(body, 'status', 200, 599);
    if (status === undefined) throw badRequest('status: required');
    const rule: FailRule = { status };
    const text = stringField(body, 'body');
    const contentType = stringField(body, 'contentType');
    const method = stringField(body, 'method');
    const pathIncludes = stringField(body, 'pathIncludes');
    if (text !== undefined && text !== null) rule.body = text;
    if (contentType) rule.contentType = contentType;
    if (method) rule.method = method;
    if (pathIncludes) rule.pathIncludes = pathIncludes;
    return { pending: instance.addFailRule(rule) };
  },
  /** `{users?, apiTokens?, externalAccounts?}`, mirroring the backend's seeding helpers, in that order. */
  seed(instance, body) {
    const users: User[] = [];
    const apiTokens: ApiToken[] = [];
    for (const account of list(body, 'externalAccounts')) {
      instance.backend.addExternalAccount(
        stringField(account, 'email', { required: true })!,
        stringField(account, 'name', { nullable: true }) ?? null,
      );
    }
    for (const fields of list(body, 'users')) users.push(instance.backend.addUser(userFields(fields)));
    for (const fields of list(body, 'apiTokens'))
      apiTokens.push(instance.backend.addApiToken(tokenFields(instance, fields)));
    return { users, apiTokens };
  },
  /** `{now}` (ISO 8601): the backend's clock reads that instant now and runs on from there. */
  clock(instance, body) {
    const now = stringField(body, 'now', { required: true })!;
    const instant = new Date(now);
    if (Number.isNaN(instant.getTime())) throw badRequest('now: expected an ISO 8601 date');
    instance.setClock(instant);
    return { now: instance.now().toISOString() };
  },
  reset(instance) {
    instance.reset();
    return { reset: true };
  },
};

function userFields(body: JsonObject): Partial<User> & { email: string } {
  const fields: Partial<Record<keyof User, unknown>> & { email: string } = {
    email: stringField(body, 'email', { required: true })!,
  };
  const id = integerField(body, 'id', 1, 999_999_999);
  if (id !== undefined) fields.id = id;
  const name = stringField(body, 'name', { nullable: true });
  if (name !== undefined) fields.name = name;
  const role = roleField(body, 'role');
  if (role !== undefined) fields.role = role;
  if (body.lang !== undefined) {
    if (!isLanguage(body.lang)) throw badRequest('lang: expected one of en, de, zh, ru, az');
    fields.lang = body.lang;
  }
  for (const flag of ['activated', 'twoFa', 'deleted', 'ssoAuth'] as const) {
    const value = booleanField(body, flag);
    if (value !== undefined) fields[flag] = value;
  }
  for (const field of ['phone', 'company'] as const) {
    const value = stringField(body, field, { nullable: field === 'phone' });
    if (value !== undefined) fields[field] = value;
  }
  return fields as Partial<User> & { email: string };
}

type TokenFields = Parameters<ReferenceInstance['backend']['addApiToken']>[0];

function tokenFields(instance: ReferenceInstance, body: JsonObject): TokenFields {
  // By id, or by email for a member seeded in the same request (whose id the caller can't know yet).
  let issuerId = integerField(body, 'issuerId', 1, 999_999_999);
  const issuerEmail = stringField(body, 'issuerEmail');
  if (issuerId === undefined && issuerEmail) issuerId = instance.backend.findMemberByEmail(issuerEmail)?.id;
  if (issuerId === undefined) throw badRequest('issuerId: required (or issuerEmail of a current member)');
  const fields: { -readonly [K in keyof TokenFields]: TokenFields[K] } = { issuerId };
  const role = roleField(body, 'role');
  if (role !== undefined) fields.role = role;
  const name = stringField(body, 'name');
  if (name) fields.name = name;
  for (const field of ['description', 'expDate', 'lastUsage'] as const) {
    const value = stringField(body, field, { nullable: true });
    if (value !== undefined) fields[field] = value;
  }
  const deleted = booleanField(body, 'deleted');
  if (deleted !== undefined) fields.deleted = deleted;
  return fields;
}

/** `<baseUrl>/__control/<action>`: POST for the actions, GET `state` to look inside. */
export async function handleControl(instance: ReferenceInstance, request: Request, action: string): Promise<Response> {
  try {
    if (action === 'state') {
      if (request.method !== 'GET') return methodNotAllowed(request.method, ['GET']);
      return json(200, {
        id: instance.id,
        baseUrl: instance.basePath,
        clientId: instance.clientId,
        latencyMs: instance.latencyMs,
        pendingFailures: instance.pendingFailures,
        serving: instance.serving,
        now: instance.now().toISOString(),
        sentEmails: instance.backend.sentEmails,
      });
    }
    const run = Object.hasOwn(ACTIONS, action) ? ACTIONS[action] : undefined;
    if (!run) return json(404, { message: `Unknown control action "${action}".` });
    if (request.method !== 'POST') return methodNotAllowed(request.method, ['POST']);
    return json(200, run(instance, await readJsonObject(request)));
  } catch (error) {
    if (error instanceof HttpResponseError) return error.response;
    if (isUsersError(error)) return json(400, { message: error.message });
    throw error;
  }
}
