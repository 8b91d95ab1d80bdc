import { describe, expect, it } from 'vitest';
import type { QuizSet } from '$lib/core/quizset/schema';
import {
  getCard,
  recordAnswer,
  recordReview,
  reviewsBetween,
  startAttempt,
  undoLastReview,
  type LesequizDb
} from '$lib/db';
import { DAY, freshDb, MINUTE, T0, withFullDisk } from '$lib/db/test-helpers';
import { buildReviewQueue } from '$lib/study/review-queue';
import { ReviewSession, type ReviewStore } from './review-session.svelte';

const SET: QuizSet = {
  format: 'quizset/1',
  id: 's',
  title: 'Ein Set',
  language: 'de',
  sentences: ['Ein Satz.'],
  questions: ['a', 'b', 'c'].map((id) => ({
    id,
    type: 'flashcard' as const,
    prompt: `Vorne ${id}`,
    answer: `Hinten ${id}`,
    evidence: [0]
  }))
};

const storeOn = (db: LesequizDb): ReviewStore => ({
  record: (input) => recordReview(db, input),
  undo: () => undoLastReview(db)
});

function sessionOn(db: LesequizDb, store = storeOn(db)) {
  const items = buildReviewQueue({
    sets: [SET],
    stored: [],
    knownCardIds: new Set(),
    newLimit: 3,
    nowMs: T0,
    nextDayStartMs: T0 + DAY
  });
  return new ReviewSession(items, store, { desiredRetention: 0.9 });
}

const ids = (session: ReviewSession) => session.queue.map((item) => item.card.cardId);

describe('ReviewSession', () => {
  it('rates only a flipped card, stores it and moves on; Again brings the card back', async () => {
    const db = await freshDb();
    const session = sessionOn(db);
    expect(session.position).toEqual({ current: 1, total: 3 });
    expect(session.counts).toEqual({ new: 3, learning: 0, due: 0 });
    expect(await session.rate('good', T0)).toBe(false);

    session.flip(T0);
    expect(session.previews?.again).toMatchObject({ amount: 1, unit: 'minute' });
    expect(session.previews?.easy.unit).toBe('day');
    expect(await session.rate('again', T0)).toBe(true);
    expect(ids(session)).toEqual(['s/b', 's/c', 's/a']);
    // The card rated Again comes back as a learning card: the live counts say so.
    expect(session.counts).toEqual({ new: 2, learning: 1, due: 0 });
    expect(session.flipped).toBe(false);
    expect((await getCard(db, 's/a'))?.phase).toBe('learning');

    session.flip(T0 + MINUTE);
    await session.rate('easy', T0 + MINUTE);
    expect(ids(session)).toEqual(['s/c', 's/a']);
    expect(session.position).toEqual({ current: 3, total: 4 });
    expect(session.tally).toEqual({ again: 1, hard: 0, good: 0, easy: 1 });
    db.close();
  });

  it('undoes the last rating: the card is shown again as it was, and the store forgets it', async () => {
    const db = await freshDb();
    const session = sessionOn(db);
    session.flip(T0);
    await session.rate('easy', T0);
    session.flip(T0);
    await session.rate('again', T0);
    expect(ids(session)).toEqual(['s/c', 's/b']);

    expect(await session.undo()).toBe(true);
    expect(ids(session)).toEqual(['s/b', 's/c']);
    expect(session.queue[0]?.state).toBeNull();
    expect(session.flipped).toBe(false);
    expect(await getCard(db, 's/b')).toBeUndefined();
    expect(session.tally).toEqual({ again: 0, hard: 0, good: 0, easy: 1 });

    expect(await session.undo()).toBe(true);
    expect(ids(session)).toEqual(['s/a', 's/b', 's/c']);
    expect(await reviewsBetween(db, 0, T0 + DAY)).toEqual([]);
    expect(session.canUndo).toBe(false);
    expect(await session.undo()).toBe(false);
    db.close();
  });

  it('keeps the card up and says why when storage is full, and a retry stores it', async () => {
    const db = await freshDb();
    // The disk is full for the first attempt only, as after the learner frees some space.
    const full = storeOn(withFullDisk(db, 'cards', 'put'));
    let attempts = 0;
    const session = sessionOn(db, {
      record: (input) => (attempts++ === 0 ? full : storeOn(db)).record(input),
      undo: () => undoLastReview(db)
    });
    session.flip(T0);
    expect(await session.rate('good', T0)).toBe(false);
    expect(session.failure).toMatchObject({ action: 'rate', rating: 'good' });
    expect((session.failure?.error as Error).name).toBe('StorageError');
    expect(session.current?.card.cardId).toBe('s/a');
    expect(session.flipped).toBe(true);
    expect(session.reviewed).toBe(0);
    expect(await getCard(db, 's/a')).toBeUndefined();
    expect(await reviewsBetween(db, 0, T0 + DAY)).toEqual([]);

    expect(await session.rate('good', T0)).toBe(true);
    expect(session.failure).toBeNull();
    expect(session.tally.good).toBe(1);
    expect(await getCard(db, 's/a')).toBeDefined();
    db.close();
  });

  it('refuses to undo a rating the card has moved past, keeping the newer state', async () => {
    const db = await freshDb();
    const session = sessionOn(db);
    session.flip(T0);
    await session.rate('easy', T0);
    // A quiz in another tab answers a question on the same fact before the learner undoes.
    await startAttempt(db, {
      id: 'quiz',
      setId: 's',
      questionIds: ['a'],
      options: { feedback: 'at-end', questionTypes: [], grading: {} },
      currentIndex: 0,
      startedAtMs: T0
    });
    await recordAnswer(db, {
      attemptId: 'quiz',
      questionId: 'a',
      response: 'x',
      correct: false,
      answeredAtMs: T0 + 5 * DAY,
      cardId: 's/a'
    });
    const afterQuiz = await getCard(db, 's/a');

    expect(await session.undo()).toBe(false);
    expect(session.failure).toEqual({ action: 'undo', error: null });
    expect(session.canUndo).toBe(false);
    expect(ids(session)).toEqual(['s/b', 's/c']);
    expect(await getCard(db, 's/a')).toEqual(afterQuiz);
    db.close();
  });
});
