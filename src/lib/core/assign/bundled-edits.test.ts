/**
 * Edits to a bundled set travel alone (issue 12, point 2): the link names the app's questions by
 * id, carries the changed and added ones, and a student's app of another version either applies
 * the edits exactly (its copy gives the same fingerprint) or says so, never showing other
 * questions than the teacher's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addQuestion,
  applyCuration,
  deleteQuestion,
  editQuestion,
  emptyCuration,
  moveQuestionTo,
  type Curation
} from '../curation';
import { isQuizQuestion } from '../quiz';
import type { Question, QuizSet } from '../quizset/schema';
import { attemptQuestions } from './attempt';
import { applyBundledEdits, bundledFingerprint, canonicalJson } from './bundled-edits';
import { packJson } from './envelope';
import { answerKeyFor } from './key';
import {
  decodeAssignmentLink,
  encodeAssignmentLink,
  fitsQrCode,
  parseAssignmentFile,
  assignmentFileText
} from './link';
import { gradeSubmission } from './report';
import type { Assignment } from './schema';
import { assignmentOf, bundledSet } from './test-fixtures';

const BASE = 'https://lesequiz.example';
const shipped = bundledSet();
const quizIds = (set: QuizSet) => set.questions.filter(isQuizQuestion).map((q) => q.id);

function linkOf(assignment: Assignment): string {
  const result = encodeAssignmentLink(BASE, assignment);
  if (!result.ok) throw new Error(result.problem);
  return result.link;
}

/** The teacher's edited set: one question changed, which `edit` says how. */
function edited(question: Question): Question {
  return { ...question, prompt: `${question.prompt} (geändert)` };
}

/** A curation like the teacher's in the browser test: one question deleted, one edited. */
function deleteOneEditOne(): {
  curation: Curation;
  set: QuizSet;
  deletedId: string;
  editedId: string;
} {
  const [first, second] = shipped.questions.filter(isQuizQuestion);
  let curation = emptyCuration(shipped.id);
  curation = deleteQuestion(curation, first!.id);
  curation = editQuestion(curation, shipped, edited(second!));
  return {
    curation,
    set: applyCuration(shipped, curation).set,
    deletedId: first!.id,
    editedId: second!.id
  };
}

function assignAll(set: QuizSet, extra: Partial<Parameters<typeof assignmentOf>[1]> = {}) {
  return assignmentOf(set, {
    bundled: true,
    shipped,
    questions: { ids: quizIds(set) },
    ...extra
  });
}

/** The questions a student's app with `copy` shows for `link`. */
function studentSees(link: string, copy: QuizSet) {
  const decoded = decodeAssignmentLink(link);
  if (!decoded.ok) throw new Error(decoded.problem);
  return attemptQuestions(decoded.value, copy);
}

