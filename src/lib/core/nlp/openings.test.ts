import { describe, expect, it } from 'vitest';
import { loadModels } from '../../../../scripts/nlp-models';
import { repairCapitalisedOpening, repairNameReadAsAdverb } from './openings';
import type { TaggedWord } from './types';
import { analyse } from './analyse';

const german = loadModels('de');
const lexicon = german.lexicon;

/** Every word tagged as a name, as the tagger did for these openings. */
function repaired(sentence: string): string[] {
  const forms = sentence.split(' ');
  const tags: TaggedWord[] = forms.map((f) => ({ upos: 'PROPN', lemma: f, feats: {} }));
  repairCapitalisedOpening(forms, tags, lexicon);
  return tags.map((t) => `${t.upos}:${t.lemma}`);
}

describe('repairCapitalisedOpening', () => {
  it('reads a capitalised adjective and its noun at the start as common words, not a name (`Warum wird Weiterer Nachwuchs erwartet?`)', () => {
    expect(repaired('Weiterer Nachwuchs wird erwartet').slice(0, 2)).toEqual([
      'ADJ:weiter',
      'NOUN:Nachwuchs'
    ]);
  });

  it('reads an adverb and a finite verb at the start as such (`Was rutschte …? Erstmals`, `Verliert Strache …`)', () => {
    expect(repaired('Erstmals rutschte die Zahl')[0]).toBe('ADV:erstmals');
    expect(repaired('Verliert Strache die Wahl')[0]).toBe('VERB:verlieren');
  });

  it('leaves names that read like common words (`Frank Stronach`, `Neuer sagte`) and words after the first', () => {
    expect(repaired('Frank Stronach sagte das')).toEqual([
      'PROPN:Frank',
      'PROPN:Stronach',
      'PROPN:sagte',
      'PROPN:das'
    ]);
    expect(repaired('Neuer sagte das')[0]).toBe('PROPN:Neuer');
    expect(repaired('„ Erstmals rutschte')[1]).toBe('ADV:erstmals');
  });

  it('reads a capitalised hedge before an article or number as an adverb, after a dateline too (`Drei Kandidaten liegen Gut eine Woche vor …`)', () => {
    const tagged = (sentence: string, upos: TaggedWord['upos'][]) => {
      const forms = sentence.split(' ');
      const tags: TaggedWord[] = forms.map((f, i) => ({
        upos: upos[i] ?? 'NOUN',
        lemma: f,
        feats: {}
      }));
      repairCapitalisedOpening(forms, tags, lexicon);
      return tags.map((t) => `${t.upos}:${t.lemma}`);
    };
    expect(tagged('Gut eine Woche vor der Wahl', ['NOUN', 'DET', 'NOUN'])[0]).toBe('ADV:gut');
    expect(tagged('Wien – Rund 300 Menschen kamen', ['PROPN', 'PUNCT', 'NOUN', 'NUM'])[2]).toBe(
      'ADV:rund'
    );
    // (A noun before its verb stays: `Gut Aiderbichl liegt …`.)
    expect(tagged('Gut Aiderbichl liegt hier', ['NOUN', 'PROPN', 'VERB'])[0]).toBe('NOUN:Gut');
  });
});

describe('repairNameReadAsAdverb', () => {
  /** The opening word tagged as an adverb, as the tagger did for these sentences. */
  const opened = (sentence: string, upos: TaggedWord['upos'][]) => {
    const forms = sentence.split(' ');
    const tags: TaggedWord[] = forms.map((f, i) => ({
      upos: upos[i] ?? 'NOUN',
      lemma: f,
      feats: {}
    }));
    repairNameReadAsAdverb(forms, tags, german.entities);
    return tags.map((t) => t.upos);
  };

  it('reads a place opening the sentence as a name, after a dateline too (`Saalfelden – Österreich wird …` lost its subject and the lead its clause, session 26)', () => {
    expect(
      opened('Ecuador sicherte sich Rang drei', ['ADV', 'VERB', 'PRON', 'NOUN', 'NUM'])[0]
    ).toBe('PROPN');
    expect(
      opened('Saalfelden – Österreich wird Kontrollen durchführen', [
        'PROPN',
        'PUNCT',
        'ADV',
        'AUX',
        'NOUN',
        'VERB'
      ])[2]
    ).toBe('PROPN');
  });

  it('leaves adverbs, and words the recogniser only guesses to be a person (`Allerdings`, `Wobei`, `Dorthin`)', () => {
    for (const adverb of ['Allerdings', 'Derzeit', 'Wobei', 'Dorthin'])
      expect(
        opened(`${adverb} sagte eine Zeugin das`, ['ADV', 'VERB', 'DET', 'NOUN', 'PRON'])[0]
      ).toBe('ADV');
  });
});

describe('openings: an article before a name', () => {
  it('hangs an article the parse gave the verb on the name after it (`Who praised the new programme the critic?`, session 31)', () => {
    const english = loadModels('en');
    for (const [text, language, models, first] of [
      ['The critic Paul Lenz praised the new programme.', 'en', english, 'Paul'],
      ['Der FC Donaustadt gewinnt gegen den SC Marchfeld.', 'de', german, 'FC']
    ] as const) {
      const words = analyse(text, language, models).sentences[0]?.words ?? [];
      const article = words[0];
      expect(words[(article?.head ?? 0) - 1]?.form, text).toBe(first);
    }
  });
});

describe('repairCapitalisedOpening: an adverbial adjective', () => {
  it('reads an uninflected adjective before a preposition as an adjective (`Gemeinsam mit …`, rating 117), never one before a verb (`Kurz sagte …`, a surname)', () => {
    const forms = 'Gemeinsam mit sieben Bürgermeistern hatte Köberle'.split(' ');
    const tags: TaggedWord[] = forms.map((f, i) => ({
      upos: i === 1 ? 'ADP' : 'PROPN',
      lemma: f,
      feats: {}
    }));
    repairCapitalisedOpening(forms, tags, lexicon);
    expect(tags[0]?.upos).toBe('ADJ');
    expect(repaired('Kurz sagte das')[0]).toBe('PROPN:Kurz');
  });
});
