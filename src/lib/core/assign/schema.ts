import * as v from 'valibot';
import { MAX_TIME_MS } from '../limits/limits';
import { QuestionSchema, QuizSetSchema } from '../quizset/schema';

/**
 * The assignment format `lesequiz-assignment/1`: what a teacher hands out, as a link or as a
 * `.quiz.json` file. Validate with `parseAssignment` (or decode a link) and use its output.
 *
 * Content comes in three kinds:
 * - `bundled`: a set that ships with the app, referred to by set id and question ids, so the
 *   link stays short. (The app ships that set's answers, so `withheld` hides feedback but cannot
 *   hide the key from a student who reads the app's files.)
 * - `bundled-edits`: a bundled set the teacher edited. Questions as the app ships them go by id;
 *   only the changed and added ones travel in full, with a fingerprint of what the link takes
 *   from the app's copy (see `bundled-edits.ts`). Format `lesequiz-assignment/2`, so an older app
 *   says "update" instead of showing the unedited questions.
 * - `own`: a teacher's own set, carried as a `quizset/1` holding only the chosen questions and
 *   the article's sentences (a reading quiz cannot be answered without its text).
 * - `own-withheld`: the same without any answer key: every question is a `StudentQuestion`
 *   that holds only what a student needs to answer, with opaque ids (see `StudentQuestion`).
 */

export const ASSIGNMENT_FORMAT = 'lesequiz-assignment/1';
/** The format of an assignment whose content is `bundled-edits` (and of no other). */
export const ASSIGNMENT_FORMAT_EDITS = 'lesequiz-assignment/2';
export const ASSIGNMENT_FORMATS = [ASSIGNMENT_FORMAT, ASSIGNMENT_FORMAT_EDITS] as const;

/** More questions than this make no sense for one class assignment (and bound the work). */
export const MAX_ASSIGNMENT_QUESTIONS = 400;
export const MAX_ATTEMPTS = 99;
export const MAX_TIME_LIMIT_MINUTES = 24 * 60;
/** The ways a student can hand a result code over (see `handIn`). */
export const HAND_IN_WAYS = ['scan', 'message', 'file'] as const;
export type HandIn = (typeof HAND_IN_WAYS)[number];

export const IdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));
const Text = v.pipe(v.string(), v.minLength(1), v.maxLength(2000));
const unique = (items: readonly string[]) => new Set(items).size === items.length;
/** Options a page lists by value: a repeated one crashed the quiz (`each_key_duplicate`). */
const DISTINCT = 'Options must be distinct.';
const Items = v.pipe(
  v.array(Text),
  v.minLength(2),
  v.maxLength(8),
  v.check((items: string[]) => unique(items), DISTINCT)
);

/**
 * A question as a student sees it when the link carries no key: no answer, alternatives,
 * correction, explanation, evidence or fact id, and options in code-point order, so their
 * order gives nothing away either (the generator puts a multiple-choice answer first, an order
 * question's items in the right order and a match's sides in matching pairs).
 */
export const StudentQuestionSchema = v.variant('type', [
  v.object({ id: IdSchema, type: v.literal('multiple-choice'), prompt: Text, choices: Items }),
  v.object({ id: IdSchema, type: v.literal('true-false'), prompt: Text }),
  v.object({
    id: IdSchema,
    type: v.literal('cloze'),
    prompt: Text,
    /** Absent: the student types the gap. */
    wordBank: v.optional(
      v.pipe(
        v.array(Text),
        v.minLength(1),
        v.check((items: string[]) => unique(items), DISTINCT)
      )
    )
  }),
  v.object({ id: IdSchema, type: v.literal('short-answer'), prompt: Text }),
  v.object({
    id: IdSchema,
    type: v.literal('order'),
    prompt: Text,
    items: v.pipe(
      v.array(Text),
      v.minLength(3),
      v.maxLength(5),
      v.check((items: string[]) => unique(items), DISTINCT)
    )
  }),
  v.object({ id: IdSchema, type: v.literal('match'), prompt: Text, left: Items, right: Items }),
  v.object({ id: IdSchema, type: v.literal('flashcard'), prompt: Text })
]);
export type StudentQuestion = v.InferOutput<typeof StudentQuestionSchema>;

const QuestionIds = v.pipe(
  v.array(IdSchema),
  v.minLength(1),
  v.maxLength(MAX_ASSIGNMENT_QUESTIONS),
  v.check((ids: string[]) => unique(ids), 'Question ids must be unique.')
);

/** A fingerprint of the bundled set's content a link relies on: CRC-32, 8 hex digits. */
export const FingerprintSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/));

const BundledContent = v.object({
  kind: v.literal('bundled'),
  setId: IdSchema,
  questionIds: QuestionIds,
  /**
   * The fingerprint of the app's copy as far as the link uses it (see `bundledFingerprint`):
   * an app whose copy differs says so instead of asking other questions. Absent in links made
   * before it existed, which are opened by question ids alone; an app from before ignores it.
   */
  base: v.optional(FingerprintSchema)
});

