import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../../../../scripts/corpus-dir';
import { generateQuestionSet } from '../quizgen';
import { readingParagraphs } from './reading';
import { allModels } from '../../../../scripts/nlp-models';

const models = allModels();

const CORPUS = join(CORPUS_DIR, 'news-de');

describe('readingParagraphs', () => {
  it('keeps paragraphs and cuts sentences', () => {
    expect(readingParagraphs('Erster Satz. Zweiter Satz.\n\n  \nDritter Satz.', 'de')).toEqual([
      ['Erster Satz.', 'Zweiter Satz.'],
      ['Dritter Satz.']
    ]);
  });

  it(
    'finds every sentence of a generated set, so any evidence can be highlighted',
    { timeout: 120_000 },
    () => {
      const files = [
        join(__dirname, '../../../../questions/hikvision-kanada.de.txt'),
        ...readdirSync(CORPUS)
          .filter((name) => name.endsWith('.txt'))
          .map((name) => join(CORPUS, name))
      ];
      expect(files.length).toBeGreaterThan(10);
      for (const file of files) {
        const text = readFileSync(file, 'utf8');
        const set = generateQuestionSet(text, { models });
        const shown = new Set(readingParagraphs(text, set.language).flat());
        const missing = set.sentences.filter((sentence) => !shown.has(sentence));
        expect(missing, file).toEqual([]);
      }
    }
  );
});
