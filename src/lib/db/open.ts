import { openDB, type IDBPTransaction } from 'idb';
import { toStorageError } from './errors';
import {
  DB_NAME,
  MIGRATIONS,
  runMigrations,
  type LesequizDb,
  type LesequizSchema,
  type Migration,
  type StoreName
} from './schema';

export type OpenOptions = {
  /** Database name; tests pass a fresh one per test. */
  name?: string;
  /**
   * Another tab wants to upgrade the database. This connection has already closed itself so
   * the upgrade can go ahead; ask the learner to reload this tab.
   */
  onVersionChange?: () => void;
  /**
   * This tab wants to upgrade, but an older tab keeps its connection open (an old version of
   * the app that does not close itself). Ask the learner to close other Lesequiz tabs; the open
   * completes as soon as they do.
   */
  onBlocked?: () => void;
  /** The browser closed the connection abnormally (storage cleared, disk error). */
  onTerminated?: () => void;
  /** For tests of future migrations only; the app always uses `MIGRATIONS`. */
  migrations?: readonly Migration[];
};

/**
 * Opens (creating or upgrading as needed) the app's database.
 *
 * The connection closes itself on `versionchange`, so an open tab of this version never blocks
 * a newer version's upgrade; `onVersionChange` then tells the UI to ask for a reload.
 * Rejects with a `StorageError` (`version-too-new` when another tab already upgraded it).
 *
 * @example
 * const db = await openLesequizDb({ onVersionChange: () => (showReloadPrompt = true) });
 */
export async function openLesequizDb(options: OpenOptions = {}): Promise<LesequizDb> {
  const migrations = options.migrations ?? MIGRATIONS;
  let connection: LesequizDb | undefined;
  let upgradeError: unknown;
  try {
    connection = await openDB<LesequizSchema>(options.name ?? DB_NAME, migrations.length, {
      upgrade(db, oldVersion, _newVersion, transaction) {
        // An aborted upgrade rejects the open; its `done` would be reported as unhandled.
        transaction.done.catch(() => undefined);
        runMigrations(db, oldVersion, transaction, migrations).catch((error: unknown) => {
          // A failed step leaves nothing half-done: the whole upgrade is rolled back, and the
          // open reports this error rather than the abort it causes.
          upgradeError = error;
          try {
            transaction.abort();
          } catch {
            // Already finished: nothing to roll back.
          }
        });
      },
      blocked() {
        options.onBlocked?.();
      },
      blocking() {
        connection?.close();
        options.onVersionChange?.();
      },
      terminated() {
        options.onTerminated?.();
      }
    });
    return connection;
  } catch (error) {
    throw toStorageError(upgradeError ?? error);
  }
}

export type Transaction<
  Names extends StoreName[],
  Mode extends IDBTransactionMode
> = IDBPTransaction<LesequizSchema, Names, Mode>;

/**
 * Runs `work` in one transaction and resolves once it has committed. If `work` throws or the
 * commit fails (a full disk reports `QuotaExceededError` only at commit), the transaction is
 * aborted, so either all of its writes land or none, and the error surfaces as a
 * `StorageError`.
 *
 * `work` must await nothing but requests on `tx`: awaiting anything else lets IndexedDB commit
 * the transaction early and the next request throws `TransactionInactiveError`.
 */
export async function inTransaction<
  const Names extends StoreName[],
  Mode extends IDBTransactionMode,
  T
>(
  db: LesequizDb,
  storeNames: Names,
  mode: Mode,
  work: (tx: Transaction<Names, Mode>) => Promise<T>
): Promise<T> {
  let tx: Transaction<Names, Mode>;
  try {
    tx = db.transaction(storeNames, mode);
  } catch (error) {
    throw toStorageError(error);
  }
  const done = tx.done;
  // Handled here so an abort while `work` is still running is not reported as unhandled.
  done.catch(() => undefined);
  try {
    const result = await work(tx);
    await done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already committed or aborted: nothing left to undo.
    }
    // Let the abort settle before reporting, so the caller never races a live transaction.
    await done.catch(() => undefined);
    throw toStorageError(error);
  }
}
