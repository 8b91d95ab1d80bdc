/**
 * The scheduler's settings and their limits, apart from `scheduler.ts` so settings can be read
 * and checked without loading ts-fsrs.
 */

export type SchedulerParams = {
  /** Probability of recalling a card when it is due; 0.9 by default, clamped to 0.7–0.97. */
  desiredRetention: number;
  maximumIntervalDays: number;
  /** Spread due dates a little so cards learned together do not stay together. Off by default. */
  enableFuzz: boolean;
};

export const DEFAULT_SCHEDULER_PARAMS: Readonly<SchedulerParams> = Object.freeze({
  desiredRetention: 0.9,
  maximumIntervalDays: 36500,
  enableFuzz: false
});

export const MIN_DESIRED_RETENTION = 0.7;
export const MAX_DESIRED_RETENTION = 0.97;

/** Clamps a desired retention from a settings slider into the range FSRS handles well. */
export function clampDesiredRetention(retention: number): number {
  if (!Number.isFinite(retention)) return DEFAULT_SCHEDULER_PARAMS.desiredRetention;
  return Math.min(MAX_DESIRED_RETENTION, Math.max(MIN_DESIRED_RETENTION, retention));
}
