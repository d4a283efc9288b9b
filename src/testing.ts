/**
 * users-widget/testing: an in-memory backend for a host's tests, stories and demos, kept out of the
 * main entry so a production bundle never carries it (nor its seed data).
 *
 * `MemoryAdapter` holds a deterministic seeded account (`userCount`, `seed`; the fixtures named in
 * `SEED`) with the same business rules as a real backend, and the test controls: `latencyMs`, fault
 * injection (`failNext(code)`, `failAlways(method, code)`) and a log of the calls that reached it
 * (`calls`). Importing this module defines no elements: import 'users-widget' for those.
 */
export {
  MemoryAdapter,
  MemoryBackend,
  SEED,
  type AdapterMethod,
  type FaultOptions,
  type MemoryAdapterOptions,
  type MemoryBackendOptions,
  type RecordedCall,
  type SentEmail,
} from './adapters/memory/index.js';
