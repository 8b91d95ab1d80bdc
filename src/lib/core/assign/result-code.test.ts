/** Result codes: round trips, pasting, and refusal of damaged, foreign or hostile codes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { submissionOf, T0 } from './test-fixtures';
import {
  decodeResultCode,
  encodeResultCode,
  findResultCodes,
  type Submission
} from './result-code';

const codeOf = (submission: Submission) => {
  const result = encodeResultCode(submission);
  if (!result.ok) throw new Error(result.problem);
  return result.code;
};

const text = fc.string({ maxLength: 40 });
const response = fc.oneof(
  text,
  fc.boolean(),
  fc.array(text, { maxLength: 8 }),
  fc.array(fc.tuple(text, text), { maxLength: 8 })
);
const submission = fc
  .record({
    student: fc.string({ minLength: 1, maxLength: 100 }).filter((s) => s.trim() === s && s !== ''),
    attempt: fc.integer({ min: 1, max: 999 }),
    startedAtMs: fc.integer({ min: 0, max: 4_000_000_000_000 }),
    answers: fc.uniqueArray(
      fc.record({
        questionId: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/u),
        response,
        after: fc.nat({ max: 3_600_000 })
      }),
      { selector: (a) => a.questionId, maxLength: 40 }
    ),
    extra: fc.nat({ max: 3_600_000 })
  })
  .map(({ student, attempt, startedAtMs, answers, extra }): Submission => ({
    assignmentId: 'a-prop',
    student,
    attempt,
    startedAtMs,
    finishedAtMs: startedAtMs + Math.max(0, ...answers.map((a) => a.after)) + extra,
    answers: answers.map((a) => ({
      questionId: a.questionId,
      response: a.response,
      answeredAtMs: startedAtMs + a.after
    }))
  }));

describe('result codes', () => {
  it('round-trip any valid submission', () => {
    fc.assert(
      fc.property(submission, (s) => {
        const code = codeOf(s);
        expect(code).toMatch(/^LQ1-[A-Za-z0-9_-]+$/u);
        expect(decodeResultCode(code, { expectedAssignmentId: 'a-prop' })).toEqual({
          ok: true,
          value: s
        });
      })
    );
  });

  it('refuse every changed character and every cut', () => {
    fc.assert(
      fc.property(submission, fc.nat(), fc.constantFrom(...'AZaz09-_'), (s, position, char) => {
        const code = codeOf(s);
        const at = 4 + (position % (code.length - 4));
        fc.pre(code[at] !== char);
        expect(decodeResultCode(code.slice(0, at) + char + code.slice(at + 1)).ok).toBe(false);
        expect(decodeResultCode(code.slice(0, at)).ok).toBe(false);
      })
    );
  });

  it('never throw on garbage and always name the problem', () => {
    const problems = ['malformed', 'unsupported-version', 'checksum', 'too-large', 'invalid'];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `LQ1-${s}`),
          fc.anything()
        ),
        (junk) => {
          const result = decodeResultCode(junk as string);
          expect(result.ok ? 'ok' : result.problem).toSatisfy((p: string) => problems.includes(p));
        }
      )
    );
  });

  it('name a code for another assignment, a newer version and an invalid submission', () => {
    const code = codeOf(submissionOf('Mia', ['Peking']));
    expect(decodeResultCode(code, { expectedAssignmentId: 'a-other' })).toEqual({
      ok: false,
      problem: 'other-assignment'
    });
    expect(decodeResultCode(code.replace('LQ1-', 'LQ3-'))).toEqual({
      ok: false,
      problem: 'unsupported-version'
    });
    // The version outside and inside must agree: a relabelled code is refused.
    expect(decodeResultCode(code.replace('LQ1-', 'LQ2-'))).toEqual({
      ok: false,
      problem: 'invalid'
    });
    expect(encodeResultCode({ ...submissionOf('Mia', []), finishedAtMs: T0 - 1 })).toMatchObject({
      ok: false,
      problem: 'invalid'
    });
    expect(encodeResultCode(submissionOf('  ', ['x']))).toMatchObject({
      ok: false,
      problem: 'invalid'
    });
  });

  it('carry the device id from version 2 on, and still read codes of version 1', () => {
    const withDevice = { ...submissionOf('Max', ['Peking']), deviceId: 'dev-4f9a2b7c' };
    const code = codeOf(withDevice);
    expect(code).toMatch(/^LQ2-/u);
    expect(decodeResultCode(code)).toEqual({ ok: true, value: withDevice });
    // Written by the app before device ids (session 1): it must keep decoding.
    const fromOldApp =
      'LQ1-izbUUUrULUktLlHSUfLNTFTSMdQxNDc3MjG2MDEAAR0zMBkdrVRoCFQSkJqdmZeupGMMEo3VAYoaKemUFJWmQtTFxsYCAOBiz2A';
    expect(decodeResultCode(fromOldApp)).toEqual({
      ok: true,
      value: submissionOf('Mia', ['Peking', true])
    });
    expect(encodeResultCode({ ...withDevice, deviceId: 'no' })).toMatchObject({
      ok: false,
      problem: 'invalid'
    });
  });

  it('are found in pasted text, wrapped over lines, among greetings', () => {
    const a = codeOf(submissionOf('Mia', ['Peking', true]));
    const b = codeOf(submissionOf('Ben', [['a', 'b', 'c']]));
    const wrapped = a.replace(/(.{20})/gu, '$1\n');
    const pasted = `Hallo Frau Weber,\nhier mein Code:\n${wrapped}\n\nViele Grüße\n  ${b}  \nlq1-`;
    const found = findResultCodes(pasted);
    expect(found.slice(0, 2)).toEqual([a, b]);
    expect(decodeResultCode(found[0] ?? '').ok).toBe(true);
    expect(decodeResultCode(found[2] ?? '')).toEqual({ ok: false, problem: 'malformed' });
  });
});
