import { importBackup, type ImportProgress, type ImportResult } from './backup';
import { StorageError, toStorageError, type StorageErrorKind } from './errors';
import type { LesequizDb } from './schema';

/**
 * A backup file imported off the main thread (issue 13 point 11): a Web Worker reads, parses
 * and validates the file and writes it with `importBackup` through its own connection, so even
 * a 30 MB file never freezes the page; the page only shows the progress it reports. The worker
 * writes everything in one transaction: stopped before the end (cancelled, tab closed), nothing
 * is kept, and the device is as it was.
 */

export type ImportRequest = {
  file: Blob;
  /** Which database to import into: the app's when absent (a benchmark uses its own). */
  database?: string;
};

export type ImportReply =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; result: ImportResult }
  | { type: 'failed'; kind: StorageErrorKind; message: string };

/** The worker's side: one request, every step reported through `post`. Never throws. */
export async function runImport(
  request: ImportRequest,
  openDb: () => Promise<LesequizDb>,
  post: (reply: ImportReply) => void
): Promise<void> {
  try {
    post({ type: 'progress', progress: { phase: 'reading' } });
    const text = await request.file.text();
    // The worker's own connection; it closes when the page terminates the worker.
    const db = await openDb();
    const result = await importBackup(db, text, {
      onProgress: (progress) => post({ type: 'progress', progress })
    });
    post({ type: 'done', result });
  } catch (error) {
    const failure = toStorageError(error);
    post({ type: 'failed', kind: failure.kind, message: failure.message });
  }
}

/** What a page needs of a worker (the real one, or a test's). */
export type ImportWorker = {
  postMessage(message: ImportRequest): void;
  onmessage: ((event: MessageEvent<ImportReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
};

export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled before anything was saved.');
    this.name = 'ImportCancelled';
  }
}

/**
 * The page's side: sends `file` to `worker` and resolves with the import's result, reporting
 * progress on the way. Rejects with a `StorageError` when storage failed (nothing saved), or
 * with `ImportCancelled` when `signal` aborts before the worker reported the end; the worker is
 * terminated either way, which rolls its transaction back. Once every write has succeeded the
 * commit is under way and cannot be called back: `onProgress` says so (`done === total`), and a
 * page should stop offering to cancel then.
 */
export function importBackupFile(
  worker: ImportWorker,
  file: Blob,
  onProgress: (progress: ImportProgress) => void,
  signal?: AbortSignal,
  database?: string
): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = () => {
      settled = true;
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      if (settled) return;
      finish();
      reject(new ImportCancelled());
    };
    if (signal?.aborted) return cancel();
    signal?.addEventListener('abort', cancel);
    worker.onmessage = (event) => {
      if (settled) return;
      const reply = event.data;
      if (reply.type === 'progress') {
        onProgress(reply.progress);
        return;
      }
      finish();
      if (reply.type === 'done') resolve(reply.result);
      else reject(new StorageError(reply.kind, reply.message));
    };
    worker.onerror = (event) => {
      if (settled) return;
      finish();
      reject(new StorageError('unknown', event.message || 'The import stopped.'));
    };
    worker.postMessage(database === undefined ? { file } : { file, database });
  });
}
