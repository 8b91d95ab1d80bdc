import * as v from 'valibot';
import { QuestionSchema, type Question } from '../quizset/schema';
import type { ClassReport } from './report';

/**
 * The teacher's key editor for an assignment whose results are in: what counts as right can
 * change (the right choice, accepted typed answers, a statement's verdict, a gap's answer, an
 * order, the pairs of a match), never what the students saw (prompt, choices, word bank, the
 * items to order or match). Grading reads only the key, so a changed key regrades every
 * submission at once; `keyDifferences` lists what differs from the key the assignment was made
 * with, so the change stays visible and can be taken back.
 */

/** The part of a question's key the teacher may change, per question type. */
export type KeyEdit =
  | { type: 'multiple-choice'; answer: string; accept: string[] }
  | { type: 'true-false'; answer: boolean }
  | { type: 'cloze' | 'short-answer' | 'flashcard'; answer: string; accept: string[] }
  | { type: 'order'; answer: string[] }
  | { type: 'match'; answer: [string, string][] };

/** Why an edit was refused, as a code the UI turns into words. */
export type KeyEditProblem =
  /** The edit is for another question type than the question's. */
  | 'other-type'
  /** The answer is empty. */
  | 'required'
  /** A text is longer than a question allows. */
  | 'too-long'
  /** More alternatives than `MAX_ACCEPTED`. */
  | 'too-many'
  /** A multiple-choice answer that is none of the choices the students saw. */
  | 'not-a-choice'
  /** A gap answer outside the word bank the students picked from. */
  | 'not-in-word-bank'
  /** An order that is not exactly the items the students put in order. */
  | 'not-the-items'
  /** Pairs that do not join each left item with one right item the students saw. */
  | 'not-the-pairs';

export type KeyEditResult =
  { ok: true; question: Question; changed: boolean } | { ok: false; problem: KeyEditProblem };

/** Accepted alternatives per question: enough for every spelling a class comes up with. */
export const MAX_ACCEPTED = 50;
const MAX_TEXT = 2000;

/** A question's key as the editor starts from it. */
export function keyEditOf(question: Question): KeyEdit {
  switch (question.type) {
    case 'true-false':
      return { type: 'true-false', answer: question.answer };
    case 'order':
      return { type: 'order', answer: [...question.answer] };
    case 'match':
      return {
        type: 'match',
        answer: question.answer.map(([left, right]): [string, string] => [left, right])
      };
    default:
      return { type: question.type, answer: question.answer, accept: [...(question.accept ?? [])] };
  }
}

