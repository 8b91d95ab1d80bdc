import { describe, expect, it } from 'vitest';
import type { Lexicon, Word } from '../nlp/types';
import { gendersShownByArticles, withGendersOfText } from './text-genders';

/** A lexicon that knows `Grundsteuer` only as a guessed neuter compound. */
const lexicon: Lexicon = {
  nounInfo: (lemma) =>
    lemma === 'Grundsteuer' ? { gender: 'Neut', plural: 'Grundsteuern' } : undefined,
  analysesOf: (form) =>
    form === 'Grundsteuer'
      ? [
          {
            upos: 'NOUN',
            lemma: 'Grundsteuer',
            feats: { Case: 'Dat', Number: 'Sing', Gender: 'Neut' },
            compound: true
          }
        ]
      : [],
  inflectNoun: () => undefined
};

const word = (
  id: number,
  form: string,
  upos: Word['upos'],
  head: number,
  deprel: string,
  feats = {}
): Word => ({
  id,
  form,
  lemma: form,
  upos,
  feats,
  head,
  deprel,
  start: 0,
  end: 0,
  spaceAfter: true
});

describe('genders an article of the text shows', () => {
  it('takes the gender of `die` before an unlisted compound in the singular and gives it to the lexicon', () => {
    const sentence = {
      words: [
        word(1, 'auf', 'ADP', 3, 'case'),
        word(2, 'die', 'DET', 3, 'det', { PronType: 'Art' }),
        word(3, 'Grundsteuer', 'NOUN', 0, 'root')
      ]
    };
    const genders = gendersShownByArticles([sentence], lexicon);
    expect(genders.get('Grundsteuer')).toBe('Fem');
    const shown = withGendersOfText(lexicon, genders);
    expect(shown.nounInfo('Grundsteuer')).toEqual({ gender: 'Fem' });
    expect(shown.analysesOf('Grundsteuer').map((a) => a.feats.Gender)).toEqual(['Fem']);
    expect(shown.inflectNoun('Grundsteuer', { Case: 'Gen', Number: 'Sing' })).toBe('Grundsteuer');
  });

  it('leaves a noun whose articles disagree, or that no telling article stands before', () => {
    const sentences = [
      {
        words: [
          word(1, 'die', 'DET', 2, 'det', { PronType: 'Art' }),
          word(2, 'Grundsteuer', 'NOUN', 0, 'root')
        ]
      },
      {
        words: [
          word(1, 'das', 'DET', 2, 'det', { PronType: 'Art' }),
          word(2, 'Grundsteuer', 'NOUN', 0, 'root')
        ]
      }
    ];
    expect(gendersShownByArticles(sentences, lexicon).size).toBe(0);
    const alone = [
      {
        words: [
          word(1, 'der', 'DET', 2, 'det', { PronType: 'Art' }),
          word(2, 'Grundsteuer', 'NOUN', 0, 'root')
        ]
      }
    ];
    expect(gendersShownByArticles(alone, lexicon).size).toBe(0);
  });
});
