import { describe, expect, it } from 'vitest';
import { formatInteger } from './format';

describe('formatInteger', () => {
  const samples = [0, 7, 42, 999, 1000, 1234, 9999, 10000, 12345, 999999, 1000000, 123456789];
  const cases = [
    ...samples,
    ...samples.filter((value) => value > 0).map((value) => -value),
    Number.MAX_SAFE_INTEGER
  ];

  it.each(['de', 'en'] as const)(
    'writes whole numbers as Intl.NumberFormat does (%s)',
    (locale) => {
      const intl = new Intl.NumberFormat(locale);
      for (const value of cases)
        expect(formatInteger(value, locale), String(value)).toBe(intl.format(value));
    }
  );

  it('leaves fractions and unsafe integers to Intl', () => {
    expect(formatInteger(1234.5, 'de')).toBe('1.234,5');
    expect(formatInteger(1234.5, 'en')).toBe('1,234.5');
    expect(formatInteger(2 ** 60, 'en')).toBe(new Intl.NumberFormat('en').format(2 ** 60));
  });
});
