import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalNumber, editDistance, normalizeText, textVariants } from './normalize';

const lenient = { caseInsensitive: true, foldDiacritics: false, numberLocale: 'de' as const };

describe('canonicalNumber', () => {
  it.each([
    ['1.000', 'de', '1000'],
    ['1.000', 'en', '1'],
    ['1,000', 'de', '1'],
    ['1,000', 'en', '1000'],
    ['1.000.000', 'en', '1000000'],
    ['1,000,000', 'de', '1000000'],
    ['1 000', 'en', '1000'],
    ['1’000', 'de', '1000'],
    ['0,5', 'en', '0.5'],
    ['0.50', 'de', '0.5'],
    ['1.234,50', 'de', '1234.5'],
    ['1,234.50', 'de', '1234.5'],
    ['3.14', 'de', '3.14'],
    ['2,0', 'de', '2'],
    ['0007', 'de', '7'],
    ['0', 'de', '0']
  ] as const)('reads %j in %s text as %j', (written, locale, expected) => {
    expect(canonicalNumber(written, locale)).toBe(expected);
  });
});

describe('normalizeText', () => {
  it('trims noise, unifies typography and folds case', () => {
    expect(normalizeText(' „Die   Grünen“! ', lenient)).toBe('die grünen');
    expect(normalizeText('Baden–Württemberg’s', lenient)).toBe("baden-württemberg's");
    expect(normalizeText('(-5)', lenient)).toBe('-5');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        const once = normalizeText(text, lenient);
        expect(normalizeText(once, lenient)).toBe(once);
      })
    );
  });

  it('offers both umlaut spellings only when folding', () => {
    expect(textVariants('Müller', lenient)).toEqual(['müller']);
    expect(textVariants('Müller', { ...lenient, foldDiacritics: true })).toEqual([
      'muller',
      'mueller'
    ]);
  });
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', 'abc', 0],
    ['abc', 'ab', 1],
    ['abc', 'abcd', 1],
    ['abc', 'abd', 1],
    ['abc', 'acb', 1],
    ['kitten', 'sitting', 3],
    ['😀a', 'a', 1]
  ])('%j → %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  it('stops at the limit and stays symmetric', () => {
    expect(editDistance('aaaaaa', 'bbbbbb', 1)).toBe(2);
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max([...a].length, [...b].length));
      })
    );
  });
});
