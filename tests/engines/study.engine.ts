// Proves, in WebKit (every iPhone browser) and Firefox, on the production build and a phone
// screen: the library opens and the app installs its service worker; with the network gone
// every route still renders after a reload; and a whole quiz on the bundled article survives a
// reload in the middle (offline), ending on its result; and an own article becomes questions
// in the generator's Web Worker, offline, and is kept.
import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FALLBACK_ROUTE, ROUTES } from '../e2e/helpers';
import {
  ENGINES,
  launch,
  mainText,
  waitFor,
  waitForHeading,
  waitForServiceWorker,
  waitForText,
  type EnginePage
} from './engine';
import { startSite, type Site } from './site';
import { answerSomehow, bundledQuestions } from './answers';

/** A quiz of five where the bundled set has more, else all of it (a regenerated set may be short). */
const QUIZ_SIZE = bundledQuestions().filter((q) => q.type !== 'flashcard').length;
const LENGTH = Math.min(5, QUIZ_SIZE);
const LENGTH_LABEL = QUIZ_SIZE > 5 ? '5 Fragen' : `Alle (${QUIZ_SIZE})`;

/** What "Prüfen" led to: the verdict, the hint that no answer was taken, or a save failure. */
async function checkOutcome(page: EnginePage): Promise<'verdict' | 'no-answer' | 'not-saved'> {
  return waitFor(
    () =>
      page.evaluate(() => {
        const text = document.querySelector('main')?.textContent ?? '';
        if (text.includes('nicht gespeichert')) return 'not-saved' as const;
        if (text.includes('Noch keine Antwort')) return 'no-answer' as const;
        const buttons = [...document.querySelectorAll('main button')];
        const next = buttons.some((button) =>
          /^(Weiter|Ergebnis ansehen)$/.test((button.textContent ?? '').trim())
        );
        return next ? ('verdict' as const) : null;
      }),
    'the verdict after "Prüfen"',
    20_000
  );
}

/** What the page holds when a verdict does not come: buttons, and the stored answers. */
async function pageState(page: EnginePage): Promise<string> {
  return page.evaluate(async () => {
    const buttons = [...document.querySelectorAll('main button')]
      .filter((b) => (b as HTMLElement).offsetParent !== null)
      .map(
        (b) =>
          `${(b.textContent ?? '').trim()}${(b as HTMLButtonElement).disabled ? ' (disabled)' : ''}${b.getAttribute('aria-busy') === 'true' ? ' (busy)' : ''}`
      );
    const checked = document.querySelectorAll('main input:checked').length;
    const stored = await new Promise<string>((resolve) => {
      const timer = setTimeout(() => resolve('database did not open in 5 s'), 5000);
      const request = indexedDB.open('lesequiz');
      request.onerror = () => resolve(`open failed: ${String(request.error)}`);
      request.onblocked = () => resolve('open blocked');
      request.onsuccess = () => {
        const db = request.result;
        try {
          const count = db.transaction('answers').objectStore('answers').count();
          count.onsuccess = () => {
            clearTimeout(timer);
            resolve(`answers stored: ${count.result}, version ${db.version}`);
            db.close();
          };
          count.onerror = () => resolve(`count failed: ${String(count.error)}`);
        } catch (error) {
          resolve(`read failed: ${String(error)}`);
        }
      };
    });
    return `buttons [${buttons.join(', ')}], checked inputs ${checked}, ${stored}`;
  });
}

/** The quiz's question number on screen, or `null` on the result. */
async function questionOnScreen(page: EnginePage): Promise<number | null> {
  return waitFor(
    () =>
      page.evaluate(() => {
        const headings = [...document.querySelectorAll('main h2')].map((h) =>
          (h.textContent ?? '').trim()
        );
        for (const heading of headings) {
          const number = /^Frage (\d+) von/u.exec(heading);
          if (number) return Number(number[1]);
        }
        return headings.includes('Ergebnis') ? -1 : undefined;
      }),
    'a question or the result'
  ).then((n) => (n === -1 ? null : n));
}

/**
 * Answers question `index` of `total` and moves on ("Prüfen", then "Weiter" or the result).
 * Should the answer not have been taken (the hint "Noch keine Antwort"), it is given once more,
 * as a learner would. Should no verdict come at all (twice in WebKit, right after the reload:
 * CI and one loaded run here, not reproduced since), the screen is reported and the page
 * reloaded, as a learner would: the quiz must then stand on this question or, had the answer
 * been stored, on the next one. A save failure fails the test with what the screen says.
 */
