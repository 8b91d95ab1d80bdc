import { describe, expect, it } from 'vitest';
import { featureHash } from '../perceptron';
import { Gazetteer } from '../gazetteer/gazetteer';
import { WordClusters } from './clusters';
import { dynamicFeatures, FEATURE_BUCKETS, hashParts, staticFeatures, wordShape } from './features';

describe('entity features', () => {
  it('hashes parts exactly as featureHash hashes the joined string (models stay readable)', () => {
    expect(hashParts(featureHash('sh-1='), 'Xx', '|', 'x')).toBe(featureHash('sh-1=Xx|x'));
    expect(hashParts(featureHash('w='), 'Müller')).toBe(featureHash('w=Müller'));
    expect(hashParts(featureHash('l='))).toBe(featureHash('l='));
  });

  it('gives word shapes with runs collapsed and German letters as letters', () => {
    expect(wordShape('Angela')).toBe('Xx');
    expect(wordShape('EU-Kommission')).toBe('X-Xx');
    expect(wordShape('1990er')).toBe('dx');
    expect(wordShape('Straße')).toBe('Xx');
    expect(wordShape('ÖVP')).toBe('X');
  });

  it('gives one feature list per word and marks gazetteer entries', () => {
    const gazetteer = new Gazetteer({ language: 'de', lists: { city: ['Wien'] } });
    const withCity = staticFeatures(['in', 'Wien'], gazetteer);
    const without = staticFeatures(['in', 'Wien'], new Gazetteer({ language: 'de', lists: {} }));
    expect(withCity).toHaveLength(2);
    expect(withCity[1]).toContain(featureHash('g=city:U') & (FEATURE_BUCKETS - 1));
    expect(without[1]).not.toContain(featureHash('g=city:U') & (FEATURE_BUCKETS - 1));
    expect(dynamicFeatures(['in', 'Wien'], 1, 'O', '<s>')).toContain(
      featureHash('t-1=O') & (FEATURE_BUCKETS - 1)
    );
  });

  it("reads the tagger's UPOS and lemma only when the words are tagged", () => {
    const gazetteer = new Gazetteer({ language: 'de', lists: {} });
    const forms = ['Verliert', 'Deutschlands', 'Kanzler'];
    const tags = [
      { upos: 'VERB', lemma: 'verlieren' },
      { upos: 'PROPN', lemma: 'Deutschland' },
      { upos: 'NOUN', lemma: 'Kanzler' }
    ] as const;
    const tagged = staticFeatures(forms, gazetteer, tags);
    const plain = staticFeatures(forms, gazetteer);
    const bucket = (s: string): number => featureHash(s) & (FEATURE_BUCKETS - 1);
    expect(tagged[0]).toContain(bucket('u=VERB'));
    expect(tagged[0]).toContain(bucket('u+1=PROPN'));
    expect(tagged[1]).toContain(bucket('lm=deutschland'));
    // A lemma equal to the form adds nothing.
    expect(tagged[2]).not.toContain(bucket('lm=kanzler'));
    expect(plain[0]).not.toContain(bucket('u=VERB'));
    expect(plain[0]).toEqual(tagged[0]?.slice(0, plain[0]?.length));
  });

  it('reads word clusters of the word and its neighbours only when the model has them', () => {
    const gazetteer = new Gazetteer({ language: 'de', lists: {} });
    const clusters = WordClusters.decode(
      WordClusters.encode({
        sizes: [2, 4],
        parents: [[0, 0, 1, 1]],
        words: new Map([
          ['in', 2],
          ['Gedern', 1]
        ])
      })
    );
    const forms = ['in', 'Gedern', 'geboren'];
    const bucket = (s: string): number => featureHash(s) & (FEATURE_BUCKETS - 1);
    const withClusters = staticFeatures(forms, gazetteer, undefined, { clusters });
    const plain = staticFeatures(forms, gazetteer);
    // Level 0 (coarse) and level 1 (fine) of `Gedern`, and of `in` before it.
    expect(withClusters[1]).toContain(bucket('c=0:0'));
    expect(withClusters[1]).toContain(bucket('c=1:1'));
    expect(withClusters[1]).toContain(bucket('c-1=1:2'));
    // A word without a cluster says so; the sentence's edge is its own value.
    expect(withClusters[2]).toContain(bucket('c=1:-'));
    expect(withClusters[2]).toContain(bucket('c+1=0:<s>'));
    expect(plain[1]).not.toContain(bucket('c=1:1'));
    expect(plain[1]).toEqual(withClusters[1]?.slice(0, plain[1]?.length));
  });
});
