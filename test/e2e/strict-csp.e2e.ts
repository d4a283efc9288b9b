/// <reference types="node" />
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, watchPage } from './browser.js';
import { buildPages, serveBuiltPages, STRICT_CSP, type E2eServer } from './e2e-server.js';

/**
 * Every flow of the widget on a page served with
 * `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'`,
 * built for production. A `securitypolicyviolation` listener (demo/e2e/strict-csp.ts) reports each
 * violation; the test fails on any, and on any page error.
 */

describe('the widget under a strict Content-Security-Policy with Trusted Types', () => {
  let outDir: string;
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  let watched: ReturnType<typeof watchPage>;

  before(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'users-widget-csp-'));
    await buildPages({ csp: 'e2e/strict-csp.html' }, outDir);
    [server, browser] = await Promise.all([serveBuiltPages(outDir, { csp: STRICT_CSP }), launchChromium()]);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(10_000);
    watched = watchPage(page);
    const response = await page.goto(`${server.origin}/e2e/strict-csp.html`);
    assert.equal(response?.headers()['content-security-policy'], STRICT_CSP);
    await page.locator('user-list').getByText('Showing 1–10 of 57 entries').waitFor();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  const list = () => page.locator('user-list');
  const rowMenu = async (user: string, action: string) => {
    await list()
      .getByRole('button', { name: `Actions for ${user}` })
      .click();
    await list().getByRole('menuitem', { name: action }).click();
  };

  test('search, filter, sort and page', async () => {
    await list().getByRole('searchbox').fill('grace');
    await list().getByText('Showing 1–1 of 1 entry').waitFor();
    await list().getByRole('searchbox').fill('');
    await list().getByText('Showing 1–10 of 57 entries').waitFor();
    await list()
      .getByRole('button', { name: /^Email/ })
      .click();
    await list().getByRole('columnheader', { name: /Email/ }).and(page.locator('[aria-sort="ascending"]')).waitFor();
    await list().getByRole('button', { name: 'Page 2' }).click();
    await list().getByText('Showing 11–20 of 57 entries').waitFor();
    await list().getByRole('button', { name: /^ID/ }).click();
    await list().getByRole('button', { name: 'Page 1' }).click();
    await list().getByText('Showing 1–10 of 57 entries').waitFor();
  });

  test('invite a user', async () => {
    await list().getByRole('button', { name: 'Invite user' }).click();
    const dialog = page.locator('invite-dialog');
    await dialog.getByRole('textbox', { name: 'Email' }).fill('csp.invitee@example.net');
    await dialog.getByRole('textbox', { name: /Name/ }).fill('Casey <b>Policy</b>');
    await dialog.getByRole('button', { name: 'Invite user' }).click();
    await dialog.getByText('Invitation sent to csp.invitee@example.net').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await list().getByRole('searchbox').fill('csp.invitee');
    await list().getByRole('row').filter({ hasText: 'Casey <b>Policy</b>' }).waitFor();
    await list().getByRole('searchbox').fill('');
  });

  test('edit a role', async () => {
    await rowMenu('Victor Viewer', 'Edit');
    const dialog = page.locator('edit-user');
    await dialog.getByRole('radio', { name: 'Engineers' }).check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await list().getByRole('row').filter({ hasText: 'Victor Viewer' }).filter({ hasText: 'Engineers' }).waitFor();
  });

  test('resend an invitation', async () => {
    await rowMenu('Nia Newhire', 'Resend invite');
    await list().getByText('Invitation sent again to new.hire@example.com.').waitFor();
  });

  test('delete a user blocked by a token: delete the token in place, then the user', async () => {
    await rowMenu('Linus Engineer', 'Delete');
    const dialog = page.locator('delete-confirm');
    await page.getByRole('alertdialog', { name: 'Delete user?' }).waitFor();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await dialog.getByText("You can't remove the user as they have active tokens.").waitFor();
    await dialog.getByRole('button', { name: 'Delete token CI deploy' }).click();
    await page.getByRole('alertdialog', { name: 'Delete API token?' }).waitFor();
    await page
      .locator('delete-confirm api-token-list')
      .getByRole('button', { name: 'Delete token', exact: true })
      .click();
    await dialog.getByRole('button', { name: 'Try again' }).click();
    await list().getByText('User Linus Engineer was removed.').waitFor();
  });

  test('the token list shows removed issuers struck through', async () => {
    const tokens = page.locator('api-token-list').first();
    await tokens.getByRole('combobox', { name: /Status/ }).selectOption('all');
    await tokens.getByText('Monitoring').waitFor();
    assert.ok((await tokens.locator('s').filter({ hasText: 'former.colleague@example.com' }).count()) > 0);
  });

  test('switch the language: the catalog loads from the same origin', async () => {
    await page.evaluate(() => (document.documentElement.lang = 'de'));
    await list().getByRole('heading', { name: 'Benutzer' }).waitFor();
    await page.evaluate(() => (document.documentElement.lang = 'en'));
    await list().getByRole('heading', { name: 'Users' }).waitFor();
  });

  test('no CSP violation and no page error happened', () => {
    assert.deepEqual(watched.violations, []);
    assert.deepEqual(watched.errors, []);
  });

  test('Trusted Types are enforced, and a violation reaches the test', async () => {
    // Runs last: the violation it provokes on purpose must not mix with the widget's flows.
    const before = watched.violations.length;
    const blocked = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return false;
      } catch {
        return true;
      }
    });
    assert.equal(blocked, true, 'assigning a string to innerHTML must throw under require-trusted-types-for');
    // The report pipeline works, so the "no violation" check above could have failed.
    await page.waitForFunction(() => true);
    assert.deepEqual(watched.violations.splice(before), ['require-trusted-types-for blocked trusted-types-sink (:1)']);
  });
});
