/**
 * The app's one clock and one random source. State classes and core functions take time and
 * randomness as arguments; pages pass these, and tests pass a fixed clock and a seeded
 * generator instead. No page reads `Date.now()` or `Math.random` itself.
 */
export type Clock = { now(): number };

export const systemClock: Clock = { now: () => Date.now() };

/** A number in [0, 1), as `Math.random` gives. */
export const systemRandom = (): number => Math.random();
