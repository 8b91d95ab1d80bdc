// npm run bench:size: what a first visit costs. Loads the library page of the production build
// in Chromium and sums the gzipped size of every script and stylesheet it loads (including the
// lazily loaded update prompt), then the total the service worker precaches for offline use.
// Prints one JSON object per line; the first-page line carries its budget and whether it holds
// (issue 11: at most 50 KB of gzipped JavaScript), and the list of files follows on stderr.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from './chromium.mjs';
import { createStaticServer } from './serve.mjs';

const BUILD = 'build';
const found = findChromium();
if (!found) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}
try {
  await stat(join(BUILD, 'sw.js'));
} catch {
  console.error('No production build in build/. Run "npm run build" first.');
  process.exit(1);
}

/** Issue 11: the library page's JavaScript, everything it loads, gzipped. */
const FIRST_PAGE_JS_BUDGET_KB = 50;

/** @param {Record<string, unknown>} [extra] */
const report = (name, value, unit, extra = {}) =>
  console.log(JSON.stringify({ name, value, unit, ...extra }));
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

const server = createStaticServer(BUILD);
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ serviceWorkers: 'block' });
  /** @type {{ script: Map<string, Buffer>, stylesheet: Map<string, Buffer> }} */
  const loaded = { script: new Map(), stylesheet: new Map() };
  /** Scripts requested before the load event: what the first paint and hydration wait for. */
  const beforeLoad = new Set();
  let loadFired = false;
  page.on('load', () => (loadFired = true));
  page.on('request', (request) => {
    if (!loadFired && request.resourceType() === 'script') beforeLoad.add(request.url());
  });
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    if (type === 'script' || type === 'stylesheet') {
      loaded[type].set(response.url(), await response.body());
    }
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500); // the update prompt is imported after the first paint

  /** @param {Map<string, Buffer>} bodies */
  const gzipped = (bodies) =>
    [...bodies.values()].reduce((sum, body) => sum + gzipSync(body).length, 0);
  const initial = new Map([...loaded.script].filter(([url]) => beforeLoad.has(url)));
  const firstPage = kb(gzipped(loaded.script));
  report('first-page-js-gzip', firstPage, 'KB', {
    budget: FIRST_PAGE_JS_BUDGET_KB,
    withinBudget: firstPage <= FIRST_PAGE_JS_BUDGET_KB
  });
  report('first-page-js-before-load-gzip', kb(gzipped(initial)), 'KB');
  report('first-page-js-files', loaded.script.size, 'files');
  report('first-page-css-gzip', kb(gzipped(loaded.stylesheet)), 'KB');
  // What weighs: each script, largest first (stderr, so stdout stays one object per line).
  const files = [...loaded.script]
    .map(([url, body]) => ({ file: new URL(url).pathname, gzip: gzipSync(body).length }))
    .sort((a, b) => b.gzip - a.gzip);
  for (const { file, gzip } of files) console.error(`${String(gzip).padStart(7)} B  ${file}`);
} finally {
  await browser.close();
  server.close();
}

// The precache manifest is inlined in sw.js as {url:"…",revision:…} entries.
const sw = await readFile(join(BUILD, 'sw.js'), 'utf8');
const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]);
let raw = 0;
let gzip = 0;
for (const entry of urls) {
  const relative = entry === '/' ? 'index.html' : entry.replace(/^\//, '');
  const candidates = [relative, `${relative}.html`];
  for (const candidate of candidates) {
    try {
      const body = await readFile(join(BUILD, candidate));
      raw += body.length;
      gzip += gzipSync(body).length;
      break;
    } catch {
      // try the next spelling of the URL
    }
  }
}
report('precache-entries', urls.length, 'files');
report('precache-total', kb(raw), 'KB');
report('precache-total-gzip', kb(gzip), 'KB');
