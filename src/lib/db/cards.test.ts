import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { newCard, reviewCard } from '$lib/core/srs';
import {
  cardsDueBetween,
  cardsOfSet,
  dueCount,
  dueQueue,
  getCard,
  knownCardIds,
  newFlashcardsLeftToday,
  nextCardDueAfter,
  reviewsBetween
} from './cards';
import { recordReview, undoLastReview } from './card-reviews';
import { recordAnswer } from './answers';
import { startAttempt } from './attempts';
import type { CardRecord } from './records';
import type { LesequizDb } from './schema';
import { deleteSetting, getSetting, putSetting } from './settings';
import {
  deleteOwnSet,
  getOwnSet,
  listOwnSets,
  renameOwnSet,
  restoreDeletedSet,
  saveOwnSet
} from './sets';
import { DAY, freshDb, MINUTE, sampleSet, T0 } from './test-helpers';

async function putCards(db: LesequizDb, cards: CardRecord[]) {
  const tx = db.transaction('cards', 'readwrite');
  await Promise.all([...cards.map((card) => tx.store.put(card)), tx.done]);
}

const card = (cardId: string, setId: string, dueMs: number): CardRecord => ({
  ...reviewCard(newCard(cardId, T0), 'good', T0).state,
  dueMs,
  setId
});

describe('recordReview and undoLastReview', () => {
  it('stores the card and its log entry together, and moves the due date', async () => {
    const db = await freshDb();
    const first = await recordReview(db, { cardId: 's/f1', setId: 's', rating: 'good', nowMs: T0 });
    expect(first.state.dueMs).toBe(T0 + 10 * MINUTE);
    expect(await getCard(db, 's/f1')).toEqual({ ...first.state, setId: 's' });
    expect(await dueQueue(db, T0)).toEqual([]);
    // Moving the clock brings the card back.
    expect((await dueQueue(db, T0 + 10 * MINUTE)).map((c) => c.cardId)).toEqual(['s/f1']);

    const second = await recordReview(db, {
      cardId: 's/f1',
      setId: 's',
      rating: 'good',
      nowMs: T0 + 10 * MINUTE
    });
    expect(second.state.phase).toBe('review');
    expect(second.state.dueMs).toBeGreaterThan(T0 + DAY);
    expect(await reviewsBetween(db, 0, T0 + DAY)).toHaveLength(2);
    db.close();
  });

  it('undoes the last rating exactly, then the one before, then removes a new card', async () => {
    const db = await freshDb();
    await recordReview(db, { cardId: 's/f1', setId: 's', rating: 'good', nowMs: T0 });
    const afterFirst = await getCard(db, 's/f1');
    await recordReview(db, { cardId: 's/f1', setId: 's', rating: 'again', nowMs: T0 + DAY });

    expect(await undoLastReview(db)).toMatchObject({ cardId: 's/f1' });
    expect(await getCard(db, 's/f1')).toEqual(afterFirst);
    expect(await reviewsBetween(db, 0, T0 + 2 * DAY)).toHaveLength(1);

    expect(await undoLastReview(db)).toEqual({ cardId: 's/f1', restored: null });
    expect(await getCard(db, 's/f1')).toBeUndefined();
    expect(await undoLastReview(db)).toBeUndefined();
    db.close();
  });

  it('does not undo a quiz answer, nor a rating the card has moved past', async () => {
    const db = await freshDb();
    await startAttempt(db, {
      id: 'a',
      setId: 's',
      questionIds: ['q1'],
      options: { feedback: 'at-end', questionTypes: [], grading: {} },
      currentIndex: 0,
      startedAtMs: T0
    });
    await recordReview(db, { cardId: 's/f1', setId: 's', rating: 'good', nowMs: T0 });
    await recordAnswer(db, {
      attemptId: 'a',
      questionId: 'q1',
      response: 'x',
      correct: true,
      answeredAtMs: T0 + DAY,
      cardId: 's/f1'
    });
    const current = await getCard(db, 's/f1');
    expect(await undoLastReview(db)).toBeUndefined();
    expect(await getCard(db, 's/f1')).toEqual(current);
    db.close();
  });
});

describe('dueQueue', () => {
  it('returns the next due cards across sets, most overdue first, at most the limit', async () => {
    const db = await freshDb();
    const cards = Array.from({ length: 80 }, (_, i) =>
      card(`set${i % 3}/f${String(i).padStart(2, '0')}`, `set${i % 3}`, T0 + (i - 60) * MINUTE)
    );
    await putCards(db, cards);

    const queue = await dueQueue(db, T0);
    expect(queue).toHaveLength(50);
    expect(queue[0]?.dueMs).toBe(T0 - 60 * MINUTE);
    expect(queue.map((c) => c.dueMs)).toEqual([...queue.map((c) => c.dueMs)].sort((a, b) => a - b));
    expect(new Set(queue.map((c) => c.setId))).toEqual(new Set(['set0', 'set1', 'set2']));
    expect(await dueQueue(db, T0, 5)).toEqual(queue.slice(0, 5));
    expect(await dueCount(db, T0)).toBe(61);
    expect(await cardsDueBetween(db, T0 + MINUTE, T0 + 10 * MINUTE)).toHaveLength(10);
    expect(await cardsOfSet(db, 'set1')).toHaveLength(27);
    expect((await knownCardIds(db, 'set2')).has('set2/f02')).toBe(true);
    db.close();
  });

  it('orders cards due at the same moment by card id', async () => {
    const db = await freshDb();
    await putCards(db, [card('s/b', 's', T0), card('s/a', 's', T0), card('s/c', 's', T0 - 1)]);
    expect((await dueQueue(db, T0)).map((c) => c.cardId)).toEqual(['s/c', 's/a', 's/b']);
    db.close();
  });

  it('finds the card due soonest after a moment, or none', async () => {
    const db = await freshDb();
    expect(await nextCardDueAfter(db, T0)).toBeUndefined();
    await putCards(db, [
      card('s/now', 's', T0),
      card('s/later', 's', T0 + DAY),
      card('s/soon', 's', T0 + MINUTE)
    ]);
    expect((await nextCardDueAfter(db, T0))?.cardId).toBe('s/soon');
    expect((await nextCardDueAfter(db, T0 - 1))?.cardId).toBe('s/now');
    expect(await nextCardDueAfter(db, T0 + DAY)).toBeUndefined();
    db.close();
  });
});

