import type { QuizSet } from '../quizset/schema';
import { cardIdFor, type CardPhase } from '../srs';
import { dayIndexOf, type StudyDay } from './days';

/**
 * The numbers behind the statistics page, computed from plain records so they are tested without
 * a browser. Every function takes the days to count in (see `pastDays` / `comingDays`) and never
 * reads a clock.
 */

export type AccuracyDay = StudyDay & {
  answered: number;
  correct: number;
  /** Share of correct answers, 0–1; `null` on a day without answers (no accuracy to show). */
  share: number | null;
};

/**
 * Quiz answers per study day: how many, how many right, and the share right. Answers outside
 * the days are ignored.
 *
 * @example accuracyByDay([{ answeredAtMs: t, correct: true }], pastDays(t, dayStart, 30))
 */
export function accuracyByDay(
  answers: Iterable<{ answeredAtMs: number; correct: boolean }>,
  days: readonly StudyDay[]
): AccuracyDay[] {
  const answered = days.map(() => 0);
  const correct = days.map(() => 0);
  for (const answer of answers) {
    const index = dayIndexOf(days, answer.answeredAtMs);
    if (index < 0) continue;
    answered[index]!++;
    if (answer.correct) correct[index]!++;
  }
  return days.map((day, index) => {
    const count = answered[index]!;
    const right = correct[index]!;
    return { ...day, answered: count, correct: right, share: count === 0 ? null : right / count };
  });
}

export type ReviewDay = StudyDay & { flashcard: number; quiz: number };

/**
 * Reviews per study day, split by where they happened: a flashcard rating or a quiz answer that
 * reviewed the fact's card.
 */
export function reviewsByDay(
  reviews: Iterable<{ reviewedAtMs: number; source: 'flashcard' | 'quiz' }>,
  days: readonly StudyDay[]
): ReviewDay[] {
  const counts = days.map((day) => ({ ...day, flashcard: 0, quiz: 0 }));
  for (const review of reviews) {
    const day = counts[dayIndexOf(days, review.reviewedAtMs)];
    if (day) day[review.source]++;
  }
  return counts;
}

export type ForecastDay = StudyDay & { due: number };

/**
 * Cards falling due on each of the coming days (`days[0]` is today). A card already overdue is
 * due today: it waits for the learner, not for its old date. New cards are not counted, since
 * they are introduced by the daily limit, not by a due date.
 */
export function dueForecast(
  cards: Iterable<{ dueMs: number; phase: CardPhase }>,
  days: readonly StudyDay[]
): ForecastDay[] {
  const counts = days.map((day) => ({ ...day, due: 0 }));
  const first = days[0];
  if (!first) return counts;
  for (const card of cards) {
    if (card.phase === 'new') continue;
    const index = card.dueMs < first.startMs ? 0 : dayIndexOf(days, card.dueMs);
    const day = counts[index];
    if (day) day.due++;
  }
  return counts;
}

/**
 * When a card counts as mature: FSRS stability (the days until recall drops to 90 %) of at
 * least 21 days. Anki calls a card mature from a 21-day interval; stability is used instead of
 * the interval so the line does not move when the learner changes the desired retention.
 */
export const MATURE_STABILITY_DAYS = 21;

export type MasteryLevel = 'new' | 'learning' | 'young' | 'mature';
export const MASTERY_LEVELS: readonly MasteryLevel[] = ['new', 'learning', 'young', 'mature'];

/**
 * How well a card is known: `new` (never reviewed), `learning` (in its first steps, or
 * relearning after a lapse), `young` (in review, stability under 21 days) or `mature`.
 */
export function masteryLevel(card: { phase: CardPhase; stability: number }): MasteryLevel {
  switch (card.phase) {
    case 'new':
      return 'new';
    case 'learning':
    case 'relearning':
      return 'learning';
    case 'review':
      return card.stability >= MATURE_STABILITY_DAYS ? 'mature' : 'young';
  }
}

/**
 * The cards a set teaches: one per flashcard and one per fact its questions ask about (questions
 * on one fact share a card). Questions tied to no fact review no card, so they are not counted.
 */
export function studyCardIds(set: Pick<QuizSet, 'id' | 'questions'>): string[] {
  const ids = new Set<string>();
  for (const question of set.questions) {
    if (question.type === 'flashcard' || question.factId !== undefined) {
      ids.add(cardIdFor(set.id, question));
    }
  }
  return [...ids];
}

export type SetMastery = {
  setId: string;
  title: string;
  total: number;
} & Record<MasteryLevel, number>;

/**
 * Each set's cards by mastery level, in the order of `sets`. A set's cards are its flashcards
 * and the facts its questions ask about (`cardIds`, from `cardIdFor`), plus any stored card of
 * the set (so a card survives an edited set); those without a stored state are new. Stored
 * cards of sets not in the list (deleted) are left out, as are sets without cards.
 *
 * @example
 * masteryBySet([{ setId: 's', title: 'Hikvision', cardIds: ['s/f1', 's/f2'] }], storedCards)
 * // [{ setId: 's', title: 'Hikvision', total: 2, new: 1, learning: 0, young: 1, mature: 0 }]
 */
export function masteryBySet(
  sets: readonly { setId: string; title: string; cardIds: Iterable<string> }[],
  cards: Iterable<{ cardId: string; setId: string; phase: CardPhase; stability: number }>
): SetMastery[] {
  const storedBySet = new Map<string, Map<string, MasteryLevel>>();
  for (const card of cards) {
    let stored = storedBySet.get(card.setId);
    if (!stored) storedBySet.set(card.setId, (stored = new Map()));
    stored.set(card.cardId, masteryLevel(card));
  }
  const result: SetMastery[] = [];
  for (const set of sets) {
    const stored = storedBySet.get(set.setId) ?? new Map<string, MasteryLevel>();
    const counts: SetMastery = {
      setId: set.setId,
      title: set.title,
      total: 0,
      new: 0,
      learning: 0,
      young: 0,
      mature: 0
    };
    for (const cardId of new Set([...set.cardIds, ...stored.keys()])) {
      counts[stored.get(cardId) ?? 'new']++;
      counts.total++;
    }
    if (counts.total > 0) result.push(counts);
  }
  return result;
}
