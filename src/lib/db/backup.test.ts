import { describe, expect, it } from 'vitest';
import { recordAnswer } from './answers';
import { startAttempt } from './attempts';
import { BACKUP_FORMAT, exportBackup, importBackup, type Backup } from './backup';
import { recordReview } from './card-reviews';
import { getCard } from './cards';
import type { LesequizDb } from './schema';
import { putSetting } from './settings';
import { saveOwnSet } from './sets';
import {
  DAY,
  freshDb,
  MINUTE,
  sampleSet,
  T0,
  v1StudentProgress,
  v1TeacherAssignment,
  withFullDisk
} from './test-helpers';
import {
  getStudentAssignment,
  getTeacherAssignment,
  recordStudentAnswer,
  saveTeacherAssignment,
  startStudentAttempt
} from './assignments';
import { getCuration } from './curation';
import { V1_ASSIGNMENT_SETTINGS } from './fixtures/v1-assignments';
import { getSetting } from './settings';
import * as v from 'valibot';

/** A database with some of everything: a set, a quiz with two answers, flashcard reviews. */
async function filledDb(): Promise<LesequizDb> {
  const db = await freshDb();
  await saveOwnSet(db, sampleSet(), T0);
  await startAttempt(db, {
    id: 'a1',
    setId: 'hikvision',
    questionIds: ['q1', 'q2', 'q3'],
    options: { feedback: 'immediate', questionTypes: ['short-answer'], grading: {} },
    currentIndex: 0,
    startedAtMs: T0
  });
  await recordAnswer(db, {
    attemptId: 'a1',
    questionId: 'q1',
    response: 'Kanada',
    correct: true,
    answeredAtMs: T0 + MINUTE,
    cardId: 'hikvision/f1'
  });
  await recordAnswer(db, {
    attemptId: 'a1',
    questionId: 'q2',
    response: false,
    correct: false,
    answeredAtMs: T0 + 2 * MINUTE,
    cardId: 'hikvision/f2'
  });
  await recordReview(db, {
    cardId: 'hikvision/f1',
    setId: 'hikvision',
    rating: 'easy',
    nowMs: T0 + DAY
  });
  await putSetting(db, 'desiredRetention', 0.85);
  return db;
}

/** Everything in a database, without the local log keys. */
const snapshot = (db: LesequizDb) => exportBackup(db, 0);

describe('exportBackup', () => {
  it('writes a versioned object with every store', async () => {
    const db = await filledDb();
    const backup = await exportBackup(db, T0 + 2 * DAY);
    expect(backup.format).toBe(BACKUP_FORMAT);
    expect(backup.exportedAtMs).toBe(T0 + 2 * DAY);
    expect(backup.sets).toHaveLength(1);
    expect(backup.attempts).toHaveLength(1);
    expect(backup.answers).toHaveLength(2);
    expect(backup.cards).toHaveLength(2);
    expect(backup.reviews).toHaveLength(3);
    expect(backup.settings).toEqual([{ key: 'desiredRetention', value: 0.85 }]);
    expect(backup.answers.every((answer) => !('seq' in answer))).toBe(true);
    db.close();
  });
});

