import { describe, expect, it } from 'vitest';
import { recordAnswer, startAttempt } from './attempts';
import { BACKUP_FORMAT, exportBackup, importBackup, type Backup } from './backup';
import { recordReview } from './card-reviews';
import { getCard } from './cards';
import type { LesequizDb } from './schema';
import { putSetting } from './settings';
import { saveOwnSet } from './sets';
import { DAY, freshDb, MINUTE, sampleSet, T0, withFullDisk } from './test-helpers';

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
      ['another format', (b) => ({ ...b, format: 'lesequiz-backup/2' }), 'wrong-format', /2/],
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
