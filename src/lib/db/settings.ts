import * as v from 'valibot';
import { toStorageError } from './errors';
import { inTransaction } from './open';
import type { JsonValue, SettingRecord } from './records';
import type { LesequizDb } from './schema';

/**
 * Reads a setting and validates it with `schema`; a missing or invalid value (from an older
 * version, say) gives `fallback`, never an unchecked value.
 *
 * @example const retention = await getSetting(db, 'desiredRetention', v.number(), 0.9);
 */
export async function getSetting<T>(
  db: LesequizDb,
  key: string,
  schema: v.GenericSchema<unknown, T>,
  fallback: T
): Promise<T> {
  let stored: SettingRecord | undefined;
  try {
    stored = await db.get('settings', key);
  } catch (error) {
    throw toStorageError(error);
  }
  if (!stored) return fallback;
  const result = v.safeParse(schema, stored.value);
  return result.success ? result.output : fallback;
}

/** Stores a setting (any JSON value). */
export async function putSetting(db: LesequizDb, key: string, value: JsonValue): Promise<void> {
  await inTransaction(db, ['settings'], 'readwrite', async (tx) => {
    await tx.objectStore('settings').put({ key, value });
  });
}

/** Removes a setting, so `getSetting` gives its fallback again. */
export async function deleteSetting(db: LesequizDb, key: string): Promise<void> {
  await inTransaction(db, ['settings'], 'readwrite', async (tx) => {
    await tx.objectStore('settings').delete(key);
  });
}
