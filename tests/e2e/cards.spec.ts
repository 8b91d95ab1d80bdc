// Proves the flashcard wiring on a phone: cards are rated by keys, buttons and a swipe, the
// last rating can be undone, ratings survive a reload, the daily limit of new cards holds, and
// moving the clock past a due date brings the card back.
import { expect, test, type Page } from '@playwright/test';
import bundled from '../../questions/hikvision-kanada.de.json' with { type: 'json' };
import { countsIn, gotoHydrated } from './helpers';

/** The front of the bundled set's first card, which new cards are studied in. */
const FIRST = bundled.questions.find((q) => q.type === 'flashcard')?.prompt.slice(0, 30);
/** The deck has two cards or more: one is left new for a later day. */
const CARDS = bundled.questions.filter((q) => q.type === 'flashcard').length;

const START = new Date('2026-03-02T10:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;

async function swipe(page: Page, dx: number, dy: number) {
  const box = await page.getByRole('article').boundingBox();
  if (!box) throw new Error('The card is not on screen.');
  const x = box.x + box.width / 2;
  const y = box.y + 80;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 3, y + dy / 3, { steps: 3 });
  await page.mouse.move(x + dx, y + dy, { steps: 5 });
  await page.mouse.up();
}

test('flashcards are rated by keys, buttons and swipe, undone, kept, and come back when due', async ({
  page
}) => {
  await page.clock.setFixedTime(START);

  // One new card a day (the deck has more).
  await gotoHydrated(page, '/settings');
  const limit = page.getByLabel('Neue Karten pro Tag');
  await expect(limit).toHaveValue('20');
  await limit.fill('eins');
  await limit.press('Tab');
  await expect(page.getByRole('alert')).toContainText('ganze Zahl von 0 bis 200');
  await limit.fill('1');
  await limit.press('Tab');
  await expect(page.getByText('Gespeichert.', { exact: true })).toBeVisible();

  await page.goto('/');
  const today = page.locator('#due-today');
  expect(await countsIn(today)).toEqual({ new: 1, learning: 0, due: 0 });
  await page.getByRole('link', { name: 'Weiterlernen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Weiterlernen' })).toBeVisible();
  const progress = page.getByText(/^Karte \d+ von \d+$/);
  const card = page.getByRole('article');
  await expect(progress).toHaveText('Karte 1 von 1');
  await expect(card).toContainText(FIRST!);
  await expect(page.getByRole('button', { name: 'Antwort zeigen' })).toBeFocused();

  // Keys: Space flips, 3 is Good. A new card rated Good comes back in ten minutes, this session.
  await page.keyboard.press('Space');
  await expect(page.getByRole('region', { name: 'Antwort' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Gut/ })).toContainText('10 Min.');
  await page.keyboard.press('3');
  await expect(progress).toHaveText('Karte 2 von 2');
  await expect(card).toContainText(FIRST!);

  // Swipe: a vertical drag is a scroll and rates nothing; a drag to the right is Good.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^Gut/ })).toContainText('2 Tg.');
  await swipe(page, 10, 200);
  await expect(progress).toHaveText('Karte 2 von 2');
  await swipe(page, 160, 5);
  await expect(page.getByRole('heading', { name: 'Geschafft!' })).toBeVisible();

  // Undo (key u) brings the card back as it was; then buttons: tap the card's button, then
  // Einfach.
  await page.keyboard.press('u');
  await expect(progress).toHaveText('Karte 2 von 2');
  await expect(card).toContainText(FIRST!);
  await page.getByRole('button', { name: 'Antwort zeigen' }).click();
  await page.getByRole('button', { name: /^Einfach/ }).click();
  const summary = page.getByRole('region', { name: 'Geschafft!' });
  await expect(summary).toContainText('2 Bewertungen');
  const tally = summary.getByRole('definition');
  await expect(tally).toHaveText(['0', '0', '1', '1']);
  await expect(summary).toContainText('Die nächste Karte ist in 4 Tagen fällig');

  // After a reload nothing is due and no second new card is offered today.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Gerade ist nichts fällig.' })).toBeVisible();
  await expect(
    page.getByText('die eine neue Karte begonnen, die das Tageslimit erlaubt')
  ).toBeVisible();
  await expect(card).toHaveCount(0);
  await page.goto('/');
  expect(await countsIn(today)).toEqual({ new: 0, learning: 0, due: 0 });

  // Nine days on, the card is due again (after 4 days) and the day allows a new one again.
  await page.clock.setFixedTime(new Date(START.getTime() + 9 * DAY_MS));
  await page.reload();
  expect(CARDS).toBeGreaterThanOrEqual(2);
  expect(await countsIn(today)).toEqual({ new: 1, learning: 0, due: 1 });
  await page.getByRole('link', { name: 'Weiterlernen' }).click();
  await expect(progress).toHaveText('Karte 1 von 2');
  await expect(card).toContainText(FIRST!);
  await page.keyboard.press('Space');
  // A card learned before is scheduled in days or months, not in a new card's minutes.
  await expect(page.getByRole('button', { name: /^Gut/ })).toContainText(/Tg\.|Mon\./);
});

test('a session can keep to one set, and a set not on this device says so', async ({ page }) => {
  await page.goto('/review?set=hikvision-kanada');
  await expect(page.getByText('Nur Karten aus „Kanada ordnet das Aus')).toBeVisible();
  const cardCount = bundled.questions.filter((q) => q.type === 'flashcard').length;
  await expect(page.getByText(`Karte 1 von ${cardCount}`)).toBeVisible();
  await expect(page.getByRole('article')).toContainText('Kanada ordnet das Aus');

  await page.goto('/review?set=own-gibt-es-nicht');
  await expect(page.getByRole('alert')).toContainText('gibt es auf diesem Gerät nicht');
  await expect(page.getByRole('link', { name: 'Zur Bibliothek' }).first()).toBeVisible();
});

test('after the first finished session the app offers to keep the progress, says why and shows the answer', async ({
  page
}) => {
  await page.goto('/review?set=hikvision-kanada');
  const done = page.getByRole('heading', { name: 'Geschafft!' });
  const flip = page.getByRole('button', { name: 'Antwort zeigen' });
  // "Einfach" takes every card out of today's session; a card asked again comes round once more.
  // Wait for the next card's flip button or the end, not for the progress line: after the last
  // rating the old "Karte n von n" is still on screen for a moment (a race CI lost).
  for (let card = 0; card < 30; card++) {
    await expect(flip.or(done)).toBeVisible();
    if (await done.isVisible()) break;
    await flip.click();
    await page.getByRole('button', { name: /^Einfach/ }).click();
  }
  await expect(done).toBeVisible();
  const offer = page
    .getByRole('status')
    .filter({ hasText: 'Dein Fortschritt liegt nur in diesem Browser' });
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: 'Dauerhaft speichern' }).click();
  // Whatever the browser answers, the learner reads it.
  await expect(
    page.getByRole('status').filter({ hasText: /Der Browser (behält|hat)/ })
  ).toBeVisible();
});
