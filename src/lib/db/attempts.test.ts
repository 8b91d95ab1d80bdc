import { describe, expect, it } from 'vitest';
import { cardIdFor } from '$lib/core/srs';
import {
  answersOfAttempt,
  finishAttempt,
  getAttempt,
  skipQuestion,
  startAttempt,
  unfinishedAttempt
} from './attempts';
import { recordAnswer, recordAnswerOnce } from './answers';
import { getCard, reviewsBetween } from './cards';
import { StorageError } from './errors';
import { openLesequizDb } from './open';
import type { AttemptRecord } from './records';
import type { LesequizDb } from './schema';
import { freshDb, MINUTE, sampleSet, T0, uniqueName, withFullDisk } from './test-helpers';

const set = sampleSet();
const attempt: AttemptRecord = {
  id: 'attempt-1',
  setId: set.id,
  questionIds: ['q1', 'q2', 'q3'],
  options: { feedback: 'immediate', questionTypes: ['short-answer', 'true-false'], grading: {} },
  currentIndex: 0,
  startedAtMs: T0
};

async function everything(db: LesequizDb) {
  const tx = db.transaction(['answers', 'cards', 'reviews', 'attempts']);
  return {
    answers: await tx.objectStore('answers').getAll(),
    cards: await tx.objectStore('cards').getAll(),
    reviews: await tx.objectStore('reviews').getAll(),
    attempts: await tx.objectStore('attempts').getAll()
  };
}

