/// <reference types="node" />
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumLaunchOptions, chromiumPath } from '../../scripts/chromium.mjs';

/**
 * Which Chromium runs, and with which flags, is said once: scripts/chromium.mjs. The unit tests
 * (web-test-runner), the story tests (Vitest), the end-to-end runs, the bench and the Storybook check
 * all launch through it, so a flag added for one machine reaches every run.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The files that launch or configure a browser: configs, scripts, end-to-end suites, the Storybook check. */
function launcherFiles(): string[] {
  const files = ['web-test-runner.config.mjs', 'vitest.config.ts', 'vite.config.ts'];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(root, dir))) {
      const path = join(dir, name);
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else if (/\.(m?js|ts)$/.test(name)) files.push(path);
    }
  };
  for (const dir of ['scripts', 'test/e2e', '.storybook']) walk(dir);
  return files.filter((file) => !file.startsWith(join('scripts', 'chromium.')));
}

describe('Chromium', () => {
  test('its path and flags appear in scripts/chromium.mjs only', () => {
    const restated = launcherFiles().flatMap((file) => {
      const text = readFileSync(join(root, file), 'utf8');
      return ['/usr/bin/chromium', 'env.CHROME_PATH', '--no-sandbox', '--disable-background-networking']
        .filter((needle) => text.includes(needle))
        .map((needle) => `${relative(root, join(root, file))}: ${needle}`);
    });
    assert.deepEqual(restated, []);
  });

  test('every launcher imports it', () => {
    for (const file of [
      'web-test-runner.config.mjs',
      'vitest.config.ts',
      'test/e2e/browser.ts',
      '.storybook/check-static-build.mjs',
      'scripts/ensure-chromium.mjs',
    ]) {
      assert.match(readFileSync(join(root, file), 'utf8'), /from '(\.\.?\/)+(scripts\/)?chromium\.mjs'/, file);
    }
    // The bench launches through the end-to-end helper.
    assert.match(readFileSync(join(root, 'scripts/bench/timings.ts'), 'utf8'), /launchChromium/);
  });

  test('honours CHROME_PATH, runs headless without the sandbox, and keeps side-by-side pages awake on request', () => {
    assert.equal(chromiumPath, process.env.CHROME_PATH || '/usr/bin/chromium');
    const options = chromiumLaunchOptions();
    assert.equal(options.executablePath, chromiumPath);
    assert.equal(options.headless, true);
    assert.ok(options.args.includes('--no-sandbox'));
    assert.ok(!options.args.includes('--disable-renderer-backgrounding'));
    assert.ok(chromiumArgs({ sideBySide: true }).includes('--disable-renderer-backgrounding'));
    assert.ok(chromiumArgs({ headlessFlag: true }).includes('--headless=new'));
  });
});
