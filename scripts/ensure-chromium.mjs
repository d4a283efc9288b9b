// Makes sure the browser tests have a Chromium to launch, before web-test-runner starts.
// Browser downloads (playwright, puppeteer) fail on our machines, so the only source we use is the
// system package manager, and only where we can run it unattended: as root on Debian.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumCandidates as candidates, DEFAULT_CHROMIUM_PATH as DEFAULT_PATH } from './chromium.mjs';

if (candidates.some((path) => existsSync(path))) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version');

if (isRoot && isDebian) {
  console.log(`Chromium not found at ${candidates.join(' or ')}: installing Debian's chromium package with apt-get.`);
  const install = spawnSync('sh', ['-c', 'apt-get update && apt-get install -y chromium'], { stdio: 'inherit' });
  if (install.status === 0 && existsSync(DEFAULT_PATH)) process.exit(0);
  console.error(
    install.status === 0
      ? `apt-get installed chromium but ${DEFAULT_PATH} is still missing: set CHROME_PATH to its executable.`
      : `apt-get could not install chromium (exit ${install.status ?? install.signal}).`,
  );
  process.exit(1);
}

console.error(
  `Chromium not found at ${candidates.join(' or ')}: install it (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to a Chromium/Chrome executable.`,
);
process.exit(1);
