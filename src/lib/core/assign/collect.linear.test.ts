/**
 * Regression: a long chat export pasted into the result collector took quadratic time (16,000
 * lines: 7 s), because every one-word line after a code was tried as the code's continuation,
 * each try decoding everything before it again. Work is counted here, not timed: the characters
 * handed to the decoder stay proportional to the paste.
 */
import { describe, expect, it, vi } from 'vitest';
import { checksumSplits, collectResultCodes } from './collect';
import { answerKeyFor } from './key';
import { encodeResultCode } from './result-code';
import { assignmentOf, secretSet, submissionOf } from './test-fixtures';

const decoded = vi.hoisted(() => ({ calls: 0, chars: 0 }));
vi.mock('./result-code', async (original) => {
  const actual = await original<typeof import('./result-code')>();
  return {
    ...actual,
    decodeResultCode: (code: string, options?: { expectedAssignmentId?: string }) => {
      decoded.calls++;
      decoded.chars += code.length;
      return actual.decodeResultCode(code, options);
    }
  };
});

const set = secretSet();
const assignment = assignmentOf(set, {
  id: 'a-test',
  questions: { ids: ['q-mc', 'q-tf'] },
  answerKey: 'withheld',
  feedback: 'after-grading'
});
const keyResult = answerKeyFor(assignment, set);
if (!keyResult.ok) throw new Error(keyResult.problem);

function codeOf(name: string): string {
  const encoded = encodeResultCode(submissionOf(name, ['Peking', false]));
  if (!encoded.ok) throw new Error(encoded.problem);
  return encoded.code;
}

/** A chat export: codes wrapped over lines, each followed by many one-word lines. */
function chat(names: string[], chatter: number): string {
  const lines: string[] = [];
  for (const name of names) {
    const code = codeOf(name);
    for (let at = 0; at < code.length; at += 40) lines.push(code.slice(at, at + 40));
    for (let i = 0; i < chatter; i++) lines.push(['ok', 'Danke', name, 'Super', 'xD'][i % 5]!);
  }
  return lines.join('\n');
}

describe('collecting result codes is linear in the paste', () => {
  it('a wrapped code followed by 16,000 one-word lines is found, decoding it about once', () => {
    const text = chat(['Mia'], 16_000);
    decoded.calls = 0;
    decoded.chars = 0;
    const result = collectResultCodes(text, assignment, keyResult.key, []);
    expect(result.ok && result.accepted.map((s) => s.student)).toEqual(['Mia']);
    expect(decoded.calls).toBeLessThanOrEqual(2);
    expect(decoded.chars).toBeLessThanOrEqual(2 * text.length);
  });

  it('the decoder sees twice as much for a paste twice as long, never four times', () => {
    const work = (lines: number) => {
      const text = chat(['Mia', 'Ben', 'Ali'], lines);
      decoded.chars = 0;
      collectResultCodes(text, assignment, keyResult.key, []);
      return decoded.chars / text.length;
    };
    const small = work(2_000);
    const large = work(8_000);
    expect(large).toBeLessThanOrEqual(small * 1.1);
  });

  it('only the splits whose checksum holds are candidates', () => {
    const code = codeOf('Mia');
    const parts = [code.slice(0, 40), code.slice(40), 'Mia', 'Danke'];
    expect(checksumSplits(parts)).toEqual([2]);
    expect(checksumSplits(['LQ2-AAAA', 'Mia'])).toEqual([]);
  });
});
