import * as v from 'valibot';
import type { QuizSet } from '$lib/core/quizset/schema';
import { flashcardIdsOf, LEARN_AHEAD_MS, studyDayStartMs } from '$lib/core/srs/calendar';
import {
  dueCount,
  getSetting,
  knownCardIds,
  newFlashcardsLeftToday,
  type LesequizDb
} from '$lib/db';

/**
 * Today's count for the library's "Weiterlernen" button and the daily new-card limit it
 * depends on. Kept apart from the session planner (`review.ts`) and the other study settings
 * (`settings.ts`, which takes the limit from here) so the library page loads none of them,
 * nor the scheduler.
 */

export const NEW_CARDS_PER_DAY_MAX = 200;
export const DEFAULT_NEW_CARDS_PER_DAY = 20;
const NEW_CARDS_PER_DAY_KEY = 'study.newCardsPerDay';

export const NewCardsPerDaySchema = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(0),
  v.maxValue(NEW_CARDS_PER_DAY_MAX)
);

/** The stored daily limit of new flashcards, validated; the default if none is stored. */
export function loadNewCardsPerDay(db: LesequizDb): Promise<number> {
  return getSetting(db, NEW_CARDS_PER_DAY_KEY, NewCardsPerDaySchema, DEFAULT_NEW_CARDS_PER_DAY);
}

/** The clock a count or a session is planned with; the caller reads it. */
export type ReviewClock = {
  nowMs: number;
  /** `new Date(nowMs).getTimezoneOffset()`, for when the study day starts. */
  timezoneOffsetMinutes: number;
};

/** Ids of every card of these sets reviewed at least once. */
export async function knownIdsOf(db: LesequizDb, sets: readonly QuizSet[]): Promise<Set<string>> {
  const perSet = await Promise.all(sets.map((set) => knownCardIds(db, set.id)));
  return new Set(perSet.flatMap((ids) => [...ids]));
}

/** New flashcards the daily limit still allows in the study day containing the clock. */
export function newLeftToday(
  db: LesequizDb,
  clock: ReviewClock,
  newCardsPerDay: number
): Promise<number> {
  const dayStartMs = studyDayStartMs(clock.nowMs, clock.timezoneOffsetMinutes);
  return newFlashcardsLeftToday(db, dayStartMs, newCardsPerDay);
}

/**
 * "N fällig heute": cards due now (or within the learn-ahead window) across all sets, plus the
 * new flashcards the stored daily limit still lets the learner start.
 */
export async function dueTodayCount(
  db: LesequizDb,
  sets: readonly QuizSet[],
  clock: ReviewClock
): Promise<number> {
  const [due, known, newLeft] = await Promise.all([
    dueCount(db, clock.nowMs + LEARN_AHEAD_MS),
    knownIdsOf(db, sets),
    loadNewCardsPerDay(db).then((limit) => newLeftToday(db, clock, limit))
  ]);
  const unseen = sets.flatMap((set) =>
    flashcardIdsOf(set.id, set.questions).filter((cardId) => !known.has(cardId))
  );
  return due + Math.min(newLeft, unseen.length);
}
