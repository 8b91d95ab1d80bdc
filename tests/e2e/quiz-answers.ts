// The quiz screen's controls, driven as a learner drives them, with the bundled set's answers.
import { expect, type Page } from '@playwright/test';
import bundled from '../../questions/hikvision-kanada.de.json' with { type: 'json' };

export type StoredQuestion = {
  id: string;
  type: string;
  prompt: string;
  answer: unknown;
  wordBank?: string[];
};

export const BUNDLED = new Map((bundled.questions as StoredQuestion[]).map((q) => [q.id, q]));

const QUIZ_SIZE = [...BUNDLED.values()].filter((q) => q.type !== 'flashcard').length;
/** A short quiz on the bundled set: five questions where it has more, else all of them. */
export const SHORT_QUIZ = Math.min(5, QUIZ_SIZE);
/** The setup's choice for `SHORT_QUIZ` (`5 Fragen`, or `Alle (4)` for a set of four). */
export const SHORT_QUIZ_LABEL = QUIZ_SIZE > 5 ? '5 Fragen' : `Alle (${QUIZ_SIZE})`;

/** The id of the question on screen, from the quiz form. */
export async function currentQuestion(page: Page, questions: Map<string, StoredQuestion>) {
  const id = await page.locator('form[data-question-id]').getAttribute('data-question-id');
  const question = id ? questions.get(id) : undefined;
  if (!question) throw new Error(`Unknown question on screen: ${id}`);
  return question;
}

/** Gives the right answer through the controls a learner uses, or a wrong one. */
export async function answer(page: Page, question: StoredQuestion, right: boolean) {
  const form = page.locator('form[data-question-id]');
  switch (question.type) {
    case 'multiple-choice': {
      const options = form.locator('label.option');
      if (right)
        await options
          .filter({ hasText: question.answer as string })
          .first()
          .click();
      else
        await options
          .filter({ hasNotText: question.answer as string })
          .first()
          .click();
      break;
    }
    case 'true-false': {
      const truth = question.answer === right;
      await form.getByText(truth ? 'Richtig' : 'Falsch', { exact: true }).click();
      break;
    }
    case 'cloze': {
      const text = right ? (question.answer as string) : 'Atlantis';
      if (question.wordBank && right) {
        await form.getByRole('button', { name: text, exact: true }).click();
        await expect(form.locator('button.gap')).toHaveText(text);
      } else if (question.wordBank) {
        await form.getByRole('button', { name: 'Selbst tippen' }).click();
        await form.getByLabel('Deine Antwort').fill(text);
      } else {
        await form.getByLabel('Deine Antwort').fill(text);
      }
      break;
    }
    case 'short-answer': {
      // A typo in a long answer is forgiven; capitals do not matter.
      const text = right ? (question.answer as string).toLowerCase() : 'Atlantis';
      await form.getByRole('textbox').fill(text);
      break;
    }
    case 'match': {
      const pairs = question.answer as [string, string][];
      for (const [index, [left, rightSide]] of pairs.entries()) {
        const other = pairs[(index + 1) % pairs.length]![1];
        await form.getByLabel(left, { exact: true }).selectOption(right ? rightSide : other);
      }
      break;
    }
    default:
      throw new Error(`No answer strategy for ${question.type}`);
  }
}

/**
 * On the quiz setup, leaves only the given question types switched on. The bundled set's mix
 * follows the generator, so tests name the kinds they need instead of the ones to switch off.
 */
export async function keepOnlyTypes(page: Page, keep: string[]) {
  const boxes = page.locator('form input[type="checkbox"][value]');
  await expect(boxes.first()).toBeVisible();
  let kept = 0;
  for (const box of await boxes.all()) {
    if (keep.includes((await box.getAttribute('value')) ?? '')) {
      await box.check();
      kept++;
    } else {
      await box.uncheck();
    }
  }
  if (kept === 0) throw new Error(`The set offers none of: ${keep.join(', ')}`);
}

/**
 * The starts of the prompts of the bundled set's first quiz questions of the given types, one
 * question per entry, in the order asked (the set changes with the generator; tests pick by kind).
 */
export function promptsOfTypes(types: string[], length = 30): string[] {
  const used = new Set<string>();
  return types.map((type) => {
    const question = [...BUNDLED.values()].find((q) => q.type === type && !used.has(q.id));
    if (!question) throw new Error(`The bundled set has no ${type} question left`);
    used.add(question.id);
    return question.prompt.slice(0, length);
  });
}

/** A text as a regular expression matching it literally. */
export const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Adds a true statement about the bundled article through the teacher's view and returns its
 * text. The generator offers a statement only where it can restate a clause safely, and the
 * bundled article (a flawed machine translation) may have none; tests of the true/false screen
 * add their own, as a teacher would.
 */
export async function addTrueStatement(page: Page): Promise<string> {
  const prompt = 'Kanada hat Hikvision angewiesen, den Betrieb im Land einzustellen.';
  await page.goto('/teach/hikvision-kanada');
  await page.getByLabel('Art der Frage').selectOption({ label: 'Richtig oder falsch' });
  await page.getByRole('button', { name: 'Frage hinzufügen' }).click();
  const adder = page.getByRole('form', { name: 'Neue Frage: Richtig oder falsch' });
  await adder.getByLabel('Aussage', { exact: true }).fill(prompt);
  await adder.getByRole('radio', { name: 'richtig', exact: true }).check();
  await adder.getByLabel('Beleg im Text').selectOption({ index: 1 });
  await adder.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(page.getByText(prompt, { exact: true })).toHaveCount(1);
  return prompt;
}
