import { readFileSync } from 'node:fs';
import type { Backup } from '../../src/lib/db/backup';
import type { CardState } from '../../src/lib/core/srs';

/**
 * A backup with a known study history for the statistics tests, in Berlin time: "now" is
 * Tuesday 24 November 2026, 11:00 (10:00 UTC); a study day starts at 4:00 (03:00 UTC).
 */
export const NOW = Date.UTC(2026, 10, 24, 10);
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const at = (day: number, hour: number, minute = 0) => Date.UTC(2026, 10, day, hour, minute);

const SET_ID = 'hikvision-kanada';
const bundled = JSON.parse(readFileSync('questions/hikvision-kanada.de.json', 'utf8')) as {
  questions: { id: string; factId?: string }[];
};
/** The bundled set's cards (one per fact); the history below uses the first four. */
export const BUNDLED_CARD_COUNT = new Set(bundled.questions.map((q) => q.factId ?? q.id)).size;
const [cardA, cardB, cardC, cardD] = [
  ...new Set(bundled.questions.map((q) => `${SET_ID}/${q.factId ?? q.id}`))
] as [string, string, string, string];

function card(cardId: string, phase: CardState['phase'], stability: number, dueMs: number) {
  const state: CardState = {
    cardId,
    phase,
    dueMs,
    stability,
    difficulty: phase === 'new' ? 0 : 5,
    scheduledDays: phase === 'review' ? Math.max(1, Math.round(stability)) : 0,
    learningSteps: 0,
    reps: 2,
    lapses: 0,
    lastReviewMs: NOW - HOUR
  };
  return state;
}

function answer(questionId: string, answeredAtMs: number, correct: boolean) {
  return {
    attemptId: 'attempt-1',
    setId: SET_ID,
    questionId,
    response: 'x',
    correct,
    answeredAtMs
  };
}

function review(cardId: string, reviewedAtMs: number, source: 'quiz' | 'flashcard') {
  return {
    cardId,
    setId: SET_ID,
    rating: 'good' as const,
    reviewedAtMs,
    phaseBefore: 'new' as const,
    elapsedDays: 0,
    scheduledDays: 0,
    previous: { ...card(cardId, 'new', 0, reviewedAtMs), reps: 0, lastReviewMs: null },
    source
  };
}

export function statsBackup(): Backup {
  return {
    format: 'lesequiz-backup/1',
    exportedAtMs: NOW,
    sets: [],
    attempts: [],
    answers: [
      answer('q1', NOW - 40 * DAY, true), // older than the charts: only "studied before"
      // Thursday 19 November: 1 of 4 right.
      answer('q1', at(19, 10, 0), true),
      answer('q2', at(19, 10, 1), false),
      answer('q3', at(19, 10, 2), false),
      answer('q4', at(19, 10, 3), false),
      // Monday 23 November: 3 of 4 right, one of them at 3:30 in the night (still Monday).
      answer('q1', at(23, 15, 0), true),
      answer('q2', at(23, 15, 1), true),
      answer('q3', at(23, 15, 2), false),
      answer('q4', at(24, 2, 30), true),
      // Today: 1 of 1.
      answer('q5', at(24, 9, 0), true)
    ],
    reviews: [
      review(cardA, at(23, 15, 5), 'quiz'),
      review(cardB, at(23, 16, 0), 'flashcard'),
      review(cardC, at(24, 9, 30), 'flashcard'),
      review(cardD, at(24, 9, 31), 'flashcard')
    ],
    cards: [
      { ...card(cardA, 'review', 5, at(22, 12)), setId: SET_ID }, // overdue: due today
      { ...card(cardB, 'learning', 1, at(24, 12)), setId: SET_ID }, // later today
      { ...card(cardC, 'review', 3, at(25, 10)), setId: SET_ID }, // tomorrow
      { ...card(cardD, 'review', 30, Date.UTC(2026, 11, 20, 10)), setId: SET_ID } // mature, later
    ],
    settings: []
  };
}