describe('importBackup', () => {
  it('round-trips through JSON text into an empty database', async () => {
    const source = await filledDb();
    const text = JSON.stringify(await exportBackup(source, T0));
    const target = await freshDb();
    const result = await importBackup(target, text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.counts.reviews).toEqual({ added: 3, updated: 0, unchanged: 0 });
    expect(await snapshot(target)).toEqual(await snapshot(source));
    source.close();
    target.close();
  });

  it('adds nothing when the same backup is imported twice', async () => {
    const db = await filledDb();
    const backup = await exportBackup(db, T0);
    const before = await snapshot(db);
    const result = await importBackup(db, backup);
    expect(result.ok && Object.values(result.counts).every((c) => c.added + c.updated === 0)).toBe(
      true
    );
    expect(await snapshot(db)).toEqual(before);
    db.close();
  });

  it('merges two devices: union of the logs, the more recently reviewed card wins', async () => {
    const phone = await filledDb();
    const laptop = await freshDb();
    await importBackup(laptop, await exportBackup(phone, T0));

    // Both devices study on after the sync.
    await recordReview(phone, {
      cardId: 'hikvision/f2',
      setId: 'hikvision',
      rating: 'good',
      nowMs: T0 + 3 * DAY
    });
    await recordReview(laptop, {
      cardId: 'hikvision/f1',
      setId: 'hikvision',
      rating: 'good',
      nowMs: T0 + 9 * DAY
    });
    await recordReview(laptop, {
      cardId: 'hikvision/f2',
      setId: 'hikvision',
      rating: 'again',
      nowMs: T0 + 2 * DAY
    });
    await putSetting(laptop, 'desiredRetention', 0.95);

    const result = await importBackup(phone, await exportBackup(laptop, T0 + 10 * DAY));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.counts.reviews).toEqual({ added: 2, updated: 0, unchanged: 3 });
      expect(result.counts.cards).toEqual({ added: 0, updated: 1, unchanged: 1 });
      expect(result.counts.settings).toEqual({ added: 0, updated: 0, unchanged: 1 });
    }
    expect((await getCard(phone, 'hikvision/f1'))?.lastReviewMs).toBe(T0 + 9 * DAY);
    expect((await getCard(phone, 'hikvision/f2'))?.lastReviewMs).toBe(T0 + 3 * DAY);
    const merged = await exportBackup(phone, 0);
    expect(merged.reviews).toHaveLength(6);
    expect(merged.settings).toEqual([{ key: 'desiredRetention', value: 0.85 }]);
    phone.close();
    laptop.close();
  });

  it('keeps the attempt that got further and the more recently changed set', async () => {
    const db = await filledDb();
    const backup = await exportBackup(db, T0);
    const ahead: Backup = {
      ...backup,
      attempts: backup.attempts.map((a) => ({ ...a, currentIndex: 3, finishedAtMs: T0 + DAY })),
      sets: backup.sets.map((s) => ({
        ...s,
        updatedAtMs: s.updatedAtMs + 1,
        quizSet: { ...s.quizSet, title: 'Umbenannt' }
      }))
    };
    await importBackup(db, ahead);
    const after = await exportBackup(db, T0);
    expect(after.attempts[0]?.finishedAtMs).toBe(T0 + DAY);
    expect(after.sets[0]?.quizSet.title).toBe('Umbenannt');
    // Importing the older state back changes nothing.
    const result = await importBackup(db, backup);
    expect(result.ok && result.counts.attempts.unchanged + result.counts.sets.unchanged).toBe(2);
    expect((await exportBackup(db, T0)).sets[0]?.quizSet.title).toBe('Umbenannt');
    db.close();
  });

  describe('a bad file changes nothing and says why', () => {
    const cases: [string, (backup: Backup) => unknown, string, RegExp][] = [
      ['not JSON', () => '{"format": "lesequiz-b', 'not-json', /JSON/],
      ['a newer format', (b) => ({ ...b, format: 'lesequiz-backup/3' }), 'wrong-format', /3/],
      ['no format at all', () => ({ cards: [] }), 'wrong-format', /none/],
      ['a quiz set', () => sampleSet(), 'wrong-format', /quizset\/1/],
      [
        'a card with a negative due date',
        (b) => ({ ...b, cards: [{ ...b.cards[0], dueMs: -5 }] }),
        'invalid',
        /cards\.0\.dueMs/
      ],
      [
        'an invalid set inside',
        (b) => ({
          ...b,
          sets: [{ ...b.sets[0], quizSet: { ...b.sets[0]!.quizSet, questions: 'none' } }]
        }),
        'invalid',
        /sets\.0\.quizSet\.questions/
      ],
      // Regression: values a page cannot render or the scheduler refuses broke pages for good.
      [
        'an answer time beyond the Date range',
        (b) => ({ ...b, answers: [{ ...b.answers[0], answeredAtMs: 8.64e15 + 1 }] }),
        'invalid',
        /answers\.0\.answeredAtMs/
      ],
      [
        'a card state the scheduler refuses',
        (b) => ({ ...b, cards: [{ ...b.cards[0], stability: 0, difficulty: 5 }] }),
        'invalid',
        /cards\.0: A card has no memory state/
      ],
      [
        'a setting nested 100,000 levels deep (was a stack overflow blamed on storage)',
        (b) => {
          let value: unknown = 1;
          for (let level = 0; level < 100_000; level++) value = [value];
          return { ...b, settings: [{ key: 'deep', value }] };
        },
        'invalid',
        /deeper than 64 levels/
      ],
      [
        'a valid first half and a broken last review',
        (b) => ({ ...b, reviews: [...b.reviews, { ...b.reviews[0], rating: 'super' }] }),
        'invalid',
        /reviews\.3\.rating/
      ]
    ];

    it.each(cases)('%s', async (_name, corrupt, reason, issue) => {
      const db = await filledDb();
      const before = await snapshot(db);
      const result = await importBackup(db, corrupt(await exportBackup(db, T0)));
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.reason).toBe(reason);
        expect(result.issues.join('\n')).toMatch(issue);
      }
      expect(await snapshot(db)).toEqual(before);
      db.close();
    });
  });

  it('changes nothing when the merge itself fails part-way (a full disk)', async () => {
    const db = await filledDb();
    const before = await snapshot(db);
    const other = await filledDb();
    await recordReview(other, {
      cardId: 'hikvision/f2',
      setId: 'hikvision',
      rating: 'good',
      nowMs: T0 + 5 * DAY
    });
    const incoming = await exportBackup(other, T0);
    // Answers, cards and sets are written before the failing review log entry.
    const changed: Backup = {
      ...incoming,
      answers: incoming.answers.map((a) => ({ ...a, answeredAtMs: a.answeredAtMs + 1 }))
    };
    const result = await importBackup(withFullDisk(db, 'reviews', 'add'), changed).catch(
      (error: unknown) => error
    );
    expect(result).toMatchObject({ kind: 'quota-exceeded' });
    expect(await snapshot(db)).toEqual(before);
    db.close();
    other.close();
  });
});

