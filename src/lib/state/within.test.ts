import { describe, expect, it, vi } from 'vitest';
import { StorageError } from '$lib/db/errors';
import { within } from './within';

describe('regression: a write that never settled left "Prüfen" disabled with nothing said', () => {
  it('fails with a timeout when the work does not settle in time', async () => {
    vi.useFakeTimers();
    try {
      const never = new Promise<string>(() => {});
      const result = within(never, 15_000);
      const caught = result.catch((error: unknown) => error);
      await vi.advanceTimersByTimeAsync(15_000);
      const error = await caught;
      expect(error).toBeInstanceOf(StorageError);
      expect((error as StorageError).kind).toBe('timeout');
    } finally {
      vi.useRealTimers();
    }
  });

  it('passes on the value or the error of work that settles in time', async () => {
    await expect(within(Promise.resolve(7), 1000)).resolves.toBe(7);
    const failure = new StorageError('quota-exceeded', 'full');
    await expect(within(Promise.reject(failure), 1000)).rejects.toBe(failure);
  });
});
