/// <reference types="node" />
import { measureBundle } from './bundle-size.js';
import { HOST_ENTRY } from './bench/entries.js';

/**
 * `npm run test:size`: bundles what a host loads for `<user-list>` with all its dialogs (the package
 * entry, lit and zod included), minified and gzipped the same way every time, and fails when it
 * outgrows the budget.
 *
 * A regression guard, not the goal: the target is 25 kB gzip, which the bundle does not
 * meet today (56.3 kB when this was set, with the templates minified as dist/ ships them). The budget
 * is that size rounded up to the next kB, so any growth fails here; what to cut to reach 25 kB is the
 * lead's call. Lower it as the bundle shrinks. Raised from 54 kB by issue 15 (+3.2 kB: the Gcore
 * adapter's paged read, its scan of the account details, its configuration check, unknown roles
 * and their one-time report).
 */
// Raised from 54 kB to 57 kB: issue 15's adapter work (+3.2 kB) and the LoadTask / Announcer / shared-pager
// restructuring; issue 16 replaces this single figure with the critical-path and total budgets.
const SIZE_BUDGET_BYTES = 57_000;

const { initialGzip } = await measureBundle(HOST_ENTRY);
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
if (initialGzip > SIZE_BUDGET_BYTES) {
  console.error(
    `test:size: the host bundle is ${initialGzip} bytes gzip (${kB(initialGzip)}), over the budget of ` +
      `${SIZE_BUDGET_BYTES} bytes (${kB(SIZE_BUDGET_BYTES)}) in scripts/check-size.ts`,
  );
  process.exit(1);
}
console.log(`test:size: the host bundle is ${kB(initialGzip)} gzip, within the budget of ${kB(SIZE_BUDGET_BYTES)}`);
