import { describe, expect, it } from 'vitest';
import { featureHash } from '../perceptron';
import { Gazetteer } from '../gazetteer/gazetteer';
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
});
