// Proves that own articles live in the library: they survive a reload, can be renamed, and
// deleting one asks first and can be undone.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { CORPUS_DIR } from '../../scripts/corpus-dir';

async function addArticle(page: Page, file: string, title: string) {
  await page.goto('/new');
  await page.getByLabel('Titel (freiwillig)').fill(title);
  await page.getByLabel('Text des Artikels').fill(await readFile(file, 'utf8'));
  await page.getByRole('button', { name: 'Fragen erstellen' }).click();
  await expect(page.getByText('Gespeichert in deiner Bibliothek.')).toBeVisible({
    timeout: 20_000
  });
}

test('own articles can be renamed, deleted after confirmation, and restored', async ({ page }) => {
  await addArticle(page, `${CORPUS_DIR}/news-de/017.txt`, 'Flamingos in Schönbrunn');
  await page.goto('/');
  const own = page.getByRole('region', { name: 'Deine Artikel' });
  await expect(own.getByRole('link', { name: 'Flamingos in Schönbrunn' })).toBeVisible();
  await page.reload();
  await expect(own.getByRole('link', { name: 'Flamingos in Schönbrunn' })).toBeVisible();

  await own.getByRole('button', { name: 'Umbenennen: Flamingos in Schönbrunn' }).click();
  const titleField = own.getByLabel('Neuer Titel für „Flamingos in Schönbrunn“');
  await expect(titleField).toBeFocused();
  await titleField.fill('Küken im Tiergarten');
  await own.getByRole('button', { name: 'Titel speichern' }).click();
  await expect(own.getByRole('link', { name: 'Küken im Tiergarten' })).toBeVisible();

  // Cancelling the confirmation keeps the article.
  await own.getByRole('button', { name: 'Löschen: Küken im Tiergarten' }).click();
  const dialog = page.getByRole('dialog', { name: '„Küken im Tiergarten“ löschen?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(own.getByRole('link', { name: 'Küken im Tiergarten' })).toBeVisible();

  await own.getByRole('button', { name: 'Löschen: Küken im Tiergarten' }).click();
  await dialog.getByRole('button', { name: 'Löschen' }).click();
  await expect(own.getByRole('link', { name: 'Küken im Tiergarten' })).toHaveCount(0);
  await expect(page.getByText('„Küken im Tiergarten“ gelöscht.')).toBeVisible();

  await page.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(own.getByRole('link', { name: 'Küken im Tiergarten' })).toBeVisible();
  await page.reload();
  await expect(own.getByRole('link', { name: 'Küken im Tiergarten' })).toBeVisible();
});

test('a second tab upgrading the database asks this tab to reload instead of blocking', async ({
  page,
  context
}) => {
  // A first visit to the library opens no storage (nothing is stored yet); once the review page
  // has opened it, the library holds a connection, which must not block a newer version.
  await page.goto('/review');
  await expect.poll(() => page.evaluate(async () => (await indexedDB.databases()).length)).toBe(1);
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Deine Artikel' })).toBeVisible();
  await expect(page.getByText('Noch keine eigenen Artikel.', { exact: false })).toBeVisible();
  await expect(page.locator('#due-today [data-count="due"]')).toBeVisible();

  // Another tab opens the database with a newer version, as a newer app would.
  const other = await context.newPage();
  await other.goto('/about');
  const upgraded = await other.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const request = indexedDB.open('lesequiz', 1000);
        request.onsuccess = () => {
          request.result.close();
          resolve(true);
        };
        request.onerror = () => resolve(false);
        request.onblocked = () => resolve(false);
      })
  );
  expect(upgraded).toBe(true);
  await expect(page.getByRole('alert')).toContainText('in einem anderen Tab aktualisiert');
  await expect(page.getByRole('button', { name: 'Neu laden' })).toBeVisible();
});
