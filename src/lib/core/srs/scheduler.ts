import {
  createEmptyCard,
  fsrs,
  Rating as FsrsRating,
  State as FsrsState,
  type Card as FsrsCard,
  type FSRS,
  type Grade
} from 'ts-fsrs';
import type { Question } from '../quizset/schema';
import { toMs, type Instant } from './day';

export type { Instant };

/**
 * Spaced repetition on top of `ts-fsrs`, the only module that imports it. Card states are plain
 * JSON (numbers and strings, timestamps in milliseconds) so they store in IndexedDB and travel
 * in backups as they are. Every function takes the clock as an argument, never mutates its
 * input and returns new values.
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

export type SchedulerParams = {
  /** Probability of recalling a card when it is due; 0.9 by default, clamped to 0.7–0.97. */
  desiredRetention: number;
  maximumIntervalDays: number;
  /** Spread due dates a little so cards learned together do not stay together. Off by default. */
  enableFuzz: boolean;
};

export const DEFAULT_SCHEDULER_PARAMS: Readonly<SchedulerParams> = Object.freeze({
  desiredRetention: 0.9,
  maximumIntervalDays: 36500,
  enableFuzz: false
});

export const MIN_DESIRED_RETENTION = 0.7;
export const MAX_DESIRED_RETENTION = 0.97;

const PHASE_OF: Record<FsrsState, CardPhase> = {
  [FsrsState.New]: 'new',
  [FsrsState.Learning]: 'learning',
  [FsrsState.Review]: 'review',
  [FsrsState.Relearning]: 'relearning'
};
const STATE_OF: Record<CardPhase, FsrsState> = {
  new: FsrsState.New,
  learning: FsrsState.Learning,
  review: FsrsState.Review,
  relearning: FsrsState.Relearning
};
const GRADE_OF: Record<Rating, Grade> = {
  again: FsrsRating.Again,
  hard: FsrsRating.Hard,
  good: FsrsRating.Good,
  easy: FsrsRating.Easy
};

/** Clamps a desired retention from a settings slider into the range FSRS handles well. */
export function clampDesiredRetention(retention: number): number {
  if (!Number.isFinite(retention)) return DEFAULT_SCHEDULER_PARAMS.desiredRetention;
  return Math.min(MAX_DESIRED_RETENTION, Math.max(MIN_DESIRED_RETENTION, retention));
}

// Building an FSRS instance parses and checks its parameters; reuse one per parameter set.
const schedulers = new Map<string, FSRS>();
function schedulerFor(params: Partial<SchedulerParams>): FSRS {
  const settings = { ...DEFAULT_SCHEDULER_PARAMS, ...params };
  const retention = clampDesiredRetention(settings.desiredRetention);
  const key = `${retention}|${settings.maximumIntervalDays}|${settings.enableFuzz}`;
  let scheduler = schedulers.get(key);
  if (!scheduler) {
    scheduler = fsrs({
      request_retention: retention,
      maximum_interval: settings.maximumIntervalDays,
      enable_fuzz: settings.enableFuzz
    });
    schedulers.set(key, scheduler);
  }
  return scheduler;
}

function toFsrsCard(state: CardState): FsrsCard {
  return {
    due: new Date(state.dueMs),
    stability: state.stability,
    difficulty: state.difficulty,
    // Deprecated in ts-fsrs 5 and recomputed from `last_review` on every review.
    elapsed_days: 0,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: STATE_OF[state.phase],
    ...(state.lastReviewMs === null ? {} : { last_review: new Date(state.lastReviewMs) })
  };
}

function fromFsrsCard(cardId: string, card: FsrsCard): CardState {
  return {
    cardId,
    phase: PHASE_OF[card.state],
    dueMs: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    lastReviewMs: card.last_review ? card.last_review.getTime() : null
  };
}

/**
 * The card id for a question: questions about one fact share a card (`setId/factId`), other
 * questions get their own (`setId/questionId`). Set and question ids never contain `/`.
 */
export function cardIdFor(setId: string, question: Pick<Question, 'id' | 'factId'>): string {
  return `${setId}/${question.factId ?? question.id}`;
}

/** A card never reviewed, due right away. */
export function newCard(cardId: string, now: Instant): CardState {
  return fromFsrsCard(cardId, createEmptyCard(new Date(toMs(now))));
}

/**
 * Rates a card at `now` and returns its next state with a log entry. The input is not changed.
 *
 * @example
 * const { state, log } = reviewCard(card, 'good', nowMs);
 * // store `state` in place of `card` and append `log` to the review log
 */
export function reviewCard(
  state: CardState,
  rating: Rating,
  now: Instant,
  params: Partial<SchedulerParams> = {}
): { state: CardState; log: ReviewLog } {
  const nowMs = toMs(now);
  const { card, log } = schedulerFor(params).next(
    toFsrsCard(state),
    new Date(nowMs),
    GRADE_OF[rating]
  );
  return {
    state: fromFsrsCard(state.cardId, card),
    log: {
      cardId: state.cardId,
      rating,
      reviewedAtMs: nowMs,
      phaseBefore: state.phase,
      elapsedDays: log.elapsed_days,
      scheduledDays: card.scheduled_days,
      previous: { ...state }
    }
  };
}

/** The state a review log entry replaced: undoing a rating restores it exactly. */
export function stateBeforeReview(log: ReviewLog): CardState {
  return { ...log.previous };
}

export type IntervalUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';
export type IntervalPreview = {
  dueMs: number;
  intervalMs: number;
  /** For a button label such as "10 Min" or "4 T"; the UI translates the unit. */
  amount: number;
  unit: IntervalUnit;
};

/**
 * What each of the four buttons would schedule, for labels like "1 Min / 10 Min / 1 T / 4 T".
 *
 * @example previewIntervals(newCard('s/q1', nowMs), nowMs).good // { amount: 10, unit: 'minute', … }
 */
export function previewIntervals(
  state: CardState,
  now: Instant,
  params: Partial<SchedulerParams> = {}
): Record<Rating, IntervalPreview> {
  const nowMs = toMs(now);
  const preview = (rating: Rating): IntervalPreview => {
    const next = reviewCard(state, rating, nowMs, params).state;
    const intervalMs = Math.max(0, next.dueMs - nowMs);
    return { dueMs: next.dueMs, intervalMs, ...describeInterval(intervalMs) };
  };
  return {
    again: preview('again'),
    hard: preview('hard'),
    good: preview('good'),
    easy: preview('easy')
  };
}

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

/** How likely the learner still remembers the card at `now` (0–1); 0 for a new card. */
export function retrievability(
  state: CardState,
  now: Instant,
  params: Partial<SchedulerParams> = {}
): number {
  if (state.phase === 'new') return 0;
  return schedulerFor(params).get_retrievability(toFsrsCard(state), new Date(toMs(now)), false);
}

/**
 * The rating a quiz answer gives the fact's card: a right answer reviews it as Good, a wrong one
 * as Again. (A quiz does not know whether recall was hard or easy.)
 */
export function quizOutcomeRating(correct: boolean): Rating {
  return correct ? 'good' : 'again';
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
