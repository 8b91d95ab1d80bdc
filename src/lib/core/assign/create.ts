import * as v from 'valibot';
import type { Question, QuizSet } from '../quizset/schema';
import { bundledContent } from './bundled-edits';
import { randomIndex } from './random';
import {
  ASSIGNMENT_FORMAT,
  ASSIGNMENT_FORMAT_EDITS,
  AssignmentSchema,
  issueText,
  type Assignment,
  type StudentQuestion
} from './schema';

/** Which questions an assignment asks. */
export type QuestionChoice =
  /** These questions, in the set's order. */
  | { ids: readonly string[] }
  /**
   * `count` questions drawn once, when the assignment is made, so every student gets the same
   * ones and the teacher's key matches every result. Drawn from `from` (ids) or, without it,
   * from every question but flashcards (a flashcard's back is often a whole sentence, which
   * makes a poor question to grade).
   */
  | { random: number; from?: readonly string[] };

export type AssignmentOptions = {
  id: string;
  /** Defaults to the set's title. */
  title?: string;
  /** The set ships with the app: refer to it by ids instead of carrying it. */
  bundled: boolean;
  /**
   * For a bundled set the teacher edited (`set` is the edited version): the set as the app
   * ships it. Questions as shipped then go by id and only the changed and added ones travel
   * (`bundled-edits`), unless the key is withheld: the edits carry answers, so then the
   * questions travel as student views, as for an own set. Absent: `set` is as shipped.
   */
  shipped?: QuizSet;
  questions: QuestionChoice;
  answerKey: Assignment['answerKey'];
  feedback: Assignment['feedback'];
  shuffleQuestions: boolean;
  shuffleChoices: boolean;
  /** Off: no skipping, no going back. Default (absent): both allowed. */
  skipAndBack?: boolean;
  attemptsAllowed: number;
  /** How results come back; absent: any way, none first. */
  handIn?: Assignment['handIn'];
  timeLimitMinutes?: number;
  dueAtMs?: number;
};

export type CreateAssignmentResult =
  | { ok: true; value: Assignment }
  /** Ids that are not in the set. */
  | { ok: false; problem: 'unknown-questions'; questionIds: string[] }
  /** Nothing to ask: an empty choice, or `random` below 1 or above the pool. */
  | { ok: false; problem: 'no-questions' }
  /** Options the schema refuses (an empty title, a time limit of 0, …). */
  | { ok: false; problem: 'invalid'; issues: string[] };

/**
 * Makes an assignment from a question set. Pure: `random` (like `Math.random`) is used only for
 * `{ random: n }`. The result is validated with the same schema that decodes links.
 *
 * @example
 * createAssignment(set, {
 *   id: 'a-7f3k', bundled: true, questions: { random: 10 },
 *   answerKey: 'withheld', feedback: 'after-grading',
 *   shuffleQuestions: true, shuffleChoices: true, attemptsAllowed: 1, timeLimitMinutes: 20
 * }, Math.random);
 * // → { ok: true, value: { format: 'lesequiz-assignment/1', content: { kind: 'bundled', … } } }
 */
export function createAssignment(
  set: QuizSet,
  options: AssignmentOptions,
  random: () => number
): CreateAssignmentResult {
  const chosen = chooseQuestions(set, options.questions, random);
  if (!chosen.ok) return chosen;
  const { questions } = chosen;
  const referred = options.bundled ? bundledContent(options.shipped ?? set, questions) : undefined;
  const content: Assignment['content'] =
    referred && (referred.kind === 'bundled' || options.answerKey === 'included')
      ? referred
      : options.answerKey === 'included'
        ? { kind: 'own', set: { ...set, questions } }
        : {
            kind: 'own-withheld',
            set: {
              id: set.id,
              title: set.title,
              language: set.language,
              sentences: set.sentences,
              questions: questions.map((q, index) => toStudentQuestion(q, withheldId(index)))
            }
          };
  const draft = {
    format: content.kind === 'bundled-edits' ? ASSIGNMENT_FORMAT_EDITS : ASSIGNMENT_FORMAT,
    id: options.id,
    title: options.title ?? set.title,
    feedback: options.feedback,
    answerKey: options.answerKey,
    shuffleQuestions: options.shuffleQuestions,
    shuffleChoices: options.shuffleChoices,
    // Written only when off: the link stays as short as before for the default.
    ...(options.skipAndBack === false ? { skipAndBack: false } : {}),
    attemptsAllowed: options.attemptsAllowed,
    ...(options.handIn === undefined ? {} : { handIn: options.handIn }),
    ...(options.timeLimitMinutes === undefined
      ? {}
      : { timeLimitMinutes: options.timeLimitMinutes }),
    ...(options.dueAtMs === undefined ? {} : { dueAtMs: options.dueAtMs }),
    content
  };
  const parsed = v.safeParse(AssignmentSchema, draft);
  if (!parsed.success)
    return { ok: false, problem: 'invalid', issues: parsed.issues.map(issueText) };
  return { ok: true, value: parsed.output };
}

