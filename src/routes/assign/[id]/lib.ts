import type { Assignment, AssignmentOptions, HandIn } from '$lib/core/assign';
import { MAX_ATTEMPTS, MAX_TIME_LIMIT_MINUTES } from '$lib/core/assign/schema';
import type { MessageKey } from '$lib/i18n/index.svelte';

/** The assignment form as typed: numbers are the inputs' text, so a half-typed value is kept. */
export type AssignmentForm = {
  title: string;
  questions: 'all' | 'random' | 'pick';
  randomCount: string;
  picked: string[];
  shuffleQuestions: boolean;
  shuffleChoices: boolean;
  /** Students may skip questions and go back to earlier ones. */
  skipAndBack: boolean;
  /** The link carries no answer key: feedback only after the teacher grades. */
  withholdKey: boolean;
  feedback: 'immediate' | 'after-grading';
  attempts: string;
  /** How students hand their result codes over. */
  handIn: HandIn;
  /** Empty: no time limit. */
  timeLimit: string;
  /** The due date as the browser read it (local time), `undefined` when none is set. */
  dueAtMs: number | undefined;
};

export type FormField = 'title' | 'randomCount' | 'picked' | 'attempts' | 'timeLimit' | 'due';

export type FormCheck =
  | { ok: true; options: Omit<AssignmentOptions, 'id' | 'bundled' | 'shipped'> }
  | { ok: false; errors: Partial<Record<FormField, MessageKey>> };

export const MAX_TITLE_LENGTH = 300;

/**
 * Sensible defaults: every quiz question, shuffled, feedback after each question, one attempt,
 * results scanned in the room.
 */
export function defaultForm(title: string, quizQuestionCount: number): AssignmentForm {
  return {
    title,
    questions: 'all',
    randomCount: String(Math.min(10, quizQuestionCount)),
    picked: [],
    shuffleQuestions: true,
    shuffleChoices: true,
    skipAndBack: true,
    withholdKey: false,
    feedback: 'immediate',
    attempts: '1',
    handIn: 'scan',
    timeLimit: '',
    dueAtMs: undefined
  };
}

function wholeNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return /^\d{1,6}$/u.test(trimmed) ? Number(trimmed) : undefined;
}

/**
 * Checks the form and turns it into `createAssignment` options, or names each field's problem.
 * `quizQuestionIds`: the set's questions a quiz can ask (no flashcards); `nowMs` for the due date.
 *
 * @example checkAssignmentForm(form, ['q1', 'q2'], Date.now())
 */
export function checkAssignmentForm(
  form: AssignmentForm,
  quizQuestionIds: readonly string[],
  nowMs: number
): FormCheck {
  const errors: Partial<Record<FormField, MessageKey>> = {};
  const title = form.title.trim();
  if (title === '') errors.title = 'assign.form.error.title';
  else if (title.length > MAX_TITLE_LENGTH) errors.title = 'assign.form.error.titleLong';

  const count = wholeNumber(form.randomCount);
  if (form.questions === 'random' && (!count || count < 1 || count > quizQuestionIds.length))
    errors.randomCount = 'assign.form.error.randomCount';
  const known = new Set(quizQuestionIds);
  const picked = form.picked.filter((id) => known.has(id));
  if (form.questions === 'pick' && picked.length === 0) errors.picked = 'assign.form.error.picked';

  const attempts = wholeNumber(form.attempts);
  if (!attempts || attempts < 1 || attempts > MAX_ATTEMPTS)
    errors.attempts = 'assign.form.error.attempts';

  const limit = form.timeLimit.trim() === '' ? undefined : wholeNumber(form.timeLimit);
  if (form.timeLimit.trim() !== '' && (!limit || limit < 1 || limit > MAX_TIME_LIMIT_MINUTES))
    errors.timeLimit = 'assign.form.error.timeLimit';

  if (form.dueAtMs !== undefined && !Number.isFinite(form.dueAtMs))
    errors.due = 'assign.form.error.dueInvalid';
  else if (form.dueAtMs !== undefined && form.dueAtMs <= nowMs)
    errors.due = 'assign.form.error.duePast';

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    options: {
      title,
      questions:
        form.questions === 'all'
          ? { ids: quizQuestionIds }
          : form.questions === 'random'
            ? { random: count!, from: quizQuestionIds }
            : { ids: picked },
      answerKey: form.withholdKey ? 'withheld' : 'included',
      // Without a key nothing can be graded on the student's phone.
      feedback: form.withholdKey ? 'after-grading' : form.feedback,
      shuffleQuestions: form.shuffleQuestions,
      shuffleChoices: form.shuffleChoices,
      ...(form.skipAndBack ? {} : { skipAndBack: false }),
      attemptsAllowed: attempts!,
      handIn: form.handIn,
      ...(limit === undefined ? {} : { timeLimitMinutes: limit }),
      ...(form.dueAtMs === undefined ? {} : { dueAtMs: form.dueAtMs })
    }
  };
}

/** A new assignment id: time and chance, so two made in one second still differ. */
export function newAssignmentId(nowMs: number, random: () => number): string {
  const chance = Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
  return `a-${nowMs.toString(36)}-${chance}`;
}

export type QrNote = { fits: true } | { fits: false; reasons: MessageKey[] };

/**
 * What the form says before "Aufgabe erstellen" about a single QR code: that the link fits one,
 * or which choices rule it out (the own article's text, the teacher's edits to a bundled set,
 * an edited set without its key, many questions). `fits`: whether the link made from these
 * choices fits (see `fitsQrCode`); `edited`: a bundled set the teacher changed.
 *
 * @example qrNoteFor(assignment, { fits: false, edited: false })
 * // → { fits: false, reasons: ['assign.form.qrNote.ownText'] }
 */
export function qrNoteFor(
  assignment: Pick<Assignment, 'content'>,
  { fits, edited }: { fits: boolean; edited: boolean }
): QrNote {
  if (fits) return { fits: true };
  const { content } = assignment;
  const reasons: MessageKey[] = [];
  // Edits travel alone, the set stays in the app; without the key the edited set travels whole.
  if (content.kind === 'bundled-edits') reasons.push('assign.form.qrNote.edits');
  else if (content.kind !== 'bundled')
    reasons.push(edited ? 'assign.form.qrNote.editsWithheld' : 'assign.form.qrNote.ownText');
  const questionCount =
    content.kind === 'bundled' || content.kind === 'bundled-edits'
      ? content.questionIds.length
      : content.set.questions.length;
  if (questionCount > MANY_QUESTIONS || reasons.length === 0)
    reasons.push('assign.form.qrNote.questions');
  return { fits: false, reasons };
}

/** Above this many questions, fewer is worth suggesting for a shorter link. */
const MANY_QUESTIONS = 10;
