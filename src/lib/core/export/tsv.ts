import type { QuizSet } from '../quizset/schema';
import { answerText, frontText } from './text';

/**
 * Cards for Anki: one card per line, `front TAB back`, UTF-8, after Anki's file headers
 * (docs.ankiweb.net/importing/text-files.html#file-headers): `#separator:tab`, `#html:true` and
 * `#columns:Front	Back`, so File → Import needs no settings. The fields are HTML, so the
 * article's `<`, `>` and `&` are escaped (a quoted "<b>" in a text would otherwise turn bold or
 * vanish), and so is `"` (a field starting with it would be read as a quoted field); line breaks
 * become `<br>` and tabs spaces. Every question type becomes a card: the front asks
 * (with the options to choose from), the back answers (`answerText`).
 *
 * @example questionsToTsv(set) // → '#separator:tab\n#html:true\n#columns:Front\tBack\nPeking\tDie …\n…'
 */
export function questionsToTsv(set: Pick<QuizSet, 'language' | 'questions'>): string {
  return (
    ANKI_HEADER +
    set.questions
      .map(
        (q) =>
          `${ankiField(frontText(q, set.language))}\t${ankiField(answerText(q, set.language))}\n`
      )
      .join('')
  );
}

export const ANKI_HEADER = '#separator:tab\n#html:true\n#columns:Front\tBack\n';

/** A field of the Anki file: HTML, one line. */
export function ankiField(text: string): string {
  return escapeHtml(
    text
      .replace(/\r\n?/gu, '\n')
      .replace(/[\t ]+/gu, ' ')
      .replace(/ *[\n\u2028\u2029] */gu, '\n')
      .trim()
  ).replace(/\n+/gu, '<br>');
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;'
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/gu, (c) => HTML_ENTITIES[c] ?? c);
}

/**
 * Cards for Quizlet, which takes pasted text ("Import": "Tab" between term and definition,
 * "New line" between cards) and knows neither headers, HTML nor quoting: plain text, with a
 * field's tabs and line breaks turned into spaces.
 *
 * @example questionsToQuizlet(set) // → 'Peking\tDie Äußerungen von Peking kommen …\n…'
 */
export function questionsToQuizlet(set: Pick<QuizSet, 'language' | 'questions'>): string {
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
    .trim();
}
