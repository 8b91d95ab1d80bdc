import { describe, expect, it } from 'vitest';
import type { ParserInput } from '../../src/lib/core/nlp/parser/features';
import { jackknife, trainBaselineTagger } from './baseline-tagger';
import { seededRandom } from './train-parser';

const w = (form: string, upos: ParserInput['upos'], Case?: string): ParserInput => ({
  form,
  upos,
  lemma: form.toLowerCase(),
  feats: Case ? { Case } : {}
});

const TOY: ParserInput[][] = [
  [w('Der', 'DET', 'Nom'), w('Hund', 'NOUN', 'Nom'), w('bellt', 'VERB'), w('.', 'PUNCT')],
  [w('Die', 'DET', 'Nom'), w('Katze', 'NOUN', 'Nom'), w('schläft', 'VERB'), w('.', 'PUNCT')],
  [w('Den', 'DET', 'Acc'), w('Hund', 'NOUN', 'Acc'), w('sieht', 'VERB'), w('sie', 'PRON', 'Nom')]
];

describe('baseline tagger (training aid for the parser)', () => {
  it('learns UPOS and Case of a toy corpus and keeps forms and lemmas', () => {
    const tagger = trainBaselineTagger(TOY, 8, seededRandom(1));
    for (const sentence of TOY) {
      const tagged = tagger.tag(sentence);
      expect(tagged.map((t) => t.upos)).toEqual(sentence.map((t) => t.upos));
      expect(tagged.map((t) => t.feats.Case)).toEqual(sentence.map((t) => t.feats.Case));
      expect(tagged.map((t) => t.lemma)).toEqual(sentence.map((t) => t.lemma));
    }
  });

  it('jackknifes: returns one tagged copy per sentence, in order', () => {
    const out = jackknife(TOY, 3, seededRandom(2));
    expect(out.map((s) => s.map((t) => t.form))).toEqual(TOY.map((s) => s.map((t) => t.form)));
  });
});
