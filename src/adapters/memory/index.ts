export {
  MemoryAdapter,
  type MemoryAdapterOptions,
  type FaultOptions,
  type RecordedCall,
  type AdapterMethod,
} from './memory-adapter.js';
export { MemoryBackend, SEED, type MemoryBackendOptions, type SentEmail } from './memory-backend.js';
