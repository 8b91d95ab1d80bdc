import { describe, expect, it } from 'vitest';
import type { CardPhase } from '../srs';
import {
  accuracyByDay,
  dueForecast,
  masteryBySet,
  masteryLevel,
  reviewsByDay,
  studyCardIds
} from './aggregate';
import { comingDays, pastDays, studyDayStarts } from './days';

const HOUR = 60 * 60 * 1000;
/** Europe/Berlin in 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC. */
const berlin = studyDayStarts((ms) =>
  ms >= Date.UTC(2026, 2, 29, 1) && ms < Date.UTC(2026, 9, 25, 1) ? -120 : -60
);
// 10 January 2026, noon in Berlin; the study day began at 03:00 UTC.
const NOW = Date.UTC(2026, 0, 10, 11);
const TODAY = Date.UTC(2026, 0, 10, 3);

const answer = (answeredAtMs: number, correct: boolean) => ({ answeredAtMs, correct });

describe('accuracyByDay', () => {
  it('shows no accuracy on days without answers', () => {
    const days = pastDays(NOW, berlin, 30);
    const result = accuracyByDay([], days);
    expect(result).toHaveLength(30);
    expect(result.every((day) => day.answered === 0 && day.share === null)).toBe(true);
  });

  it('counts one day from its start up to, not including, its end', () => {
    const days = pastDays(NOW, berlin, 1);
    const result = accuracyByDay(
      [
        answer(TODAY - 1, true), // yesterday, outside
        answer(TODAY, true),
        answer(NOW, false),
        answer(TODAY + 24 * HOUR - 1, true),
        answer(TODAY + 24 * HOUR, true) // tomorrow, outside
      ],
      days
    );
    expect(result).toEqual([
      { startMs: TODAY, endMs: TODAY + 24 * HOUR, answered: 3, correct: 2, share: 2 / 3 }
    ]);
  });

  it('spreads answers over 30 days, oldest first', () => {
    const days = pastDays(NOW, berlin, 30);
    const result = accuracyByDay(
      [
        answer(TODAY - 29 * 24 * HOUR + HOUR, true), // the first of the 30 days
        answer(TODAY - 30 * 24 * HOUR + HOUR, true), // the day before: left out
        answer(TODAY - 24 * HOUR, false),
        answer(TODAY - 24 * HOUR + 5 * HOUR, true),
        answer(TODAY - 24 * HOUR + 6 * HOUR, true),
        answer(TODAY - 24 * HOUR + 7 * HOUR, false)
      ],
      days
    );
    expect(result[0]).toMatchObject({ answered: 1, correct: 1, share: 1 });
    expect(result[28]).toMatchObject({ answered: 4, correct: 2, share: 0.5 });
    expect(result[29]).toMatchObject({ startMs: TODAY, answered: 0, share: null });
    expect(result.reduce((sum, day) => sum + day.answered, 0)).toBe(5);
  });

  it('counts a night answer on the day of the spring clock change for that day', () => {
    const days = pastDays(Date.UTC(2026, 2, 29, 12), berlin, 2);
    const result = accuracyByDay(
      [
        // 03:59 CEST on 29 March: the study day of the 28th (23 hours long) is not over yet.
        answer(Date.UTC(2026, 2, 29, 1, 59), true),
        // 04:00 CEST: the 29th.
        answer(Date.UTC(2026, 2, 29, 2), false)
      ],
      days
    );
    expect(result.map((day) => [day.answered, day.correct])).toEqual([
      [1, 1],
      [1, 0]
    ]);
  });
});

describe('reviewsByDay', () => {
  it('is all zeros without reviews', () => {
    const result = reviewsByDay([], pastDays(NOW, berlin, 3));
    expect(result.map((day) => [day.flashcard, day.quiz])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0]
    ]);
  });

  it('splits flashcard ratings from quiz answers, per day', () => {
    const days = pastDays(NOW, berlin, 2);
    const result = reviewsByDay(
      [
        { reviewedAtMs: TODAY - HOUR, source: 'flashcard' },
        { reviewedAtMs: TODAY - 2 * HOUR, source: 'quiz' },
        { reviewedAtMs: TODAY - 3 * HOUR, source: 'quiz' },
        { reviewedAtMs: TODAY, source: 'flashcard' },
        { reviewedAtMs: NOW, source: 'flashcard' },
        { reviewedAtMs: TODAY - 48 * HOUR, source: 'flashcard' } // too old
      ],
      days
    );
    expect(result.map((day) => [day.flashcard, day.quiz])).toEqual([
      [1, 2],
      [2, 0]
    ]);
  });
});

