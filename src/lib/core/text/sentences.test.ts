import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('survives abbreviations, titles and initials', () => {
    expect(splitSentences('Dr. Meier kam z. B. mit Prof. Huber. Sie blieben.', 'de')).toEqual([
      'Dr. Meier kam z. B. mit Prof. Huber.',
      'Sie blieben.'
    ]);
    expect(
      splitSentences('Mr. Smith met J. F. Kennedy in the U.S. capital. Then he left.', 'en')
    ).toEqual(['Mr. Smith met J. F. Kennedy in the U.S. capital.', 'Then he left.']);
  });

  it('keeps a height above the sea in its sentence (`2247 m ü. A.` cut a gist key, blind rating 79)', () => {
    expect(
      splitSentences(
        'Das Vallmarjoch ist ein 2247 m ü. A. hoher Gebirgspass. Er verbindet zwei Täler.',
        'de'
      )
    ).toEqual([
      'Das Vallmarjoch ist ein 2247 m ü. A. hoher Gebirgspass.',
      'Er verbindet zwei Täler.'
    ]);
  });

  it('keeps the era with its date', () => {
    expect(
      splitSentences('Hadrian kam im 2. Jahrhundert n. Chr. nach Britannien. Er blieb.', 'de')
    ).toEqual(['Hadrian kam im 2. Jahrhundert n. Chr. nach Britannien.', 'Er blieb.']);
  });

  it('keeps German ordinals and dates together', () => {
    expect(splitSentences('Am 28. Juni spielte der 1. FC Köln. Er gewann.', 'de')).toEqual([
      'Am 28. Juni spielte der 1. FC Köln.',
      'Er gewann.'
    ]);
    expect(splitSentences('Das war 2018. Dann kam 2019.', 'de')).toEqual([
      'Das war 2018.',
      'Dann kam 2019.'
    ]);
  });

  it('ends a sentence after a number before an adverb that opens sentences (`bei Darmstadt 98. Ebenfalls Erfolge …` was one sentence, a gap spanning both)', () => {
    expect(
      splitSentences('Bayern siegte bei Darmstadt 98. Ebenfalls Erfolge gab es für Köln.', 'de')
    ).toEqual(['Bayern siegte bei Darmstadt 98.', 'Ebenfalls Erfolge gab es für Köln.']);
    expect(splitSentences('In der 20. Minute fiel das Tor zum 3. Mal.', 'de')).toHaveLength(1);
  });

  it('ends a sentence after a closing quotation, not inside one', () => {
    expect(splitSentences('„Das ist gut.“ Dann ging er. „Wirklich?“, fragte sie.', 'de')).toEqual([
      '„Das ist gut.“',
      'Dann ging er.',
      '„Wirklich?“, fragte sie.'
    ]);
  });

  it('takes a line without a full stop as a headline', () => {
    expect(splitSentences('Kanada verbietet Hikvision\nOttawa hat entschieden.', 'de')).toEqual([
      'Kanada verbietet Hikvision',
      'Ottawa hat entschieden.'
    ]);
  });

  it('splits a headline glued to the next sentence by a lost line break', () => {
    expect(splitSentences('Flamingos geschlüpft Der Tiergarten freut sich.', 'de')).toEqual([
      'Flamingos geschlüpft',
      'Der Tiergarten freut sich.'
    ]);
  });

  it('splits a subheading glued to its paragraph (`Leise Kritik Bei PSG drehte sich …`, news-de/021)', () => {
    expect(
      splitSentences('Er fehlt. Leise Kritik Bei PSG drehte sich alles um den Superstar.', 'de')
    ).toEqual(['Er fehlt.', 'Leise Kritik', 'Bei PSG drehte sich alles um den Superstar.']);
    expect(
      splitSentences('Gladbacher Harmlosigkeit Wie erwartet ließ er drei Spieler draußen.', 'de')
    ).toEqual(['Gladbacher Harmlosigkeit', 'Wie erwartet ließ er drei Spieler draußen.']);
    // A work's title opened by a preposition stays in its sentence.
    expect(
      splitSentences(
        'Er schrieb An den christlichen Adel und Von der Freiheit eines Christenmenschen.',
        'de'
      )
    ).toHaveLength(1);
  });

  it('returns nothing for empty text', () => {
    expect(splitSentences('', 'de')).toEqual([]);
  });
});

describe('regression: sentence split at a regnal number', () => {
  it('keeps a German regnal number with its full stop inside the sentence', () => {
    expect(
      splitSentences(
        'Die Krönung von Queen Elizabeth II. Anfang Juni 1953 war ein Fest. Sie starb 2022.',
        'de'
      )
    ).toEqual([
      'Die Krönung von Queen Elizabeth II. Anfang Juni 1953 war ein Fest.',
      'Sie starb 2022.'
    ]);
    expect(splitSentences('Damals besuchte Papst Benedikt XVI. Kanada.', 'de')).toEqual([
      'Damals besuchte Papst Benedikt XVI. Kanada.'
    ]);
  });

  it('still ends a sentence after a regnal number when a sentence opener follows', () => {
    expect(splitSentences('Er traf Elizabeth II. Die Königin lächelte.', 'de')).toEqual([
      'Er traf Elizabeth II.',
      'Die Königin lächelte.'
    ]);
  });

  it('ends a sentence after an amount with a thousands separator or decimals, never read as an ordinal (`bei 2.000. Überreste …`)', () => {
    expect(
      splitSentences('Die Einwohnerzahl lag bei 2.000. Überreste sind noch sichtbar.', 'de')
    ).toEqual(['Die Einwohnerzahl lag bei 2.000.', 'Überreste sind noch sichtbar.']);
    expect(splitSentences('Der Wert stieg auf 2,5. Experten staunten.', 'de')).toEqual([
      'Der Wert stieg auf 2,5.',
      'Experten staunten.'
    ]);
    // A date keeps its day and month together.
    expect(splitSentences('Er kam am 28.10. Abend für Abend wartete sie.', 'de')).toHaveLength(1);
  });
});
