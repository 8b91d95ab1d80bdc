import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConllu } from '../conllu';
import { decodeLexicon } from '../lexicon/lexicon';
import { applyLemmaScript, learnLemmaRules, lemmaScript, ruleLemma } from './lemma-rules';
import { UPOS_TAGS } from '../types';
import { sentenceContext } from './features';
import { decodeTagger, determinerStems } from './tagger';
import { evaluateTagger, harmoniseGerman, trainTagger } from './train';

const model = (path: string) =>
  readFileSync(new URL(`../../../../../static/models/${path}`, import.meta.url));
const lexicon = decodeLexicon(model('de/lexicon.bin'));
const german = decodeTagger(model('de/tagger.bin'), lexicon);
const english = decodeTagger(model('en/tagger.bin'));

const column = (words: { upos: string }[]) => words.map((w) => w.upos).join(' ');

describe('the committed German tagger', () => {
  it('tags a simple sentence with UPOS, case and lemmas', () => {
    const words = german.tag(['Die', 'Kinder', 'spielen', 'in', 'dem', 'großen', 'Garten', '.']);
    expect(column(words)).toBe('DET NOUN VERB ADP DET ADJ NOUN PUNCT');
    expect(words[1]?.feats).toMatchObject({ Case: 'Nom', Number: 'Plur' });
    expect(words[6]?.feats).toMatchObject({ Case: 'Dat', Gender: 'Masc', Number: 'Sing' });
    expect(words.map((w) => w.lemma)).toEqual([
      'der',
      'Kind',
      'spielen',
      'in',
      'der',
      'groß',
      'Garten',
      '.'
    ]);
  });

  it('reads a sentence-initial verb as a verb, not a name (regression: "Verliert Strache …")', () => {
    const words = german.tag(['Verliert', 'Strache', 'die', 'Wahl', '?']);
    expect(words[0]?.upos).toBe('VERB');
    expect(words[0]?.lemma).toBe('verlieren');
    expect(words[1]?.upos).toBe('PROPN');
  });

  it('gives the accusative after "gegen" (regression: articles did not agree after a swap)', () => {
    const words = german.tag(['Er', 'spielt', 'gegen', 'den', 'Weltmeister', '.']);
    expect(words[3]?.feats.Case).toBe('Acc');
    expect(words[4]?.feats).toMatchObject({ Case: 'Acc', Gender: 'Masc', Number: 'Sing' });
  });

  it('reads a genitive name as genitive (regression: headline genitive reused as subject)', () => {
    const words = german.tag(['Die', 'Rede', 'des', 'Kanzlers', 'war', 'kurz', '.']);
    expect(words[2]?.feats.Case).toBe('Gen');
    expect(words[3]?.feats).toMatchObject({ Case: 'Gen', Number: 'Sing' });
    expect(words[3]?.lemma).toBe('Kanzler');
  });

  it('tags an empty sentence as nothing', () => {
    expect(german.tag([])).toEqual([]);
  });

  it('refuses a German model without its lexicon, with a message', () => {
    expect(() => decodeTagger(model('de/tagger.bin'))).toThrow(/lexicon/);
  });
});

describe('the committed English tagger', () => {
  it('tags a simple sentence with UPOS, features and lemmas', () => {
    const words = english.tag(['The', 'dogs', 'were', 'running', 'quickly', '.']);
    expect(column(words)).toBe('DET NOUN AUX VERB ADV PUNCT');
    expect(words.map((w) => w.lemma)).toEqual(['the', 'dog', 'be', 'run', 'quickly', '.']);
    expect(words[1]?.feats).toMatchObject({ Number: 'Plur' });
    expect(words[2]?.feats).toMatchObject({ Mood: 'Ind', Tense: 'Past', VerbForm: 'Fin' });
  });

  it('keeps names as names and lemmatises an unseen plural noun', () => {
    const words = english.tag(['Angela', 'Merkel', 'visited', 'the', 'glassworks', 'in', 'Ohio']);
    expect(words[0]?.upos).toBe('PROPN');
    expect(words[1]?.upos).toBe('PROPN');
    expect(words[2]?.lemma).toBe('visit');
  });
});