describe('recordAnswer', () => {
  it('stores the answer, the resume position, the card and its review together', async () => {
    const db = await freshDb();
    await startAttempt(db, attempt);
    const result = await recordAnswer(db, {
      attemptId: attempt.id,
      questionId: 'q1',
      response: 'kanada',
      correct: true,
      answeredAtMs: T0 + MINUTE,
      cardId: cardIdFor(set.id, set.questions[0]!)
    });
    expect(result.attempt.currentIndex).toBe(1);
    expect(result.card).toMatchObject({ cardId: 'hikvision/f1', phase: 'learning', reps: 1 });

    const stored = await everything(db);
    expect(stored.answers).toEqual([
      {
        seq: 1,
        attemptId: attempt.id,
        setId: set.id,
        questionId: 'q1',
        response: 'kanada',
        correct: true,
        answeredAtMs: T0 + MINUTE
      }
    ]);
    expect(stored.cards).toEqual([{ ...result.card, setId: set.id }]);
    expect(stored.reviews).toMatchObject([
      { cardId: 'hikvision/f1', rating: 'good', source: 'quiz', phaseBefore: 'new' }
    ]);
    expect((await getAttempt(db, attempt.id))?.currentIndex).toBe(1);
    db.close();
  });

  it('rates a wrong answer Again, and two questions about one fact share its card', async () => {
    const db = await freshDb();
    await startAttempt(db, attempt);
    await recordAnswer(db, {
      attemptId: attempt.id,
      questionId: 'q2',
      response: false,
      correct: false,
      answeredAtMs: T0,
      cardId: cardIdFor(set.id, set.questions[1]!)
    });
    await recordAnswer(db, {
      attemptId: attempt.id,
      questionId: 'q3',
      response: 'China',
      correct: true,
      answeredAtMs: T0 + MINUTE,
      cardId: cardIdFor(set.id, set.questions[2]!)
    });
    const reviews = await reviewsBetween(db, 0, T0 + MINUTE);
    expect(reviews.map((review) => [review.cardId, review.rating])).toEqual([
      ['hikvision/f2', 'again'],
      ['hikvision/f2', 'good']
    ]);
    expect((await getCard(db, 'hikvision/f2'))?.reps).toBe(2);
    db.close();
  });

  it('resumes on the question after the last one answered, across a reopen', async () => {
    const name = uniqueName();
    const db = await openLesequizDb({ name });
    await startAttempt(db, attempt);
    await recordAnswer(db, {
      attemptId: attempt.id,
      questionId: 'q1',
      response: 'Kanada',
      correct: true,
      answeredAtMs: T0
    });
    await recordAnswer(db, {
      attemptId: attempt.id,
      questionId: 'q2',
      response: true,
      correct: true,
      answeredAtMs: T0 + MINUTE
    });
    db.close(); // the tab is closed mid-quiz

    const reopened = await openLesequizDb({ name });
    const resumed = await unfinishedAttempt(reopened, set.id);
    expect(resumed?.currentIndex).toBe(2);
    expect(resumed && resumed.questionIds[resumed.currentIndex]).toBe('q3');
    expect((await answersOfAttempt(reopened, attempt.id)).map((a) => a.questionId)).toEqual([
      'q1',
      'q2'
    ]);
    // Going back to an earlier question never moves the resume point backwards.
    const again = await recordAnswer(reopened, {
      attemptId: attempt.id,
      questionId: 'q1',
      response: 'Kanada',
      correct: true,
      answeredAtMs: T0 + 2 * MINUTE
    });
    expect(again.attempt.currentIndex).toBe(2);

    await finishAttempt(reopened, attempt.id, T0 + 3 * MINUTE);
    expect(await unfinishedAttempt(reopened, set.id)).toBeUndefined();
    expect((await getAttempt(reopened, attempt.id))?.finishedAtMs).toBe(T0 + 3 * MINUTE);
    reopened.close();
  });

  it('stores nothing when any part fails', async () => {
    const db = await freshDb();
    await startAttempt(db, attempt);
    const before = await everything(db);

    // An unknown attempt fails before writing.
    await expect(
      recordAnswer(db, {
        attemptId: 'nope',
        questionId: 'q1',
        response: 'x',
        correct: false,
        answeredAtMs: T0
      })
    ).rejects.toBeInstanceOf(StorageError);

    // An invalid clock makes the scheduler throw after the answer and attempt were written.
    await expect(
      recordAnswer(db, {
        attemptId: attempt.id,
        questionId: 'q1',
        response: 'x',
        correct: false,
        answeredAtMs: Number.NaN,
        cardId: 'hikvision/f1'
      })
    ).rejects.toBeInstanceOf(StorageError);
    expect(await everything(db)).toEqual(before);
    db.close();
  });

  it('surfaces a full disk as a quota-exceeded StorageError and keeps nothing', async () => {
    const db = await freshDb();
    await startAttempt(db, attempt);
    const before = await everything(db);
    // The card write fails as a full disk would: after the answer and attempt were written.
    const fullDisk = withFullDisk(db, 'cards', 'put');
    const error = await recordAnswer(fullDisk, {
      attemptId: attempt.id,
      questionId: 'q1',
      response: 'Kanada',
      correct: true,
      answeredAtMs: T0,
      cardId: 'hikvision/f1'
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).kind).toBe('quota-exceeded');
    expect(await everything(db)).toEqual(before);
    db.close();
  });

  it('"Weiß ich nicht" is a wrong answer, marked as such, that rates the card Again', async () => {
    const db = await freshDb();
    await startAttempt(db, attempt);
    await recordAnswer(db, {
      attemptId: attempt.id,
      questionId: 'q1',
      response: '',
      correct: false,
      answeredAtMs: T0,
      cardId: 'hikvision/f1',
      how: 'dont-know'
    });
    const stored = await everything(db);
    expect(stored.answers).toMatchObject([{ response: '', correct: false, how: 'dont-know' }]);
    expect(stored.reviews).toMatchObject([{ cardId: 'hikvision/f1', rating: 'again' }]);
    db.close();
  });

  it('"Ich lag richtig" logs an override and replaces the Again review by a Good one', async () => {
    const db = await freshDb();
    await startAttempt(db, attempt);
    const wrong = await recordAnswer(db, {
      attemptId: attempt.id,
      questionId: 'q1',
      response: 'Kannada',
      correct: false,
      answeredAtMs: T0,
      cardId: 'hikvision/f1'
    });
    const overruled = await recordAnswer(db, {
      attemptId: attempt.id,
      questionId: 'q1',
      response: 'Kannada',
      correct: true,
      answeredAtMs: T0 + MINUTE,
      cardId: 'hikvision/f1',
      how: 'override'
    });
    const stored = await everything(db);
    expect(stored.answers.map((a) => [a.correct, a.how])).toEqual([
      [false, undefined],
      [true, 'override']
    ]);
    // One review of the card, as if the answer had been graded right in the first place.
    expect(stored.reviews).toMatchObject([
      { cardId: 'hikvision/f1', rating: 'good', reviewedAtMs: T0, phaseBefore: 'new' }
    ]);
    expect(overruled.card).toMatchObject({ reps: 1, lapses: 0 });
    expect(overruled.card?.dueMs).toBeGreaterThan(wrong.card!.dueMs);
    expect(stored.cards).toEqual([{ ...overruled.card, setId: set.id }]);
    db.close();
  });

  it('an override never undoes a later review of the card', async () => {
    const db = await freshDb();
    await startAttempt(db, attempt);
    const base = {
      attemptId: attempt.id,
      questionId: 'q1',
      response: 'x',
      cardId: 'hikvision/f1'
    };
    await recordAnswer(db, { ...base, correct: false, answeredAtMs: T0 });
    await recordAnswer(db, { ...base, correct: true, answeredAtMs: T0 + MINUTE });
    const before = (await everything(db)).reviews;
    await recordAnswer(db, {
      ...base,
      correct: true,
      answeredAtMs: T0 + 2 * MINUTE,
      how: 'override'
    });
    expect((await everything(db)).reviews).toEqual(before);
    db.close();
  });

  it('the last answer finishes the attempt in the same write', async () => {
    const db = await freshDb();
    await startAttempt(db, attempt);
    const result = await recordAnswer(db, {
      attemptId: attempt.id,
      questionId: 'q3',
      response: 'China',
      correct: true,
      answeredAtMs: T0,
      finishAtMs: T0 + 1
    });
    expect(result.attempt).toMatchObject({ currentIndex: 3, finishedAtMs: T0 + 1 });
    expect(await unfinishedAttempt(db, set.id)).toBeUndefined();

    // A full disk keeps neither the answer nor the finish.
    const other = { ...attempt, id: 'attempt-2' };
    await startAttempt(db, other);
    const before = await everything(db);
    const error = await recordAnswer(withFullDisk(db, 'attempts', 'put'), {
      attemptId: other.id,
      questionId: 'q3',
      response: 'China',
      correct: true,
      answeredAtMs: T0,
      finishAtMs: T0 + 1
    }).catch((e: unknown) => e);
    expect((error as StorageError).kind).toBe('quota-exceeded');
    expect(await everything(db)).toEqual(before);
    db.close();
  });
});

