import { describe, expect, it } from 'vitest';
import type { Word } from '../../nlp/types';
import { idiomWords } from './idioms';

/** Words of a sentence from `form/lemma` pairs. */
const words = (pairs: string): Word[] =>
  pairs.split(' ').map((p, i) => {
    const [form = '', lemma = form] = p.split('/');
    return {
      id: i + 1,
      form,
      lemma,
      upos: 'X',
      feats: {},
      head: 0,
      deprel: 'dep',
      start: 0,
      end: 0,
      spaceAfter: true
    };
  });

describe('idiomWords', () => {
  it('finds a figurative expression by its lemmas within a few words (`wachsen nicht auf Bäumen`)', () => {
    const found = idiomWords(
      words('Fachkräfte/Fachkraft wachsen/wachsen nicht auf Bäumen/Baum .'),
      'de'
    );
    expect([...found].sort()).toEqual([2, 4, 5]);
  });

  it('finds none where the words stand far apart or one is missing', () => {
    expect(idiomWords(words('Der Baum wächst/wachsen im Garten .'), 'de').size).toBe(0);
    expect(
      idiomWords(
        words(
          'the tip/tip of a long report on one two three four five six seven the iceberg/iceberg'
        ),
        'en'
      ).size
    ).toBe(0);
  });
});
