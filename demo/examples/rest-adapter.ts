// A complete UsersAdapter for a backend of your own, in about fifty lines: the README's example.
// The backend answers queries itself (POST /users/query) and reports errors as
// `{ code, message, fieldErrors }` with the widget's error codes. A host would import from
// 'users-widget'; inside this repository the source is imported directly.
import { UsersError, type UsersAdapter, type UsersErrorCode } from '../../src/index.js';

export function createRestAdapter(baseUrl: string, authorization: () => string): UsersAdapter {
  async function call<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    let response: Response;
    try {
      response = await fetch(baseUrl + path, {
        method,
        signal,
        headers: { authorization: authorization(), 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw signal?.aborted ? new UsersError('aborted') : new UsersError('network', String(error));
    }
    const text = await response.text();
    let data: { code?: UsersErrorCode; message?: string; fieldErrors?: Record<string, string[]> } | undefined;
    try {
      data = text ? JSON.parse(text) : undefined;
    } catch {
      throw new UsersError('bad_response', 'The server answered something that is not JSON.');
    }
    if (!response.ok) {
      const code = data?.code ?? (response.status >= 500 ? 'server_error' : 'unknown');
      throw new UsersError(code, data?.message, {
        serverMessage: data?.message,
        fieldErrors: data?.fieldErrors,
        status: response.status,
      });
    }
    return data as T;
  }

  return {
    getSession: (signal) => call('GET', '/session', undefined, signal),
    listUsers: (query, signal) => call('POST', '/users/query', query, signal),
    inviteUser: (input, signal) => call('POST', '/users', input, signal),
    updateUser: (id, patch, signal) => call('PATCH', `/users/${id}`, patch, signal),
    setUserRole: (id, role, signal) => call('PUT', `/users/${id}/role`, { role }, signal),
    removeUser: (id, signal) => call('DELETE', `/users/${id}`, undefined, signal),
    resendInvite: (id, signal) => call('POST', `/users/${id}/resend-invite`, undefined, signal),
    listApiTokens: (query = {}, signal) =>
      call('GET', query.issuedBy === undefined ? '/tokens' : `/tokens?issuedBy=${query.issuedBy}`, undefined, signal),
    deleteApiToken: (id, signal) => call('DELETE', `/tokens/${id}`, undefined, signal),
  };
}
