import type { QuizSet } from '$lib/core/quizset/schema';
import { nextStudyDayStartMs, todayHorizonMs } from '$lib/core/srs/calendar';
import {
  cardsDueBetween,
  cardsOfSet,
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
 * Plans a study session over `sets` (all sets, or one for `?set=`): the cards due today first
 * (`todayQueueOf`), then the new flashcards today's limit allows. The library and the
 * statistics count the same queue (`loadTodayCounts`), so the numbers shown there are the
 * cards this session brings.
 */
export async function planReview(
  db: LesequizDb,
  sets: readonly QuizSet[],
  clock: ReviewClock,
  newCardsPerDay: number,
  onlySetId?: string
): Promise<ReviewPlan> {
  const nextDayStartMs = nextStudyDayStartMs(clock.nowMs, clock.timezoneOffsetMinutes);
  const stored: CardRecord[] =
    onlySetId === undefined
      ? await cardsDueBetween(db, 0, todayHorizonMs(clock.nowMs, nextDayStartMs))
      : await cardsOfSet(db, onlySetId);
  const [knownCardIds, newLeft] = await Promise.all([
    knownIdsOf(db, sets),
    newLeftToday(db, clock, newCardsPerDay)
  ]);
  return {
    items: buildReviewQueue({
      sets,
      stored,
      knownCardIds,
      newLimit: newLeft,
      nowMs: clock.nowMs,
      nextDayStartMs
    }),
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
