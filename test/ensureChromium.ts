// First step of `npm test`: makes sure Debian's Chromium is there for the end-to-end tests.
// As root with apt-get (CI, a fresh machine) it installs it; anywhere else it says how, in one line.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './e2e/browser.ts';

if (!existsSync(CHROMIUM_PATH)) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(`Chromium is missing at ${CHROMIUM_PATH}: install it with 'sudo apt-get install -y chromium' (or set CHROMIUM_PATH), then run npm test again.`);
    process.exit(1);
  }
  console.log('Installing Chromium for the end-to-end tests (apt-get install -y chromium)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(`apt-get finished but ${CHROMIUM_PATH} is still missing.`);
    process.exit(1);
  }
}
