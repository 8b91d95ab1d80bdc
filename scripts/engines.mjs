// Finds the WebKit and Firefox the cross-engine browser tests drive, from Debian's packages
// (Playwright cannot download its own WebKit or Firefox here). Never downloads anything.
//   WebKit:  WebKitWebDriver (package webkit2gtk-driver) starting WebKitGTK's MiniBrowser,
//            on an X display (package xvfb, started by the tests when $DISPLAY is unset).
//   Firefox: firefox-esr, driven over WebDriver BiDi.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const WEBKIT_DRIVERS = ['/usr/bin/WebKitWebDriver'];
const MINIBROWSERS = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser'
];
const FIREFOXES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
const XVFBS = ['/usr/bin/Xvfb'];

/**
 * @param {string | undefined} fromEnv
 * @param {string[]} paths
 */
function first(fromEnv, paths) {
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return paths.find((path) => existsSync(path)) ?? null;
}

/** The MiniBrowser that Debian's libwebkit2gtk ships, wherever the architecture puts it. */
function findMiniBrowser() {
  const known = first(process.env.WEBKIT_BROWSER_PATH, MINIBROWSERS);
  if (known || process.env.WEBKIT_BROWSER_PATH) return known;
  try {
    const listed = execFileSync('dpkg', ['-L', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8' });
    return listed.split('\n').find((line) => line.endsWith('/MiniBrowser')) ?? null;
  } catch {
    return null;
  }
}

/**
 * @returns {{ webkitDriver: string | null, miniBrowser: string | null, firefox: string | null,
 *   xvfb: string | null }}
 */
export function findEngines() {
  return {
    webkitDriver: first(process.env.WEBKIT_DRIVER_PATH, WEBKIT_DRIVERS),
    miniBrowser: findMiniBrowser(),
    firefox: first(process.env.FIREFOX_PATH, FIREFOXES),
    xvfb: process.env.DISPLAY ? 'not needed' : first(undefined, XVFBS)
  };
}

/**
 * What is missing, in words, with how to get it; `null` when every engine is there.
 * @param {ReturnType<typeof findEngines>} found
 */
export function missingEnginesMessage(found) {
  /** @type {string[]} */
  const missing = [];
  /** @type {Set<string>} */
  const packages = new Set();
  if (!found.webkitDriver) {
    missing.push('WebKitWebDriver ($WEBKIT_DRIVER_PATH or /usr/bin/WebKitWebDriver)');
    packages.add('webkit2gtk-driver');
  }
  if (!found.miniBrowser) {
    missing.push(`WebKitGTK's MiniBrowser ($WEBKIT_BROWSER_PATH or ${MINIBROWSERS[0]})`);
    packages.add('webkit2gtk-driver');
  }
  if (!found.xvfb) {
    missing.push('an X display for WebKit: $DISPLAY is unset and /usr/bin/Xvfb is missing');
    packages.add('xvfb');
  }
  if (!found.firefox) {
    missing.push(`Firefox ($FIREFOX_PATH or ${FIREFOXES.join(', ')})`);
    packages.add('firefox-esr');
  }
  if (missing.length === 0) return null;
  return `Browser tests in WebKit and Firefox cannot run: missing ${missing.join('; ')}.
Install them, then run npm test again:
  Debian/Ubuntu:  sudo apt-get install ${[...packages].join(' ')}
  (.ci/run installs them on CI; they are never skipped)`;
}
