/** The key editor: changing what counts as right regrades every submission from the new key. */
import { describe, expect, it } from 'vitest';
import type { Question } from '../quizset/schema';
import { acceptResponse } from './accept';
import {
  acceptLines,
  applyKeyEdit,
  keyDifferences,
  keyEditOf,
  MAX_ACCEPTED,
  replaceInKey,
  restoreOriginal,
  scoreChanges,
  type KeyEdit
} from './key-edit';
import { answerKeyFor } from './key';
import { buildClassReport, type ClassReport } from './report';
import { assignmentOf, secretSet, submissionOf } from './test-fixtures';

const set = secretSet();
const assignment = assignmentOf(set, {
  id: 'a-test',
  questions: { ids: set.questions.map((q) => q.id) },
  answerKey: 'withheld',
  feedback: 'after-grading'
});
const keyResult = answerKeyFor(assignment, set);
if (!keyResult.ok) throw new Error(keyResult.problem);
/** q1 mc (Peking), q2 tf (false), q3 cloze with bank (Wien), q4 typed cloze, q5 short answer,
 * q6 order (Zuerst, Dann, Am Ende), q7 match (Anna–Zürich, Bert–Aachen, Cem–Mainz), q8 card. */
const key = keyResult.key;
const question = (id: string) => key.find((q) => q.id === id) as Question;

function edited(id: string, edit: KeyEdit): Question {
  const result = applyKeyEdit(question(id), edit);
  if (!result.ok) throw new Error(result.problem);
  return result.question;
}

function report(k: readonly Question[], submissions = SUBMISSIONS): ClassReport {
  const built = buildClassReport(assignment, k, submissions, { language: 'de' });
  if (!built.ok) throw new Error(built.problem);
  return built.report;
}

const pointsOf = (r: ClassReport) => Object.fromEntries(r.students.map((s) => [s.name, s.points]));

const SUBMISSIONS = [
  submissionOf('Mia', [
    'Ottawa',
    true,
    'Graz',
    'Montag',
    'im Mai',
    ['Dann', 'Zuerst', 'Am Ende'],
    [
      ['Anna', 'Aachen'],
      ['Bert', 'Zürich'],
      ['Cem', 'Mainz']
    ],
    'x'
  ]),
  submissionOf('Ben', [
    'Peking',
    false,
    'Wien',
    'Dienstag',
    'GEHEIM-SHORT-ANSWER',
    ['Zuerst', 'Dann', 'Am Ende'],
    [
      ['Anna', 'Zürich'],
      ['Bert', 'Aachen'],
      ['Cem', 'Mainz']
    ],
    'y'
  ])
];

