import { describe, expect, it } from 'vitest';
import { MAX_TIME_MS, nestingExceeds } from './limits';

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level++) value = level % 2 ? [value] : { a: value };
  return value;
}

describe('decoder limits', () => {
  it('MAX_TIME_MS is the last valid Date', () => {
    expect(new Date(MAX_TIME_MS).getTime()).toBe(MAX_TIME_MS);
    expect(Number.isNaN(new Date(MAX_TIME_MS + 1).getTime())).toBe(true);
  });

  it('measures nesting without recursion, even 200,000 levels deep', () => {
    expect(nestingExceeds(1, 0)).toBe(false);
    expect(nestingExceeds({ a: [[1]] }, 3)).toBe(false);
    expect(nestingExceeds({ a: [[1]] }, 2)).toBe(true);
    expect(nestingExceeds(nested(64))).toBe(false);
    expect(nestingExceeds(nested(65))).toBe(true);
    expect(nestingExceeds(nested(200_000))).toBe(true);
  });
});
