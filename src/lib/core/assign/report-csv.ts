import { csvDocument, type CsvDelimiter } from '../export/csv';
import type { ClassReport } from './report';

/** Column headings of the class table; the UI passes translated ones. */
export type ClassCsvLabels = {
  student: string;
  correct: string;
  total: string;
  percent: string;
  minutes: string;
  started: string;
  finished: string;
  attempts: string;
  late: string;
  overTime: string;
  /** Heading of question `n` (1-based), e.g. `F3`. */
  question: (n: number) => string;
};

export const ENGLISH_CLASS_CSV_LABELS: ClassCsvLabels = {
  student: 'Student',
  correct: 'Correct',
  total: 'Questions',
  percent: 'Percent',
  minutes: 'Minutes',
  started: 'Started',
  finished: 'Finished',
  attempts: 'Attempts',
  late: 'Late',
  overTime: 'Over time',
  question: (n) => `Q${n}`
};

/**
 * The class table as CSV: one row per student (their counted attempt), then one column per
 * question with 1 (right), 0 (wrong) or empty (not answered). Times go through `formatTime`
 * (ISO 8601 in UTC by default, since the core knows no time zone); minutes have one decimal.
 *
 * @example classReportCsv(report, { delimiter: ';', labels: germanLabels, formatTime: (ms) => …})
 */
export function classReportCsv(
  report: ClassReport,
  options: {
    delimiter?: CsvDelimiter;
    labels?: ClassCsvLabels;
    formatTime?: (ms: number) => string;
  } = {}
): string {
  const labels = options.labels ?? ENGLISH_CLASS_CSV_LABELS;
  const formatTime = options.formatTime ?? ((ms: number) => new Date(ms).toISOString());
  const header = [
    labels.student,
    labels.correct,
    labels.total,
    labels.percent,
    labels.minutes,
    labels.started,
    labels.finished,
    labels.attempts,
    labels.late,
    labels.overTime,
    ...report.questions.map((_, i) => labels.question(i + 1))
  ];
  const rows = report.students.map((s) => [
    s.name,
    s.correct,
    s.total,
    s.total === 0 ? 0 : Math.round((100 * s.correct) / s.total),
    Math.round(s.durationMs / 6000) / 10,
    formatTime(s.submission.startedAtMs),
    formatTime(s.submission.finishedAtMs),
    s.attempts,
    s.late,
    s.overTime,
    ...s.answers.map((a) => (a.response === undefined ? '' : a.correct ? 1 : 0))
  ]);
  return csvDocument([header, ...rows], options.delimiter);
}
