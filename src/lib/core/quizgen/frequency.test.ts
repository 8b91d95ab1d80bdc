import { describe, expect, it } from 'vitest';
import { frequencyRanks, isTransparentCompound } from './frequency';
import { LANGUAGE_PACKS } from './languages';

describe('frequency lists', () => {
  it('ranks the first lemma of a list first and ignores repeats', () => {
    const ranks = frequencyRanks('\nsein werden\nsein jahr\n');
    expect([...ranks]).toEqual([
      ['sein', 1],
      ['werden', 2],
      ['jahr', 3]
    ]);
  });

  it('knows the words a blind rating called everyday and not the rare ones (German)', () => {
    const de = LANGUAGE_PACKS.de;
    for (const w of ['Polizist', 'Konzern', 'Reform', 'Kandidat', 'Version', 'nennen', 'helfen'])
      expect(de.isFamiliar(w), w).toBe(true);
    for (const w of ['Galaxie', 'Gezerre', 'Valorisierung'])
      expect(de.isFamiliar(w), w).toBe(false);
    expect(de.frequencyRank('sein')).toBe(1);
    expect(de.frequencyRank('Polizist')).toBeGreaterThan(de.frequencyRank('Jahr') ?? Infinity);
  });

  it('knows everyday English words from the treebanks', () => {
    const en = LANGUAGE_PACKS.en;
    for (const w of ['company', 'government', 'say', 'market'])
      expect(en.isFamiliar(w), w).toBe(true);
    expect(en.isFamiliar('phlogiston')).toBe(false);
  });

  it('reads a compound of two familiar words as transparent, with or without a linking s', () => {
    const familiar = (w: string) =>
      ['führung', 'ebene', 'wärme', 'quelle', 'arbeit', 'markt'].includes(w);
    expect(isTransparentCompound('Führungsebene', familiar)).toBe(true);
    expect(isTransparentCompound('Wärmequelle', familiar)).toBe(true);
    expect(isTransparentCompound('Arbeitsmarkt', familiar)).toBe(true);
    expect(isTransparentCompound('Valorisierung', familiar)).toBe(false);
    expect(isTransparentCompound('Ebene', familiar)).toBe(false);
  });
});
