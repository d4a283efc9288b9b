import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

/**
 * Story tests (`npm run test:stories`): every story in stories/ renders in headless Chromium; its
 * play function runs and axe checks the result (preview.ts sets `a11y.test = 'error'`, so a
 * violation fails the test). Element unit tests are web-test-runner's (test/, `npm run test:browser`).
 */

// Debian's Chromium, never a download: scripts/ensure-chromium.mjs makes sure it is there.
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

const chromiumArgs = [
  '--no-sandbox', // CI and containers run as root, where Chromium's sandbox refuses to start
  '--disable-gpu',
  '--disable-dev-shm-usage', // /dev/shm is tiny in containers
  // Without these Chromium keeps dialling out (and being refused) during the run.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Story files run side by side in one browser; a background page must keep its timers and frames.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export default defineConfig({
  plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
  test: {
    name: 'storybook',
    // Lit says once per story file that it runs in dev mode; that line hides the logs that matter.
    onConsoleLog: (log) => !log.startsWith('Lit is in dev mode'),
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath, args: chromiumArgs } }),
      instances: [{ browser: 'chromium' }],
      // A story's failure screenshot lands in a folder nobody looks at in CI; the log says enough.
      screenshotFailures: false,
    },
  },
});
