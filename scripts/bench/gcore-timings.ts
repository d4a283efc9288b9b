/// <reference types="node" />
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { GcoreFirstPage, GcoreSearch, LongFrames } from '../../demo/bench/gcore.js';
import { referenceAuth } from '../../demo/server/reference-auth.js';

/**
 * The Gcore section of the benchmark: `<user-list>` over GcoreIamAdapter reading accounts of the
 * reference IAM server over HTTP (the same origin as the built page, so no CORS preflights), a
 * fresh page per run: the first page (the whole list read, page by page), a search typed after
 * the page had a moment of idle time, the long frames from the mount to the search painted, and
 * the JS heap after all that.
 */

/** The search typed: one character, so the index has every user to go through. */
export const GCORE_SEARCH_KEY = 'z';
/** How long the page is left alone between the first page and the search, as a person would. */
export const IDLE_BEFORE_SEARCH_MS = 1000;

export interface GcoreAccount {
  readonly userCount: number;
  readonly baseUrl: string;
  readonly clientId: number;
}

export interface GcoreRun {
  readonly firstPage: GcoreFirstPage;
  readonly search: GcoreSearch;
  readonly frames: LongFrames;
  /** JS heap after a full GC: before the mount, and after the first page and the search. */
  readonly heapBefore: number;
  readonly heapAfter: number;
}

/**
 * One reference account per size, made once and only read by the runs. Each is read once here as
 * the adapter reads it (pages of 1,000 and the account details), so the server serves every run
 * from the JSON it made then (demo/server/iam-routes.ts): the runs measure the network stack and
 * the page's work, not the server's serializing.
 */
export async function createAccounts(origin: string, userCounts: readonly number[]): Promise<GcoreAccount[]> {
  const accounts: GcoreAccount[] = [];
  for (const userCount of userCounts) {
    const response = await fetch(`${origin}/__iam/instances`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userCount }),
    });
    if (!response.ok) throw new Error(`benchmark: no reference account of ${userCount}: ${await response.text()}`);
    const { baseUrl, clientId } = (await response.json()) as { baseUrl: string; clientId: number };
    await readOnce(`${origin}${baseUrl}`);
    accounts.push({ userCount, baseUrl, clientId });
  }
  return accounts;
}

async function readOnce(base: string): Promise<void> {
  const headers = { authorization: referenceAuth(1) };
  await (await fetch(`${base}/iam/clients/me`, { headers })).arrayBuffer();
  for (let offset = 0, count = 1; offset < count; offset += 1000) {
    const page = (await (await fetch(`${base}/iam/users?limit=1000&offset=${offset}`, { headers })).json()) as {
      count: number;
    };
    count = page.count;
  }
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

export async function gcoreRun(context: BrowserContext, origin: string, account: GcoreAccount): Promise<GcoreRun> {
  const page: Page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.setDefaultTimeout(120_000);
  try {
    const cdp = await context.newCDPSession(page);
    await page.goto(`${origin}/bench/gcore.html`);
    await page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
    const heapBefore = await heapUsed(cdp);
    const firstPage = await page.evaluate(
      ({ baseUrl, clientId }) => window.gcoreBench!.mount(baseUrl, clientId),
      account,
    );
    await page.evaluate((ms) => window.gcoreBench!.settle(ms), IDLE_BEFORE_SEARCH_MS);
    const list = page.locator('user-list');
    await list.getByRole('searchbox').focus();
    await page.evaluate(() => window.gcoreBench!.armSearch());
    await page.keyboard.press(GCORE_SEARCH_KEY);
    const search = await page.evaluate(() => window.gcoreBench!.searchResult());
    const frames = await page.evaluate(() => window.gcoreBench!.longFrames());
    const heapAfter = await heapUsed(cdp);
    if (errors.length > 0) throw new Error(`benchmark: errors on the Gcore page: ${errors.join('; ')}`);
    return { firstPage, search, frames, heapBefore, heapAfter };
  } finally {
    await page.close();
  }
}
