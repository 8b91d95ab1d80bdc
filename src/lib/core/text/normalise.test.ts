import { describe, expect, it } from 'vitest';
import { normaliseText, repairDetachedHyphens, unifyQuotes } from './normalise';

describe('normaliseText', () => {
  it('removes BOM, soft hyphens and zero-width characters and composes to NFC', () => {
    expect(normaliseText('\uFEFFÜber\u00ADwachung\u200B a\u0308', 'de')).toBe('Überwachung ä');
  });

  it('unifies whitespace and line breaks but keeps paragraphs', () => {
    expect(normaliseText('a\t b\u00A0 c\r\n\r\n\r\nd ,e', 'de')).toBe(
      'a b c\n\nd, e'.replace(', e', ',e')
    );
  });

  it('repairs hyphens machine translation detached', () => {
    expect(repairDetachedHyphens('Social -Media -Plattform')).toBe('Social-Media-Plattform');
    expect(repairDetachedHyphens('eines US -Haftbefehls')).toBe('eines US-Haftbefehls');
    expect(repairDetachedHyphens('Hikvision -Produkte')).toBe('Hikvision-Produkte');
    // A dash between spaces and a hyphen before `und` stay.
    expect(repairDetachedHyphens('Wien - Graz')).toBe('Wien - Graz');
    expect(repairDetachedHyphens('Wirtschafts- und Handelskooperation')).toBe(
      'Wirtschafts- und Handelskooperation'
    );
  });

  it('unifies quotation marks to the language style', () => {
    expect(unifyQuotes('«Ja», sagte er. "Nein" und »vielleicht«', 'de')).toBe(
      '„Ja“, sagte er. „Nein“ und „vielleicht“'
    );
    expect(unifyQuotes('„Yes“, she said, "don\'t"', 'en')).toBe("“Yes”, she said, “don't”");
    expect(unifyQuotes("Peter's 'idea'", 'en')).toBe("Peter's ‘idea’");
  });
});
