import { describe, expect, it } from 'vitest';
import type { QuizSet } from '$lib/core/quizset/schema';
import { recordReview } from '$lib/db';
import { DAY, freshDb, MINUTE, T0 } from '$lib/db/test-helpers';
import { loadTodayCounts } from './due-today';
import { countQueue } from './review-queue';
import { nextDueMs, planReview } from './review';
import { saveStudySetting } from './settings';

function flashcardSet(id: string, count: number): QuizSet {
  return {
    format: 'quizset/1',
    id,
    title: `Set ${id}`,
    language: 'de',
    sentences: ['Ein Satz.'],
    questions: Array.from({ length: count }, (_, i) => ({
      id: `c${i}`,
      type: 'flashcard' as const,
      prompt: `Vorderseite ${i}`,
      answer: `Rückseite ${i}`,
      evidence: [0]
    }))
  };
}

// Winter in Berlin: the study day starts at 4 am local time, 03:00 UTC.
const clock = (nowMs: number) => ({ nowMs, timezoneOffsetMinutes: -60 });

describe('planReview', () => {
  it('offers due cards first, then new ones up to what is left of the daily limit', async () => {
    const db = await freshDb();
    const sets = [flashcardSet('a', 4), flashcardSet('b', 3)];
    await recordReview(db, { cardId: 'b/c0', setId: 'b', rating: 'easy', nowMs: T0 - 10 * DAY });
    await recordReview(db, { cardId: 'a/c0', setId: 'a', rating: 'good', nowMs: T0 });

    const plan = await planReview(db, sets, clock(T0 + MINUTE), 3);
    expect(plan.items.map((item) => item.card.cardId)).toEqual([
      'b/c0', // due for days
      'a/c0', // a learning step, due within the learn-ahead window
      'a/c1',
      'a/c2'
    ]);
    expect(plan.newLeftToday).toBe(2);
    expect(plan.unseenCount).toBe(5);
    await saveStudySetting(db, 'newCardsPerDay', 3);
    const counts = await loadTodayCounts(db, sets, clock(T0 + MINUTE));
    // The library counts exactly what the session brings.
    expect(counts.all).toEqual({ new: 2, learning: 1, due: 1 });
    expect(countQueue(plan.items)).toEqual(counts.all);
    expect(counts.bySet.get('b')).toEqual({ new: 2, learning: 0, due: 1 });
    db.close();
  });

  it('limits a session to one set when asked', async () => {
    const db = await freshDb();
    const sets = [flashcardSet('a', 2), flashcardSet('b', 2)];
    await recordReview(db, { cardId: 'b/c0', setId: 'b', rating: 'easy', nowMs: T0 - 10 * DAY });
    await recordReview(db, { cardId: 'a/c0', setId: 'a', rating: 'easy', nowMs: T0 - 10 * DAY });

    const plan = await planReview(db, [sets[0]!], clock(T0), 20, 'a');
    expect(plan.items.map((item) => item.card.cardId)).toEqual(['a/c0', 'a/c1']);
    db.close();
  });

  it('starts no new card once the day has used up the limit, and again the next day', async () => {
    const db = await freshDb();
    const sets = [flashcardSet('a', 5)];
    await recordReview(db, { cardId: 'a/c0', setId: 'a', rating: 'easy', nowMs: T0 });
    await recordReview(db, { cardId: 'a/c1', setId: 'a', rating: 'easy', nowMs: T0 });

    const today = await planReview(db, sets, clock(T0 + MINUTE), 2);
    expect(today.items).toEqual([]);
    expect(today.newLeftToday).toBe(0);
    await saveStudySetting(db, 'newCardsPerDay', 2);
    expect((await loadTodayCounts(db, sets, clock(T0 + MINUTE))).all).toEqual({
      new: 0,
      learning: 0,
      due: 0
    });
    expect((await loadTodayCounts(db, sets, clock(T0 + DAY))).all.new).toBe(2);

    const tomorrow = await planReview(db, sets, clock(T0 + DAY), 2);
    expect(tomorrow.items.map((item) => item.card.cardId)).toEqual(['a/c2', 'a/c3']);
    db.close();
  });
});

describe('nextDueMs', () => {
  it('finds when the next card is due, across sets or in one', async () => {
    const db = await freshDb();
    expect(await nextDueMs(db, T0)).toBeNull();
    const a = await recordReview(db, { cardId: 'a/c0', setId: 'a', rating: 'easy', nowMs: T0 });
    const b = await recordReview(db, { cardId: 'b/c0', setId: 'b', rating: 'good', nowMs: T0 });
    expect(b.state.dueMs).toBeLessThan(a.state.dueMs);
    expect(await nextDueMs(db, T0)).toBe(b.state.dueMs);
    expect(await nextDueMs(db, T0, 'a')).toBe(a.state.dueMs);
    expect(await nextDueMs(db, a.state.dueMs, 'a')).toBeNull();
    db.close();
  });
});
