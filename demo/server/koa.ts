import type { Middleware } from 'koa';
import { toFetchRequest } from './node-http.js';
import { sharedReferenceServer, type ReferenceServer } from './reference-server.js';

/**
 * Koa middleware for web-test-runner's dev server, so browser tests reach the reference IAM server
 * over real HTTP on their own origin (`fetch('/__iam/instances', …)`, no CORS involved).
 */
export function referenceServerMiddleware(server: ReferenceServer = sharedReferenceServer()): Middleware {
  return async (ctx, next) => {
    if (!server.owns(ctx.path)) return next();
    const response = await server.handle(await toFetchRequest(ctx.req));
    if (!response) return next();
    // Headers first: Koa picks a Content-Type from the body only when none is set.
    response.headers.forEach((value, name) => ctx.set(name, value));
    const body = Buffer.from(await response.arrayBuffer());
    // Koa turns a null body into 204 and drops the header; an empty Buffer keeps a 200 a 200.
    ctx.body = response.status === 204 ? null : body;
    ctx.status = response.status;
  };
}
