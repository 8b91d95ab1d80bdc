import fc from 'fast-check';
import { createEmptyCard, fsrs, Rating as FsrsRating, type Card, type Grade } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import {
  cardIdFor,
  clampDesiredRetention,
  describeInterval,
  dueCards,
  newCard,
  newCardsLeftToday,
  previewIntervals,
  quizOutcomeRating,
  RATINGS,
  retrievability,
  reviewCard,
  stateBeforeReview,
  studyDayStartMs,
  type CardState,
  type Rating
} from '.';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const T0 = Date.UTC(2026, 0, 1, 9, 0, 0);

/** Reviews a card on each due date with the given ratings; returns every state on the way. */
function history(ratings: readonly Rating[], startMs = T0, params = {}) {
  let state = newCard('set/fact', startMs);
  let nowMs = startMs;
  const states: CardState[] = [];
  for (const rating of ratings) {
    state = reviewCard(state, rating, nowMs, params).state;
    states.push(state);
    nowMs = state.dueMs;
  }
  return states;
}

describe('reviewCard: golden history', () => {
  // Pinned output of ts-fsrs 5.4 with default weights, retention 0.9, no fuzz, each review on
  // the due date. A change here means the scheduler changed: check it is intended.
  const ratings: Rating[] = [
    'good',
    'good',
    'good',
    'good',
    'again',
    'good',
    'good',
    'hard',
    'easy'
  ];

  it('pins phases, intervals, lapses and memory state of a whole history', () => {
    const states = history(ratings);
    expect(states.map((s) => s.phase)).toEqual([
      'learning',
      'review',
      'review',
      'review',
      'relearning',
      'review',
      'review',
      'review',
      'review'
    ]);
    expect(states.map((s) => s.scheduledDays)).toEqual([0, 2, 11, 46, 0, 3, 8, 14, 40]);
    expect(states.map((s) => s.reps)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(states.map((s) => s.lapses)).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 1]);
    expect(states.map((s) => Number(s.stability.toFixed(4)))).toEqual([
      2.3065, 2.3065, 10.971, 46.3169, 2.9338, 2.9338, 7.7991, 14.4451, 39.7019
    ]);
    expect(states.map((s) => Number(s.difficulty.toFixed(4)))).toEqual([
      2.1181, 2.1112, 2.1043, 2.0975, 7.3877, 7.3756, 7.3634, 8.2349, 7.6304
    ]);
    expect(states.map((s) => (s.dueMs - T0) / MINUTE)).toEqual([
      10, 2890, 18730, 84970, 84980, 89300, 100820, 120980, 178580
    ]);
  });

  it('matches ts-fsrs used directly, so the JSON conversion loses nothing', () => {
    const scheduler = fsrs({ request_retention: 0.9, enable_fuzz: false });
    const grades: Record<Rating, Grade> = {
      again: FsrsRating.Again,
      hard: FsrsRating.Hard,
      good: FsrsRating.Good,
      easy: FsrsRating.Easy
    };
    let card: Card = createEmptyCard(new Date(T0));
    let nowMs = T0;
    const direct: Card[] = [];
    for (const rating of ratings) {
      card = scheduler.next(card, new Date(nowMs), grades[rating]).card;
      direct.push(card);
      nowMs = card.due.getTime();
    }
    expect(history(ratings)).toEqual(
      direct.map((c) => ({
        cardId: 'set/fact',
        phase: ['new', 'learning', 'review', 'relearning'][c.state],
        dueMs: c.due.getTime(),
        stability: c.stability,
        difficulty: c.difficulty,
        scheduledDays: c.scheduled_days,
        learningSteps: c.learning_steps,
        reps: c.reps,
        lapses: c.lapses,
        lastReviewMs: c.last_review?.getTime() ?? null
      }))
    );
  });

  it('returns the same history for the same input, fuzz or not', () => {
    expect(history(ratings, T0, { enableFuzz: true })).toEqual(
      history(ratings, T0, { enableFuzz: true })
    );
  });
});

