/**
 * Regression tests for `analyse` itself (what the generator reads), named after the failure
 * each guards, with the committed models.
 */
import { describe, expect, it } from 'vitest';
import { allModels } from '../../../../scripts/nlp-models';
import { analyse } from './analyse';

const models = allModels();

describe('analyse', () => {
  it('never reads a word of letters as punctuation or a symbol (`Arturo Vidal schoss …` had `schoss` as punctuation and no main verb; `iPhone`, `B-free`)', () => {
    const texts: [string, 'de' | 'en'][] = [
      ['Arturo Vidal schoss die Gäste in der 20. Minute in Führung.', 'de'],
      ['Vor zwei Jahren schaffte der Zweitligist den Einzug ins Finale.', 'de'],
      ['Apple hat das iPhone und den Tarif B-free vorgestellt.', 'de']
    ];
    for (const [text, language] of texts)
      for (const w of analyse(text, language, models[language]).sentences[0]?.words ?? [])
        if (/\p{L}/u.test(w.form)) expect(w.upos, w.form).not.toMatch(/^(PUNCT|SYM)$/u);
  });

  it('reads an English curly quotation mark as punctuation, not as a preposition (`eight “critical” security holes`)', () => {
    const words = analyse(
      'In its monthly bulletin, it flagged up eight “critical” security holes.',
      'en',
      models.en
    ).sentences[0]?.words;
    const quote = words?.find((w) => w.form === '“');
    const eight = words?.find((w) => w.form === 'eight');
    const holes = words?.find((w) => w.form === 'holes');
    expect(quote?.upos).toBe('PUNCT');
    expect(eight?.head).toBe(holes?.id);
    expect(eight?.deprel).toBe('nummod');
    // The word keeps the form it has in the text.
    expect(words?.map((w) => w.form)).toContain('”');
  });

  it('hangs an English day-first date on its verb (`Tesla died on 7 January 1943` had `on` as a particle)', () => {
    const words = analyse('Tesla died on 7 January 1943.', 'en', models.en).sentences[0]?.words;
    const on = words?.find((w) => w.form === 'on');
    const january = words?.find((w) => w.form === 'January');
    const died = words?.find((w) => w.form === 'died');
    expect(january?.head).toBe(died?.id);
    expect(january?.deprel).toBe('obl');
    expect(on?.head).toBe(january?.id);
    expect(on?.deprel).toBe('case');
  });
});

describe('regression: a noun at the root beside a finite verb (the greedy parse broke German clause structure)', () => {
  it('re-reads the sentence with a beam: the predicate is the root, the noun an adverbial (`Mit der Atomisierung des Teams Stronach wird … schmäler` asked nothing)', () => {
    const [s] = analyse(
      'Mit der Atomisierung des Teams Stronach wird auch die Mehrheit der Landesregierung immer schmäler.',
      'de',
      models.de
    ).sentences;
    const root = s?.words.find((w) => w.head === 0);
    expect(root?.form).toBe('schmäler');
    expect(s?.words.find((w) => w.form === 'Atomisierung')?.deprel).toBe('obl');
    expect(s?.words.find((w) => w.form === 'Mehrheit')?.deprel).toMatch(/^nsubj/u);
  });
});

describe('analyse: headlines', () => {
  it('reads a long first line without a full stop as the headline (`Residents’ WhatsApp group passes 3,000 messages … all along`, 18 words, became the gist key in rating 89)', () => {
    const a = analyse(
      'Residents’ WhatsApp group passes 3,000 messages in hunt for missing bin that was behind the shed all along\n\nResidents of a cul-de-sac in Kettering have spent five days searching for a green bin.',
      'en',
      models.en
    );
    expect(a.sentences.map((s) => s.role)).toEqual(['title', 'body']);
  });
});
