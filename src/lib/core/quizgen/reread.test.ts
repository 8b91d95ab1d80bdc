/**
 * Reading produced text back (`reread.ts`): restatements garbled by a wrong parse are caught by
 * their clause structure, well-formed questions and statements pass. Each case is named after
 * the failure class it guards (blind rating, session 4).
 */
import { describe, expect, it } from 'vitest';
import { allModels } from '../../../../scripts/nlp-models';
import { garbledReason, makeRereader } from './reread';

const models = allModels();
const de = makeRereader('de', models.de);
const en = makeRereader('en', models.en);
const garbledDe = (t: string) => garbledReason(de(t), 'de');
const garbledEn = (t: string) => garbledReason(en(t), 'en');

describe('garbledReason', () => {
  it('passes well-formed German questions and statements', () => {
    for (const t of [
      'Wer hat den Handgranaten-Anschlag scharf verurteilt?',
      'Was entdeckten Mitarbeiter eines Wachdienstes, wie die Polizei mitteilte?',
      'Die Äußerungen von Peking kommen, nachdem Ottawa angekündigt hatte, alle Aktivitäten einzustellen.',
      'Wer will bis 2018 durchhalten?'
    ])
      expect(garbledDe(t), t).toBeUndefined();
  });

  it('two sentences run together: two finite verbs in one clause', () => {
    expect(
      garbledDe(
        'Was gab schließlich sei oft nur auf den ersten Blick von Vorteil, Katzian am Montag zu bedenken?'
      )
    ).toBe('two finite verbs in one clause');
  });

  it('a modal whose verb was taken for the subject', () => {
    expect(
      garbledDe('Was müsse den Arbeitnehmern vor allem auch die freie Wahl zwischen zwei Modellen?')
    ).toBe('modal without its verb');
  });

  it('an article left without its noun, or a relative pronoun whose comma was lost', () => {
    expect(
      garbledDe('Was ist eine gültige Gesetzesänderung die besagt, dass das Grundgehalt steigt?')
    ).toBeDefined();
  });

  it('a genitive cut off from its noun', () => {
    expect(
      garbledDe('Eine Aktualisierung wird außerdem des iPad-Tablets im Originalformat erwartet.')
    ).toBe('genitive cut off from its noun');
  });

  it('English do-support and modals are one verb cluster, not two finite verbs', () => {
    for (const t of [
      'When did the Indian economy grow by 8.5%?',
      'What would hamper the economic growth of the country?',
      'Who is attending the meeting as part of the group of nations that account for two thirds of the population?'
    ])
      expect(garbledEn(t), t).toBeUndefined();
  });

  it('a main clause that kept a subordinate clause order (verb at the end after an adverb)', () => {
    expect(
      garbledDe('Der Wert etwas unter dem Durchschnitt der letzten Gesetzgebungsperioden bleibt.')
    ).toBe('main clause with its verb at the end');
    for (const t of [
      'Der neue Preis der Firma steigt.',
      'Die Regierung hat die Steuern gesenkt, wie der Minister sagte.'
    ])
      expect(garbledDe(t), t).toBeUndefined();
  });

  it('a conjunction left at the end of a clause by a misparse of `Wie … mitteilte`', () => {
    expect(
      garbledDe(
        'Das Verteidigungsministerium in Kabul mitteilte wie, musste der Hubschrauber am Dienstag notlanden.'
      )
    ).toBe('conjunction at the end of a clause');
  });

  it('an `um … zu` clause that lost its comma', () => {
    expect(
      garbledDe(
        'Wer empfiehlt um dem Fluch der ersten Nacht zu entgehen Reisenden, ihre Kopfpolster mitzunehmen?'
      )
    ).toBe('infinitive clause without comma');
    for (const t of [
      'Um das Ziel zu erreichen, muss die Regierung sparen.',
      'Der Kanzler will sparen, um das Ziel zu erreichen.'
    ])
      expect(garbledDe(t), t).toBeUndefined();
  });
});

describe('reread: a sentence opener left capitalised inside', () => {
  const context = { lexicon: models.de.lexicon, isNameWord: (w: string) => w === 'neue' };
  it('reads an inflected adjective with a capital after the verb as garbled (`Warum herrschte Großes Interesse …?`)', () => {
    expect(
      garbledReason(de('Warum herrschte Großes Interesse an der Ausstellung?'), 'de', context)
    ).toBe('a word that opened its sentence, capitalised inside');
    // A name of the article keeps its capital (`Neue Galerie`).
    expect(
      garbledReason(de('Warum schließt Neue Galerie im Sommer?'), 'de', context)
    ).toBeUndefined();
  });
});

describe('reread: English comma splices', () => {
  it('reads a second clause after a comma as garbled even when its subject holds an adverb (`…, the most recent era is expanded …`)', () => {
    expect(
      garbledEn(
        'The second scale compresses the most recent era, the most recent era is expanded in the third scale.'
      )
    ).toBe('two main clauses joined by a comma');
    expect(garbledEn('In April, the original virus appeared.')).toBeUndefined();
  });
});
