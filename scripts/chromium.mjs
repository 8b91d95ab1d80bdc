// Finds a Chromium for the browser tests and benchmarks, in this order: $CHROMIUM_PATH,
// Playwright's own download, Debian's /usr/bin/chromium. Never downloads anything.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags for a sandboxed CI machine with no network but the package registries. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--no-first-run'
];

function playwrightChromium() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** @returns {{ path: string, source: string } | null} */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { path: fromEnv, source: 'CHROMIUM_PATH' } : null;
  const bundled = playwrightChromium();
  if (bundled && existsSync(bundled)) return { path: bundled, source: 'Playwright' };
  const system = SYSTEM_PATHS.find((path) => existsSync(path));
  return system ? { path: system, source: 'system' } : null;
}

export const NO_CHROMIUM_MESSAGE = `No Chromium found for the browser tests.
Checked: $CHROMIUM_PATH${process.env.CHROMIUM_PATH ? ` (${process.env.CHROMIUM_PATH}: missing)` : ''}, Playwright's browser, ${SYSTEM_PATHS.join(', ')}.
Install one, then run npm test again:
  Debian/Ubuntu:  sudo apt-get install chromium
  or set CHROMIUM_PATH=/path/to/chromium (Chrome works too)`;