function chooseQuestions(
  set: QuizSet,
  choice: QuestionChoice,
  random: () => number
): { ok: true; questions: Question[] } | Extract<CreateAssignmentResult, { ok: false }> {
  const known = new Set(set.questions.map((q) => q.id));
  const requested = 'ids' in choice ? choice.ids : choice.from;
  const unknown = (requested ?? []).filter((id) => !known.has(id));
  if (unknown.length > 0) return { ok: false, problem: 'unknown-questions', questionIds: unknown };
  let ids: Set<string>;
  if ('ids' in choice) ids = new Set(choice.ids);
  else {
    const pool = choice.from
      ? [...new Set(choice.from)]
      : set.questions.filter((q) => q.type !== 'flashcard').map((q) => q.id);
    if (!Number.isInteger(choice.random) || choice.random < 1 || choice.random > pool.length)
      return { ok: false, problem: 'no-questions' };
    ids = new Set(drawWithoutReplacement(pool, choice.random, random));
  }
  // The set's order: the article's order, which the teacher recognises when grading.
  const questions = set.questions.filter((q) => ids.has(q.id));
  if (questions.length === 0) return { ok: false, problem: 'no-questions' };
  return { ok: true, questions };
}

/** The first `count` of a partial Fisher–Yates shuffle. */
function drawWithoutReplacement<T>(pool: readonly T[], count: number, random: () => number): T[] {
  const items = [...pool];
  for (let i = 0; i < count; i++) {
    const j = i + randomIndex(random, items.length - i);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items.slice(0, count);
}

/**
 * Generated question ids are hashes of the question's content, answer included, so a student
 * could recover the answer by hashing each choice. A withheld link therefore numbers its
 * questions instead; `answerKeyFor` finds them again by content.
 */
function withheldId(index: number): string {
  return `q${index + 1}`;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sorted = (items: readonly string[]) => [...items].sort(byCodePoint);

/**
 * What a student needs to answer a question and nothing more: built field by field (never by
 * deleting from a copy), since a set may carry extra fields nobody here knows about.
 *
 * @example
 * toStudentQuestion({ id: 'q-x', type: 'order', prompt: 'Ordne', answer: ['b', 'c', 'a'], evidence: [0] }, 'q1')
 * // → { id: 'q1', type: 'order', prompt: 'Ordne', items: ['a', 'b', 'c'] }
 */
export function toStudentQuestion(question: Question, id: string): StudentQuestion {
  const { prompt } = question;
  switch (question.type) {
    case 'multiple-choice':
      return { id, type: question.type, prompt, choices: sorted(question.choices) };
    case 'cloze':
      return question.wordBank
        ? { id, type: question.type, prompt, wordBank: sorted(question.wordBank) }
        : { id, type: question.type, prompt };
    case 'order':
      return { id, type: question.type, prompt, items: sorted(question.answer) };
    case 'match':
      return {
        id,
        type: question.type,
        prompt,
        left: sorted(question.answer.map(([left]) => left)),
        right: sorted(question.answer.map(([, right]) => right))
      };
    case 'true-false':
    case 'short-answer':
    case 'flashcard':
      return { id, type: question.type, prompt };
  }
}
