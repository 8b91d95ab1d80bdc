/// <reference lib="webworker" />
// Imports a backup file off the main thread (see import-file.ts): the page sends the file, this
// worker opens its own connection to the database and reports progress, then the result.
import { runImport, type ImportReply, type ImportRequest } from './import-file';
import { openLesequizDb } from './open';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { database } = event.data;
  void runImport(
    event.data,
    () => openLesequizDb(database === undefined ? {} : { name: database }),
    (reply: ImportReply) => scope.postMessage(reply)
  );
};
