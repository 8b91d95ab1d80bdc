import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyEdit,
  decodeLexicon,
  editBetween,
  encodeLexicon,
  invertEdit,
  reformedSpelling,
  type LexiconData
} from './lexicon';

const lexicon = decodeLexicon(
  readFileSync(new URL('../../../../../static/models/de/lexicon.bin', import.meta.url))
);

describe('edits between a lemma and its forms', () => {
  it.each([
    ['Haus', 'Häusern'],
    ['arbeiten', 'gearbeitet'],
    ['abarbeiten', 'abgearbeitet'],
    ['abarbeiten', 'abzuarbeiten'],
    ['sein', 'bin'],
    ['Kamera', 'Kamera']
  ])('%s → %s and back', (lemma, form) => {
    const edit = editBetween(lemma, form);
    expect(applyEdit(lemma, edit)).toBe(form);
    expect(invertEdit(form, edit)).toBe(lemma);
  });

  it('puts ge- of a separable verb at the same place from the end as in the simple verb', () => {
    expect(editBetween('abarbeiten', 'abgearbeitet')).toEqual(
      editBetween('arbeiten', 'gearbeitet')
    );
  });
});

describe('the committed German lexicon', () => {
  it('analyses an inflected noun with case, number, gender and lemma', () => {
    expect(lexicon.analysesOf('Häusern')).toContainEqual({
      upos: 'NOUN',
      lemma: 'Haus',
      feats: { Case: 'Dat', Gender: 'Neut', Number: 'Plur' }
    });
  });

  it('analyses a compound it does not list through its last part (regression: unknown compounds had no case)', () => {
    const analyses = lexicon.analysesOf('Überwachungskameras');
    expect(analyses.length).toBeGreaterThan(0);
    expect(analyses.every((a) => a.lemma === 'Überwachungskamera')).toBe(true);
    expect(analyses.every((a) => a.feats.Number === 'Plur' && a.feats.Gender === 'Fem')).toBe(true);
  });

  it('analyses verb forms: strong past, participle of a separable verb, zu-infinitive', () => {
    expect(lexicon.analysesOf('sprach')).toContainEqual({
      upos: 'VERB',
      lemma: 'sprechen',
      feats: { Mood: 'Ind', Number: 'Sing', Person: '3', Tense: 'Past', VerbForm: 'Fin' }
    });
    expect(lexicon.analysesOf('abgearbeitet')).toContainEqual({
      upos: 'VERB',
      lemma: 'abarbeiten',
      feats: { VerbForm: 'Part' }
    });
    expect(lexicon.analysesOf('abzuarbeiten')).toContainEqual({
      upos: 'VERB',
      lemma: 'abarbeiten',
      feats: { VerbForm: 'Inf' }
    });
  });

  it('reads a capitalised sentence-initial verb lower-cased (regression: "Verliert Strache")', () => {
    expect(lexicon.analysesOf('Verliert').some((a) => a.upos === 'VERB')).toBe(true);
  });

  it('analyses attributive adjectives', () => {
    expect(lexicon.analysesOf('schönes')).toContainEqual({
      upos: 'ADJ',
      lemma: 'schön',
      feats: { Case: 'Nom', Degree: 'Pos', Gender: 'Neut', Number: 'Sing' }
    });
  });

  it('has no analyses for closed-class words or gibberish', () => {
    expect(lexicon.analysesOf('der')).toEqual([]);
    expect(lexicon.analysesOf('xqzvv')).toEqual([]);
  });

  it('inflects nouns for case and number, also unlisted compounds', () => {
    expect(lexicon.inflectNoun('Haus', { Case: 'Dat', Number: 'Plur' })).toBe('Häusern');
    expect(lexicon.inflectNoun('Haus', { Case: 'Gen', Number: 'Sing' })).toBe('Hauses');
    expect(lexicon.inflectNoun('Überwachungskamera', { Case: 'Nom', Number: 'Plur' })).toBe(
      'Überwachungskameras'
    );
    expect(lexicon.inflectNoun('Xyzzq', { Case: 'Nom', Number: 'Plur' })).toBeUndefined();
  });

  it('gives gender and plural of a noun', () => {
    expect(lexicon.nounInfo('Kamera')).toEqual({ gender: 'Fem', plural: 'Kameras' });
    expect(lexicon.nounInfo('Haus')).toEqual({ gender: 'Neut', plural: 'Häuser' });
  });

  it('gives no gender for an adjective used as a noun, which the dictionary lists as a neuter with masculine forms (`das Defensive, -n` on a card, `Führungsebene` offered for `das ____`)', () => {
    expect(lexicon.nounInfo('Betroffene')).toEqual({});
    expect(lexicon.nounInfo('Defensive')).toEqual({});
    expect(lexicon.nounInfo('Führungsebene')).toEqual({});
    // A true neuter in -e keeps its gender: its accusative is its nominative.
    expect(lexicon.nounInfo('Ende')).toEqual({ gender: 'Neut', plural: 'Enden' });
    expect(lexicon.nounInfo('Gebäude')?.gender).toBe('Neut');
  });

  it('inflects adjectives after a definite, an indefinite and no article', () => {
    const base = { Case: 'Nom', Number: 'Sing', Gender: 'Masc' } as const;
    expect(lexicon.inflectAdjective('groß', { ...base, Strength: 'Weak' })).toBe('große');
    expect(lexicon.inflectAdjective('groß', { ...base, Strength: 'Mixed' })).toBe('großer');
    expect(
      lexicon.inflectAdjective('groß', {
        Case: 'Dat',
        Number: 'Plur',
        Strength: 'Strong'
      })
    ).toBe('großen');
  });
});

