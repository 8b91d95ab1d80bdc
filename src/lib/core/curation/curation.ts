import { parseQuizSet, type Question, type QuizSet } from '../quizset/schema';
import type { Curation } from './schema';

/**
 * A curation is a teacher's changes to one question set, kept apart from the set as an overlay
 * keyed by question id. The generator gives a question the same id whenever it meets the same
 * text, so regenerating a set and applying its curation again keeps every edit; the generated set
 * itself is never changed.
 */

/** Questions a teacher adds get ids with this prefix, which the generator (`q-…`) never uses. */
export const TEACHER_ID_PREFIX = 't-';

/** Whether a curation changes anything at all (an emptied one counts as unedited). */
export function isCurated(curation: Curation): boolean {
  return (
    Object.keys(curation.edits).length > 0 ||
    curation.deleted.length > 0 ||
    curation.added.length > 0 ||
    curation.order.length > 0
  );
}

/**
 * Parts of a curation that could not be applied to this set. They stay in the curation (nothing
 * is thrown away behind the teacher's back) and the teacher sees them listed.
 *
 * - `missing`: the edited question is not in the set any more (the text changed).
 * - `type-changed`: the question with that id now has another type.
 * - `id-taken`: an added question's id is used by a generated question.
 * - `invalid`: an added question points at sentences the set no longer has.
 */
export type CurationConflict = {
  questionId: string;
  reason: 'missing' | 'type-changed' | 'id-taken' | 'invalid';
  question: Question;
};

export type AppliedCuration = { set: QuizSet; conflicts: CurationConflict[] };

/**
 * The curated set: edits replace their questions (keeping the generated evidence), deleted ones
 * go, own questions join, and the teacher's order applies. The result is a valid `quizset/1`.
 *
 * @example
 * const { set, conflicts } = applyCuration(generated, curation);
 * set.questions; // the teacher's questions, in the teacher's order
 */
export function applyCuration(set: QuizSet, curation: Curation): AppliedCuration {
  if (curation.setId !== set.id) {
    throw new RangeError(`The curation of ${curation.setId} does not belong to ${set.id}.`);
  }
  const conflicts: CurationConflict[] = [];
  const generatedIds = new Set(set.questions.map((q) => q.id));
  const deleted = new Set(curation.deleted);

  for (const [questionId, question] of Object.entries(curation.edits)) {
    if (!generatedIds.has(questionId)) conflicts.push({ questionId, reason: 'missing', question });
  }

  const kept: Question[] = [];
  for (const original of set.questions) {
    if (deleted.has(original.id)) continue;
    const edit = curation.edits[original.id];
    if (!edit) kept.push(original);
    else if (edit.type !== original.type) {
      conflicts.push({ questionId: original.id, reason: 'type-changed', question: edit });
      kept.push(original);
    } else {
      // The evidence belongs to the text, not to the teacher's wording: take the current one.
      kept.push({ ...edit, evidence: original.evidence });
    }
  }

  for (const question of curation.added) {
    if (generatedIds.has(question.id)) {
      conflicts.push({ questionId: question.id, reason: 'id-taken', question });
    } else if (question.evidence.some((index) => index >= set.sentences.length)) {
      conflicts.push({ questionId: question.id, reason: 'invalid', question });
    } else {
      kept.push(question);
    }
  }

  const curated = { ...set, questions: inOrder(kept, curation.order) };
  const parsed = parseQuizSet(curated);
  // Unreachable while the schema checks above mirror the set's checks; a loud failure beats a
  // quietly broken quiz if they ever drift apart.
  if (!parsed.ok) throw new Error(`Curated set is invalid: ${parsed.issues.join('; ')}`);
  return { set: parsed.set, conflicts };
}

function inOrder(questions: Question[], order: readonly string[]): Question[] {
  if (order.length === 0) return questions;
  const rank = new Map(order.map((id, index) => [id, index]));
  // Stable sort: unranked questions keep their natural order after the ranked ones.
  return [...questions].sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
}

