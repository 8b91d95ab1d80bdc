// npm run bench:db: the storage layer under a heavy learner's history, in real Chromium.
// Bundles scripts/bench-db/entry.ts (which imports the real src/lib/db) with Vite, serves it on
// localhost and runs it in a Chromium with an on-disk profile: 10,000 cards and 100,000 log
// entries, then the due queue and recording one answer, then restoring backups of 12,000
// answers and of the whole history (~30 MB) through the app's import worker, watching the main
// thread; then the same files through the production build's Settings page, when `build/`
// exists. Prints one JSON object per line on stdout; everything else goes to stderr.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from './chromium.mjs';
import { createStaticServer } from './serve.mjs';

/** @typedef {import('./bench-db/entry').BenchOptions} BenchOptions */
/** @typedef {import('./bench-db/entry').BenchResult} BenchResult */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, '.bench', 'db');

/** @type {BenchOptions} */
const OPTIONS = {
  sets: 20,
  cards: 10_000,
  answers: 50_000,
  reviews: 50_000,
  questionsPerAttempt: 25,
  dueRuns: 50,
  recordRuns: 200,
  warmup: 5,
  seedChunk: 10_000,
  importWorkerUrl: '/import-worker.js'
};

const found = findChromium();
if (!found) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}
console.error(`bench:db uses Chromium from ${found.source}: ${found.path}`);

