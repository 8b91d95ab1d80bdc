import type { ImportWorker } from './import-file';

/** Starts the backup import worker (one per import; `importBackupFile` terminates it). */
export function startImportWorker(): ImportWorker {
  return new Worker(new URL('./import.worker.ts', import.meta.url), {
    type: 'module'
  }) as unknown as ImportWorker;
}
