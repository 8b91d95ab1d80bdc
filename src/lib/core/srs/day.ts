/* Kept apart from the scheduler so pages that only need the study day (the library's progress
   line) do not load ts-fsrs. */

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Accepts a `Date` or milliseconds, so callers can pass whichever clock they hold. */
export type Instant = Date | number;

/** An invalid clock would schedule a card at `NaN` and hide it forever: refuse it loudly. */
export function toMs(now: Instant): number {
  const ms = typeof now === 'number' ? now : now.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`Not a valid time: ${String(now)}`);
  return ms;
}

/**
 * When the study day containing `now` began. Days roll over at `rolloverHour` local time (4 am
 * by default, as in Anki) so a session after midnight still counts as the evening's.
 * `timezoneOffsetMinutes` is what `Date#getTimezoneOffset()` returns (−60 in Berlin in winter);
 * the caller reads it, since the core has no clock or time zone of its own.
 *
 * @example studyDayStartMs(Date.UTC(2026, 0, 10, 12), -60) === Date.UTC(2026, 0, 10, 3)
 */
export function studyDayStartMs(
  now: Instant,
  timezoneOffsetMinutes: number,
  rolloverHour = 4
): number {
  const offsetMs = timezoneOffsetMinutes * 60_000;
  const rolloverMs = rolloverHour * 60 * 60 * 1000;
  const localMs = toMs(now) - offsetMs;
  const localDayStart = Math.floor((localMs - rolloverMs) / DAY_MS) * DAY_MS + rolloverMs;
  return localDayStart + offsetMs;
}
