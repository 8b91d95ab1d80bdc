import { describe, expect, it } from 'vitest';
import { decodeThesaurus } from './thesaurus';

const encode = (lines: string[]) => new TextEncoder().encode(lines.join('\n') + '\n');

describe('thesaurus', () => {
  it('gives a word with one group its synonyms, most useful first', () => {
    const t = decodeThesaurus(encode(['untersagen;verbieten;Verbot', 'verbieten;blockieren']));
    expect(t.synonyms('untersagen')).toEqual(['Verbot', 'verbieten']);
    expect(t.synonyms('verbieten')).toEqual([]);
    expect(t.related('untersagen', 'Verbot')).toBe(true);
  });

  it('never explains a word by a group it belongs to only in a restricted use (`Drittel (Eishockey)` → `Satz, Spielabschnitt`)', () => {
    const t = decodeThesaurus(encode(['Halbzeit;Spielabschnitt;Satz;~Drittel']));
    expect(t.synonyms('Drittel')).toEqual([]);
    // … nor offers it as a synonym of the others, though the group is one of its senses.
    expect(t.synonyms('Halbzeit')).toEqual(['Satz', 'Spielabschnitt']);
    expect(t.senses('Drittel')).toHaveLength(1);
    expect(t.related('Drittel', 'Satz')).toBe(true);
  });

  it('counts a restricted use as a sense of its own (`Heft` as a magazine beside `(fig.)`)', () => {
    const t = decodeThesaurus(encode(['Heft;Zeitung;Blatt', 'Griff;Stiel;~Heft']));
    expect(t.synonyms('Heft')).toEqual([]);
  });

  it('tells a noun from a verb spelt the same but for its capital (`Zeugen`, `zeugen`: `machen`, blind rating 100)', () => {
    const t = decodeThesaurus(encode(['zeugen;machen', 'Zeuge;Beobachter', 'Streben;Projekt']));
    expect(t.senses('Zeugen')).toEqual([]);
    expect(t.senses('zeugen')).toEqual([['machen']]);
    expect(t.synonyms('Zeuge')).toEqual(['Beobachter']);
    expect(t.related('Zeugen', 'machen')).toBe(false);
    // … while how a reader may take a written word counts both (`Streben` is also a verb).
    const u = decodeThesaurus(encode(['Streben;Projekt', 'streben;trachten']));
    expect(u.senses('Streben')).toEqual([['Projekt']]);
    expect(u.readings('Streben')).toBe(2);
    expect(u.synonyms('Streben')).toEqual([]);
  });

  it('refuses a file with an empty word', () => {
    expect(() => decodeThesaurus(encode(['a;;b']))).toThrow();
    expect(() => decodeThesaurus(encode(['a;~']))).toThrow();
  });
});
