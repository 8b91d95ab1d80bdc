import { describe, expect, it } from 'vitest';
import {
  requestPersistenceAfterFirstSession,
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
      quotaBytes: 10_000
    });
    expect(await storageStatus(undefined)).toEqual({
      persisted: null,
      usageBytes: null,
      quotaBytes: null
    });
    const db = await freshDb();
    expect(await requestPersistenceAfterFirstSession(db, T0, undefined)).toBe(false);
    db.close();
  });
});
