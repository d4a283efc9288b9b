/// <reference types="node" />
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { createNodeMiddleware } from '../../demo/server/node-http.js';
import { createReferenceServer, referenceAuth } from '../../demo/server/reference-server.js';

/**
 * Importing the package in Node (SSR, a test runner, a build script) must not throw, and its
 * adapters must work there. Each entry ("users-widget" and "users-widget/testing") is imported in a
 * fresh Node process with no DOM: the source through tsx, the built dist/ by plain `node` as an
 * installed package would be.
 * The child reports what it saw as JSON on stdout; anything on stderr (a warning, a stack) fails.
 */

const run = promisify(execFile);

/** The child's script: plain JavaScript, so the dist check needs no loader at all. */
const PROBE = `
const before = { document: typeof document, window: typeof window, HTMLElement: typeof HTMLElement };
const testingAlone = await import(process.env.USERS_WIDGET_TESTING);
const definedByTesting = typeof customElements !== 'undefined' && customElements.get('user-list') !== undefined;
const entry = await import(process.env.USERS_WIDGET_ENTRY);
const report = { before, after: { document: typeof document, window: typeof window } };
report.exports = Object.keys(entry).sort();
report.testingExports = Object.keys(testingAlone).sort();
report.definedByTesting = definedByTesting;
report.defined = ['user-list', 'invite-dialog', 'edit-user', 'delete-confirm', 'api-token-list', 'users-provider']
  .filter((tag) => typeof customElements !== 'undefined' && customElements.get(tag) !== undefined);
report.userListIsDefined = typeof customElements !== 'undefined' && customElements.get('user-list') === entry.UserList;

const memory = new testingAlone.MemoryAdapter();
const session = await memory.getSession();
const page = await memory.listUsers({ offset: 0, limit: 5, search: 'example.com', sort: { field: 'id', direction: 'asc' } });
const invited = await memory.inviteUser({ email: 'node@example.com', name: 'Node', role: 5, lang: 'de' });
const found = await memory.listUsers({ offset: 0, limit: 10, search: 'node@example.com' });
let aborted;
try {
  await memory.listUsers({ offset: 0, limit: 5 }, AbortSignal.abort());
} catch (error) {
  aborted = { isUsersError: error instanceof entry.UsersError, code: error.code };
}
report.memory = {
  session: session.user.email,
  total: page.total,
  ids: page.items.map((user) => user.id),
  invited: { email: invited.user.email, outcome: invited.outcome },
  found: found.items.map((user) => user.email),
  aborted,
};

const gcore = new entry.GcoreIamAdapter({
  baseUrl: process.env.USERS_WIDGET_IAM,
  clientId: 42,
  auth: () => process.env.USERS_WIDGET_AUTH,
});
const gcorePage = await gcore.listUsers({ offset: 0, limit: 3, sort: { field: 'id', direction: 'asc' } });
const gcoreTokens = await gcore.listApiTokens();
let refused;
try {
  await new entry.GcoreIamAdapter({ baseUrl: process.env.USERS_WIDGET_IAM, clientId: 42, auth: () => 'Bearer nobody' }).getSession();
} catch (error) {
  refused = error.code;
}
report.gcore = {
  session: (await gcore.getSession()).user.email,
  total: gcorePage.total,
  ids: gcorePage.items.map((user) => user.id),
  tokens: Array.isArray(gcoreTokens),
  refused,
};
console.log(JSON.stringify(report));
`;

interface ProbeReport {
  readonly before: Record<string, string>;
  readonly after: Record<string, string>;
  readonly exports: readonly string[];
  readonly testingExports: readonly string[];
  readonly definedByTesting: boolean;
  readonly defined: readonly string[];
  readonly userListIsDefined: boolean;
  readonly memory: {
    readonly session: string;
    readonly total: number;
    readonly ids: readonly number[];
    readonly invited: { readonly email: string; readonly outcome: string };
    readonly found: readonly string[];
    readonly aborted?: { readonly isUsersError: boolean; readonly code: string };
  };
  readonly gcore: {
    readonly session: string;
    readonly total: number;
    readonly ids: readonly number[];
    readonly tokens: boolean;
    readonly refused?: string;
  };
}

let server: Server;
let iamBaseUrl: string;

