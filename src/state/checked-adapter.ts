import type * as z from 'zod/mini';
import type { UsersAdapter, UsersBatchAdapter } from '../adapters/users-adapter.js';
import {
  apiTokenListSchema,
  rowProblemListSchema,
  type InviteResult,
  type Page,
  type Session,
  type TokenList,
  type User,
  firstIssuePath,
  inviteResultSchema,
  sessionSchema,
  toUsersError,
  userPageSchema,
  userSchema,
  UsersError,
} from '../core/index.js';

/**
 * Wraps an adapter so the UI can trust what it gets: every answer is checked against the output
 * schemas, and every failure is a UsersError. A host's hand-written adapter that returns `{}` or
 * throws a TypeError then shows "the server sent an unexpected answer (field …)" instead of
 * breaking the element.
 *
 * The adapter's own objects are passed on (not the parsed copies), because the schemas check the
 * fields the UI needs and would strip optional extras such as `phone` or `company`.
 */
export class CheckedAdapter implements UsersAdapter {
  readonly inner: UsersAdapter;

  readonly setUsersRole?: UsersBatchAdapter['setUsersRole'];
  readonly removeUsers?: UsersBatchAdapter['removeUsers'];
  readonly resendInvites?: UsersBatchAdapter['resendInvites'];

  constructor(inner: UsersAdapter) {
    this.inner = inner;
    // The batch methods exist here only where the adapter has them: the bulk actions look for them.
    const { setUsersRole, removeUsers, resendInvites } = inner;
    if (setUsersRole) this.setUsersRole = (...args) => guarded(() => setUsersRole.apply(inner, args));
    if (removeUsers) this.removeUsers = (...args) => guarded(() => removeUsers.apply(inner, args));
    if (resendInvites) this.resendInvites = (...args) => guarded(() => resendInvites.apply(inner, args));
  }

  get searchesLocally(): boolean {
    return this.inner.searchesLocally === true;
  }

  getSession(signal?: AbortSignal): Promise<Session> {
    return checked(sessionSchema, () => this.inner.getSession(signal));
  }

  listUsers(...args: Parameters<UsersAdapter['listUsers']>): Promise<Page<User>> {
    return checked(userPageSchema, () => this.inner.listUsers(...args));
  }

  inviteUser(...args: Parameters<UsersAdapter['inviteUser']>): Promise<InviteResult> {
    return checked(inviteResultSchema, () => this.inner.inviteUser(...args));
  }

  updateUser(...args: Parameters<UsersAdapter['updateUser']>): Promise<User> {
    return checked(userSchema, () => this.inner.updateUser(...args));
  }

  setUserRole(...args: Parameters<UsersAdapter['setUserRole']>): Promise<User> {
    return checked(userSchema, () => this.inner.setUserRole(...args));
  }

  async listApiTokens(...args: Parameters<UsersAdapter['listApiTokens']>): Promise<TokenList> {
    const tokens = await checked(apiTokenListSchema, () => this.inner.listApiTokens(...args));
    if (tokens.problems !== undefined) conform(rowProblemListSchema, tokens.problems, 'problems.');
    return tokens;
  }

  async removeUser(...args: Parameters<UsersAdapter['removeUser']>): Promise<void> {
    await guarded(() => this.inner.removeUser(...args));
  }

  async resendInvite(...args: Parameters<UsersAdapter['resendInvite']>): Promise<void> {
    await guarded(() => this.inner.resendInvite(...args));
  }

  async deleteApiToken(...args: Parameters<UsersAdapter['deleteApiToken']>): Promise<void> {
    await guarded(() => this.inner.deleteApiToken(...args));
  }
}

/** Any failure, even a synchronous throw or a non-promise return, becomes a rejected UsersError. */
async function guarded<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toUsersError(error);
  }
}

/** The adapter's own answer, once it is known to match `schema`; its type is the interface's promise. */
async function checked<T>(schema: z.ZodMiniType, call: () => Promise<T>): Promise<T> {
  const answer = await guarded(call);
  conform(schema, answer);
  return answer;
}

/** Throws a `bad_response` naming the first field of `value` (after `prefix`) that `schema` refuses. */
function conform(schema: z.ZodMiniType, value: unknown, prefix = ''): void {
  const result = schema.safeParse(value);
  if (result.success) return;
  const field = `${prefix}${firstIssuePath(result.error)}`;
  throw new UsersError('bad_response', `Unexpected answer from the adapter at "${field}".`, {
    field,
    cause: result.error,
  });
}

const wrappers = new WeakMap<UsersAdapter, CheckedAdapter>();

/** One wrapper per adapter, so elements sharing an adapter also share identity checks. */
export function checkedAdapter(adapter: UsersAdapter): CheckedAdapter {
  if (adapter instanceof CheckedAdapter) return adapter;
  let wrapper = wrappers.get(adapter);
  if (!wrapper) {
    wrapper = new CheckedAdapter(adapter);
    wrappers.set(adapter, wrapper);
  }
  return wrapper;
}
