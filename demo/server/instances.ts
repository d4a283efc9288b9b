import { MemoryBackend } from '../../src/adapters/memory/memory-backend.js';

/**
 * One reference account: a MemoryBackend plus the knobs tests turn (latency, injected failures, the
 * clock). Each test creates its own, so tests running in parallel never see each other's changes.
 */

export interface InstanceOptions {
  /** The account id (`client_id`), default 42. */
  clientId?: number;
  /** Seeded members, default 57, up to 100,000. */
  userCount?: number;
  /** PRNG seed, default 1: the same options give the same account. */
  seed?: number;
  /**
   * The most users one `GET /iam/users` answer holds, as Django REST Framework's `max_limit` caps
   * a page; with it set, an answer without `limit` is paged too, with `next`. Unset: as the
   * description says, no `limit` gives every user at once, a `limit` gives that many.
   */
  maxPageSize?: number;
  /**
   * Answer `POST /iam/auth/renew_invitation`, which only the reseller API describes (default true).
   * False: a server of the account API alone, which has no such route (404).
   */
  resellerEndpoints?: boolean;
}

/** What `POST <baseUrl>/__control/fail-next` registers: the next matching request answers this instead. */
export interface FailRule {
  status: number;
  body?: string;
  /** Default `application/json` when there is a body. */
  contentType?: string;
  /** Only requests with this method (case-insensitive). */
  method?: string;
  /** Only requests whose path and query, relative to the instance's base, contain this. */
  pathIncludes?: string;
}

/** How an instance answers, beyond its data: set at creation, changed by `__control/options`. */
export type ServingOptions = Pick<InstanceOptions, 'maxPageSize' | 'resellerEndpoints'>;

export const MAX_USER_COUNT = 100_000;
export const MAX_LATENCY_MS = 60_000;

export class ReferenceInstance {
  backend: MemoryBackend;
  /** Added before every IAM answer (not control requests). */
  latencyMs = 0;
  serving: ServingOptions;
  private failRules: FailRule[] = [];
  /** Shifts the backend's clock, for the daily invitation limit and token expiry. */
  private clockOffsetMs = 0;

  constructor(
    readonly id: string,
    readonly basePath: string,
    readonly options: Readonly<InstanceOptions>,
  ) {
    this.backend = this.createBackend();
    this.serving = servingOf(options);
  }

  get clientId(): number {
    return this.backend.clientId;
  }

  /** Back to the freshly seeded account and its creation's serving options, without latency, pending failures or clock shift. */
  reset(): void {
    this.latencyMs = 0;
    this.serving = servingOf(this.options);
    this.failRules = [];
    this.clockOffsetMs = 0;
    this.backend = this.createBackend();
  }

  addFailRule(rule: FailRule): number {
    this.failRules.push(rule);
    return this.failRules.length;
  }

  /** The first pending rule matching the request, removed: each rule answers exactly one request. */
  takeFailRule(method: string, pathAndQuery: string): FailRule | undefined {
    const index = this.failRules.findIndex(
      (rule) =>
        (rule.method === undefined || rule.method.toUpperCase() === method.toUpperCase()) &&
        (rule.pathIncludes === undefined || pathAndQuery.includes(rule.pathIncludes)),
    );
    return index < 0 ? undefined : this.failRules.splice(index, 1)[0];
  }

  get pendingFailures(): number {
    return this.failRules.length;
  }

  /** Makes the backend's clock read `instant` now, and run on from there. */
  setClock(instant: Date): void {
    this.clockOffsetMs = instant.getTime() - Date.now();
  }

  now(): Date {
    return new Date(Date.now() + this.clockOffsetMs);
  }

  private createBackend(): MemoryBackend {
    return new MemoryBackend({ ...this.options, now: () => this.now() });
  }
}

function servingOf(options: InstanceOptions): ServingOptions {
  return {
    ...(options.maxPageSize !== undefined && { maxPageSize: options.maxPageSize }),
    ...(options.resellerEndpoints !== undefined && { resellerEndpoints: options.resellerEndpoints }),
  };
}

export interface RegistryLimits {
  /** Most per-test instances kept; the oldest is dropped beyond it. */
  maxInstances: number;
  /** Most seeded members across them, so a run of 100,000-user tests cannot exhaust memory. */
  maxTotalUsers: number;
}

export const DEFAULT_LIMITS: RegistryLimits = { maxInstances: 200, maxTotalUsers: 2_000_000 };

/** The per-test instances, oldest first (a Map keeps insertion order), bounded by `limits`. */
export class InstanceRegistry {
  private readonly instances = new Map<string, ReferenceInstance>();
  private counter = 0;

  constructor(
    private readonly pathPrefix: string,
    private readonly limits: RegistryLimits = DEFAULT_LIMITS,
  ) {}

  create(options: InstanceOptions): ReferenceInstance {
    this.counter += 1;
    // Unique within the process and unguessable enough that two test runs never collide.
    const id = `${this.counter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    const instance = new ReferenceInstance(id, `${this.pathPrefix}/${id}`, options);
    this.instances.set(id, instance);
    this.evict();
    return instance;
  }

  get(id: string): ReferenceInstance | undefined {
    return this.instances.get(id);
  }

  delete(id: string): boolean {
    return this.instances.delete(id);
  }

  get size(): number {
    return this.instances.size;
  }

  private evict(): void {
    let users = 0;
    for (const instance of this.instances.values()) users += instance.options.userCount ?? 57;
    for (const [id, instance] of this.instances) {
      if (this.instances.size <= this.limits.maxInstances && users <= this.limits.maxTotalUsers) break;
      if (this.instances.size === 1) break; // never evict the one just created
      users -= instance.options.userCount ?? 57;
      this.instances.delete(id);
    }
  }
}
