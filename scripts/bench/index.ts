/// <reference types="node" />
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { MB, count, median, ms, msSpread, ratio, verdict } from './format.js';
import { gcoreRows } from './gcore-rows.js';
import { measureSizes } from './sizes.js';
import { markdownTable, type Row } from './table.js';
import { SEARCH_KEY, measureTimings, type UsersRun } from './timings.js';

/**
 * `npm run bench [-- --runs N]`: sizes and timings of the widget, and the same figures for
 * @descope/user-management-widget and @vaadin/grid + @vaadin/dialog, all measured in this run and
 * printed as one Markdown table (progress goes to stderr). Timings are medians of N ≥ 5 runs.
 */

const USER_COUNTS = [100, 10_000, 100_000] as const;
const GRID_USER_COUNTS = [10_000, 100_000] as const;
/** The Gcore adapter reads the whole list over HTTP: the sizes of issue 15. */
const GCORE_USER_COUNTS = [1_000, 10_000, 100_000] as const;
const FIRST_PAGE_TARGET_MS = 100;
const SEARCH_TARGET_MS = 50;
const GROWTH_TARGET = 1.5;
const MIN_RUNS = 5;
const DEFAULT_RUNS = 10;

function parseRuns(argv: readonly string[]): number {
  const index = argv.indexOf('--runs');
  if (index === -1) return DEFAULT_RUNS;
  const runs = Number(argv[index + 1]);
  if (!Number.isInteger(runs) || runs < MIN_RUNS) {
    throw new Error(`--runs takes a whole number of at least ${MIN_RUNS}`);
  }
  return runs;
}

const firstPageMs = (run: UsersRun) => run.firstPage.paintedAt - run.firstPage.answeredAt;
const searchMs = (run: UsersRun) => run.search.paintedAt - run.search.calledAt;
const searchAdapterMs = (run: UsersRun) => run.search.answeredAt - run.search.calledAt;
const searchWidgetMs = (run: UsersRun) => run.search.paintedAt - run.search.answeredAt;
const keystrokeMs = (run: UsersRun) => run.search.paintedAt - run.search.keyAt;
const inviteMs = (run: UsersRun) => run.invite.paintedAt - run.invite.clickAt;

