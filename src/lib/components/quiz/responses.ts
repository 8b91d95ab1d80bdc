import type { Pair } from '$lib/core/grading/grade';
import { hasAnswerKey, type AnswerHow, type PlayableQuestion } from '$lib/core/quiz';

/** What a learner has given so far; `null` while nothing is chosen or typed. */
export type QuizResponse = string | boolean | string[] | Pair[] | null;

export type { AnswerHow };

/** An answer already given in this attempt, for looking back at it. */
export type GivenAnswer = { response: unknown; correct: boolean; how?: AnswerHow };

/** Whether a response is complete enough to be checked. */
export function isAnswerable(question: PlayableQuestion, response: QuizResponse): boolean {
  if (response === null) return false;
  switch (question.type) {
    case 'true-false':
      return typeof response === 'boolean';
    case 'order': {
      const items = hasAnswerKey(question) ? question.answer : question.items;
      return Array.isArray(response) && response.length === items.length;
    }
    case 'match': {
      const rows = hasAnswerKey(question) ? question.answer : question.left;
      return Array.isArray(response) && response.length === rows.length;
    }
    default:
      return typeof response === 'string' && response.trim() !== '';
  }
}
