/**
 * The language packs on hand-annotated parses (so that a model's mistakes cannot hide a grammar
 * bug): German verb-second order and question words in the right case, English do-support and
 * auxiliary inversion, statements with the subject first.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../document';
import { targetsOf } from '../kinds/shared';
import { analysisFromConllu } from '../test-analysis';
import { LANGUAGE_PACKS } from './index';

const row = (
  id: number,
  form: string,
  lemma: string,
  upos: string,
  feats: string,
  head: number,
  rel: string,
  misc = '_'
) => [id, form, lemma, upos, '_', feats, head, rel, '_', misc].join('\t');

// „Am Montag hat Kanada der Firma Hikvision die Arbeit untersagt.“
const GERMAN = [
  ['1-2', 'Am', '_', '_', '_', '_', '_', '_', '_', '_'].join('\t'),
  row(1, 'An', 'an', 'ADP', '_', 3, 'case'),
  row(2, 'dem', 'der', 'DET', 'Case=Dat|Gender=Masc|Number=Sing', 3, 'det'),
  row(3, 'Montag', 'Montag', 'NOUN', 'Case=Dat|Gender=Masc|Number=Sing', 12, 'obl'),
  row(4, 'hat', 'haben', 'AUX', 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin', 12, 'aux'),
  row(5, 'Kanada', 'Kanada', 'PROPN', 'Case=Nom|Gender=Neut|Number=Sing', 12, 'nsubj'),
  row(6, 'der', 'der', 'DET', 'Case=Dat|Gender=Fem|Number=Sing', 7, 'det'),
  row(7, 'Firma', 'Firma', 'NOUN', 'Case=Dat|Gender=Fem|Number=Sing', 12, 'iobj'),
  row(8, 'Hikvision', 'Hikvision', 'PROPN', 'Case=Dat|Gender=Fem|Number=Sing', 7, 'appos'),
  row(9, 'die', 'der', 'DET', 'Case=Acc|Gender=Fem|Number=Sing', 10, 'det'),
  row(10, 'Arbeit', 'Arbeit', 'NOUN', 'Case=Acc|Gender=Fem|Number=Sing', 12, 'obj'),
  row(11, 'bereits', 'bereits', 'ADV', '_', 12, 'advmod'),
  row(12, 'untersagt', 'untersagen', 'VERB', 'VerbForm=Part', 0, 'root', 'SpaceAfter=No'),
  row(13, '.', '.', 'PUNCT', '_', 12, 'punct'),
  ''
].join('\n');

// "On Monday, Canada ordered the company to close."
const ENGLISH = [
  row(1, 'On', 'on', 'ADP', '_', 2, 'case'),
  row(2, 'Monday', 'Monday', 'PROPN', 'Number=Sing', 5, 'obl', 'SpaceAfter=No'),
  row(3, ',', ',', 'PUNCT', '_', 5, 'punct'),
  row(4, 'Canada', 'Canada', 'PROPN', 'Number=Sing', 5, 'nsubj'),
  row(5, 'ordered', 'order', 'VERB', 'Mood=Ind|Tense=Past|VerbForm=Fin', 0, 'root'),
  row(6, 'the', 'the', 'DET', 'Definite=Def|PronType=Art', 7, 'det'),
  row(7, 'company', 'company', 'NOUN', 'Number=Sing', 5, 'obj'),
  row(8, 'to', 'to', 'PART', '_', 9, 'mark'),
  row(9, 'close', 'close', 'VERB', 'VerbForm=Inf', 5, 'xcomp', 'SpaceAfter=No'),
  row(10, '.', '.', 'PUNCT', '_', 5, 'punct'),
  ''
].join('\n');

function setup(
  conllu: string,
  language: 'de' | 'en',
  entities: Parameters<typeof analysisFromConllu>[2]
) {
  const doc = buildDocument(analysisFromConllu(conllu, language, entities));
  const info = doc.sentences[0]!;
  const clause = info.clauses.find((c) => c.main)!;
  return {
    doc,
    info,
    clause,
    pack: LANGUAGE_PACKS[language],
    targets: targetsOf(doc, info, clause)
  };
}

describe('German pack', () => {
  const g = () =>
    setup(GERMAN, 'de', [
      { sentence: 0, start: 3, end: 4, type: 'DATE' },
      { sentence: 0, start: 5, end: 6, type: 'LOC' },
      { sentence: 0, start: 8, end: 9, type: 'ORG' }
    ]);

  it('regression: subject question keeps verb-second order and moves the fronted adverbial behind the verb', () => {
    const { doc, info, clause, pack, targets } = g();
    const subject = targets.find((t) => t.role === 'subject')!;
    expect(pack.whQuestion(doc, info, clause, subject)).toBe(
      'Wer hat am Montag der Firma Hikvision die Arbeit bereits untersagt?'
    );
  });

  it('regression: time question asks „Wann“ with the subject right after the verb', () => {
    const { doc, info, clause, pack, targets } = g();
    const time = targets.find((t) => t.role === 'time')!;
    expect(time.phrase.text).toBe('Am Montag');
    expect(pack.whQuestion(doc, info, clause, time)).toBe(
      'Wann hat Kanada der Firma Hikvision die Arbeit bereits untersagt?'
    );
  });

  it('regression: a dative object is asked with „Wem“, an accusative thing with „Was“', () => {
    const { doc, info, clause, pack, targets } = g();
    const dative = targets.find((t) => t.role === 'dative')!;
    expect(pack.whQuestion(doc, info, clause, dative)).toBe(
      'Wem hat Kanada am Montag die Arbeit bereits untersagt?'
    );
    const object = targets.find((t) => t.role === 'object')!;
    expect(pack.whQuestion(doc, info, clause, object)).toBe(
      'Was hat Kanada am Montag der Firma Hikvision bereits untersagt?'
    );
  });

  it('fronts a time phrase on request, keeping the verb second', () => {
    const { doc, info, clause, pack, targets } = g();
    const time = targets.find((t) => t.role === 'time')!;
    expect(pack.statement(doc, info, clause, undefined, time.phrase)).toBe(
      'Am Montag hat Kanada der Firma Hikvision die Arbeit bereits untersagt.'
    );
  });

  it('restates the clause with the subject first (a paraphrase, not a copy)', () => {
    const { doc, info, clause, pack } = g();
    expect(pack.statement(doc, info, clause)).toBe(
      'Kanada hat am Montag der Firma Hikvision die Arbeit bereits untersagt.'
    );
  });
});

describe('English pack', () => {
  const e = () =>
    setup(ENGLISH, 'en', [
      { sentence: 0, start: 2, end: 3, type: 'DATE' },
      { sentence: 0, start: 4, end: 5, type: 'LOC' }
    ]);

  it('regression: do-support for a question on a past-tense verb without auxiliary', () => {
    const { doc, info, clause, pack, targets } = e();
    const time = targets.find((t) => t.role === 'time')!;
    expect(pack.whQuestion(doc, info, clause, time)).toBe(
      'When did Canada order the company to close?'
    );
    const object = targets.find((t) => t.role === 'object')!;
    expect(pack.whQuestion(doc, info, clause, object)).toBe(
      'What did Canada order to close on Monday?'
    );
  });

  it('asks for the subject in statement order', () => {
    const { doc, info, clause, pack, targets } = e();
    const subject = targets.find((t) => t.role === 'subject')!;
    expect(pack.whQuestion(doc, info, clause, subject)).toBe(
      'Who ordered the company to close on Monday?'
    );
  });

  it('fronts a time phrase with a comma', () => {
    const { doc, info, clause, pack, targets } = e();
    const time = targets.find((t) => t.role === 'time')!;
    expect(pack.statement(doc, info, clause, undefined, time.phrase)).toBe(
      'On Monday, Canada ordered the company to close.'
    );
  });

  it('restates with the subject first and the fronted adverbial at the end', () => {
    const { doc, info, clause, pack } = e();
    expect(pack.statement(doc, info, clause)).toBe(
      'Canada ordered the company to close on Monday.'
    );
  });
});

describe('language packs: firms and bodies named by what they do are asked with `Wer`/`Who`', () => {
  it('reads a manufacturer, an operator or an institute as people (`Was begründet den Schritt …? der Kärntner Papierhersteller`, a blind rating of unseen articles)', () => {
    for (const lemma of ['Papierhersteller', 'Betreiber', 'Zulieferer', 'Leutnant'])
      expect(LANGUAGE_PACKS.de.isAgentNoun(lemma), lemma).toBe(true);
    for (const lemma of ['operator', 'squad', 'regulator', 'broadcaster'])
      expect(LANGUAGE_PACKS.en.isAgentNoun(lemma), lemma).toBe(true);
    // (… and still no thing: `Papier`, `Werk`.)
    for (const lemma of ['Papier', 'Werk'])
      expect(LANGUAGE_PACKS.de.isAgentNoun(lemma)).toBe(false);
  });
});
