/**
 * The mocha BDD globals web-test-runner defines in the browser, typed for `tsc`.
 * @types/mocha is not a dependency (tsconfig lists no global `types`), so this file declares the
 * part of the API our tests use. Add a member here when a test needs more of mocha.
 */

declare namespace Mocha {
  type Done = (error?: unknown) => void;
  /** A test or hook body: sync, async, or taking `done`. `this` is the running context. */
  type Func = (this: Context, done: Done) => void;
  type AsyncFunc = (this: Context) => PromiseLike<unknown>;
  type SyncFunc = (this: Context) => void;
  type Body = Func | AsyncFunc | SyncFunc;

  interface Context {
    /** Sets this test's (or, in a `describe`, the suite's) timeout in milliseconds. */
    timeout(ms: number): this;
    slow(ms: number): this;
    retries(count: number): this;
    skip(): never;
  }

  interface Suite {
    timeout(ms: number): this;
    slow(ms: number): this;
    retries(count: number): this;
  }

  interface SuiteFunction {
    (title: string, body: (this: Suite) => void): void;
    only(title: string, body: (this: Suite) => void): void;
    skip(title: string, body: (this: Suite) => void): void;
  }

  interface TestFunction {
    (title: string, body?: Body): void;
    only(title: string, body?: Body): void;
    skip(title: string, body?: Body): void;
  }

  type HookFunction = (body: Body) => void;
}

declare const describe: Mocha.SuiteFunction;
declare const context: Mocha.SuiteFunction;
declare const it: Mocha.TestFunction;
declare const before: Mocha.HookFunction;
declare const after: Mocha.HookFunction;
declare const beforeEach: Mocha.HookFunction;
declare const afterEach: Mocha.HookFunction;
