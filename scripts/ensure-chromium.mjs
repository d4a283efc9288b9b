// Makes sure the browser tests have what a person's screen has, before any browser test starts:
// a Chromium to launch, and a CJK font so Chinese is drawn (and measured by the layout suite) as
// it is seen rather than as empty boxes. Browser downloads (playwright, puppeteer) fail on our
// machines, so the only source we use is the system package manager, and only where we can run it
// unattended: as root on Debian.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumCandidates as candidates, DEFAULT_CHROMIUM_PATH as DEFAULT_PATH } from './chromium.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version');

const missing = [];
if (!candidates.some((path) => existsSync(path))) missing.push('chromium');
if (!hasCjkFont()) missing.push('fonts-noto-cjk');
if (missing.length === 0) process.exit(0);

if (isRoot && isDebian) {
  console.log(`Installing Debian's ${missing.join(' and ')} with apt-get (needed by the browser tests).`);
  const install = spawnSync('sh', ['-c', `apt-get update && apt-get install -y ${missing.join(' ')}`], {
    stdio: 'inherit',
  });
  const chromiumOk = candidates.some((path) => existsSync(path)) || existsSync(DEFAULT_PATH);
  if (install.status === 0 && chromiumOk && hasCjkFont()) process.exit(0);
  console.error(
    install.status === 0
      ? `apt-get installed ${missing.join(' and ')}, but ${chromiumOk ? 'no CJK font is found by fc-list' : `${DEFAULT_PATH} is still missing: set CHROME_PATH`}.`
      : `apt-get could not install ${missing.join(' and ')} (exit ${install.status ?? install.signal}).`,
  );
  process.exit(1);
}

console.error(
  `Missing for the browser tests: ${missing.join(', ')}. Install them (Debian/Ubuntu: apt-get install ` +
    `${missing.join(' ')}), or set CHROME_PATH to a Chromium/Chrome executable.`,
);
process.exit(1);

/** fontconfig knows a font covering Chinese (Chromium finds its fonts through fontconfig). */
function hasCjkFont() {
  const list = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return list.status === 0 && list.stdout.trim() !== '';
}
