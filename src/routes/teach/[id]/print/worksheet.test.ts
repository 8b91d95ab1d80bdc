import { describe, expect, it } from 'vitest';
import type { QuestionOf } from '$lib/core/quizset/schema';
import { clozePieces, letter, matchSheet, needsWritingLines, scrambled } from './worksheet';

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