describe('dueForecast', () => {
  const days = comingDays(NOW, berlin, 14);
  const card = (dueMs: number, phase: CardPhase = 'review') => ({ dueMs, phase });

  it('is 14 zeros without cards, and empty without days', () => {
    expect(dueForecast([], days).map((day) => day.due)).toEqual(Array(14).fill(0));
    expect(dueForecast([card(NOW)], [])).toEqual([]);
  });

  it('counts overdue cards for today and leaves out new and later cards', () => {
    const lastEnd = days[13]!.endMs;
    const result = dueForecast(
      [
        card(Date.UTC(2025, 11, 1)), // overdue for weeks
        card(TODAY - 1, 'relearning'), // due yesterday
        card(NOW + HOUR, 'learning'), // later today
        card(TODAY + 24 * HOUR), // tomorrow, first instant
        card(TODAY + 24 * HOUR - 1), // today, last instant
        card(TODAY + 3 * 24 * HOUR + HOUR),
        card(lastEnd - 1), // the 14th day
        card(lastEnd), // the 15th day: beyond the forecast
        card(NOW, 'new') // introduced by the daily limit, not due
      ],
      days
    );
    expect(result.map((day) => day.due)).toEqual([4, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(result[0]).toMatchObject({ startMs: TODAY });
  });
});

describe('masteryLevel', () => {
  it('draws the line to mature at a stability of 21 days', () => {
    expect(masteryLevel({ phase: 'new', stability: 0 })).toBe('new');
    expect(masteryLevel({ phase: 'learning', stability: 2 })).toBe('learning');
    expect(masteryLevel({ phase: 'relearning', stability: 30 })).toBe('learning');
    expect(masteryLevel({ phase: 'review', stability: 20.99 })).toBe('young');
    expect(masteryLevel({ phase: 'review', stability: 21 })).toBe('mature');
  });
});

describe('studyCardIds', () => {
  it('takes one card per fact and per flashcard, and none for a question without a fact', () => {
    const ids = studyCardIds({
      id: 's',
      questions: [
        { id: 'q1', type: 'short-answer', prompt: 'P', answer: 'A', evidence: [0], factId: 'f1' },
        { id: 'q2', type: 'true-false', prompt: 'P', answer: true, evidence: [0], factId: 'f2' },
        { id: 'q3', type: 'cloze', prompt: '____', answer: 'A', evidence: [0], factId: 'f2' },
        { id: 'q4', type: 'flashcard', prompt: 'Front', answer: 'Back', evidence: [0] },
        { id: 'q5', type: 'short-answer', prompt: 'P', answer: 'A', evidence: [0] }
      ]
    });
    expect(ids).toEqual(['s/f1', 's/f2', 's/q4']);
    expect(studyCardIds({ id: 'e', questions: [] })).toEqual([]);
  });
});

describe('masteryBySet', () => {
  const stored = (cardId: string, setId: string, phase: CardPhase, stability = 1) => ({
    cardId,
    setId,
    phase,
    stability
  });

  it('counts every card as new before the first review', () => {
    expect(masteryBySet([{ setId: 'a', title: 'A', cardIds: ['a/1', 'a/2', 'a/3'] }], [])).toEqual([
      { setId: 'a', title: 'A', total: 3, new: 3, learning: 0, young: 0, mature: 0 }
    ]);
  });

  it('splits each set by level, in the order of the sets', () => {
    const result = masteryBySet(
      [
        { setId: 'b', title: 'B', cardIds: ['b/1', 'b/2'] },
        { setId: 'a', title: 'A', cardIds: ['a/1', 'a/2', 'a/3', 'a/4', 'a/5'] },
        { setId: 'empty', title: 'Ohne Karten', cardIds: [] }
      ],
      [
        stored('a/1', 'a', 'learning'),
        stored('a/2', 'a', 'relearning', 40),
        stored('a/3', 'a', 'review', 5),
        stored('a/4', 'a', 'review', 21),
        stored('a/old', 'a', 'review', 90), // its question was removed: still the set's card
        stored('b/1', 'b', 'new'), // stored but never reviewed (an undone first rating)
        stored('gone/1', 'gone', 'review', 50) // a deleted set
      ]
    );
    expect(result).toEqual([
      { setId: 'b', title: 'B', total: 2, new: 2, learning: 0, young: 0, mature: 0 },
      { setId: 'a', title: 'A', total: 6, new: 1, learning: 2, young: 1, mature: 2 }
    ]);
  });

  it('is empty without sets', () => {
    expect(masteryBySet([], [stored('a/1', 'a', 'review')])).toEqual([]);
  });
});