async function answerQuestion(page: EnginePage, index: number, total: number) {
  await waitForHeading(page, `Frage ${index} von ${total}`, 2);
  for (let round = 1; ; round++) {
    let outcome: Awaited<ReturnType<typeof checkOutcome>> | 'none' = 'no-answer';
    for (let attempt = 1; attempt <= 2 && outcome === 'no-answer'; attempt++) {
      await answerSomehow(page);
      await page.click('button', 'Prüfen');
      outcome = await checkOutcome(page).catch(() => 'none' as const);
    }
    if (outcome === 'verdict') break;
    const screen = `${await mainText(page)} | state: ${await pageState(page)}`;
    if (outcome !== 'none' || round === 2)
      throw new Error(`Question ${index}: ${outcome} after "Prüfen". The screen: ${screen}`);
    console.warn(
      `${page.engine}: no verdict on question ${index}; reloading. The screen: ${screen}`
    );
    await page.reload();
    const at = await questionOnScreen(page);
    if (at === index) continue;
    // The answer was stored before the reload: the quiz went on by itself.
    expect(at === null ? total + 1 : at).toBe(index + 1);
    return;
  }
  await page.click('button', index === total ? 'Ergebnis ansehen' : 'Weiter');
}

describe.each(ENGINES)('%s', (engine) => {
  let page: EnginePage;
  let site: Site;

  beforeAll(async () => {
    site = await startSite();
  });
  // A fresh browser for each test: in WebKit, after the first test's offline reloads of every
  // route, IndexedDB sometimes stopped answering for the rest of the session (the quiz's first
  // write and even a new `indexedDB.open` never settled; found in 3 of 7 suite runs, with the
  // screen and storage state this test now reports). Each test starts from a clean browser.
  beforeEach(async () => {
    page = await launch(engine);
  });
  afterEach(async () => {
    await page?.close();
  });
  afterAll(async () => {
    await site?.close();
  });

  it('opens the library, installs the app, and reloads every route offline', async () => {
    await page.goto(`${site.url}/`);
    await waitForHeading(page, 'Bibliothek', 1);
    await page.click('link', /Kanada ordnet das Aus für Hikvision an/);
    await waitForHeading(page, /Kanada ordnet das Aus für Hikvision an/, 1);
    await waitForServiceWorker(page);

    await site.goOffline();
    for (const route of [...ROUTES, FALLBACK_ROUTE]) {
      await page.goto(`${site.url}${route.path}`);
      await page.reload();
      expect(await waitForHeading(page, route.heading, 1)).toBeTruthy();
    }
    await site.goOnline();
  });

  it('runs a whole quiz offline with a reload in the middle, and keeps the result', async () => {
    await page.goto(`${site.url}/`);
    await waitForServiceWorker(page);
    await site.goOffline();

    await page.goto(`${site.url}/sets/hikvision-kanada/quiz`);
    await page.click('radio', LENGTH_LABEL);
    await page.click('radio', 'Nach jeder Frage');
    await page.click('button', 'Quiz starten');
    const resumeAt = LENGTH - 1;
    for (let index = 1; index < resumeAt; index++) await answerQuestion(page, index, LENGTH);

    // Every answer was stored as it was given: the reload resumes on the next question.
    const resumed = `Frage ${resumeAt} von ${LENGTH}`;
    await waitForHeading(page, resumed, 2);
    await page.reload();
    expect(await waitForHeading(page, resumed, 2)).toBe(resumed);
    for (let index = resumeAt; index <= LENGTH; index++) await answerQuestion(page, index, LENGTH);

    await waitForHeading(page, 'Ergebnis', 2);
    const score = new RegExp(`\\d von ${LENGTH} richtig`);
    await waitForText(page, score);
    await page.reload();
    await waitForHeading(page, 'Ergebnis', 2);
    expect(await mainText(page)).toMatch(score);
    await waitFor(async () => (await page.url()).includes('/quiz'), 'the quiz page');
    await site.goOnline();
  });

  it('turns an own article into questions in the worker, offline, and keeps it', async () => {
    await page.goto(`${site.url}/`);
    await waitForServiceWorker(page);
    await site.goOffline();

    await page.goto(`${site.url}/new`);
    await waitForHeading(page, 'Artikel hinzufügen', 1);
    const text = await readFile('questions/hikvision-kanada.de.txt', 'utf8');
    await page.fill('Text des Artikels', text);
    await page.click('button', 'Fragen erstellen');
    await waitForHeading(page, /Fertig: \d+ Quizfragen und \d+ Karteikarten/, 2);
    await waitForText(page, 'Gespeichert in deiner Bibliothek.');
    await page.click('link', 'Artikel lesen');
    await waitForText(page, 'Eigener Artikel');
    await page.reload();
    await waitForText(page, 'Eigener Artikel');
    expect(await page.url()).toMatch(/\/sets\//);
    await site.goOnline();
  });
});