describe('tagger model files', () => {
  it('refuses bytes that are not a tagger, with a message', () => {
    expect(() => decodeTagger(new Uint8Array([0, 1, 2, 3, 4]))).toThrow(/not a Lesequiz model/);
    expect(() => decodeTagger(lexiconBytes())).toThrow(/tagger/);
  });

  const toy = parseConllu(
    [
      '1\tThe\tthe\tDET\t_\tDefinite=Def|PronType=Art\t2\tdet\t_\t_',
      '2\tcats\tcat\tNOUN\t_\tNumber=Plur\t3\tnsubj\t_\t_',
      '3\tsleep\tsleep\tVERB\t_\tMood=Ind|Tense=Pres|VerbForm=Fin\t0\troot\t_\t_',
      '',
      '1\tA\ta\tDET\t_\tDefinite=Ind|PronType=Art\t2\tdet\t_\t_',
      '2\tdog\tdog\tNOUN\t_\tNumber=Sing\t3\tnsubj\t_\t_',
      '3\tbarks\tbark\tVERB\t_\tMood=Ind|Tense=Pres|VerbForm=Fin\t0\troot\t_\t_',
      ''
    ].join('\n')
  );
  const toyOptions = { language: 'en', epochs: 5, minFeatureCount: 1 } as const;

  it('trains byte-identically on the same data', () => {
    expect(trainTagger(toy, toyOptions)).toEqual(trainTagger(toy, toyOptions));
  });

  it('learns toy data and scores itself perfectly on it', () => {
    const tagger = decodeTagger(trainTagger(toy, toyOptions));
    const scores = evaluateTagger(tagger, toy);
    expect(scores.upos).toBe(100);
    expect(scores.lemma).toBe(100);
  });

  it('keeps a second UPOS pass and the clause features of Case in the model file', () => {
    const options = { ...toyOptions, uposPasses: 2, caseContext: true } as const;
    const bytes = trainTagger(toy, options);
    expect(bytes).toEqual(trainTagger(toy, options));
    const tagger = decodeTagger(bytes);
    expect(tagger.meta.uposPasses).toBe(2);
    expect(tagger.meta.caseContext).toBe(true);
    expect(evaluateTagger(tagger, toy).upos).toBe(100);
  });
});

function lexiconBytes(): Uint8Array {
  return model('de/lexicon.bin');
}

describe('lemma rules', () => {
  it('learns ending rules and applies them to unseen words', () => {
    const table = learnLemmaRules([
      { form: 'cities', upos: 'NOUN', lemma: 'city' },
      { form: 'ladies', upos: 'NOUN', lemma: 'lady' },
      { form: 'dogs', upos: 'NOUN', lemma: 'dog' },
      { form: 'cats', upos: 'NOUN', lemma: 'cat' },
      { form: 'hats', upos: 'NOUN', lemma: 'hat' }
    ]);
    expect(ruleLemma(table, 'babies', 'NOUN')).toBe('baby');
    expect(ruleLemma(table, 'birds', 'NOUN')).toBe('bird');
  });

  it('lower-cases where the lemma is lower-case', () => {
    const script = lemmaScript('The', 'the');
    expect(applyLemmaScript('A', script)).toBe('a');
  });
});

