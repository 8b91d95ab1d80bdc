import * as v from 'valibot';
import type { QuizSet } from '$lib/core/quizset/schema';
import { nextStudyDayStartMs, studyDayStartMs, todayHorizonMs } from '$lib/core/srs/calendar';
import { cardsDueBetween, knownCardIds, newFlashcardsLeftToday } from '$lib/db/cards';
import type { LesequizDb } from '$lib/db/schema';
import { getSetting } from '$lib/db/settings';
import { todayCounts, type StudyCounts } from './review-queue';

/**
 * Today's counts for the library and the statistics, and the daily new-card limit they depend
 * on. Kept apart from the session planner (`review.ts`) and the other study settings
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
 * Today's counts (new / learning / due) across `sets` and for each set: what "Weiterlernen" and
 * each set's "Karteikarten üben" would offer now, counted by `todayCounts` over the same queue a
 * session builds, so the library, the statistics and the study screen agree.
 */
export async function loadTodayCounts(
  db: LesequizDb,
  sets: readonly QuizSet[],
  clock: ReviewClock
): Promise<{ all: StudyCounts; bySet: Map<string, StudyCounts> }> {
  const nextDayStartMs = nextStudyDayStartMs(clock.nowMs, clock.timezoneOffsetMinutes);
  const [stored, known, newLeft] = await Promise.all([
    cardsDueBetween(db, 0, todayHorizonMs(clock.nowMs, nextDayStartMs)),
    knownIdsOf(db, sets),
    loadNewCardsPerDay(db).then((limit) => newLeftToday(db, clock, limit))
  ]);
  return todayCounts({
    sets,
    stored,
    knownCardIds: known,
    newLimit: newLeft,
    nowMs: clock.nowMs,
    nextDayStartMs
  });
}

/** Today's counts as JSON carries them: `bySet` as a record. */
export type SerializedTodayCounts = { all: StudyCounts; bySet: Record<string, StudyCounts> };

/**
 * Today's counts on a device that has stored nothing yet (no database: a first visit). With no
 * card and no setting stored, the queue is the default daily limit of new cards taken from the
 * sets, the same at any time of day, so the build computes it once for the bundled sets and the
 * library's first page shows it without loading storage (`/data/library.json`). Equal to
 * `loadTodayCounts` on an empty database (tested).
 */
export function countsBeforeAnyStorage(sets: readonly QuizSet[]): SerializedTodayCounts {
  // No stored card can be due, so the clock only places a study day that nothing falls into.
  const nowMs = 0;
  const counts = todayCounts({
    sets,
    stored: [],
    knownCardIds: new Set(),
    newLimit: DEFAULT_NEW_CARDS_PER_DAY,
    nowMs,
    nextDayStartMs: nextStudyDayStartMs(nowMs, 0)
  });
  return { all: counts.all, bySet: Object.fromEntries(counts.bySet) };
}
