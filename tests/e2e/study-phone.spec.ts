// A student on a 390×844 phone keeps using the app: the evidence of an answer is shown where the
// eye lands (not scrolled away), the way back to the quiz stays at hand, and nothing on a quiz
// screen hides the answer or the way on.
import { expect, test } from '@playwright/test';
import bundled from '../../questions/hikvision-kanada.de.json' with { type: 'json' };

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
