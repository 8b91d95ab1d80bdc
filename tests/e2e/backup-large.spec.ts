// A big backup restores without freezing the page (issue 13 point 11): the file is read, checked
// and saved in a Web Worker while Settings shows a progress bar, then the result. Cancelled part
// way, nothing is kept and the page says so. (How long the main thread is blocked is measured in
// `npm run bench:db`, never timed here.)
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Backup } from '../../src/lib/db/backup';
import { gotoHydrated } from './helpers';

const START = Date.UTC(2026, 0, 5, 8);

/** A quiz-heavy learner's backup: `count` answers in attempts of 25. */
async function bigBackupFile(count: number): Promise<string> {
  const attempts = Math.ceil(count / 25);
  const backup: Backup = {
    format: 'lesequiz-backup/2',
    exportedAtMs: START + count * 60_000,
    sets: [],
    attempts: Array.from({ length: attempts }, (_, a) => ({
      id: `attempt-${a}`,
      setId: 'hikvision-kanada',
      questionIds: Array.from({ length: 25 }, (_, q) => `q${q}`),
      options: { feedback: 'immediate' as const, questionTypes: [], grading: {} },
      currentIndex: 25,
      startedAtMs: START + a * 25 * 60_000,
      finishedAtMs: START + (a + 1) * 25 * 60_000
    })),
    answers: Array.from({ length: count }, (_, i) => ({
      attemptId: `attempt-${Math.floor(i / 25)}`,
      setId: 'hikvision-kanada',
      questionId: `q${i % 25}`,
      response: `Antwort ${i}`,
      correct: i % 3 !== 0,
      answeredAtMs: START + i * 60_000
    })),
    cards: [],
    reviews: [],
    settings: []
  };
  const path = join(await mkdtemp(join(tmpdir(), 'lesequiz-big-backup-')), 'backup.json');
  await writeFile(path, JSON.stringify(backup));
  return path;
}

function countAnswers(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('lesequiz');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('answers').objectStore('answers').count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      })
  );
}

const FILE_INPUT = 'input[type="file"][accept^=".json"]';

test('a backup of 12,000 answers restores with a progress bar, then says what was saved', async ({
  page
}) => {
  test.setTimeout(180_000);
  const path = await bigBackupFile(12_000);
  await gotoHydrated(page, '/settings');
  await expect(page.getByText(/Belegt: /)).toBeVisible();
  // What the page shows while it restores is recorded as it happens: a fast machine finishes
  // 12,000 answers before a second assertion could look (CI failed that way once).
  await page.evaluate((input) => {
    const seen = { bar: false, barWithNotice: false, inputDisabled: false };
    Object.assign(window, { restoreSeen: seen });
    const look = () => {
      const bar = document.querySelector('[role="status"] progress');
      if (!bar) return;
      seen.bar = true;
      const box = bar.closest('[role="status"]');
      if (/bleibt beim Abbrechen .* alles wie vorher/.test(box?.textContent ?? '')) {
        seen.barWithNotice = true;
      }
      if (document.querySelector<HTMLInputElement>(input)?.disabled) seen.inputDisabled = true;
    };
    new MutationObserver(look).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true
    });
  }, FILE_INPUT);
  await page.setInputFiles(FILE_INPUT, path);
  const bar = page.getByRole('progressbar', { name: 'Fortschritt beim Einspielen' });
  // 12,000 answers and 480 attempts.
  await expect(page.getByRole('status').filter({ hasText: 'Sicherung eingespielt' })).toContainText(
    '12480 neu',
    { timeout: 120_000 }
  );
  await expect(bar).toHaveCount(0);
  expect(
    await page.evaluate(() => (window as unknown as { restoreSeen: object }).restoreSeen)
  ).toEqual({
    bar: true,
    barWithNotice: true,
    inputDisabled: true
  });
  expect(await countAnswers(page)).toBe(12_000);
});