describe('recordAnswer and the daily limit of new cards', () => {
  it('brings a new card in only within the limit; studied cards are always reviewed', async () => {
    const db = await freshDb();
    await startAttempt(db, attempt);
    const newCards = { dayStartMs: T0 - MINUTE, dailyLimit: 1 };
    const base = { attemptId: attempt.id, correct: true, newCards };
    const first = await recordAnswer(db, {
      ...base,
      questionId: 'q1',
      response: 'Kanada',
      answeredAtMs: T0,
      cardId: 'hikvision/f1'
    });
    expect(first.card).toBeDefined();
    // The limit is used up: a second fact's answer is stored, its card stays out.
    const second = await recordAnswer(db, {
      ...base,
      questionId: 'q2',
      response: true,
      answeredAtMs: T0 + MINUTE,
      cardId: 'hikvision/f2'
    });
    expect(second.card).toBeUndefined();
    expect(await getCard(db, 'hikvision/f2')).toBeUndefined();
    expect((await answersOfAttempt(db, attempt.id)).map((a) => a.questionId)).toEqual(['q1', 'q2']);
    // The card already studied is reviewed again.
    const again = await recordAnswer(db, {
      ...base,
      questionId: 'q1',
      response: 'Kanada',
      answeredAtMs: T0 + 2 * MINUTE,
      cardId: 'hikvision/f1'
    });
    expect(again.card?.reps).toBe(2);
    db.close();
  });
});

describe('recordAnswerOnce (one quiz in two tabs)', () => {
  it('stores nothing for a question the other tab answered, and says where the quiz is', async () => {
    const db = await freshDb();
    await startAttempt(db, attempt);
    const answer = { attemptId: attempt.id, questionId: 'q1', cardId: 'hikvision/f1' };
    const first = await recordAnswerOnce(db, {
      ...answer,
      response: 'Kanada',
      correct: true,
      answeredAtMs: T0
    });
    expect('answer' in first).toBe(true);
    const before = await everything(db);
    const second = await recordAnswerOnce(db, {
      ...answer,
      response: 'China',
      correct: false,
      answeredAtMs: T0 + MINUTE
    });
    expect(second).toEqual({ answeredElsewhere: expect.objectContaining({ currentIndex: 1 }) });
    expect(await everything(db)).toEqual(before);
    // "Ich lag richtig" follows its own answer and is never refused.
    const overruled = await recordAnswerOnce(db, {
      ...answer,
      response: 'Kanda',
      correct: true,
      answeredAtMs: T0 + MINUTE,
      how: 'override'
    });
    expect('answer' in overruled).toBe(true);
    db.close();
  });
});

describe('skipQuestion', () => {
  it('moves an unanswered question to the end; answered and last ones stay', async () => {
    const db = await freshDb();
    await startAttempt(db, attempt);
    expect((await skipQuestion(db, attempt.id, 'q1'))?.questionIds).toEqual(['q2', 'q3', 'q1']);
    // The only question left after the others: nothing to move it behind.
    expect((await skipQuestion(db, attempt.id, 'q1'))?.questionIds).toEqual(['q2', 'q3', 'q1']);
    await recordAnswer(db, {
      attemptId: attempt.id,
      questionId: 'q2',
      response: true,
      correct: true,
      answeredAtMs: T0
    });
    expect((await skipQuestion(db, attempt.id, 'q2'))?.questionIds).toEqual(['q2', 'q3', 'q1']);
    expect((await getAttempt(db, attempt.id))?.questionIds).toEqual(['q2', 'q3', 'q1']);
    expect(await skipQuestion(db, 'nope', 'q1')).toBeUndefined();
    db.close();
  });
});
