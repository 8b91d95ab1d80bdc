import { describe, expect, it } from 'vitest';
import { recordAnswer } from './answers';
import { startAttempt } from './attempts';
import { recordReview } from './card-reviews';
import { StorageError } from './errors';
import { readStatsSnapshot } from './stats';
import { DAY, freshDb, MINUTE, sampleSet, T0 } from './test-helpers';

const set = sampleSet();

describe('readStatsSnapshot', () => {
  it('reports an empty database as never studied', async () => {
    const db = await freshDb();
    expect(await readStatsSnapshot(db, 0, Number.MAX_SAFE_INTEGER)).toEqual({
      answers: [],
      reviews: [],
      cards: [],
      everStudied: false
    });
    db.close();
  });

  it('loads the logs inside the range only, but every card, and remembers older study', async () => {
    const db = await freshDb();
    await startAttempt(db, {
      id: 'a1',
      setId: set.id,
      questionIds: ['q1', 'q2'],
      options: { feedback: 'immediate', questionTypes: ['short-answer'], grading: {} },
      currentIndex: 0,
      startedAtMs: T0
    });
    await recordAnswer(db, {
      attemptId: 'a1',
      questionId: 'q1',
      response: 'Kanada',
      correct: true,
      answeredAtMs: T0,
      cardId: `${set.id}/f1`
    });
    await recordReview(db, {
      cardId: `${set.id}/f2`,
      setId: set.id,
      rating: 'good',
      nowMs: T0 + 40 * DAY
    });
    await recordAnswer(db, {
      attemptId: 'a1',
      questionId: 'q2',
      response: false,
      correct: false,
      answeredAtMs: T0 + 40 * DAY + MINUTE
    });

    const recent = await readStatsSnapshot(db, T0 + 30 * DAY, T0 + 41 * DAY);
    expect(recent.answers.map((answer) => [answer.questionId, answer.correct])).toEqual([
      ['q2', false]
    ]);
    expect(recent.reviews.map((review) => [review.cardId, review.source])).toEqual([
      [`${set.id}/f2`, 'flashcard']
    ]);
    expect(recent.cards.map((card) => card.cardId).sort()).toEqual([
      `${set.id}/f1`,
      `${set.id}/f2`
    ]);
    expect(recent.everStudied).toBe(true);

    // Only old study: nothing in the range, yet not "never studied".
    const later = await readStatsSnapshot(db, T0 + 100 * DAY, T0 + 130 * DAY);
    expect(later.answers).toEqual([]);
    expect(later.reviews).toEqual([]);
    expect(later.everStudied).toBe(true);
    db.close();
  });

  it('rejects with a StorageError on a closed connection', async () => {
    const db = await freshDb();
    db.close();
    await expect(readStatsSnapshot(db, 0, 1)).rejects.toBeInstanceOf(StorageError);
  });
});
