import { describe, expect, it } from 'vitest';
import {
  isCommonNoun,
  isMalformedCompound,
  nounLemma,
  splitCompound,
  vocabularyForm
} from './index';

describe('noun lexicon', () => {
  it('finds lemmas of inflected nouns', () => {
    expect(nounLemma('Kameras')).toBe('Kamera');
    expect(nounLemma('Landes')).toBe('Land');
    expect(nounLemma('Hikvision')).toBeUndefined();
  });

  it('splits compounds only into known parts', () => {
    expect(splitCompound('Überwachungskameras')?.lemma).toBe('Überwachungskamera');
    expect(splitCompound('Handelsministerium')?.head).toBe('Ministerium');
    expect(splitCompound('Hikvision')).toBeUndefined();
  });

  it('tells common nouns from names', () => {
    expect(isCommonNoun('Regierung')).toBe(true);
    expect(isCommonNoun('Social-Media-Plattform')).toBe(true);
    expect(isCommonNoun('Telekommunikationsleiters')).toBe(true);
    expect(isCommonNoun('Joly')).toBe(false);
    expect(isCommonNoun('Ottawa')).toBe(false);
  });

  it('spots compounds that lack the linking -s (a machine-translation slip)', () => {
    expect(isMalformedCompound('Überwachungsausrüstungunternehmen')).toBe(true);
    expect(isMalformedCompound('Überwachungsausrüstungsunternehmen')).toBe(false);
    expect(isMalformedCompound('Telekommunikationsleiter')).toBe(false);
  });

  it('writes dictionary forms for vocabulary cards', () => {
    expect(vocabularyForm('Überwachungskameras')?.label).toBe('die Überwachungskamera, -s');
    expect(vocabularyForm('Häuser')?.label).toBe('das Haus, die Häuser');
    expect(vocabularyForm('Lehrer')?.label).toBe('der Lehrer, -');
  });
});
