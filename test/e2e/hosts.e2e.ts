/// <reference types="node" />
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { vueWithUsersWidget } from '../../demo/hosts/vue/vue-plugin.js';
import { launchChromium, watchPage } from './browser.js';
import { buildPages, serveBuiltPages, STRICT_CSP, type E2eServer } from './e2e-server.js';

/**
 * The three hosts a reader of the README would copy from: the plain-HTML demo portal
 * (demo/index.html), the React 19 host and the Vue 3 host (demo/hosts/). Each is built for
 * production, served under the strict Content-Security-Policy with the reference IAM server on the
 * same origin, and driven as a user would: invite someone, see them in the list, and see that the
 * host heard `user-invited` (its event log says so). Nothing may go wrong on the page meanwhile.
 */

const HOSTS = [
  { name: 'the plain HTML demo portal', path: '/', email: 'e2e-portal@example.com' },
  { name: 'the React 19 host', path: '/hosts/react/', email: 'e2e-react@example.com' },
  { name: 'the Vue 3 host', path: '/hosts/vue/', email: 'e2e-vue@example.com' },
] as const;

const TIMEOUT_MS = 10_000;

/** Forwards the page's CSP violations to `watchPage` (init scripts run whatever the CSP says). */
function reportViolations(): void {
  document.addEventListener('securitypolicyviolation', (event) => {
    const report = (window as { reportCspViolation?: (text: string) => void }).reportCspViolation;
    report?.(`${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
  });
}

async function inviteUser(page: Page, email: string): Promise<void> {
  await page.getByRole('button', { name: 'Invite user' }).click();
  await page.getByRole('dialog', { name: 'Invite user' }).waitFor();
  // The fields are slotted into the dialog frame, not inside the <dialog> element: scope by the
  // widget element instead.
  const form = page.locator('invite-dialog');
  await form.getByRole('textbox', { name: 'Email' }).fill(email);
  await form.getByRole('radio', { name: 'Engineers' }).check();
  await form.getByRole('button', { name: 'Invite user' }).click();
  await form.getByText(`Invitation sent to ${email}`).waitFor();
  await form.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('dialog', { name: 'Invite user' }).waitFor({ state: 'hidden' });
}

describe('framework hosts, built for production', () => {
  let outDir: string;
  let server: E2eServer;
  let browser: Browser;

  before(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'users-widget-hosts-'));
    await buildPages({ portal: 'index.html', react: 'hosts/react/index.html', vue: 'hosts/vue/index.html' }, outDir, [
      vueWithUsersWidget(),
    ]);
    [server, browser] = await Promise.all([serveBuiltPages(outDir, { csp: STRICT_CSP }), launchChromium()]);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  for (const host of HOSTS) {
    test(`${host.name}: invite a user, see them listed, the host hears user-invited`, async () => {
      const page = await browser.newPage();
      page.setDefaultTimeout(TIMEOUT_MS);
      await page.addInitScript(reportViolations);
      const watched = watchPage(page);
      try {
        await page.goto(`${server.origin}${host.path}`);
        // The seeded admin's own row: the list has loaded.
        await page.getByRole('row').filter({ hasText: 'Ada Lovelace' }).first().waitFor();

        await inviteUser(page, host.email);

        const row = page.getByRole('row').filter({ hasText: host.email });
        await row.waitFor();
        assert.match(await row.innerText(), /Engineers/);
        await page
          .locator('#event-log li')
          .filter({ hasText: `user-invited · ${host.email}` })
          .waitFor();

        assert.deepEqual(watched.errors, [], 'page errors');
        assert.deepEqual(watched.violations, [], 'CSP violations');
      } finally {
        await page.close();
      }
    });
  }
});
