import { describe, expect, it } from 'vitest';
import bundled from '../../../questions/hikvision-kanada.de.json' with { type: 'json' };
import { parseQuizSet, type QuizSet } from '$lib/core/quizset/schema';
import { DAY, freshDb, sampleSet, T0 } from '$lib/db/test-helpers';
import { countsBeforeAnyStorage, DEFAULT_NEW_CARDS_PER_DAY, loadTodayCounts } from './due-today';

function bundledSet(): QuizSet {
  const parsed = parseQuizSet(bundled);
  if (!parsed.ok) throw new Error(parsed.issues.join('; '));
  return parsed.set;
}

describe('countsBeforeAnyStorage (the library on a first visit)', () => {
  // Enough copies of the bundled set to hold more than a day's limit of new cards.
  const perCopy = countsBeforeAnyStorage([bundledSet()]).all.new;
  const copies = Math.ceil((DEFAULT_NEW_CARDS_PER_DAY + 1) / Math.max(perCopy, 1));
  const sets = [
    sampleSet(),
    ...Array.from({ length: copies }, (_, index) => ({ ...bundledSet(), id: `bundled-${index}` }))
  ];

  it('equals the counts an empty database gives, at any time of day and in any time zone', async () => {
    const expected = countsBeforeAnyStorage(sets);
    const db = await freshDb();
    for (const [nowMs, timezoneOffsetMinutes] of [
      [T0, 0],
      [T0 + DAY / 2 + 7 * 60_000, -120],
      [T0 + 3 * DAY - 60_000, 300]
    ] as const) {
      const counts = await loadTodayCounts(db, sets, { nowMs, timezoneOffsetMinutes });
      expect({ all: counts.all, bySet: Object.fromEntries(counts.bySet) }).toEqual(expected);
    }
  });

  it('counts new cards up to the daily limit, and each set alone up to the same limit', () => {
    const counts = countsBeforeAnyStorage(sets);
    expect(counts.all).toEqual({ new: DEFAULT_NEW_CARDS_PER_DAY, learning: 0, due: 0 });
    expect(perCopy).toBeGreaterThan(0);
    expect(counts.bySet['bundled-0']).toEqual({ new: perCopy, learning: 0, due: 0 });
    expect(Object.keys(counts.bySet)).toEqual(sets.map((set) => set.id));
  });
});
