/// <reference types="node" />
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

/** Debian's Chromium, never a downloaded one: the binary and flags of scripts/chromium.mjs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

/** Collects what would betray a broken page: uncaught errors, console errors, CSP violations. */
export function watchPage(page: Page): { errors: string[]; violations: string[] } {
  const watched = { errors: [] as string[], violations: [] as string[] };
  page.on('pageerror', (error) => watched.errors.push(String(error)));
  page.on('console', (message) => {
    // Chromium logs every non-2xx response; a refused removal (403) is part of a flow, not an error.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource:')) {
      watched.errors.push(message.text());
    }
  });
  // The page reports each securitypolicyviolation event through this binding (see demo/e2e).
  void page.exposeFunction('reportCspViolation', (text: string) => watched.violations.push(text));
  return watched;
}
