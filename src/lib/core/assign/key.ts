import type { Question, QuizSet } from '../quizset/schema';
import { toStudentQuestion } from './create';
import type { Assignment, StudentQuestion } from './schema';

export type AnswerKeyResult =
  | { ok: true; key: Question[] }
  /** The teacher's set is not the one the assignment was made from. */
  | { ok: false; problem: 'other-set'; setId: string }
  /** Questions of the assignment that the teacher's set no longer has (edited or regenerated). */
  | { ok: false; problem: 'missing-questions'; questionIds: string[] };

/**
 * The teacher's answer key for an assignment: the full questions from the teacher's own copy of
 * the set, under the ids the students answer with. Grading uses only this, never anything in a
 * link or result code.
 *
 * A withheld link numbers its questions (`q1`, `q2`, …); they are found again in the teacher's
 * set by content, i.e. the same type, prompt and options.
 *
 * @example
 * const key = answerKeyFor(assignment, await loadQuizSet(fetch, setIdOf(assignment)));
 * if (key.ok) gradeSubmission(key.key, submission, { language: 'de' });
 */
export function answerKeyFor(assignment: Assignment, teacherSet: QuizSet): AnswerKeyResult {
  const { content } = assignment;
  const wantedSetId = setIdOf(assignment);
  if (teacherSet.id !== wantedSetId) return { ok: false, problem: 'other-set', setId: wantedSetId };
  const byId = new Map(teacherSet.questions.map((q) => [q.id, q]));
  const missing: string[] = [];
  const key: Question[] = [];
  if (content.kind === 'own-withheld') {
    const byView = new Map<string, Question[]>();
    for (const q of teacherSet.questions) {
      const view = viewKey(toStudentQuestion(q, ''));
      byView.set(view, [...(byView.get(view) ?? []), q]);
    }
    for (const studentQuestion of content.set.questions) {
      const matches = byView.get(viewKey(studentQuestion)) ?? [];
      // Two questions a student cannot tell apart are ambiguous: better no key than a wrong one.
      if (matches.length !== 1 || !matches[0]) missing.push(studentQuestion.id);
      else key.push({ ...matches[0], id: studentQuestion.id });
    }
  } else {
    const ids =
      content.kind === 'own' ? content.set.questions.map((q) => q.id) : content.questionIds;
    for (const id of ids) {
      const question = byId.get(id);
      if (question) key.push(question);
      else missing.push(id);
    }
  }
  if (missing.length > 0) return { ok: false, problem: 'missing-questions', questionIds: missing };
  return { ok: true, key };
}

/** The id of the set an assignment was made from. */
export function setIdOf(assignment: Assignment): string {
  const { content } = assignment;
  return content.kind === 'bundled' || content.kind === 'bundled-edits'
    ? content.setId
    : content.set.id;
}

/** Everything a student sees of a question, in a fixed key order, without its id. */
function viewKey(question: StudentQuestion): string {
  const fields = Object.entries(question).filter(([name]) => name !== 'id');
  return JSON.stringify(fields.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
