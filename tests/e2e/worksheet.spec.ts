// The worksheet to hand out (issue 12, point 7): the article text first (on by default), then the
// questions, numbered in a column of their own; flashcards left out or listed as vocabulary; a
// choice of questions; a version B in another, fixed order. The PDF of the bundled set with its
// text fits on at most four A4 pages, the answer key included.
import { expect, test } from '@playwright/test';
import bundled from '../../questions/hikvision-kanada.de.json' with { type: 'json' };

const PRINT = '/teach/hikvision-kanada/print';
const tasks = bundled.questions.filter((q) => q.type !== 'flashcard');
const cards = bundled.questions.filter((q) => q.type === 'flashcard');

/** Pages in a PDF that Chromium wrote: one `/Type /Page` object each. */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/gu)?.length ?? 0;
}

test('text first, then the questions; at most four pages as a PDF', async ({ page }) => {
  await page.goto(PRINT);
  await expect(page.getByRole('button', { name: 'Drucken' })).toBeEnabled();
  const text = page.getByRole('region', { name: 'Text' });
  await expect(text).toContainText('Hikvision');
  const questions = page.locator('ol.questions > li');
  await expect(questions).toHaveCount(tasks.length);
  // The article comes before the questions in the document.
  const textFirst = await page.evaluate(() => {
    const article = document.querySelector('.article')!;
    const list = document.querySelector('ol.questions')!;
    return Boolean(article.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(textFirst).toBe(true);
  // No flashcard among the tasks; every number is shown whole.
  for (const card of cards) await expect(questions.filter({ hasText: card.prompt })).toHaveCount(0);
  const last = questions.last().locator('.qnum');
  await expect(last).toHaveText(`${tasks.length}.`);
  const clipped = await last.evaluate(
    (el) => el.scrollWidth > el.clientWidth || el.getBoundingClientRect().left < 0
  );
  expect(clipped).toBe(false);

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = pageCount(pdf);
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(pages).toBeLessThanOrEqual(4);
});

test('a choice of questions, vocabulary, and a version B in another fixed order', async ({
  page
}) => {
  await page.goto(PRINT);
  await expect(page.getByRole('button', { name: 'Drucken' })).toBeEnabled();
  const questions = page.locator('ol.questions > li .prompt');
  const versionA = await questions.allTextContents();

  await page.getByLabel('Artikeltext vor den Fragen').uncheck();
  await expect(page.getByRole('region', { name: 'Text' })).toHaveCount(0);

  await page.getByRole('radio', { name: 'B' }).check();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Version B');
  const versionB = await questions.allTextContents();
  expect(versionB).not.toEqual(versionA);
  expect([...versionB].sort()).toEqual([...versionA].sort());
  await page.reload();
  await page.getByRole('radio', { name: 'B' }).check();
  await expect(questions).toHaveText(versionB);

  await page.getByText(/^Fragen auswählen/).click();
  await page.getByRole('checkbox', { name: tasks[0]!.prompt }).uncheck();
  await expect(page.locator('ol.questions > li')).toHaveCount(tasks.length - 1);

  if (cards.length > 0) {
    await page.getByLabel('Lernkarten als Vokabelliste anhängen').check();
    await expect(page.getByRole('region', { name: 'Vokabeln' })).toContainText(cards[0]!.prompt);
  }
});