/** Lines of a text field as alternatives: trimmed, empty ones dropped. */
export function acceptLines(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * The question with `edit` as its key, checked against what the students saw. Alternatives are
 * trimmed, and one that repeats the answer or another alternative (ignoring case) is dropped.
 * Everything else of the question (id, prompt, options, evidence, explanation) stays.
 *
 * @example
 * applyKeyEdit(mc, { type: 'multiple-choice', answer: 'Ottawa', accept: [] })
 * // → { ok: true, question: { ...mc, answer: 'Ottawa' }, changed: true }
 */
export function applyKeyEdit(question: Question, edit: KeyEdit): KeyEditResult {
  if (edit.type !== question.type) return { ok: false, problem: 'other-type' };
  let next: Question;
  if (edit.type === 'true-false') {
    next = { ...question, answer: edit.answer } as Question;
  } else if (edit.type === 'order') {
    if (question.type !== 'order') return { ok: false, problem: 'other-type' };
    const given = [...edit.answer].sort();
    const items = [...question.answer].sort();
    if (given.length !== items.length || given.some((item, i) => item !== items[i]))
      return { ok: false, problem: 'not-the-items' };
    next = { ...question, answer: [...edit.answer] };
  } else if (edit.type === 'match') {
    if (question.type !== 'match') return { ok: false, problem: 'not-the-pairs' };
    const lefts = question.answer.map(([left]) => left);
    const rights = question.answer.map(([, right]) => right).sort();
    const givenLefts = edit.answer.map(([left]) => left);
    const givenRights = edit.answer.map(([, right]) => right).sort();
    const sameLefts =
      givenLefts.length === lefts.length && givenLefts.every((left, i) => left === lefts[i]);
    const sameRights =
      givenRights.length === rights.length && givenRights.every((right, i) => right === rights[i]);
    if (!sameLefts || !sameRights) return { ok: false, problem: 'not-the-pairs' };
    next = {
      ...question,
      answer: edit.answer.map(([left, right]): [string, string] => [left, right])
    };
  } else {
    const answer = edit.answer.trim();
    if (answer === '') return { ok: false, problem: 'required' };
    const seen = new Set([answer.toLowerCase()]);
    const accept: string[] = [];
    for (const text of edit.accept.map((item) => item.trim())) {
      if (text === '' || seen.has(text.toLowerCase())) continue;
      seen.add(text.toLowerCase());
      accept.push(text);
    }
    if ([answer, ...accept].some((text) => text.length > MAX_TEXT))
      return { ok: false, problem: 'too-long' };
    if (accept.length > MAX_ACCEPTED) return { ok: false, problem: 'too-many' };
    if (question.type === 'multiple-choice' && !question.choices.includes(answer))
      return { ok: false, problem: 'not-a-choice' };
    if (question.type === 'cloze' && question.wordBank && !question.wordBank.includes(answer))
      return { ok: false, problem: 'not-in-word-bank' };
    const { accept: _old, ...rest } = question as Question & { accept?: string[] };
    void _old;
    next = { ...rest, answer, ...(accept.length > 0 ? { accept } : {}) } as Question;
  }
  // The schema has the last word (a cloze's answer in its bank, say): a key never turns invalid.
  const parsed = v.safeParse(QuestionSchema, next);
  if (!parsed.success) return { ok: false, problem: 'required' };
  return {
    ok: true,
    question: parsed.output,
    changed: gradingKey(parsed.output) !== gradingKey(question)
  };
}

/**
 * The key with one question replaced by its edited version (same id). Pure: a new array.
 *
 * @example replaceInKey(record.key, applied.question)
 */
export function replaceInKey(key: readonly Question[], question: Question): Question[] {
  return key.map((q) => (q.id === question.id ? question : q));
}

export type KeyDifference = {
  /** 0-based place in the key (the class table's F1 is index 0). */
  index: number;
  /** The question as the assignment was made (or as the first change found it). */
  original: Question;
  current: Question;
};

/**
 * Questions whose key differs from the original one, in key order: what the teacher changed
 * (by editing or by accepting a student's answer). Only what grading reads is compared.
 */
export function keyDifferences(
  original: readonly Question[] | undefined,
  current: readonly Question[]
): KeyDifference[] {
  if (!original) return [];
  const byId = new Map(original.map((q) => [q.id, q]));
  return current.flatMap((question, index) => {
    const before = byId.get(question.id);
    if (!before || gradingKey(before) === gradingKey(question)) return [];
    return [{ index, original: before, current: question }];
  });
}

/**
 * The key with question `questionId` as it was originally (undoes every change to it).
 * Unchanged where the original does not have it.
 */
export function restoreOriginal(
  current: readonly Question[],
  original: readonly Question[],
  questionId: string
): Question[] {
  const before = original.find((q) => q.id === questionId);
  return before ? replaceInKey(current, before) : [...current];
}

export type ScoreChange = { studentId: string; name: string; before: number; after: number };

/**
 * Students whose counted points differ between two reports of the same class (before and
 * after a key change), in the order of `after`. Points include partial credit.
 */
export function scoreChanges(before: ClassReport, after: ClassReport): ScoreChange[] {
  const earlier = new Map(before.students.map((s) => [s.studentId, s.points]));
  return after.students.flatMap((s) => {
    const was = earlier.get(s.studentId);
    return was === undefined || Math.abs(was - s.points) < 1e-9
      ? []
      : [{ studentId: s.studentId, name: s.name, before: was, after: s.points }];
  });
}

/** What grading reads of a question: its answer and alternatives. */
function gradingKey(question: Question): string {
  return JSON.stringify([question.answer, 'accept' in question ? (question.accept ?? []) : []]);
}
