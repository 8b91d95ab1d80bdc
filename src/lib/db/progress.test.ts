import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openLesequizDb, recordAnswer, recordReview, startAttempt } from '.';
import { progressOfSet } from './progress';

let counter = 0;

describe('progressOfSet', () => {
  it('reads one set’s answers, and nothing of other sets', async () => {
    const db = await openLesequizDb({ name: `progress-${counter++}` });
    const options = { feedback: 'immediate' as const, questionTypes: [], grading: {} };
    for (const setId of ['s1', 's2']) {
      await startAttempt(db, {
        id: `a-${setId}`,
        setId,
        questionIds: ['q1', 'q2'],
        options,
        currentIndex: 0,
        startedAtMs: 0
      });
    }
    const now = Date.UTC(2026, 0, 10, 12);
    await recordAnswer(db, {
      attemptId: 'a-s1',
      questionId: 'q1',
      response: 'x',
      correct: false,
      answeredAtMs: now,
      cardId: 's1/f1'
    });
    await recordAnswer(db, {
      attemptId: 'a-s1',
      questionId: 'q2',
      response: 'y',
      correct: true,
      answeredAtMs: now + 1,
      cardId: 's1/f2'
    });
    await recordAnswer(db, {
      attemptId: 'a-s2',
      questionId: 'q1',
      response: 'z',
      correct: true,
      answeredAtMs: now
    });
    await recordReview(db, { cardId: 's2/f9', setId: 's2', rating: 'easy', nowMs: now });

    expect(await progressOfSet(db, 's1')).toEqual({ answered: 2, accuracy: 0.5 });
    expect(await progressOfSet(db, 's2')).toEqual({ answered: 1, accuracy: 1 });
    expect(await progressOfSet(db, 'none')).toEqual({ answered: 0, accuracy: null });
  });
});
