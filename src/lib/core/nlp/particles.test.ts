import { describe, expect, it } from 'vitest';
import { allModels } from '../../../../scripts/nlp-models';
import { analyse } from './analyse';

const models = allModels();

describe('separable particles the parse lost', () => {
  const particleOf = (text: string, verb: string) => {
    const words = analyse(text, 'de', models.de).sentences[0]!.words;
    const v = words.find((w) => w.form === verb)!;
    return words.find((w) => w.head === v.id && w.deprel === 'compound:prt')?.form;
  };

  it('attaches a particle before a colon to its verb (`teilte … den Rückzug mit: …`)', () => {
    expect(
      particleOf(
        'Am Donnerstag teilte dann die Universität den Rückzug des Professors mit: Er gehe.',
        'teilte'
      )
    ).toBe('mit');
  });

  it('attaches a particle before `, sondern` to its verb (`nimmt sich … an, sondern …`)', () => {
    expect(
      particleOf(
        'Die Künstlerin nimmt sich des Wellenspiels keineswegs per Fotografie an, sondern sie malt.',
        'nimmt'
      )
    ).toBe('an');
  });

  it('attaches `her` tagged as a pronoun to its verb (`Was stellte der Vater …? chirurgische Instrumente her`, blind rating 73)', () => {
    expect(
      particleOf(
        'Der Vater stellte in einer kleinen Werkstatt chirurgische Instrumente her.',
        'stellte'
      )
    ).toBe('her');
  });

  it('attaches `voraus` before a relative clause to its verb (`Was setzt ein Anscheinsbeweis?`: blind rating 103)', () => {
    expect(
      particleOf(
        'Ein Anscheinsbeweis setze einen typischen Geschehensablauf voraus, der auf eine Täuschung schließen lasse.',
        'setze'
      )
    ).toBe('voraus');
  });

  it('leaves a preposition with its own object alone (`kam mit ihm`)', () => {
    expect(particleOf('Der Minister kam gestern mit ihm, sagte er.', 'kam')).toBeUndefined();
  });

  it('attaches a particle before a comparison to its verb (`fällt deutlich kleiner aus als …`)', () => {
    expect(
      particleOf(
        'Der Rahmen fällt damit deutlich kleiner aus als bei den großen Präsentationen in San Francisco.',
        'fällt'
      )
    ).toBe('aus');
  });
});

describe('circumpositions the parse read as particles', () => {
  const wordsOf = (text: string) => analyse(text, 'de', models.de).sentences[0]!.words;

  it('makes `aus` after `von der Brücke` the phrase’s, not the verb’s, and `rund` the number’s (`Was verfolgten 1.500 Zuschauer rund aus?`: rating 87)', () => {
    const words = wordsOf(
      'Rund 1.500 Zuschauer verfolgten die Rennen an beiden Tagen vom Ufer und von der Brücke aus.'
    );
    const verb = words.find((w) => w.form === 'verfolgten')!;
    expect(words.filter((w) => w.head === verb.id && w.deprel === 'compound:prt')).toEqual([]);
    expect(words.find((w) => w.form === 'aus')?.head).toBe(
      words.find((w) => w.form === 'Brücke')?.id
    );
    expect(words.find((w) => w.form === 'Rund')?.head).toBe(
      words.find((w) => w.form === '1.500')?.id
    );
  });

  it('keeps the particle of a particle verb the dictionary knows (`hört … auf`)', () => {
    const words = wordsOf('Der Regen hört von morgen an auf.');
    const verb = words.find((w) => w.form === 'hört')!;
    expect(words.find((w) => w.form === 'auf')).toMatchObject({
      head: verb.id,
      deprel: 'compound:prt'
    });
  });
});
