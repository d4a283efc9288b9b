import type { FailRule, InstanceOptions } from './instances.js';
import { referenceAuth, type ReferenceAuthScheme } from './reference-auth.js';

export { referenceAuth };

/**
 * A browser-side handle on the reference IAM server's control API, for tests and stories that talk
 * to it over HTTP (fetch only, no Node imports). `origin` defaults to the page's own, which is where
 * web-test-runner and Vite mount the server.
 */

export interface ReferenceInstanceHandle {
  readonly id: string;
  /** Path of the instance, e.g. `/__iam/3-k2j9x1`: the `baseUrl` to give a GcoreIamAdapter. */
  readonly baseUrl: string;
  readonly clientId: number;
  /** `fetch` against the instance with the given member's credentials (default: the first admin). */
  request(path: string, init?: RequestInit & { as?: number; scheme?: ReferenceAuthScheme }): Promise<Response>;
  latency(ms: number): Promise<void>;
  /** How the instance answers from now on: pages of at most `maxPageSize`, the reseller endpoint or not (null: as created). */
  options(options: { maxPageSize?: number | null; resellerEndpoints?: boolean | null }): Promise<void>;
  failNext(rule: FailRule): Promise<void>;
  seed(actions: SeedActions): Promise<SeedResult>;
  setClock(now: Date | string): Promise<void>;
  reset(): Promise<void>;
  state(): Promise<InstanceState>;
  dispose(): Promise<void>;
}

export interface SeedActions {
  users?: Array<Record<string, unknown> & { email: string }>;
  apiTokens?: Array<Record<string, unknown>>;
  externalAccounts?: Array<{ email: string; name?: string | null }>;
}

/** Domain shapes (src/core/types.ts) of what was added, ids included. */
export interface SeedResult {
  users: Array<{ id: number; email: string } & Record<string, unknown>>;
  apiTokens: Array<{ id: number } & Record<string, unknown>>;
}

export interface InstanceState {
  id: string;
  baseUrl: string;
  clientId: number;
  latencyMs: number;
  pendingFailures: number;
  serving: { maxPageSize?: number; resellerEndpoints?: boolean };
  now: string;
  sentEmails: Array<{ to: string; kind: string }>;
}

async function post(url: string, body: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  return response.status === 204 ? undefined : response.json();
}

/** A fresh, isolated account on the reference server. */
export async function createReferenceInstance(
  options: InstanceOptions = {},
  origin = '',
): Promise<ReferenceInstanceHandle> {
  const created = (await post(`${origin}/__iam/instances`, options)) as {
    id: string;
    baseUrl: string;
    clientId: number;
  };
  return referenceInstance(created.baseUrl, created.clientId, created.id, origin);
}

/** A handle on an existing base, e.g. the default account: `referenceInstance('/api', 42)`. */
export function referenceInstance(
  baseUrl: string,
  clientId: number,
  id = 'default',
  origin = '',
): ReferenceInstanceHandle {
  const base = `${origin}${baseUrl}`;
  const control = (action: string, body: unknown) => post(`${base}/__control/${action}`, body);
  return {
    id,
    baseUrl,
    clientId,
    request(path, { as = 1, scheme = 'Bearer', headers, ...init } = {}) {
      const all = new Headers(headers);
      if (!all.has('authorization')) all.set('authorization', referenceAuth(as, scheme));
      if (init.body !== undefined && !all.has('content-type')) all.set('content-type', 'application/json');
      return fetch(`${base}${path}`, { ...init, headers: all });
    },
    latency: async (ms) => void (await control('latency', { ms })),
    options: async (options) => void (await control('options', options)),
    failNext: async (rule) => void (await control('fail-next', rule)),
    seed: async (actions) => (await control('seed', actions)) as SeedResult,
    setClock: async (now) => void (await control('clock', { now: typeof now === 'string' ? now : now.toISOString() })),
    reset: async () => void (await control('reset', {})),
    state: async () => (await (await fetch(`${base}/__control/state`)).json()) as InstanceState,
    async dispose() {
      if (id !== 'default') await fetch(`${origin}/__iam/instances/${id}`, { method: 'DELETE' });
    },
  };
}
