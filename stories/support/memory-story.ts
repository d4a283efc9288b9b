import { MemoryAdapter, SEED, type AdapterMethod } from '../../src/testing.js';
import type { UsersErrorCode } from '../../src/core/index.js';

/** A fault to inject: every call of `method` fails (`always`), or only the next one. */
export interface StoryFault {
  readonly method: AdapterMethod;
  readonly code: UsersErrorCode;
  readonly always?: boolean;
  readonly message?: string;
}

/**
 * How a story's backend is set up, as plain data in `parameters.memory` so the docs page shows it
 * and a story overrides only what it changes (Storybook merges parameters key by key).
 */
export interface MemoryParameters {
  /** Whose session: `SEED.adminId` (default), `SEED.userId` (non-admin)… */
  readonly signedInAs?: number;
  /** Every call waits this long: loading states, in-flight buttons. */
  readonly latencyMs?: number;
  /** Visible members, fixtures included (up to 100,000). */
  readonly userCount?: number;
  readonly faults?: readonly StoryFault[];
}

/** What every story's render and play function receive in `loaded`. */
export interface MemoryLoaded {
  readonly adapter: MemoryAdapter;
}

/** The stories' default: the seeded account of 25 members (fixtures plus generated people), no faults. */
export const DEFAULT_USER_COUNT = 25;

/** A fresh MemoryAdapter for each render of a story, from `parameters.memory`. */
export function createStoryAdapter(memory: MemoryParameters = {}): MemoryAdapter {
  const adapter = new MemoryAdapter({
    signedInAs: memory.signedInAs ?? SEED.adminId,
    latencyMs: memory.latencyMs ?? 0,
    userCount: memory.userCount ?? DEFAULT_USER_COUNT,
  });
  for (const fault of memory.faults ?? []) {
    const options = fault.message === undefined ? {} : { message: fault.message };
    if (fault.always) adapter.failAlways(fault.method, fault.code, options);
    else adapter.failNext(fault.code, { ...options, method: fault.method });
  }
  return adapter;
}

/**
 * The loader every widget story uses: a new adapter per story load, so a story starts from the
 * seed each time it is opened (and play functions act on their own copy of the account).
 */
export const memoryLoader = async ({
  parameters,
}: {
  readonly parameters: Readonly<Record<string, unknown>>;
}): Promise<MemoryLoaded> => ({ adapter: createStoryAdapter(parameters['memory'] as MemoryParameters | undefined) });

/** The adapter a story's loader made. */
export function loadedAdapter(loaded: Record<string, unknown>): MemoryAdapter {
  const adapter = loaded['adapter'];
  if (!(adapter instanceof MemoryAdapter)) throw new Error('This story has no memoryLoader in its loaders.');
  return adapter;
}

/** A second session on the same account, e.g. what the non-admin sees after an admin changed something. */
export function sameAccountAs(adapter: MemoryAdapter, signedInAs: number): MemoryAdapter {
  return new MemoryAdapter({ backend: adapter.backend, signedInAs });
}

/** A `userId` arg's control for the stories that open a dialog for one member: the seeded people. */
export const userIdControl = {
  control: 'select',
  options: [SEED.adminId, SEED.secondAdminId, SEED.engineerId, SEED.notActivatedId, SEED.userId],
} as const;

export { SEED };
