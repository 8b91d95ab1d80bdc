// Answers whatever question is on screen through its controls, in any engine; and picks the
// bundled set's questions by type, so the tests follow the set when it is regenerated.
import { readFileSync } from 'node:fs';
import type { EnginePage } from './engine';

/** The bundled article every engine test uses. */
export const BUNDLED_SET = 'hikvision-kanada';

type BundledQuestion = { id: string; type: string; prompt: string };

/** The bundled set's questions as the file has them (the lead may regenerate it). */
export function bundledQuestions(): BundledQuestion[] {
  const set = JSON.parse(readFileSync(`questions/${BUNDLED_SET}.de.json`, 'utf8')) as {
    questions: BundledQuestion[];
  };
  return set.questions;
}

/** Every kind a quiz or an assignment asks, in the order the tests prefer to meet them. */
const QUIZ_TYPES = ['multiple-choice', 'cloze', 'true-false', 'short-answer', 'order', 'match'];

/**
 * Up to `count` quiz questions of the bundled set, each of another type where the set has
 * enough types (a screen of each kind is answered), in the set's order within a type.
 */
export function questionsOfDifferentTypes(count: number): BundledQuestion[] {
  const quiz = bundledQuestions().filter((question) => QUIZ_TYPES.includes(question.type));
  const picked: BundledQuestion[] = [];
  for (const type of QUIZ_TYPES) {
    const first = quiz.find((question) => question.type === type);
    if (first && picked.length < count) picked.push(first);
  }
  for (const question of quiz) {
    if (picked.length >= count) break;
    if (!picked.includes(question)) picked.push(question);
  }
  return picked;
}

/** Answers the question on screen through its controls; right or wrong does not matter here. */
export async function answerSomehow(page: EnginePage) {
  const kind = await page.evaluate(() => {
    const form = document.querySelector('main form');
    if (!form) return 'none';
    if (form.querySelector('input[type="radio"]')) return 'radio';
    const selects = [...form.querySelectorAll('select')];
    if (selects.length > 0) {
      selects.forEach((select, index) => {
        select.selectedIndex = Math.min(index + 1, select.options.length - 1);
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      return 'select';
    }
    if (form.querySelector('ol button[data-item-down]')) return 'order';
    const field = form.querySelector<HTMLInputElement>(
      'input[type="text"], input:not([type]), textarea'
    );
    if (field && field.getClientRects().length > 0) return 'text';
    if (form.querySelector('[role="group"] button')) return 'word';
    return 'unknown';
  });
  if (kind === 'radio') {
    const label = await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('main form input[type="radio"]');
      return (input?.labels?.[0]?.textContent ?? '').replace(/\s+/g, ' ').trim();
    });
    await page.click('radio', label);
  } else if (kind === 'order') {
    // An order is answerable as shown; one move is what a learner does first.
    const name = await page.evaluate(
      () =>
        document
          .querySelector('main form ol button[data-item-down]:not(:disabled)')
          ?.getAttribute('aria-label') ?? ''
    );
    await page.click('button', name);
  } else if (kind === 'text') {
    await page.evaluate(() => {
      const field = document.querySelector<HTMLInputElement>(
        'main form input[type="text"], main form input:not([type]), main form textarea'
      )!;
      field.focus();
      field.value = 'Kanada';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
  } else if (kind === 'word') {
    const word = await page.evaluate(() => {
      const button = document.querySelector('main form [role="group"] button');
      return (button?.textContent ?? '').replace(/\s+/g, ' ').trim();
    });
    await page.click('button', word);
  } else if (kind !== 'select') {
    throw new Error(`No answer controls found on this screen (${kind})`);
  }
}
