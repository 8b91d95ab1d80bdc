/**
 * An index in `[0, n)` from a `random()` like `Math.random`. A `random` that misbehaves (returns
 * 1, a negative number or NaN) is clamped, never trusted to index inside the array.
 */
export function randomIndex(random: () => number, n: number): number {
  const r = random();
  const unit = Number.isFinite(r) ? Math.min(Math.max(r, 0), 1 - Number.EPSILON) : 0;
  return Math.floor(unit * n);
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomIndex(random, i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
