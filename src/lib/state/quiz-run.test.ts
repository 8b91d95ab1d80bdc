import { describe, expect, it } from 'vitest';
import { gradeAnswer } from '$lib/core/grading';
import type { QuizQuestion } from '$lib/core/quiz';
import { getAttempt, unfinishedAttempt, type LesequizDb } from '$lib/db';
import { freshDb, MINUTE, sampleSet, T0, withFullDisk } from '$lib/db/test-helpers';
import { DEFAULT_STUDY_SETTINGS } from '$lib/study/settings';
import { QuizRun } from './quiz-run.svelte';

const set = sampleSet();

/** A run on `db` with a clock that the test moves by hand. */
function runOn(db: LesequizDb, clock = { nowMs: T0 }) {
  return new QuizRun(set, {
    db: async () => db,
    settings: async () => ({ ...DEFAULT_STUDY_SETTINGS }),
    now: () => clock.nowMs,
    random: () => 0.5,
    timezoneOffsetMinutes: () => 0
  });
}

function playing(run: QuizRun) {
  if (run.phase.name !== 'playing') throw new Error(`Not playing: ${run.phase.name}`);
  return run.phase;
}

/** Answers the question on screen right (or wrong) as the page would. */
async function answerCurrent(run: QuizRun, right: boolean, index: number) {
  const phase = playing(run);
  const question = phase.questions[index]!;
  const response = right ? rightResponse(question) : wrongResponse(question);
  const grade = gradeAnswer(question, response as never, run.grading);
  return run.answer(question, response, grade, { last: index === phase.questions.length - 1 });
}

function rightResponse(question: QuizQuestion) {
  return question.answer as string | boolean;
}

function wrongResponse(question: QuizQuestion) {
  return question.type === 'true-false' ? !question.answer : 'Atlantis';
}

describe('QuizRun', () => {
  it('starts in setup, mixes the questions by the attempt id, and resumes after a reload', async () => {
    const db = await freshDb();
    const run = runOn(db);
    await run.open(null);
    expect(run.phase.name).toBe('setup');
    await run.start({ types: ['short-answer', 'true-false', 'multiple-choice'] }, 'at-end');
    const first = playing(run);
    expect(first.questions).toHaveLength(3);
    // q2 and q3 are about the same sentence: never side by side.
    const order = first.questions.map((q) => q.id);
    expect(Math.abs(order.indexOf('q2') - order.indexOf('q3'))).toBe(2);
    await answerCurrent(run, true, 0);

    const reloaded = runOn(db);
    await reloaded.open(null);
    const resumed = playing(reloaded);
    expect(resumed.resumed).toBe(true);
    expect(resumed.attempt.currentIndex).toBe(1);
    expect(resumed.questions.map((q) => q.id)).toEqual(order);
    expect([...resumed.given.keys()]).toEqual([order[0]]);
  });

  it('finishes the attempt with the last answer: a reload before "Ergebnis ansehen" shows the result', async () => {
    const db = await freshDb();
    const clock = { nowMs: T0 };
    const run = runOn(db, clock);
    await run.open(null);
    await run.start({ types: ['short-answer', 'true-false'] }, 'immediate');
    await answerCurrent(run, true, 0);
    clock.nowMs += MINUTE;
    await answerCurrent(run, false, 1);
    const { attempt } = playing(run);
    expect(attempt.finishedAtMs).toBe(T0 + MINUTE);
    expect(await unfinishedAttempt(db, set.id)).toBeUndefined();

    const reloaded = runOn(db);
    await reloaded.open(attempt.id);
    expect(reloaded.phase).toMatchObject({ name: 'result', summary: { correct: 1, total: 2 } });
  });

  it('"Weiß ich nicht" counts wrong and "Falsche wiederholen" asks it again', async () => {
    const db = await freshDb();
    const run = runOn(db);
    await run.open(null);
    await run.start({ types: ['short-answer'] }, 'immediate');
    const question = playing(run).questions[0]!;
    const grade = gradeAnswer(question, null as never, run.grading);
    await run.answer(question, '', grade, { how: 'dont-know', last: true });
    await run.finish();
    expect(run.phase).toMatchObject({
      name: 'result',
      summary: { correct: 0, mistakes: [{ gaveUp: true }] }
    });
    await run.retry(['q1']);
    expect(playing(run).questions.map((q) => q.id)).toEqual(['q1']);
    expect(playing(run).attempt.options.retryOf).toBeDefined();
  });

  it('skips a question to the end, and the skip survives a reload', async () => {
    const db = await freshDb();
    const run = runOn(db);
    await run.open(null);
    await run.start({ types: ['short-answer', 'true-false'] }, 'immediate');
    const [skipped, other] = playing(run).questions;
    await run.skip(skipped!);
    expect(playing(run).questions.map((q) => q.id)).toEqual([other!.id, skipped!.id]);
    const reloaded = runOn(db);
    await reloaded.open(null);
    expect(playing(reloaded).questions.map((q) => q.id)).toEqual([other!.id, skipped!.id]);
  });

  it('a second tab follows the first instead of recording an opposite verdict', async () => {
    const db = await freshDb();
    const firstTab = runOn(db);
    await firstTab.open(null);
    await firstTab.start({ types: ['short-answer', 'true-false', 'multiple-choice'] }, 'at-end');
    const secondTab = runOn(db);
    await secondTab.open(null);

    expect(await answerCurrent(firstTab, true, 0)).toBe('stored');
    expect(await answerCurrent(secondTab, false, 0)).toBe('followed');
    expect(secondTab.openElsewhere).toBe(true);
    const followed = playing(secondTab);
    expect(followed.attempt.currentIndex).toBe(1);
    expect(followed.followed).toBe(1);
    expect([...followed.given.values()].map((a) => a.correct)).toEqual([true]);
  });

  it('"Neu beginnen" ends the open attempt; a full disk shows as a problem, not a crash', async () => {
    const db = await freshDb();
    const run = runOn(db);
    await run.open(null);
    await run.start({ types: ['short-answer'] }, 'immediate');
    const { attempt } = playing(run);
    await run.discard();
    expect(run.phase.name).toBe('setup');
    expect((await getAttempt(db, attempt.id))?.finishedAtMs).toBe(T0);

    const full = runOn(withFullDisk(db, 'attempts', 'put'));
    await full.open(null);
    await full.start({ types: ['short-answer'] }, 'immediate');
    expect(full.phase).toEqual({ name: 'unavailable', problem: 'quota-exceeded' });
  });
});