describe('new flashcards per day', () => {
  it('counts cards new today, by flashcard or by quiz answer (one budget), not yesterday', async () => {
    const db = await freshDb();
    const dayStart = T0;
    await recordReview(db, { cardId: 's/a', setId: 's', rating: 'good', nowMs: dayStart - 1 });
    await recordReview(db, { cardId: 's/b', setId: 's', rating: 'good', nowMs: dayStart + 1 });
    await recordReview(db, { cardId: 's/b', setId: 's', rating: 'good', nowMs: dayStart + 2 });
    await recordReview(db, { cardId: 's/c', setId: 's', rating: 'again', nowMs: dayStart + 3 });
    await startAttempt(db, {
      id: 'a',
      setId: 's',
      questionIds: ['q'],
      options: { feedback: 'at-end', questionTypes: [], grading: {} },
      currentIndex: 0,
      startedAtMs: dayStart
    });
    await recordAnswer(db, {
      attemptId: 'a',
      questionId: 'q',
      response: 'x',
      correct: true,
      answeredAtMs: dayStart + 4,
      cardId: 's/d'
    });
    // b and c as flashcards, d by a quiz answer: quiz answers bring cards in within the limit.
    expect(await newFlashcardsLeftToday(db, dayStart, 20)).toBe(17);
    db.close();
  });
});

describe('own sets', () => {
  it('saves, lists newest first, renames, deletes with its cards and restores', async () => {
    const db = await freshDb();
    const saved = await saveOwnSet(db, sampleSet('a', 'Erstes'), T0);
    expect(saved.ok).toBe(true);
    await saveOwnSet(db, sampleSet('b', 'Zweites'), T0 + 1);
    expect((await listOwnSets(db)).map((s) => s.id)).toEqual(['b', 'a']);

    const renamed = await renameOwnSet(db, 'a', '  Neuer Titel ', T0 + 2);
    expect(renamed?.quizSet.title).toBe('Neuer Titel');
    expect(renamed?.createdAtMs).toBe(T0);
    expect((await listOwnSets(db)).map((s) => s.id)).toEqual(['a', 'b']);
    expect(await renameOwnSet(db, 'missing', 'x', T0)).toBeUndefined();

    await putCards(db, [card('a/f1', 'a', T0), card('b/f1', 'b', T0)]);
    const deleted = await deleteOwnSet(db, 'a');
    expect(deleted?.cards.map((c) => c.cardId)).toEqual(['a/f1']);
    expect(await getOwnSet(db, 'a')).toBeUndefined();
    expect((await dueQueue(db, T0)).map((c) => c.cardId)).toEqual(['b/f1']);

    await restoreDeletedSet(db, deleted!);
    expect((await getOwnSet(db, 'a'))?.quizSet.title).toBe('Neuer Titel');
    expect((await dueQueue(db, T0)).map((c) => c.cardId)).toEqual(['a/f1', 'b/f1']);
    db.close();
  });

  it('refuses an invalid set with the reasons and stores nothing', async () => {
    const db = await freshDb();
    const broken = { ...sampleSet(), questions: [{ ...sampleSet().questions[0]!, evidence: [9] }] };
    const result = await saveOwnSet(db, broken, T0);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.join()).toMatch(/Evidence/);
    expect(await listOwnSets(db)).toEqual([]);
    db.close();
  });
});

describe('settings', () => {
  it('validates on read and falls back on a missing or wrong value', async () => {
    const db = await freshDb();
    const Retention = v.pipe(v.number(), v.minValue(0.7), v.maxValue(0.97));
    expect(await getSetting(db, 'desiredRetention', Retention, 0.9)).toBe(0.9);
    await putSetting(db, 'desiredRetention', 0.85);
    expect(await getSetting(db, 'desiredRetention', Retention, 0.9)).toBe(0.85);
    await putSetting(db, 'desiredRetention', 'viel');
    expect(await getSetting(db, 'desiredRetention', Retention, 0.9)).toBe(0.9);
    await putSetting(db, 'feedback', { mode: 'at-end' });
    await deleteSetting(db, 'desiredRetention');
    expect(await getSetting(db, 'desiredRetention', Retention, 0.9)).toBe(0.9);
    expect(await getSetting(db, 'feedback', v.object({ mode: v.string() }), { mode: 'x' })).toEqual(
      { mode: 'at-end' }
    );
    db.close();
  });
});
