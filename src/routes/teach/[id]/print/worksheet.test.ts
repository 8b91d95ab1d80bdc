import { describe, expect, it } from 'vitest';
import type { QuestionOf } from '$lib/core/quizset/schema';
import { secretSet } from '$lib/core/assign/test-fixtures';
import {
  clozePieces,
  letter,
  matchSheet,
  needsWritingLines,
  scrambled,
  worksheetParagraphs,
  worksheetQuestions
} from './worksheet';

describe('worksheet layout', () => {
  it('never prints items in their right order', () => {
    expect(scrambled(['Planung', 'Bau', 'Eröffnung'], 'de')).toEqual([
      'Bau',
      'Eröffnung',
      'Planung'
    ]);
    // Already alphabetical: rotated, so the sheet does not give the answer away.
    expect(scrambled(['Ärger', 'Bau', 'Zoll'], 'de')).toEqual(['Bau', 'Zoll', 'Ärger']);
    expect(scrambled(['a'], 'de')).toEqual(['a']);
  });

  it('letters a scrambled right column and keys each left item to its partner', () => {
    const sheet = matchSheet(
      {
        id: 'q',
        type: 'match',
        prompt: 'Ordne zu.',
        evidence: [0],
        answer: [
          ['Hikvision', 'Sitz in Hangzhou'],
          ['Melanie Joly', 'Industrieministerin'],
          ['Mark Carney', 'Premierminister']
        ]
      },
      'de'
    );
    expect(sheet.left).toEqual(['Hikvision', 'Melanie Joly', 'Mark Carney']);
    expect(sheet.right).toEqual(['Industrieministerin', 'Premierminister', 'Sitz in Hangzhou']);
    expect(sheet.key).toEqual(['C', 'A', 'B']);
    expect(letter(0)).toBe('A');
  });

  it('splits a cloze prompt at its gaps and gives typed answers writing lines', () => {
    expect(clozePieces('____ hat am ____ eröffnet.')).toEqual(['', ' hat am ', ' eröffnet.']);
    const cloze: QuestionOf<'cloze'> = {
      id: 'q',
      type: 'cloze',
      prompt: '____ baut.',
      answer: 'Graz',
      evidence: [0]
    };
    expect(needsWritingLines(cloze)).toBe(true);
    expect(needsWritingLines({ ...cloze, wordBank: ['Graz', 'Linz'] })).toBe(false);
    expect(
      needsWritingLines({ id: 'q', type: 'true-false', prompt: 'P', answer: true, evidence: [0] })
    ).toBe(false);
  });
});

describe('worksheet content', () => {
  const set = secretSet();
  const all = { vocabulary: false, version: 'A' as const, chosen: null };

  it('leaves flashcards out, or lists them as vocabulary, and prints only the chosen questions', () => {
    const plain = worksheetQuestions(set.questions, all, set.id);
    expect(plain.questions.map((q) => q.type)).not.toContain('flashcard');
    expect(plain.questions).toHaveLength(set.questions.length - 1);
    expect(plain.vocabulary).toEqual([]);
    const withCards = worksheetQuestions(set.questions, { ...all, vocabulary: true }, set.id);
    expect(withCards.vocabulary.map((q) => q.id)).toEqual(['q-card']);
    const chosen = worksheetQuestions(
      set.questions,
      { ...all, chosen: new Set(['q-tf', 'q-mc']) },
      set.id
    );
    expect(chosen.questions.map((q) => q.id)).toEqual(['q-mc', 'q-tf']);
  });

  it('shuffles version B, questions and options, the same way every time', () => {
    const a = worksheetQuestions(set.questions, all, set.id);
    const b = worksheetQuestions(set.questions, { ...all, version: 'B' }, set.id);
    expect(b).toEqual(worksheetQuestions(set.questions, { ...all, version: 'B' }, set.id));
    expect(b.questions.map((q) => q.id)).not.toEqual(a.questions.map((q) => q.id));
    expect([...b.questions.map((q) => q.id)].sort()).toEqual(
      [...a.questions.map((q) => q.id)].sort()
    );
    const choicesA = a.questions.find((q) => q.type === 'multiple-choice');
    const choicesB = b.questions.find((q) => q.type === 'multiple-choice');
    expect(choicesA?.type === 'multiple-choice' && [...choicesA.choices].sort()).toEqual(
      choicesB?.type === 'multiple-choice' && [...choicesB.choices].sort()
    );
  });

  it('prints the article in its paragraphs, or as one running text', () => {
    expect(worksheetParagraphs(['A b.', 'C d.'], 'A b.\n\nC d.', 'de')).toEqual([
      ['A b.'],
      ['C d.']
    ]);
    expect(worksheetParagraphs(['A b.', 'C d.'], undefined, 'de')).toEqual([['A b.', 'C d.']]);
  });
});
