// The calendar half only: reading cards must not load ts-fsrs (the library page counts due
// cards on first paint). Ratings, which schedule, are in `card-reviews.ts`.
import { newCardsLeftToday } from '$lib/core/srs/calendar';
import { toStorageError } from './errors';
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

/**
 * The card due soonest after `afterMs` (exclusive) across all sets, or `undefined` if none is:
 * "the next card is due tomorrow" on an empty or finished study screen.
 */
export async function nextCardDueAfter(
  db: LesequizDb,
  afterMs: number
): Promise<CardRecord | undefined> {
  try {
    return await db.getFromIndex('cards', 'byDueMs', IDBKeyRange.lowerBound(afterMs, true));
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
  // New cards brought in by quiz answers share the same daily budget (see `recordAnswer`).
  return newCardsLeftToday(today, dayStartMs, dailyLimit);
}
