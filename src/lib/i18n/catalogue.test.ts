import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';
import { formatMessage, placeholdersOf } from './format';

describe('UI catalogues', () => {
  it('give every German key an English text with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
    for (const [key, german] of Object.entries(de)) {
      const english = en[key as keyof typeof de];
      expect(english.trim(), key).not.toBe('');
      expect(placeholdersOf(english), key).toEqual(placeholdersOf(german));
    }
  });
});

describe('formatMessage', () => {
  it('fills placeholders and keeps unknown ones visible', () => {
    expect(formatMessage('{count} Wörter', { count: 12 })).toBe('12 Wörter');
    expect(formatMessage('{a} und {b}', { a: 'x' })).toBe('x und {b}');
  });

  it('does not treat inherited object properties as parameters', () => {
    expect(formatMessage('{toString}', {})).toBe('{toString}');
  });
});