async function main(): Promise<void> {
  const runs = parseRuns(process.argv.slice(2));
  const started = performance.now();
  // Other work on the machine skews timings: the load average is printed with them.
  const loadBefore = loadavg()[0]!;
  process.stderr.write('bench: measuring sizes\n');
  const sizeRows = await measureSizes();
  const timings = await measureTimings({
    runs,
    userCounts: USER_COUNTS,
    gridUserCounts: GRID_USER_COUNTS,
    gcoreUserCounts: GCORE_USER_COUNTS,
  });

  const rows: Row[] = [
    {
      measure: 'Machine',
      figure:
        `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, ` +
        `${(totalmem() / 2 ** 30).toFixed(1)} GiB memory, ${osType()} ${release()}, Node ${process.version}, ` +
        `headless Chromium ${timings.browserVersion}; ${runs} runs per timing, a fresh page each; ` +
        `1-minute load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after`,
    },
    ...sizeRows,
  ];

  const users = (userCount: number) => timings.users.get(userCount)!;
  const label = (userCount: number) => `${count(userCount)} users`;
  const smallest = USER_COUNTS[0];
  const largest = USER_COUNTS[USER_COUNTS.length - 1]!;
  const growth = (metric: (run: UsersRun) => number) =>
    median(users(largest).map(metric)) / median(users(smallest).map(metric));

  for (const userCount of USER_COUNTS) {
    const values = users(userCount).map(firstPageMs);
    rows.push({
      measure: `First page: the adapter's answer → rows painted, ${label(userCount)}`,
      figure: `${msSpread(values)}; in the DOM after ${ms(median(users(userCount).map((run) => run.firstPage.inDomAt - run.firstPage.answeredAt)))}`,
      target:
        userCount === largest ? verdict(`≤ ${FIRST_PAGE_TARGET_MS} ms`, median(values) <= FIRST_PAGE_TARGET_MS) : '',
    });
  }
  const firstPageGrowth = growth(firstPageMs);
  rows.push({
    measure: `First page: growth from ${label(smallest)} to ${label(largest)} (ratio of medians)`,
    figure: ratio(firstPageGrowth),
    target: verdict(`≤ ${GROWTH_TARGET}×`, firstPageGrowth <= GROWTH_TARGET),
  });

  for (const userCount of USER_COUNTS) {
    const values = users(userCount).map(searchMs);
    rows.push({
      measure: `Search "${SEARCH_KEY}": the query reaching the adapter (after the debounce) → result painted, ${label(userCount)}`,
      figure:
        `${msSpread(values)}; of which the MemoryAdapter answering ${ms(median(users(userCount).map(searchAdapterMs)))}; ` +
        `${count(users(userCount)[0]!.search.total)} matches`,
      target: userCount === largest ? verdict(`≤ ${SEARCH_TARGET_MS} ms`, median(values) <= SEARCH_TARGET_MS) : '',
    });
  }
  const searchGrowth = growth(searchMs);
  rows.push({
    measure: `Search: growth from ${label(smallest)} to ${label(largest)} (ratio of medians)`,
    figure: `${ratio(searchGrowth)}; the widget's part alone (answer → painted): ${ratio(growth(searchWidgetMs))}`,
    target: verdict(`≤ ${GROWTH_TARGET}×`, searchGrowth <= GROWTH_TARGET),
  });
  for (const userCount of USER_COUNTS) {
    rows.push({
      measure: `Search "${SEARCH_KEY}": keystroke → result painted, including the 250 ms debounce, ${label(userCount)}`,
      figure: msSpread(users(userCount).map(keystrokeMs)),
    });
  }
  for (const userCount of USER_COUNTS) {
    rows.push({
      measure: `"Invite user" click → dialog painted, ${label(userCount)}`,
      figure: msSpread(users(userCount).map(inviteMs)),
    });
  }
  for (const userCount of USER_COUNTS) {
    const run = users(userCount)[0]!;
    rows.push({
      measure: `Rows in the DOM, ${label(userCount)}`,
      figure: `${run.rows} user rows; ${count(run.elements)} elements in \`<user-list>\` and its shadow trees`,
    });
  }
  for (const userCount of USER_COUNTS) {
    const all = users(userCount);
    const page = median(all.map((run) => run.heapPage));
    const data = median(all.map((run) => run.heapData));
    const widget = median(all.map((run) => run.heapWidget));
    const share = median(all.map((run) => run.heapWidget - run.heapData));
    rows.push({
      measure: `JS heap after load (after GC), ${label(userCount)}`,
      figure: `page + package ${MB(page)}; + MemoryAdapter data, no widget: ${MB(data)}; + \`<user-list>\` mounted: ${MB(widget)}; the widget's share ${MB(share)}`,
    });
  }
  for (const userCount of GRID_USER_COUNTS) {
    const runs = timings.grid.get(userCount)!;
    const values = runs.map((run) => run.timing.paintedAt - run.timing.itemsSetAt);
    const ours = median(users(userCount).map(firstPageMs));
    rows.push({
      measure: `\`<vaadin-grid>\`, the same users as an array: items set → rows painted, ${label(userCount)}`,
      figure:
        `${msSpread(values)} = ${ratio(median(values) / ours)} ours (${ms(ours)}); ` +
        `${runs[0]!.rows} rows, ${count(runs[0]!.elements)} elements in the DOM`,
    });
  }

  rows.push(...gcoreRows(timings.gcore));

  process.stdout.write(`${markdownTable(rows)}\n`);
  process.stderr.write(`bench: done in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
