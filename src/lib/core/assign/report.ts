import { gradeAnswer, type GradingOptions } from '../grading';
import type { Question } from '../quizset/schema';
import type { ResultResponse, Submission } from './result-code';
import type { Assignment } from './schema';

/** Larger classes are refused as a whole: the report is built for a teacher's class, not a school. */
export const MAX_CLASS_SIZE = 500;

export type GradedAnswer = {
  questionId: string;
  /** Absent when the student left the question out. */
  response?: ResultResponse;
  correct: boolean;
  /** Order: items in place; match: right pairs. */
  partial?: { correct: number; total: number };
};

export type GradedSubmission = {
  submission: Submission;
  /** In the key's order, one per question of the key; answers to unknown questions are ignored. */
  answers: GradedAnswer[];
  correct: number;
  /**
   * Points with partial credit: 1 per right answer, and for an order or match question not
   * wholly right the share of items in place / pairs right (2 of 3 pairs: 0.67).
   */
  points: number;
  total: number;
  durationMs: number;
};

/**
 * Grades one submission against the teacher's key (`answerKeyFor`), question by question with
 * `gradeAnswer`. A question without an answer is wrong. Nothing in the submission but the
 * responses is used.
 *
 * @example
 * gradeSubmission(key, submission, { language: 'de', foldUmlauts: true }).correct // → 7
 */
export function gradeSubmission(
  key: readonly Question[],
  submission: Submission,
  options: Partial<GradingOptions> = {}
): GradedSubmission {
  const responses = new Map(submission.answers.map((a) => [a.questionId, a.response]));
  const answers = key.map((question): GradedAnswer => {
    const response = responses.get(question.id);
    if (response === undefined) return { questionId: question.id, correct: false };
    const grade = gradeAnswer(question, response as never, options);
    return {
      questionId: question.id,
      response,
      correct: grade.correct,
      ...(grade.partial ? { partial: grade.partial } : {})
    };
  });
  return {
    submission,
    answers,
    correct: answers.filter((a) => a.correct).length,
    points: answers.reduce((sum, a) => sum + pointsOf(a), 0),
    total: key.length,
    durationMs: submission.finishedAtMs - submission.startedAtMs
  };
}

/** Which of a student's attempts counts in the table. */
export type Counting = 'first' | 'best' | 'last';
export const COUNTINGS: readonly Counting[] = ['first', 'best', 'last'];

/** The teacher's choices that shape the table (not the grading). */
export type ReportView = {
  /** Default `best`. */
  counting?: Counting;
  /** Names the teacher gave, by `StudentRow.studentId`. */
  names?: Readonly<Record<string, string>>;
};

export type StudentRow = GradedSubmission & {
  /**
   * Who this row is: the device's random id (`device:…`) when the codes carry one, otherwise
   * (codes of older apps) the name without case and outer spaces (`name:…`).
   */
  studentId: string;
  /** The name to show: the teacher's, or the one typed in the counted attempt. */
  name: string;
  /** Another row has the same name: two students called Max (the UI tells them apart). */
  sameName: boolean;
  /** Among rows of the same name, this one's number in table order (1, 2, …); 0 when unique. */
  namesakeNumber: number;
  /** Every attempt of this student, in the order they were finished. */
  attemptList: GradedSubmission[];
  /** Which attempt counts (`attemptList` position 0-based is `countedIndex`). */
  counting: Counting;
  countedIndex: number;
  /** Distinct submissions by this student. */
  attempts: number;
  /** More submissions than the assignment allows. */
  overAttemptLimit: boolean;
  /** Finished after the due date. */
  late: boolean;
  /** Took longer than the time limit (with a minute's grace for slow phones). */
  overTime: boolean;
};

export type QuestionRow = {
  question: Question;
  /** Students who answered it at all. */
  answered: number;
  correct: number;
  /** `correct / students`; 0 for an empty class. */
  shareCorrect: number;
  /** The wrong response given most often (as first typed), with how many gave it. */
  commonWrong?: { response: ResultResponse; count: number };
};

export type ClassReport = {
  assignmentId: string;
  students: StudentRow[];
  questions: QuestionRow[];
  /** The same code pasted more than once counts once; this many copies were dropped. */
  duplicates: number;
};

export type ClassReportResult =
  | { ok: true; report: ClassReport }
  | { ok: false; problem: 'too-many-students'; limit: number }
  /** A submission for another assignment slipped in (decode with `expectedAssignmentId`). */
  | { ok: false; problem: 'other-assignment'; student: string };

const GRACE_MS = 60_000;

/**
 * The class table for one assignment: a row per student (a device; by name only for codes
 * without a device id), counting their first, best (most right answers, then the earlier) or
 * last attempt, with the time taken; per question the share who got it right and the most
 * common wrong answer. Identical submissions (one code pasted twice) count once. More than
 * `MAX_CLASS_SIZE` students is refused as a whole, never cut short.
 *
 * @example
 * const decoded = findResultCodes(pasted).map((c) => decodeResultCode(c, { expectedAssignmentId: a.id }));
 * buildClassReport(a, key, decoded.flatMap((d) => (d.ok ? [d.value] : [])), { language: 'de' });
 */
