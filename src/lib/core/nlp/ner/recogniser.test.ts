import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSection, packSections, unpackSections, type ClassScorer } from '../perceptron';
import type { EntitySpan, Upos } from '../types';
import { Gazetteer } from '../gazetteer/gazetteer';
import { decodeTagger } from '../tagger/tagger';
import {
  allowedAfter,
  decodeEntityRecogniser,
  labelSentence,
  opensNoName,
  viterbiLabels,
  viterbiLabels2
} from './recogniser';
import { secondOrderFeature } from './features';

const modelBytes = (language: string, name = 'ner'): Uint8Array =>
  new Uint8Array(
    readFileSync(new URL(`../../../../../static/models/${language}/${name}.bin`, import.meta.url))
  );

// The committed German model: the perceptron trained on GermEval 2014 with its gazetteer; it
// reads the committed tagger's UPOS and lemma, as in the analysis.
const german = decodeEntityRecogniser(modelBytes('de'));
const tagger = decodeTagger(modelBytes('de', 'tagger'), modelBytes('de', 'lexicon'));

/** Entities of a tokenised sentence as `TYPE words`, the words tagged as the analysis tags them. */
function names(sentence: string): string[] {
  const forms = sentence.split(' ');
  const words = tagger.tag(forms).map((t, i) => ({ ...t, form: forms[i] as string }));
  return german
    .recognise(words)
    .map((s: EntitySpan) => `${s.type} ${forms.slice(s.start - 1, s.end - 1).join(' ')}`);
}

describe('German entity recogniser (committed model)', () => {
  it('finds a person and a place in a plain news sentence', () => {
    expect(names('Angela Merkel besuchte am Montag Paris .')).toEqual([
      'PER Angela Merkel',
      'LOC Paris'
    ]);
  });

  it('types parties as organisations and a full name as a person', () => {
    expect(names('Die SPD und die ÖVP kritisierten den Vorschlag von Sebastian Kurz .')).toEqual([
      'ORG SPD',
      'ORG ÖVP',
      'PER Sebastian Kurz'
    ]);
  });

  it('finds several-word names (a place with "am", a club, a university)', () => {
    expect(names('Thomas Müller schoss für den FC Bayern München zwei Tore .')).toEqual([
      'PER Thomas Müller',
      'ORG FC Bayern München'
    ]);
    expect(names('Die Universität Wien feiert ihr Jubiläum .')).toEqual(['ORG Universität Wien']);
  });

  it('reads a genitive country and the EU from the gazetteer', () => {
    expect(
      names(
        'Nach Angaben der Europäischen Union stiegen die Preise in Deutschland und Österreich .'
      )
    ).toEqual(['ORG Europäischen Union', 'LOC Deutschland', 'LOC Österreich']);
  });

  it('does not take a sentence-initial verb for a name (Verliert …)', () => {
    expect(names('Verliert Strache die Wahl , tritt er zurück .')).not.toContainEqual(
      expect.stringContaining('Verliert')
    );
  });

  it('does not take a verb after a dateline for a name (Wien – Verliert Strache …)', () => {
    expect(
      names('Wien – Verliert Strache die Wahl in Wien , will er Parteichef bleiben .')
    ).not.toContainEqual(expect.stringContaining('Verliert'));
  });

  it('does not take a compound with an acronym for a place (in KG-Taferlform)', () => {
    expect(names('Die Gemeinde liegt in KG-Taferlform am Rand des Waldes .')).not.toContainEqual(
      expect.stringContaining('Taferlform')
    );
  });

  it('does not glue a following common noun to a place (Klosterneuburg eröffnete …)', () => {
    expect(names('Der Bürgermeister von Klosterneuburg eröffnete die neue Schule .')).toEqual([
      'LOC Klosterneuburg'
    ]);
  });

  it('ends an organisation before the verb that follows it (Deutsche Bank hat …)', () => {
    expect(names('Die Deutsche Bank hat ihren Sitz in Frankfurt am Main .')).toEqual([
      'ORG Deutsche Bank',
      'LOC Frankfurt am Main'
    ]);
  });

  it('returns nothing for an empty sentence', () => {
    expect(german.recognise([])).toEqual([]);
  });
});

describe('decodeEntityRecogniser', () => {
  it('refuses bytes that are no model file with a message', () => {
    expect(() => decodeEntityRecogniser(new Uint8Array([1, 2, 3, 4, 5]))).toThrow(/model file/);
  });

  it('refuses a truncated model file', () => {
    const bytes = modelBytes('de');
    expect(() => decodeEntityRecogniser(bytes.slice(0, bytes.length - 100))).toThrow(/truncated/);
  });

  it('refuses a model file of another component or version', () => {
    const foreign = packSections({ meta: jsonSection({ format: 'lesequiz-tagger', version: 1 }) });
    expect(() => decodeEntityRecogniser(foreign)).toThrow(/not an entity recogniser model/);
    const lacking = packSections({
      meta: jsonSection({
        format: 'lesequiz-ner',
        version: 1,
        language: 'de',
        method: 'perceptron'
      }),
      gazetteer: jsonSection({ language: 'de', lists: {} })
    });
    expect(() => decodeEntityRecogniser(lacking)).toThrow(/lacks its perceptron/);
  });

  it('refuses a model whose meta asks for word clusters it does not carry', () => {
    const sections = unpackSections(modelBytes('de'));
    expect(sections.clusters).toBeDefined();
    const { clusters: _dropped, ...rest } = sections;
    void _dropped;
    expect(() => decodeEntityRecogniser(packSections(rest))).toThrow(/lacks its word clusters/);
  });

  it('decodes the committed English model (rules with their gazetteer)', () => {
    const english = decodeEntityRecogniser(modelBytes('en'));
    const forms = ['Boris', 'Johnson', 'visited', 'Canada', '.'];
    const words = forms.map((form) => ({ form, upos: 'X' as const, feats: {}, lemma: '' }));
    expect(english.recognise(words)).toEqual([
      { type: 'PER', start: 1, end: 3 },
      { type: 'LOC', start: 4, end: 5 }
    ]);
  });
});

