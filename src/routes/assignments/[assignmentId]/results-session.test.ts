/** The teacher's results page without a browser: key edits regrade, show and undo; storage fails safely. */
import { describe, expect, it } from 'vitest';
import { answerKeyFor, applyKeyEdit } from '$lib/core/assign';
import { assignmentOf, secretSet, submissionOf } from '$lib/core/assign/test-fixtures';
import {
  addSubmissions,
  getTeacherAssignment,
  removeSubmission,
  saveTeacherAssignment,
  updateTeacherAssignment,
  type LesequizDb,
  type TeacherAssignmentRecord
} from '$lib/db';
import { freshDb } from '$lib/db/test-helpers';
import { ResultsSession, UNDO_WINDOW_MS, type ResultsStore } from './results-session.svelte';

function storeOn(db: LesequizDb): ResultsStore {
  return {
    load: (id) => getTeacherAssignment(db, id),
    update: (id, change) => updateTeacherAssignment(db, id, change),
    removeSubmission: (id, submission) => removeSubmission(db, id, submission),
    addSubmissions: (id, submissions) => addSubmissions(db, id, submissions)
  };
}

/** A timer the test fires by hand. */
function manualTimer() {
  const pending: { run: () => void; ms: number; cancelled: boolean }[] = [];
  return {
    schedule: (run: () => void, ms: number) => {
      const entry = { run, ms, cancelled: false };
      pending.push(entry);
      return () => (entry.cancelled = true);
    },
    fire: () => {
      for (const entry of pending.splice(0)) if (!entry.cancelled) entry.run();
    },
    pending
  };
}

async function setup() {
  const set = secretSet();
  const assignment = assignmentOf(set, {
    id: 'a-test',
    questions: { ids: ['q-mc', 'q-tf'] },
    answerKey: 'withheld',
    feedback: 'after-grading'
  });
  const key = answerKeyFor(assignment, set);
  if (!key.ok) throw new Error('key');
  const record: TeacherAssignmentRecord = {
    assignment,
    key: key.key,
    setTitle: set.title,
    language: 'de',
    createdAtMs: 0,
    submissions: [
      { ...submissionOf('Mia', ['Ottawa', false]), deviceId: 'dmia000000000001' },
      { ...submissionOf('Ben', ['Peking', true]), deviceId: 'dben000000000001' }
    ]
  };
  const db = await freshDb();
  await saveTeacherAssignment(db, record);
  const timer = manualTimer();
  const session = new ResultsSession('a-test', { store: storeOn(db), schedule: timer.schedule });
  await session.load();
  return { db, session, timer, record };
}

const scores = (session: ResultsSession) =>
  session.report?.students.map((s) => [s.name, s.correct]) ?? [];

describe('ResultsSession', () => {
  it('edits the key: every result is regraded, the change is listed and stored', async () => {
    const { db, session } = await setup();
    expect(scores(session)).toEqual([
      ['Ben', 1],
      ['Mia', 1]
    ]);
    const mc = session.record!.key[0]!;
    const edit = applyKeyEdit(mc, { type: 'multiple-choice', answer: 'Ottawa', accept: [] });
    if (!edit.ok) throw new Error(edit.problem);
    expect(await session.editKey(edit.question)).toBe(true);
    expect(scores(session)).toEqual([
      ['Ben', 0],
      ['Mia', 2]
    ]);
    expect(session.notice).toEqual({ kind: 'key-edited', question: 1, regraded: 2 });
    expect(session.changedKey.map((d) => [d.index, d.original.answer, d.current.answer])).toEqual([
      [0, 'Peking', 'Ottawa']
    ]);
    const stored = await getTeacherAssignment(db, 'a-test');
    expect(stored?.key[0]?.answer).toBe('Ottawa');
    expect(stored?.originalKey?.[0]?.answer).toBe('Peking');
  });

  it('undoes a key edit, and the original key is forgotten again', async () => {
    const { db, session } = await setup();
    const tf = session.record!.key[1]!;
    const edit = applyKeyEdit(tf, { type: 'true-false', answer: true });
    if (!edit.ok) throw new Error(edit.problem);
    await session.editKey(edit.question);
    expect(scores(session)).toEqual([
      ['Ben', 2],
      ['Mia', 0]
    ]);
    expect(await session.undo()).toBe(true);
    expect(scores(session)).toEqual([
      ['Ben', 1],
      ['Mia', 1]
    ]);
    expect(session.notice).toBeNull();
    expect(session.changedKey).toEqual([]);
    expect((await getTeacherAssignment(db, 'a-test'))?.originalKey).toBeUndefined();
  });

  it('keeps the first original across changes and restores one question to it', async () => {
    const { session } = await setup();
    await session.accept('q1', 'Ottawa');
    expect(session.notice).toEqual({ kind: 'accepted', response: 'Ottawa', regraded: 1 });
    const tf = applyKeyEdit(session.record!.key[1]!, { type: 'true-false', answer: true });
    if (!tf.ok) throw new Error(tf.problem);
    await session.editKey(tf.question);
    expect(session.changedKey.map((d) => d.index)).toEqual([0, 1]);
    expect(session.record?.originalKey?.[0]?.accept).toBeUndefined();
    await session.restore('q1');
    expect(session.notice).toEqual({ kind: 'key-restored', question: 1, regraded: 1 });
    expect(session.changedKey.map((d) => d.index)).toEqual([1]);
    expect(scores(session)).toEqual([
      ['Ben', 2],
      ['Mia', 0]
    ]);
  });

  it('offers undo for a while only: the timer clears the bar', async () => {
    const { session, timer } = await setup();
    await session.accept('q1', 'Ottawa');
    expect(timer.pending.at(-1)?.ms).toBe(UNDO_WINDOW_MS);
    timer.fire();
    expect(session.notice).toBeNull();
    expect(await session.undo()).toBe(false);
    expect(scores(session)).toEqual([
      ['Ben', 1],
      ['Mia', 2]
    ]);
  });

  it('deletes an attempt and puts it back', async () => {
    const { session } = await setup();
    const ben = session.report!.students[0]!;
    await session.deleteSubmission(ben, ben.submission);
    expect(scores(session)).toEqual([['Mia', 1]]);
    expect(session.notice).toEqual({ kind: 'deleted', attempt: 1, name: 'Ben' });
    await session.undo();
    expect(scores(session)).toEqual([
      ['Ben', 1],
      ['Mia', 1]
    ]);
  });

  it('a key change that cannot be stored changes nothing and says why', async () => {
    const { session } = await setup();
    const failing = new ResultsSession('a-test', {
      store: {
        load: async () => session.record ?? undefined,
        update: async () => {
          throw new Error('disk full');
        },
        removeSubmission: async () => {
          throw new Error('disk full');
        },
        addSubmissions: async () => undefined
      },
      schedule: () => () => undefined
    });
    await failing.load();
    expect(await failing.accept('q1', 'Ottawa')).toBe(false);
    expect(String(failing.changeError)).toContain('disk full');
    expect(failing.record?.key[0]?.accept).toBeUndefined();
    expect(failing.notice).toBeNull();
  });
});
