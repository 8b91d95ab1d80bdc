import { describe, expect, it } from 'vitest';
import {
  askToPersist,
  requestPersistenceAfterFirstSession,
  backupDue,
  BACKUP_REMINDER_MS,
  lastBackupAt,
  recordBackupMade,
  shouldOfferPersistence,
  storageStatus,
  type StorageManagerLike
} from './persistence';
import { freshDb, T0 } from './test-helpers';

function fakeStorage(grant: boolean) {
  let persisted = false;
  let requests = 0;
  const storage: StorageManagerLike = {
    persisted: async () => persisted,
    persist: async () => {
      requests++;
      persisted = grant;
      return grant;
    },
    estimate: async () => ({ usage: 1234, quota: 10_000 })
  };
  return { storage, requests: () => requests };
}

describe('persistent storage', () => {
  it('asks once, after the first session, and remembers it asked', async () => {
    const db = await freshDb();
    const refused = fakeStorage(false);
    expect(await requestPersistenceAfterFirstSession(db, T0, refused.storage)).toBe(false);
    expect(await requestPersistenceAfterFirstSession(db, T0 + 1, refused.storage)).toBe(false);
    expect(refused.requests()).toBe(1);

    const other = await freshDb();
    const granted = fakeStorage(true);
    expect(await requestPersistenceAfterFirstSession(other, T0, granted.storage)).toBe(true);
    expect(await requestPersistenceAfterFirstSession(other, T0, granted.storage)).toBe(true);
    expect(granted.requests()).toBe(1);
    db.close();
    other.close();
  });

  it('reports status, and unknown without a storage manager', async () => {
    const { storage } = fakeStorage(true);
    expect(await storageStatus(storage)).toEqual({
      persisted: false,
      usageBytes: 1234,
      quotaBytes: 10_000,
      canAskToPersist: true
    });
    expect(await storageStatus(undefined)).toEqual({
      persisted: null,
      usageBytes: null,
      quotaBytes: null,
      canAskToPersist: false
    });
    const db = await freshDb();
    expect(await requestPersistenceAfterFirstSession(db, T0, undefined)).toBe(false);
    db.close();
  });
});

describe('Safari 15.2–16: navigator.storage without estimate()', () => {
  // Regression: Settings threw "estimate is not a function", hid usage and persistence, and a
  // backup import that had saved every record reported "Speichern ist fehlgeschlagen".
  const safari16 = (): StorageManagerLike => ({
    persisted: async () => false,
    persist: async () => true
  });

  it('reports persistence and leaves usage unknown instead of throwing', async () => {
    expect(await storageStatus(safari16())).toEqual({
      persisted: false,
      usageBytes: null,
      quotaBytes: null,
      canAskToPersist: true
    });
  });

  it('says unknown, not "not persistent", when persisted() is missing or fails', async () => {
    const noPersisted: StorageManagerLike = { estimate: async () => ({ usage: 5, quota: 10 }) };
    expect(await storageStatus(noPersisted)).toEqual({
      persisted: null,
      usageBytes: 5,
      quotaBytes: 10,
      canAskToPersist: false
    });
    const throwing = {
      persisted: () => {
        throw new TypeError('Illegal invocation');
      },
      estimate: () => Promise.reject(new Error('SecurityError'))
    } as unknown as StorageManagerLike;
    expect(await storageStatus(throwing)).toEqual({
      persisted: null,
      usageBytes: null,
      quotaBytes: null,
      canAskToPersist: false
    });
  });

  it('asks to persist only where persist() exists, and reports the answer', async () => {
    expect(await askToPersist(safari16())).toBe(true);
    expect(await askToPersist({ persisted: async () => false })).toBeNull();
    expect(await askToPersist(undefined)).toBeNull();
    const db = await freshDb();
    expect(
      await requestPersistenceAfterFirstSession(db, T0, { persisted: async () => false })
    ).toBe(false);
    expect(await requestPersistenceAfterFirstSession(db, T0, safari16())).toBe(true);
    db.close();
  });

  it('offers to ask only while storage is not persistent and the app never asked', async () => {
    const db = await freshDb();
    const refused = fakeStorage(false);
    expect(await shouldOfferPersistence(db, refused.storage)).toBe(true);
    await requestPersistenceAfterFirstSession(db, T0, refused.storage);
    expect(await shouldOfferPersistence(db, refused.storage)).toBe(false);

    const other = await freshDb();
    const granted = fakeStorage(true);
    await granted.storage.persist!();
    expect(await shouldOfferPersistence(other, granted.storage)).toBe(false);
    expect(await shouldOfferPersistence(other, undefined)).toBe(false);
    expect(await shouldOfferPersistence(other, { persisted: async () => false })).toBe(false);
    db.close();
    other.close();
  });

  it('remembers the last backup, and reminds while storage is not persistent', async () => {
    const db = await freshDb();
    expect(await lastBackupAt(db)).toBeNull();
    await recordBackupMade(db, T0);
    expect(await lastBackupAt(db)).toBe(T0);
    expect(backupDue(false, null, T0)).toBe(true);
    expect(backupDue(null, T0, T0 + BACKUP_REMINDER_MS)).toBe(false);
    expect(backupDue(false, T0, T0 + BACKUP_REMINDER_MS + 1)).toBe(true);
    expect(backupDue(true, null, T0)).toBe(false);
    db.close();
  });
});
