/// <reference types="node" />
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import type { GridTiming } from '../../demo/bench/grid.js';
import type { DialogTiming, ListTiming, SearchTiming } from '../../demo/bench/users.js';
import { launchChromium } from '../../test/e2e/browser.js';
import { buildPages, serveBuiltPages } from '../../test/e2e/e2e-server.js';
import { createAccounts, gcoreRun, type GcoreRun } from './gcore-timings.js';

/**
 * Runs the benchmark pages (demo/bench/, built for production) in headless Chromium: a fresh page
 * per run, so every run is a host's first load.
 */

/** One character that narrows every seeded account to a first page that starts elsewhere than user 1. */
export const SEARCH_KEY = 'z';

export interface UsersRun {
  /** JS heap after a full GC: the page with the package loaded, nothing else. */
  readonly heapPage: number;
  /** … plus the seeded MemoryAdapter (its data and indexes), no widget. */
  readonly heapData: number;
  /** … plus `<user-list>` mounted with its first page painted. */
  readonly heapWidget: number;
  readonly firstPage: ListTiming;
  readonly rows: number;
  readonly elements: number;
  readonly search: SearchTiming;
  readonly invite: DialogTiming;
}

export interface GridRun {
  readonly timing: GridTiming;
  readonly rows: number;
  readonly elements: number;
}

export interface TimingResults {
  readonly browserVersion: string;
  readonly users: ReadonlyMap<number, UsersRun[]>;
  readonly grid: ReadonlyMap<number, GridRun[]>;
  readonly gcore: ReadonlyMap<number, GcoreRun[]>;
}

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

async function openPage(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; cdp: CDPSession; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.setDefaultTimeout(20_000);
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  await page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
  return { page, cdp, errors };
}

function checkErrors(errors: readonly string[], where: string): void {
  if (errors.length > 0) throw new Error(`benchmark: errors on ${where}: ${errors.join('; ')}`);
}

async function usersRun(context: BrowserContext, origin: string, userCount: number): Promise<UsersRun> {
  const { page, cdp, errors } = await openPage(context, `${origin}/bench/users.html`);
  try {
    const heapPage = await heapUsed(cdp);
    await page.evaluate((count) => window.usersBench!.seed(count), userCount);
    const heapData = await heapUsed(cdp);
    const firstPage = await page.evaluate(() => window.usersBench!.mount());
    const heapWidget = await heapUsed(cdp);
    const { rows, elements } = await page.evaluate(() => window.usersBench!.rowCount());

    const list = page.locator('user-list');
    await list.getByRole('searchbox').focus();
    await page.evaluate(() => window.usersBench!.armSearch());
    await page.keyboard.press(SEARCH_KEY);
    const search = await page.evaluate(() => window.usersBench!.searchResult());

    await page.evaluate(() => window.usersBench!.armInvite());
    await list.getByRole('button', { name: 'Invite user' }).click();
    const invite = await page.evaluate(() => window.usersBench!.dialogResult());
    checkErrors(errors, `the <user-list> page with ${userCount} users`);
    return { heapPage, heapData, heapWidget, firstPage, rows, elements, search, invite };
  } finally {
    await page.close();
  }
}

async function gridRun(context: BrowserContext, origin: string, userCount: number): Promise<GridRun> {
  const { page, errors } = await openPage(context, `${origin}/bench/grid.html`);
  try {
    await page.evaluate((count) => window.gridBench!.seed(count), userCount);
    await page.evaluate(() => window.gridBench!.mount());
    const timing = await page.evaluate(() => window.gridBench!.setItems());
    const { rows, elements } = await page.evaluate(() => window.gridBench!.rowCount());
    checkErrors(errors, `the <vaadin-grid> page with ${userCount} users`);
    return { timing, rows, elements };
  } finally {
    await page.close();
  }
}

export async function measureTimings(options: {
  readonly runs: number;
  readonly userCounts: readonly number[];
  readonly gridUserCounts: readonly number[];
  readonly gcoreUserCounts: readonly number[];
}): Promise<TimingResults> {
  const outDir = await mkdtemp(join(tmpdir(), 'users-widget-bench-'));
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveBuiltPages>> | undefined;
  try {
    log('building demo/bench/ for production');
    await buildPages({ users: 'bench/users.html', grid: 'bench/grid.html', gcore: 'bench/gcore.html' }, outDir);
    [server, browser] = await Promise.all([serveBuiltPages(outDir), launchChromium()]);
    const origin = server.origin;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Nothing leaves this machine: every request to another origin is refused.
    await context.route(
      (url) => url.origin !== origin,
      (route) => route.abort('blockedbyclient'),
    );

    log('seeding the reference IAM accounts');
    const accounts = await createAccounts(origin, options.gcoreUserCounts);

    // One run of each page first, not counted: the browser's first compile of the bundles and
    // Chromium's own start-up work would otherwise land in whichever figure comes first.
    log('warm-up (not counted)');
    await usersRun(context, origin, options.userCounts[0]!);
    await gridRun(context, origin, options.gridUserCounts[0]!);
    await gcoreRun(context, origin, accounts[0]!);

    // Runs go round the sizes, so a slow spell of the machine spreads over all of them.
    const users = new Map<number, UsersRun[]>(options.userCounts.map((userCount) => [userCount, []]));
    const grid = new Map<number, GridRun[]>(options.gridUserCounts.map((userCount) => [userCount, []]));
    const gcore = new Map<number, GcoreRun[]>(options.gcoreUserCounts.map((userCount) => [userCount, []]));
    for (let run = 1; run <= options.runs; run++) {
      log(`run ${run}/${options.runs}`);
      for (const userCount of options.userCounts)
        users.get(userCount)!.push(await usersRun(context, origin, userCount));
      for (const userCount of options.gridUserCounts)
        grid.get(userCount)!.push(await gridRun(context, origin, userCount));
      for (const account of accounts) gcore.get(account.userCount)!.push(await gcoreRun(context, origin, account));
    }
    return { browserVersion: browser.version(), users, grid, gcore };
  } finally {
    await browser?.close();
    await server?.close();
    await rm(outDir, { recursive: true, force: true });
  }
}
