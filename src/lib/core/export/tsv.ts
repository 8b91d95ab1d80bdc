import type { QuizSet } from '../quizset/schema';
import { answerText, frontText } from './text';

/**
 * Cards for Anki and Quizlet: one card per line, `front TAB back`, UTF-8. Both import this
 * without settings (Quizlet: "Import" with "Tab" and "New line"; Anki: File → Import). Neither
 * knows quoting the same way (Quizlet none at all), so a field's tabs and line breaks become
 * spaces, and a leading ASCII `"` (which makes Anki start a quoted field) becomes `“`. Every
 * question type becomes a card: the front asks (with the options to choose from), the back
 * answers (`answerText`).
 *
 * @example questionsToTsv(set) // → 'Peking\tDie Äußerungen von Peking kommen …\n…'
 */
export function questionsToTsv(set: Pick<QuizSet, 'language' | 'questions'>): string {
  return set.questions
    .map(
      (q) => `${tsvField(frontText(q, set.language))}\t${tsvField(answerText(q, set.language))}\n`
    )
    .join('');
}

export function tsvField(text: string): string {
  return text
    .replace(/[\t\r\n\u2028\u2029]+/gu, ' ')
    .replace(/ {2,}/gu, ' ')
    .trim()
    .replace(/^"/u, '“');
}
