import { describe, expect, it } from 'vitest';
import { setProgress } from './progress';

describe('setProgress', () => {
  it('is empty before anything was studied', () => {
    expect(setProgress([], [], 1000)).toEqual({ answered: 0, accuracy: null, dueToday: 0 });
  });

  it('counts distinct questions, and the latest answer to each', () => {
    const progress = setProgress(
      [
        { questionId: 'a', correct: false, answeredAtMs: 1 },
        { questionId: 'b', correct: true, answeredAtMs: 2 },
        { questionId: 'a', correct: true, answeredAtMs: 3 },
        { questionId: 'c', correct: false, answeredAtMs: 4 }
      ],
      [],
      1000
    );
    expect(progress.answered).toBe(3);
    expect(progress.accuracy).toBeCloseTo(2 / 3);
  });

  it('counts cards due before the next study day, not new ones', () => {
    const cards = [
      { dueMs: 10, phase: 'review' },
      { dueMs: 999, phase: 'learning' },
      { dueMs: 1000, phase: 'review' },
      { dueMs: 5, phase: 'new' }
    ];
    expect(setProgress([], cards, 1000).dueToday).toBe(2);
  });
});
