import { DB_NAME } from './name';

/** The part of `IDBFactory` this check needs; tests pass fake-indexeddb's factory. */
export type DatabaseLister = { databases?: () => Promise<IDBDatabaseInfo[]> };

/**
 * Whether this browser already has the app's database, without opening (and so creating) it.
 * A first visit has none: the library then shows its empty states and the bundled sets' counts
 * without loading the storage code at all (issue 11 point 12).
 *
 * Answers `true` whenever it cannot tell (no `indexedDB`, no `databases()` as in Firefox
 * before 126, or the call fails): the caller then opens storage as before, which is always
 * correct, only heavier.
 */
export async function databaseExists(
  factory: DatabaseLister | null = globalThis.indexedDB ?? null,
  name: string = DB_NAME
): Promise<boolean> {
  if (typeof factory?.databases !== 'function') return true;
  try {
    const databases = await factory.databases();
    return databases.some((info) => info.name === name);
  } catch {
    return true;
  }
}
