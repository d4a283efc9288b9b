// The one place that says which Chromium the tests, the end-to-end runs, the bench and the Storybook
// check launch, and with which flags. Plain JavaScript, so plain-Node scripts
// (ensure-chromium.mjs, .storybook/check-static-build.mjs) import it as well as the TypeScript
// configs; its types are in chromium.d.mts.

/** Debian's package: never a downloaded browser (browser downloads fail on our machines). */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** Where to look, in order: `CHROME_PATH` when set, then Debian's path. */
export const chromiumCandidates = [process.env.CHROME_PATH, DEFAULT_CHROMIUM_PATH].filter(Boolean);

/** The executable every launcher uses; scripts/ensure-chromium.mjs makes sure it exists first. */
export const chromiumPath = process.env.CHROME_PATH || DEFAULT_CHROMIUM_PATH;

const BASE_ARGS = [
  '--no-sandbox', // CI and containers run as root, where Chromium's sandbox refuses to start
  '--disable-gpu',
  '--disable-dev-shm-usage', // /dev/shm is tiny in containers
  // Without these Chromium keeps dialling out (and being refused) during the run.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// Test files run side by side in one browser; a page in the background would otherwise get no
// animation frames and throttled timers, and Lit fixtures waiting for a frame time out.
const SIDE_BY_SIDE_ARGS = [
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/**
 * The command-line flags. `sideBySide` for runners that keep several pages open at once
 * (web-test-runner, Vitest); `headlessFlag` for launchers that do not pass headless mode themselves.
 */
export function chromiumArgs({ sideBySide = false, headlessFlag = false } = {}) {
  return [...BASE_ARGS, ...(sideBySide ? SIDE_BY_SIDE_ARGS : []), ...(headlessFlag ? ['--headless=new'] : [])];
}

/** Options for playwright-core's `chromium.launch()` (and launchers that take the same shape). */
export function chromiumLaunchOptions(options = {}) {
  return { executablePath: chromiumPath, headless: true, args: chromiumArgs(options) };
}
