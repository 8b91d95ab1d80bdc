import { CLOZE_GAP } from '$lib/core/curation';
import type { Question, QuestionOf } from '$lib/core/quizset/schema';

/**
 * How a question appears on paper. Items to order and the right side of a match are printed
 * scrambled, or the sheet would give the answer away; the scrambling is alphabetical (the same
 * sheet every time it is printed), rotated by one when that happens to be the right order.
 */
export function scrambled(items: readonly string[], locale: string): string[] {
  const sorted = [...items].sort((a, b) => a.localeCompare(b, locale));
  const same = sorted.every((item, index) => item === items[index]);
  return same && sorted.length > 1 ? [...sorted.slice(1), sorted[0] as string] : sorted;
}

/** A cloze prompt as text pieces around its gaps: `['', ' hat eröffnet.']` for `____ hat …`. */
export function clozePieces(prompt: string): string[] {
  return prompt.split(CLOZE_GAP);
}

/** `A`, `B`, … for the right side of a match. */
export function letter(index: number): string {
  return String.fromCharCode(65 + index);
}

export type MatchSheet = {
  left: string[];
  right: string[];
  /** Per left item (in order), the letter of its partner on the right. */
  key: string[];
};

export function matchSheet(question: QuestionOf<'match'>, locale: string): MatchSheet {
  const left = question.answer.map(([l]) => l);
  const right = scrambled(
    question.answer.map(([, r]) => r),
    locale
  );
  const key = question.answer.map(([, r]) => letter(right.indexOf(r)));
  return { left, right, key };
}

/** Whether a question is answered by writing (so the sheet gives it writing lines). */
export function needsWritingLines(question: Question): boolean {
  return (
    question.type === 'short-answer' ||
    question.type === 'flashcard' ||
    (question.type === 'cloze' && !question.wordBank)
  );
}