export function buildClassReport(
  assignment: Assignment,
  key: readonly Question[],
  submissions: readonly Submission[],
  options: Partial<GradingOptions> = {},
  view: ReportView = {}
): ClassReportResult {
  const counting = view.counting ?? 'best';
  const stranger = submissions.find((s) => s.assignmentId !== assignment.id);
  if (stranger) return { ok: false, problem: 'other-assignment', student: stranger.student };
  const seen = new Set<string>();
  const byStudent = new Map<string, Submission[]>();
  for (const submission of submissions) {
    const identity = JSON.stringify(submission);
    if (seen.has(identity)) continue;
    seen.add(identity);
    const id = studentIdOf(submission);
    const own = byStudent.get(id);
    if (own) own.push(submission);
    else byStudent.set(id, [submission]);
  }
  if (byStudent.size > MAX_CLASS_SIZE)
    return { ok: false, problem: 'too-many-students', limit: MAX_CLASS_SIZE };

  const students = [...byStudent].map(([studentId, own]): StudentRow => {
    const attemptList = own
      .map((s) => gradeSubmission(key, s, options))
      .sort(
        (a, b) =>
          a.submission.finishedAtMs - b.submission.finishedAtMs ||
          a.submission.attempt - b.submission.attempt
      );
    const countedIndex = countedAttempt(attemptList, counting);
    const best = attemptList[countedIndex] as GradedSubmission;
    const { finishedAtMs } = best.submission;
    const renamed = view.names?.[studentId]?.trim();
    return {
      ...best,
      studentId,
      name: renamed ? renamed : best.submission.student.trim(),
      sameName: false,
      namesakeNumber: 0,
      attemptList,
      counting,
      countedIndex,
      attempts: own.length,
      overAttemptLimit: own.length > assignment.attemptsAllowed,
      late: assignment.dueAtMs !== undefined && finishedAtMs > assignment.dueAtMs,
      overTime:
        assignment.timeLimitMinutes !== undefined &&
        best.durationMs > assignment.timeLimitMinutes * 60_000 + GRACE_MS
    };
  });
  students.sort((a, b) => compareText(a.name, b.name) || compareText(a.studentId, b.studentId));
  const nameCounts = new Map<string, number>();
  for (const s of students)
    nameCounts.set(studentKey(s.name), (nameCounts.get(studentKey(s.name)) ?? 0) + 1);
  const numbered = new Map<string, number>();
  for (const s of students) {
    const name = studentKey(s.name);
    s.sameName = (nameCounts.get(name) ?? 0) > 1;
    if (!s.sameName) continue;
    s.namesakeNumber = (numbered.get(name) ?? 0) + 1;
    numbered.set(name, s.namesakeNumber);
  }

  const questions = key.map((question, index): QuestionRow => {
    const answers = students.flatMap((s) => (s.answers[index] ? [s.answers[index]] : []));
    const correct = answers.filter((a) => a.correct).length;
    return {
      question,
      answered: answers.filter((a) => a.response !== undefined).length,
      correct,
      shareCorrect: students.length === 0 ? 0 : correct / students.length,
      ...commonWrong(question, answers, options)
    };
  });
  return {
    ok: true,
    report: {
      assignmentId: assignment.id,
      students,
      questions,
      duplicates: submissions.length - seen.size
    }
  };
}

/** Wrong responses are grouped as graded (`paris ` and `Paris` are one answer). */
function commonWrong(
  question: Question,
  answers: readonly GradedAnswer[],
  options: Partial<GradingOptions>
): Pick<QuestionRow, 'commonWrong'> {
  const groups = new Map<string, { response: ResultResponse; count: number }>();
  for (const answer of answers) {
    if (answer.correct || answer.response === undefined) continue;
    const normalized = gradeAnswer(question, answer.response as never, options).normalizedResponse;
    const group = JSON.stringify(normalized);
    const entry = groups.get(group);
    if (entry) entry.count++;
    else groups.set(group, { response: answer.response, count: 1 });
  }
  let top: { response: ResultResponse; count: number } | undefined;
  for (const entry of groups.values()) if (!top || entry.count > top.count) top = entry;
  return top ? { commonWrong: top } : {};
}

/** One answer's points: 1 if right, the right share of an order or match, else 0. */
export function pointsOf(answer: GradedAnswer): number {
  if (answer.correct) return 1;
  if (!answer.partial || answer.partial.total === 0) return 0;
  return answer.partial.correct / answer.partial.total;
}

/** The row a submission belongs to (see `StudentRow.studentId`). */
export function studentIdOf(submission: Submission): string {
  return submission.deviceId === undefined
    ? `name:${studentKey(submission.student)}`
    : `device:${submission.deviceId}`;
}

/** Index of the counted attempt in attempts sorted by finishing time. */
function countedAttempt(attempts: readonly GradedSubmission[], counting: Counting): number {
  if (counting === 'first') return 0;
  if (counting === 'last') return attempts.length - 1;
  let best = 0;
  attempts.forEach((a, index) => {
    if (a.correct > (attempts[best] as GradedSubmission).correct) best = index;
  });
  return best;
}

function studentKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

function compareText(a: string, b: string): number {
  const x = studentKey(a);
  const y = studentKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
