/**
 * The committed model files: each is the file `npm run train` recorded (SHA256SUMS), each loads,
 * and the loaded models analyse a sentence of each language.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checksumLines, CHECKSUMS } from '../../../../scripts/nlp/checksums';
import { readModelFiles } from '../../../../scripts/nlp-models';
import { analyse } from './analyse';
import { decodeLanguageModels, MODEL_FILES } from './models';

describe('committed model files', () => {
  it('match the hashes recorded when they were trained', () => {
    const recorded = readFileSync(CHECKSUMS, 'utf8').trim().split('\n');
    expect(checksumLines()).toEqual(recorded);
    expect(recorded.length).toBe(MODEL_FILES.de.length + MODEL_FILES.en.length);
  });

  it('load and analyse German', () => {
    const de = decodeLanguageModels('de', readModelFiles('de'));
    const a = analyse('Die Regierung in Wien hat am Montag neue Gesetze beschlossen.', 'de', de);
    const words = a.sentences[0]?.words ?? [];
    expect(words.find((w) => w.form === 'Regierung')?.upos).toBe('NOUN');
    expect(words.find((w) => w.form === 'beschlossen')?.upos).toBe('VERB');
    expect(words.filter((w) => w.head === 0)).toHaveLength(1);
  });

  it('load and analyse English', () => {
    const en = decodeLanguageModels('en', readModelFiles('en'));
    const a = analyse('The government in London passed new laws on Monday.', 'en', en);
    const words = a.sentences[0]?.words ?? [];
    expect(words.find((w) => w.form === 'government')?.upos).toBe('NOUN');
    expect(words.find((w) => w.form === 'passed')?.upos).toBe('VERB');
    expect(words.filter((w) => w.head === 0)).toHaveLength(1);
  });

  it('refuse a damaged file with a message naming it', () => {
    const files = readModelFiles('de');
    const damaged = { ...files, parser: (files.parser as Uint8Array).slice(0, 100) };
    expect(() => decodeLanguageModels('de', damaged)).toThrow(/models\/de\/parser\.bin/u);
  });
});
