import { describe, expect, it } from 'vitest';
import { tokenise } from './tokenise';

describe('tokenise', () => {
  it('keeps hyphenated words, decimals and thousands together', () => {
    expect(tokenise('US-Haftbefehls: 3,5 Prozent von 1.000 Euro.').map((t) => t.text)).toEqual([
      'US-Haftbefehls',
      ':',
      '3,5',
      'Prozent',
      'von',
      '1.000',
      'Euro',
      '.'
    ]);
  });

  it('classifies tokens and keeps offsets into the sentence', () => {
    const sentence = '„Ja“, sagte Joly 2019.';
    const tokens = tokenise(sentence);
    expect(tokens.map((t) => t.kind)).toEqual([
      'punct',
      'word',
      'punct',
      'punct',
      'word',
      'word',
      'number',
      'punct'
    ]);
    for (const t of tokens) expect(sentence.slice(t.start, t.end)).toBe(t.text);
  });
});
