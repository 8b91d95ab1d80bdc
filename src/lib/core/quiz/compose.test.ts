import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import bundled from '../../../../questions/hikvision-kanada.de.json';
import { parseQuizSet, type QuizSet } from '../quizset/schema';
import {
  pickQuizQuestions,
  questionDisplay,
  quizTypeCounts,
  QUIZ_TYPES,
  seededRandom,
  hasAnswerKey,
  isQuizQuestion,
  mixQuizOrder,
  sameSource,
  shuffle,
  type PlayableQuestion,
  type QuizQuestion
} from './compose';

const parsed = parseQuizSet(bundled);
if (!parsed.ok) throw new Error(parsed.issues.join('\n'));
const set: QuizSet = parsed.set;

/** A keyed match question of its own (the bundled set need not contain one). */
const MATCH = {
  id: 'q-match',
  type: 'match',
  prompt: 'Ordne jeder Person ihre Rolle zu.',
  evidence: [0],
  answer: [
    ['Melanie Joly', 'Industrieministerin'],
    ['Mark Carney', 'Premierminister'],
    ['Xi Jinping', 'Staatspräsident']
  ]
} as unknown as QuizQuestion;

describe('quizTypeCounts', () => {
  it('counts the quiz questions of the bundled set by type, without flashcards', () => {
    const counts = quizTypeCounts(set);
    expect(Object.keys(counts)).not.toContain('flashcard');
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    expect(total).toBe(set.questions.filter((q) => q.type !== 'flashcard').length);
    expect(counts['multiple-choice']).toBeGreaterThan(0);
  });
});

describe('pickQuizQuestions', () => {
  it('asks every question of the chosen types when no count is given', () => {
    const picked = pickQuizQuestions(set, { types: ['cloze', 'true-false'] }, Math.random);
    expect(picked.every((q) => q.type === 'cloze' || q.type === 'true-false')).toBe(true);
    expect(new Set(picked.map((q) => q.id)).size).toBe(
      set.questions.filter((q) => q.type === 'cloze' || q.type === 'true-false').length
    );
  });

  it('mixes the order per attempt, the same again for the same seed', () => {
    const ids = (seed: string) =>
      pickQuizQuestions(set, { types: QUIZ_TYPES }, seededRandom(seed)).map((q) => q.id);
    expect(ids('attempt-1')).toEqual(ids('attempt-1'));
    expect(ids('attempt-1')).not.toEqual(ids('attempt-2'));
    const articleOrder = set.questions.filter(isQuizQuestion).map((q) => q.id);
    expect(ids('attempt-1')).not.toEqual(articleOrder);
  });

  it('never puts two questions about the same sentence side by side (bundled set)', () => {
    fc.assert(
      fc.property(fc.string(), (seed) => {
        const picked = pickQuizQuestions(set, { types: QUIZ_TYPES }, seededRandom(seed));
        for (let i = 1; i < picked.length; i++) {
          expect(sameSource(picked[i - 1]!, picked[i]!)).toBe(false);
        }
      })
    );
  });
});

describe('mixQuizOrder', () => {
  const about = (id: string, ...evidence: number[]) => ({ id, evidence });

  it('keeps every question and leaves its input alone', () => {
    const questions = [about('a', 0), about('b', 1), about('c', 2)];
    const mixed = mixQuizOrder(questions, seededRandom('x'));
    expect(mixed.map((q) => q.id).sort()).toEqual(['a', 'b', 'c']);
    expect(questions.map((q) => q.id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps questions about one sentence apart whenever an order allows it', () => {
    // Three about sentence 0, two others: only 0 x 0 y 0 keeps them apart.
    const questions = [about('a', 0), about('b', 0), about('c', 0), about('x', 1), about('y', 2)];
    fc.assert(
      fc.property(fc.string(), (seed) => {
        const mixed = mixQuizOrder(questions, seededRandom(seed));
        expect(mixed.map((q) => q.evidence[0] === 0)).toEqual([true, false, true, false, true]);
      })
    );
  });

  it('treats a shared fact like a shared sentence, and gives up only where it must', () => {
    const sameFact = [
      { id: 'a', evidence: [0], factId: 'f' },
      { id: 'b', evidence: [1], factId: 'f' }
    ];
    expect(sameSource(sameFact[0]!, sameFact[1]!)).toBe(true);
    const allOne = [about('a', 3), about('b', 3, 4)];
    expect(mixQuizOrder(allOne, seededRandom('s'))).toHaveLength(2);
  });
});

describe('pickQuizQuestions (sizes)', () => {
  it('draws distinct facts first when only some questions fit', () => {
    const facts = new Set(
      set.questions.filter((q) => q.type !== 'flashcard').map((q) => q.factId ?? q.id)
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: facts.size }), fc.integer(), (count, seed) => {
        const picked = pickQuizQuestions(
          set,
          { count, types: QUIZ_TYPES },
          seededRandom(String(seed))
        );
        expect(picked).toHaveLength(count);
        expect(new Set(picked.map((q) => q.factId ?? q.id)).size).toBe(count);
      })
    );
  });

  it('gives an empty quiz when no type is chosen, and never more than there are', () => {
    expect(pickQuizQuestions(set, { types: [] }, Math.random)).toEqual([]);
    const all = pickQuizQuestions(set, { count: 10_000, types: QUIZ_TYPES }, Math.random);
    expect(all).toHaveLength(set.questions.filter((q) => q.type !== 'flashcard').length);
  });
});

