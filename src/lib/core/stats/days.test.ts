import { describe, expect, it } from 'vitest';
import { studyDayStartMs } from '../srs';
import { comingDays, dayIndexOf, pastDays, studyDayStarts } from './days';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** Europe/Berlin in 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC. */
const berlinOffset = (ms: number) =>
  ms >= Date.UTC(2026, 2, 29, 1) && ms < Date.UTC(2026, 9, 25, 1) ? -120 : -60;
const berlin = studyDayStarts(berlinOffset);

describe('studyDayStarts', () => {
  it('agrees with studyDayStartMs at a fixed offset', () => {
    const fixed = studyDayStarts(() => -60);
    for (const ms of [
      Date.UTC(2026, 0, 10, 12),
      Date.UTC(2026, 0, 10, 2, 59),
      Date.UTC(2026, 0, 10, 3),
      Date.UTC(2026, 0, 1, 0)
    ]) {
      expect(fixed(ms)).toBe(studyDayStartMs(ms, -60));
    }
  });

  it('starts the day at 4 am local time, before and after a clock change', () => {
    // 3:59 am in Berlin on 10 January (CET) still belongs to the 9th.
    expect(berlin(Date.UTC(2026, 0, 10, 2, 59))).toBe(Date.UTC(2026, 0, 9, 3));
    expect(berlin(Date.UTC(2026, 0, 10, 3))).toBe(Date.UTC(2026, 0, 10, 3));
    // Summer: 4 am CEST is 2 am UTC.
    expect(berlin(Date.UTC(2026, 6, 1, 12))).toBe(Date.UTC(2026, 6, 1, 2));
  });

  it('reads the offset at the start of the day, not at the instant (spring forward)', () => {
    // 01:30 UTC on 29 March is 3:30 am CEST, just after the change: still the 28th, which
    // began at 4 am CET, 03:00 UTC.
    expect(berlin(Date.UTC(2026, 2, 29, 1, 30))).toBe(Date.UTC(2026, 2, 28, 3));
    expect(berlin(Date.UTC(2026, 2, 29, 2))).toBe(Date.UTC(2026, 2, 29, 2));
  });

  it('reads the offset at the start of the day, not at the instant (fall back)', () => {
    // 02:30 UTC on 25 October is 3:30 am CET: still the 24th, which began at 4 am CEST.
    expect(berlin(Date.UTC(2026, 9, 25, 2, 30))).toBe(Date.UTC(2026, 9, 24, 2));
    expect(berlin(Date.UTC(2026, 9, 25, 3))).toBe(Date.UTC(2026, 9, 25, 3));
  });

  it('takes another rollover hour and refuses an invalid time', () => {
    const midnight = studyDayStarts(() => 0, 0);
    expect(midnight(Date.UTC(2026, 0, 10, 0, 30))).toBe(Date.UTC(2026, 0, 10));
    expect(() => midnight(Number.NaN)).toThrow(RangeError);
  });
});

describe('pastDays and comingDays', () => {
  it('give nothing for a count of 0', () => {
    expect(pastDays(Date.UTC(2026, 0, 10), berlin, 0)).toEqual([]);
    expect(comingDays(Date.UTC(2026, 0, 10), berlin, 0)).toEqual([]);
  });

  it('end with today and start with today', () => {
    const now = Date.UTC(2026, 0, 10, 12);
    expect(pastDays(now, berlin, 1)).toEqual([
      { startMs: Date.UTC(2026, 0, 10, 3), endMs: Date.UTC(2026, 0, 11, 3) }
    ]);
    const coming = comingDays(now, berlin, 14);
    expect(coming).toHaveLength(14);
    expect(coming[0]!.startMs).toBe(Date.UTC(2026, 0, 10, 3));
    expect(coming[13]!.endMs).toBe(Date.UTC(2026, 0, 24, 3));
  });

  it('make the day of the spring change 23 hours long', () => {
    expect(pastDays(Date.UTC(2026, 2, 30, 12), berlin, 3)).toEqual([
      { startMs: Date.UTC(2026, 2, 28, 3), endMs: Date.UTC(2026, 2, 29, 2) },
      { startMs: Date.UTC(2026, 2, 29, 2), endMs: Date.UTC(2026, 2, 30, 2) },
      { startMs: Date.UTC(2026, 2, 30, 2), endMs: Date.UTC(2026, 2, 31, 2) }
    ]);
    const [spring] = comingDays(Date.UTC(2026, 2, 28, 12), berlin, 1);
    expect(spring!.endMs - spring!.startMs).toBe(23 * HOUR);
  });

  it('make the day of the autumn change 25 hours long', () => {
    expect(comingDays(Date.UTC(2026, 9, 24, 10), berlin, 3)).toEqual([
      { startMs: Date.UTC(2026, 9, 24, 2), endMs: Date.UTC(2026, 9, 25, 3) },
      { startMs: Date.UTC(2026, 9, 25, 3), endMs: Date.UTC(2026, 9, 26, 3) },
      { startMs: Date.UTC(2026, 9, 26, 3), endMs: Date.UTC(2026, 9, 27, 3) }
    ]);
    const past = pastDays(Date.UTC(2026, 9, 26, 10), berlin, 3);
    expect(past.map((day) => (day.endMs - day.startMs) / HOUR)).toEqual([25, 24, 24]);
  });

  it('leave no gap and no overlap over a whole year', () => {
    const days = comingDays(Date.UTC(2026, 0, 1, 12), berlin, 365);
    for (let i = 1; i < days.length; i++) expect(days[i]!.startMs).toBe(days[i - 1]!.endMs);
    const lengths = new Set(days.map((day) => (day.endMs - day.startMs) / HOUR));
    expect([...lengths].sort()).toEqual([23, 24, 25]);
    expect(pastDays(days.at(-1)!.startMs, berlin, 365)).toEqual(days);
  });
});

describe('dayIndexOf', () => {
  const days = comingDays(Date.UTC(2026, 0, 10, 12), berlin, 3);

  it('counts a day from its start (inclusive) to its end (exclusive)', () => {
    expect(dayIndexOf(days, Date.UTC(2026, 0, 10, 3))).toBe(0);
    expect(dayIndexOf(days, Date.UTC(2026, 0, 11, 3) - 1)).toBe(0);
    expect(dayIndexOf(days, Date.UTC(2026, 0, 11, 3))).toBe(1);
    expect(dayIndexOf(days, Date.UTC(2026, 0, 12, 3) + DAY - 1)).toBe(2);
  });

  it('is −1 outside the days and for no days at all', () => {
    expect(dayIndexOf(days, Date.UTC(2026, 0, 10, 3) - 1)).toBe(-1);
    expect(dayIndexOf(days, Date.UTC(2026, 0, 13, 3))).toBe(-1);
    expect(dayIndexOf([], 0)).toBe(-1);
  });
});
