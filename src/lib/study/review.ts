import type { QuizSet } from '$lib/core/quizset/schema';
import { LEARN_AHEAD_MS } from '$lib/core/srs/calendar';
import {
  cardsOfSet,
  DUE_QUEUE_SIZE,
  dueQueue,
  nextCardDueAfter,
  type CardRecord,
  type LesequizDb
} from '$lib/db';
import { knownIdsOf, newLeftToday, type ReviewClock } from './due-today';
import { buildReviewQueue, unseenFlashcards, type ReviewItem } from './review-queue';

export type ReviewPlan = {
  items: ReviewItem[];
  /** New flashcards the daily limit still allows (before this session). */
  newLeftToday: number;
  /** New flashcards these sets still hold, limit or not. */
  unseenCount: number;
};

/**
 * Plans a study session over `sets` (all sets, or one for `?set=`): due cards first, at most
 * `DUE_QUEUE_SIZE` of them, then the new flashcards today's limit allows.
 */
export async function planReview(
  db: LesequizDb,
  sets: readonly QuizSet[],
  clock: ReviewClock,
  newCardsPerDay: number,
  onlySetId?: string
): Promise<ReviewPlan> {
  const horizonMs = clock.nowMs + LEARN_AHEAD_MS;
  const stored: CardRecord[] =
    onlySetId === undefined
      ? await dueQueue(db, horizonMs, DUE_QUEUE_SIZE)
      : await cardsOfSet(db, onlySetId);
  const [knownCardIds, newLeft] = await Promise.all([
    knownIdsOf(db, sets),
    newLeftToday(db, clock, newCardsPerDay)
  ]);
  const items = buildReviewQueue({
    sets,
    stored,
    knownCardIds,
    newLimit: newLeft,
    nowMs: clock.nowMs
  });
  const dueItems = items.filter((item) => item.state !== null);
  const newItems = items.filter((item) => item.state === null);
  return {
    items: [...dueItems.slice(0, DUE_QUEUE_SIZE), ...newItems],
    newLeftToday: newLeft,
    unseenCount: unseenFlashcards(sets, knownCardIds).length
  };
}

/** When the next card falls due after `afterMs` (in one set, or any), or `null` if none will. */
export async function nextDueMs(
  db: LesequizDb,
  afterMs: number,
  onlySetId?: string
): Promise<number | null> {
  if (onlySetId === undefined) return (await nextCardDueAfter(db, afterMs))?.dueMs ?? null;
  const later = (await cardsOfSet(db, onlySetId)).filter((card) => card.dueMs > afterMs);
  return later.length === 0 ? null : Math.min(...later.map((card) => card.dueMs));
}
