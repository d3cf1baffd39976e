/**
 * Debian's Chromium for the browser tests, driven by playwright-core. Without it the tests are skipped
 * and say so; with `ONCEONLY_REQUIRE_SERVICES=1` (set by `.ci/run`, which installs it) they fail instead.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = process.env.ONCEONLY_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Whether the browser exists; when it does not, a warning that names the file and how to install it. */
export function chromiumAvailable(file: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.ONCEONLY_REQUIRE_SERVICES !== '1') {
    console.warn(
      `[${file}] SKIPPED: the browser tests did not run: no Chromium at ${CHROMIUM}. ` +
        'Install it (apt-get install -y chromium) or set ONCEONLY_CHROMIUM; CI sets ONCEONLY_REQUIRE_SERVICES=1 to make them mandatory.',
    );
  }
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
}
