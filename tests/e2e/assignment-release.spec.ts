// "Lösungen freigeben" (issue 12, point 5): after grading, the teacher shows one link for the
// whole class; it carries the key and the answers the teacher accepted, and nothing about any
// student. Each student's phone (its own browser context) grades its own stored attempt with it
// and shows the result with the evidence; a device that never answered is told so.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { decodeReleaseLink } from '../../src/lib/core/assign/release';
import bundled from '../../questions/hikvision-kanada.de.json' with { type: 'json' };
import { answer, BUNDLED, currentQuestion } from './quiz-answers';
import { gotoHydrated } from './helpers';

const DESKTOP = { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false };
/**
 * A typed answer (a gap whose sentence starts with text, to find its row, or else a short answer)
 * and the first multiple-choice question, from whatever the bundled set holds; both answered
 * wrong by Mia (the typed one with "Atlantis").
 */
const GAP =
  [...BUNDLED.values()].find((q) => q.type === 'cloze' && q.prompt.indexOf('____') > 30) ??
  [...BUNDLED.values()].find((q) => q.type === 'short-answer')!;
const CHOICE = [...BUNDLED.values()].find((q) => q.type === 'multiple-choice')!;
const GAP_START = GAP.prompt.slice(0, 30);
const CHOICE_START = CHOICE.prompt.slice(0, 30);
const PICKED = [GAP_START, CHOICE_START];
/** The sentences that prove the choice's answer, as the set stores them. */
const CHOICE_EVIDENCE = (
  bundled.questions.find((q) => q.id === CHOICE.id) as { evidence: number[] }
).evidence.map((index) => bundled.sentences[index]!);

async function attempt(browser: Browser, link: string, name: string, right: boolean) {
  const context = await browser.newContext();
  const phone = await context.newPage();
  await phone.goto(link);
  await phone.getByLabel('Dein Name oder ein Spitzname').fill(name);
  await phone.getByRole('button', { name: 'Los geht’s' }).click();
  for (let index = 1; index <= 2; index++) {
    await expect(phone.getByRole('heading', { level: 2 }).first()).toHaveText(
      `Frage ${index} von 2`
    );
    await answer(phone, await currentQuestion(phone, BUNDLED), right);
    await phone.getByRole('button', { name: index === 2 ? 'Abgeben' : 'Weiter' }).click();
  }
  await expect(phone.getByRole('heading', { name: `Abgegeben, ${name}!` })).toBeVisible();
  const code = await phone.getByLabel('Dein Ergebnis-Code').inputValue();
  return { context, phone, code };
}

async function openRelease(phone: Page, releaseLink: string) {
  await phone.goto(releaseLink);
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Lösungen: Freigabe');
}

test('one release link: each phone grades only its own attempt, with accepted answers and evidence', async ({
  browser
}) => {
  test.setTimeout(240_000);
  const teacherContext = await browser.newContext(DESKTOP);
  const teacher = await teacherContext.newPage();
  await gotoHydrated(teacher, '/assign/hikvision-kanada');
  await teacher.getByLabel('Titel der Aufgabe').fill('Freigabe');
  await teacher.getByLabel('Selbst auswählen').check();
  for (const prompt of PICKED) await teacher.getByRole('checkbox', { name: prompt }).check();
  await teacher.getByLabel('Link ohne Lösungen').check();
  await teacher.getByLabel('Fragen mischen').uncheck();
  await teacher.getByRole('button', { name: 'Aufgabe erstellen' }).click();
  await expect(teacher.getByRole('heading', { level: 1 })).toHaveText('Freigabe');
  const link = await teacher.getByLabel('Link zur Aufgabe').inputValue();
  // Nothing to release before there is anything graded.
  await expect(teacher.getByRole('heading', { name: 'Lösungen freigeben' })).toHaveCount(0);

  const mia = await attempt(browser, link, 'Mia', false);
  const ben = await attempt(browser, link, 'Ben', true);
  const stranger = await browser.newContext();
  try {
    await teacher.getByLabel('Ergebnis-Codes einfügen').fill(`${mia.code}\n${ben.code}`);
    await teacher.getByRole('button', { name: 'Übernehmen' }).click();
    await expect(teacher.getByText('Neu übernommen: 2. Schon vorhanden: 0.')).toBeVisible();
    // Mia wrote "Atlantis" into the gap; the teacher lets it count.
    await teacher
      .getByRole('table')
      .nth(1)
      .getByRole('row')
      .filter({ hasText: GAP_START })
      .getByRole('button', { name: 'Diese Antwort gelten lassen' })
      .click();

    await teacher.getByRole('button', { name: 'Link für die Klasse zeigen' }).click();
    await expect(
      teacher.getByRole('img', { name: 'QR-Code der Lösungen zu „Freigabe“' })
    ).toBeVisible();
    const releaseLink = await teacher.getByLabel('Link mit den Lösungen').inputValue();
    expect(releaseLink).toMatch(/\/a#r1\.[A-Za-z0-9_-]+$/);
    // The key and the accepted answer travel; no name, code or answer of a student does.
    const release = decodeReleaseLink(releaseLink);
    if (!release.ok) throw new Error(release.problem);
    const payload = JSON.stringify(release.value);
    expect(payload).toContain('Atlantis');
    for (const secret of ['Mia', 'Ben', 'LQ2-']) expect(payload).not.toContain(secret);

    // Mia's phone: the gap counts now (accepted), the choice is wrong, with the right answer and
    // the sentences that prove it.
    await openRelease(mia.phone, releaseLink);
    await expect(mia.phone.getByRole('heading', { name: 'Mia: 1 von 2 richtig' })).toBeVisible();
    const answers = mia.phone.getByRole('list', { name: 'Deine Antworten' }).getByRole('listitem');
    await expect(answers).toHaveCount(2);
    const choice = answers.filter({ hasText: CHOICE_START });
    await expect(choice).toContainText('Nicht ganz.');
    await expect(choice).toContainText(`Lösung: ${CHOICE.answer as string}`);
    await expect(choice.getByRole('blockquote')).toContainText(CHOICE_EVIDENCE[0]!);
    await expect(answers.filter({ hasText: GAP_START })).toContainText('Richtig!');

    // Ben's phone shows Ben's result, and nothing of Mia's.
    await openRelease(ben.phone, releaseLink);
    await expect(ben.phone.getByRole('heading', { name: 'Ben: 2 von 2 richtig' })).toBeVisible();
    await expect(ben.phone.getByText('Mia')).toHaveCount(0);

    // A device that never answered has nothing to grade.
    const page = await stranger.newPage();
    await openRelease(page, releaseLink);
    await expect(page.getByRole('alert')).toContainText('keinen abgegebenen Versuch');

    // A damaged release link is refused with its own message.
    const at = releaseLink.length - 10;
    const damaged = `${releaseLink.slice(0, at)}${releaseLink[at] === 'A' ? 'B' : 'A'}${releaseLink.slice(at + 1)}`;
    await page.goto(damaged);
    await expect(page.getByRole('alert')).toContainText('Lösungs-Link ist beschädigt');
  } finally {
    await stranger.close();
    await mia.context.close();
    await ben.context.close();
    await teacherContext.close();
  }
});
