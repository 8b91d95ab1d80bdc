import { describe, expect, it } from 'vitest';
import { BloomFilter } from './bloom';
import { decodeGazetteer, Gazetteer } from './gazetteer';

const gazetteer = new Gazetteer({
  language: 'de',
  lists: {
    country: ['Deutschland', 'Vereinigte Staaten', 'Griechenland'],
    city: ['Frankfurt am Main', 'Frankfurt', 'Paris'],
    'first-name': ['Paris', 'Angela']
  }
});

describe('Gazetteer', () => {
  it('marks one-word entries of every list that holds them', () => {
    expect(gazetteer.mark(['Paris', 'ruft'])).toEqual([['city:U', 'first-name:U'], []]);
  });

  it('marks the longest several-word entry and also the one-word entry inside it', () => {
    expect(gazetteer.mark(['in', 'Frankfurt', 'am', 'Main'])).toEqual([
      [],
      ['city:U', 'city:B'],
      ['city:I'],
      ['city:I']
    ]);
  });

  it("finds genitives of names (Deutschlands, Griechenlandes, Paris')", () => {
    expect(gazetteer.listsOf('Deutschlands')).toEqual(['country']);
    expect(gazetteer.listsOf('Griechenlandes')).toEqual(['country']);
    expect(gazetteer.listsOf("Paris'")).toEqual(['city', 'first-name']);
    expect(gazetteer.mark(['der', 'Vereinigte', 'Staatens'])[2]).toEqual(['country:I']);
    // Only the last word of a phrase may be inflected.
    expect(gazetteer.mark(['der', 'Vereinigten', 'Staaten'])[1]).toEqual([]);
  });

  it('does not take a short word for a genitive of a shorter entry', () => {
    expect(new Gazetteer({ language: 'de', lists: { city: ['Ulm'] } }).listsOf('Ulms')).toEqual([
      'city'
    ]);
    expect(new Gazetteer({ language: 'de', lists: { city: ['Ul'] } }).listsOf('Uls')).toEqual([]);
  });

  it('reads lists kept as Bloom filters like plain lists, genitives included', () => {
    const withFilter = new Gazetteer({
      language: 'de',
      lists: { city: ['Paris'] },
      filters: { 'first-name': BloomFilter.build(['Paris', 'Angela']).encode() }
    });
    expect(withFilter.listsOf('Angela')).toEqual(['first-name']);
    expect(withFilter.listsOf('Angelas')).toEqual(['first-name']);
    expect(withFilter.listsOf('Paris')).toEqual(['city', 'first-name']);
    expect(withFilter.has('first-name', 'Paris')).toBe(true);
    expect(withFilter.listNames).toEqual(['city', 'first-name']);
  });

  it('refuses malformed data with a message', () => {
    expect(() => decodeGazetteer({ language: 'de', lists: { city: [1] } })).toThrow(
      /gazetteer is malformed/
    );
    expect(() => decodeGazetteer('nonsense')).toThrow(/gazetteer is malformed/);
  });
});
