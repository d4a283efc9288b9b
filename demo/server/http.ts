/**
 * Response builders and body reading shared by the IAM routes and the control endpoints. Built on the
 * Fetch API only, so the server runs wherever `Request` and `Response` exist (Node 20, a worker, Deno).
 */

const JSON_TYPE = 'application/json';

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': JSON_TYPE, ...headers } });
}

/** A JSON body already serialized. */
export function jsonText(status: number, body: string): Response {
  return new Response(body, { status, headers: { 'content-type': JSON_TYPE } });
}

export function text(status: number, body: string): Response {
  return new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/** 204, or a 200 without content (the real API's answer to e.g. renew_invitation). */
export function empty(status: number): Response {
  return new Response(null, { status });
}

/** Thrown by validators and guards deep in a route; the router answers with `response` as it is. */
export class HttpResponseError extends Error {
  constructor(readonly response: Response) {
    super(`HTTP ${response.status}`);
    this.name = 'HttpResponseError';
  }
}

/**
 * The body as JSON. An empty body counts as `{}`, as Django REST Framework treats it (so missing
 * fields get "This field is required."). Malformed JSON answers 400 `{"message":"JSON parse error - …"}`,
 * the real API's `JSONParseError`.
 */
export async function readJson(request: Request): Promise<unknown> {
  const raw = await request.text();
  if (raw.trim() === '') return {};
  try {
    return JSON.parse(raw) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new HttpResponseError(json(400, { message: `JSON parse error - ${reason}` }));
  }
}

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Like readJson, but a body that is valid JSON yet not an object is a validation error, as in DRF. */
export async function readJsonObject(request: Request): Promise<JsonObject> {
  const body = await readJson(request);
  if (isJsonObject(body)) return body;
  const got = Array.isArray(body) ? 'list' : body === null ? 'null' : typeof body;
  throw new HttpResponseError(
    json(400, { errors: { non_field_errors: [`Invalid data. Expected a dictionary, but got ${got}.`] } }),
  );
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