/** Whether a question id belongs to a question the teacher added. */
export function isAddedQuestion(curation: Curation, questionId: string): boolean {
  return curation.added.some((q) => q.id === questionId);
}

/**
 * Records a changed question. An own question is replaced in place; a generated one gets an
 * edit, or loses its edit when the teacher has put it back exactly as generated.
 */
export function editQuestion(curation: Curation, generated: QuizSet, question: Question): Curation {
  if (isAddedQuestion(curation, question.id)) {
    return {
      ...curation,
      added: curation.added.map((q) => (q.id === question.id ? question : q))
    };
  }
  const original = generated.questions.find((q) => q.id === question.id);
  if (!original) throw new RangeError(`No question ${question.id} in ${generated.id}.`);
  const edits = { ...curation.edits };
  if (sameQuestion(original, question)) delete edits[question.id];
  else edits[question.id] = question;
  return { ...curation, edits };
}

/** Removes a question: an own one is dropped, a generated one is marked deleted. */
export function deleteQuestion(curation: Curation, questionId: string): Curation {
  if (isAddedQuestion(curation, questionId)) {
    return {
      ...curation,
      added: curation.added.filter((q) => q.id !== questionId),
      order: curation.order.filter((id) => id !== questionId)
    };
  }
  if (curation.deleted.includes(questionId)) return curation;
  return { ...curation, deleted: [...curation.deleted, questionId] };
}

/** Adds the teacher's own question; it comes last until the teacher moves it. */
export function addQuestion(curation: Curation, question: Question): Curation {
  if (!question.id.startsWith(TEACHER_ID_PREFIX) || isAddedQuestion(curation, question.id)) {
    throw new RangeError(`Not a new teacher question id: ${question.id}`);
  }
  const order = curation.order.length > 0 ? [...curation.order, question.id] : [];
  return { ...curation, added: [...curation.added, question], order };
}

/**
 * Moves a question one place up (`-1`) or down (`+1`) in the curated order `currentIds` (the ids
 * of the curated set as shown). At either end nothing changes.
 */
export function moveQuestion(
  curation: Curation,
  currentIds: readonly string[],
  questionId: string,
  step: -1 | 1
): Curation {
  const from = currentIds.indexOf(questionId);
  const to = from + step;
  if (from < 0 || to < 0 || to >= currentIds.length) return curation;
  const order = [...currentIds];
  [order[from], order[to]] = [order[to] as string, order[from] as string];
  return { ...curation, order };
}

/**
 * Moves a question to position `to` (0: the top) in the curated order `currentIds`, as a drag
 * or "Ganz nach oben" does. A position outside the list is clamped; no move changes nothing.
 *
 * @example moveQuestionTo(curation, ['a', 'b', 'c'], 'c', 0) // order → ['c', 'a', 'b']
 */
export function moveQuestionTo(
  curation: Curation,
  currentIds: readonly string[],
  questionId: string,
  to: number
): Curation {
  const from = currentIds.indexOf(questionId);
  const target = Math.max(0, Math.min(currentIds.length - 1, Math.trunc(to)));
  if (from < 0 || from === target) return curation;
  const order = currentIds.filter((id) => id !== questionId);
  order.splice(target, 0, questionId);
  return { ...curation, order };
}

/** Strikes several questions in one step (one undo brings them all back). */
export function deleteQuestions(curation: Curation, questionIds: Iterable<string>): Curation {
  let next = curation;
  for (const id of questionIds) next = deleteQuestion(next, id);
  return next;
}

/**
 * A fresh id for a teacher's question, from the moment it was added (`nowMs`), unique among
 * `takenIds`.
 */
export function newTeacherQuestionId(takenIds: Iterable<string>, nowMs: number): string {
  const taken = new Set(takenIds);
  const stem = `${TEACHER_ID_PREFIX}${Math.max(0, Math.floor(nowMs)).toString(36)}`;
  let id = stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  return id;
}

function sameQuestion(a: Question, b: Question): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** Key order does not make two questions different. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, item]) => [key, canonical(item)])
    );
  }
  return value;
}
