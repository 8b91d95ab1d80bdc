import type { Question, QuizSet } from '../quizset/schema';
import { answerText, optionsText } from './text';

/**
 * CSV as spreadsheets open it: UTF-8 with a byte-order mark (without it, Excel reads UTF-8 as
 * Windows-1252 and umlauts break), CRLF line ends (RFC 4180), and fields quoted when needed.
 * Use `;` for German Excel, which expects it because `,` is the decimal separator there.
 */
export type CsvDelimiter = ',' | ';';

export const CSV_BOM = '\uFEFF';

/**
 * A cell that starts with `=`, `+`, `-`, `@` (or a tab or carriage return, which some programs
 * strip first) is a formula to a spreadsheet: `=HYPERLINK(…)` in a student's name would run when
 * the teacher opens the file. Such cells get a leading apostrophe, which spreadsheets show as
 * text (OWASP's advice on CSV injection). Numbers are written as numbers, so `-3` stays a number.
 */
export function csvCell(value: string | number | boolean, delimiter: CsvDelimiter): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    // Where `;` separates cells, `,` is the decimal separator (German spreadsheets).
    return delimiter === ';' ? String(value).replace('.', ',') : String(value);
  }
  if (typeof value === 'boolean') return value ? '1' : '0';
  const text = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return new RegExp(`["\\r\\n${delimiter}]`, 'u').test(text) || /^\s|\s$/u.test(text)
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

/**
 * A whole CSV document from rows of cells.
 *
 * @example
 * csvDocument([['Name', 'Punkte'], ['=1+1', 3]], ';') // → '\uFEFFName;Punkte\r\n\'=1+1;3\r\n'
 */
export function csvDocument(
  rows: readonly (readonly (string | number | boolean)[])[],
  delimiter: CsvDelimiter = ','
): string {
  return (
    CSV_BOM +
    rows.map((row) => row.map((cell) => csvCell(cell, delimiter)).join(delimiter) + '\r\n').join('')
  );
}

export const QUESTION_CSV_HEADER = [
  'id',
  'type',
  'prompt',
  'answer',
  'options',
  'accepted',
  'explanation'
] as const;

/**
 * The questions of a set as a CSV table, one question per row: id, type, prompt, answer (as
 * text: see `answerText`), options (choices, word bank, items or pairs, separated by ` | `),
 * accepted alternatives and explanation. Column names are stable English keys, for re-import.
 */
export function questionsToCsv(
  set: Pick<QuizSet, 'language' | 'questions'>,
  delimiter: CsvDelimiter = ','
): string {
  return csvDocument(
    [
      QUESTION_CSV_HEADER,
      ...set.questions.map((q: Question) => [
        q.id,
        q.type,
        q.prompt,
        answerText(q, set.language),
        optionsText(q),
        (q.accept ?? []).join(' | '),
        q.explanation ?? ''
      ])
    ],
    delimiter
  );
}