// The project's vite.config.ts would bring SvelteKit and the PWA plugin into a bundle that
// needs neither, so the entry is built on its own, with only the `$lib` alias it relies on.
await build({
  configFile: false,
  root: ROOT,
  publicDir: false,
  // Vite's info lines go to stdout, which is reserved for the measures.
  logLevel: 'warn',
  resolve: { alias: { $lib: join(ROOT, 'src', 'lib') } },
  build: {
    outDir: OUT,
    emptyOutDir: true,
    lib: {
      // The app's backup import worker beside the entry, as the app bundles it.
      entry: {
        entry: join(ROOT, 'scripts', 'bench-db', 'entry.ts'),
        'import-worker': join(ROOT, 'src', 'lib', 'db', 'import.worker.ts')
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`
    }
  }
});
await writeFile(
  join(OUT, 'index.html'),
  '<!doctype html><html lang="en"><meta charset="utf-8"><title>bench:db</title><link rel="icon" href="data:,"><input type="file" id="bench-file" accept=".json"></html>\n'
);

const server = createStaticServer(OUT);
await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
const address = server.address();
const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;

// A persistent profile on disk: Playwright's default contexts are incognito, where Chromium
// keeps IndexedDB in memory, which would flatter every write.
const profile = await mkdtemp(join(tmpdir(), 'lesequiz-bench-db-'));
const files = await mkdtemp(join(tmpdir(), 'lesequiz-bench-db-files-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: found.path,
  args: CHROMIUM_ARGS,
  headless: true,
  serviceWorkers: 'block'
});
let failed = false;
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  page.on('console', (message) => console.error(`page: ${message.text()}`));
  // BENCH_DB_TRACE=file.json records a Chromium trace (CDP `Tracing`) of the backup restores
  // only, and prints the main thread's longest tasks with what ran inside them on stderr.
  const tracePath = process.env.BENCH_DB_TRACE;
  const cdp = tracePath ? await context.newCDPSession(page) : null;
  await page.exposeFunction('benchTrace', async (/** @type {'start' | 'stop'} */ step) => {
    if (!cdp || !tracePath) return;
    if (step === 'start') await startTracing(cdp);
    else await writeTrace(cdp, tracePath);
  });
  // The backups the page restores, as files on disk picked through a file input.
  await page.exposeFunction(
    'benchFile',
    async (/** @type {string} */ name, /** @type {string} */ text) => {
      const path = join(files, `${name}.json`);
      await writeFile(path, text);
      await page.setInputFiles('#bench-file', path);
    }
  );
  await page.goto(url);
  const started = Date.now();
  /** @type {BenchResult} */
  const result = await page.evaluate(
    async ({ src, options }) => {
      // A variable specifier: the module exists only in the page, not for the type checker.
      const bench = await import(src);
      return bench.runBench(options);
    },
    { src: '/entry.js', options: OPTIONS }
  );
  for (const note of result.notes) console.error(note);
  console.error(`benchmark ran ${((Date.now() - started) / 1000).toFixed(1)} s in the page`);
  for (const { name, value, unit } of result.measures) {
    console.log(JSON.stringify({ name, value, unit }));
  }
  await restoreThroughSettings(context, tracePath);
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : error);
} finally {
  await context.close();
  server.close();
  await rm(profile, { recursive: true, force: true });
  await rm(files, { recursive: true, force: true });
}
if (failed) process.exit(1);

/**
 * The same files restored the way a learner does it: the production build's Settings page
 * (`build/`, from `npm run build`), the file picked in its input, the progress bar and the
 * message drawn by Svelte. The page's main thread is watched with the Long Tasks API from
 * before the app starts; only the tasks from picking the file to the success message count.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string | undefined} tracePath
 */
async function restoreThroughSettings(context, tracePath) {
  const app = join(ROOT, 'build');
  if (!existsSync(join(app, 'index.html'))) {
    console.error('no build/: run `npm run build` first to restore through the Settings page');
    return;
  }
  const appServer = createStaticServer(app);
  await new Promise((done) => appServer.listen(0, '127.0.0.1', () => done(undefined)));
  const appAddress = appServer.address();
  const appUrl = `http://127.0.0.1:${typeof appAddress === 'object' && appAddress ? appAddress.port : 0}`;
  try {
    for (const name of ['db-backup-12k-answers', 'db-backup-history']) {
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`settings page error: ${error.message}`));
      await page.addInitScript(() => {
        /** @type {number[]} */
        const tasks = [];
        Object.assign(window, { benchLongTasks: tasks });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) tasks.push(entry.duration);
        }).observe({ type: 'longtask' });
      });
      await page.goto(`${appUrl}/settings`);
      await page.getByText(/Belegt: |unbekannt/).waitFor();
      // The page has settled: what it did while loading is not the restore's.
      await page.waitForTimeout(2_000);
      await page.evaluate(() =>
        /** @type {{ benchLongTasks: number[] }} */ (
          /** @type {unknown} */ (window)
        ).benchLongTasks.splice(0)
      );
      const cdp = tracePath ? await context.newCDPSession(page) : null;
      if (cdp) await startTracing(cdp);
      const started = Date.now();
      await page.setInputFiles('input[type="file"][accept^=".json"]', join(files, `${name}.json`));
      await page
        .getByRole('status')
        .filter({ hasText: 'Sicherung eingespielt' })
        .waitFor({ timeout: 900_000 });
      const seconds = (Date.now() - started) / 1000;
      // One more turn, for the last task to be reported.
      await page.waitForTimeout(100);
      const tasks = await page.evaluate(() =>
        /** @type {{ benchLongTasks: number[] }} */ (
          /** @type {unknown} */ (window)
        ).benchLongTasks.slice()
      );
      if (cdp && tracePath) await writeTrace(cdp, tracePath.replace(/(\.json)?$/, `-${name}.json`));
      const measure = (
        /** @type {string} */ what,
        /** @type {number} */ value,
        /** @type {string} */ unit
      ) =>
        console.log(
          JSON.stringify({
            name: `${name}-settings${what}`,
            value: Math.round(value * 100) / 100,
            unit
          })
        );
      measure('', seconds, 's');
      measure('-longest-block', Math.max(0, ...tasks), 'ms');
      measure(
        '-blocked-total',
        tasks.reduce((sum, task) => sum + task, 0),
        'ms'
      );
      // The next file into an empty database again.
      await page.evaluate(
        () =>
          new Promise((done, fail) => {
            const request = indexedDB.deleteDatabase('lesequiz');
            request.onsuccess = () => done(undefined);
            request.onerror = () => fail(request.error);
          })
      );
      await page.close();
    }
  } finally {
    appServer.close();
  }
}

