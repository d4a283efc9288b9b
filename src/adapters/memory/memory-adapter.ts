import {
  UsersError,
  abortedError,
  throwIfAborted,
  type InviteInput,
  type InviteResult,
  type Page,
  type RoleId,
  type Session,
  type TokenList,
  type TokenQuery,
  type User,
  type UserPatch,
  type UserQuery,
  type UsersErrorCode,
} from '../../core/index.js';
import type { UsersAdapter } from '../users-adapter.js';
import { MemoryBackend, SEED, type MemoryBackendOptions } from './memory-backend.js';

export type AdapterMethod = keyof UsersAdapter;

export interface MemoryAdapterOptions extends MemoryBackendOptions {
  /** Share one backend between adapters, e.g. an admin's and a user's session on the same account. */
  backend?: MemoryBackend;
  /** The user this adapter acts as; defaults to the seeded Administrator. */
  signedInAs?: number;
  /** Every call waits this long before answering (abortable). */
  latencyMs?: number;
}

export interface FaultOptions {
  /** Only calls of this method fail; any method when absent. */
  method?: AdapterMethod;
  message?: string;
  fieldErrors?: Record<string, string[]>;
}

interface Fault extends FaultOptions {
  code: UsersErrorCode;
  once: boolean;
}

/** One call that reached the adapter, for tests that check what was sent. */
export interface RecordedCall {
  readonly method: AdapterMethod;
  readonly args: readonly unknown[];
}

/**
 * A UsersAdapter over an in-memory account: deterministic seed, optional latency, and fault
 * injection. Tests, stories and the demo use it; its backend enforces the real rules.
 */
export class MemoryAdapter implements UsersAdapter {
  readonly backend: MemoryBackend;
  signedInAs: number;
  latencyMs: number;
  /** Queries answer from memory, without latency: the list searches as the user types. */
  get searchesLocally(): boolean {
    return this.latencyMs === 0;
  }
  /** Calls that reached the adapter, oldest first, including ones that then failed. */
  readonly calls: RecordedCall[] = [];
  private faults: Fault[] = [];

  constructor(options: MemoryAdapterOptions = {}) {
    this.backend = options.backend ?? new MemoryBackend(options);
    this.signedInAs = options.signedInAs ?? SEED.adminId;
    this.latencyMs = options.latencyMs ?? 0;
  }

  /** The next call (of `method`, if given) fails with `code`. */
  failNext(code: UsersErrorCode, options: FaultOptions = {}): void {
    this.faults.push({ ...options, code, once: true });
  }

  /** Every call of `method` fails with `code` until `clearFaults()`. */
  failAlways(method: AdapterMethod, code: UsersErrorCode, options: Omit<FaultOptions, 'method'> = {}): void {
    this.faults.push({ ...options, method, code, once: false });
  }

  clearFaults(): void {
    this.faults = [];
  }

  /** Calls of one method, for assertions like "exactly one invitation was sent". */
  callsOf(method: AdapterMethod): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  getSession(signal?: AbortSignal): Promise<Session> {
    return this.call('getSession', [], signal, () => this.backend.getSession(this.signedInAs));
  }

  listUsers(query: UserQuery, signal?: AbortSignal): Promise<Page<User>> {
    return this.call('listUsers', [query], signal, () => this.backend.listUsers(this.signedInAs, query));
  }

  inviteUser(input: InviteInput, signal?: AbortSignal): Promise<InviteResult> {
    return this.call('inviteUser', [input], signal, () => this.backend.inviteUser(this.signedInAs, input));
  }

  updateUser(id: number, patch: UserPatch, signal?: AbortSignal): Promise<User> {
    return this.call('updateUser', [id, patch], signal, () => this.backend.updateUser(this.signedInAs, id, patch));
  }

  setUserRole(id: number, role: RoleId, signal?: AbortSignal): Promise<User> {
    return this.call('setUserRole', [id, role], signal, () => this.backend.setUserRole(this.signedInAs, id, role));
  }

  removeUser(id: number, signal?: AbortSignal): Promise<void> {
    return this.call('removeUser', [id], signal, () => this.backend.removeUser(this.signedInAs, id));
  }

  resendInvite(id: number, signal?: AbortSignal): Promise<void> {
    return this.call('resendInvite', [id], signal, () => this.backend.resendInvite(this.signedInAs, id));
  }

  listApiTokens(query: TokenQuery = {}, signal?: AbortSignal): Promise<TokenList> {
    return this.call('listApiTokens', [query], signal, () => this.backend.listApiTokens(this.signedInAs, query));
  }

  deleteApiToken(id: number, signal?: AbortSignal): Promise<void> {
    return this.call('deleteApiToken', [id], signal, () => this.backend.deleteApiToken(this.signedInAs, id));
  }

  private async call<T>(method: AdapterMethod, args: unknown[], signal: AbortSignal | undefined, run: () => T) {
    throwIfAborted(signal);
    this.calls.push({ method, args });
    if (this.latencyMs > 0) await delay(this.latencyMs, signal);
    // Checked again after the wait: an aborted mutation must not happen.
    throwIfAborted(signal);
    const fault = this.takeFault(method);
    if (fault) {
      throw new UsersError(fault.code, fault.message ?? `Injected ${fault.code} fault`, {
        serverMessage: fault.message,
        fieldErrors: fault.fieldErrors,
      });
    }
    return run();
  }

  private takeFault(method: AdapterMethod): Fault | undefined {
    const fault = this.faults.find((candidate) => candidate.method === undefined || candidate.method === method);
    if (fault?.once) this.faults = this.faults.filter((other) => other !== fault);
    return fault;
  }
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError(signal));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
