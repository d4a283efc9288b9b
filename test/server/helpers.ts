import { createReferenceInstance, type ReferenceInstanceHandle } from '../../demo/server/reference-client.js';

export { referenceAuth } from '../../demo/server/reference-auth.js';

/** Seed fixtures (src/adapters/memory/memory-backend.ts SEED), repeated so a test reads on its own. */
export const ADMIN = 1;
export const SECOND_ADMIN = 2;
export const ENGINEER = 3; // holds an active Engineers token
export const NOT_ACTIVATED = 4;
export const PLAIN_USER = 5;
export const REMOVED = 6;

/** A fresh account per test: tests run in parallel against one server and never share state. */
export async function freshInstance(options: Parameters<typeof createReferenceInstance>[0] = {}) {
  return createReferenceInstance({ userCount: 20, ...options });
}

export async function body(response: Response): Promise<unknown> {
  const raw = await response.text();
  return raw === '' ? '' : JSON.parse(raw);
}

export function jsonBody(value: unknown): Pick<RequestInit, 'body'> {
  return { body: JSON.stringify(value) };
}

export type Instance = ReferenceInstanceHandle;
