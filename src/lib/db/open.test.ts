import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { createV1Database, V1_RECORDS } from './fixtures/v1';
import { openLesequizDb } from './open';
import { DB_VERSION, MIGRATIONS, STORE_NAMES, type LesequizDb, type Migration } from './schema';
import { StorageError } from './errors';
import { recordReview } from './card-reviews';
import { dueQueue, getCard } from './cards';
import { answersOfAttempt, unfinishedAttempt } from './attempts';
import { getOwnSet } from './sets';
import { exportBackup } from './backup';
import { freshDb, T0, uniqueName } from './test-helpers';

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

  it('runs later migrations in order on an old database, keeping its data', async () => {
    // A stand-in for a future version 2: adds an index and writes through the upgrade
    // transaction. It proves the chain runs only the missing steps, in order.
    const ran: number[] = [];
    const v2: Migration = (_db, transaction) => {
      ran.push(2);
      (transaction.objectStore('reviews') as unknown as IDBObjectStore).createIndex(
        'bySetId',
        'setId'
      );
      void transaction.objectStore('settings').put({ key: 'migratedTo', value: 2 });
    };
    const chain = [
      (...args: Parameters<Migration>) => {
        ran.push(1);
        MIGRATIONS[0]!(...args);
      },
      v2
    ];

    const name = uniqueName();
    await createV1Database(name);
    const db = await openLesequizDb({ name, migrations: chain });
    expect(ran).toEqual([2]);
    expect(db.version).toBe(2);
    expect([...db.transaction('reviews').store.indexNames]).toContain('bySetId');
    expect(await getCard(db, 'eigenes-set/f1')).toEqual(V1_RECORDS.card);
    const backup = await exportBackup(db, T0);
    expect(backup.reviews).toEqual([V1_RECORDS.review]);
    expect(backup.settings).toEqual([V1_RECORDS.setting, { key: 'migratedTo', value: 2 }]);
    db.close();

    ran.length = 0;
    const fromScratch = await openLesequizDb({ name: uniqueName(), migrations: chain });
    expect(ran).toEqual([1, 2]);
    fromScratch.close();
  });
});

describe('openLesequizDb: several tabs', () => {
  const v2Chain: Migration[] = [...MIGRATIONS, () => undefined];

  it('closes itself when a newer version upgrades, and says so', async () => {
    const name = uniqueName();
    let told = 0;
    const oldTab = await openLesequizDb({ name, onVersionChange: () => told++ });
    const newTab = await openLesequizDb({ name, migrations: v2Chain });
    expect(newTab.version).toBe(2);
    expect(told).toBe(1);
    // The old connection is closed: using it fails with a typed error, not silently.
    await expect(dueQueue(oldTab, T0)).rejects.toMatchObject({ kind: 'closed' });
    newTab.close();
  });

  it('tells the upgrading tab when an old tab does not let go, then completes', async () => {
    const name = uniqueName();
    // An old version of the app that ignores `versionchange`.
    const stubborn = await openDB(name, 1, {
      upgrade(db) {
        for (const store of STORE_NAMES) db.createObjectStore(store);
      }
    });
    let blocked = 0;
    const opening = openLesequizDb({ name, migrations: v2Chain, onBlocked: () => blocked++ });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(blocked).toBe(1);
    stubborn.close();
    const db = await opening;
    expect(db.version).toBe(2);
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
