import {
  newCard,
  reviewCard,
  stateBeforeReview,
  type CardState,
  type Rating,
  type ReviewLog,
  type SchedulerParams
} from '$lib/core/srs';
import { stripSetId } from './answers';
import { inTransaction } from './open';
import type { LesequizDb } from './schema';

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
