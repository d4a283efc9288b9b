import { createInstance, handleControl } from './control.js';
import { internalError } from './error-bodies.js';
import { HttpResponseError, json, sleep } from './http.js';
import { handleIamRequest } from './iam-routes.js';
import {
  DEFAULT_LIMITS,
  InstanceRegistry,
  ReferenceInstance,
  type InstanceOptions,
  type RegistryLimits,
} from './instances.js';

export { referenceAuth, parseReferenceAuth, REFERENCE_SECRET_PREFIX } from './reference-auth.js';
export type { InstanceOptions, FailRule } from './instances.js';

/**
 * The reference Gcore IAM server: the subset of the IAM API the widget uses, served from
 * MemoryBackend accounts with the real status codes and error bodies. Framework-neutral: one
 * `handle(Request)` on the Fetch API, mounted by node-http.ts (Vite, `npm run server`) and koa.ts
 * (web-test-runner).
 *
 * URL space:
 *   /api/iam/…                       the default account (client 42, 57 members), used by the demo page
 *   POST /__iam/instances            a fresh isolated account per test → 201 {id, baseUrl}
 *   DELETE /__iam/instances/<id>     drop one early (they are also evicted, oldest first, beyond 200)
 *   /__iam/<id>/iam/…                that account only
 *   <base>/__control/{latency,fail-next,seed,clock,reset,state}   test controls (see control.ts)
 *
 * Authentication: `Authorization: Bearer ref-user-<id>` (or `APIKey ref-user-<id>`) acts as member
 * <id>; build it with `referenceAuth(id)`.
 */

export interface ReferenceServerOptions {
  /** Where the default account lives; default `/api`. */
  basePath?: string;
  /** Prefix of the per-test instances; default `/__iam`. */
  instancesPath?: string;
  /** The default account's seed options. */
  defaultInstance?: InstanceOptions;
  limits?: RegistryLimits;
}

export interface ReferenceServer {
  /** The answer, or undefined when the URL is not the server's (the host serves it instead). */
  handle(request: Request): Promise<Response | undefined>;
  /** Whether `handle` would answer this path: lets a bridge leave other requests' bodies untouched. */
  owns(pathname: string): boolean;
  readonly defaultInstance: ReferenceInstance;
  readonly instances: InstanceRegistry;
}

const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'Retry-After',
};

/** The server may be called from another origin (a host page on another port): allow it. */
function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
      'access-control-allow-headers': 'Authorization, Content-Type',
      'access-control-max-age': '600',
    },
  });
}

/** Every answer: no caching (the state changes under the same URL), and CORS. */
function finish(response: Response): Response {
  response.headers.set('cache-control', 'no-store');
  for (const [name, value] of Object.entries(CORS_HEADERS)) response.headers.set(name, value);
  return response;
}

function under(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

export function createReferenceServer(options: ReferenceServerOptions = {}): ReferenceServer {
  const basePath = options.basePath ?? '/api';
  const instancesPath = options.instancesPath ?? '/__iam';
  const defaultInstance = new ReferenceInstance('default', basePath, options.defaultInstance ?? {});
  const instances = new InstanceRegistry(instancesPath, options.limits ?? DEFAULT_LIMITS);
  const instancesRoute = `${instancesPath}/instances`;

  async function route(request: Request, pathname: string): Promise<Response> {
    if (request.method === 'OPTIONS') return preflight();
    if (under(pathname, basePath)) return serveInstance(defaultInstance, request, pathname.slice(basePath.length));

    if (pathname === instancesRoute) {
      return request.method === 'POST' ? createInstance(instances, request) : json(405, { detail: 'Use POST.' });
    }
    if (pathname.startsWith(`${instancesRoute}/`)) {
      const id = pathname.slice(instancesRoute.length + 1);
      if (request.method !== 'DELETE') return json(405, { detail: 'Use DELETE.' });
      return instances.delete(id) ? new Response(null, { status: 204 }) : unknownInstance(id);
    }
    const rest = pathname.slice(instancesPath.length + 1);
    const slash = rest.indexOf('/');
    const id = slash < 0 ? rest : rest.slice(0, slash);
    const instance = instances.get(id);
    if (!instance) return unknownInstance(id);
    return serveInstance(instance, request, slash < 0 ? '' : rest.slice(slash));
  }

  return {
    defaultInstance,
    instances,
    owns: (pathname) => under(pathname, basePath) || under(pathname, instancesPath),
    async handle(request) {
      const url = new URL(request.url);
      if (!under(url.pathname, basePath) && !under(url.pathname, instancesPath)) return undefined;
      try {
        return finish(await route(request, url.pathname));
      } catch (error) {
        if (error instanceof HttpResponseError) return finish(error.response);
        console.error('[reference-server]', request.method, url.pathname, error);
        return finish(internalError());
      }
    },
  };
}

function unknownInstance(id: string): Response {
  return json(404, { detail: `No reference server instance "${id}" (never created, or evicted).` });
}

const CONTROL_PREFIX = '/__control/';

/** One instance: control requests, or IAM requests after the injected latency and failure. */
async function serveInstance(instance: ReferenceInstance, request: Request, rawPath: string): Promise<Response> {
  // DRF's routes are often written with a trailing slash; accept both spellings.
  const path = rawPath.length > 1 && rawPath.endsWith('/') ? rawPath.slice(0, -1) : rawPath;
  if (path.startsWith(CONTROL_PREFIX)) return handleControl(instance, request, path.slice(CONTROL_PREFIX.length));

  // The rule is taken on arrival, so two requests in flight can't both claim it.
  const failure = instance.takeFailRule(request.method, path + new URL(request.url).search);
  if (instance.latencyMs > 0) await sleep(instance.latencyMs);
  if (failure) {
    // 204, 205 and 304 may not carry a body.
    const body = [204, 205, 304].includes(failure.status) ? null : (failure.body ?? null);
    const headers: Record<string, string> =
      body === null ? {} : { 'content-type': failure.contentType ?? 'application/json' };
    return new Response(body, { status: failure.status, headers });
  }
  return handleIamRequest(instance, request, path);
}

let shared: ReferenceServer | undefined;

/** The process-wide server behind `handle`: Vite's dev server, `npm run server` and the test runner each use one. */
export function sharedReferenceServer(): ReferenceServer {
  return (shared ??= createReferenceServer());
}

export function handle(request: Request): Promise<Response | undefined> {
  return sharedReferenceServer().handle(request);
}
