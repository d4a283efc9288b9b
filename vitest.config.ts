import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

/**
 * Story tests (`npm run test:stories`): every story in stories/ renders in headless Chromium; its
 * play function runs and axe checks the result (preview.ts sets `a11y.test = 'error'`, so a
 * violation fails the test). Element unit tests are web-test-runner's (test/, `npm run test:browser`).
 */

export default defineConfig({
  plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
  test: {
    name: 'storybook',
    // Lit says once per story file that it runs in dev mode; that line hides the logs that matter.
    onConsoleLog: (log) => !log.startsWith('Lit is in dev mode'),
    browser: {
      enabled: true,
      headless: true,
      // Story files run side by side in one browser: a background page must keep its timers and frames.
      provider: playwright({
        launchOptions: { executablePath: chromiumPath, args: chromiumArgs({ sideBySide: true }) },
      }),
      instances: [{ browser: 'chromium' }],
      // A story's failure screenshot lands in a folder nobody looks at in CI; the log says enough.
      screenshotFailures: false,
    },
  },
});
