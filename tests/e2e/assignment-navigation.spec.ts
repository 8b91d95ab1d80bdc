// Skipping and going back within an assignment (issue 12 point 10): by default a student skips a
// question, goes back to an answered one and finds its answer there, changes it, and is shown
// what is still open before submitting; the teacher's key grades the final answers. A teacher
// who turns the option off gets an assignment answered strictly in order.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { answer, BUNDLED, currentQuestion } from './quiz-answers';
import { gotoHydrated } from './helpers';

const DESKTOP = { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false };

/**
 * Three neighbouring quiz questions of the bundled set, the middle one answered by choosing or
 * typing (so a stored answer shows as a checked option or the typed text when the student comes
 * back to it); they appear in the set's order.
 */
const QUIZ = [...BUNDLED.values()].filter((q) => q.type !== 'flashcard');
const MIDDLE = QUIZ.findIndex(
  (q, i) =>
    i > 0 && i < QUIZ.length - 1 && (q.type === 'multiple-choice' || q.type === 'short-answer')
);
const CHOSEN = [QUIZ[MIDDLE - 1]!, QUIZ[MIDDLE]!, QUIZ[MIDDLE + 1]!];
const PICKED = CHOSEN.map((q) => q.prompt.slice(0, 40));

async function createAssignment(
  browser: Browser,
  options: { title: string; skipAndBack: boolean }
): Promise<{ teacher: Page; link: string; close: () => Promise<void> }> {
  const context = await browser.newContext(DESKTOP);
  const teacher = await context.newPage();
  await gotoHydrated(teacher, '/assign/hikvision-kanada');
  await teacher.getByLabel('Titel der Aufgabe').fill(options.title);
  await teacher.getByLabel('Selbst auswählen').check();
  for (const prompt of PICKED) await teacher.getByRole('checkbox', { name: prompt }).check();
  await teacher.getByLabel('Fragen mischen').uncheck();
  const skip = teacher.getByLabel('Fragen überspringen und zurückgehen erlauben');
  await expect(skip).toBeChecked();
  if (!options.skipAndBack) await skip.uncheck();
  await teacher.getByLabel('Erst nach deiner Bewertung').check();
  await teacher.getByRole('button', { name: 'Aufgabe erstellen' }).click();
  await expect(teacher.getByRole('heading', { level: 1 })).toHaveText(options.title);
  const link = await teacher.getByLabel('Link zur Aufgabe').inputValue();
  return { teacher, link, close: () => context.close() };
}

async function start(phone: Page, link: string, name: string) {
  await phone.goto(link);
  await phone.getByLabel('Dein Name oder ein Spitzname').fill(name);
  await phone.getByRole('button', { name: 'Los geht’s' }).click();
}

const heading = (phone: Page) => phone.getByRole('heading', { level: 2 }).first();

test('a student skips, goes back, changes an answer and is shown what is open before submitting', async ({
  browser
}) => {
  test.setTimeout(240_000);
  const { teacher, link, close } = await createAssignment(browser, {
    title: 'Mit Zurück',
    skipAndBack: true
  });
  const student = await browser.newContext();
  const phone = await student.newPage();
  try {
    await start(phone, link, 'Lea');
    await expect(heading(phone)).toHaveText('Frage 1 von 3');
    const first = await currentQuestion(phone, BUNDLED);
    await phone.getByRole('button', { name: 'Überspringen' }).click();

    await expect(heading(phone)).toHaveText('Frage 2 von 3');
    const second = await currentQuestion(phone, BUNDLED);
    await answer(phone, second, false);
    await phone.getByRole('button', { name: 'Weiter' }).click();

    // Back to question 2: the stored (wrong) answer is there and can be changed.
    await expect(heading(phone)).toHaveText('Frage 3 von 3');
    await phone.getByRole('button', { name: 'Zurück' }).click();
    await expect(heading(phone)).toHaveText('Frage 2 von 3');
    if (second.type === 'multiple-choice')
      await expect(phone.locator('form input[type="radio"]:checked')).toHaveCount(1);
    else await expect(phone.locator('form').getByRole('textbox')).toHaveValue('Atlantis');
    await expect(phone.getByRole('button', { name: 'Überspringen' })).toHaveCount(0);
    await answer(phone, second, true);
    await phone.getByRole('button', { name: 'Weiter' }).click();

    await expect(heading(phone)).toHaveText('Frage 3 von 3');
    await answer(phone, await currentQuestion(phone, BUNDLED), true);
    // Question 1 is still open: "Weiter" lists it instead of submitting.
    await phone.getByRole('button', { name: 'Weiter' }).click();
    await expect(phone.getByRole('heading', { name: 'Noch nicht beantwortet: 1' })).toBeVisible();

    // A reload keeps every answer: the open list is reached again with question 1 in it.
    await phone.reload();
    await expect(heading(phone)).toHaveText('Frage 1 von 3');
    await phone.getByRole('button', { name: 'Überspringen' }).click();
    await expect(phone.getByRole('heading', { name: 'Noch nicht beantwortet: 1' })).toBeVisible();
    await phone.getByRole('button', { name: 'Frage 1', exact: true }).click();
    await expect(heading(phone)).toHaveText('Frage 1 von 3');
    expect((await currentQuestion(phone, BUNDLED)).id).toBe(first.id);
    await answer(phone, first, true);
    await phone.getByRole('button', { name: 'Abgeben' }).click();
    await expect(phone.getByRole('heading', { name: 'Abgegeben, Lea!' })).toBeVisible();

    // The teacher's key grades the changed answer, not the first one.
    await teacher
      .getByLabel('Ergebnis-Codes einfügen')
      .fill(await phone.getByLabel('Dein Ergebnis-Code').inputValue());
    await teacher.getByRole('button', { name: 'Übernehmen' }).click();
    await expect(
      teacher.getByRole('table').first().getByRole('row', { name: /Lea/ })
    ).toContainText('3 von 3');
  } finally {
    await student.close();
    await close();
  }
});

test('a teacher who turns skipping off gets answers strictly in order', async ({ browser }) => {
  test.setTimeout(240_000);
  const { link, close } = await createAssignment(browser, {
    title: 'Ohne Zurück',
    skipAndBack: false
  });
  const student = await browser.newContext();
  const phone = await student.newPage();
  try {
    await start(phone, link, 'Tim');
    for (let index = 1; index <= 3; index++) {
      await expect(heading(phone)).toHaveText(`Frage ${index} von 3`);
      await expect(phone.getByRole('button', { name: 'Überspringen' })).toHaveCount(0);
      await expect(phone.getByRole('button', { name: 'Zurück' })).toHaveCount(0);
      await answer(phone, await currentQuestion(phone, BUNDLED), true);
      await phone.getByRole('button', { name: index === 3 ? 'Abgeben' : 'Weiter' }).click();
    }
    await expect(phone.getByRole('heading', { name: 'Abgegeben, Tim!' })).toBeVisible();
  } finally {
    await student.close();
    await close();
  }
});
