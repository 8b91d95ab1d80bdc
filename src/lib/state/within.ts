import { StorageError } from '$lib/db/errors';

/** Timers, injected so that a test can hold a write without waiting. */
export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const systemTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
};

/** How long a learner waits for one answer to be stored before being told. */
export const SAVE_TIMEOUT_MS = 15_000;

/**
 * `work`, or a `StorageError('timeout')` once `ms` have passed without it settling: a write that
 * never settles (WebKit's IndexedDB has been seen to stop answering) must not leave a button
 * disabled with nothing said.
 */
export function within<T>(work: Promise<T>, ms: number, timers: Timers = systemTimers): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const handle = timers.set(
      () => reject(new StorageError('timeout', `storage did not answer within ${ms} ms`)),
      ms
    );
    work.then(
      (value) => {
        timers.clear(handle);
        resolve(value);
      },
      (error: unknown) => {
        timers.clear(handle);
        reject(error);
      }
    );
  });
}
