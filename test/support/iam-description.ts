/**
 * What the official Gcore IAM OpenAPI description (users-domain.md's SPEC, `gcore-iam-api.yaml`)
 * says about the requests the GcoreIamAdapter sends, written out as our own table: each operation
 * with its operationId, method, path, query parameters and request body (required fields, allowed
 * fields, their types). Read-only properties (`readOnly: true`) are not allowed in a body.
 *
 * Every request the adapter sends in tests goes through `checkIamRequest` (the FakeIam of the unit
 * tests, `describedFetch` for the tests over HTTP against the reference server). A request the
 * table does not describe is recorded, and the test that sent it fails (see the `afterEach` below).
 *
 * The only requests outside the account API are in `DOCUMENTED_EXCEPTIONS`, each with its reason.
 */

type Check = { readonly describe: string; readonly test: (value: unknown) => boolean };

const integer: Check = { describe: 'an integer', test: (value) => Number.isSafeInteger(value) };
const string: Check = { describe: 'a string', test: (value) => typeof value === 'string' };
const nullableString: Check = {
  describe: 'a string or null',
  test: (value) => value === null || typeof value === 'string',
};
/**
 * `type: string, format: email`. The format is an annotation the server checks (its documented
 * 400 `{"errors": {"email": […]}}`), so a malformed address is a described request, answered so.
 */
const email: Check = string;
const LANGUAGES = ['de', 'en', 'ru', 'zh', 'az'];
const language: Check = {
  describe: `one of ${LANGUAGES.join(', ')}`,
  test: (value) => LANGUAGES.includes(value as string),
};
const GROUP_IDS = [1, 2, 5, 3009, 3022];
const GROUP_NAMES = [
  'Users',
  'Administrators',
  'Engineers',
  'Purge and Prefetch only (API)',
  'Purge and Prefetch only (API+Web)',
];
/** `Group`: `{id?, name?}`, the id one of the five, the name of the enum. */
const group: Check = {
  describe: 'a Group {id?, name?}',
  test: (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const { id, name, ...rest } = value as Record<string, unknown>;
    return (
      Object.keys(rest).length === 0 &&
      (id === undefined || GROUP_IDS.includes(id as number)) &&
      (name === undefined || GROUP_NAMES.includes(name as string))
    );
  },
};
const AUTH_TYPES = ['password', 'sso', 'github', 'google-oauth2'];
const authTypes: Check = {
  describe: `an array of ${AUTH_TYPES.join(', ')}`,
  test: (value) => Array.isArray(value) && value.every((item) => AUTH_TYPES.includes(item as string)),
};
const boolean: Check = { describe: 'a boolean', test: (value) => value === 'true' || value === 'false' };
const queryInteger: Check = { describe: 'an integer', test: (value) => /^\d+$/.test(String(value)) };
const queryString: Check = { describe: 'a string', test: (value) => typeof value === 'string' };

interface BodySpec {
  /** The schema's `required` list. */
  readonly required: readonly string[];
  /** Every writable property the schema has, with its type. */
  readonly fields: Readonly<Record<string, Check>>;
}

export interface DescribedOperation {
  /** The description's operationId (or, for an exception, what it is). */
  readonly operationId: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As the description writes it; `{…}` segments are integer path parameters. */
  readonly path: string;
  readonly query?: Readonly<Record<string, Check>>;
  /** Absent: the operation takes no request body. */
  readonly body?: BodySpec;
}

/** The account API's operations the adapter uses (paths of gcore-iam-api.yaml). */
export const DESCRIBED_OPERATIONS: readonly DescribedOperation[] = [
  { operationId: 'iamGetAccountDetails', method: 'GET', path: '/iam/clients/me' },
  {
    operationId: 'iamGetUsers',
    method: 'GET',
    path: '/iam/users',
    query: { limit: queryInteger, offset: queryInteger },
  },
  { operationId: 'iamGetUser', method: 'GET', path: '/iam/users/{userId}' },
  {
    operationId: 'iamUpdateUser',
    method: 'PATCH',
    path: '/iam/users/{userId}',
    // `PutUser`: nothing required; writable: email, name, lang, phone, auth_types.
    body: {
      required: [],
      fields: { email, name: nullableString, lang: language, phone: nullableString, auth_types: authTypes },
    },
  },
  {
    operationId: 'iamInviteUser',
    method: 'POST',
    path: '/iam/clients/invite_user',
    // `InviteUserRequest`.
    body: {
      required: ['email', 'user_role', 'client_id'],
      fields: { email, user_role: group, client_id: integer, lang: language, name: string },
    },
  },
  { operationId: 'iamGetClientUserRole', method: 'GET', path: '/iam/clients/{clientId}/client-users/{userId}' },
  {
    operationId: 'iamUpdateClientUserRole',
    method: 'PUT',
    path: '/iam/clients/{clientId}/client-users/{userId}',
    // `UserRole`: nothing required.
    body: { required: [], fields: { user_role: group } },
  },
  { operationId: 'iamRevokeClientUserAccess', method: 'DELETE', path: '/iam/clients/{clientId}/client-users/{userId}' },
  {
    operationId: 'iamGetApiTokensV2',
    method: 'GET',
    path: '/iam/v2/clients/{clientId}/tokens',
    query: { role: queryString, issued_by: queryInteger, not_issued_by: queryInteger, deleted: boolean },
  },
  { operationId: 'iamDeleteApiTokenV2', method: 'DELETE', path: '/iam/v2/clients/{clientId}/tokens/{tokenId}' },
];

