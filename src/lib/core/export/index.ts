import type { QuizSet } from '../quizset/schema';
import { questionsToCsv, type CsvDelimiter } from './csv';
import { questionsToGift } from './gift';
import { questionsToMoodleXml } from './moodle-xml';
import { questionsToQuizlet, questionsToTsv } from './tsv';

export { csvCell, csvDocument, CSV_BOM, questionsToCsv, type CsvDelimiter } from './csv';
export { escapeGift, questionsToGift } from './gift';
export { escapeXml, questionsToMoodleXml } from './moodle-xml';
export { answerText, frontText, optionsText } from './text';
export { ANKI_HEADER, questionsToQuizlet, questionsToTsv } from './tsv';

export const EXPORT_FORMATS = ['gift', 'moodle-xml', 'tsv', 'quizlet', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** File name ending and MIME type per format, for a download. */
export const EXPORT_FILE_TYPES: Record<ExportFormat, { extension: string; mime: string }> = {
  gift: { extension: '.gift.txt', mime: 'text/plain;charset=utf-8' },
  'moodle-xml': { extension: '.xml', mime: 'application/xml' },
  tsv: { extension: '.anki.txt', mime: 'text/plain;charset=utf-8' },
  quizlet: { extension: '.quizlet.txt', mime: 'text/plain;charset=utf-8' },
  csv: { extension: '.csv', mime: 'text/csv;charset=utf-8' }
};

/** The CSV separator a spreadsheet in this UI language expects: `;` where `,` is the decimal mark. */
export function csvDelimiterFor(language: string): CsvDelimiter {
  return language === 'de' ? ';' : ',';
}

/**
 * A set (or any list of its questions) in one of the export formats.
 *
 * @example exportQuestions({ ...set, questions: chosen }, 'gift')
 */
export function exportQuestions(
  set: Pick<QuizSet, 'title' | 'language' | 'questions'>,
  format: ExportFormat,
  options: { csvDelimiter?: CsvDelimiter } = {}
): string {
  switch (format) {
    case 'gift':
      return questionsToGift(set);
    case 'moodle-xml':
      return questionsToMoodleXml(set);
    case 'tsv':
      return questionsToTsv(set);
    case 'quizlet':
      return questionsToQuizlet(set);
    case 'csv':
      return questionsToCsv(set, options.csvDelimiter);
  }
}
