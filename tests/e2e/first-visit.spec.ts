// A first visit to the library on a phone: no database exists yet, so the page shows the
// bundled sets' counts (computed by the build) and the empty states without opening storage,
// and creates no database (issue 11 point 12: the storage code is not part of the first page).
// Once something opened storage, the library reads it again and shows the same counts.
import { expect, test, type Page } from '@playwright/test';
import { countsIn } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

const databaseNames = (page: Page) =>
  page.evaluate(async () => (await indexedDB.databases()).map((info) => info.name));

test('a first visit shows counts and empty states without creating the database', async ({
  page
}) => {
  await page.goto('/');
  const library = (await (await page.request.get('/data/library.json')).json()) as {
    firstVisitCounts: {
      all: { new: number; learning: number; due: number };
      bySet: Record<string, { new: number; learning: number; due: number }>;
    };
  };
  const continueCard = page.locator('.continue');
  expect(await countsIn(continueCard)).toEqual(library.firstVisitCounts.all);
  expect(library.firstVisitCounts.all.new).toBeGreaterThan(0);
  const progress = page.locator('[data-progress-of="hikvision-kanada"]');
  await expect(progress).toBeVisible();
  expect(await countsIn(progress)).toEqual(library.firstVisitCounts.bySet['hikvision-kanada']);
  await expect(page.getByText('Noch keine eigenen Artikel.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Artikel hinzufügen' })).toBeVisible();
  expect(await databaseNames(page)).not.toContain('lesequiz');

  // The review page opens storage (and so creates the database): from then on the library
  // counts from storage, and agrees with what the first visit showed.
  await page.goto('/review');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(() => databaseNames(page)).toContain('lesequiz');
  await page.goto('/');
  expect(await countsIn(continueCard)).toEqual(library.firstVisitCounts.all);
  await expect(page.getByText('Noch keine eigenen Artikel.')).toBeVisible();
});