describe('importBackup: curations and assignments', () => {
  it('imports a version 1 backup, moving them from its settings into their stores', async () => {
    const db = await freshDb();
    const v1Backup = {
      format: 'lesequiz-backup/1',
      exportedAtMs: T0,
      sets: [],
      attempts: [],
      answers: [],
      cards: [],
      reviews: [],
      settings: Object.values(V1_ASSIGNMENT_SETTINGS)
    };
    const result = await importBackup(db, JSON.stringify(v1Backup));
    expect(result.ok && result.counts).toMatchObject({
      curations: { added: 1 },
      teacherAssignments: { added: 1 },
      assignmentProgress: { added: 1 },
      // The damaged record and the ordinary setting stay settings, as version 1 imported them.
      settings: { added: 2 }
    });
    expect(await getCuration(db, 'eigenes-set')).toEqual({
      ok: true,
      curation: V1_ASSIGNMENT_SETTINGS.curation.value
    });
    expect(await getTeacherAssignment(db, 'aufgabe-1')).toEqual(v1TeacherAssignment());
    expect(await getStudentAssignment(db, 'aufgabe-2')).toEqual(v1StudentProgress());
    expect(await getSetting(db, 'assignment/aufgabe-1', v.unknown(), 'none')).toBe('none');
    expect(await getSetting(db, 'assignments.sort', v.string(), '')).toBe('newest');
    db.close();
  });

  it('writes the current format with every store, and reads it back whole', async () => {
    const source = await freshDb();
    await saveTeacherAssignment(source, v1TeacherAssignment());
    await startStudentAttempt(source, 'aufgabe-2', v1StudentProgress().attempts[0]!);
    const backup = await exportBackup(source, T0);
    expect(backup.format).toBe('lesequiz-backup/2');
    expect(backup.teacherAssignments).toEqual([v1TeacherAssignment()]);
    expect(backup.assignmentProgress).toEqual([v1StudentProgress()]);
    const target = await freshDb();
    await importBackup(target, JSON.stringify(backup));
    expect(await snapshot(target)).toEqual(await snapshot(source));
    source.close();
    target.close();
  });

  // Regression: an assignment or a student's progress already on the device was kept as it
  // was ("schon vorhanden"), so results collected on another device were lost to it.
  it('merges collected results and a student’s attempts into what the device has', async () => {
    const school = v1TeacherAssignment();
    const [mia] = school.submissions;
    const ben = { ...mia!, student: 'Ben' };
    school.submissions.push(ben);
    const progressThere = v1StudentProgress();
    const [attempt] = progressThere.attempts;
    // On the other device the student answered one more question, and began a second attempt.
    attempt!.answers.push({
      questionId: 'q2',
      response: false,
      answeredAtMs: attempt!.startedAtMs + MINUTE
    });
    progressThere.attempts.push({
      ...attempt!,
      number: 2,
      seed: 'saat-2',
      startedAtMs: attempt!.startedAtMs + DAY,
      answers: []
    });
    const other = await freshDb();
    await saveTeacherAssignment(other, school);
    for (const one of progressThere.attempts) await startStudentAttempt(other, 'aufgabe-2', one);
    const fromSchool = await exportBackup(other, T0);

    const home = await freshDb();
    await saveTeacherAssignment(home, v1TeacherAssignment());
    await startStudentAttempt(home, 'aufgabe-2', v1StudentProgress().attempts[0]!);

    const result = await importBackup(home, fromSchool);
    expect(result.ok && result.merged).toEqual({ results: 1, attempts: 2 });
    expect(result.ok && result.counts.teacherAssignments).toEqual({
      added: 0,
      updated: 1,
      unchanged: 0
    });
    expect((await getTeacherAssignment(home, 'aufgabe-1'))?.submissions).toEqual([mia, ben]);
    const progress = await getStudentAssignment(home, 'aufgabe-2');
    expect(progress?.attempts.map((a) => [a.number, a.answers.length])).toEqual([
      [1, 2],
      [2, 0]
    ]);
    // The merged attempt goes on here as before.
    await recordStudentAnswer(home, 'aufgabe-2', 1, {
      questionId: 'q3',
      response: true,
      answeredAtMs: attempt!.startedAtMs + 2 * MINUTE
    });

    // The same file again merges nothing.
    const again = await importBackup(home, fromSchool);
    expect(again.ok && again.merged).toEqual({ results: 0, attempts: 0 });
    expect(again.ok && again.counts.teacherAssignments.unchanged).toBe(1);
    other.close();
    home.close();
  });
});
