// npm run bench:lighthouse: Lighthouse 12 (default mobile emulation with simulated throttling)
// on the production build, for the library, the reader (a bundled article) and its quiz page. Prints one JSON object per
// line: each category score as 0-100. On stderr: the long tasks, each script's main-thread time
// and the main-thread breakdown, which say what costs the blocking time whatever the load.
// LIGHTHOUSE_PAGES=reader,quiz runs only those pages; LIGHTHOUSE_SAVE=dir writes each full report.
// LIGHTHOUSE_RUNS=5 loads every page five times (rounds over all pages, so a busy moment of a
// shared machine hits every page alike): each run's lines carry `run`, and a last line per
// page and category gives the lowest and the median score, which say more than one run.
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from './chromium.mjs';
import { createStaticServer } from './serve.mjs';

const PAGES = [
  { name: 'library', path: '/' },
  { name: 'reader', path: '/sets/hikvision-kanada' },
  { name: 'quiz', path: '/sets/hikvision-kanada/quiz' }
];
const ONLY = process.env.LIGHTHOUSE_PAGES?.split(',').filter(Boolean);
const SAVE = process.env.LIGHTHOUSE_SAVE;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1) || 1);
/** @type {[audit: string, short: string, unit: string][]} */
const METRICS = [
  ['first-contentful-paint', 'fcp', 'ms'],
  ['largest-contentful-paint', 'lcp', 'ms'],
  ['total-blocking-time', 'tbt', 'ms'],
  ['cumulative-layout-shift', 'cls', 'score'],
  ['speed-index', 'speed-index', 'ms']
];
// LIGHTHOUSE_PORT lets two checkouts on one machine run the benchmark at the same time.
const DEBUGGING_PORT = Number(process.env.LIGHTHOUSE_PORT ?? 9339);

const found = findChromium();
if (!found) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}
try {
  await stat('build/index.html');
} catch {
  console.error('No production build in build/. Run "npm run build" first.');
  process.exit(1);
}

const server = createStaticServer('build');
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: found.path,
  args: [...CHROMIUM_ARGS, `--remote-debugging-port=${DEBUGGING_PORT}`]
});

/** Scores by page and category over the runs, for the summary lines. */
const scores = new Map();
try {
  for (let run = 1; run <= RUNS; run++) {
    for (const page of PAGES.filter((page) => !ONLY || ONLY.includes(page.name)))
      await audit(page, run);
  }
  if (RUNS > 1) {
    for (const [name, values] of scores) {
      const sorted = [...values].sort((a, b) => a - b);
      const median = sorted[Math.floor((sorted.length - 1) / 2)];
      console.log(
        JSON.stringify({ name: `${name}-min`, value: sorted[0], unit: 'score', runs: RUNS })
      );
      console.log(
        JSON.stringify({ name: `${name}-median`, value: median, unit: 'score', runs: RUNS })
      );
    }
  }
} finally {
  await browser.close();
  server.close();
}

/** One Lighthouse run of one page: its scores and metrics on stdout, what cost time on stderr. */
async function audit({ name, path }, run) {
  const tag = RUNS > 1 ? { run } : {};
  const result = await lighthouse(`${origin}${path}`, {
    port: DEBUGGING_PORT,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
  if (SAVE) {
    await mkdir(SAVE, { recursive: true });
    await writeFile(`${SAVE}/${name}${RUNS > 1 ? `-${run}` : ''}.json`, JSON.stringify(result.lhr));
  }
  for (const category of CATEGORIES) {
    const value = Math.round((result.lhr.categories[category]?.score ?? 0) * 100);
    console.log(JSON.stringify({ name: `${name}-${category}`, value, unit: 'score', ...tag }));
    const key = `${name}-${category}`;
    scores.set(key, [...(scores.get(key) ?? []), value]);
  }
  const failing = Object.values(result.lhr.audits)
    .filter(
      (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary'
    )
    .map((audit) => audit.id);
  if (failing.length > 0) console.error(`${name}: failing audits: ${failing.join(', ')}`);
  // The metrics behind the performance score, so a low score says which one cost the points.
  for (const [audit, short, unit] of METRICS) {
    const value = result.lhr.audits[audit]?.numericValue;
    if (value === undefined) continue;
    const rounded = unit === 'ms' ? Math.round(value) : Math.round(value * 1000) / 1000;
    console.log(JSON.stringify({ name: `${name}-${short}`, value: rounded, unit, ...tag }));
  }
  reportMainThread(name, result.lhr.audits);
}

/** Long tasks (start and duration, simulated), each script's time and the work by kind. */
function reportMainThread(name, audits) {
  const short = (url) => String(url).replace(origin, '');
  const tasks = audits['long-tasks']?.details?.items ?? [];
  const listed = tasks
    .map(
      (task) =>
        `${Math.round(task.duration)} ms at ${Math.round(task.startTime)} (${short(task.url)})`
    )
    .join('; ');
  console.error(`${name}: ${tasks.length} long tasks: ${listed || 'none'}`);
  const scripts = (audits['bootup-time']?.details?.items ?? [])
    .slice(0, 6)
    .map(
      (item) =>
        `${short(item.url)} ${Math.round(item.total)} ms (script ${Math.round(item.scripting)}, parse ${Math.round(item.scriptParseCompile)})`
    )
    .join('; ');
  console.error(`${name}: main thread by script: ${scripts || 'none'}`);
  const kinds = (audits['mainthread-work-breakdown']?.details?.items ?? [])
    .map((item) => `${item.groupLabel} ${Math.round(item.duration)} ms`)
    .join('; ');
  console.error(`${name}: main thread by kind: ${kinds || 'none'}`);
}