describe('reviewCard: the clock is an argument', () => {
  it('takes a Date or milliseconds alike', () => {
    const card = newCard('s/q', new Date(T0));
    expect(card).toEqual(newCard('s/q', T0));
    expect(reviewCard(card, 'good', new Date(T0 + DAY))).toEqual(
      reviewCard(card, 'good', T0 + DAY)
    );
  });

  it('refuses an invalid clock instead of scheduling a card at NaN', () => {
    const card = newCard('s/q', T0);
    expect(() => reviewCard(card, 'good', Number.NaN)).toThrow(RangeError);
    expect(() => newCard('s/q', new Date('not a date'))).toThrow(RangeError);
  });

  it('schedules from the moment of the review, however late it is', () => {
    const learned = history(['good', 'good']).at(-1)!;
    const onTime = reviewCard(learned, 'good', learned.dueMs).state;
    const late = reviewCard(learned, 'good', learned.dueMs + 30 * DAY).state;
    expect(late.lastReviewMs).toBe(learned.dueMs + 30 * DAY);
    // Remembering after a longer gap is stronger evidence: stability grows more.
    expect(late.stability).toBeGreaterThan(onTime.stability);
    expect(late.dueMs).toBeGreaterThan(onTime.dueMs);
  });

  it('lets retrievability fall as time passes', () => {
    const learned = history(['good', 'good']).at(-1)!;
    const soon = retrievability(learned, learned.lastReviewMs! + DAY);
    const onDue = retrievability(learned, learned.dueMs);
    const later = retrievability(learned, learned.dueMs + 60 * DAY);
    expect(soon).toBeGreaterThan(onDue);
    expect(onDue).toBeCloseTo(0.9, 1);
    expect(later).toBeLessThan(onDue);
    expect(retrievability(newCard('s/q', T0), T0 + DAY)).toBe(0);
  });

  it('does not mutate its input and returns plain JSON', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...RATINGS), { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: 90 * DAY }), { minLength: 12, maxLength: 12 }),
        (ratings, delays) => {
          let state = newCard('s/q', T0);
          let nowMs = T0;
          ratings.forEach((rating, index) => {
            const frozen = structuredClone(state);
            nowMs += delays[index] ?? 0;
            const { state: next, log } = reviewCard(state, rating, nowMs);
            expect(state).toEqual(frozen);
            expect(JSON.parse(JSON.stringify(next))).toEqual(next);
            expect(stateBeforeReview(log)).toEqual(frozen);
            expect(next.reps).toBe(state.reps + 1);
            expect(next.dueMs).toBeGreaterThan(nowMs);
            state = next;
          });
        }
      )
    );
  });

  it('logs the rating, the time, the phase before and the elapsed days', () => {
    const learned = history(['good', 'good']).at(-1)!;
    const { log } = reviewCard(learned, 'again', learned.dueMs + DAY);
    expect(log).toMatchObject({
      cardId: 'set/fact',
      rating: 'again',
      reviewedAtMs: learned.dueMs + DAY,
      phaseBefore: 'review',
      elapsedDays: 3
    });
  });
});

describe('desired retention', () => {
  it('defaults to 0.9 and shortens intervals when raised', () => {
    const ratings: Rating[] = ['good', 'good', 'good', 'good'];
    const standard = history(ratings).at(-1)!.scheduledDays;
    expect(history(ratings, T0, { desiredRetention: 0.9 }).at(-1)!.scheduledDays).toBe(standard);
    expect(history(ratings, T0, { desiredRetention: 0.95 }).at(-1)!.scheduledDays).toBeLessThan(
      standard
    );
    expect(history(ratings, T0, { desiredRetention: 0.8 }).at(-1)!.scheduledDays).toBeGreaterThan(
      standard
    );
  });

  it('is clamped to a range FSRS handles', () => {
    expect(clampDesiredRetention(0.5)).toBe(0.7);
    expect(clampDesiredRetention(1)).toBe(0.97);
    expect(clampDesiredRetention(Number.NaN)).toBe(0.9);
    expect(clampDesiredRetention(0.85)).toBe(0.85);
  });
});

describe('previewIntervals', () => {
  it('labels the four buttons of a new card: 1 Min / 6 Min / 10 Min / 8 T', () => {
    const preview = previewIntervals(newCard('s/q', T0), T0);
    expect(
      RATINGS.map((rating) => [preview[rating].amount, preview[rating].unit, preview[rating].dueMs])
    ).toEqual([
      [1, 'minute', T0 + MINUTE],
      [6, 'minute', T0 + 6 * MINUTE],
      [10, 'minute', T0 + 10 * MINUTE],
      [8, 'day', T0 + 8 * DAY]
    ]);
  });

  it('agrees with what reviewing would schedule, and grows from again to easy', () => {
    const learned = history(['good', 'good', 'good']).at(-1)!;
    const preview = previewIntervals(learned, learned.dueMs);
    for (const rating of RATINGS) {
      expect(preview[rating].dueMs).toBe(reviewCard(learned, rating, learned.dueMs).state.dueMs);
    }
    const intervals = RATINGS.map((rating) => preview[rating].intervalMs);
    expect([...intervals].sort((a, b) => a - b)).toEqual(intervals);
  });

  it.each([
    [30_000, 1, 'minute'],
    [10 * MINUTE, 10, 'minute'],
    [90 * MINUTE, 2, 'hour'],
    [DAY, 1, 'day'],
    [4 * DAY, 4, 'day'],
    [45 * DAY, 1.5, 'month'],
    [730 * DAY, 2, 'year']
  ])('describes %i ms as %d %s', (intervalMs, amount, unit) => {
    expect(describeInterval(intervalMs)).toEqual({ amount, unit });
  });
});

