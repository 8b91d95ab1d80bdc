/** Collecting pasted result codes: damaged, foreign and repeated codes, and the class limit. */
import { describe, expect, it } from 'vitest';
import { collectResultCodes } from './collect';
import { answerKeyFor } from './key';
import { MAX_CLASS_SIZE } from './report';
import { encodeResultCode, type Submission } from './result-code';
import { assignmentOf, secretSet, submissionOf } from './test-fixtures';

const set = secretSet();
const assignment = assignmentOf(set, {
  id: 'a-test',
  questions: { ids: ['q-mc', 'q-tf'] },
  answerKey: 'withheld',
  feedback: 'after-grading'
});
const keyResult = answerKeyFor(assignment, set);
if (!keyResult.ok) throw new Error(keyResult.problem);
const key = keyResult.key;

function codeOf(submission: Submission): string {
  const encoded = encodeResultCode(submission);
  if (!encoded.ok) throw new Error(encoded.problem);
  return encoded.code;
}

describe('collectResultCodes', () => {
  it('takes the good codes of a chat paste and names each bad one', () => {
    const mia = codeOf(submissionOf('Mia', ['Peking', false]));
    const ben = codeOf(submissionOf('Ben', ['Bern', true]));
    const foreign = codeOf({ ...submissionOf('Eve', ['Peking']), assignmentId: 'a-other' });
    const damaged = `${ben.slice(0, 20)}${ben[20] === 'A' ? 'B' : 'A'}${ben.slice(21)}`;
    const text = `Hallo, hier ist mein Code:\n${mia}\n\n${foreign}\nund noch einer:\n${damaged}\n${ben}\n${mia}`;

    const result = collectResultCodes(text, assignment, key, []);
    if (!result.ok) throw new Error(result.problem);
    expect(result.accepted.map((s) => s.student)).toEqual(['Mia', 'Ben']);
    expect(result.duplicates).toBe(1);
    expect(result.problems).toEqual([
      { code: foreign, problem: 'other-assignment' },
      { code: damaged, problem: 'checksum' }
    ]);
  });

  it('counts a code already stored as a duplicate', () => {
    const mia = submissionOf('Mia', ['Peking', false]);
    const result = collectResultCodes(codeOf(mia), assignment, key, [mia]);
    expect(result).toEqual({ ok: true, accepted: [], duplicates: 1, problems: [] });
  });

  it('says so when the text holds no code at all', () => {
    expect(collectResultCodes('Viele Grüße, Mia', assignment, key, [])).toEqual({
      ok: false,
      problem: 'no-codes'
    });
  });

  it('refuses the whole paste when the class would pass the limit', () => {
    const stored = Array.from({ length: MAX_CLASS_SIZE }, (_, i) =>
      submissionOf(`Kind ${i}`, ['Peking'])
    );
    const one = codeOf(submissionOf('Noch eins', ['Peking']));
    expect(collectResultCodes(one, assignment, key, stored)).toEqual({
      ok: false,
      problem: 'too-many-students',
      limit: MAX_CLASS_SIZE
    });
    expect(collectResultCodes(one, assignment, key, stored.slice(1)).ok).toBe(true);
  });

  it('refuses a paste of 5,000 codes at once, without reading past the class limit', () => {
    const codes = Array.from({ length: 5000 }, (_, i) =>
      codeOf({
        ...submissionOf(`Kind ${i}`, ['Peking']),
        deviceId: `d${String(i).padStart(15, '0')}`
      })
    );
    expect(collectResultCodes(codes.join('\n'), assignment, key, [])).toEqual({
      ok: false,
      problem: 'too-many-students',
      limit: MAX_CLASS_SIZE
    });
  });

  it('reads a code with a name on the line under it, and one wrapped over lines', () => {
    const mia = codeOf(submissionOf('Mia', ['Peking', false]));
    const ben = codeOf(submissionOf('Ben', ['Bern', true]));
    const wrapped = `${ben.slice(0, 30)}\n${ben.slice(30)}`;
    const result = collectResultCodes(`${mia}\nMia\n\n${wrapped}\nBen`, assignment, key, []);
    if (!result.ok) throw new Error(result.problem);
    expect(result.accepted.map((s) => s.student)).toEqual(['Mia', 'Ben']);
    expect(result.problems).toEqual([]);
  });
});
