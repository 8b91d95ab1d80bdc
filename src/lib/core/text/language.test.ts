import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';

describe('detectLanguage', () => {
  it('tells German from English by function words', () => {
    expect(
      detectLanguage('Die Regierung hat am Montag angekündigt, dass sie das Gesetz ändert.')
    ).toBe('de');
    expect(detectLanguage('The government said on Monday that it would change the law.')).toBe(
      'en'
    );
  });

  it('falls back to German for empty or undecidable text', () => {
    expect(detectLanguage('')).toBe('de');
    expect(detectLanguage('12345 !!!')).toBe('de');
  });
});