describe('German training data', () => {
  it('gets GSD-style verb forms from PUD (VerbForm added, no tense on participles)', () => {
    const [s] = harmoniseGerman(
      parseConllu(
        [
          '1\that\thaben\tAUX\tVBC\tMood=Ind|Number=Sing|Person=3|Tense=Pres\t0\troot\t_\t_',
          '2\tgesagt\tsagen\tVERB\tVBN\tTense=Past\t1\txcomp\t_\t_',
          '3\tsagen\tsagen\tVERB\tVB\t_\t1\txcomp\t_\t_',
          ''
        ].join('\n')
      )
    );
    expect(s?.words.map((w) => w.feats)).toEqual([
      { Mood: 'Ind', Number: 'Sing', Person: '3', Tense: 'Pres', VerbForm: 'Fin' },
      { VerbForm: 'Part' },
      { VerbForm: 'Inf' }
    ]);
  });

  const pudWords = (lines: string[]) =>
    harmoniseGerman(parseConllu([...lines, ''].join('\n')), lexicon, { pud: true })[0]?.words ?? [];

  it('gives PUD weekday and month names GSD\'s PROPN (regression: "an dem Samstag" tagged NOUN)', () => {
    const words = pudWords([
      '1\tan\tan\tADP\tIN\t_\t3\tcase\t_\t_',
      '2\tdem\tder\tDET\tDT\t_\t3\tdet\t_\t_',
      '3\tSamstag\tSamstag\tNOUN\tNN\tCase=Dat|Gender=Masc|Number=Sing\t0\troot\t_\t_',
      '4\tim\tim\tADP\tIN\t_\t5\tcase\t_\t_',
      '5\tMai\tMai\tNOUN\tNN\tCase=Dat|Gender=Masc|Number=Sing\t3\tnmod\t_\t_'
    ]);
    expect(words.map((w) => w.upos)).toEqual(['ADP', 'DET', 'PROPN', 'ADP', 'PROPN']);
  });

  it('gives PUD\'s "als" and "um … zu" GSD\'s ADP, keeping "sowohl … als auch" and "als er kam"', () => {
    const role = pudWords([
      '1\tals\tals\tCCONJ\tIN\t_\t2\tcc\t_\t_',
      '2\tPräsident\tPräsident\tNOUN\tNN\t_\t0\troot\t_\t_'
    ]);
    expect(role[0]?.upos).toBe('ADP');
    const both = pudWords([
      '1\tals\tals\tCCONJ\tCC\t_\t3\tcc\t_\t_',
      '2\tauch\tauch\tADV\tRB\t_\t1\tfixed\t_\t_',
      '3\tHamburg\tHamburg\tPROPN\tNNP\t_\t0\troot\t_\t_'
    ]);
    expect(both[0]?.upos).toBe('CCONJ');
    const when = pudWords([
      '1\tals\tals\tSCONJ\tIN\t_\t3\tmark\t_\t_',
      '2\ter\ter\tPRON\tPRP\t_\t3\tnsubj\t_\t_',
      '3\tkam\tkommen\tVERB\tVBD\tMood=Ind\t0\troot\t_\t_'
    ]);
    expect(when[0]?.upos).toBe('SCONJ');
    const purpose = pudWords(['1\tum\tum\tSCONJ\tIN\t_\t0\troot\t_\t_']);
    expect(purpose[0]?.upos).toBe('ADP');
  });

  it('keeps particle adverbs ADV and makes adverbial adjectives ADJ (regression: "einfach" tagged ADJ)', () => {
    const words = pudWords([
      '1\teinfach\teinfach\tADV\tRB\tDegree=Pos\t2\tadvmod\t_\t_',
      '2\tschnell\tschnell\tADV\tRB\tDegree=Pos\t3\tadvmod\t_\t_',
      '3\tspäter\tspät\tADV\tRBR\tDegree=Cmp\t0\troot\t_\t_'
    ]);
    expect(words.map((w) => `${w.upos} ${w.feats.Degree ?? '_'}`)).toEqual([
      'ADV _',
      'ADJ Pos',
      'ADJ Cmp'
    ]);
  });

  it("leaves GSD's own word classes alone", () => {
    const [s] = harmoniseGerman(
      parseConllu('1\tals\tals\tCCONJ\tKOKOM\t_\t0\troot\t_\t_\n'),
      lexicon
    );
    expect(s?.words[0]?.upos).toBe('CCONJ');
  });
});

describe('the closed-class tag dictionary', () => {
  it('derives determiner stems from the inflected forms', () => {
    expect(determinerStems('meiner')).toEqual(['meiner', 'mein']);
    expect(determinerStems('keine')).toEqual(['keine', 'kein']);
    expect(determinerStems('der')).toEqual(['der']);
  });

  const toyGerman = parseConllu(
    [
      '1\tmeine\tmein\tDET\t_\t_\t2\tdet:poss\t_\t_',
      '2\tKinder\tKind\tNOUN\t_\t_\t3\tnsubj\t_\t_',
      '3\tsind\tsein\tAUX\t_\t_\t4\tcop\t_\t_',
      '4\tklein\tklein\tADJ\t_\t_\t0\troot\t_\t_',
      ''
    ].join('\n')
  );
  const tagger = decodeTagger(
    trainTagger(toyGerman, {
      language: 'de',
      lexicon,
      epochs: 2,
      minFeatureCount: 1,
      closedClasses: true
    }),
    lexicon
  );
  const allowed = (forms: string[], i: number) =>
    (tagger.allowedUpos(sentenceContext(forms, lexicon), i) ?? []).map((c) => UPOS_TAGS[c]);

  it('keeps closed classes from words the training data never gave them', () => {
    // `Kenne den Shop`: a full verb the tagger read as an auxiliary.
    expect(allowed(['Kenne', 'den', 'Shop'], 0)).not.toContain('AUX');
    expect(allowed(['Kenne', 'den', 'Shop'], 0)).toContain('NOUN');
    expect(allowed(['Kenne', 'den', 'Shop'], 1)).not.toContain('DET');
  });

  it('opens them to other forms of a seen determiner stem and auxiliary lemma', () => {
    expect(allowed(['meiner', 'Meinung'], 0)).toContain('DET');
    expect(allowed(['Ich', 'bin', 'hier'], 1)).toContain('AUX');
  });
});
