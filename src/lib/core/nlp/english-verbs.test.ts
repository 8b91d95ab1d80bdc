/**
 * Regression tests for English present-tense verbs the tagger read as nouns, through the
 * committed models: each names the sentence whose verb was lost.
 */
import { describe, expect, it } from 'vitest';
import { allModels } from '../../../../scripts/nlp-models';
import { analyse } from './analyse';

const models = allModels().en;
const rootOf = (text: string) => {
  const s = analyse(text, 'en', models).sentences[0];
  const root = s?.words.find((w) => w.deprel === 'root');
  return { root, words: s?.words ?? [] };
};

describe('english verbs read as nouns', () => {
  it('reads a verb in -s after its subject as the verb (`Microsoft announces any vulnerabilities …`, news-en/019)', () => {
    const { root } = rootOf('Microsoft announces any vulnerabilities in its software every month.');
    expect(root?.form).toBe('announces');
    expect(root?.upos).toBe('VERB');
    expect(root?.lemma).toBe('announce');
  });

  it('reads a plural subject’s bare verb and one after an aside (`Women MPs endure …`, `…, aims to offer …`)', () => {
    expect(
      rootOf('Women MPs endure “shocking” levels of abuse, a new study shows.').root?.form
    ).toBe('endure');
    const { words } = rootOf(
      'The pilot scheme in the valley, north of the capital Lima, aims to offer the community information.'
    );
    expect(words.find((w) => w.form === 'aims')?.upos).toBe('VERB');
  });

  it('leaves nouns where the sentence has its verb or is a fragment (`Price cuts in Europe hurt profits.`, `Good sports bar.`)', () => {
    const { words } = rootOf('Price cuts in Europe hurt profits.');
    expect(words.find((w) => w.form === 'cuts')?.upos).toBe('NOUN');
    expect(rootOf('Good sports bar.').words.find((w) => w.form === 'bar')?.upos).toBe('NOUN');
    // (A relative clause's verb is not the sentence's: `… which runs the centres, aims to …`.)
    const board = rootOf(
      'The Board of Irrigation Users which runs the computer centres, aims to make the network self-sustainable.'
    ).words;
    expect(board.find((w) => w.form === 'runs')?.upos).toBe('VERB');
    expect(board.find((w) => w.form === 'aims')?.upos).toBe('VERB');
  });
});

describe('english names read as verbs', () => {
  it('reads a name in -ed that opens a sentence as the name where the text writes it inside sentences too (`Thaxted married Eleanor Pryor …`, whose `He` was then given to Eleanor Pryor, blind rating 85)', () => {
    const text =
      'Edwin Thaxted was an English engineer. In 1862 Thaxted joined a railway company. Thaxted married Eleanor Pryor in 1865; the couple had four children. He retired in 1903.';
    const married = analyse(text, 'en', models).sentences[2];
    const first = married?.words[0];
    expect(first?.form).toBe('Thaxted');
    expect(first?.upos).toBe('PROPN');
  });

  it('reads a name the tagger took for an auxiliary as the name, the subject of its verb (`Whitfield said he had asked for a report …`, blind rating 111’s batch)', () => {
    const text =
      'The mayor, Dan Whitfield, told the committee on Tuesday that the line was too costly. Whitfield said he had asked for a report on “what went wrong, and when we should have known”.';
    const words = analyse(text, 'en', models).sentences[1]?.words ?? [];
    expect(words[0]?.upos).toBe('PROPN');
    expect(words[0]?.deprel).toBe('nsubj');
    expect(words[words[0]?.head ? words[0].head - 1 : -1]?.form).toBe('said');
    // (A real auxiliary stays one: `Would they …`.)
    const question = analyse('Would the council pay for it?', 'en', models).sentences[0];
    expect(question?.words[0]?.upos).toBe('AUX');
  });

  it('keeps a verb that opens a sentence where the text never writes it capitalised inside one (`Wanted: …` stays as read)', () => {
    const text = 'Wanted posters appeared in the town. The police wanted answers.';
    expect(analyse(text, 'en', models).sentences[0]?.words[0]?.upos).not.toBe('PROPN');
  });
});

describe('english verbs joined to a verb and read as nouns', () => {
  it('reads `retires` after `… times and` as the second verb (`When has Maureen Dalgleish made the 11-hour journey more than 2,600 times and retires?`: rating 87)', () => {
    const { root, words } = rootOf(
      'She has made the 11-hour journey more than 2,600 times and retires in December.'
    );
    const retires = words.find((w) => w.form === 'retires');
    expect(retires).toMatchObject({ upos: 'VERB', head: root?.id, deprel: 'conj' });
    expect(words.find((w) => w.form === 'December')?.head).toBe(retires?.id);
  });

  it('keeps a noun the glossary knows as one (`sells books and records in Leeds`)', () => {
    const { words } = rootOf('The shop sells books and records in Leeds.');
    expect(words.find((w) => w.form === 'records')?.upos).toBe('NOUN');
  });
});

describe('english verb lemmas the ending rules got wrong', () => {
  const lemmaOf = (text: string, form: string) =>
    analyse(text, 'en', models).sentences[0]?.words.find((w) => w.form === form)?.lemma;

  it('gives an irregular participle its dictionary form (`risen` → `rise`, not `riose`: 18 in the fixtures)', () => {
    expect(
      lemmaOf('The number of vessel movements has risen by around 40 per cent since 2019.', 'risen')
    ).toBe('rise');
  });

  it('gives a regular form the stem the glossary knows (`peaked` → `peak`, `convened` → `convene`)', () => {
    expect(lemmaOf('Passenger numbers peaked at 1.1 million in 2008.', 'peaked')).toBe('peak');
    expect(
      lemmaOf('The government convened a meeting of the emergency committee.', 'convened')
    ).toBe('convene');
  });
});

describe('english nouns of a compound read as verbs', () => {
  const tagOf = (text: string, form: string) =>
    analyse(text, 'en', models).sentences[0]?.words.find((w) => w.form === form)?.upos;

  it('reads a bare present after a singular noun as the compound’s noun (`The council’s annual town centre health check, published on Tuesday, found …`, blind rating 114)', () => {
    const text =
      "The council's annual town centre health check, published on Tuesday, found 90 empty units.";
    expect(tagOf(text, 'centre')).toBe('NOUN');
    expect(tagOf(text, 'check')).toBe('NOUN');
  });

  it('keeps the verb after a noun that takes a plural one (`Police say the road will reopen on Monday.`)', () => {
    expect(tagOf('Police say the road will reopen on Monday.', 'say')).toBe('VERB');
  });
});
