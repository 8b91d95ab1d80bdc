// Proves the statistics page end to end: a restored backup with a known history shows the
// expected numbers in every chart's table (days cut at 4 am Berlin time), the tables can be
// shown, the filled page passes axe in light and dark mode and fits a 320 px screen, and a
// fresh profile gets an honest empty state with a way to the library.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { BUNDLED_CARD_COUNT, NOW, statsBackup } from './stats-backup';
import { gotoHydrated } from './helpers';

test.use({ timezoneId: 'Europe/Berlin' });

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function restoreHistory(page: Page) {
  await page.clock.setFixedTime(NOW);
  await gotoHydrated(page, '/settings');
  await page.setInputFiles('input[type="file"][accept^=".json"]', {
    name: 'sicherung.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(statsBackup()))
  });
  await expect(page.getByRole('status').filter({ hasText: 'Sicherung eingespielt' })).toBeVisible();
}

/** A table's cells, row by row, as text. */
function cellsOf(table: Locator): Promise<string[][]> {
  return table.evaluate((element) =>
    [...(element as HTMLTableElement).rows].map((row) =>
      [...row.cells].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())
    )
  );
}

test('a restored history shows its numbers in every table', async ({ page }) => {
  await restoreHistory(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Statistik' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statistik');

  const accuracy = page.getByRole('table', { name: /Quizantworten pro Tag/ });
  expect(await cellsOf(accuracy)).toEqual([
    ['Tag', 'Antworten', 'Richtig', 'Anteil'],
    ['Do., 19.11.', '4', '1', '25 %'],
    ['Mo., 23.11.', '4', '3', '75 %'],
    ['Di., 24.11.', '1', '1', '100 %']
  ]);
  await expect(
    page.getByText('9 Quizantworten in den letzten 30 Tagen, davon 56 % richtig.')
  ).toBeVisible();

  const reviews = page.getByRole('table', { name: /Wiederholungen pro Tag/ });
  expect(await cellsOf(reviews)).toEqual([
    ['Tag', 'Karten', 'Quiz', 'Summe'],
    ['Mo., 23.11.', '1', '1', '2'],
    ['Di., 24.11.', '2', '0', '2']
  ]);
  await expect(
    page.getByText('4 Wiederholungen in den letzten 30 Tagen: 3 mit Karteikarten, 1 im Quiz.')
  ).toBeVisible();

  const forecast = await cellsOf(page.getByRole('table', { name: /Fällige Karten pro Tag/ }));
  expect(forecast).toHaveLength(15);
  expect(forecast.slice(0, 4)).toEqual([
    ['Tag', 'Fällig'],
    ['Di., 24.11. (heute)', '2'],
    ['Mi., 25.11.', '1'],
    ['Do., 26.11.', '0']
  ]);
  expect(forecast.at(-1)).toEqual(['Mo., 7.12.', '0']);
  await expect(page.getByText('In 14 Tagen zusammen: 3.')).toBeVisible();

  const mastery = page.getByRole('table', { name: 'Karten pro Artikel nach Lernstand' });
  expect(await cellsOf(mastery)).toEqual([
    ['Lernstand', 'Karten'],
    ['Kanada ordnet das Aus für Hikvision an – China warnt vor Schaden für den Handel'],
    ['Neu', String(BUNDLED_CARD_COUNT - 4)],
    ['Lernen', '1'],
    ['Jung', '2'],
    ['Reif', '1'],
    ['Gesamt', String(BUNDLED_CARD_COUNT)]
  ]);

  // The tables are there for screen readers all along; sighted readers open them on demand.
  const box = async () => (await page.locator('#accuracy-table').boundingBox())?.width ?? 0;
  expect(await box()).toBeLessThanOrEqual(1);
  const card = page.getByRole('region', { name: 'Richtige Antworten' });
  await card.getByRole('button', { name: 'Als Tabelle zeigen' }).click();
  await expect.poll(box).toBeGreaterThan(200);
  await card.getByRole('button', { name: 'Tabelle ausblenden' }).click();
  await expect.poll(box).toBeLessThanOrEqual(1);
});

test('the filled page passes axe in light and dark mode and fits 320 px', async ({ page }) => {
  await restoreHistory(page);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/stats');
    await expect(page.getByRole('table', { name: /Quizantworten pro Tag/ })).toBeAttached();
    const closed = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(closed.violations.map((v) => v.id)).toEqual([]);
    // With every table shown, the table styles are checked too.
    // Each click renames its button, so the first closed one is always the next.
    for (let shown = 1; shown <= 4; shown++) {
      await page.getByRole('button', { name: 'Als Tabelle zeigen' }).first().click();
      await expect(page.getByRole('button', { name: 'Tabelle ausblenden' })).toHaveCount(shown);
    }
    const open = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(open.violations.map((v) => v.id)).toEqual([]);
  }

  await page.setViewportSize({ width: 320, height: 640 });
  // The layout settles after the resize (charts redraw for the new width): poll, not one read.
  await expect
    .poll(() =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      )
    )
    .toBeLessThanOrEqual(0);
  // The open tables fit too, none needs its own sideways scrolling.
  await expect(page.locator('[id$="-table"][tabindex="0"]')).toHaveCount(0);
});

test('a fresh profile gets an empty state with a way to the library', async ({ page }) => {
  await page.goto('/stats');
  await expect(page.getByText(/Noch keine Statistik/)).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await page.getByRole('main').getByRole('link', { name: 'Zur Bibliothek' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bibliothek');
});
