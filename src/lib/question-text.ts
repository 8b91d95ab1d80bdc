import type { Question } from '$lib/core/quizset/schema';
import { t } from '$lib/i18n/index.svelte';

/** A question's answer as one line of text, in the UI language where it is a word (true/false). */
export function answerText(question: Question): string {
  switch (question.type) {
    case 'true-false':
      return t(question.answer ? 'questions.true' : 'questions.false');
    case 'order':
      return question.answer.join(' → ');
    case 'match':
      return question.answer.map(([left, right]) => `${left} – ${right}`).join('; ');
    default:
      return question.answer;
  }
}
