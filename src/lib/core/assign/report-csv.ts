import { csvDocument, type CsvDelimiter } from '../export/csv';
import { pointsOf, type ClassReport } from './report';
import type { ResultResponse } from './submission';

/** Column headings of the class table; the UI passes translated ones. */
export type ClassCsvLabels = {
  student: string;
  correct: string;
  /** Points with partial credit for order and match (see `GradedSubmission.points`). */
  points: string;
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
  /** Heading of the column beside a question's points that holds the student's answer. */
  answer: string;
};

export const ENGLISH_CLASS_CSV_LABELS: ClassCsvLabels = {
  student: 'Student',
  correct: 'Correct',
  points: 'Points',
  total: 'Questions',
  percent: 'Percent',
  minutes: 'Minutes',
  started: 'Started',
  finished: 'Finished',
  attempts: 'Attempts',
  late: 'Late',
  overTime: 'Over time',
  question: (n) => `Q${n}`,
  answer: 'answer'
};

/** A response as plain text: pairs as `left = right`, lists joined by ` → ` (an order). */
export function responseText(response: ResultResponse | undefined): string {
  if (response === undefined) return '';
  if (typeof response === 'boolean') return response ? 'true' : 'false';
  if (typeof response === 'string') return response;
  return response
    .map((item) => (Array.isArray(item) ? `${item[0]} = ${item[1]}` : item))
    .join(Array.isArray(response[0]) ? '; ' : ' → ');
}

/**
 * The class table as CSV: one row per student (their counted attempt), then two columns per
 * question, headed by the question's text: its points (1 right, 0 wrong, a share for an order
 * or match partly right, empty when not answered) and beside them the student's answer as text.
 * Times go through `formatTime` (ISO 8601 in UTC by default, since the core knows no time
 * zone); minutes have one decimal, points two.
 *
 * @example classReportCsv(report, { delimiter: ';', labels: germanLabels, formatTime: (ms) => …})
 */
export function classReportCsv(
  report: ClassReport,
  options: {
    delimiter?: CsvDelimiter;
    labels?: ClassCsvLabels;
    formatTime?: (ms: number) => string;
    /** An answer as text for the answer columns (translated booleans, say). */
    describe?: (response: ResultResponse | undefined) => string;
  } = {}
): string {
  const describe = options.describe ?? responseText;
  const labels = options.labels ?? ENGLISH_CLASS_CSV_LABELS;
  const formatTime = options.formatTime ?? ((ms: number) => new Date(ms).toISOString());
  const header = [
    labels.student,
    labels.correct,
    labels.points,
    labels.total,
    labels.percent,
    labels.minutes,
    labels.started,
    labels.finished,
    labels.attempts,
    labels.late,
    labels.overTime,
    ...report.questions.flatMap((row, i) => {
      const heading = `${labels.question(i + 1)}: ${row.question.prompt}`;
      return [heading, `${heading} (${labels.answer})`];
    })
  ];
  const rows = report.students.map((s) => [
    s.name,
    s.correct,
    round2(s.points),
    s.total,
    s.total === 0 ? 0 : Math.round((100 * s.correct) / s.total),
    Math.round(s.durationMs / 6000) / 10,
    formatTime(s.submission.startedAtMs),
    formatTime(s.submission.finishedAtMs),
    s.attempts,
    s.late,
    s.overTime,
    ...s.answers.flatMap((a) => [
      a.response === undefined ? '' : round2(pointsOf(a)),
      a.response === undefined ? '' : describe(a.response)
    ])
  ]);
  return csvDocument([header, ...rows], options.delimiter);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
