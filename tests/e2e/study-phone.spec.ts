// A student on a 390×844 phone keeps using the app: the evidence of an answer is shown where the
// eye lands (not scrolled away), the way back to the quiz stays at hand, and nothing on a quiz
// screen hides the answer or the way on.
import { expect, test, type Page } from '@playwright/test';
import bundled from '../../questions/hikvision-kanada.de.json' with { type: 'json' };
import { answer, BUNDLED, currentQuestion } from './quiz-answers';

/** The quiz question whose evidence lies furthest down the bundled article. */
function questionNearestTheEnd() {
  const quizQuestions = bundled.questions.filter((q) => q.type !== 'flashcard');
  const last = Math.max(...quizQuestions.flatMap((q) => q.evidence));
  const question = quizQuestions.find((q) => q.evidence.includes(last))!;
  return { question, sentence: bundled.sentences[last]! };
}

test('"Im Text nachsehen" shows the last sentence, not the notice scrolled back to the top', async ({
  page
}) => {
  const { question, sentence } = questionNearestTheEnd();
  // The sentence furthest down is the article's last one: the hardest case for scrolling.
  expect(sentence).toBe(bundled.sentences.at(-1));
  await page.goto(`/sets/hikvision-kanada?evidence=${question.id}&from=quiz`);

  const mark = page.locator('mark.evidence', { hasText: sentence.slice(0, 40) });
  await expect(mark).toBeVisible();
  await expect(mark).toBeInViewport({ ratio: 1 });
  const back = page.getByRole('link', { name: 'Zurück zum Quiz' });
  await expect(back).toBeInViewport({ ratio: 1 });
  // Neither covers the other, and the sentence is not under the bottom navigation.
  const markBox = (await mark.boundingBox())!;
  const backBox = (await back.boundingBox())!;
  const navBox = (await page.getByRole('navigation').boundingBox())!;
  expect(markBox.y).toBeGreaterThanOrEqual(backBox.y + backBox.height);
  expect(markBox.y + markBox.height).toBeLessThanOrEqual(navBox.y);
  // Still there after reading on, so the way back never needs a scroll to the top.
  await page.mouse.wheel(0, -300);
  await expect(back).toBeInViewport({ ratio: 1 });
});

/** Skips until a question of `type` is on screen (skipped ones move to the end). */
async function skipTo(page: Page, type: string) {
  for (let tries = 0; tries < 40; tries++) {
    if ((await currentQuestion(page, BUNDLED)).type === type) return;
    const before = await page.locator('form[data-question-id]').getAttribute('data-question-id');
    await page.getByRole('button', { name: 'Überspringen' }).click();
    await expect(page.locator('form[data-question-id]')).not.toHaveAttribute(
      'data-question-id',
      before!
    );
  }
  throw new Error(`No ${type} question came up`);
}

/** The answers stored for the bundled set, oldest first. */
function storedAnswers(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ questionId: string; correct: boolean; how?: string }[]>((resolve, reject) => {
        const open = indexedDB.open('lesequiz');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('answers').objectStore('answers').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      })
  );
}

test('a way out of every question: "Weiß ich nicht", skip, a look back, "Ich lag richtig"', async ({
  page
}) => {
  await page.goto('/sets/hikvision-kanada/quiz');
  await page.getByRole('radio', { name: /^Alle \(\d+\)$/ }).check();
  await page.getByRole('button', { name: 'Quiz starten' }).click();
  const heading = page.getByRole('heading', { level: 2 });
  await expect(heading).toHaveText(/^Frage 1 von \d+$/);
  const first = await currentQuestion(page, BUNDLED);

  // "Prüfen" without an answer is never dead: it says what is missing and offers a way out.
  await page.getByRole('button', { name: 'Prüfen' }).click();
  await expect(page.getByRole('alert')).toContainText('Weiß ich nicht');
  await page.getByRole('button', { name: 'Weiß ich nicht' }).click();
  const status = page.locator('form').getByRole('status');
  await expect(status).toContainText('Nicht ganz.');
  await expect(status).toContainText('Deine Antwort: Weiß ich nicht');
  await expect(status).toContainText('Im Text steht:');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expect(heading).toHaveText(/^Frage 2 von \d+$/);

  // Skipped questions wait at the end; the skip is stored, so a reload keeps it.
  const skipped = await currentQuestion(page, BUNDLED);
  await page.getByRole('button', { name: 'Überspringen' }).click();
  await expect(heading).toHaveText(/^Frage 2 von \d+$/);
  const after = await currentQuestion(page, BUNDLED);
  expect(after.id).not.toBe(skipped.id);
  await page.reload();
  await expect(heading).toHaveText(/^Frage 2 von \d+$/);
  expect((await currentQuestion(page, BUNDLED)).id).toBe(after.id);

  // A look back at the answer given, then on where the quiz stands.
  await page.getByRole('button', { name: 'Vorherige Frage' }).click();
  await expect(heading).toHaveText(/^Frage 1 von \d+$/);
  await expect(page.getByText(first.prompt, { exact: false }).first()).toBeVisible();
  await expect(page.getByText('Deine Antwort: Weiß ich nicht')).toBeVisible();
  await page.getByRole('button', { name: 'Zurück zur aktuellen Frage' }).click();
  await expect(heading).toHaveText(/^Frage 2 von \d+$/);

  // A typed answer marked wrong can be overruled; the override is logged as one.
  await skipTo(page, 'short-answer');
  const typed = await currentQuestion(page, BUNDLED);
  await page.locator('form').getByRole('textbox').fill('Atlantis');
  await page.getByRole('button', { name: 'Prüfen' }).click();
  await expect(status).toContainText('Nicht ganz.');
  await page.getByRole('button', { name: 'Ich lag richtig' }).click();
  await expect(status).toContainText('Als richtig gewertet.');
  const answers = await storedAnswers(page);
  expect(answers.map((a) => [a.questionId, a.correct, a.how])).toEqual([
    [first.id, false, 'dont-know'],
    [typed.id, false, undefined],
    [typed.id, true, 'override']
  ]);
});

test('after checking, the chosen option turns red, the right one green', async ({ page }) => {
  await page.goto('/sets/hikvision-kanada/quiz');
  for (const type of ['Richtig oder falsch', 'Lückentext', 'Kurze Antwort', 'Zuordnen']) {
    await page.getByRole('checkbox', { name: new RegExp(`^${type} \\(`) }).uncheck();
  }
  await page.getByRole('button', { name: 'Quiz starten' }).click();
  const question = await currentQuestion(page, BUNDLED);
  expect(question.type).toBe('multiple-choice');
  await answer(page, question, false);
  const chosen = (await page.locator('label.option.chosen').textContent())!.trim();
  await page.getByRole('button', { name: 'Prüfen' }).click();
  await expect(page.locator('form').getByRole('status')).toContainText('Nicht ganz.');
  const wrong = page.locator('label.option.wrong');
  const right = page.locator('label.option.right');
  await expect(wrong).toHaveCount(1);
  await expect(wrong).toContainText(chosen);
  await expect(right).toHaveCount(1);
  await expect(right).toContainText(question.answer as string);
  const border = (locator: typeof wrong) =>
    locator.evaluate((element) => getComputedStyle(element).borderColor);
  expect(await border(wrong)).not.toBe(await border(right));
  // Both in view with the verdict, none under the sticky bar.
  await expect(page.locator('form').getByRole('status')).toBeInViewport();
});
