import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { createV1Database, V1_RECORDS } from './fixtures/v1';
import { createV1DatabaseWithAssignments, V1_ASSIGNMENT_SETTINGS } from './fixtures/v1-assignments';
import {
  addSubmissions,
  getStudentAssignment,
  listTeacherAssignments,
  recordStudentAnswer
} from './assignments';
import { getCuration } from './curation';
import { openLesequizDb } from './open';
import { DB_VERSION, MIGRATIONS, STORE_NAMES, type LesequizDb, type Migration } from './schema';
import { StorageError } from './errors';
import { recordReview } from './card-reviews';
import { dueQueue, getCard } from './cards';
import { answersOfAttempt, unfinishedAttempt } from './attempts';
import { getOwnSet } from './sets';
import { exportBackup } from './backup';
import { freshDb, T0, uniqueName, v1TeacherAssignment } from './test-helpers';

/** Store names, key paths and indexes: what must be the same however a database got here. */
function layout(db: LesequizDb) {
  const tx = db.transaction([...STORE_NAMES]);
  return STORE_NAMES.map((name) => {
    const store = tx.objectStore(name);
    return {
      name,
      keyPath: store.keyPath,
      autoIncrement: store.autoIncrement,
      indexes: [...store.indexNames].map((indexName) => {
        const index = store.index(indexName);
        return { indexName, keyPath: index.keyPath, unique: index.unique };
      })
    };
  });
}

describe('openLesequizDb: schema and migrations', () => {
  it('creates every store and index from nothing (version 0 → current)', async () => {
    const db = await freshDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([...STORE_NAMES].sort());
    expect(layout(db).find((store) => store.name === 'cards')?.indexes).toEqual([
      { indexName: 'byDueMs', keyPath: 'dueMs', unique: false },
      { indexName: 'bySetId', keyPath: 'setId', unique: false }
    ]);
    db.close();
  });

  it('opens a database of the first released version with nothing lost', async () => {
    const name = uniqueName();
    await createV1Database(name);
    const db = await openLesequizDb({ name });
    expect(db.version).toBe(DB_VERSION);

    // Same layout as a database created by the current code.
    const fresh = await freshDb();
    expect(layout(db)).toEqual(layout(fresh));
    fresh.close();

    // Every record is still there and readable through the repositories.
    expect((await getOwnSet(db, 'eigenes-set'))?.quizSet).toEqual(V1_RECORDS.set.quizSet);
    expect(await unfinishedAttempt(db, 'eigenes-set')).toEqual(V1_RECORDS.attempt);
    expect((await answersOfAttempt(db, 'a1')).map(({ seq: _seq, ...answer }) => answer)).toEqual([
      V1_RECORDS.answer
    ]);
    expect(await getCard(db, 'eigenes-set/f1')).toEqual(V1_RECORDS.card);
    expect(await dueQueue(db, V1_RECORDS.card.dueMs)).toEqual([V1_RECORDS.card]);
    const backup = await exportBackup(db, T0);
    expect(backup.reviews).toEqual([V1_RECORDS.review]);
    expect(backup.settings).toEqual([V1_RECORDS.setting]);

    // And it keeps working: a new review continues the stored card.
    const { state } = await recordReview(db, {
      cardId: 'eigenes-set/f1',
      setId: 'eigenes-set',
      rating: 'good',
      nowMs: V1_RECORDS.card.dueMs
    });
    expect(state.reps).toBe(2);
    db.close();
  });

  it('moves version 1 curations and assignments from the settings into their own stores', async () => {
    const name = uniqueName();
    await createV1DatabaseWithAssignments(name);
    const db = await openLesequizDb({ name });
    expect(db.version).toBe(DB_VERSION);

    const curation = await getCuration(db, 'eigenes-set');
    expect(curation).toEqual({ ok: true, curation: V1_ASSIGNMENT_SETTINGS.curation.value });
    expect(await listTeacherAssignments(db)).toEqual([
      V1_ASSIGNMENT_SETTINGS.teacherAssignment.value
    ]);
    expect(await getStudentAssignment(db, 'aufgabe-2')).toEqual(
      V1_ASSIGNMENT_SETTINGS.studentProgress.value
    );
    // Moved, not copied; what no store could key stays a setting, as do ordinary settings.
    const backup = await exportBackup(db, T0);
    expect(backup.settings).toEqual([
      V1_ASSIGNMENT_SETTINGS.damaged,
      V1_ASSIGNMENT_SETTINGS.lookalike,
      V1_RECORDS.setting
    ]);
    expect(backup.curations).toHaveLength(1);
    expect(backup.teacherAssignments).toHaveLength(1);
    expect(backup.assignmentProgress).toHaveLength(1);

    // And they keep working in their new stores.
    const [mia] = v1TeacherAssignment().submissions;
    const more = await addSubmissions(db, 'aufgabe-1', [{ ...mia!, student: 'Ben' }]);
    expect(more).toEqual({ added: 1, duplicates: 0 });
    const progress = await recordStudentAnswer(db, 'aufgabe-2', 1, {
      questionId: 'q2',
      response: true,
      answeredAtMs: 1772438460000
    });
    expect(progress.attempts[0]?.answers).toHaveLength(2);
    db.close();
  });

  it('runs later migrations in order on an old database, keeping its data', async () => {
    // A stand-in for a future version: adds an index and writes through the upgrade
    // transaction. It proves the chain runs only the missing steps, in order.
    const ran: number[] = [];
    const next: Migration = (_db, transaction) => {
      ran.push(DB_VERSION + 1);
      (transaction.objectStore('reviews') as unknown as IDBObjectStore).createIndex(
        'bySetId',
        'setId'
      );
      void transaction.objectStore('settings').put({ key: 'migratedTo', value: DB_VERSION + 1 });
    };
    const chain: Migration[] = [
      ...MIGRATIONS.map((migrate, index): Migration => (...args) => {
        ran.push(index + 1);
        return migrate(...args);
      }),
      next
    ];

    const name = uniqueName();
    await createV1Database(name);
    const db = await openLesequizDb({ name, migrations: chain });
    expect(ran).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 2));
    expect(db.version).toBe(DB_VERSION + 1);
    expect([...db.transaction('reviews').store.indexNames]).toContain('bySetId');
    expect(await getCard(db, 'eigenes-set/f1')).toEqual(V1_RECORDS.card);
    const backup = await exportBackup(db, T0);
    expect(backup.reviews).toEqual([V1_RECORDS.review]);
    expect(backup.settings).toEqual([
      V1_RECORDS.setting,
      { key: 'migratedTo', value: DB_VERSION + 1 }
    ]);
    db.close();

    ran.length = 0;
    const fromScratch = await openLesequizDb({ name: uniqueName(), migrations: chain });
    expect(ran).toEqual(Array.from({ length: DB_VERSION + 1 }, (_, i) => i + 1));
    fromScratch.close();
  });

  it('rolls a failing migration back whole and reports its error', async () => {
    const name = uniqueName();
    await createV1Database(name);
    const failing: Migration[] = [
      ...MIGRATIONS,
      async (db, transaction) => {
        db.createObjectStore('half' as never);
        await transaction.objectStore('settings').put({ key: 'half-done', value: true });
        throw new RangeError('This step cannot finish.');
      }
    ];
    const error = await openLesequizDb({ name, migrations: failing }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).cause).toBeInstanceOf(RangeError);
    // Still the version it was, with nothing of the failed upgrade in it.
    const raw = await openDB(name);
    expect(raw.version).toBe(1);
    expect([...raw.objectStoreNames]).not.toContain('half');
    expect(await raw.get('settings', 'half-done')).toBeUndefined();
    raw.close();
  });
});

