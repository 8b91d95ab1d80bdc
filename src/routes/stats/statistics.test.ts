import { describe, expect, it } from 'vitest';
import { studyDayStarts } from '$lib/core/stats';
import { importBackup, type Backup } from '$lib/db';
import { freshDb, sampleSet } from '$lib/db/test-helpers';
import { newCard, reviewCard } from '$lib/core/srs';
import { collectStatistics, longDate, percent, shortDate, totals } from './statistics';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const berlinWinter = studyDayStarts(() => -60);
// Tuesday 24 November 2026, 11:00 in Berlin; today's study day began at 03:00 UTC.
const NOW = Date.UTC(2026, 10, 24, 10);
const TODAY = Date.UTC(2026, 10, 24, 3);
const berlinClock = { nowMs: NOW, timezoneOffsetMinutes: -60 };

const set = sampleSet('hik', 'Kanada verbietet Hikvision');

function backupWith(parts: Partial<Backup>): Backup {
  return {
    format: 'lesequiz-backup/1',
    exportedAtMs: NOW,
    sets: [],
    attempts: [],
    answers: [],
    cards: [],
    reviews: [],
    settings: [],
    ...parts
  };
}

describe('collectStatistics', () => {
  it('reports a fresh device as never studied, with the set counted as all new', async () => {
    const db = await freshDb();
    const statistics = await collectStatistics(db, [set], berlinClock, berlinWinter);
    expect(statistics.everStudied).toBe(false);
    expect(statistics.today).toEqual({ new: 0, learning: 0, due: 0 });
    expect(statistics.accuracy).toHaveLength(30);
    expect(statistics.reviews).toHaveLength(30);
    expect(statistics.forecast).toHaveLength(14);
    expect(statistics.mastery).toEqual([
      { setId: 'hik', title: set.title, total: 2, new: 2, learning: 0, young: 0, mature: 0 }
    ]);
    db.close();
  });

  it('counts restored history by study day', async () => {
    const db = await freshDb();
    const first = reviewCard(newCard('hik/f1', TODAY - 2 * DAY), 'good', TODAY - 2 * DAY).state;
    const learned = reviewCard(first, 'good', TODAY - 2 * DAY + 10 * 60_000).state;
    expect(learned).toMatchObject({ phase: 'review' });
    expect(learned.stability).toBeLessThan(21);
    const log = (cardId: string, reviewedAtMs: number, source: 'quiz' | 'flashcard') => ({
      ...reviewCard(newCard(cardId, reviewedAtMs), 'good', reviewedAtMs).log,
      setId: 'hik',
      source
    });
    const answer = (questionId: string, answeredAtMs: number, correct: boolean) => ({
      attemptId: 'a1',
      setId: 'hik',
      questionId,
      response: 'x',
      correct,
      answeredAtMs
    });
    const result = await importBackup(
      db,
      backupWith({
        answers: [
          answer('q1', TODAY - DAY + HOUR, true),
          answer('q2', TODAY - DAY + 2 * HOUR, false),
          answer('q3', TODAY - HOUR, true), // 3:00 am in Berlin: still yesterday
          answer('q1', TODAY + HOUR, true),
          answer('q1', TODAY - 40 * DAY, false) // too old for the chart
        ],
        reviews: [log('hik/f1', TODAY - DAY + HOUR, 'quiz'), log('hik/f2', NOW, 'flashcard')],
        cards: [
          { ...learned, dueMs: TODAY - DAY, setId: 'hik' }, // overdue: due today
          {
            ...learned,
            cardId: 'hik/f2',
            stability: 30,
            dueMs: TODAY + 3 * DAY + HOUR,
            setId: 'hik'
          }
        ]
      })
    );
    expect(result.ok).toBe(true);

    const statistics = await collectStatistics(db, [set], berlinClock, berlinWinter);
    expect(statistics.everStudied).toBe(true);
    expect(statistics.accuracy.at(-2)).toMatchObject({ answered: 3, correct: 2 });
    expect(statistics.accuracy.at(-1)).toMatchObject({ answered: 1, correct: 1, share: 1 });
    expect(statistics.reviews.at(-2)).toMatchObject({ flashcard: 0, quiz: 1 });
    expect(statistics.reviews.at(-1)).toMatchObject({ flashcard: 1, quiz: 0 });
    // The card due today is the one the library and a session count: one count everywhere.
    expect(statistics.today).toEqual({ new: 0, learning: 0, due: 1 });
    expect(statistics.forecast.map((day) => day.due)).toEqual([
      1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
    ]);
    expect(statistics.mastery).toEqual([
      { setId: 'hik', title: set.title, total: 2, new: 0, learning: 0, young: 1, mature: 1 }
    ]);
    expect(totals(statistics)).toEqual({
      answered: 4,
      correct: 3,
      share: 0.75,
      flashcard: 1,
      quiz: 1,
      reviews: 2,
      dueTotal: 2
    });
    db.close();
  });
});

describe('formatting', () => {
  it('writes days and shares in the UI language', () => {
    expect(shortDate(TODAY, 'de')).toBe('24.11.');
    expect(shortDate(TODAY, 'en')).toBe('11/24');
    expect(longDate(TODAY, 'de')).toBe('Di., 24.11.');
    expect(longDate(TODAY, 'en')).toBe('Tue, 11/24');
    expect(percent(2 / 3, 'de')).toBe('67\u00a0%'); // a no-break space
    expect(percent(2 / 3, 'en')).toBe('67%');
  });
});
