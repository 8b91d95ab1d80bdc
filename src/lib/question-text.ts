import type { Pair } from '$lib/core/grading/grade';
import type { Question } from '$lib/core/quizset/schema';
import { t } from '$lib/i18n/index.svelte';

/**
 * A learner's response, or an answer, as one line in the UI language: `Richtig`, `a → b → c`,
 * `Joly – Ministerin; …`. One rendering for the reader's list, the teacher pages, quiz feedback
 * and the class table. (Exports have their own, language-fixed one in `core/export/text.ts`.)
 */
export function describeResponse(response: unknown): string {
  if (response === null || response === undefined || response === '')
    return t('questions.noAnswer');
  if (typeof response === 'boolean') return t(response ? 'questions.true' : 'questions.false');
  if (Array.isArray(response)) {
    if (response.length === 0) return t('questions.noAnswer');
    if (response.every((item) => Array.isArray(item))) {
      return (response as Pair[]).map(([left, right]) => `${left} – ${right}`).join('; ');
    }
    return (response as string[]).join(' → ');
  }
  return String(response);
}

/** A question's answer as one line of text. */
export function answerText(question: Question): string {
  return describeResponse(question.answer);
}
