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
