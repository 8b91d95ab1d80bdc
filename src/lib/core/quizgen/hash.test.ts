import { describe, expect, it } from 'vitest';
import { hashText, hashUnit } from './hash';
import { perturb } from './kinds/shared';

describe('hashUnit', () => {
  it('spreads over the whole of [0, 1), not a corner of it (wrong figures were always halved)', () => {
    const values = Array.from({ length: 400 }, (_, i) => hashUnit(`text ${i}`));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(Math.max(...values)).toBeGreaterThan(0.9);
    const low = values.filter((v) => v < 0.5).length / values.length;
    expect(low).toBeGreaterThan(0.4);
    expect(low).toBeLessThan(0.6);
  });

  it('is stable for the same text', () => {
    expect(hashUnit('Kanada')).toBe(hashUnit('Kanada'));
    expect(hashText('Kanada')).toHaveLength(12);
  });

  it('lets a wrong figure be smaller or larger than the right one, by seed', () => {
    const first = Array.from(
      { length: 40 },
      (_, i) => perturb('120 Menschen', 'de', `s${i}`, 1)[0]
    );
    const values = first.map((t) => Number((t ?? '').split(' ')[0]));
    expect(values.some((v) => v < 120)).toBe(true);
    expect(values.some((v) => v > 120)).toBe(true);
  });
});
