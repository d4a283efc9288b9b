import { abortedError, throwIfAborted, UsersError, type UsersErrorCode } from '../../core/index.js';
import { badResponseError, errorFromResponse, networkError, timeoutError } from './gcore-errors.js';

export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

export interface GcoreHttpOptions {
  /** Relative (`/api`) or absolute, with or without a trailing slash. */
  readonly baseUrl: string;
  /** The whole Authorization header value; asked for on every request, never stored. */
  readonly auth: () => string | Promise<string>;
  readonly fetch?: FetchFunction;
  /** 0 or a non-finite value: no timeout. */
  readonly timeoutMs: number;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface GcoreRequest {
  readonly method: HttpMethod;
  /** Starts with `/`; path segments already encoded. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string | number | undefined>>;
  /** Sent as JSON when present. */
  readonly body?: unknown;
  /**
   * `json`: a 2xx must carry a JSON document, returned unvalidated (the caller checks its shape).
   * `none`: the body of a 2xx is ignored (204, or the text "access revoked" of a 200).
   * A function: reads the body of a 2xx itself (e.g. as a stream), under the same timeout and abort.
   */
  readonly expect: 'json' | 'none' | BodyReader;
  /**
   * What the API description says an error status means on this endpoint when the answer carries
   * no message of its own, e.g. `{ 403: 'token_role_conflict' }` for `PATCH /iam/users/{id}`.
   */
  readonly describedErrors?: DescribedErrors;
  readonly signal?: AbortSignal;
}

/** Reads a 2xx answer's body; rejects with a `UsersError` (usually `bad_response`) when it can't. */
export type BodyReader = (response: Response) => Promise<unknown>;

export type DescribedErrors = Readonly<Partial<Record<number, UsersErrorCode>>>;

/**
 * The one way the Gcore adapter talks HTTP. Whatever happens, the returned promise settles with the
 * answer or a `UsersError`: a caller's abort and the timeout reject at once even when a custom fetch
 * ignores its signal, a thrown fetch becomes `network`, an error status goes through
 * `errorFromResponse`, and a 2xx that should be JSON but is not becomes `bad_response`.
 */
export async function sendGcoreRequest(options: GcoreHttpOptions, request: GcoreRequest): Promise<unknown> {
  throwIfAborted(request.signal);
  const guard = new RequestGuard(request.signal, options.timeoutMs);
  try {
    const authorization = await guard.race(askForAuthorization(options.auth));
    const response = await guard.race(
      callFetch(options.fetch, buildUrl(options.baseUrl, request), {
        method: request.method,
        headers: buildHeaders(authorization, request),
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: guard.signal,
      }),
    );
    if (!isResponse(response)) throw badResponseError('(root)', 'The server answer could not be read.');

    if (response.status < 200 || response.status > 299) {
      const body = await guard.race(readBodyQuietly(response));
      throw errorFromResponse({
        status: response.status,
        body,
        retryAfter: response.headers?.get('Retry-After'),
        described: request.describedErrors,
      });
    }
    if (request.expect === 'none') return undefined;
    if (typeof request.expect === 'function') return await guard.race(request.expect(response));
    return parseJsonBody(await guard.race(readBody(response)));
  } catch (error) {
    throw guard.explain(error);
  } finally {
    guard.dispose();
  }
}

export function buildUrl(baseUrl: string, request: Pick<GcoreRequest, 'path' | 'query'>): string {
  const base = baseUrl.replace(/\/+$/, '');
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined) params.set(key, String(value));
  }
  const search = params.toString();
  return `${base}${request.path}${search ? `?${search}` : ''}`;
}

function buildHeaders(authorization: string, request: GcoreRequest): Headers {
  const headers = new Headers({
    Authorization: authorization,
    // The revoke endpoint answers 200 with a plain sentence; the official SDK asks for anything there.
    Accept: request.expect === 'json' ? 'application/json' : '*/*',
  });
  if (request.body !== undefined) headers.set('Content-Type', 'application/json');
  return headers;
}

async function askForAuthorization(auth: GcoreHttpOptions['auth']): Promise<string> {
  let value: unknown;
  try {
    value = await auth();
  } catch (error) {
    if (error instanceof UsersError) throw error;
    throw new UsersError('unauthorized', 'No credentials are available.', { cause: error });
  }
  if (typeof value !== 'string' || value.trim() === '') {
    throw new UsersError('unauthorized', 'No credentials are available.');
  }
  return value;
}

async function callFetch(custom: FetchFunction | undefined, url: string, init: RequestInit): Promise<unknown> {
  try {
    // Looked up per call, so a host may install or wrap `fetch` after creating the adapter; called
    // as a plain function, because window.fetch called as a method of another object throws.
    const fetchFunction: FetchFunction = custom ?? ((input, requestInit) => globalThis.fetch(input, requestInit));
    return await fetchFunction(url, init);
  } catch (error) {
    if (error instanceof UsersError) throw error;
    throw networkError(error);
  }
}

function isResponse(value: unknown): value is Response {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Response).status === 'number' &&
    typeof (value as Response).text === 'function'
  );
}

async function readBody(response: Response): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    // The connection dropped while the body was streaming in.
    throw networkError(error);
  }
}

/** An error body only refines the message; losing it must not hide the status. */
async function readBodyQuietly(response: Response): Promise<string> {
  try {
    return await response.text();
  } catch {
    return '';
  }
}

function parseJsonBody(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') {
    throw badResponseError('(root)', 'The server sent an empty answer where data was expected.');
  }
  if (trimmed.startsWith('<')) {
    // A proxy or login page answered in the API's place; its markup is never shown.
    throw badResponseError('(root)', 'The server sent a web page where data was expected.');
  }
  try {
    return JSON.parse(trimmed) as unknown;
  } catch (error) {
    throw badResponseError('(root)', 'The server sent malformed JSON.', error);
  }
}

/**
 * One request's cancellation: the caller's signal and the timeout both abort the fetch, and every
 * await of the request races against them, so neither waits for a fetch that ignores its signal.
 */
class RequestGuard {
  private readonly controller = new AbortController();
  private readonly stopped: Promise<never>;
  private stopReason: UsersError | undefined;
  private readonly timer: ReturnType<typeof setTimeout> | undefined;
  private readonly onCallerAbort: () => void;

  constructor(
    private readonly callerSignal: AbortSignal | undefined,
    timeoutMs: number,
  ) {
    let reject: (error: UsersError) => void = () => {};
    this.stopped = new Promise<never>((_resolve, rejectStopped) => (reject = rejectStopped));
    // Nobody may be racing at the moment it fires; that is not an unhandled rejection.
    this.stopped.catch(() => {});
    const stop = (error: UsersError) => {
      if (this.stopReason) return;
      this.stopReason = error;
      reject(error);
      this.controller.abort(error);
    };
    this.onCallerAbort = () => stop(abortedError(callerSignal));
    callerSignal?.addEventListener('abort', this.onCallerAbort, { once: true });
    this.timer =
      Number.isFinite(timeoutMs) && timeoutMs > 0 ? setTimeout(() => stop(timeoutError()), timeoutMs) : undefined;
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  race<T>(work: Promise<T>): Promise<T> {
    return Promise.race([work, this.stopped]);
  }

  /** What the caller sees: the reason we stopped wins over whatever the aborted fetch threw. */
  explain(error: unknown): UsersError {
    if (this.stopReason) return this.stopReason;
    if (error instanceof UsersError) return error;
    return new UsersError('unknown', 'The request failed unexpectedly.', { cause: error });
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.callerSignal?.removeEventListener('abort', this.onCallerAbort);
  }
}
