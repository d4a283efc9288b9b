import type { MemoryBackend } from '../../../src/adapters/memory/index.js';
import { toUsersError } from '../../../src/core/index.js';

/**
 * The backend the README's example adapter expects, served from a MemoryBackend through a fake
 * `fetch` (installed on window for the test): routes in, the widget's error codes out as JSON.
 */
export function fakeRestFetch(backend: MemoryBackend, options: { latencyMs: () => number }): typeof fetch {
  return async (input, init = {}) => {
    // As the real fetch does: an already aborted signal rejects before anything is sent.
    if (init.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    const url = new URL(String(input), location.origin);
    const method = init.method ?? 'GET';
    const actor = Number(String(new Headers(init.headers).get('authorization')).replace('Bearer user-', ''));
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, options.latencyMs());
      init.signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new DOMException('Aborted', 'AbortError'));
      });
    });
    const id = Number(url.pathname.split('/')[3]);
    const routes: Record<string, () => unknown> = {
      'GET /session': () => backend.getSession(actor),
      'POST /users/query': () => backend.listUsers(actor, body),
      'POST /users': () => backend.inviteUser(actor, body),
      'PATCH /users/:id': () => backend.updateUser(actor, id, body),
      'PUT /users/:id/role': () => backend.setUserRole(actor, id, body.role),
      'DELETE /users/:id': () => backend.removeUser(actor, id),
      'POST /users/:id/resend-invite': () => backend.resendInvite(actor, id),
      'GET /tokens': () => {
        const issuedBy = url.searchParams.get('issuedBy');
        return backend.listApiTokens(actor, issuedBy ? { issuedBy: Number(issuedBy) } : {});
      },
      'DELETE /tokens/:id': () => backend.deleteApiToken(actor, id),
    };
    const route = `${method} ${url.pathname.replace(/^\/rest/, '').replace(/\/\d+/, '/:id')}`;
    try {
      const result = routes[route]?.();
      return new Response(result === undefined ? null : JSON.stringify(result), { status: result ? 200 : 204 });
    } catch (caught) {
      const error = toUsersError(caught);
      const status = error.code === 'forbidden' ? 403 : error.code === 'not_found' ? 404 : 400;
      const payload = { code: error.code, message: error.message, fieldErrors: error.fieldErrors };
      return new Response(JSON.stringify(payload), { status });
    }
  };
}