describe('applyKeyEdit', () => {
  it('changes the right choice of a multiple-choice question, and everyone is regraded', () => {
    const before = report(key);
    const next = replaceInKey(
      key,
      edited('q1', { type: 'multiple-choice', answer: 'Ottawa', accept: [] })
    );
    const after = report(next);
    expect(before.students.find((s) => s.name === 'Mia')?.answers[0]?.correct).toBe(false);
    expect(after.students.find((s) => s.name === 'Mia')?.answers[0]?.correct).toBe(true);
    expect(after.students.find((s) => s.name === 'Ben')?.answers[0]?.correct).toBe(false);
    expect(scoreChanges(before, after)).toEqual([
      {
        studentId: 'name:ben',
        name: 'Ben',
        before: pointsOf(before).Ben,
        after: pointsOf(before).Ben! - 1
      },
      {
        studentId: 'name:mia',
        name: 'Mia',
        before: pointsOf(before).Mia,
        after: pointsOf(before).Mia! + 1
      }
    ]);
  });

  it('lets a second choice count too, but never an answer the students could not pick', () => {
    const both = edited('q1', { type: 'multiple-choice', answer: 'Peking', accept: ['Ottawa'] });
    const after = report(replaceInKey(key, both));
    expect(after.students.map((s) => s.answers[0]?.correct)).toEqual([true, true]);
    expect(
      applyKeyEdit(question('q1'), { type: 'multiple-choice', answer: 'Paris', accept: [] })
    ).toEqual({ ok: false, problem: 'not-a-choice' });
  });

  it('flips the verdict of a true/false statement', () => {
    const after = report(replaceInKey(key, edited('q2', { type: 'true-false', answer: true })));
    expect(after.students.map((s) => [s.name, s.answers[1]?.correct])).toEqual([
      ['Ben', false],
      ['Mia', true]
    ]);
  });

  it('changes a gap answer within its word bank, and refuses one outside it', () => {
    const graz = edited('q3', { type: 'cloze', answer: 'Graz', accept: [] });
    expect(report(replaceInKey(key, graz)).students.map((s) => s.answers[2]?.correct)).toEqual([
      false,
      true
    ]);
    expect(applyKeyEdit(question('q3'), { type: 'cloze', answer: 'Salzburg', accept: [] })).toEqual(
      { ok: false, problem: 'not-in-word-bank' }
    );
  });

  it('takes accepted typed answers, trimmed, without repeats of the answer or each other', () => {
    const q5 = edited('q5', {
      type: 'short-answer',
      answer: ' GEHEIM-SHORT-ANSWER ',
      accept: ['im Mai', ' IM MAI', '', 'geheim-short-answer', 'GEHEIM-SHORT-ACCEPT']
    });
    expect(q5).toMatchObject({
      answer: 'GEHEIM-SHORT-ANSWER',
      accept: ['im Mai', 'GEHEIM-SHORT-ACCEPT']
    });
    expect(report(replaceInKey(key, q5)).students.map((s) => s.answers[4]?.correct)).toEqual([
      true,
      true
    ]);
    // Without alternatives the field goes away rather than staying as an empty list.
    const bare = edited('q5', { type: 'short-answer', answer: 'Montag', accept: [] });
    expect('accept' in bare).toBe(false);
  });

  it('refuses an empty answer, overlong text and too many alternatives', () => {
    const q4 = question('q4');
    expect(applyKeyEdit(q4, { type: 'cloze', answer: '  ', accept: [] })).toEqual({
      ok: false,
      problem: 'required'
    });
    expect(applyKeyEdit(q4, { type: 'cloze', answer: 'x'.repeat(2001), accept: [] })).toEqual({
      ok: false,
      problem: 'too-long'
    });
    const many = Array.from({ length: MAX_ACCEPTED + 1 }, (_, i) => `Tag ${i}`);
    expect(applyKeyEdit(q4, { type: 'cloze', answer: 'Montag', accept: many })).toEqual({
      ok: false,
      problem: 'too-many'
    });
    expect(applyKeyEdit(q4, { type: 'true-false', answer: true })).toEqual({
      ok: false,
      problem: 'other-type'
    });
  });

  it('changes the right order, with partial credit per position following it', () => {
    const q6 = edited('q6', { type: 'order', answer: ['Dann', 'Zuerst', 'Am Ende'] });
    const after = report(replaceInKey(key, q6));
    const mia = after.students.find((s) => s.name === 'Mia');
    const ben = after.students.find((s) => s.name === 'Ben');
    expect(mia?.answers[5]).toMatchObject({ correct: true });
    expect(ben?.answers[5]).toMatchObject({ correct: false, partial: { correct: 1, total: 3 } });
    expect(applyKeyEdit(question('q6'), { type: 'order', answer: ['Dann', 'Zuerst'] })).toEqual({
      ok: false,
      problem: 'not-the-items'
    });
    expect(
      applyKeyEdit(question('q6'), { type: 'order', answer: ['Dann', 'Zuerst', 'Zuletzt'] })
    ).toEqual({ ok: false, problem: 'not-the-items' });
  });

  it('changes the pairs of a match, keeping the left items and the right items seen', () => {
    const swapped: [string, string][] = [
      ['Anna', 'Aachen'],
      ['Bert', 'Zürich'],
      ['Cem', 'Mainz']
    ];
    const after = report(replaceInKey(key, edited('q7', { type: 'match', answer: swapped })));
    expect(
      after.students.map((s) => [s.name, s.answers[6]?.correct, s.answers[6]?.partial])
    ).toEqual([
      ['Ben', false, { correct: 1, total: 3 }],
      ['Mia', true, { correct: 3, total: 3 }]
    ]);
    const twice: [string, string][] = [
      ['Anna', 'Aachen'],
      ['Bert', 'Aachen'],
      ['Cem', 'Mainz']
    ];
    expect(applyKeyEdit(question('q7'), { type: 'match', answer: twice })).toEqual({
      ok: false,
      problem: 'not-the-pairs'
    });
  });

  it('keeps everything the students saw and says whether the key changed at all', () => {
    const same = applyKeyEdit(question('q1'), keyEditOf(question('q1')));
    expect(same).toEqual({ ok: true, question: question('q1'), changed: false });
    const mc = edited('q1', { type: 'multiple-choice', answer: 'Bern', accept: [] });
    expect(mc).toEqual({ ...question('q1'), answer: 'Bern' });
  });
});

describe('keyDifferences and restoreOriginal', () => {
  it('lists edited and accepted questions against the original key, and restores one', () => {
    const changed = replaceInKey(
      acceptResponse(key, 'q4', 'Montag'),
      edited('q2', { type: 'true-false', answer: true })
    );
    const differences = keyDifferences(key, changed);
    expect(differences.map((d) => [d.index, d.original.answer, d.current.answer])).toEqual([
      [1, false, true],
      [3, 'GEHEIM-CLOZE-ANSWER', 'GEHEIM-CLOZE-ANSWER']
    ]);
    const restored = restoreOriginal(changed, key, 'q2');
    expect(keyDifferences(key, restored).map((d) => d.current.id)).toEqual(['q4']);
    expect(keyDifferences(undefined, changed)).toEqual([]);
  });
});

describe('acceptLines', () => {
  it('reads one alternative a line, trimmed, without empty lines', () => {
    expect(acceptLines(' Mai \r\n\n im Mai\n')).toEqual(['Mai', 'im Mai']);
  });
});
