import {
  createEmptyCard,
  fsrs,
  Rating as FsrsRating,
  State as FsrsState,
  type Card as FsrsCard,
  type FSRS,
  type Grade
} from 'ts-fsrs';
import {
  describeInterval,
  toMs,
  type CardPhase,
  type CardState,
  type Instant,
  type IntervalUnit,
  type Rating,
  type ReviewLog
} from './calendar';
import { clampDesiredRetention, DEFAULT_SCHEDULER_PARAMS, type SchedulerParams } from './params';

/**
 * Spaced repetition on top of `ts-fsrs`, the only module that imports it. Card states are plain
 * JSON (numbers and strings, timestamps in milliseconds) so they store in IndexedDB and travel
 * in backups as they are. Every function takes the clock as an argument, never mutates its
 * input and returns new values.
 */

// The calendar half (ids, days, queues) lives apart so a page can count due cards without
// loading ts-fsrs; re-exported so callers keep one import path.
export {
  cardIdFor,
  describeInterval,
  dueCards,
  flashcardIdsOf,
  LEARN_AHEAD_MS,
  newCardsLeftToday,
  RATINGS,
  studyDayStartMs,
  type CardPhase,
  type CardState,
  type Instant,
  type IntervalUnit,
  type Rating,
  type ReviewLog
} from './calendar';
export {
  clampDesiredRetention,
  DEFAULT_SCHEDULER_PARAMS,
  MAX_DESIRED_RETENTION,
  MIN_DESIRED_RETENTION,
  type SchedulerParams
} from './params';

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
  const before = toFsrsCard(state);
  // A review "in the future" (a backup from a device whose clock ran ahead) counts as just
  // now: FSRS refuses a negative elapsed time, and the card would fail on every visit.
  if (before.last_review && before.last_review.getTime() > nowMs)
    before.last_review = new Date(nowMs);
  const { card, log } = schedulerFor(params).next(before, new Date(nowMs), GRADE_OF[rating]);
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
