import type { Question, QuizSet } from '$lib/core/quizset/schema';
import {
  cardIdFor,
  flashcardIdsOf,
  LEARN_AHEAD_MS,
  todayQueueOf,
  type CardState,
  type Rating
} from '$lib/core/srs/calendar';

/**
 * What a flashcard session shows, built from question sets and stored card states. Pure: the
 * clock and the stored states are arguments, so the queue order is tested without a browser.
 */

/**
 * A card's back: plain text, or a true/false verdict worded in the set's language ("Stimmt
 * nicht.", never the UI's bare "Richtig."), with the correction when there is one.
 */
export type CardBack =
  | { kind: 'text'; text: string }
  | { kind: 'truth'; value: boolean; verdict: string; correction?: string };

/** How a card's back words a statement's truth, in the article's language. */
const VERDICT: Record<QuizSet['language'], Record<'true' | 'false', string>> = {
  de: { true: 'Stimmt.', false: 'Stimmt nicht.' },
  en: { true: 'True.', false: 'Not true.' }
};

export type StudyCard = {
  cardId: string;
  setId: string;
  setTitle: string;
  language: QuizSet['language'];
  /** `quiz`: the fact has no flashcard, so a quiz question about it stands in as the card. */
  kind: 'fact' | 'vocabulary' | 'quiz';
  front: string;
  back: CardBack;
  /** The sentences of the article that prove the back. */
  evidence: string[];
};

/** One card of a session and its stored state; `null` for a card never reviewed. */
export type ReviewItem = { card: StudyCard; state: CardState | null };

/** When a quiz question stands in for a missing flashcard, the most card-like type wins. */
const STAND_IN_PREFERENCE: readonly Question['type'][] = [
  'short-answer',
  'cloze',
  'multiple-choice',
  'true-false',
  'order',
  'match'
];

function backOf(question: Question, language: QuizSet['language']): CardBack {
  switch (question.type) {
    case 'true-false':
      return {
        kind: 'truth',
        value: question.answer,
        verdict: VERDICT[language][question.answer ? 'true' : 'false'],
        ...(question.correction ? { correction: question.correction } : {})
      };
    case 'order':
      return { kind: 'text', text: question.answer.join(' → ') };
    case 'match':
      return {
        kind: 'text',
        text: question.answer.map(([left, right]) => `${left} – ${right}`).join('; ')
      };
    default:
      return { kind: 'text', text: question.answer };
  }
}

function studyCardOf(set: QuizSet, question: Question): StudyCard {
  const back = backOf(question, set.language);
  const backText = back.kind === 'text' ? back.text.trim() : undefined;
  return {
    cardId: cardIdFor(set.id, question),
    setId: set.id,
    setTitle: set.title,
    language: set.language,
    kind: question.type === 'flashcard' ? (question.card ?? 'fact') : 'quiz',
    front: question.prompt,
    back,
    // A card whose back is the sentence itself would show it twice.
    evidence: question.evidence
      .flatMap((index) => set.sentences[index] ?? [])
      .filter((sentence) => sentence.trim() !== backText)
  };
}

/**
 * Every card of a set by card id, in question order: a fact's flashcard if it has one,
 * otherwise its most card-like quiz question (quiz answers review the fact's card too).
 */
export function studyCardsOf(set: QuizSet): Map<string, StudyCard> {
  const chosen = new Map<string, Question>();
  const rank = (question: Question) =>
    question.type === 'flashcard' ? -1 : STAND_IN_PREFERENCE.indexOf(question.type);
  for (const question of set.questions) {
    const cardId = cardIdFor(set.id, question);
    const current = chosen.get(cardId);
    if (!current || rank(question) < rank(current)) chosen.set(cardId, question);
  }
  return new Map([...chosen].map(([cardId, question]) => [cardId, studyCardOf(set, question)]));
}

