import { describe, expect, it } from 'vitest';
import { BloomFilter } from './bloom';

const names = Array.from({ length: 2000 }, (_, i) => `Name${i}`);

describe('BloomFilter', () => {
  it('never misses a word it holds, also after encode/decode', () => {
    const filter = BloomFilter.decode(BloomFilter.build(names).encode());
    for (const name of names) expect(filter.has(name)).toBe(true);
  });

  it('says yes to few words it does not hold (about 1 % at 10 bits a word)', () => {
    const filter = BloomFilter.build(names);
    const strangers = Array.from({ length: 5000 }, (_, i) => `Other${i}`);
    const falseYes = strangers.filter((w) => filter.has(w)).length;
    expect(falseYes / strangers.length).toBeLessThan(0.03);
  });

  it('encodes byte-identically for the same words', () => {
    expect(BloomFilter.build(names).encode()).toEqual(BloomFilter.build(names).encode());
  });

  it('refuses bits of the wrong length', () => {
    const data = BloomFilter.build(names).encode();
    expect(() => BloomFilter.decode({ ...data, size: data.size * 2 })).toThrow(/wrong length/);
  });
});
