import { expect } from '@open-wc/testing';
import { UsersError, type UsersErrorCode } from '../../../src/core/index.js';
import { GcoreIamAdapter, type GcoreIamAdapterConfig } from '../../../src/adapters/gcore/index.js';
import { recordIamRequest } from '../../support/iam-description.js';

/**
 * A scripted stand-in for the IAM API, plugged in as the adapter's `fetch`: it records every
 * request and answers from per-route queues, so tests assert on the exact wire traffic. Every
 * request is also checked against the IAM description (test/support/iam-description.ts): one the
 * description lacks fails the test.
 */

export const BASE_URL = 'https://iam.example.test';
export const CLIENT_ID = 42;
export const AUTH = 'APIKey 42_secret';

export interface RecordedRequest {
  readonly method: string;
  /** Without the base URL: `/iam/users?x=1`. */
  readonly path: string;
  readonly url: string;
  readonly headers: Headers;
  /** The JSON body, parsed; undefined when none was sent. */
  readonly body: unknown;
  readonly signal: AbortSignal | undefined;
}

export type Handler = (request: RecordedRequest) => Response | Promise<Response>;

export class FakeIam {
  readonly requests: RecordedRequest[] = [];
  private readonly routes = new Map<string, Handler[]>();

  /**
   * Answers `METHOD /path` with the handlers in turn; the last one keeps answering. A route
   * without a query string answers that path whatever its query (`GET /iam/users` answers
   * `GET /iam/users?limit=1000&offset=0`), unless a route names the query too.
   */
  on(route: `${string} /${string}`, ...handlers: Array<Handler | Response>): this {
    this.routes.set(
      route,
      handlers.map((handler) => (typeof handler === 'function' ? handler : () => handler.clone())),
    );
    return this;
  }

  readonly fetch = async (input: string, init: RequestInit): Promise<Response> => {
    const url = String(input);
    const path = url.startsWith(BASE_URL) ? url.slice(BASE_URL.length) : url;
    const method = init.method ?? 'GET';
    const request: RecordedRequest = {
      method,
      path,
      url,
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      signal: init.signal ?? undefined,
    };
    this.requests.push(request);
    recordIamRequest(method, path, typeof init.body === 'string' ? init.body : undefined);
    const handlers = this.routes.get(`${method} ${path}`) ?? this.routes.get(`${method} ${path.split('?')[0]}`);
    if (!handlers || handlers.length === 0) {
      return new Response(`no route for ${method} ${path}`, { status: 501 });
    }
    const handler = handlers.length > 1 ? handlers.shift()! : handlers[0]!;
    return handler(request);
  };

  /** Requests sent to `METHOD /path`; a route without a query counts that path with any query. */
  count(route: string): number {
    return this.requests.filter((request) => matchesRoute(request, route)).length;
  }

  /** The requests sent to `METHOD /path` (with any query when the route names none). */
  sentTo(route: string): RecordedRequest[] {
    return this.requests.filter((request) => matchesRoute(request, route));
  }

  /** Answers getSession: `GET /iam/clients/me` naming `user` as `currentUser`, and `GET /iam/users/{id}`. */
  signedInAs(user: Record<string, unknown>, clientId = CLIENT_ID): this {
    return this.on('GET /iam/clients/me', json(accountDetails(user.id as number, clientId))).on(
      `GET /iam/users/${user.id as number}`,
      json(user),
    );
  }

  get last(): RecordedRequest {
    const request = this.requests.at(-1);
    if (!request) throw new Error('no request was sent');
    return request;
  }
}

function matchesRoute(request: RecordedRequest, route: string): boolean {
  const sent = `${request.method} ${request.path}`;
  return sent === route || (!route.includes('?') && sent.split('?')[0] === route);
}

/**
 * A `ClientBase` as `GET /iam/clients/me` answers it: required fields present, `users` (the
 * account's, here just the current user as a `BaseUser`) before `currentUser`, as the description
 * orders them.
 */
export function accountDetails(
  currentUser: number,
  clientId = CLIENT_ID,
  users: unknown[] = [],
): Record<string, unknown> {
  return {
    id: clientId,
    users,
    email: 'owner@example.com',
    phone: null,
    name: 'Owner',
    status: 'active',
    companyName: 'Example Ltd',
    website: '',
    currentUser,
    capabilities: ['CDN'],
    serviceStatuses: {},
    paidFeatures: {},
    freeFeatures: {},
    entryBaseDomain: null,
    deleted: false,
    bill_type: 'postpaid',
    is_test: false,
    has_active_admin: true,
  };
}

export function adapterFor(iam: FakeIam, config: Partial<GcoreIamAdapterConfig> = {}): GcoreIamAdapter {
  return new GcoreIamAdapter({ baseUrl: BASE_URL, clientId: CLIENT_ID, auth: () => AUTH, fetch: iam.fetch, ...config });
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function text(body: string, status = 200, contentType = 'text/plain'): Response {
  return new Response(body, { status, headers: { 'Content-Type': contentType } });
}

export function empty(status = 204): Response {
  return new Response(null, { status });
}

export const HTML_PAGE =
  '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>nginx</h1></body></html>';

/** A handler that never answers, but rejects as a real fetch does when its signal aborts. */
export const hang: Handler = (request) =>
  new Promise<Response>((_resolve, reject) => {
    request.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });

/** A handler answering after `ms` milliseconds. */
export function later(ms: number, response: () => Response): Handler {
  return () => new Promise((resolve) => setTimeout(() => resolve(response()), ms));
}

export function wireUser(id: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    email: `user${id}@example.com`,
    name: `User ${id}`,
    lang: 'en',
    phone: null,
    company: 'Example Ltd',
    reseller: 1,
    client: 42.0,
    deleted: false,
    groups: [{ id: 2, name: 'Users' }],
    activated: true,
    sso_auth: false,
    two_fa: false,
    auth_types: ['password'],
    user_type: 'common',
    is_active: true,
    client_and_roles: [{ client_id: 42, client_company_name: 'Example Ltd', user_id: id, user_roles: ['2'] }],
    ...overrides,
  };
}

export function wireToken(id: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    name: `Token ${id}`,
    description: 'CI deploys',
    exp_date: '2027-01-01T12:00:00.000000Z',
    created: '2026-01-01T12:00:00.000000Z',
    last_usage: '2026-02-01T12:00:00.000000Z',
    deleted: false,
    expired: false,
    client_user: {
      deleted: false,
      user_id: 7,
      user_name: 'Ada Admin',
      user_email: 'ada@example.com',
      client_id: 42,
      role: { id: 5, name: 'Engineers' },
    },
    ...overrides,
  };
}

/** The UsersError a promise rejects with; fails the test when it resolves or rejects with anything else. */
export async function failure(promise: Promise<unknown>, code?: UsersErrorCode): Promise<UsersError> {
  let error: unknown;
  try {
    await promise;
  } catch (caught) {
    error = caught;
  }
  expect(error, 'the promise should have rejected').to.be.instanceOf(UsersError);
  const usersError = error as UsersError;
  if (code) expect(usersError.code, `code (message: ${usersError.message})`).to.equal(code);
  return usersError;
}

/** Resolves once the event loop has run pending fetch handlers. */
export function tick(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
