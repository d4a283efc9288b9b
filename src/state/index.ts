export { adapterContext, sessionContext } from './contexts.js';
export { RequestController, type RequestTask } from './request-controller.js';
export { MutationController, type MutationTask } from './mutation-controller.js';
export { CheckedAdapter, checkedAdapter } from './checked-adapter.js';
export type { RunResult, RunStatus } from './run-result.js';
export { SessionController } from './session-controller.js';
export { loadSessionState, type SessionState } from './session-state.js';
export { RowProblemReporter, tokenListProblems } from './row-problems.js';
