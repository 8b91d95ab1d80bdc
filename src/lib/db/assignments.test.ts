import { describe, expect, it } from 'vitest';
import { answerKeyFor } from '$lib/core/assign';
import { assignmentOf, secretSet, submissionOf, T0 } from '$lib/core/assign/test-fixtures';
import {
  addSubmissions,
  deleteTeacherAssignment,
  finishStudentAttempt,
  getStudentAssignment,
  getTeacherAssignment,
  listTeacherAssignments,
  recordStudentAnswer,
  removeSubmission,
  saveTeacherAssignment,
  SET_ASIDE_PREFIX,
  setAsideStudentAssignment,
  startStudentAttempt,
  updateTeacherAssignment,
  type TeacherAssignmentRecord
} from './assignments';
import { putSetting } from './settings';
import { freshDb, withFullDisk } from './test-helpers';

function teacherRecord(id: string, createdAtMs: number): TeacherAssignmentRecord {
  const set = secretSet();
  const assignment = assignmentOf(set, {
    id,
    questions: { ids: ['q-mc', 'q-tf'] },
    answerKey: 'withheld',
    feedback: 'after-grading'
  });
  const key = answerKeyFor(assignment, set);
  if (!key.ok) throw new Error('key');
  return {
    assignment,
    key: key.key,
    setTitle: set.title,
    language: set.language,
    createdAtMs,
    submissions: []
  };
}

describe('teacher assignments', () => {
  it('stores an assignment with its key and lists them newest first', async () => {
    const db = await freshDb();
    await saveTeacherAssignment(db, teacherRecord('a-old', T0));
    await saveTeacherAssignment(db, teacherRecord('a-new', T0 + 1000));
    // Other settings, and a student's progress, are not assignments.
    await putSetting(db, 'quiz.feedback', 'immediate');
    await startStudentAttempt(db, 'a-else', {
      number: 1,
      seed: 's',
      student: 'Mia',
      startedAtMs: T0,
      answers: []
    });

    const list = await listTeacherAssignments(db);
    expect(list.map((r) => r.assignment.id)).toEqual(['a-new', 'a-old']);
    const one = await getTeacherAssignment(db, 'a-old');
    expect(one?.key.map((q) => q.id)).toEqual(['q1', 'q2']);
    expect(one?.key[0]).toMatchObject({ type: 'multiple-choice', answer: 'Peking' });
    expect(await getTeacherAssignment(db, 'a-missing')).toBeUndefined();
  });

  it('treats a damaged stored record as absent instead of trusting it', async () => {
    const db = await freshDb();
    await db.put('teacherAssignments', { assignment: { id: 'a-bad' }, key: [] } as never);
    expect(await getTeacherAssignment(db, 'a-bad')).toBeUndefined();
    expect(await listTeacherAssignments(db)).toEqual([]);
  });

  it('adds results once: the same code imported twice is a duplicate', async () => {
    const db = await freshDb();
    await saveTeacherAssignment(db, teacherRecord('a-test', T0));
    const mia = submissionOf('Mia', ['Peking', false]);
    const ben = submissionOf('Ben', ['Bern', true]);
    expect(await addSubmissions(db, 'a-test', [mia, mia])).toEqual({ added: 1, duplicates: 1 });
    expect(await addSubmissions(db, 'a-test', [mia, ben])).toEqual({ added: 1, duplicates: 1 });
    const stored = await getTeacherAssignment(db, 'a-test');
    expect(stored?.submissions.map((s) => s.student)).toEqual(['Mia', 'Ben']);
  });

  it('stores nothing of a batch that holds a result for another assignment', async () => {
    const db = await freshDb();
    await saveTeacherAssignment(db, teacherRecord('a-test', T0));
    const stranger = { ...submissionOf('Eve', ['Bern']), assignmentId: 'a-other' };
    await expect(
      addSubmissions(db, 'a-test', [submissionOf('Mia', ['Peking']), stranger])
    ).rejects.toThrow();
    expect((await getTeacherAssignment(db, 'a-test'))?.submissions).toEqual([]);
  });

  it('keeps the stored results when the disk is full', async () => {
    const db = await freshDb();
    await saveTeacherAssignment(db, teacherRecord('a-test', T0));
    await expect(
      addSubmissions(withFullDisk(db, 'teacherAssignments', 'put'), 'a-test', [
        submissionOf('Mia', [true])
      ])
    ).rejects.toMatchObject({ kind: 'quota-exceeded' });
    expect((await getTeacherAssignment(db, 'a-test'))?.submissions).toEqual([]);
  });
});