describe('quiz answers', () => {
  it('review the fact card as good when right and again when wrong', () => {
    expect(quizOutcomeRating(true)).toBe('good');
    expect(quizOutcomeRating(false)).toBe('again');
  });

  it('share one card per fact', () => {
    expect(cardIdFor('hikvision', { id: 'q1', factId: 'f1' })).toBe('hikvision/f1');
    expect(cardIdFor('hikvision', { id: 'q2', factId: 'f1' })).toBe('hikvision/f1');
    expect(cardIdFor('hikvision', { id: 'q3' })).toBe('hikvision/q3');
  });
});

describe('dueCards', () => {
  const card = (cardId: string, phase: CardState['phase'], dueMs: number): CardState => ({
    ...newCard(cardId, 0),
    phase,
    dueMs
  });
  const states = [
    card('b', 'review', T0 - DAY),
    card('a', 'review', T0 - DAY),
    card('c', 'learning', T0 - MINUTE),
    card('d', 'review', T0 + MINUTE),
    card('n2', 'new', T0 - 2 * DAY),
    card('n1', 'new', T0 - 3 * DAY),
    card('n3', 'new', T0 - DAY)
  ];

  it('puts the most overdue first, ties by id, then the oldest new cards', () => {
    expect(dueCards(states, T0, 50, 2).map((s) => s.cardId)).toEqual(['a', 'b', 'c', 'n1', 'n2']);
  });

  it('honours both limits and leaves the input alone', () => {
    const before = states.map((s) => s.cardId);
    expect(dueCards(states, T0, 2, 5).map((s) => s.cardId)).toEqual(['a', 'b']);
    expect(dueCards(states, T0, 50).map((s) => s.cardId)).toEqual(['a', 'b', 'c']);
    expect(states.map((s) => s.cardId)).toEqual(before);
  });

  it('brings a card in when the clock reaches its due date', () => {
    expect(dueCards(states, T0 + MINUTE - 1, 50).map((s) => s.cardId)).not.toContain('d');
    expect(dueCards(states, T0 + MINUTE, 50).map((s) => s.cardId)).toContain('d');
  });
});

describe('daily new-card limit', () => {
  it('starts the study day at 4 am local time', () => {
    const berlin = -60;
    expect(studyDayStartMs(Date.UTC(2026, 0, 10, 12), berlin)).toBe(Date.UTC(2026, 0, 10, 3));
    // 2:30 am in Berlin still belongs to the previous day.
    expect(studyDayStartMs(Date.UTC(2026, 0, 10, 1, 30), berlin)).toBe(Date.UTC(2026, 0, 9, 3));
    expect(studyDayStartMs(Date.UTC(2026, 0, 10, 3), berlin)).toBe(Date.UTC(2026, 0, 10, 3));
    expect(studyDayStartMs(Date.UTC(2026, 0, 10, 12), 0, 0)).toBe(Date.UTC(2026, 0, 10));
    expect(studyDayStartMs(Date.UTC(2026, 0, 10, 2), 300)).toBe(Date.UTC(2026, 0, 9, 9));
  });

  it('counts distinct cards first reviewed today', () => {
    const dayStart = Date.UTC(2026, 0, 10, 3);
    const reviews = [
      { cardId: 'a', phaseBefore: 'new' as const, reviewedAtMs: dayStart + 1 },
      { cardId: 'a', phaseBefore: 'learning' as const, reviewedAtMs: dayStart + 2 },
      { cardId: 'b', phaseBefore: 'new' as const, reviewedAtMs: dayStart + 3 },
      { cardId: 'c', phaseBefore: 'review' as const, reviewedAtMs: dayStart + 4 },
      { cardId: 'd', phaseBefore: 'new' as const, reviewedAtMs: dayStart - 1 }
    ];
    expect(newCardsLeftToday(reviews, dayStart, 20)).toBe(18);
    expect(newCardsLeftToday(reviews, dayStart, 1)).toBe(0);
    expect(newCardsLeftToday([], dayStart, 20)).toBe(20);
  });
});