const BundledEditsContent = v.pipe(
  v.object({
    kind: v.literal('bundled-edits'),
    setId: IdSchema,
    /**
     * The fingerprint of the app's copy as far as this link uses it: the article's sentences and
     * every question the link names by id alone (see `bundledFingerprint`).
     */
    base: FingerprintSchema,
    /** Every question asked, in the teacher's order. */
    questionIds: QuestionIds,
    /** The asked questions the teacher changed or added, in full; the others are the app's. */
    questions: v.pipe(
      v.array(QuestionSchema),
      v.minLength(1),
      v.maxLength(MAX_ASSIGNMENT_QUESTIONS),
      v.check((questions) => unique(questions.map((q) => q.id)), 'Question ids must be unique.')
    )
  }),
  v.check(
    (content) => content.questions.every((q) => content.questionIds.includes(q.id)),
    'Every question carried must be asked.'
  )
);

const OwnContent = v.pipe(
  v.object({ kind: v.literal('own'), set: QuizSetSchema }),
  v.check(
    (content) =>
      content.set.questions.length >= 1 && content.set.questions.length <= MAX_ASSIGNMENT_QUESTIONS,
    `An assignment holds 1 to ${MAX_ASSIGNMENT_QUESTIONS} questions.`
  )
);

const OwnWithheldContent = v.object({
  kind: v.literal('own-withheld'),
  set: v.object({
    id: IdSchema,
    title: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(300)),
    language: v.picklist(['de', 'en']),
    sentences: v.array(v.string()),
    questions: v.pipe(
      v.array(StudentQuestionSchema),
      v.minLength(1),
      v.maxLength(MAX_ASSIGNMENT_QUESTIONS),
      v.check((questions) => unique(questions.map((q) => q.id)), 'Question ids must be unique.')
    )
  })
});

export const AssignmentSchema = v.pipe(
  v.object({
    format: v.picklist(ASSIGNMENT_FORMATS),
    id: IdSchema,
    title: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(300)),
    /** `immediate`: right or wrong after each answer; `after-grading`: nothing until graded. */
    feedback: v.picklist(['immediate', 'after-grading']),
    /** `withheld`: the link has no key, so feedback can only come from the teacher. */
    answerKey: v.picklist(['included', 'withheld']),
    shuffleQuestions: v.boolean(),
    shuffleChoices: v.boolean(),
    /**
     * `false`: the student answers the questions in order, without skipping or going back.
     * Absent (every link made before this option existed) means allowed.
     */
    skipAndBack: v.optional(v.boolean()),
    attemptsAllowed: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_ATTEMPTS)),
    /**
     * How students hand their result code over: `scan` (shown as a QR code, the teacher scans
     * it in the room), `message` (copied or shared into a message), `file` (saved, uploaded).
     * Absent (every link made before this option existed): all ways, none first.
     */
    handIn: v.optional(v.picklist(HAND_IN_WAYS)),
    timeLimitMinutes: v.optional(
      v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_TIME_LIMIT_MINUTES))
    ),
    dueAtMs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TIME_MS))),
    content: v.variant('kind', [
      BundledContent,
      BundledEditsContent,
      OwnContent,
      OwnWithheldContent
    ])
  }),
  v.check(
    (a) => (a.format === ASSIGNMENT_FORMAT_EDITS) === (a.content.kind === 'bundled-edits'),
    `Edits to a bundled set come in ${ASSIGNMENT_FORMAT_EDITS}, and nothing else does.`
  ),
  v.check(
    (a) => a.content.kind !== 'bundled-edits' || a.answerKey === 'included',
    'Edits to a bundled set carry their answers, so the key must be included.'
  ),
  v.check(
    (a) => a.answerKey === 'included' || a.feedback === 'after-grading',
    'Without an answer key, feedback can only come after grading.'
  ),
  v.check(
    (a) =>
      a.content.kind === 'bundled' ||
      a.content.kind === 'bundled-edits' ||
      (a.content.kind === 'own') === (a.answerKey === 'included'),
    'An own set carries its key exactly when the key is included.'
  )
);

export type Assignment = v.InferOutput<typeof AssignmentSchema>;

/** Whether a student may skip questions and go back (allowed unless the teacher turned it off). */
export function allowsSkipAndBack(assignment: Pick<Assignment, 'skipAndBack'>): boolean {
  return assignment.skipAndBack !== false;
}
export type AssignmentContent = Assignment['content'];

export type AssignmentParse = { ok: true; value: Assignment } | { ok: false; issues: string[] };

/** Validates unknown input (a decoded link, a parsed `.quiz.json`, a stored record). */
export function parseAssignment(input: unknown): AssignmentParse {
  const result = v.safeParse(AssignmentSchema, input);
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, issues: result.issues.map(issueText) };
}

export function issueText(issue: v.BaseIssue<unknown>): string {
  const path = issue.path?.map((item) => String(item.key)).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
