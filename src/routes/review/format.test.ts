import { describe, expect, it } from 'vitest';
import { intervalLabel, relativeDue } from './format';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe('intervals in words', () => {
  it('labels rating buttons briefly, with decimals where the unit is coarse', () => {
    expect(intervalLabel({ amount: 10, unit: 'minute' }, 'de')).toBe('10 Min.');
    expect(intervalLabel({ amount: 1.5, unit: 'month' }, 'de')).toMatch(/^1,5 /);
    expect(intervalLabel({ amount: 4, unit: 'day' }, 'en')).toMatch(/^4 day/);
  });

  it('says when a card is due relative to now, with the right plural', () => {
    expect(relativeDue(DAY, 0, 'de')).toBe('morgen');
    expect(relativeDue(3 * DAY, 0, 'de')).toBe('in 3 Tagen');
    expect(relativeDue(10 * MINUTE, 0, 'en')).toBe('in 10 minutes');
  });
});