/**
 * Requests the adapter sends that the account API does not describe, and why. The one list of them.
 */
export const DOCUMENTED_EXCEPTIONS: readonly (DescribedOperation & { readonly reason: string })[] = [
  {
    operationId: 'Resend invitation (reseller API)',
    method: 'POST',
    path: '/iam/auth/renew_invitation',
    body: { required: ['email'], fields: { email } },
    reason:
      'The account API has no way to resend an invitation (invite_user again answers "has already been ' +
      'invited"); the reseller API documents this one, with an EmailRequest body. When a server refuses it ' +
      '(403, 404, 405) the adapter reports `unsupported` (GcoreIamAdapter.resendInvite).',
  },
];

const ALL = [...DESCRIBED_OPERATIONS, ...DOCUMENTED_EXCEPTIONS];

function pathPattern(template: string): RegExp {
  const source = template.replace(/\{[^}]+\}/g, '[1-9]\\d{0,14}').replace(/\//g, '\\/');
  return new RegExp(`^${source}\\/?$`);
}

const PATTERNS = new Map(ALL.map((operation) => [operation, pathPattern(operation.path)]));

/**
 * What is wrong with a request, by the description, or undefined when it is described. `path` is
 * relative to the API's base (`/iam/users?limit=10`); `body` the raw body sent, if any.
 */
export function checkIamRequest(method: string, path: string, body: string | undefined): string | undefined {
  const url = new URL(path, 'http://api.invalid');
  const sameMethod = ALL.filter((operation) => operation.method === method.toUpperCase());
  const operation = sameMethod.find((candidate) => PATTERNS.get(candidate)!.test(url.pathname));
  if (!operation) return `${method} ${url.pathname}: no such operation in the description`;
  const where = `${method} ${url.pathname} (${operation.operationId})`;
  for (const [name, value] of url.searchParams) {
    const check = operation.query?.[name];
    if (!check) return `${where}: query parameter "${name}" is not described`;
    if (!check.test(value)) return `${where}: query parameter "${name}" must be ${check.describe}, got "${value}"`;
  }
  if (!operation.body) {
    return body === undefined || body === '' ? undefined : `${where}: takes no request body, got ${body}`;
  }
  let parsed: unknown;
  try {
    parsed = body === undefined || body === '' ? {} : JSON.parse(body);
  } catch {
    return `${where}: the body is not JSON: ${body}`;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return `${where}: the body is not an object`;
  const fields = parsed as Record<string, unknown>;
  for (const name of operation.body.required) {
    if (!(name in fields)) return `${where}: required field "${name}" is missing`;
  }
  for (const [name, value] of Object.entries(fields)) {
    const check = operation.body.fields[name];
    if (!check) return `${where}: field "${name}" is not described (or is read-only)`;
    if (!check.test(value)) return `${where}: field "${name}" must be ${check.describe}, got ${JSON.stringify(value)}`;
  }
  return undefined;
}

/** Requests of the current test that the description lacks; emptied after each test. */
const violations: string[] = [];

/** Checks one request and records what is wrong with it; returns the problem, if any. */
export function recordIamRequest(method: string, path: string, body: string | undefined): string | undefined {
  const problem = checkIamRequest(method, path, body);
  if (problem) violations.push(problem);
  return problem;
}

/** For a test that sends an undescribed request on purpose: takes (and so clears) what was recorded. */
export function takeIamViolations(): string[] {
  return violations.splice(0);
}

afterEach(function () {
  const found = takeIamViolations();
  if (found.length > 0) {
    throw new Error(`The adapter sent requests the IAM description lacks:\n  ${found.join('\n  ')}`);
  }
});

/**
 * A `fetch` for a GcoreIamAdapter under test that checks every request against the description
 * before sending it (`baseUrl` is the adapter's, to find the API path). A request the description
 * lacks is not sent: it fails as a network error would, and its test fails.
 */
export function describedFetch(
  baseUrl: string,
  inner: (input: string, init: RequestInit) => Promise<Response> = (input, init) => fetch(input, init),
): (input: string, init: RequestInit) => Promise<Response> {
  const base = new URL(baseUrl.replace(/\/+$/, ''), location.href);
  return (input, init) => {
    const url = new URL(input, location.href);
    const path = url.pathname.startsWith(base.pathname) ? url.pathname.slice(base.pathname.length) : url.pathname;
    const problem = recordIamRequest(init.method ?? 'GET', `${path}${url.search}`, init.body as string | undefined);
    if (problem) return Promise.reject(new TypeError(`Not in the IAM description: ${problem}`));
    return inner(input, init);
  };
}
