import { describe, expect, it } from 'vitest';
import type { QuizSet } from '$lib/core/quizset/schema';
import { LEARN_AHEAD_MS, newCard, reviewCard, type CardState } from '$lib/core/srs';
import {
  buildReviewQueue,
  comesBackThisSession,
  countQueue,
  todayCounts,
  studyCardsOf,
  unseenFlashcards
} from './review-queue';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const T0 = Date.UTC(2026, 0, 1, 9, 0, 0);
/** The next study day (UTC, rollover at 4 am). */
const NEXT_DAY = Date.UTC(2026, 0, 2, 4, 0, 0);

function set(id: string, title = `Set ${id}`): QuizSet {
  return {
    format: 'quizset/1',
    id,
    title,
    language: 'de',
    sentences: ['Kanada verbietet Hikvision.', 'China protestiert am Montag.', 'Es regnet.'],
    questions: [
      {
        id: 'c1',
        type: 'flashcard',
        prompt: 'Hikvision',
        answer: 'Kamerahersteller',
        evidence: [0],
        factId: 'f1',
        card: 'fact'
      },
      {
        id: 'q1',
        type: 'true-false',
        prompt: 'Kanada verbietet Hikvision.',
        answer: true,
        evidence: [0],
        factId: 'f1'
      },
      {
        id: 'q2',
        type: 'true-false',
        prompt: 'Kanada protestiert.',
        answer: false,
        correction: 'China protestiert.',
        evidence: [1],
        factId: 'f2'
      },
      {
        id: 'q3',
        type: 'short-answer',
        prompt: 'Wer protestiert?',
        answer: 'China',
        evidence: [1],
        factId: 'f2'
      },
      {
        id: 'c2',
        type: 'flashcard',
        prompt: 'protestieren',
        answer: 'to protest',
        evidence: [1, 2],
        card: 'vocabulary'
      },
      { id: 'q4', type: 'order', prompt: 'Ordne.', answer: ['a', 'b', 'c'], evidence: [2] },
      {
        id: 'c3',
        type: 'flashcard',
        prompt: 'Montag',
        answer: 'Wochentag',
        evidence: [1],
        factId: 'f3'
      }
    ]
  };
}

/** A card reviewed once (Good at T0) and due at `dueMs`. */
const stored = (cardId: string, dueMs: number): CardState => ({
  ...reviewCard(newCard(cardId, T0), 'good', T0).state,
  dueMs
});

describe('studyCardsOf', () => {
  it('gives each fact one card: its flashcard, else its most card-like quiz question', () => {
    const cards = studyCardsOf(set('s'));
    expect([...cards.keys()]).toEqual(['s/f1', 's/f2', 's/c2', 's/q4', 's/f3']);
    expect(cards.get('s/f1')).toMatchObject({
      kind: 'fact',
      front: 'Hikvision',
      back: { kind: 'text', text: 'Kamerahersteller' },
      evidence: ['Kanada verbietet Hikvision.'],
      setTitle: 'Set s',
      language: 'de'
    });
    // f2 has no flashcard: the short answer wins over the true/false statement.
    expect(cards.get('s/f2')).toMatchObject({
      kind: 'quiz',
      front: 'Wer protestiert?',
      back: { kind: 'text', text: 'China' }
    });
    expect(cards.get('s/c2')).toMatchObject({
      kind: 'vocabulary',
      evidence: ['China protestiert am Montag.', 'Es regnet.']
    });
    expect(cards.get('s/q4')?.back).toEqual({ kind: 'text', text: 'a → b → c' });
  });

  it('does not repeat the back as evidence when the back is the sentence itself', () => {
    const base = set('e');
    const quoting: QuizSet = {
      ...base,
      questions: [
        {
          id: 'c1',
          type: 'flashcard',
          prompt: 'Hikvision',
          answer: 'Kanada verbietet Hikvision.',
          evidence: [0, 1]
        }
      ]
    };
    expect(studyCardsOf(quoting).get('e/c1')?.evidence).toEqual(['China protestiert am Montag.']);
  });

  it('words a true/false verdict in the set\'s language, never as a bare "Richtig."', () => {
    const only: QuizSet = { ...set('t'), questions: [set('t').questions[2]!] };
    expect(studyCardsOf(only).get('t/f2')?.back).toEqual({
      kind: 'truth',
      value: false,
      verdict: 'Stimmt nicht.',
      correction: 'China protestiert.'
    });
    const english: QuizSet = { ...only, language: 'en' };
    expect(studyCardsOf(english).get('t/f2')?.back).toMatchObject({ verdict: 'Not true.' });
  });
});

