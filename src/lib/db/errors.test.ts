import { describe, expect, it } from 'vitest';
import { StorageError, toStorageError } from './errors';

describe('toStorageError', () => {
  it.each([
    ['QuotaExceededError', 'quota-exceeded'],
    ['VersionError', 'version-too-new'],
    ['InvalidStateError', 'closed'],
    ['UnknownError', 'unavailable'],
    ['SecurityError', 'unavailable'],
    ['ConstraintError', 'unknown']
  ])('classifies a %s DOMException as %s, keeping the cause', (name, kind) => {
    const original = new DOMException('it failed', name);
    const error = toStorageError(original);
    expect(error).toBeInstanceOf(StorageError);
    expect(error.kind).toBe(kind);
    expect(error.cause).toBe(original);
  });

  it('passes a StorageError through and wraps anything else', () => {
    const typed = new StorageError('closed', 'closed');
    expect(toStorageError(typed)).toBe(typed);
    expect(toStorageError('a string').kind).toBe('unknown');
    expect(toStorageError(new RangeError('bad')).message).toMatch(/bad/);
  });
});