describe('viterbiLabels', () => {
  // Word 1 slightly prefers O over B-PER; word 2 strongly wants I-PER, which may only follow
  // B-PER or I-PER. Greedy takes O and is then stuck; Viterbi finds B-PER I-PER.
  const classes = ['O', 'B-PER', 'I-PER'];
  const scorer: ClassScorer = {
    classes,
    scores: (features) =>
      Float64Array.from(
        features.includes(1) ? [1, 0.9, 0] : features.includes(2) ? [0, 0, 5] : [0, 0, 0]
      ),
    predict(features, allowed) {
      const scores = this.scores(features);
      return (allowed ?? [0, 1, 2]).reduce((a, b) =>
        (scores[b] as number) > (scores[a] as number) ? b : a
      );
    }
  };
  const gazetteer = new Gazetteer({ language: 'de', lists: {} });

  it('finds the best label sequence where greedy decoding gets stuck', () => {
    const forms = ['Erika', 'Musterfrau'];
    const fixed = [[1], [2]];
    expect(labelSentence(scorer, gazetteer, forms, undefined, fixed)).toEqual(['O', 'O']);
    expect(viterbiLabels(scorer, gazetteer, forms, undefined, fixed)).toEqual(['B-PER', 'I-PER']);
  });

  it('labels an empty sentence with nothing', () => {
    expect(viterbiLabels(scorer, gazetteer, [], undefined, [])).toEqual([]);
  });

  it('opens no name at a word that may not open one, but lets a name run through it', () => {
    const forms = ['Erika', 'Musterfrau'];
    const fixed = [[1], [2]];
    // Word 1 may not open a name: the best sequence left is O O (I-PER cannot follow O).
    expect(viterbiLabels(scorer, gazetteer, forms, undefined, fixed, [true, false])).toEqual([
      'O',
      'O'
    ]);
    // Word 2 may not open one, but it continues the name opened before it.
    expect(viterbiLabels(scorer, gazetteer, forms, undefined, fixed, [false, true])).toEqual([
      'B-PER',
      'I-PER'
    ]);
  });
});

describe('viterbiLabels2 (second order)', () => {
  const classes = ['O', 'PER'];
  const allowed = allowedAfter(classes);
  const gazetteer = new Gazetteer({ language: 'de', lists: {} });
  // Word features 1–3 score the labels; the second-order feature of PER PER before a word
  // forbids a third PER, which no first-order model can say.
  const third = secondOrderFeature('PER', 'PER');
  const scorer: ClassScorer = {
    classes,
    scores: (features) =>
      Float64Array.from(
        features.includes(third)
          ? [0, -10]
          : features.includes(1)
            ? [0, 2]
            : features.includes(3)
              ? [0, 1]
              : [0, 0]
      ),
    predict: () => 0
  };

  it('is first-order Viterbi when the two labels before score nothing', () => {
    const plain: ClassScorer = {
      ...scorer,
      scores: (f) => scorer.scores(f.filter((x) => x !== third))
    };
    const forms = ['Erika', 'Mustermann', 'Berlin'];
    const fixed = [[1], [1], [3]];
    expect(viterbiLabels2(plain, forms, allowed, fixed)).toEqual(
      viterbiLabels(plain, gazetteer, forms, allowed, fixed)
    );
    expect(viterbiLabels2(plain, forms, allowed, fixed)).toEqual(['PER', 'PER', 'PER']);
  });

  it('reads the two labels before a word', () => {
    expect(
      viterbiLabels2(scorer, ['Erika', 'Mustermann', 'Berlin'], allowed, [[1], [1], [3]])
    ).toEqual(['PER', 'PER', 'O']);
    expect(viterbiLabels2(scorer, ['Erika'], allowed, [[1]])).toEqual(['PER']);
    expect(viterbiLabels2(scorer, [], allowed, [])).toEqual([]);
  });
});

describe('opensNoName', () => {
  it('marks finite verbs and auxiliaries, not nouns, names or participles', () => {
    const word = (upos: Upos, feats: Record<string, string> = {}) => ({ upos, feats, lemma: '' });
    expect(
      opensNoName([
        word('VERB', { VerbForm: 'Fin' }),
        word('AUX', { VerbForm: 'Fin' }),
        word('VERB', { VerbForm: 'Part' }),
        word('PROPN'),
        word('NOUN')
      ])
    ).toEqual([true, true, false, false, false]);
  });
});