describe('buildReviewQueue', () => {
  it('puts due cards first, most overdue first, then new flashcards in set order', () => {
    const sets = [set('a'), set('b')];
    const queue = buildReviewQueue({
      sets,
      stored: [stored('b/f1', T0 - MINUTE), stored('a/f2', T0 - DAY), stored('a/f1', T0 + DAY)],
      knownCardIds: new Set(['a/f1', 'a/f2', 'b/f1']),
      newLimit: 3,
      nowMs: T0,
      nextDayStartMs: NEXT_DAY
    });
    expect(queue.map((item) => [item.card.cardId, item.state === null])).toEqual([
      ['a/f2', false],
      ['b/f1', false],
      ['a/c2', true],
      ['a/f3', true],
      ['b/c2', true]
    ]);
    // A due quiz-only fact is shown through its quiz question.
    expect(queue[0]?.card.kind).toBe('quiz');
  });

  it('takes in cards due within the learn-ahead window, and not later ones', () => {
    const queue = buildReviewQueue({
      sets: [set('a')],
      stored: [stored('a/f1', T0 + LEARN_AHEAD_MS), stored('a/f3', T0 + LEARN_AHEAD_MS + 1)],
      knownCardIds: new Set(['a/f1', 'a/f3']),
      newLimit: 0,
      nowMs: T0,
      nextDayStartMs: NEXT_DAY
    });
    expect(queue.map((item) => item.card.cardId)).toEqual(['a/f1']);
  });

  it('never offers more new cards than the daily limit, nor any when it is used up', () => {
    const input = {
      sets: [set('a')],
      stored: [],
      knownCardIds: new Set<string>(),
      nowMs: T0,
      nextDayStartMs: NEXT_DAY
    };
    expect(buildReviewQueue({ ...input, newLimit: 2 })).toHaveLength(2);
    expect(buildReviewQueue({ ...input, newLimit: 0 })).toEqual([]);
    expect(buildReviewQueue({ ...input, newLimit: -1 })).toEqual([]);
  });

  it('leaves out stored cards of sets not in the session', () => {
    const queue = buildReviewQueue({
      sets: [set('a')],
      stored: [stored('gone/f1', T0 - DAY), stored('a/f1', T0)],
      knownCardIds: new Set(['a/f1']),
      newLimit: 0,
      nowMs: T0,
      nextDayStartMs: NEXT_DAY
    });
    expect(queue.map((item) => item.card.cardId)).toEqual(['a/f1']);
  });
});

/** A card in review (learned for days), due at `dueMs`. */
const inReview = (cardId: string, dueMs: number): CardState => ({
  ...stored(cardId, dueMs),
  phase: 'review',
  scheduledDays: 3
});

describe('one count for today', () => {
  it('offers a review card due this evening in the morning, as Anki does, and counts it as due', () => {
    const queue = buildReviewQueue({
      sets: [set('a')],
      stored: [inReview('a/f1', NEXT_DAY - 1), inReview('a/f3', NEXT_DAY)],
      knownCardIds: new Set(['a/f1', 'a/f3']),
      newLimit: 0,
      nowMs: T0,
      nextDayStartMs: NEXT_DAY
    });
    expect(queue.map((item) => item.card.cardId)).toEqual(['a/f1']);
    expect(countQueue(queue)).toEqual({ new: 0, learning: 0, due: 1 });
  });

  it('counts new, learning and due apart, in all and per set, from the queue a session gets', () => {
    const input = {
      sets: [set('a'), set('b')],
      stored: [
        inReview('a/f1', T0 - DAY),
        stored('a/f2', T0 + MINUTE), // a learning step within the learn-ahead window
        stored('b/f1', T0 + 2 * 60 * MINUTE), // a learning step later today: not yet
        inReview('gone/f1', T0 - DAY) // a set no longer on this device
      ],
      knownCardIds: new Set(['a/f1', 'a/f2', 'b/f1']),
      newLimit: 3,
      nowMs: T0,
      nextDayStartMs: NEXT_DAY
    };
    const counts = todayCounts(input);
    expect(counts.all).toEqual({ new: 3, learning: 1, due: 1 });
    expect(countQueue(buildReviewQueue(input))).toEqual(counts.all);
    // Each set's new cards are capped by the shared daily limit, as a deck's in Anki.
    expect(counts.bySet.get('a')).toEqual({ new: 2, learning: 1, due: 1 });
    expect(counts.bySet.get('b')).toEqual({ new: 2, learning: 0, due: 0 });
    expect(countQueue(buildReviewQueue({ ...input, sets: [set('b')] }))).toEqual(
      counts.bySet.get('b')
    );
  });
});

describe('unseenFlashcards', () => {
  it('lists flashcards never reviewed; quiz stand-ins are never new cards', () => {
    const unseen = unseenFlashcards([set('a')], new Set(['a/f1']));
    expect(unseen.map((card) => card.cardId)).toEqual(['a/c2', 'a/f3']);
  });
});

describe('comesBackThisSession', () => {
  it('brings back a card rated Again or a new card rated Good, not a card learned for days', () => {
    const fresh = newCard('a/f1', T0);
    expect(comesBackThisSession(reviewCard(fresh, 'again', T0).state, T0)).toBe(true);
    expect(comesBackThisSession(reviewCard(fresh, 'good', T0).state, T0)).toBe(true);
    expect(comesBackThisSession(reviewCard(fresh, 'easy', T0).state, T0)).toBe(false);
  });
});
