// Runs every browser test in headless Chromium. Started by `npm run test:browser` as
// `node --import tsx …/bin.js`, so this file may import TypeScript modules (e.g. demo/server).
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { referenceServerMiddleware } from './demo/server/koa.ts';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

// esbuild reads no tsconfig unless given one; without it Lit's experimental decorators are left
// untransformed and test modules die in Chromium with "SyntaxError: Invalid or unexpected token".
const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

/**
 * Koa-style middleware mounted on the test server, in order.
 * The reference IAM server (demo/server) is mounted here so adapter and element tests talk HTTP to
 * a real backend on the same origin.
 * @type {import('@web/test-runner').TestRunnerConfig['middleware']}
 */
export const middleware = [referenceServerMiddleware()];

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  // Default set; file arguments on the command line replace it (e.g. `npm run test:browser -- test/core`).
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a background tab gets no animation frames and its synthetic mouse input
  // (sendMouse) can stall, which made hover tests time out when two files ran side by side.
  concurrency: 1,
  coverage: false,
  // Lit warns once per test file that it runs in dev mode; that line hides the logs that matter.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: {
    config: { timeout: 10_000 },
  },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig })],
  middleware,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath, args: chromiumArgs({ sideBySide: true, headlessFlag: true }) },
    }),
  ],
};
