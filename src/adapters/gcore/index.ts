export { GcoreIamAdapter, type GcoreIamAdapterConfig } from './gcore-adapter.js';
export type { FetchFunction } from './gcore-http.js';
