import type { Question } from '../quizset/schema';

/**
 * Plain-text renderings of answers and options, shared by the flashcard TSV and the CSV: the
 * same question reads the same way in every export.
 */

const TRUE_FALSE: Record<'de' | 'en', [string, string]> = {
  de: ['Richtig', 'Falsch'],
  en: ['True', 'False']
};

/**
 * The answer as one line of text: a true-false answer as `Richtig`/`Falsch` (with the correction
 * after a dash), an order as `a → b → c`, a match as `a – x; b – y`.
 *
 * @example answerText({ type: 'true-false', answer: false, correction: 'Es war Montag.', … }, 'de')
 * // → 'Falsch – Es war Montag.'
 */
export function answerText(question: Question, language: 'de' | 'en'): string {
  switch (question.type) {
    case 'true-false': {
      const [yes, no] = TRUE_FALSE[language];
      const word = question.answer ? yes : no;
      return question.correction ? `${word} – ${question.correction}` : word;
    }
    case 'order':
      return question.answer.join(' → ');
    case 'match':
      return question.answer.map(([left, right]) => `${left} – ${right}`).join('; ');
    default:
      return question.answer;
  }
}

/**
 * What the learner picks from besides the answer column (choices, word bank), separated by
 * ` | `; empty otherwise, since an order's items and a match's pairs are the answer itself.
 */
export function optionsText(question: Question): string {
  switch (question.type) {
    case 'multiple-choice':
      return question.choices.join(' | ');
    case 'cloze':
      return (question.wordBank ?? []).join(' | ');
    default:
      return '';
  }
}

/** Prompt of a flashcard-style front: the question plus what to choose from, on one line. */
export function frontText(question: Question, language: 'de' | 'en'): string {
  switch (question.type) {
    case 'multiple-choice':
      return `${question.prompt} (${question.choices.join(' / ')})`;
    case 'true-false':
      return `${question.prompt} (${language === 'de' ? 'Richtig oder falsch?' : 'True or false?'})`;
    case 'cloze':
      return question.wordBank
        ? `${question.prompt} (${question.wordBank.join(' / ')})`
        : question.prompt;
    case 'order':
      // Sorted, so the front does not show the right order already.
      return `${question.prompt} (${[...question.answer].sort().join(' / ')})`;
    case 'match':
      return `${question.prompt} (${question.answer.map(([left]) => left).join(' / ')})`;
    default:
      return question.prompt;
  }
}