describe('verb forms for the question generator', () => {
  it('gives the indicative of a subjunctive I verb (regression: `Wer sei gefordert …?`)', () => {
    const third = { Mood: 'Ind', Tense: 'Pres', Person: '3', Number: 'Sing' } as const;
    expect(lexicon.inflectVerb('sein', third)).toBe('ist');
    expect(lexicon.inflectVerb('haben', third)).toBe('hat');
    expect(lexicon.inflectVerb('sollen', third)).toBe('soll');
    expect(lexicon.inflectVerb('sein', { ...third, Number: 'Plur' })).toBe('sind');
    expect(lexicon.inflectVerb('Xyzzy', third)).toBeUndefined();
  });

  it('spells a verb form the dictionary has in the old way as since 1996 (regression: `Wer muß ihre Arbeitszeiten neu planen?`)', () => {
    const third = { Mood: 'Ind', Tense: 'Pres', Person: '3', Number: 'Sing' } as const;
    expect(lexicon.inflectVerb('müssen', third)).toBe('muss');
    expect(lexicon.inflectVerb('müssen', { ...third, Tense: 'Past' })).toBe('musste');
    expect(lexicon.inflectVerb('lassen', third)).toBe('lässt');
    expect(lexicon.inflectVerb('wissen', { ...third, Tense: 'Past' })).toBe('wusste');
    // ß after a long vowel or a diphthong stays.
    expect(lexicon.inflectVerb('heißen', third)).toBe('heißt');
    expect(lexicon.inflectVerb('sitzen', { ...third, Tense: 'Past' })).toBe('saß');
    const kept: [string, string][] = [
      ['aß', 'essen'],
      ['maß', 'messen'],
      ['äße', 'essen'],
      ['ließ', 'lassen'],
      ['grüßt', 'grüßen'],
      ['stößt', 'stoßen'],
      ['weiß', 'wissen'],
      ['fußt', 'fußen'],
      // (The stem's `ß`, not the particle's `ss`: `ausgestossen` reached a statement, rating
      // 115's batch.)
      ['ausgestoßen', 'ausstoßen'],
      ['stößt aus', 'ausstoßen']
    ];
    for (const [form, lemma] of kept) expect(reformedSpelling(form, lemma)).toBe(form);
    const changed: [string, string, string][] = [
      ['ißt', 'essen', 'isst'],
      ['schoß', 'schießen', 'schoss'],
      ['biß', 'beißen', 'biss'],
      ['genoß', 'genießen', 'genoss'],
      ['müßte', 'müssen', 'müsste']
    ];
    for (const [form, lemma, reformed] of changed)
      expect(reformedSpelling(form, lemma)).toBe(reformed);
  });
});

