import { describe, expect, it } from 'vitest';
import { attemptQuestions, decodeResultCode } from '$lib/core/assign';
import { assignmentOf, secretSet, seededRandom, T0 } from '$lib/core/assign/test-fixtures';
import type { PlayableQuestion } from '$lib/core/quiz';
import {
  finishStudentAttempt,
  getOwnSet,
  getStudentAssignment,
  recordStudentAnswer,
  saveOwnSet,
  startStudentAttempt,
  StorageError,
  type LesequizDb
} from '$lib/db';
import { freshDb } from '$lib/db/test-helpers';
import { AttemptSession, type AttemptStore } from './attempt-session.svelte';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

function storeOn(db: LesequizDb): AttemptStore {
  return {
    progress: (id) => getStudentAssignment(db, id),
    start: (id, attempt) => startStudentAttempt(db, id, attempt),
    answer: (id, number, answer) => recordStudentAnswer(db, id, number, answer),
    finish: (id, number, at) => finishStudentAttempt(db, id, number, at),
    keepSet: async (set, nowMs) => {
      if (!(await getOwnSet(db, set.id))) await saveOwnSet(db, set, nowMs);
    }
  };
}

/** A clock the test moves by hand. */
function clock(start = T0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

function setup(options: { timeLimitMinutes?: number; attemptsAllowed?: number } = {}) {
  const assignment = assignmentOf(secretSet(), {
    id: 'aufgabe-1',
    questions: { ids: ['q-mc', 'q-tf'] },
    ...options
  });
  const played = attemptQuestions(assignment);
  if (!played.ok) throw new Error('questions');
  const questions = played.value.questions as PlayableQuestion[];
  const session = (db: LesequizDb, time: ReturnType<typeof clock>) =>
    new AttemptSession(
      assignment,
      questions,
      { feedback: 'immediate', language: 'de' },
      { store: storeOn(db), now: time.now, random: seededRandom(7) }
    );
  return { assignment, session };
}

describe('AttemptSession', () => {
  it('stores each answer as given and resumes after a reload where the student left off', async () => {
    const db = await freshDb();
    const time = clock();
    const { session } = setup();
    const first = session(db, time);
    expect(await first.load()).toBe('');
    expect(first.phase.name).toBe('intro');
    await first.start('Mia');
    expect(first.phase.name).toBe('playing');
    const [one, two] = first.playing;
    time.advance(30 * SECOND);
    await first.save(one!.id, 'Peking');

    // A reload: a new session on the same storage.
    const again = session(db, time);
    expect(await again.load()).toBe('Mia');
    expect(again.phase.name).toBe('playing');
    expect(again.playing.map((q) => q.id)).toEqual([one!.id, two!.id]);
    expect(again.startIndex).toBe(1);

    time.advance(30 * SECOND);
    await again.save(two!.id, true);
    await again.finish();
    expect(again.phase.name).toBe('done');
    if (again.phase.name !== 'done') return;
    const code = again.phase.done.code;
    const decoded = decodeResultCode(code ?? '', { expectedAssignmentId: 'aufgabe-1' });
    expect(decoded.ok && decoded.value).toMatchObject({
      student: 'Mia',
      attempt: 1,
      startedAtMs: T0,
      finishedAtMs: T0 + MINUTE,
      answers: [
        { questionId: one!.id, answeredAtMs: T0 + 30 * SECOND },
        { questionId: two!.id, answeredAtMs: T0 + MINUTE }
      ]
    });
    // The student's own article stays in their library.
    expect(again.libraryId).toBe('own-secret');
    expect(await getOwnSet(db, 'own-secret')).toBeDefined();
  });

  it('submits by itself when the time limit runs out, with the answers given in time', async () => {
    const db = await freshDb();
    const time = clock();
    const { session } = setup({ timeLimitMinutes: 1 });
    const run = session(db, time);
    await run.load();
    await run.start('Ben');
    expect(run.deadline).toBe(T0 + MINUTE);
    time.advance(20 * SECOND);
    await run.save(run.playing[0]!.id, 'Bern');
    await run.tick();
    expect(run.phase.name).toBe('playing');
    expect(run.nowMs).toBe(T0 + 20 * SECOND);

    time.advance(MINUTE);
    await run.tick();
    expect(run.timedOut).toBe(true);
    expect(run.phase.name === 'done' && run.phase.done.attempt.finishedAtMs).toBe(T0 + MINUTE);
    // Only one finish, however often the timer fires after it.
    await run.tick();
    expect((await getStudentAssignment(db, 'aufgabe-1'))?.attempts).toHaveLength(1);
  });

  it('offers another attempt while some are left, then only the last result', async () => {
    const db = await freshDb();
    const time = clock();
    const { session } = setup({ attemptsAllowed: 2 });
    const run = session(db, time);
    await run.load();
    await run.start('Eva');
    await run.finish();
    expect(run.phase.name === 'done' && run.phase.plan).toMatchObject({ kind: 'start', number: 2 });
    run.again();
    expect(run.phase.name === 'intro' && run.phase.plan.number).toBe(2);
    time.advance(MINUTE);
    await run.start('Eva');
    await run.finish();
    expect(run.phase.name === 'done' && run.phase.plan.kind).toBe('used-up');

    const later = session(db, time);
    expect(await later.load()).toBe('Eva');
    expect(later.phase.name === 'done' && later.phase.done.attempt.number).toBe(2);
  });

  it('says why a start failed and stays on the start screen', async () => {
    const db = await freshDb();
    const { assignment } = setup();
    const played = attemptQuestions(assignment);
    if (!played.ok) throw new Error('questions');
    const full = new StorageError('quota-exceeded', 'full');
    const run = new AttemptSession(
      assignment,
      played.value.questions as PlayableQuestion[],
      { feedback: 'none', language: 'de' },
      {
        store: { ...storeOn(db), start: () => Promise.reject(full) },
        now: clock().now,
        random: seededRandom(1)
      }
    );
    await run.load();
    await run.start('Mia');
    expect(run.startError).toBe(full);
    expect(run.phase.name).toBe('intro');
  });
});
