import type { Pair } from '$lib/core/grading/grade';
import { hasAnswerKey, type PlayableQuestion } from '$lib/core/quiz';
import { t } from '$lib/i18n/index.svelte';
import '$lib/i18n/parts/quiz';

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

/** A response or an answer in words: "Richtig", "a → b → c", "Joly: Ministerin; …". */
export function describeResponse(response: unknown): string {
  if (response === null || response === undefined || response === '') return t('quiz.noAnswer');
  if (typeof response === 'boolean') return t(response ? 'quiz.true' : 'quiz.false');
  if (Array.isArray(response)) {
    if (response.length === 0) return t('quiz.noAnswer');
    if (response.every((item) => Array.isArray(item))) {
      return (response as Pair[]).map(([left, right]) => `${left}: ${right}`).join('; ');
    }
    return (response as string[]).join(' → ');
  }
  return String(response);
}
