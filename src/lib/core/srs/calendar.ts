import type { Question } from '../quizset/schema';

/**
 * The scheduler's calendar half: card ids, card state types, study days and queue order. It
 * does not import ts-fsrs, so the library page can count due cards without loading it (the
 * scheduling itself is in `scheduler.ts`). Pure: every clock is an argument.
 */

export type Rating = 'again' | 'hard' | 'good' | 'easy';
export const RATINGS: readonly Rating[] = ['again', 'hard', 'good', 'easy'];

export type CardPhase = 'new' | 'learning' | 'review' | 'relearning';

export type CardState = {
  cardId: string;
  phase: CardPhase;
  /** When the card is next due; for a new card, when it was created. */
  dueMs: number;
  /** FSRS memory stability in days; 0 for a new card. */
  stability: number;
  /** FSRS difficulty, 1 (easy) to 10 (hard); 0 for a new card. */
  difficulty: number;
  /** Days from the last review to `dueMs` (0 while in (re)learning steps). */
  scheduledDays: number;
  /** Which (re)learning step the card is on. */
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReviewMs: number | null;
};

export type ReviewLog = {
  cardId: string;
  rating: Rating;
  reviewedAtMs: number;
  /** The phase the card was in when it was rated. */
  phaseBefore: CardPhase;
  /** Whole days since the previous review (0 for the first). */
  elapsedDays: number;
  /** The interval this review chose, in days (0 for a learning step measured in minutes). */
  scheduledDays: number;
  /** The state before the review, so the last rating can be undone exactly. */
  previous: CardState;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** Accepts a `Date` or milliseconds, so callers can pass whichever clock they hold. */
export type Instant = Date | number;

/** An invalid clock would schedule a card at `NaN` and hide it forever: refuse it loudly. */
export function toMs(now: Instant): number {
  const ms = typeof now === 'number' ? now : now.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`Not a valid time: ${String(now)}`);
  return ms;
}

/**
 * The card id for a question: questions about one fact share a card (`setId/factId`), other
 * questions get their own (`setId/questionId`). Set and question ids never contain `/`.
 */
export function cardIdFor(setId: string, question: Pick<Question, 'id' | 'factId'>): string {
  return `${setId}/${question.factId ?? question.id}`;
}

/**
 * The distinct card ids of a set's flashcards, in question order: the cards a learner can start
 * as new ones (a fact known only from quiz questions becomes a card when a quiz answers it).
 */
export function flashcardIdsOf(
  setId: string,
  questions: readonly Pick<Question, 'id' | 'factId' | 'type'>[]
): string[] {
  const ids = questions
    .filter((question) => question.type === 'flashcard')
    .map((question) => cardIdFor(setId, question));
  return [...new Set(ids)];
}

/**
 * Cards due up to this far ahead join a study session, as Anki's "learn ahead" does: a card
 * rated Again (1 min) or a new card rated Good (10 min) comes back in the same sitting instead
 * of waiting for the learner to return.
 */
export const LEARN_AHEAD_MS = 20 * 60_000;

export type IntervalUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';

/**
 * A duration as a short amount and unit: minutes under an hour, hours under a day, days under
 * a month, months (one decimal) under a year, then years (one decimal).
 *
 * @example describeInterval(4 * 24 * 60 * 60 * 1000) // { amount: 4, unit: 'day' }
 */
export function describeInterval(intervalMs: number): { amount: number; unit: IntervalUnit } {
  const minutes = intervalMs / 60_000;
  if (minutes < 60) return { amount: Math.max(1, Math.round(minutes)), unit: 'minute' };
  const hours = minutes / 60;
  if (hours < 24) return { amount: Math.round(hours), unit: 'hour' };
  const days = hours / 24;
  if (days < 30) return { amount: Math.round(days), unit: 'day' };
  if (days < 365) return { amount: Math.round((days / 30) * 10) / 10, unit: 'month' };
  return { amount: Math.round((days / 365) * 10) / 10, unit: 'year' };
}

