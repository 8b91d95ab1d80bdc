/** "Accept this answer": the key takes a student's text as an alternative; everyone is regraded. */
import { describe, expect, it } from 'vitest';
import { acceptResponse, canAccept } from './accept';
import { answerKeyFor } from './key';
import { buildClassReport } from './report';
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
const key = keyResult.key;

describe('acceptResponse', () => {
  it('regrades every submission that gave the accepted answer, and leaves the old key alone', () => {
    // q3 is the cloze with a word bank (answer: Wien); two students wrote Graz.
    const submissions = [
      submissionOf('Mia', ['Peking', false, 'Graz']),
      submissionOf('Ben', ['Ottawa', false, ' graz ']),
      submissionOf('Eva', ['Peking', false, 'Linz'])
    ];
    const before = buildClassReport(assignment, key, submissions);
    const accepted = acceptResponse(key, 'q3', 'Graz');
    const after = buildClassReport(assignment, accepted, submissions);
    if (!before.ok || !after.ok) throw new Error('report');
    const q3 = (report: typeof before) =>
      report.ok ? report.report.students.map((s) => [s.name, s.answers[2]?.correct]) : [];
    expect(q3(before)).toEqual([
      ['Ben', false],
      ['Eva', false],
      ['Mia', false]
    ]);
    expect(q3(after)).toEqual([
      ['Ben', true],
      ['Eva', false],
      ['Mia', true]
    ]);
    expect(key[2]?.accept).toEqual(['GEHEIM-CLOZE-ACCEPT']);
    expect(accepted[2]?.accept).toEqual(['GEHEIM-CLOZE-ACCEPT', 'Graz']);
    expect(acceptResponse(accepted, 'q3', 'Graz')).toEqual(accepted);
  });

  it('applies to text answers only: not to true/false, order or match, nor to an empty answer', () => {
    expect(key.map((q) => canAccept(q, 'x'))).toEqual([
      true,
      false,
      true,
      true,
      true,
      false,
      false,
      false
    ]);
    expect(canAccept(key[0]!, '  ')).toBe(false);
    expect(canAccept(key[0]!, true)).toBe(false);
    expect(acceptResponse(key, 'q2', 'wahr')).toEqual(key);
  });
});
