import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RATINGS } from '$lib/core/srs';
import { recordAnswer } from './answers';
import { startAttempt } from './attempts';
import { exportBackup, importBackup } from './backup';
import { recordReview, undoLastReview } from './card-reviews';
import type { LesequizDb } from './schema';
import { freshDb, MINUTE, T0 } from './test-helpers';

type Step =
  | { kind: 'review'; card: number; rating: (typeof RATINGS)[number]; waitMs: number }
  | { kind: 'answer'; question: number; correct: boolean; waitMs: number }
  | { kind: 'undo' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('review' as const),
    card: fc.integer({ min: 0, max: 3 }),
    rating: fc.constantFrom(...RATINGS),
    waitMs: fc.integer({ min: 1, max: 30 * 24 * 60 * MINUTE })
  }),
  fc.record({
    kind: fc.constant('answer' as const),
    question: fc.integer({ min: 0, max: 3 }),
    correct: fc.boolean(),
    waitMs: fc.integer({ min: 1, max: 10 * MINUTE })
  }),
  fc.constant({ kind: 'undo' as const })
);

/** Replays a random study history on a fresh database. */
async function studied(steps: Step[]): Promise<LesequizDb> {
  const db = await freshDb();
  await startAttempt(db, {
    id: 'a',
    setId: 's',
    questionIds: ['q0', 'q1', 'q2', 'q3'],
    options: { feedback: 'immediate', questionTypes: [], grading: {} },
    currentIndex: 0,
    startedAtMs: T0
  });
  let nowMs = T0;
  for (const next of steps) {
    if (next.kind === 'undo') {
      await undoLastReview(db);
      continue;
    }
    nowMs += next.waitMs;
    if (next.kind === 'review') {
      await recordReview(db, { cardId: `s/f${next.card}`, setId: 's', rating: next.rating, nowMs });
    } else {
      await recordAnswer(db, {
        attemptId: 'a',
        questionId: `q${next.question}`,
        response: 'x',
        correct: next.correct,
        answeredAtMs: nowMs,
        cardId: `s/f${next.question}`
      });
    }
  }
  return db;
}

describe('backup properties', () => {
  it('export → import into an empty database reproduces it; importing again adds nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 25 }), async (steps) => {
        const source = await studied(steps);
        const backup = await exportBackup(source, 0);
        const target = await freshDb();
        expect((await importBackup(target, JSON.stringify(backup))).ok).toBe(true);
        expect(await exportBackup(target, 0)).toEqual(backup);
        await importBackup(target, backup);
        await importBackup(source, backup);
        expect(await exportBackup(target, 0)).toEqual(backup);
        expect(await exportBackup(source, 0)).toEqual(backup);
        source.close();
        target.close();
      }),
      { numRuns: 40 }
    );
  });
});