before(async () => {
  // The reference Gcore IAM server, on its own port, so the child's GcoreIamAdapter talks real HTTP.
  server = createServer(createNodeMiddleware(createReferenceServer()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  iamBaseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function probe(entry: URL, testing: URL, nodeArgs: readonly string[]): Promise<ProbeReport> {
  const { stdout, stderr } = await run(process.execPath, [...nodeArgs, '--input-type=module', '--eval', PROBE], {
    env: {
      ...process.env,
      USERS_WIDGET_ENTRY: entry.href,
      USERS_WIDGET_TESTING: testing.href,
      USERS_WIDGET_IAM: iamBaseUrl,
      USERS_WIDGET_AUTH: referenceAuth(1),
      NODE_OPTIONS: '',
    },
    timeout: 30_000,
  });
  assert.equal(stderr, '', 'nothing on stderr: no warning, no error');
  return JSON.parse(stdout) as ProbeReport;
}

/** The four elements the package entry leaves to on demand (and users-widget/all defines at once). */
const ON_DEMAND = ['InviteDialog', 'EditUser', 'DeleteConfirm', 'ApiTokenList'];

const ENTRIES = [
  {
    name: 'src/index.ts and src/testing.ts (through tsx)',
    url: new URL('../../src/index.ts', import.meta.url),
    testing: new URL('../../src/testing.ts', import.meta.url),
    args: ['--import', 'tsx'],
    all: false,
  },
  {
    name: 'dist/index.js and dist/testing.js (plain node, after npm run build)',
    url: new URL('../../dist/index.js', import.meta.url),
    testing: new URL('../../dist/testing.js', import.meta.url),
    args: [],
    all: false,
  },
  {
    name: 'src/all.ts and src/testing.ts (through tsx)',
    url: new URL('../../src/all.ts', import.meta.url),
    testing: new URL('../../src/testing.ts', import.meta.url),
    args: ['--import', 'tsx'],
    all: true,
  },
  {
    name: 'dist/all.js and dist/testing.js (plain node, after npm run build)',
    url: new URL('../../dist/all.js', import.meta.url),
    testing: new URL('../../dist/testing.js', import.meta.url),
    args: [],
    all: true,
  },
] as const;

for (const { name, url, testing, args, all } of ENTRIES) {
  describe(`import('${name}') in Node`, () => {
    let report: ProbeReport;

    before(async () => {
      report = await probe(url, testing, args);
    });

    test('does not throw, and runs with no DOM before or after', () => {
      assert.deepEqual(report.before, { document: 'undefined', window: 'undefined', HTMLElement: 'undefined' });
      assert.deepEqual(report.after, { document: 'undefined', window: 'undefined' });
    });

    test('exports the elements, the adapters and the error type', () => {
      for (const exported of [
        'UserList',
        ...(all ? ON_DEMAND : []),
        'UsersProvider',
        'GcoreIamAdapter',
        'UsersError',
        'adapterContext',
      ]) {
        assert.ok(report.exports.includes(exported), `exports ${exported}`);
      }
    });

    test('keeps the test machinery out of the main entry: the memory backend, its seed and fault injection are in /testing', () => {
      for (const testOnly of ['MemoryAdapter', 'MemoryBackend', 'SEED']) {
        assert.ok(!report.exports.includes(testOnly), `the main entry does not export ${testOnly}`);
      }
      assert.deepEqual(report.testingExports, ['MemoryAdapter', 'MemoryBackend', 'SEED']);
      assert.equal(report.definedByTesting, false, 'importing the testing entry alone defines no element');
    });

    test(`registers ${all ? 'every element' : 'the first paint’s elements'} in Lit's server-side registry`, () => {
      // Lit's Node build brings a minimal customElements registry (no DOM); the elements land
      // there, which is what @lit-labs/ssr renders from. Without one, defineElement() skips. The
      // package entry leaves the dialogs and the token list to be loaded on demand (in a page).
      assert.deepEqual(
        report.defined,
        all
          ? ['user-list', 'invite-dialog', 'edit-user', 'delete-confirm', 'api-token-list', 'users-provider']
          : ['user-list', 'users-provider'],
      );
      if (!all) for (const name of ON_DEMAND) assert.ok(!report.exports.includes(name), `${name} waits for all`);
      assert.ok(report.userListIsDefined, 'the registered class is the exported one');
    });

    test('MemoryAdapter answers in Node: session, a searched and sorted page, an invitation, an abort', () => {
      assert.equal(report.memory.session, 'ada.lovelace@example.com');
      assert.ok(report.memory.total > 5);
      assert.deepEqual(
        report.memory.ids,
        [...report.memory.ids].sort((a, b) => a - b),
      );
      assert.equal(report.memory.ids.length, 5);
      assert.deepEqual(report.memory.invited, { email: 'node@example.com', outcome: 'created' });
      assert.deepEqual(report.memory.found, ['node@example.com']);
      assert.deepEqual(report.memory.aborted, { isUsersError: true, code: 'aborted' });
    });

    test("GcoreIamAdapter answers in Node over HTTP, with Node's fetch; refused credentials are a UsersError", () => {
      assert.equal(report.gcore.total, 57);
      assert.equal(report.gcore.ids.length, 3);
      assert.equal(report.gcore.session, report.memory.session);
      assert.ok(report.gcore.tokens);
      assert.equal(report.gcore.refused, 'unauthorized');
    });
  });
}
