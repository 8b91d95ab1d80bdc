import type { Question, QuizSet } from '../quizset/schema';
import { applyBundledEdits, matchesBase } from './bundled-edits';
import { toStudentQuestion } from './create';
import { shuffle } from './random';
import type { Assignment, StudentQuestion } from './schema';

export type AttemptQuestions =
  /** The key is included: full questions, gradable on the student's device for feedback. */
  | { withKey: true; questions: Question[] }
  /** No key: only what a student needs to answer. */
  | { withKey: false; questions: StudentQuestion[] };

export type AttemptQuestionsResult =
  | { ok: true; value: AttemptQuestions }
  /** A bundled assignment needs that set, and this app's copy lacks some questions. */
  | { ok: false; problem: 'missing-questions'; questionIds: string[] }
  /** Made from another version of the bundled set than this app's (see `bundled-edits.ts`). */
  | { ok: false; problem: 'other-version' }
  /** Edits whose questions do not fit this app's article although its version matches. */
  | { ok: false; problem: 'invalid' };

/**
 * The questions a student answers, in the assignment's order (before shuffling). For a bundled
 * set pass the app's copy of it. With the key withheld even a bundled set's questions are cut
 * down to student views, so the quiz screen never holds an answer it must not show.
 *
 * @example
 * const questions = attemptQuestions(assignment, await loadQuizSet(fetch, assignment.content.setId));
 */
export function attemptQuestions(
  assignment: Assignment,
  bundledSet?: QuizSet
): AttemptQuestionsResult {
  const { content } = assignment;
  if (content.kind === 'own')
    return { ok: true, value: { withKey: true, questions: content.set.questions } };
  if (content.kind === 'own-withheld')
    return { ok: true, value: { withKey: false, questions: content.set.questions } };
  if (content.kind === 'bundled-edits') {
    // The schema allows edits only with the key included: they carry their answers.
    if (!bundledSet) return { ok: false, problem: 'other-version' };
    const applied = applyBundledEdits(content, bundledSet);
    return applied.ok
      ? { ok: true, value: { withKey: true, questions: applied.questions } }
      : applied;
  }
  const byId = new Map(
    bundledSet?.id === content.setId ? bundledSet.questions.map((q) => [q.id, q]) : []
  );
  const missing = content.questionIds.filter((id) => !byId.has(id));
  if (missing.length > 0) return { ok: false, problem: 'missing-questions', questionIds: missing };
  // Same ids, yet other content (the generator's ids do not cover choices or evidence).
  if (bundledSet && !matchesBase(content, bundledSet))
    return { ok: false, problem: 'other-version' };
  const questions = content.questionIds.map((id) => byId.get(id) as Question);
  return assignment.answerKey === 'included'
    ? { ok: true, value: { withKey: true, questions } }
    : {
        ok: true,
        value: { withKey: false, questions: questions.map((q) => toStudentQuestion(q, q.id)) }
      };
}

/**
 * One student's arrangement: questions shuffled if the assignment says so, and the options of
 * each question (choices, word bank, items to order, right sides of a match) shuffled if it says
 * so. Pure: `random` is `Math.random` in the app and seeded in tests. A full order or match
 * question keeps its `answer` as it is: that is the key, which the quiz screen shuffles for
 * display as in normal study.
 *
 * @example arrangeForStudent(assignment, value.questions, Math.random)
 */
export function arrangeForStudent<Q extends Question | StudentQuestion>(
  assignment: Pick<Assignment, 'shuffleQuestions' | 'shuffleChoices'>,
  questions: readonly Q[],
  random: () => number
): Q[] {
  const ordered = assignment.shuffleQuestions ? shuffle(questions, random) : [...questions];
  if (!assignment.shuffleChoices) return ordered;
  return ordered.map((q) => shuffleOptions(q, random));
}

function shuffleOptions<Q extends Question | StudentQuestion>(q: Q, random: () => number): Q {
  const copy: Record<string, unknown> = { ...q };
  for (const field of ['choices', 'wordBank', 'items', 'right'] as const) {
    const value = copy[field];
    if (Array.isArray(value)) copy[field] = shuffle(value as string[], random);
  }
  return copy as Q;
}
