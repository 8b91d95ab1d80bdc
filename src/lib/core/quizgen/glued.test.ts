import { describe, expect, it } from 'vitest';
import { gluedWords, ungluer } from './glued';
import type { NameLists } from '../nlp/types';

const names: NameLists = {
  has: (list, word) => list === 'first-name' && ['Hans', 'Thomas', 'Neil'].includes(word),
  mark: (forms) => forms.map(() => [])
};

describe('glued words', () => {
  it('writes apart a name the source glued to the one before it (`HansNiessl`, blind ratings 40–43)', () => {
    const text =
      'Landeshauptmann HansNiessl (SPÖ) zeigt sich zufrieden. Niessl erneuerte seine Forderung.';
    expect(gluedWords(text, names)).toEqual(new Map([['HansNiessl', 'Hans Niessl']]));
    const unglue = ungluer(text, names);
    expect(unglue('Was zeigt HansNiessl? HansNiessl.')).toBe('Was zeigt Hans Niessl? Hans Niessl.');
  });

  it('writes apart a title glued to a first name (`BürgermeisterThomas`)', () => {
    expect(
      gluedWords('Das sagte BürgermeisterThomas Steiner.', names).get('BürgermeisterThomas')
    ).toBe('Bürgermeister Thomas');
  });

  it('leaves names written so on purpose alone (`McIlroy`, `MacNeil`, `PowerPoint`, `iPhone`, `YouTube`)', () => {
    const text =
      'McIlroy and MacNeil met Neil. The PowerPoint on the iPhone showed YouTube and a point.';
    expect(gluedWords(text, names)).toEqual(new Map());
    expect(ungluer(text, names)('McIlroy')).toBe('McIlroy');
  });

  it('writes a conjunction apart from the left-out part of a compound after it (`Arbeitszeiten und-leistungen`, blind rating 44)', () => {
    const unglue = ungluer('Arbeitszeiten und-leistungen werden erfasst.');
    expect(unglue('Arbeitszeiten und-leistungen werden erfasst.')).toBe(
      'Arbeitszeiten und -leistungen werden erfasst.'
    );
    // (A hyphenated compound with `und` inside stays: `Frage-und-Antwort-Spiel`.)
    expect(unglue('ein Frage-und-Antwort-Spiel')).toBe('ein Frage-und-Antwort-Spiel');
  });
});
