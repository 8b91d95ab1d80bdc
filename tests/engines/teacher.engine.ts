// Proves, in WebKit and Firefox: the teacher → student → teacher round trip. A teacher makes
// an assignment link; a student on another device (another origin here) opens it, answers
// offline and gets a result code; the teacher pastes the code and sees it taken in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { answerSomehow, questionsOfDifferentTypes } from './answers';

type Screen = { heading: string; buttons: string[] };

/** What the student sees: the second-level heading and the buttons in the page. */
function screenOf(page: EnginePage): Promise<Screen> {
  return page.evaluate(() => {
    const clean = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
    return {
      // The question's heading, not the closed text dialog's.
      heading: clean(document.querySelector('main h2:not(dialog h2)')?.textContent ?? ''),
      buttons: [...document.querySelectorAll('main button')]
        .filter((button) => button.getClientRects().length > 0)
        .map((button) => clean(button.textContent))
    };
  });
}

/** Answers every question of the assignment until it is handed in. */
async function answerAssignment(page: EnginePage) {
  for (let step = 0; step < 60; step++) {
    if (/Abgegeben/.test(await mainText(page))) return;
    const before = await screenOf(page);
    const answerButton = before.buttons.find((name) => name === 'Prüfen' || name === 'Abgeben');
    const nextButton = before.buttons.find(
      (name) => name === 'Weiter' || name === 'Ergebnis ansehen'
    );
    if (answerButton && !nextButton) {
      await answerSomehow(page);
      await page.click('button', answerButton);
    } else if (nextButton) {
      await page.click('button', nextButton);
    } else {
      throw new Error(`No way on from: ${JSON.stringify(before)}`);
    }
    await waitFor(
      async () =>
        /Abgegeben/.test(await mainText(page)) ||
        JSON.stringify(await screenOf(page)) !== JSON.stringify(before),
      'the next screen'
    );
  }
  throw new Error('The assignment never ended');
}

describe.each(ENGINES)('%s', (engine) => {
  let page: EnginePage;
  let teacherSite: Site;
  let studentSite: Site;
  beforeAll(async () => {
    page = await launch(engine);
    teacherSite = await startSite();
    studentSite = await startSite();
  });
  afterAll(async () => {
    await page?.close();
    await teacherSite?.close();
    await studentSite?.close();
  });

  it('teacher makes a link, a student answers offline, the teacher collects the code', async () => {
    await page.goto(`${teacherSite.url}/assign/hikvision-kanada`);
    await waitForHeading(page, 'Aufgabe für die Klasse', 1);
    await page.fill('Titel der Aufgabe', 'Hikvision im Test');
    // Three chosen questions of different kinds, taken from the bundled set's file by type, so
    // every run answers a screen of each kind whatever the set's wording.
    await page.click('radio', 'Selbst auswählen');
    for (const question of questionsOfDifferentTypes(3)) {
      const label = await waitFor(
        () =>
          page.evaluate((id: string) => {
            const box = document.querySelector<HTMLInputElement>(
              `input[type="checkbox"][value="${CSS.escape(id)}"]`
            );
            return box?.labels?.[0]?.textContent?.replace(/\s+/g, ' ').trim() || null;
          }, question.id),
        `the checkbox of ${question.type} question ${question.id}`
      );
      await page.click('checkbox', label);
    }
    await page.click('button', 'Aufgabe erstellen');
    await waitForHeading(page, 'Hikvision im Test', 1);
    const link = await waitFor(
      () =>
        page.evaluate(() => {
          const field = [...document.querySelectorAll('input, textarea')].find((element) =>
            /#/.test((element as HTMLInputElement).value)
          ) as HTMLInputElement | undefined;
          return field?.value ?? null;
        }),
      'the assignment link'
    );
    expect(link.startsWith(teacherSite.url)).toBe(true);

    // The student's phone: the app is installed, then the network goes.
    await page.goto(`${studentSite.url}/`);
    await waitForServiceWorker(page);
    await studentSite.goOffline();
    await page.goto(link.replace(teacherSite.url, studentSite.url));
    await waitForHeading(page, 'Hikvision im Test', 1);
    await page.fill('Dein Name oder ein Spitzname', 'Mia');
    await page.click('button', 'Los geht’s');
    await waitForHeading(page, /^Frage 1 von \d+$/, 2);
    await answerAssignment(page);
    await waitForHeading(page, /Abgegeben, Mia!/);
    const code = await waitFor(
      () =>
        page.evaluate(() => {
          const label = [...document.querySelectorAll('label')].find((element) =>
            /Dein Ergebnis-Code/.test(element.textContent ?? '')
          );
          const field = label?.control as HTMLInputElement | HTMLTextAreaElement | null;
          return field?.value || null;
        }),
      'the result code'
    );
    await studentSite.goOnline();

    await page.goto(`${teacherSite.url}/assignments`);
    await waitForHeading(page, 'Deine Aufgaben', 1);
    await page.click('link', /Hikvision im Test/);
    await waitForHeading(page, 'Hikvision im Test', 1);
    await page.fill('Ergebnis-Codes einfügen', code);
    await page.click('button', 'Übernehmen');
    await waitForText(page, 'Neu übernommen: 1. Schon vorhanden: 0.');
    expect(await mainText(page)).toContain('Mia');
  });
});