/** @param {import('@playwright/test').CDPSession} cdp */
async function startTracing(cdp) {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: {
      includedCategories: [
        // Tasks, what ran in them (scripts, parsing, layout) and the garbage collector; more
        // categories make a trace of this run larger than Node can hold as one string.
        'toplevel',
        'devtools.timeline',
        'v8.execute',
        'disabled-by-default-v8.gc'
      ]
    }
  });
}

/**
 * Ends the trace, writes it to `path` (for chrome://tracing or the DevTools performance panel)
 * and prints the renderer main thread's tasks over 50 ms with their longest inner events.
 * @param {import('@playwright/test').CDPSession} cdp
 * @param {string} path
 */
async function writeTrace(cdp, path) {
  /** @type {Promise<string>} */
  const complete = new Promise((done) =>
    cdp.once('Tracing.tracingComplete', (event) => done(event.stream ?? ''))
  );
  await cdp.send('Tracing.end');
  const stream = await complete;
  /** @type {Buffer[]} */
  const chunks = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
    chunks.push(Buffer.from(chunk.data, chunk.base64Encoded ? 'base64' : 'utf8'));
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const bytes = Buffer.concat(chunks);
  await writeFile(path, bytes);
  console.error(`trace written to ${path} (${(bytes.length / 1024 / 1024).toFixed(0)} MB)`);
  summariseTrace(JSON.parse(bytes.toString('utf8')));
}

/**
 * @param {{ traceEvents: Array<{ name: string, ph: string, ts: number, dur?: number, tdur?: number,
 *   pid: number, tid: number, args?: { name?: string } }> }} trace
 */
function summariseTrace({ traceEvents }) {
  const threadNames = new Map();
  for (const event of traceEvents)
    if (event.ph === 'M' && event.name === 'thread_name')
      threadNames.set(`${event.pid}:${event.tid}`, event.args?.name ?? '');
  const complete = traceEvents.filter((event) => event.ph === 'X' && event.dur !== undefined);
  for (const [thread, name] of threadNames) {
    if (name !== 'CrRendererMain' && name !== 'DedicatedWorker thread') continue;
    const events = complete.filter((event) => `${event.pid}:${event.tid}` === thread);
    const tasks = events.filter(
      (event) =>
        (event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask') &&
        (event.dur ?? 0) > 50_000
    );
    const all = events.filter(
      (event) => event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask'
    );
    const busy = all.reduce((sum, event) => sum + (event.dur ?? 0), 0);
    // A task's wall time includes the time the thread waited for a CPU; `tdur` is what it ran.
    const cpu = all.reduce((sum, event) => sum + (event.tdur ?? 0), 0);
    const longestCpu = all.reduce((most, event) => Math.max(most, event.tdur ?? 0), 0);
    console.error(
      `${name} ${thread}: ${tasks.length} tasks over 50 ms, busy ${(busy / 1000).toFixed(0)} ms ` +
        `(CPU ${(cpu / 1000).toFixed(0)} ms, longest task's CPU ${(longestCpu / 1000).toFixed(0)} ms)`
    );
    if (name !== 'CrRendererMain') continue;
    for (const task of tasks.sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 8)) {
      const end = task.ts + (task.dur ?? 0);
      const inner = events
        .filter(
          (event) => event !== task && event.ts >= task.ts && event.ts + (event.dur ?? 0) <= end
        )
        .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
        .slice(0, 12)
        .map((event) => `${event.name} ${((event.dur ?? 0) / 1000).toFixed(0)} ms`);
      console.error(
        `  task ${((task.dur ?? 0) / 1000).toFixed(0)} ms (CPU ${((task.tdur ?? 0) / 1000).toFixed(0)} ms): ${inner.join(', ')}`
      );
    }
  }
}
