// First step of `npm test`: makes sure Debian's Chromium, and a Japanese font for the Japanese
// screens' layout checks, are there for the end-to-end tests. As root with apt-get (CI, a fresh
// machine) it installs them; anywhere else it says how, in one line.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './e2e/browser.ts';

/** The Japanese font's file, from Debian's fonts-ipafont-gothic. */
export const JAPANESE_FONT = '/usr/share/fonts/opentype/ipafont-gothic/ipagp.ttf';

const missing = [
  ...(existsSync(CHROMIUM_PATH) ? [] : ['chromium']),
  ...(existsSync(JAPANESE_FONT) ? [] : ['fonts-ipafont-gothic']),
];
if (missing.length > 0) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(`Missing for the end-to-end tests: ${missing.join(', ')}. Install with 'sudo apt-get install -y ${missing.join(' ')}' (or set CHROMIUM_PATH), then run npm test again.`);
    process.exit(1);
  }
  console.log(`Installing for the end-to-end tests (apt-get install -y ${missing.join(' ')})…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
  if (!existsSync(CHROMIUM_PATH) || !existsSync(JAPANESE_FONT)) {
    console.error(`apt-get finished but ${existsSync(CHROMIUM_PATH) ? JAPANESE_FONT : CHROMIUM_PATH} is still missing.`);
    process.exit(1);
  }
}
