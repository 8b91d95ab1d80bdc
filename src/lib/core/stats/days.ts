/**
 * Cutting time into study days. A study day starts at a local hour (4 am by default, as in
 * `studyDayStartMs`), and local time has daylight-saving changes: a day can last 23 or 25 hours.
 * The core has no time zone of its own, so the caller passes `offsetAt`, the UTC offset in force
 * at an instant, as `Date#getTimezoneOffset()` reports it (−60 for Berlin in winter, −120 in
 * summer). In the browser: `(ms) => new Date(ms).getTimezoneOffset()`.
 */

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** Minutes to add to local time to get UTC at an instant (`Date#getTimezoneOffset()`). */
export type OffsetAt = (ms: number) => number;

/** The start of the study day containing an instant. */
export type DayStart = (ms: number) => number;

/** One study day: from `startMs` (inclusive) to `endMs` (exclusive). */
export type StudyDay = { startMs: number; endMs: number };

/**
 * A `DayStart` for a time zone. The day's start is the instant whose local wall time is the
 * rollover hour of the instant's study date, read with the offset in force at that start, not
 * at the instant: after a clock change in the night, the morning's offset differs from the
 * offset of the 4 am that began the day.
 *
 * @example
 * const berlin = studyDayStarts((ms) => new Date(ms).getTimezoneOffset());
 * berlin(Date.UTC(2026, 0, 10, 2)) === Date.UTC(2026, 0, 9, 3) // 3 am local is still the 9th
 */
export function studyDayStarts(offsetAt: OffsetAt, rolloverHour = 4): DayStart {
  const rolloverMs = rolloverHour * HOUR_MS;
  return (ms) => {
    if (!Number.isFinite(ms)) throw new RangeError(`Not a valid time: ${String(ms)}`);
    const wallMs = ms - offsetAt(ms) * 60_000;
    const startWallMs = Math.floor((wallMs - rolloverMs) / DAY_MS) * DAY_MS + rolloverMs;
    // Guess with the instant's offset, then correct with the offset in force at the guess.
    const guess = startWallMs + offsetAt(ms) * 60_000;
    return startWallMs + offsetAt(guess) * 60_000;
  };
}

/**
 * The day after the one starting at `startMs`. 36 hours on lands inside the next day whether the
 * current one lasts 23, 24 or 25 hours.
 */
function nextDayStart(startMs: number, dayStart: DayStart): number {
  return dayStart(startMs + 36 * HOUR_MS);
}

/**
 * The last `count` study days up to and including today, oldest first.
 *
 * @example pastDays(now, dayStart, 30).at(-1) // today
 */
export function pastDays(nowMs: number, dayStart: DayStart, count: number): StudyDay[] {
  const days: StudyDay[] = [];
  let startMs = dayStart(nowMs);
  let endMs = nextDayStart(startMs, dayStart);
  for (let i = 0; i < count; i++) {
    days.push({ startMs, endMs });
    endMs = startMs;
    startMs = dayStart(startMs - 1);
  }
  return days.reverse();
}

/**
 * Today and the `count − 1` study days after it, today first.
 *
 * @example comingDays(now, dayStart, 14)[0] // today
 */
export function comingDays(nowMs: number, dayStart: DayStart, count: number): StudyDay[] {
  const days: StudyDay[] = [];
  let startMs = dayStart(nowMs);
  for (let i = 0; i < count; i++) {
    const endMs = nextDayStart(startMs, dayStart);
    days.push({ startMs, endMs });
    startMs = endMs;
  }
  return days;
}

/**
 * The index of the day containing `ms` in a run of consecutive days, or −1 when outside.
 * Binary search: the logs can hold thousands of entries.
 */
export function dayIndexOf(days: readonly StudyDay[], ms: number): number {
  let low = 0;
  let high = days.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const day = days[middle]!;
    if (ms < day.startMs) high = middle - 1;
    else if (ms >= day.endMs) low = middle + 1;
    else return middle;
  }
  return -1;
}
