/**
 * The state of this tab's IndexedDB connection, apart from the connection itself
 * (`storage.svelte.ts`): the layout shows the "please reload" and "close other tabs" notices
 * from it on every page, and importing only this keeps `idb`, the schema and the migrations out
 * of the first page's JavaScript (issue 11 point 12).
 */
export type StorageStatus = 'closed' | 'open' | 'reload-needed' | 'blocked' | 'unavailable';

class StorageStatusState {
  current = $state<StorageStatus>('closed');
}

export const storageStatus = new StorageStatusState();
