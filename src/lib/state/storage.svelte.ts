// Direct module imports (not the $lib/db barrel): every page loads this, and the barrel would
// pull the whole storage layer, scheduler included, into the first page.
import { StorageError, type StorageErrorKind } from '$lib/db/errors';
import { openLesequizDb } from '$lib/db/open';
import type { LesequizDb } from '$lib/db/schema';
import { storageStatus, type StorageStatus } from './storage-status.svelte';

export type { StorageStatus };

/**
 * The app's one IndexedDB connection, opened on first use. Another tab upgrading the database
 * closes this connection (so it never blocks the upgrade) and flips `status`, which the layout
 * turns into a "please reload" notice.
 */
class AppStorage {
  /** Kept in `storageStatus`, which the layout reads without loading this module. */
  get status(): StorageStatus {
    return storageStatus.current;
  }

  set status(status: StorageStatus) {
    storageStatus.current = status;
  }

  #connection: Promise<LesequizDb> | null = null;

  db(): Promise<LesequizDb> {
    this.#connection ??= openLesequizDb({
      onVersionChange: () => {
        this.#connection = null;
        this.status = 'reload-needed';
      },
      onBlocked: () => {
        this.status = 'blocked';
      },
      onTerminated: () => {
        this.#connection = null;
        this.status = 'closed';
      }
    }).then(
      (db) => {
        this.status = 'open';
        return db;
      },
      (error: unknown) => {
        this.#connection = null;
        this.status = errorKind(error) === 'version-too-new' ? 'reload-needed' : 'unavailable';
        throw error;
      }
    );
    return this.#connection;
  }
}

/** The kind of a storage failure, for a message in words. */
export function errorKind(error: unknown): StorageErrorKind {
  return error instanceof StorageError ? error.kind : 'unknown';
}

export const appStorage = new AppStorage();
