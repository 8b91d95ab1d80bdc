import {
  newCard,
  newCardsLeftToday,
  reviewCard,
  stateBeforeReview,
  type CardState,
  type Rating,
  type ReviewLog,
  type SchedulerParams
} from '$lib/core/srs';
import { stripSetId } from './attempts';
import { toStorageError } from './errors';
import { inTransaction } from './open';
import type { CardRecord, ReviewRecord } from './records';
import type { LesequizDb } from './schema';

/** How many cards the study queue loads at a time. */
export const DUE_QUEUE_SIZE = 50;

/**
 * The next `limit` cards due at `nowMs` across all sets, most overdue first (ties by card id),
 * read straight from the `byDueMs` index so it stays fast with many cards. Only cards that
 * have been reviewed are stored; new cards come from the sets (see `knownCardIds`).
 */
export async function dueQueue(
  db: LesequizDb,
  nowMs: number,
  limit = DUE_QUEUE_SIZE
): Promise<CardRecord[]> {
  try {
    return await db.getAllFromIndex('cards', 'byDueMs', IDBKeyRange.upperBound(nowMs), limit);
  } catch (error) {
    throw toStorageError(error);
  }
}

/** How many cards are due at `nowMs` across all sets (counted in the index, not loaded). */
export async function dueCount(db: LesequizDb, nowMs: number): Promise<number> {
  try {
    return await db.countFromIndex('cards', 'byDueMs', IDBKeyRange.upperBound(nowMs));
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Cards falling due between two instants (inclusive): input for the 14-day forecast. */
export async function cardsDueBetween(
  db: LesequizDb,
  fromMs: number,
  toMs: number
): Promise<CardRecord[]> {
  try {
    return await db.getAllFromIndex('cards', 'byDueMs', IDBKeyRange.bound(fromMs, toMs));
  } catch (error) {
    throw toStorageError(error);
  }
}

/** One card's stored state, or `undefined` if it was never reviewed. */
export async function getCard(db: LesequizDb, cardId: string): Promise<CardRecord | undefined> {
  try {
    return await db.get('cards', cardId);
  } catch (error) {
    throw toStorageError(error);
  }
}

/** All stored cards of a set: mastery per set. */
export async function cardsOfSet(db: LesequizDb, setId: string): Promise<CardRecord[]> {
  try {
    return await db.getAllFromIndex('cards', 'bySetId', setId);
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Ids of a set's cards that have been reviewed at least once; the rest are new. */
export async function knownCardIds(db: LesequizDb, setId: string): Promise<Set<string>> {
  try {
    return new Set(await db.getAllKeysFromIndex('cards', 'bySetId', setId));
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Reviews between two instants (inclusive), oldest first: reviews per day, the new-card count. */
export async function reviewsBetween(
  db: LesequizDb,
  fromMs: number,
  toMs: number
): Promise<ReviewRecord[]> {
  try {
    return await db.getAllFromIndex('reviews', 'byReviewedAtMs', IDBKeyRange.bound(fromMs, toMs));
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * New flashcards the learner may still start today. Cards first met in a quiz do not count:
 * the learner chose that quiz's length, and it should not use up the flashcard allowance.
 */
export async function newFlashcardsLeftToday(
  db: LesequizDb,
  dayStartMs: number,
  dailyLimit: number
): Promise<number> {
  const today = await reviewsBetween(db, dayStartMs, Number.MAX_SAFE_INTEGER);
  return newCardsLeftToday(
    today.filter((review) => review.source === 'flashcard'),
    dayStartMs,
    dailyLimit
  );
}

export type RecordReviewInput = {
  cardId: string;
  setId: string;
  rating: Rating;
  nowMs: number;
  schedulerParams?: Partial<SchedulerParams>;
};

/**
 * Rates a flashcard: computes its next FSRS state and stores it together with the review log
 * entry in ONE transaction. A card never reviewed before starts as new.
 */
export async function recordReview(
  db: LesequizDb,
  input: RecordReviewInput
): Promise<{ state: CardState; log: ReviewLog }> {
  return inTransaction(db, ['cards', 'reviews'], 'readwrite', async (tx) => {
    const stored = await tx.objectStore('cards').get(input.cardId);
    const before = stored ? stripSetId(stored) : newCard(input.cardId, input.nowMs);
    const reviewed = reviewCard(before, input.rating, input.nowMs, input.schedulerParams);
    await Promise.all([
      tx.objectStore('cards').put({ ...reviewed.state, setId: input.setId }),
      tx.objectStore('reviews').add({ ...reviewed.log, setId: input.setId, source: 'flashcard' })
    ]);
    return reviewed;
  });
}

/**
 * Undoes the most recent flashcard rating: removes its log entry and restores the card exactly
 * as it was (removing it again if it was new). Quiz answers are never undone here, since their
 * answer log entry would stay. Returns the restored state (`null` for a card that is new
 * again), or `undefined` when there is nothing to undo, including when the card has been
 * reviewed again since (by a quiz, or an import).
 */
export async function undoLastReview(
  db: LesequizDb
): Promise<{ cardId: string; restored: CardState | null } | undefined> {
  return inTransaction(db, ['cards', 'reviews'], 'readwrite', async (tx) => {
    const reviews = tx.objectStore('reviews');
    let cursor = await reviews.openCursor(null, 'prev');
    while (cursor && cursor.value.source !== 'flashcard') cursor = await cursor.continue();
    if (!cursor) return undefined;
    const review = cursor.value;

    const current = await tx.objectStore('cards').get(review.cardId);
    const stillLatest =
      current !== undefined &&
      current.lastReviewMs === review.reviewedAtMs &&
      current.reps === review.previous.reps + 1;
    if (!stillLatest) return undefined;

    await cursor.delete();
    const restored = stateBeforeReview(review);
    if (restored.phase === 'new' && restored.reps === 0) {
      await tx.objectStore('cards').delete(review.cardId);
      return { cardId: review.cardId, restored: null };
    }
    await tx.objectStore('cards').put({ ...restored, setId: review.setId });
    return { cardId: review.cardId, restored };
  });
}
