/**
 * The English glossary: the shipped file's dominant senses and kinds of meaning, and a damaged
 * file refused with a message.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeGlossary } from './glossary';

const shipped = decodeGlossary(
  new Uint8Array(
    readFileSync(new URL('../../../../../static/models/en/glossary.bin', import.meta.url))
  )
);

describe('English glossary', () => {
  it('gives the dominant sense of a word with its definition, synonyms and kind', () => {
    const experiment = shipped.sense('experiment', 'NOUN');
    expect(experiment?.definition).toMatch(/controlled test or investigation/u);
    expect(experiment?.synonyms).toContain('experimentation');
    expect(experiment?.kind).toBe('noun.act');
    expect(shipped.sense('Experiment', 'NOUN')).toEqual(experiment);
    expect(shipped.sense('experiment', 'VERB')?.kind).toBe('verb.social');
  });

  it('guesses no sense where none dominates (`championship`: a title, a contest, a status)', () => {
    expect(shipped.sense('championship', 'NOUN')).toBeUndefined();
    expect(shipped.kinds('championship', 'NOUN').length).toBeGreaterThan(1);
    expect(shipped.kinds('experience', 'NOUN')).toEqual(['noun.cognition', 'noun.event']);
  });

  it('knows nothing of a word it does not list', () => {
    expect(shipped.sense('telecentre', 'NOUN')).toBeUndefined();
    expect(shipped.kinds('telecentre', 'NOUN')).toEqual([]);
  });

  it('reads a well-formed file and refuses a damaged one', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    const small = decodeGlossary(bytes('verdict\tn\t10\tfinding\tthe findings of a jury\n'));
    expect(small.sense('verdict', 'NOUN')).toEqual({
      synonyms: ['finding'],
      definition: 'the findings of a jury',
      kind: 'noun.communication'
    });
    expect(() => decodeGlossary(bytes(''))).toThrow(/no glossary entries/u);
    expect(() => decodeGlossary(bytes('verdict\tn\t99\t\tx\n'))).toThrow(/line 1/u);
    expect(() => decodeGlossary(bytes('verdict\tx\t10\t\tx\n'))).toThrow(/line 1/u);
    expect(() => decodeGlossary(bytes('verdict\tn\t10\tfinding\t\n'))).toThrow(/line 1/u);
    expect(() => decodeGlossary(new Uint8Array([0xff, 0xfe]))).toThrow();
  });
});
