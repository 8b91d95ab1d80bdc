import * as v from 'valibot';
import { getSetting, putSetting } from './settings';
import type { LesequizDb } from './schema';

/**
 * Persistent storage: without it a browser may evict the database under storage pressure,
 * and with it every answer. The storage manager is injected (tests pass a fake, the app passes
 * `navigator.storage`). Every method is optional: Safari 15.2–16 has `navigator.storage` with
 * `persisted()` and `persist()` but no `estimate()`, and older browsers have no storage manager
 * at all. What the browser cannot tell is reported as unknown (`null`), never as "no".
 */
export type StorageManagerLike = Partial<
  Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>
>;

export type StorageStatus = {
  /** `null` when the browser cannot tell. */
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
  /** Whether the browser offers `persist()`, so that asking for it makes sense. */
  canAskToPersist: boolean;
};

/**
 * Calls an optional storage method only when the browser has it; a missing method, a
 * synchronous throw or a rejection all resolve to `undefined` ("the browser cannot tell").
 */
async function callOptional<T>(
  storage: StorageManagerLike,
  method: 'persist' | 'persisted' | 'estimate'
): Promise<T | undefined> {
  const fn: unknown = storage[method];
  if (typeof fn !== 'function') return undefined;
  try {
    return (await (fn as () => Promise<unknown>).call(storage)) as T;
  } catch {
    return undefined;
  }
}

function byteCount(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

/** What Settings shows: whether storage is persistent and how much is used. */
export async function storageStatus(storage?: StorageManagerLike): Promise<StorageStatus> {
  if (!storage)
    return { persisted: null, usageBytes: null, quotaBytes: null, canAskToPersist: false };
  const [persisted, estimate] = await Promise.all([
    callOptional<boolean>(storage, 'persisted'),
    callOptional<StorageEstimate>(storage, 'estimate')
  ]);
  return {
    persisted: typeof persisted === 'boolean' ? persisted : null,
    usageBytes: byteCount(estimate?.usage),
    quotaBytes: byteCount(estimate?.quota),
    canAskToPersist: typeof storage.persist === 'function'
  };
}

/**
 * Asks the browser to keep the data persistently. Resolves to the browser's answer, or `null`
 * when it has no `persist()` or failed to answer.
 */
export async function askToPersist(storage?: StorageManagerLike): Promise<boolean | null> {
  if (!storage) return null;
  const granted = await callOptional<boolean>(storage, 'persist');
  return typeof granted === 'boolean' ? granted : null;
}

const REQUESTED_KEY = 'persistenceRequestedAtMs';

/**
 * Whether to offer "Dauerhaft speichern" after a finished session: the browser can be asked,
 * storage is not persistent yet, and the app has not asked before (Firefox asks the learner,
 * so the question comes with a sentence why, once).
 */
export async function shouldOfferPersistence(
  db: LesequizDb,
  storage?: StorageManagerLike
): Promise<boolean> {
  if (!storage || typeof storage.persist !== 'function') return false;
  if ((await callOptional<boolean>(storage, 'persisted')) === true) return false;
  return (await getSetting(db, REQUESTED_KEY, v.number(), null)) === null;
}

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
  if (!storage || typeof storage.persist !== 'function') return false;
  if ((await callOptional<boolean>(storage, 'persisted')) === true) return true;
  const requestedAtMs = await getSetting(db, REQUESTED_KEY, v.number(), null);
  if (requestedAtMs !== null) return false;
  await putSetting(db, REQUESTED_KEY, nowMs);
  return (await askToPersist(storage)) === true;
}

const LAST_BACKUP_KEY = 'lastBackupAtMs';

/** Remembers that a backup was just downloaded (shown in Settings, and ends the reminder). */
export async function recordBackupMade(db: LesequizDb, nowMs: number): Promise<void> {
  await putSetting(db, LAST_BACKUP_KEY, nowMs);
}

/** When this device last downloaded a backup, or `null` if never. */
export async function lastBackupAt(db: LesequizDb): Promise<number | null> {
  return getSetting(db, LAST_BACKUP_KEY, v.pipe(v.number(), v.integer(), v.minValue(0)), null);
}

/** A week and a day: Safari may delete a site's data after seven days without use. */
export const BACKUP_REMINDER_MS = 8 * 24 * 60 * 60 * 1000;

/**
 * Whether to remind the learner to back up: storage is not known to be persistent, and the last
 * backup is missing or older than `BACKUP_REMINDER_MS`.
 */
export function backupDue(
  persisted: boolean | null,
  lastBackupMs: number | null,
  nowMs: number
): boolean {
  if (persisted === true) return false;
  return lastBackupMs === null || nowMs - lastBackupMs > BACKUP_REMINDER_MS;
}