describe('openLesequizDb: several tabs', () => {
  const nextChain: Migration[] = [...MIGRATIONS, () => undefined];

  it('closes itself when a newer version upgrades, and says so', async () => {
    const name = uniqueName();
    let told = 0;
    const oldTab = await openLesequizDb({ name, onVersionChange: () => told++ });
    const newTab = await openLesequizDb({ name, migrations: nextChain });
    expect(newTab.version).toBe(DB_VERSION + 1);
    expect(told).toBe(1);
    // The old connection is closed: using it fails with a typed error, not silently.
    await expect(dueQueue(oldTab, T0)).rejects.toMatchObject({ kind: 'closed' });
    newTab.close();
  });

  it('tells the upgrading tab when an old tab does not let go, then completes', async () => {
    const name = uniqueName();
    // An old version of the app that ignores `versionchange`.
    const stubborn = await openDB(name, DB_VERSION, {
      upgrade(db) {
        for (const store of STORE_NAMES) db.createObjectStore(store);
      }
    });
    let blocked = 0;
    const opening = openLesequizDb({ name, migrations: nextChain, onBlocked: () => blocked++ });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(blocked).toBe(1);
    stubborn.close();
    const db = await opening;
    expect(db.version).toBe(DB_VERSION + 1);
    db.close();
  });

  it('reports a database upgraded by a newer app as version-too-new', async () => {
    const name = uniqueName();
    const newer = await openLesequizDb({ name, migrations: [...MIGRATIONS, () => undefined] });
    newer.close();
    const error = await openLesequizDb({ name }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).kind).toBe('version-too-new');
  });
});
