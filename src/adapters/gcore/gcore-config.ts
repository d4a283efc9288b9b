import type { FetchFunction } from './gcore-http.js';

/** What a host passes to `new GcoreIamAdapter(…)`. */
export interface GcoreIamAdapterConfig {
  /** `https://api.gcore.com`, or a same-origin proxy path such as `/api`; a trailing slash is fine. */
  readonly baseUrl: string;
  /** The account whose users are managed: a positive integer (the API rejects `"42"`). */
  readonly clientId: number;
  /**
   * Returns the whole Authorization header value, `APIKey …` or `Bearer …`. Called before every
   * request and never stored, so a host can refresh a short-lived JWT between calls.
   */
  readonly auth: () => string | Promise<string>;
  /** Defaults to the page's `fetch`, looked up on each request. */
  readonly fetch?: FetchFunction;
  /** Per request; default 30 s. 0 or `Infinity`: no timeout. */
  readonly timeoutMs?: number;
  /** How long the user list answers queries before it is fetched again; default 60 s. */
  readonly cacheMaxAgeMs?: number;
  /** Users asked for per request while the list is read (`limit`); default 1000. */
  readonly pageSize?: number;
}

/**
 * Checks a configuration when the adapter is made, so a host's mistake fails at once with a
 * message naming the field, instead of as a refused request later. Plain-JavaScript hosts get no
 * type checking: a `clientId` of `"42"` would otherwise go out as `"client_id":"42"`.
 */
export function checkConfig(config: unknown): asserts config is GcoreIamAdapterConfig {
  if (typeof config !== 'object' || config === null) {
    throw new TypeError('GcoreIamAdapter: expected a configuration object { baseUrl, clientId, auth }.');
  }
  const { baseUrl, clientId, auth, fetch, timeoutMs, cacheMaxAgeMs, pageSize } = config as Record<string, unknown>;
  if (typeof baseUrl !== 'string' || !isBaseUrl(baseUrl)) {
    fail('baseUrl', 'an http(s) URL or a path such as "/api"', baseUrl);
  }
  if (typeof clientId !== 'number' || !Number.isSafeInteger(clientId) || clientId <= 0) {
    fail('clientId', 'a positive integer (the account id)', clientId);
  }
  if (typeof auth !== 'function') {
    fail('auth', 'a function returning the Authorization header', auth);
  }
  if (fetch !== undefined && typeof fetch !== 'function') fail('fetch', 'a function', fetch);
  for (const [field, value] of [
    ['timeoutMs', timeoutMs],
    ['cacheMaxAgeMs', cacheMaxAgeMs],
  ] as const) {
    if (value !== undefined && !(typeof value === 'number' && value >= 0))
      fail(field, 'milliseconds, 0 or more', value);
  }
  if (pageSize !== undefined && !(typeof pageSize === 'number' && Number.isSafeInteger(pageSize) && pageSize > 0)) {
    fail('pageSize', 'a positive integer', pageSize);
  }
}

function isBaseUrl(value: string): boolean {
  if (value.startsWith('/')) return !value.startsWith('//');
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function fail(field: string, expected: string, got: unknown): never {
  throw new TypeError(`GcoreIamAdapter: "${field}" must be ${expected}; got ${describe(got)}.`);
}

/** The value as a host would recognise it: `"42" (a string)`, `undefined`. */
function describe(value: unknown): string {
  if (value === undefined || value === null) return String(value);
  if (typeof value === 'string')
    return `${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)} (a string)`;
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'number') return String(value);
  return `a value of type ${Array.isArray(value) ? 'array' : typeof value}`;
}
