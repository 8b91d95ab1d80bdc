/**
 * Storage failures the UI can explain. Every repository function rejects with a `StorageError`
 * (never with a raw DOMException, and never silently), so a page can show `kind` in words:
 *
 * - `quota-exceeded`: the device is out of space for this site; nothing of the failed write
 *   was stored.
 * - `version-too-new`: the database was upgraded by a newer version of the app (another tab);
 *   this tab must reload.
 * - `closed`: the connection was closed, usually for an upgrade in another tab; reload.
 * - `unavailable`: IndexedDB cannot be opened (some private modes, disabled storage).
 * - `unknown`: anything else; `cause` holds the original error.
 */
export type StorageErrorKind =
  | 'quota-exceeded'
  | 'version-too-new'
  | 'closed'
  | 'unavailable'
  /** The browser's storage took too long to answer (WebKit has been seen to hang). */
  | 'timeout'
  | 'unknown';

export class StorageError extends Error {
  readonly kind: StorageErrorKind;

  constructor(kind: StorageErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
    this.kind = kind;
  }
}

function errorName(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string') {
    return error.name;
  }
  return undefined;
}

/** Classifies anything thrown by IndexedDB as a `StorageError` (one already typed passes through). */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const message = error instanceof Error ? error.message : String(error);
  switch (errorName(error)) {
    case 'QuotaExceededError':
      return new StorageError('quota-exceeded', 'Storage is full: nothing was saved.', {
        cause: error
      });
    case 'VersionError':
      return new StorageError(
        'version-too-new',
        'A newer version of the app upgraded the database; reload this tab.',
        { cause: error }
      );
    case 'InvalidStateError':
      return new StorageError('closed', 'The database connection is closed; reload this tab.', {
        cause: error
      });
    case 'UnknownError':
    case 'SecurityError':
      return new StorageError('unavailable', `Storage is unavailable: ${message}`, {
        cause: error
      });
    default:
      return new StorageError('unknown', `Storage failed: ${message}`, { cause: error });
  }
}
