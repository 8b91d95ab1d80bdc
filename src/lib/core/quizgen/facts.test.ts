import { describe, expect, it } from 'vitest';
import { normaliseText } from '../text/normalise';
import { splitSentences } from '../text/sentences';
import { extractFacts } from './facts';

function facts(text: string, language: 'de' | 'en' = 'de') {
  return extractFacts(splitSentences(normaliseText(text, language), language), language);
}

describe('extractFacts', () => {
  it('finds persons with their roles and links a later surname to them', () => {
    const f = facts(
      'Der kanadische Industrieminister Melanie Joly hat die Firma geschlossen. Joly hatte das angekündigt.'
    );
    const joly = f.entities.get('Melanie Joly');
    expect(joly?.type).toBe('person');
    expect(joly?.role).toBe('Industrieminister');
    expect(joly?.mentions.map((m) => m.text)).toEqual(['Melanie Joly', 'Joly']);
  });

  it('knows countries by Intl.DisplayNames, also in the genitive and in English', () => {
    const f = facts('Kanadas Regierung und die Vereinigten Staaten reagierten, Canada auch.');
    expect(f.entities.get('CA')?.mentions.map((m) => m.text)).toEqual(['Kanadas', 'Canada']);
    expect(f.entities.get('US')?.type).toBe('country');
  });

  it('reads organisations, cities and seats', () => {
    const f = facts(
      'Hikvision mit Sitz in Hangzhou ist ein Hersteller. Das chinesische Handelsministerium erklärte, die Hikvision Canada Inc müsse schließen.'
    );
    expect(f.entities.get('Hikvision')?.seat).toBe('Hangzhou');
    expect(f.entities.get('Hangzhou')?.type).toBe('city');
    expect(f.entities.get('Hikvision Canada Inc')?.type).toBe('organisation');
    expect(f.entities.get('org-chinesisch handelsministerium')?.nominative).toBe(
      'das chinesische Handelsministerium'
    );
  });

  it('reads dates with their prepositions and numbers with what they count', () => {
    const f = facts(
      'Am 28. Juni 2016 kam er. Im Dezember 2018 und in den Jahren 2019 und 2021 auch, letzte Woche und am Montag wieder. Es kostete 12 Millionen Euro und zwei Kanadier.'
    );
    const spans = f.sentences.flatMap((s) => s.spans);
    const dates = spans
      .filter((s) => s.kind === 'date')
      .map((s) => [s.text, s.dateKind, s.sortKey]);
    expect(dates).toEqual([
      ['28. Juni 2016', 'day', 20160628],
      ['Dezember 2018', 'month', 20181200],
      ['2019 und 2021', 'years', 20190000],
      ['letzte Woche', 'relative', undefined],
      ['Montag', 'weekday', undefined]
    ]);
    const numbers = spans.filter((s) => s.kind === 'number').map((s) => [s.text, s.value]);
    expect(numbers).toEqual([
      ['12 Millionen Euro', 12],
      ['zwei Kanadier', 2]
    ]);
  });

  it('finds quotations with their speaker and causes with da/weil/because', () => {
    const de = facts(
      'Das chinesische Handelsministerium erklärte: „China ist stark unzufrieden“. Ottawa sagte, dass die Firma schließen müsse, weil sie der Sicherheit schade.'
    );
    expect(de.quotes).toEqual([
      {
        sentence: 0,
        text: 'China ist stark unzufrieden',
        speakerKey: 'org-chinesisch handelsministerium'
      }
    ]);
    expect(de.causes[0]).toMatchObject({
      effectKind: 'subordinate',
      reason: 'sie der Sicherheit schade'
    });
    const en = facts('The company closed its offices, because the minister ordered it.', 'en');
    expect(en.causes[0]?.reason).toBe('the minister ordered it');
  });

  it('does not use garbled or unfinished sentences as question stems', () => {
    const f = facts(
      'Die Krawatten wurden weiter belastet. Eine Überschrift ohne Punkt\nDer Satz ist gut.'
    );
    expect(f.sentences.map((s) => s.confident)).toEqual([false, false, true]);
  });
});