describe('edits to a bundled set', () => {
  it('travel alone: set id, fingerprint, the asked ids and only the edited question', () => {
    const { set, deletedId, editedId } = deleteOneEditOne();
    const assignment = assignAll(set);
    expect(assignment.format).toBe('lesequiz-assignment/2');
    const { content } = assignment;
    if (content.kind !== 'bundled-edits') throw new Error('bundled-edits expected');
    expect(content.setId).toBe(shipped.id);
    expect(content.base).toMatch(/^[0-9a-f]{8}$/);
    expect(content.questionIds).toEqual(quizIds(set));
    expect(content.questionIds).not.toContain(deletedId);
    expect(content.questions.map((q) => q.id)).toEqual([editedId]);
    // No sentence of the article travels.
    expect(JSON.stringify(assignment)).not.toContain(shipped.sentences[3]!);
  });

  it('make a link that fits one QR code where the whole edited set did not', () => {
    const { set } = deleteOneEditOne();
    const link = linkOf(assignAll(set));
    expect(link.startsWith(`${BASE}/a#2.`)).toBe(true);
    expect(fitsQrCode(link)).toBe(true);
    // What the same choice made before: the edited set with its text, as an own set.
    const whole = linkOf(assignmentOf(set, { bundled: false, questions: { ids: quizIds(set) } }));
    expect(fitsQrCode(whole)).toBe(false);
    expect(link.length).toBeLessThan(whole.length / 2);
  });

  it('open on the student’s app as exactly the teacher’s questions, in the teacher’s order', () => {
    let { curation } = deleteOneEditOne();
    const ids = applyCuration(shipped, curation).set.questions.map((q) => q.id);
    curation = moveQuestionTo(curation, ids, ids[4]!, 0);
    curation = addQuestion(curation, {
      id: 't-own',
      type: 'short-answer',
      prompt: 'Wer ist kanadischer Premierminister?',
      answer: 'Mark Carney',
      evidence: [1]
    });
    const set = applyCuration(shipped, curation).set;
    const assignment = assignAll(set);
    const seen = studentSees(linkOf(assignment), shipped);
    expect(seen).toEqual({
      ok: true,
      value: { withKey: true, questions: set.questions.filter(isQuizQuestion) }
    });
    // The teacher grades with the edited key, under the ids the student answers with.
    const key = answerKeyFor(assignment, set);
    if (!key.ok || !seen.ok) throw new Error('key expected');
    expect(key.key).toEqual(seen.value.questions);
    const own = key.key.find((q) => q.id === 't-own')!;
    const graded = gradeSubmission(
      key.key,
      {
        assignmentId: assignment.id,
        student: 'Mia',
        attempt: 1,
        startedAtMs: 0,
        finishedAtMs: 1,
        answers: [{ questionId: own.id, response: 'Mark Carney', answeredAtMs: 1 }]
      },
      { language: 'de' }
    );
    expect(graded.answers.find((a) => a.questionId === 't-own')?.correct).toBe(true);
  });

  it('stay a plain reference when no asked question changed (deleted or reordered only)', () => {
    let curation = deleteQuestion(emptyCuration(shipped.id), quizIds(shipped)[0]!);
    const ids = applyCuration(shipped, curation).set.questions.map((q) => q.id);
    curation = moveQuestionTo(curation, ids, ids.at(-1)!, 0);
    const set = applyCuration(shipped, curation).set;
    const assignment = assignAll(set);
    expect(assignment.format).toBe('lesequiz-assignment/1');
    expect(assignment.content).toEqual({
      kind: 'bundled',
      setId: shipped.id,
      questionIds: quizIds(set),
      base: bundledFingerprint(shipped, quizIds(set))
    });
    expect(linkOf(assignment).startsWith(`${BASE}/a#1.`)).toBe(true);
    // Picking only unedited questions of an edited set refers to them by id as well.
    const { set: editedSet, editedId } = deleteOneEditOne();
    const unedited = quizIds(editedSet).filter((id) => id !== editedId);
    expect(
      assignmentOf(editedSet, { bundled: true, shipped, questions: { ids: unedited } }).content.kind
    ).toBe('bundled');
  });

  it('without the key in the link travel whole as student views: edits would carry answers', () => {
    const { set } = deleteOneEditOne();
    const assignment = assignAll(set, { answerKey: 'withheld', feedback: 'after-grading' });
    expect(assignment.content.kind).toBe('own-withheld');
    expect(assignment.format).toBe('lesequiz-assignment/1');
  });

  it('go into a .quiz.json of format 2 and come back unchanged', () => {
    const { set } = deleteOneEditOne();
    const assignment = assignAll(set);
    expect(parseAssignmentFile(assignmentFileText(assignment))).toEqual({
      ok: true,
      value: assignment
    });
  });
});

