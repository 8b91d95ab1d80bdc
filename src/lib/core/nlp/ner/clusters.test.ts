import { describe, expect, it } from 'vitest';
import { clusterKey, WordClusters } from './clusters';

const data = {
  sizes: [2, 4],
  parents: [[0, 0, 1, 1]],
  words: new Map([
    ['Kiel', 1],
    ['Gedern', 1],
    ['Müller', 3],
    ['sagte', 2]
  ])
};

describe('word clusters', () => {
  it('gives every listed word its clusters from coarse to fine after a round trip', () => {
    const clusters = WordClusters.decode(WordClusters.encode(data));
    expect(clusters.levels).toBe(2);
    expect(clusters.size).toBe(4);
    expect([...(clusters.of('Kiel') ?? [])]).toEqual([0, 1]);
    expect([...(clusters.of('Gedern') ?? [])]).toEqual([0, 1]);
    expect([...(clusters.of('Müller') ?? [])]).toEqual([1, 3]);
    expect([...(clusters.of('sagte') ?? [])]).toEqual([1, 2]);
  });

  it('knows no cluster for a word outside the list (case matters)', () => {
    const clusters = WordClusters.decode(WordClusters.encode(data));
    expect(clusters.of('Hamburg')).toBeUndefined();
    expect(clusters.of('kiel')).toBeUndefined();
  });

  it('encodes the same data to the same bytes whatever the order of the words', () => {
    const reversed = { ...data, words: new Map([...data.words].reverse()) };
    expect(WordClusters.encode(reversed)).toEqual(WordClusters.encode(data));
  });

  it('keys a word by 24 bits of its hash', () => {
    expect(clusterKey('Kiel')).toBeLessThan(2 ** 24);
    expect(clusterKey('Kiel')).toBe(clusterKey('Kiel'));
  });

  it('refuses inconsistent levels and damaged bytes with a message', () => {
    expect(() => WordClusters.encode({ ...data, parents: [] })).toThrow(/parent table/);
    expect(() => WordClusters.encode({ ...data, parents: [[0, 1]] })).toThrow(/parent table/);
    const bytes = WordClusters.encode(data);
    expect(() => WordClusters.decode(bytes.slice(0, bytes.length - 2))).toThrow(/truncated/);
    expect(() => WordClusters.decode(new Uint8Array([0]))).toThrow(/levels/);
  });
});
