import * as v from 'valibot';
import { getSetting, putSetting } from './settings';
import type { LesequizDb } from './schema';

/**
 * Persistent storage: without it a browser may evict the database under storage pressure,
 * and with it every answer. The storage manager is injected (tests pass a fake, the app passes
 * `navigator.storage`), and a browser without one is reported as unknown rather than failing.
 */
export type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

export type StorageStatus = {
  /** `null` when the browser cannot tell. */
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
};

/** What Settings shows: whether storage is persistent and how much is used. */
export async function storageStatus(storage?: StorageManagerLike): Promise<StorageStatus> {
  if (!storage) return { persisted: null, usageBytes: null, quotaBytes: null };
  const [persisted, estimate] = await Promise.all([
    storage.persisted().catch(() => null),
    storage.estimate().catch(() => undefined)
  ]);
  return {
    persisted,
    usageBytes: estimate?.usage ?? null,
    quotaBytes: estimate?.quota ?? null
  };
}

const REQUESTED_KEY = 'persistenceRequestedAtMs';

/**
 * Asks for persistent storage once, after the learner's first study session: asking on the
 * first visit is refused or prompts too early. Remembers the request in `settings`, so later
 * sessions only report the current state. Resolves to whether storage is now persistent
 * (`false` also when the browser has no storage manager).
 *
 * @example await requestPersistenceAfterFirstSession(db, Date.now(), navigator.storage);
 */
export async function requestPersistenceAfterFirstSession(
  db: LesequizDb,
  nowMs: number,
  storage?: StorageManagerLike
): Promise<boolean> {
  if (!storage) return false;
  if (await storage.persisted().catch(() => false)) return true;
  const requestedAtMs = await getSetting(db, REQUESTED_KEY, v.number(), null);
  if (requestedAtMs !== null) return false;
  await putSetting(db, REQUESTED_KEY, nowMs);
  return storage.persist().catch(() => false);
}