describe('a student’s app of another version', () => {
  const { set } = deleteOneEditOne();
  const assignment = assignAll(set);
  const link = linkOf(assignment);
  const edits = assignment.content;
  if (edits.kind !== 'bundled-edits') throw new Error('bundled-edits expected');
  const carried = new Set(edits.questions.map((q) => q.id));
  const referenced = edits.questionIds.filter((id) => !carried.has(id));
  const notAsked = shipped.questions.find((q) => !edits.questionIds.includes(q.id))!;

  const withQuestion = (id: string, change: (q: Question) => Question): QuizSet => ({
    ...shipped,
    questions: shipped.questions.map((q) => (q.id === id ? change(q) : q))
  });

  it('applies the edits when what the link relies on is the same (graceful fallback)', () => {
    // A regenerated set whose other questions changed or went: the link does not use them.
    const other = withQuestion(notAsked.id, (q) => ({ ...q, prompt: 'Ganz anders.' }));
    expect(canonicalJson(other)).not.toBe(canonicalJson(shipped));
    expect(studentSees(link, other)).toEqual(studentSees(link, shipped));
    const fewer = { ...shipped, questions: shipped.questions.filter((q) => q.id !== notAsked.id) };
    expect(studentSees(link, fewer)).toEqual(studentSees(link, shipped));
  });

  it('says so when a question the link names changed under the same id', () => {
    // The generator's ids hash type, prompt and answer: other choices (or another word bank)
    // keep the id.
    const listed = shipped.questions.find(
      (q) =>
        referenced.includes(q.id) &&
        (q.type === 'multiple-choice' || (q.type === 'cloze' && (q.wordBank?.length ?? 0) > 1))
    )!;
    const other = withQuestion(listed.id, (q) =>
      q.type === 'multiple-choice'
        ? { ...q, choices: [...q.choices].reverse() }
        : q.type === 'cloze'
          ? { ...q, wordBank: [...(q.wordBank ?? [])].reverse() }
          : q
    );
    expect(studentSees(link, other)).toEqual({ ok: false, problem: 'other-version' });
  });

  it('says so when a question the link names is missing, or the article changed', () => {
    const missing = {
      ...shipped,
      questions: shipped.questions.filter((q) => q.id !== referenced[0])
    };
    expect(studentSees(link, missing)).toEqual({ ok: false, problem: 'other-version' });
    const text = { ...shipped, sentences: [...shipped.sentences.slice(0, -1), 'Ein neuer Satz.'] };
    expect(studentSees(link, text)).toEqual({ ok: false, problem: 'other-version' });
    expect(studentSees(link, { ...shipped, id: 'another-set' })).toEqual({
      ok: false,
      problem: 'other-version'
    });
  });

  it('refuses a forged link whose carried question points past the article', () => {
    const content = {
      ...edits,
      questions: edits.questions.map((q) => ({
        ...q,
        evidence: [shipped.sentences.length]
      }))
    };
    expect(applyBundledEdits(content, shipped)).toEqual({ ok: false, problem: 'invalid' });
  });
});

