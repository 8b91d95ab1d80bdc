import type { QuizSet } from '$lib/core/quizset/schema';
import {
  accuracyByDay,
  comingDays,
  dueForecast,
  masteryBySet,
  pastDays,
  reviewsByDay,
  studyCardIds,
  type AccuracyDay,
  type DayStart,
  type ForecastDay,
  type ReviewDay,
  type SetMastery
} from '$lib/core/stats';
import { readStatsSnapshot, type LesequizDb } from '$lib/db';
import { loadTodayCounts, type ReviewClock } from '$lib/study/due-today';
import type { StudyCounts } from '$lib/study/review-queue';

/** How far back accuracy and reviews go, and how far ahead the due forecast looks. */
export const HISTORY_DAYS = 30;
export const FORECAST_DAYS = 14;

export type Statistics = {
  /** False when nothing was ever answered or reviewed: the page shows its empty state. */
  everStudied: boolean;
  /** Today's cards (new / learning / due), counted as the library and a session count them. */
  today: StudyCounts;
  accuracy: AccuracyDay[];
  reviews: ReviewDay[];
  forecast: ForecastDay[];
  mastery: SetMastery[];
};

/**
 * Everything the statistics page shows, read from storage at `clock.nowMs` and cut into study
 * days by `dayStart`. `sets` gives titles and each set's cards (see `loadAllStudySets`).
 */
export async function collectStatistics(
  db: LesequizDb,
  sets: readonly QuizSet[],
  clock: ReviewClock,
  dayStart: DayStart
): Promise<Statistics> {
  const { nowMs } = clock;
  const history = pastDays(nowMs, dayStart, HISTORY_DAYS);
  const coming = comingDays(nowMs, dayStart, FORECAST_DAYS);
  const first = history[0]!;
  const last = history[history.length - 1]!;
  const [snapshot, today] = await Promise.all([
    readStatsSnapshot(db, first.startMs, last.endMs - 1),
    loadTodayCounts(db, sets, clock)
  ]);
  return {
    everStudied: snapshot.everStudied,
    today: today.all,
    accuracy: accuracyByDay(snapshot.answers, history),
    reviews: reviewsByDay(snapshot.reviews, history),
    forecast: dueForecast(snapshot.cards, coming),
    mastery: masteryBySet(
      sets.map((set) => ({ setId: set.id, title: set.title, cardIds: studyCardIds(set) })),
      snapshot.cards
    )
  };
}

/** Sums of a run of days, for the one-line summaries above the charts. */
export function totals(statistics: Statistics) {
  const answered = statistics.accuracy.reduce((sum, day) => sum + day.answered, 0);
  const correct = statistics.accuracy.reduce((sum, day) => sum + day.correct, 0);
  const flashcard = statistics.reviews.reduce((sum, day) => sum + day.flashcard, 0);
  const quiz = statistics.reviews.reduce((sum, day) => sum + day.quiz, 0);
  return {
    answered,
    correct,
    share: answered === 0 ? null : correct / answered,
    flashcard,
    quiz,
    reviews: flashcard + quiz,
    dueTotal: statistics.forecast.reduce((sum, day) => sum + day.due, 0)
  };
}

/** A study day as a short axis label: `24.11.` in German, `11/24` in English. */
export function shortDate(ms: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric' }).format(ms);
}

/** A study day for a table row: `Di., 24.11.` in German, `Tue, 11/24` in English. */
export function longDate(ms: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'numeric'
  }).format(ms);
}

/** A share as a whole percentage: `67 %` in German, `67%` in English. */
export function percent(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
    share
  );
}
