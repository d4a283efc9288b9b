/// <reference types="node" />
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sharedReferenceServer, type ReferenceServer } from './reference-server.js';

/**
 * Bridge between Node's http objects and the Fetch-API handler, for Connect-style hosts (Vite's dev
 * and preview servers) and the standalone server. Requests the server does not own are passed on
 * untouched: their bodies are never read, so the host's own POST endpoints keep working.
 */

export type NextFunction = (error?: unknown) => void;
export type NodeMiddleware = (req: IncomingMessage, res: ServerResponse, next?: NextFunction) => Promise<void>;

/** The request as a Fetch `Request`, its body read in full (the IAM bodies are small). */
export async function toFetchRequest(req: IncomingMessage): Promise<Request> {
  const host = req.headers.host ?? 'localhost';
  const url = new URL(req.url ?? '/', `http://${host}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue; // HTTP/2 pseudo-headers
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = req.method ?? 'GET';
  let body: Buffer | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    body = Buffer.concat(chunks);
  }
  return new Request(url, { method, headers, ...(body && body.length > 0 ? { body: new Uint8Array(body) } : {}) });
}

export async function writeFetchResponse(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  const body = Buffer.from(await response.arrayBuffer());
  if (body.length > 0) res.setHeader('content-length', body.length);
  res.end(body);
}

/** Connect-style middleware; without `next`, a URL the server does not own gets a plain 404. */
export function createNodeMiddleware(server: ReferenceServer = sharedReferenceServer()): NodeMiddleware {
  return async (req, res, next) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    const pass = () => {
      if (next) return next();
      res.statusCode = 404;
      res.end('Not found');
    };
    if (!server.owns(pathname)) return pass();
    try {
      const response = await server.handle(await toFetchRequest(req));
      if (!response) return pass();
      await writeFetchResponse(res, response);
    } catch (error) {
      if (next) return next(error);
      res.statusCode = 500;
      res.end('Internal server error');
    }
  };
}