describe('links of the two versions', () => {
  const { set } = deleteOneEditOne();
  const edits = assignAll(set);
  const plain = assignmentOf(shipped, { bundled: true, questions: { ids: quizIds(shipped) } });

  it('a `1.` link holding edits is refused: an older app would show the unedited questions', () => {
    expect(decodeAssignmentLink(`${BASE}/a#1.${packJson(edits)}`)).toMatchObject({
      ok: false,
      problem: 'invalid'
    });
    expect(decodeAssignmentLink(`${BASE}/a#2.${packJson(plain)}`)).toMatchObject({
      ok: false,
      problem: 'invalid'
    });
  });

  it('a link made before edits could travel still opens (regression: old links keep decoding)', () => {
    // Written by the app before `bundled-edits` existed (main at 7a6f85c), never to change.
    const old =
      'https://lesequiz.example/a#1.PY8xbsMwDEWvImiOURtFhngLsiTIVHQsOjAWHROWqVii4jpBgN6h1-nWm_Qkles2m_i--D__VdfOdyC61BYD9pEuGYRAR-6Q5aHQC00miZA5a9IgJBbTvAcGA8p5wyjKQFDrGFT99enVltozBXKsgNX3-4faNMSgBvAs6uy8eq4aMMjz7-mxBTZok3uNaA5QtSmAug4NgWDCwGFAv8dx4lzZaHC6JTSxri0-RQyS4oIuxUe8803jqMI7BRHsThLW1roh7ZfFQleOJdXU5VW3xFPPQ2RjZ3eU3USa_zpZ-9s5Sf1f4s4k9xfdZwVVdFjZfFkMq0nPinHMi-Mlt8dznMHJvwVZ5o9m7PXr7fYD0wET9g';
    const decoded = decodeAssignmentLink(old);
    if (!decoded.ok) throw new Error(decoded.problem);
    expect(decoded.value.format).toBe('lesequiz-assignment/1');
    // The ids of the bundled set as it was then (the set is regenerated as the generator
    // improves; a student's app holds the version the link was made for).
    const then = ['q-1icib9l051w9', 'q-1yy01gz0lgvu', 'q-1prxst503dyq'];
    expect(decoded.value.content).toEqual({
      kind: 'bundled',
      setId: shipped.id,
      questionIds: then
    });
    const thenIds = new Map(
      quizIds(shipped)
        .slice(0, 3)
        .map((id, i) => [id, then[i]!])
    );
    const asThen = {
      ...shipped,
      questions: shipped.questions.map((q) => ({ ...q, id: thenIds.get(q.id) ?? q.id }))
    };
    const seen = attemptQuestions(decoded.value, asThen);
    expect(seen.ok && seen.value.questions.map((q) => q.id)).toEqual(then);
    // Without a fingerprint it opens by ids alone, as it always did; a new one is checked.
    const explained = {
      ...asThen,
      questions: asThen.questions.map((q) => ({ ...q, explanation: 'Anders erklärt.' }))
    };
    expect(attemptQuestions(decoded.value, explained).ok).toBe(true);
    const fresh = assignmentOf(asThen, { bundled: true, questions: { ids: then } });
    expect(attemptQuestions(fresh, explained)).toEqual({ ok: false, problem: 'other-version' });
  });

  it('the fingerprint depends on the referenced questions’ order and content only', () => {
    const ids = quizIds(shipped);
    const fp = bundledFingerprint(shipped, ids);
    expect(bundledFingerprint({ ...shipped, title: 'Anders' }, ids)).toBe(fp);
    expect(bundledFingerprint(shipped, [...ids].reverse())).not.toBe(fp);
    expect(bundledFingerprint(shipped, [...ids, 'q-none'])).toBeUndefined();
    const reordered = { ...shipped, questions: [...shipped.questions].reverse() };
    expect(bundledFingerprint(reordered, ids)).toBe(fp);
  });
});

describe('property: any curation, any choice', () => {
  const quiz = shipped.questions.filter(isQuizQuestion);
  const curationArb = fc.record({
    deleted: fc.subarray(quiz.map((q) => q.id)),
    edited: fc.subarray(quiz.map((q) => q.id)),
    added: fc.boolean(),
    moveTo: fc.nat({ max: quiz.length })
  });

  it('the student sees exactly the teacher’s questions, or is told the versions differ', () => {
    fc.assert(
      fc.property(
        curationArb,
        fc.option(fc.nat({ max: shipped.questions.length - 1 }), { nil: undefined }),
        ({ deleted, edited: editIds, added, moveTo }, perturb) => {
          let curation = emptyCuration(shipped.id);
          for (const id of editIds) {
            const q = shipped.questions.find((x) => x.id === id)!;
            curation = editQuestion(curation, shipped, edited(q));
          }
          for (const id of deleted) curation = deleteQuestion(curation, id);
          if (added)
            curation = addQuestion(curation, {
              id: 't-added',
              type: 'true-false',
              prompt: 'Kanada verbietet Hikvision.',
              answer: true,
              evidence: [0]
            });
          const ids = applyCuration(shipped, curation).set.questions.map((q) => q.id);
          if (ids.length > 0) curation = moveQuestionTo(curation, ids, ids[0]!, moveTo);
          const set = applyCuration(shipped, curation).set;
          const asked = quizIds(set);
          fc.pre(asked.length > 0);
          const assignment = assignAll(set);
          const link = linkOf(assignment);
          const expected = set.questions.filter(isQuizQuestion);
          expect(studentSees(link, shipped)).toEqual({
            ok: true,
            value: { withKey: true, questions: expected }
          });
          // Another version of the app: one question of its copy differs.
          if (perturb === undefined) return;
          const copy = {
            ...shipped,
            questions: shipped.questions.map((q, i) =>
              i === perturb ? { ...q, explanation: 'Anders erklärt.' } : q
            )
          };
          const seen = studentSees(link, copy);
          if (seen.ok) expect(seen.value.questions).toEqual(expected);
          else expect(seen.problem).toBe('other-version');
        }
      ),
      { numRuns: 150 }
    );
  });
});
