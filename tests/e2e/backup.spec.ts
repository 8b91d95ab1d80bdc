// Proves the backup round trip: progress exported on one device comes back on another (a fresh
// browser profile) with nothing doubled, results and attempts from another device are merged
// into assignments already here (and an older version's backup still imports), and a bad file
// changes nothing and says why.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CORPUS_DIR } from '../../scripts/corpus-dir';
import { V1_ASSIGNMENT_SETTINGS } from '../../src/lib/db/fixtures/v1-assignments';
import { gotoHydrated } from './helpers';

test('a backup restores own articles into an empty browser, twice without duplicates', async ({
  browser
}) => {
  const first = await browser.newContext();
  const page = await first.newPage();
  await page.goto('/new');
  await page.getByLabel('Titel (freiwillig)').fill('Helium-Plasma in Greifswald');
  await page
    .getByLabel('Text des Artikels')
    .fill(await readFile(`${CORPUS_DIR}/news-de/031.txt`, 'utf8'));
  await page.getByRole('button', { name: 'Fragen erstellen' }).click();
  await expect(page.getByText('Gespeichert in deiner Bibliothek.')).toBeVisible({
    timeout: 20_000
  });

  await gotoHydrated(page, '/settings');
  await expect(page.getByText(/Belegt: /)).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Sicherung herunterladen' }).click()
  ]);
  expect(download.suggestedFilename()).toMatch(/^lesequiz-sicherung-\d{4}-\d{2}-\d{2}\.json$/);
  // Kept outside the context: its downloads vanish when it closes, as on a real device switch.
  const backupPath = join(await mkdtemp(join(tmpdir(), 'lesequiz-backup-')), 'backup.json');
  await download.saveAs(backupPath);
  const backup = JSON.parse(await readFile(backupPath, 'utf8'));
  expect(backup.format).toBe('lesequiz-backup/2');
  await first.close();

  const second = await browser.newContext();
  const other = await second.newPage();
  await other.goto('/');
  await expect(other.getByText(/Noch keine eigenen Artikel/)).toBeVisible();
  await gotoHydrated(other, '/settings');
  await other.setInputFiles('input[type="file"][accept^=".json"]', backupPath);
  await expect(
    other.getByRole('status').filter({ hasText: 'Sicherung eingespielt' })
  ).toContainText(/[1-9]\d* neu/);
  // The same file again adds nothing.
  await other.setInputFiles('input[type="file"][accept^=".json"]', backupPath);
  await expect(
    other.getByRole('status').filter({ hasText: 'Sicherung eingespielt' })
  ).toContainText(' 0 neu');
  await other.goto('/');
  await expect(
    other.getByRole('region', { name: 'Deine Artikel' }).getByRole('link', {
      name: 'Helium-Plasma in Greifswald'
    })
  ).toHaveCount(1);
  await second.close();
});

// Regression (issue 13, point 6): an assignment already on the device kept its own results, so
// a teacher who collected more on the school laptop still saw only the first at home.
test('results and attempts from another device are merged into assignments already here', async ({
  page
}) => {
  const file = (name: string, backup: unknown) => ({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup))
  });
  const empty = { exportedAtMs: 1772438400000, sets: [], attempts: [], answers: [], cards: [] };
  // Made by the previous version: assignments and progress among the settings.
  const home = file('zuhause.json', {
    ...empty,
    format: 'lesequiz-backup/1',
    reviews: [],
    settings: Object.values(V1_ASSIGNMENT_SETTINGS)
  });
  const teacher = structuredClone(V1_ASSIGNMENT_SETTINGS.teacherAssignment.value);
  const [mia] = teacher.submissions;
  const progress = structuredClone(V1_ASSIGNMENT_SETTINGS.studentProgress.value);
  const [attempt] = progress.attempts;
  const school = file('schule.json', {
    ...empty,
    format: 'lesequiz-backup/2',
    reviews: [],
    settings: [],
    curations: [],
    teacherAssignments: [{ ...teacher, submissions: [mia, { ...mia, student: 'Ben' }] }],
    assignmentProgress: [
      {
        ...progress,
        attempts: [attempt, { ...attempt, number: 2, seed: 'saat-2', answers: [] }]
      }
    ]
  });
  const input = page.locator('input[type="file"][accept^=".json"]');
  const imported = page.getByRole('status').filter({ hasText: 'Sicherung eingespielt' });

  await gotoHydrated(page, '/settings');
  await input.setInputFiles(home);
  await expect(imported).toContainText(/[1-9]\d* neu/);
  await expect(imported).not.toContainText('Zusammengeführt');
  await page.goto('/assignments');
  const item = page.getByRole('listitem').filter({ hasText: 'Geheimnisse' });
  await expect(item).toContainText('Ergebnisse: 1');

  await gotoHydrated(page, '/settings');
  await input.setInputFiles(school);
  await expect(imported).toContainText(
    'Zusammengeführt mit Aufgaben auf diesem Gerät – neue Ergebnisse: 1, ergänzte Versuche: 1.'
  );
  await page.goto('/assignments');
  await expect(item).toContainText('Ergebnisse: 2');

  // The same file again merges nothing.
  await gotoHydrated(page, '/settings');
  await input.setInputFiles(school);
  await expect(imported).toContainText(' 0 neu, 0 aktualisiert');
  await expect(imported).not.toContainText('Zusammengeführt');
});

test('a file that is not a backup is refused and nothing changes', async ({ page }) => {
  await gotoHydrated(page, '/settings');
  await page.setInputFiles('input[type="file"][accept^=".json"]', {
    name: 'notizen.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "etwas-anderes/3", "sets": []}')
  });
  await expect(page.getByRole('alert')).toHaveText(
    /keine Lesequiz-Sicherung.*Nichts wurde geändert/
  );
  await page.setInputFiles('input[type="file"][accept^=".json"]', {
    name: 'kaputt.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "lesequiz-backup/1", "sets": [')
  });
  await expect(page.getByRole('alert')).toHaveText(/keine Sicherung \(kein JSON\)/);
  await page.goto('/');
  await expect(page.getByText(/Noch keine eigenen Artikel/)).toBeVisible();
});

test('Settings shows the last backup and reminds to make one while storage is not persistent', async ({
  page
}) => {
  await gotoHydrated(page, '/settings');
  await expect(page.getByTestId('last-backup')).toHaveText(
    'Von diesem Gerät gibt es noch keine Sicherung.'
  );
  // A fresh browser profile has not granted persistent storage.
  await expect(page.getByTestId('persistence-status')).not.toHaveText(/^Dauerhaft gespeichert/);
  const reminder = page.getByRole('status').filter({ hasText: 'Lade eine Sicherung herunter' });
  await expect(reminder).toBeVisible();

  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Sicherung herunterladen' }).click()
  ]);
  await expect(page.getByTestId('last-backup')).toHaveText(/^Letzte Sicherung: \d+\. \S+ \d{4}$/);
  await expect(reminder).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('last-backup')).toHaveText(/^Letzte Sicherung: /);
});

test.describe('on an iPhone in Safari', () => {
  test.use({
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1'
  });

  test('the library explains Share → "Zum Home-Bildschirm", until dismissed', async ({ page }) => {
    await page.goto('/');
    const hint = page.getByRole('complementary', { name: 'Auf den Home-Bildschirm legen' });
    await expect(hint).toContainText('„Zum Home-Bildschirm“');
    await hint.getByRole('button', { name: 'Verstanden' }).click();
    await expect(hint).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bibliothek');
    await expect(hint).toHaveCount(0);
  });
});
