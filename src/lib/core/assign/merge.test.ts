import { describe, expect, it } from 'vitest';
import { mergeStudentAttempts, mergeSubmissions, type MergeableAttempt } from './merge';
import { submissionOf, T0 } from './test-fixtures';

describe('mergeSubmissions', () => {
  it('adds only results not stored yet, each once, after the stored ones', () => {
    const mia = submissionOf('Mia', ['Peking', false]);
    const ben = submissionOf('Ben', ['Bern', true]);
    const eva = submissionOf('Eva', ['Ottawa', true]);
    const result = mergeSubmissions([mia], [ben, mia, ben, eva]);
    expect(result.added).toEqual([ben, eva]);
    expect(result.merged).toEqual([mia, ben, eva]);
    expect(result.duplicates).toBe(2);
  });

  it('tells two attempts of the same student apart', () => {
    const first = submissionOf('Mia', ['Peking']);
    const second = { ...first, attempt: 2 };
    expect(mergeSubmissions([first], [second]).added).toEqual([second]);
  });
});

type Attempt = MergeableAttempt & { student: string };

function attempt(number: number, seed: string, answers: [string, number][], finishedAtMs?: number) {
  const result: Attempt = {
    number,
    seed,
    student: 'Mia',
    startedAtMs: T0 + number,
    answers: answers.map(([questionId, at]) => ({ questionId, answeredAtMs: T0 + at }))
  };
  if (finishedAtMs !== undefined) result.finishedAtMs = T0 + finishedAtMs;
  return result;
}

describe('mergeStudentAttempts', () => {
  it('keeps what both devices have once and counts nothing', () => {
    const local = [attempt(1, 's1', [['q1', 10]], 20)];
    expect(mergeStudentAttempts(local, structuredClone(local))).toEqual({
      merged: local,
      added: 0,
      continued: 0
    });
  });

  it('continues an unfinished attempt with the answers given on the other device', () => {
    const local = [attempt(1, 's1', [['q1', 10]])];
    const other = [
      attempt(
        1,
        's1',
        [
          ['q1', 5],
          ['q2', 30]
        ],
        40
      )
    ];
    // The other copy was finished there: it is taken as it is.
    expect(mergeStudentAttempts(local, other)).toEqual({ merged: other, added: 0, continued: 1 });

    const unfinished = [
      attempt(1, 's1', [
        ['q1', 5],
        ['q2', 30]
      ])
    ];
    const { merged, continued } = mergeStudentAttempts(local, unfinished);
    expect(continued).toBe(1);
    // The later answer to q1 (this device's) wins; q2 comes from the other device.
    expect(merged[0]?.answers).toEqual([
      { questionId: 'q1', answeredAtMs: T0 + 10 },
      { questionId: 'q2', answeredAtMs: T0 + 30 }
    ]);
  });

  it('never changes a finished attempt of this device (its result may have been sent)', () => {
    const local = [attempt(1, 's1', [['q1', 10]], 20)];
    const other = [
      attempt(1, 's1', [
        ['q1', 10],
        ['q2', 30]
      ])
    ];
    expect(mergeStudentAttempts(local, other)).toEqual({ merged: local, added: 0, continued: 0 });
  });

  it('adds another attempt, renumbered after the last one only when its number is taken', () => {
    const local = [attempt(1, 'here', [['q1', 10]], 20)];
    const other = [attempt(1, 'there', [['q1', 50]], 60), attempt(5, 'there-5', [], 70)];
    const { merged, added } = mergeStudentAttempts(local, other);
    expect(added).toBe(2);
    expect(merged.map((a) => [a.number, a.seed])).toEqual([
      [1, 'here'],
      [2, 'there'],
      [5, 'there-5']
    ]);
  });
});