test('a big restore cancelled part way keeps nothing and says so', async ({ page }) => {
  test.setTimeout(180_000);
  const path = await bigBackupFile(30_000);
  await gotoHydrated(page, '/settings');
  await expect(page.getByText(/Belegt: /)).toBeVisible();
  await page.setInputFiles(FILE_INPUT, path);
  await expect(
    page.getByRole('progressbar', { name: 'Fortschritt beim Einspielen' })
  ).toBeVisible();
  await page.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'abgebrochen' })).toHaveText(
    'Einspielen abgebrochen. Nichts wurde gespeichert, alles ist wie vorher.'
  );
  expect(await countAnswers(page)).toBe(0);
  // The file input works again.
  await page.setInputFiles(FILE_INPUT, await bigBackupFile(250));
  await expect(page.getByRole('status').filter({ hasText: 'Sicherung eingespielt' })).toContainText(
    '260 neu',
    { timeout: 60_000 }
  );
  expect(await countAnswers(page)).toBe(250);
});

/**
 * What the page's own main thread does with a backup file, counted by wrapping the page's
 * globals before the app starts (a worker has its own globals and is not counted): reads of a
 * large file, parses of a large text, and writes into the answers store.
 */
function watchMainThreadImport() {
  const seen = { fileReads: 0, bigParses: 0, answerWrites: 0 };
  Object.assign(window, { mainThreadImport: seen });
  const LARGE = 100_000;
  for (const name of ['text', 'arrayBuffer', 'bytes', 'stream'] as const) {
    const original = Blob.prototype[name] as ((...args: unknown[]) => unknown) | undefined;
    if (!original) continue;
    Object.defineProperty(Blob.prototype, name, {
      configurable: true,
      value: function (this: Blob, ...args: unknown[]) {
        if (this.size > LARGE) seen.fileReads++;
        return original.apply(this, args);
      }
    });
  }
  for (const name of ['readAsText', 'readAsArrayBuffer', 'readAsDataURL'] as const) {
    const original = FileReader.prototype[name] as (blob: Blob, ...rest: unknown[]) => void;
    FileReader.prototype[name] = function (this: FileReader, blob: Blob, ...rest: unknown[]) {
      if (blob.size > LARGE) seen.fileReads++;
      return original.call(this, blob, ...rest);
    };
  }
  const parse = JSON.parse;
  JSON.parse = function (text: string, reviver?: Parameters<typeof JSON.parse>[1]) {
    if (typeof text === 'string' && text.length > LARGE) seen.bigParses++;
    return parse.call(JSON, text, reviver);
  };
  for (const name of ['put', 'add'] as const) {
    const original = IDBObjectStore.prototype[name];
    IDBObjectStore.prototype[name] = function (this: IDBObjectStore, ...args: [unknown]) {
      if (this.name === 'answers') seen.answerWrites++;
      return original.apply(this, args);
    };
  }
}

// Regression (issue 13 point 11): a 100 MB backup froze the page for minutes because Settings
// read, parsed and saved it on the main thread. Not a timing: the page must hand the file to a
// worker and do none of that work itself.
test('regression: a big restore runs in a worker, the page neither reads, parses nor saves the file', async ({
  page
}) => {
  test.setTimeout(180_000);
  const path = await bigBackupFile(12_000);
  await page.addInitScript(watchMainThreadImport);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await gotoHydrated(page, '/settings');
  await expect(page.getByText(/Belegt: /)).toBeVisible();
  await page.setInputFiles(FILE_INPUT, path);
  await expect(page.getByRole('status').filter({ hasText: 'Sicherung eingespielt' })).toContainText(
    '12480 neu',
    { timeout: 120_000 }
  );
  const seen = await page.evaluate(
    () => (window as unknown as { mainThreadImport: object }).mainThreadImport
  );
  expect({
    importWorkers: workers.filter((url) => /import[.-]worker/.test(url)).length,
    ...seen
  }).toEqual({ importWorkers: 1, fileReads: 0, bigParses: 0, answerWrites: 0 });
  expect(await countAnswers(page)).toBe(12_000);
});