describe('shuffle and seededRandom', () => {
  it('keeps every item and repeats for the same seed', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.string(), (items, seed) => {
        const once = shuffle(items, seededRandom(seed));
        expect([...once].sort()).toEqual([...items].sort());
        expect(shuffle(items, seededRandom(seed))).toEqual(once);
      })
    );
  });

  it('stays in [0, 1)', () => {
    const random = seededRandom('x');
    for (let i = 0; i < 1000; i++) {
      const value = random();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});

describe('questionDisplay', () => {
  const order: QuizQuestion = {
    id: 'o1',
    type: 'order',
    prompt: 'Ordne',
    evidence: [0],
    answer: ['a', 'b', 'c']
  };

  it('never shows an order question already solved', () => {
    for (let seed = 0; seed < 200; seed++) {
      const items = questionDisplay(order, String(seed)).orderItems;
      expect([...items].sort()).toEqual(['a', 'b', 'c']);
      expect(items).not.toEqual(['a', 'b', 'c']);
    }
  });

  it('shows the same options after a reload (same seed)', () => {
    const mc = set.questions.find((q) => q.type === 'multiple-choice') as QuizQuestion;
    expect(questionDisplay(mc, 'attempt-1')).toEqual(questionDisplay(mc, 'attempt-1'));
    expect([...questionDisplay(mc, 'attempt-1').options].sort()).toEqual(
      [...(mc.type === 'multiple-choice' ? mc.choices : [])].sort()
    );
  });

  it('offers every right-hand side of a match once', () => {
    const match = MATCH;
    if (match.type !== 'match') throw new Error('a match question');
    expect([...questionDisplay(match, 's').matchTargets].sort()).toEqual(
      match.answer.map(([, right]) => right).sort()
    );
  });

  it('without shuffling shows options in code-point order, never the stored order', () => {
    const mc: QuizQuestion = {
      id: 'm1',
      type: 'multiple-choice',
      prompt: 'Welche Stadt?',
      answer: 'Peking',
      choices: ['Peking', 'Bern', 'Ottawa'],
      evidence: [0]
    };
    for (const seed of ['a', 'b', 'c']) {
      expect(questionDisplay(mc, seed, { shuffle: false }).options).toEqual([
        'Bern',
        'Ottawa',
        'Peking'
      ]);
    }
    const sortedOrder: QuizQuestion = { ...order, answer: ['a', 'b', 'c'] };
    expect(questionDisplay(sortedOrder, 's', { shuffle: false }).orderItems).toEqual([
      'b',
      'c',
      'a'
    ]);
  });

  it('shows a student view without a key: its own items, match rows and targets', () => {
    const view: PlayableQuestion = {
      id: 'q1',
      type: 'match',
      prompt: 'Ordne zu.',
      left: ['Anna', 'Bert', 'Cem'],
      right: ['Aachen', 'Mainz', 'Zürich']
    };
    expect(hasAnswerKey(view)).toBe(false);
    const display = questionDisplay(view, 'seed');
    expect(display.matchLeft).toEqual(['Anna', 'Bert', 'Cem']);
    expect([...display.matchTargets].sort()).toEqual(['Aachen', 'Mainz', 'Zürich']);
    expect(questionDisplay(view, 'seed')).toEqual(display);

    const orderView: PlayableQuestion = {
      id: 'q2',
      type: 'order',
      prompt: 'Ordne.',
      items: ['x', 'y', 'z']
    };
    expect(questionDisplay(orderView, 's', { shuffle: false }).orderItems).toEqual(['x', 'y', 'z']);
    expect([...questionDisplay(orderView, 's').orderItems].sort()).toEqual(['x', 'y', 'z']);
  });

  it('lists a keyed match question’s rows in the order of its pairs', () => {
    const match = MATCH;
    if (match.type !== 'match') throw new Error('a match question');
    expect(hasAnswerKey(match)).toBe(true);
    expect(questionDisplay(match, 's').matchLeft).toEqual(match.answer.map(([left]) => left));
  });
});
