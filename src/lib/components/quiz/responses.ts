import type { Pair } from '$lib/core/grading/grade';
import { hasAnswerKey, type PlayableQuestion } from '$lib/core/quiz';

/** What a learner has given so far; `null` while nothing is chosen or typed. */
export type QuizResponse = string | boolean | string[] | Pair[] | null;

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