describe('lexicon files', () => {
  const toy: LexiconData = {
    slots: ['Case=Nom|Number=Sing', 'Case=Nom|Number=Plur'],
    edits: [editBetween('Hund', 'Hund'), editBetween('Hund', 'Hunde')],
    classes: [['NOUN', 'Masc', [0, 0, 1, 1]]],
    entries: [
      ['Hund', 0],
      ['Hut', 0]
    ]
  };

  it('round-trips through encode and decode', () => {
    const lex = decodeLexicon(encodeLexicon(toy));
    expect(lex.size).toBe(2);
    expect(lex.analysesOf('Hüte')).toEqual([]);
    expect(lex.analysesOf('Hute')).toContainEqual({
      upos: 'NOUN',
      lemma: 'Hut',
      feats: { Case: 'Nom', Gender: 'Masc', Number: 'Plur' }
    });
  });

  it('refuses bytes that are not a lexicon, with a message', () => {
    expect(() => decodeLexicon(new Uint8Array([1, 2, 3, 4, 5]))).toThrow(/not a Lesequiz model/);
    const truncated = encodeLexicon(toy).slice(0, 30);
    expect(() => decodeLexicon(truncated)).toThrow(/truncated|lexicon/);
  });
});

describe('regression: verb forms in the spelling of today (the dictionary lists `beschloß`, not `beschloss`)', () => {
  it('knows `beschloss`, `muss`, `lässt`, `wusste` as the verbs they are, beside the old forms', () => {
    for (const [form, lemma] of [
      ['beschloss', 'beschließen'],
      ['beschloß', 'beschließen'],
      ['muss', 'müssen'],
      ['lässt', 'lassen'],
      ['wusste', 'wissen'],
      ['schloss', 'schließen']
    ] as const)
      expect(lexicon.analysesOf(form).some((a) => a.upos === 'VERB' && a.lemma === lemma)).toBe(
        true
      );
  });

  it('keeps `ß` after a long vowel or diphthong (`weiß`, `ließ`, `schließt`)', () => {
    for (const form of ['weiss', 'liess', 'schliesst'])
      expect(lexicon.analysesOf(form).filter((a) => a.upos === 'VERB')).toEqual([]);
  });
});

describe('homographs the dictionary data keeps as one entry', () => {
  it('gives `Wagen`, `Steuer` and `Leiter` the gender and plural news means, also in compounds (`das Lastwagen` on a card, `im Grundsteuer` in a bank: blind ratings 106 and 107)', () => {
    expect(lexicon.nounInfo('Wagen')).toEqual({ gender: 'Masc', plural: 'Wagen' });
    expect(lexicon.nounInfo('Lastwagen')).toEqual({ gender: 'Masc', plural: 'Lastwagen' });
    expect(lexicon.nounInfo('Grundsteuer')).toEqual({ gender: 'Fem', plural: 'Grundsteuern' });
    expect(lexicon.nounInfo('Projektleiter')).toEqual({ gender: 'Masc', plural: 'Projektleiter' });
    expect(
      lexicon
        .analysesOf('Lastwagen')
        .filter((a) => a.upos === 'NOUN')
        .every((a) => a.feats.Gender === 'Masc')
    ).toBe(true);
    // (A compound the dictionary lists keeps its own entry.)
    expect(lexicon.nounInfo('Mehrwertsteuer')?.gender).toBe('Fem');
    expect(lexicon.nounInfo('Urteil')?.gender).toBe('Neut');
  });
});
