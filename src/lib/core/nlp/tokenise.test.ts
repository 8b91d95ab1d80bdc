import { describe, expect, it } from 'vitest';
import { findDateline, findSpeaker } from './layout';
import { tokenise, wordsOf } from './tokenise';

const forms = (s: string, lang: 'de' | 'en' = 'de') =>
  wordsOf(tokenise(s, lang), lang).map((w) => w.form);

describe('tokenise', () => {
  it('keeps abbreviations, ordinals and numbers whole', () => {
    expect(forms('Dr. Meier kam am 28. Juni mit 1.000,50 Euro, z. B. heute.')).toEqual([
      'Dr.',
      'Meier',
      'kam',
      'an',
      'dem',
      '28.',
      'Juni',
      'mit',
      '1.000,50',
      'Euro',
      ',',
      'z.',
      'B.',
      'heute',
      '.'
    ]);
  });

  it('keeps the stop of an ordinal ending a compound (`Der Weltranglisten-19. Dominic Thiem` split the subject at the stop, and the lead went unasked)', () => {
    expect(forms('Der Weltranglisten-19. Dominic Thiem gewann.')).toEqual([
      'Der',
      'Weltranglisten-19.',
      'Dominic',
      'Thiem',
      'gewann',
      '.'
    ]);
    expect(forms('Er ist jetzt Weltranglisten-19.').slice(-2)).toEqual(['Weltranglisten-19', '.']);
  });

  it('splits German contractions into UD words that share the token', () => {
    const words = wordsOf(tokenise('Zum Glück ging er ins Kino.', 'de'), 'de');
    expect(words.map((w) => w.form)).toEqual([
      'Zu',
      'dem',
      'Glück',
      'ging',
      'er',
      'in',
      'das',
      'Kino',
      '.'
    ]);
    expect(words[0]).toMatchObject({ start: 0, end: 3, surface: 'Zum' });
  });

  it('splits English clitics as the English Web Treebank does', () => {
    expect(forms("They don't know what's in Peter's bag; I cannot.", 'en')).toEqual([
      'They',
      'do',
      "n't",
      'know',
      'what',
      "'s",
      'in',
      'Peter',
      "'s",
      'bag',
      ';',
      'I',
      'can',
      'not',
      '.'
    ]);
  });

  it('keeps hyphenated compounds and a shortened compound part', () => {
    expect(forms('Die US-Regierung prüft Ein- und Ausreise.')).toEqual([
      'Die',
      'US-Regierung',
      'prüft',
      'Ein-',
      'und',
      'Ausreise',
      '.'
    ]);
  });

  it('gives offsets into the whole text', () => {
    const t = tokenise('Er kam.', 'de', 10);
    expect(t[1]).toMatchObject({ form: 'kam', start: 13, end: 16, spaceAfter: false });
  });
});

describe('layout', () => {
  const words = (s: string) => wordsOf(tokenise(s, 'de'), 'de');

  it('finds an agency dateline', () => {
    expect(findDateline(words('Wien – Die Regierung hat am Montag getagt.'))).toBe(2);
    expect(findDateline(words('Washington/Peking (APA) – Die USA und China verhandeln.'))).toBe(7);
  });

  it('finds a dateline of a place name with a particle (regression: `Santiago de Chile –` was asked as a subject)', () => {
    expect(findDateline(words('Santiago de Chile – Der Verband hat Neymar gesperrt.'))).toBe(4);
  });

  it('finds a dateline of a place in capitals with a full stop (regression: the gist key opened `LEIBNITZ. – Ein heftiges Hagelunwetter …`, blind rating 73)', () => {
    expect(findDateline(words('LEIBNITZ. – Ein heftiges Unwetter hat die Ernte zerstört.'))).toBe(
      3
    );
    expect(
      findDateline(words('Dann. – Ein heftiges Unwetter hat die Ernte zerstört.'))
    ).toBeUndefined();
  });

  it('finds a dateline with a date after the place (regression: `LEEDS, 14 March –` was read as the sentence, blind rating 75)', () => {
    const en = (t: string) => wordsOf(tokenise(t, 'en'), 'en');
    expect(findDateline(en('LEEDS, 14 March – Singing in a choir helps people.'))).toBe(5);
    expect(
      findDateline(en('CRAVEN ARMS, Shropshire, 11 August – Fourteen people were injured.'))
    ).toBe(8);
    expect(findDateline(words('Graz, 3. Mai – Die Regierung hat getagt.'))).toBe(5);
  });

  it('does not take a dash inside a sentence for a dateline', () => {
    expect(findDateline(words('Die Regierung – so heißt es – tagte.'))).toBeUndefined();
  });

  it('finds a speaker label with a capital inside the name (regression: `MacAulay:` made an interview a news story with a gist, blind rating 73)', () => {
    expect(findSpeaker(words('MacAulay: Harder than anyone expected.'))).toEqual({
      label: 'MacAulay',
      end: 2
    });
    expect(findSpeaker(words("O'Neill: Das war ein langer Tag."))?.label).toBe("O'Neill");
  });

  it('finds interview speaker labels', () => {
    expect(findSpeaker(words('STANDARD: Wie geht es weiter?'))).toEqual({
      label: 'STANDARD',
      end: 2
    });
    expect(findSpeaker(words('Poposki: Das weiß ich nicht.'))).toEqual({
      label: 'Poposki',
      end: 2
    });
    expect(findSpeaker(words('Er sagte: nichts.'))).toBeUndefined();
  });

  it('finds the letters of a question-and-answer interview and an agency in lower case (`Q:`, `A:`, `dpa:`: an interview of unseen text had no labels, session 30)', () => {
    expect(findSpeaker(words('Q: How has life changed?'))).toEqual({ label: 'Q', end: 2 });
    expect(findSpeaker(words('A: Completely, and not at all.'))).toEqual({ label: 'A', end: 2 });
    expect(findSpeaker(words('dpa: Frau Voss, ist das eine Frage der Erziehung?'))).toEqual({
      label: 'dpa',
      end: 2
    });
    expect(findSpeaker(words('B: nichts.'))).toBeUndefined();
  });
});
