// Whatever the record schemas accept, the pages can use: a card state the schema takes is one
// the scheduler can schedule (regression: backups could hold card states it refuses, which then
// broke flashcards for good), and every stored time is a valid Date.
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { previewIntervals, RATINGS, reviewCard } from '$lib/core/srs';
import { MAX_TIME_MS } from '$lib/core/limits/limits';
import { AttemptRecordSchema, CardStateSchema } from './records';

const FUZZ_RUNS = 300;

/** Mostly plausible numbers, some at and beyond every bound. */
const number = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 60 }), weight: 4 },
  { arbitrary: fc.double({ min: 0, max: 11, noNaN: true }), weight: 4 },
  { arbitrary: fc.double({ min: 0, max: 40_000, noNaN: true }), weight: 2 },
  { arbitrary: fc.double({ noNaN: true }), weight: 1 },
  {
    arbitrary: fc.constantFrom(0, 1, 10, 36_500, MAX_TIME_MS, MAX_TIME_MS + 1, 1e300, -1),
    weight: 1
  }
);
const memory = fc.oneof(
  { arbitrary: fc.double({ min: 1, max: 10, noNaN: true }), weight: 8 },
  { arbitrary: fc.constant(0), weight: 2 },
  { arbitrary: number, weight: 2 }
);
const count = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 60 }), weight: 8 },
  { arbitrary: number, weight: 1 }
);
const time = fc.oneof(
  fc.integer({ min: 0, max: 4_102_444_800_000 }),
  fc.constantFrom(0, MAX_TIME_MS, MAX_TIME_MS + 1, 1e300, -1)
);

const cardLike = fc.record({
  cardId: fc.constantFrom('s/q1', 's/q1', 's/q1', ''),
  phase: fc.constantFrom('new', 'learning', 'review', 'relearning'),
  dueMs: time,
  stability: memory,
  difficulty: memory,
  scheduledDays: count,
  learningSteps: count,
  reps: count,
  lapses: count,
  lastReviewMs: fc.oneof(fc.constant(null), time)
});

describe('card states: refused by the schema, or schedulable', () => {
  it('every accepted state previews and reviews to a valid due date', () => {
    let accepted = 0;
    fc.assert(
      fc.property(cardLike, fc.integer({ min: 0, max: 4_102_444_800_000 }), (input, nowMs) => {
        const parsed = v.safeParse(CardStateSchema, input);
        if (!parsed.success) return;
        const state = parsed.output;
        accepted++;
        const preview = previewIntervals(state, nowMs);
        for (const rating of RATINGS) {
          expect(Number.isFinite(preview[rating].dueMs)).toBe(true);
          const next = reviewCard(state, rating, nowMs).state;
          expect(v.safeParse(CardStateSchema, next).success).toBe(true);
        }
      }),
      { numRuns: FUZZ_RUNS }
    );
    expect(accepted).toBeGreaterThan(FUZZ_RUNS / 20);
  });
});

describe('regression: a card at the longest interval, rated "good", was refused (36,501 days)', () => {
  it('accepts what the scheduler makes of a card at the cap, for every rating', () => {
    const atCap = {
      cardId: 's/q1',
      phase: 'review',
      dueMs: 0,
      stability: 36_500,
      difficulty: 1,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 0,
      lapses: 0,
      lastReviewMs: 0
    };
    const parsed = v.parse(CardStateSchema, atCap);
    for (const rating of RATINGS) {
      const next = reviewCard(parsed, rating, 0).state;
      expect(v.safeParse(CardStateSchema, next).success, rating).toBe(true);
    }
  });
});

describe('AttemptRecordSchema', () => {
  it('refuses a round that lists a question twice (its result keys mistakes by question id)', () => {
    const attempt = {
      id: 'a-1',
      setId: 'set',
      questionIds: ['q1', 'q2'],
      options: { feedback: 'immediate', questionTypes: [], grading: {} },
      currentIndex: 0,
      startedAtMs: 0
    };
    expect(v.safeParse(AttemptRecordSchema, attempt).success).toBe(true);
    expect(
      v.safeParse(AttemptRecordSchema, { ...attempt, questionIds: ['q1', 'q1'] }).success
    ).toBe(false);
  });
});