describe('student progress', () => {
  it('stores each answer as given, replaces a changed one and finishes once', async () => {
    const db = await freshDb();
    await startStudentAttempt(db, 'a-test', {
      number: 1,
      seed: 'seed-1',
      student: 'Mia',
      startedAtMs: T0,
      answers: []
    });
    await recordStudentAnswer(db, 'a-test', 1, {
      questionId: 'q1',
      response: 'Bern',
      answeredAtMs: T0 + 1
    });
    await recordStudentAnswer(db, 'a-test', 1, {
      questionId: 'q2',
      response: ['a', 'b'],
      answeredAtMs: T0 + 2
    });
    await recordStudentAnswer(db, 'a-test', 1, {
      questionId: 'q1',
      response: 'Peking',
      answeredAtMs: T0 + 3
    });
    await finishStudentAttempt(db, 'a-test', 1, T0 + 10);
    await finishStudentAttempt(db, 'a-test', 1, T0 + 99);

    const record = await getStudentAssignment(db, 'a-test');
    expect(record?.attempts).toEqual([
      {
        number: 1,
        seed: 'seed-1',
        student: 'Mia',
        startedAtMs: T0,
        finishedAtMs: T0 + 10,
        answers: [
          { questionId: 'q2', response: ['a', 'b'], answeredAtMs: T0 + 2 },
          { questionId: 'q1', response: 'Peking', answeredAtMs: T0 + 3 }
        ]
      }
    ]);
    await expect(
      recordStudentAnswer(db, 'a-test', 1, { questionId: 'q3', response: true, answeredAtMs: 1 })
    ).rejects.toThrow();
  });

  it('refuses to start an attempt number twice', async () => {
    const db = await freshDb();
    const attempt = { number: 1, seed: 's', student: 'Mia', startedAtMs: T0, answers: [] };
    await startStudentAttempt(db, 'a-test', attempt);
    await expect(
      startStudentAttempt(db, 'a-test', { ...attempt, student: 'Ben' })
    ).rejects.toThrow();
    expect((await getStudentAssignment(db, 'a-test'))?.attempts).toHaveLength(1);
  });

  it('sets a record aside as stored, so the assignment starts afresh and nothing is lost', async () => {
    const db = await freshDb();
    const attempt = { number: 1, seed: 's', student: 'Mia', startedAtMs: T0, answers: [] };
    await startStudentAttempt(db, 'a-test', attempt);
    const key = await setAsideStudentAssignment(db, 'a-test', T0 + 5);
    expect(key).toBe(`${SET_ASIDE_PREFIX}a-test/${T0 + 5}`);
    expect(await getStudentAssignment(db, 'a-test')).toBeUndefined();
    expect(await db.get('settings', key!)).toEqual({
      key,
      value: { assignmentId: 'a-test', attempts: [attempt] }
    });
    expect(await setAsideStudentAssignment(db, 'a-test', T0 + 6)).toBeUndefined();
  });

  it('sets a damaged record aside instead of overwriting it when an attempt starts', async () => {
    // Regression: a stored record that failed validation was read as absent and replaced by
    // the next start, so the student's earlier answers were gone without a word.
    const db = await freshDb();
    const damaged = { assignmentId: 'a-test', attempts: [{ number: 'one' }] };
    await db.put('assignmentProgress', damaged as never);
    await startStudentAttempt(db, 'a-test', {
      number: 1,
      seed: 's',
      student: 'Mia',
      startedAtMs: T0,
      answers: []
    });
    const kept = (await db.getAll('settings')).filter((s) => s.key.startsWith(SET_ASIDE_PREFIX));
    expect(kept.map((s) => s.value)).toEqual([damaged]);
    expect((await getStudentAssignment(db, 'a-test'))?.attempts).toHaveLength(1);
  });
});