/**
 * When the study day containing `now` began. Days roll over at `rolloverHour` local time (4 am
 * by default, as in Anki) so a session after midnight still counts as the evening's.
 * `timezoneOffsetMinutes` is what `Date#getTimezoneOffset()` returns (−60 in Berlin in winter);
 * the caller reads it, since the core has no clock or time zone of its own.
 *
 * @example studyDayStartMs(Date.UTC(2026, 0, 10, 12), -60) === Date.UTC(2026, 0, 10, 3)
 */
export function studyDayStartMs(
  now: Instant,
  timezoneOffsetMinutes: number,
  rolloverHour = 4
): number {
  const offsetMs = timezoneOffsetMinutes * 60_000;
  const rolloverMs = rolloverHour * 60 * 60 * 1000;
  const localMs = toMs(now) - offsetMs;
  const localDayStart = Math.floor((localMs - rolloverMs) / DAY_MS) * DAY_MS + rolloverMs;
  return localDayStart + offsetMs;
}

/** When the study day after the one containing `now` begins (see `studyDayStartMs`). */
export function nextStudyDayStartMs(now: Instant, timezoneOffsetMinutes: number): number {
  return studyDayStartMs(now, timezoneOffsetMinutes) + DAY_MS;
}

/**
 * The latest due time (inclusive) of a card `todayQueueOf` may still count at `nowMs`: how far
 * ahead storage is read for today's cards.
 */
export function todayHorizonMs(nowMs: number, nextDayStartMs: number): number {
  return Math.max(nextDayStartMs - 1, nowMs + LEARN_AHEAD_MS);
}

/** The two queues of stored cards a study day shows, besides new cards (as Anki counts them). */
export type TodayQueue = 'learning' | 'due';

/**
 * Which of today's queues a stored card is in at `nowMs`, or `null` while it waits. A card in
 * review is due for the whole study day it falls due on (before `nextDayStartMs`), as in Anki,
 * so a card due at 6 pm is offered in the morning; a card in its (re)learning steps, measured in
 * minutes, only once it is due within the learn-ahead window. Every count and every session
 * decides with this one function, so "5 fällig" in the library is what the session shows.
 *
 * @example todayQueueOf({ phase: 'review', dueMs: eveningMs }, morningMs, tomorrowMs) === 'due'
 */
export function todayQueueOf(
  card: Pick<CardState, 'phase' | 'dueMs'>,
  nowMs: number,
  nextDayStartMs: number
): TodayQueue | null {
  switch (card.phase) {
    case 'new':
      return null;
    case 'review':
      return card.dueMs < nextDayStartMs || card.dueMs <= nowMs + LEARN_AHEAD_MS ? 'due' : null;
    case 'learning':
    case 'relearning':
      return card.dueMs <= nowMs + LEARN_AHEAD_MS ? 'learning' : null;
  }
}

/**
 * How many new cards may still be introduced today: the daily limit minus the distinct cards
 * whose first review (`phaseBefore: 'new'`) falls on or after `dayStartMs`.
 */
export function newCardsLeftToday(
  reviewsToday: Iterable<Pick<ReviewLog, 'cardId' | 'phaseBefore' | 'reviewedAtMs'>>,
  dayStartMs: number,
  dailyLimit: number
): number {
  const introduced = new Set<string>();
  for (const review of reviewsToday) {
    if (review.phaseBefore === 'new' && review.reviewedAtMs >= dayStartMs) {
      introduced.add(review.cardId);
    }
  }
  return Math.max(0, Math.floor(dailyLimit) - introduced.size);
}

/**
 * The study queue at `now`: cards already learned that are due (most overdue first; ties by
 * card id so the order is stable), then up to `newLimit` new cards (oldest first), at most
 * `limit` in all. The input array is not reordered.
 */
export function dueCards(
  states: readonly CardState[],
  now: Instant,
  limit: number,
  newLimit = 0
): CardState[] {
  const nowMs = toMs(now);
  const byDue = (a: CardState, b: CardState) =>
    a.dueMs - b.dueMs || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0);
  const due = states.filter((s) => s.phase !== 'new' && s.dueMs <= nowMs).sort(byDue);
  const fresh = states
    .filter((s) => s.phase === 'new')
    .sort(byDue)
    .slice(0, Math.max(0, newLimit));
  return [...due, ...fresh].slice(0, Math.max(0, limit));
}
