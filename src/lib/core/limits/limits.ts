/**
 * Bounds that every decoder shares, so that whatever a schema accepts a page can render.
 */

/** The largest time a JavaScript `Date` can hold (±8.64e15 ms, ECMA-262 §21.4.1.1). */
export const MAX_TIME_MS = 8_640_000_000_000_000;

/**
 * How deep a decoded JSON value may nest. Real backups and sets nest about six levels; a
 * deeper file is refused before validation, whose recursion (and the browser's structured
 * clone when storing) would otherwise overflow the stack and be reported as a storage error.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Whether `value` nests arrays or objects deeper than `maxDepth` (a scalar has depth 0).
 * Iterative, so it cannot overflow the stack it guards.
 *
 * @example nestingExceeds({ a: [[1]] }, 2) // true: object → array → array
 */
export function nestingExceeds(value: unknown, maxDepth = MAX_JSON_DEPTH): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth + 1 > maxDepth) return true;
    const children = Array.isArray(current) ? current : Object.values(current);
    for (const child of children) stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}