describe('teacher corrections', () => {
  it('removes one result and puts it back (undo); deletes an assignment and restores it', async () => {
    const db = await freshDb();
    await saveTeacherAssignment(db, teacherRecord('a-test', T0));
    const mia = { ...submissionOf('Mia', ['Peking', false]), deviceId: 'dmia000000000001' };
    const ben = submissionOf('Ben', ['Bern', true]);
    await addSubmissions(db, 'a-test', [mia, ben]);
    const without = await removeSubmission(db, 'a-test', mia);
    expect(without.submissions).toEqual([ben]);
    expect((await getTeacherAssignment(db, 'a-test'))?.submissions).toEqual([ben]);
    await addSubmissions(db, 'a-test', [mia]);
    expect((await getTeacherAssignment(db, 'a-test'))?.submissions).toEqual([ben, mia]);

    const deleted = await deleteTeacherAssignment(db, 'a-test');
    expect(deleted?.submissions).toHaveLength(2);
    expect(await getTeacherAssignment(db, 'a-test')).toBeUndefined();
    await saveTeacherAssignment(db, deleted!);
    expect((await getTeacherAssignment(db, 'a-test'))?.submissions).toEqual([ben, mia]);
    expect(await deleteTeacherAssignment(db, 'a-missing')).toBeUndefined();
  });

  it('stores which attempt counts and the names a teacher gave, and refuses an empty name', async () => {
    const db = await freshDb();
    await saveTeacherAssignment(db, teacherRecord('a-test', T0));
    await updateTeacherAssignment(db, 'a-test', {
      counting: 'last',
      names: { 'device:dmia000000000001': 'Mia S.' }
    });
    const stored = await getTeacherAssignment(db, 'a-test');
    expect(stored?.counting).toBe('last');
    expect(stored?.names).toEqual({ 'device:dmia000000000001': 'Mia S.' });
    await expect(
      updateTeacherAssignment(db, 'a-test', { names: { 'device:x': '  ' } })
    ).rejects.toThrow();
    expect((await getTeacherAssignment(db, 'a-test'))?.names).toEqual({
      'device:dmia000000000001': 'Mia S.'
    });
  });

  it('takes a key with an accepted answer, but never one with other questions', async () => {
    const db = await freshDb();
    const record = teacherRecord('a-test', T0);
    await saveTeacherAssignment(db, record);
    const key = record.key.map((q, i) => (i === 0 ? { ...q, accept: ['Bern'] } : q));
    await updateTeacherAssignment(db, 'a-test', { key });
    expect((await getTeacherAssignment(db, 'a-test'))?.key[0]?.accept).toEqual(['Bern']);
    await expect(updateTeacherAssignment(db, 'a-test', { key: key.slice(1) })).rejects.toThrow(
      'A changed key must keep its questions.'
    );
  });

  it('keeps the original key beside an edited one, and forgets it on undo', async () => {
    const db = await freshDb();
    const record = teacherRecord('a-test', T0);
    await saveTeacherAssignment(db, record);
    const key = record.key.map((q, i) => (i === 0 ? { ...q, accept: ['Bern'] } : q));
    await updateTeacherAssignment(db, 'a-test', { key, originalKey: record.key });
    const stored = await getTeacherAssignment(db, 'a-test');
    expect(stored?.originalKey).toEqual(record.key);
    expect(stored?.key[0]?.accept).toEqual(['Bern']);
    await updateTeacherAssignment(db, 'a-test', { key: record.key, originalKey: undefined });
    expect((await getTeacherAssignment(db, 'a-test'))?.originalKey).toBeUndefined();
    await expect(
      updateTeacherAssignment(db, 'a-test', { originalKey: record.key.slice(1) })
    ).rejects.toThrow('An original key must have the same questions.');
  });
});
