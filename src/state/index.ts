export { adapterContext, sessionContext } from './contexts.js';
export { LoadTask, sameQuestion, type LoadArgs, type LoadTaskOptions } from './load-task.js';
export { MutationController, type MutationOptions } from './mutation-controller.js';
export { CheckedAdapter, checkedAdapter } from './checked-adapter.js';
export { reportUsersError, type UsersAction } from './report-error.js';
export type { RunResult, RunStatus } from './run-result.js';
export { SessionController, type SessionControllerOptions } from './session-controller.js';
export { loadSessionState, type SessionState } from './session-state.js';
export { RowProblemReporter, tokenListProblems } from './row-problems.js';