/** Flashcards of the sets never reviewed, in set order then question order: the new cards. */
export function unseenFlashcards(
  sets: readonly QuizSet[],
  knownCardIds: ReadonlySet<string>
): StudyCard[] {
  return sets.flatMap((set) => {
    const cards = studyCardsOf(set);
    return flashcardIdsOf(set.id, set.questions)
      .filter((cardId) => !knownCardIds.has(cardId))
      .flatMap((cardId) => cards.get(cardId) ?? []);
  });
}

/**
 * A session's queue at `nowMs`: stored cards `todayQueueOf` counts for today (most overdue
 * first; ties by card id), then up to `newLimit` new flashcards. Stored cards whose set is not
 * among `sets` (a set filter, or a set gone from this device) or whose question is gone (a
 * teacher deleted it) are left out.
 *
 * @example buildReviewQueue({ sets, stored, knownCardIds, newLimit: 20, nowMs, nextDayStartMs })
 */
export function buildReviewQueue(input: {
  sets: readonly QuizSet[];
  /** Stored card states; those not due today are ignored. */
  stored: readonly CardState[];
  /** Ids of every card reviewed at least once in these sets. */
  knownCardIds: ReadonlySet<string>;
  newLimit: number;
  nowMs: number;
  /** When the next study day begins (`nextStudyDayStartMs`): review cards due before it count. */
  nextDayStartMs: number;
}): ReviewItem[] {
  const cards = new Map(input.sets.flatMap((set) => [...studyCardsOf(set)]));
  const byDue = (a: CardState, b: CardState) =>
    a.dueMs - b.dueMs || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0);
  const due = input.stored
    .filter((state) => todayQueueOf(state, input.nowMs, input.nextDayStartMs) !== null)
    .sort(byDue)
    .flatMap((state) => {
      const card = cards.get(state.cardId);
      return card ? [{ card, state }] : [];
    });
  const fresh = unseenFlashcards(input.sets, input.knownCardIds)
    .slice(0, Math.max(0, input.newLimit))
    .map((card) => ({ card, state: null }));
  return [...due, ...fresh];
}

/** Today's study counts the way Anki shows them: new cards, cards in learning, cards due. */
export type StudyCounts = { new: number; learning: number; due: number };

export const NO_STUDY_COUNTS: Readonly<StudyCounts> = Object.freeze({
  new: 0,
  learning: 0,
  due: 0
});

/**
 * Counts a queue by what each card is: never reviewed (`new`), in its (re)learning steps
 * (`learning`) or in review (`due`). The one count every page shows: the library and the
 * statistics count the queue a session would get, the session counts what is left of its own.
 */
export function countQueue(items: readonly ReviewItem[]): StudyCounts {
  const counts = { ...NO_STUDY_COUNTS };
  for (const { state } of items) {
    if (state === null || state.phase === 'new') counts.new++;
    else if (state.phase === 'review') counts.due++;
    else counts.learning++;
  }
  return counts;
}

/**
 * Today's counts across `sets` and for each set alone, from the queues `buildReviewQueue` would
 * give a session over all of them and over each one ("Weiterlernen" and "Karteikarten üben").
 * A set's new cards are capped by the shared daily limit, as a deck's are in Anki, so the sets'
 * new counts may add up to more than the total.
 */
export function todayCounts(input: Parameters<typeof buildReviewQueue>[0]): {
  all: StudyCounts;
  bySet: Map<string, StudyCounts>;
} {
  return {
    all: countQueue(buildReviewQueue(input)),
    bySet: new Map(
      input.sets.map((set) => [set.id, countQueue(buildReviewQueue({ ...input, sets: [set] }))])
    )
  };
}

/** Whether a card just rated is due again soon enough to come back in this session. */
export function comesBackThisSession(next: CardState, nowMs: number): boolean {
  return next.dueMs - nowMs <= LEARN_AHEAD_MS;
}

export type RatingTally = Record<Rating, number>;

export const EMPTY_TALLY: Readonly<RatingTally> = Object.freeze({
  again: 0,
  hard: 0,
  good: 0,
  easy: 0
});
