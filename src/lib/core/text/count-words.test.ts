import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from './count-words';

describe('countWords', () => {
  it('counts German words with umlauts, hyphens and numbers', () => {
    expect(countWords('Kanada ordnet die Schließung an.')).toBe(5);
    expect(countWords('Die Social-Media-Plattform X, im Dezember 2018.')).toBe(6);
    expect(countWords('Die Social -Media -Plattform')).toBe(4);
  });

  it('finds nothing in blank or punctuation-only text', () => {
    expect(countWords('')).toBe(0);
    expect(countWords(' \n\t – „“ … ')).toBe(0);
  });
});

describe('readingMinutes', () => {
  it('never says zero minutes and rounds to whole minutes', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(450)).toBe(3);
  });
});
