import { describe, expect, it } from 'vitest';
import { setProgress } from './progress';

describe('setProgress', () => {
  it('is empty before anything was studied', () => {
    expect(setProgress([])).toEqual({ answered: 0, accuracy: null });
  });

  it('counts distinct questions, and the latest answer to each', () => {
    const progress = setProgress([
      { questionId: 'a', correct: false, answeredAtMs: 1 },
      { questionId: 'b', correct: true, answeredAtMs: 2 },
      { questionId: 'a', correct: true, answeredAtMs: 3 },
      { questionId: 'c', correct: false, answeredAtMs: 4 }
    ]);
    expect(progress.answered).toBe(3);
    expect(progress.accuracy).toBeCloseTo(2 / 3);
  });
});
