/**
 * Regression tests for a subject with a long relative clause that the parser made the root of
 * its sentence, through the committed models.
 */
import { describe, expect, it } from 'vitest';
import { allModels } from '../../../../scripts/nlp-models';
import { analyse } from './analyse';

const models = allModels();

describe('a subject read as the root of its sentence', () => {
  it('makes the verb after the subject’s relative clause the root and the name its subject (`Carol Ashdown, who runs a bakery …, said businesses had endured …`: no speaker, blind rating 111’s batch)', () => {
    const words =
      analyse(
        "Carol Ashdown, who runs a bakery on Norley Road and chairs the local traders' association, said businesses had endured months of disruption.",
        'en',
        models.en
      ).sentences[0]?.words ?? [];
    const said = words.find((w) => w.form === 'said');
    expect(said?.deprel).toBe('root');
    expect(words[0]?.head).toBe(said?.id);
    expect(words[0]?.deprel).toBe('nsubj');
  });

  it('finds the verb past a first clause of the noun’s own (`The board’s decision, taken by seven votes to two on Tuesday evening, follows eleven recorded near-misses …`: no statement of an article’s second sentence, rating 118’s batch)', () => {
    const words =
      analyse(
        "The board's decision, taken by seven votes to two on Tuesday evening, follows eleven recorded near-misses between swimmers and boats last summer.",
        'en',
        models.en
      ).sentences[0]?.words ?? [];
    const follows = words.find((w) => w.form === 'follows');
    expect(follows?.deprel).toBe('root');
    expect(words.find((w) => w.form === 'decision')?.deprel).toBe('nsubj');
  });

  it('leaves a sentence whose verb has a subject of its own as parsed', () => {
    const words =
      analyse(
        'The new bridge, which opened in May, carries 20,000 cars a day, officials said.',
        'en',
        models.en
      ).sentences[0]?.words ?? [];
    const root = words.find((w) => w.deprel === 'root');
    expect(root?.upos).toBe('VERB');
    expect(words.filter((w) => w.deprel === 'root')).toHaveLength(1);
  });
});

describe('a verb sharing the subject of the verb before it, read as a clause it says', () => {
  it('makes a verb after a comma with no subject of its own a conjunct (`… stößt … 18.000 Hektoliter aus, beliefert 140 Gaststätten …`: a question carried it along, rating 115’s batch)', () => {
    const words =
      analyse(
        'Der Familienbetrieb mit 23 Beschäftigten stößt im Jahr rund 18.000 Hektoliter aus, beliefert 140 Gaststätten im Umkreis und betreibt ein eigenes Bräustüberl.',
        'de',
        models.de
      ).sentences[0]?.words ?? [];
    expect(words.find((w) => w.form === 'beliefert')?.deprel).toBe('conj');
  });

  it('leaves a clause with a subject of its own as a clause the verb says (`Sie sagt, sie komme morgen`)', () => {
    const words =
      analyse('Die Bürgermeisterin sagte am Montag, sie komme morgen.', 'de', models.de)
        .sentences[0]?.words ?? [];
    expect(words.find((w) => w.form === 'komme')?.deprel).not.toBe('conj');
  });
});
