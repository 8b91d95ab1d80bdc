import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../../../../scripts/corpus-dir';
import { generateQuestionSet } from '../quizgen';
import {
  paragraphStarts,
  readingParagraphs,
  readingView,
  speakerLabel,
  textOfSentences
} from './reading';
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

  it('finds every sentence of a generated set, so any evidence can be highlighted', () => {
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
      // In order, too: an own article keeps its paragraphs (see `paragraphStarts`).
      expect(paragraphStarts(text, set.language, set.sentences), file).toBeDefined();
    }
    // Generating every corpus article is slow on a shared machine; correctness is checked here.
  }, 180_000);
});

describe('paragraphs of an own article', () => {
  it('finds where each paragraph begins among the generator’s sentences, and rebuilds the text', () => {
    const text = 'Erster Satz. Zweiter Satz.\n\nDritter Satz.\nVierter Satz. Fünfter.';
    const sentences = readingParagraphs(text, 'de').flat();
    const starts = paragraphStarts(text, 'de', sentences);
    expect(starts).toEqual([0, 2, 3]);
    const rebuilt = textOfSentences(sentences, starts);
    expect(readingParagraphs(rebuilt, 'de')).toEqual(readingParagraphs(text, 'de'));
    // Sets stored before paragraphs were kept: a sentence per paragraph, as before.
    expect(textOfSentences(sentences, undefined).split('\n')).toHaveLength(5);
    // A sentence the reader would not show: no paragraphs rather than wrong ones.
    expect(paragraphStarts(text, 'de', ['Erster Satz.', 'Ganz anders.'])).toBeUndefined();
  });

  it('keeps the paragraphs of real articles through the generator', () => {
    const file = join(CORPUS, '001.txt');
    const text = readFileSync(file, 'utf8');
    const set = generateQuestionSet(text, { models });
    const starts = paragraphStarts(text, set.language, set.sentences);
    expect(starts).toBeDefined();
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    expect(starts).toHaveLength(lines.length);
    expect(readingParagraphs(textOfSentences(set.sentences, starts), set.language)).toHaveLength(
      lines.length
    );
  });
});

describe('speakerLabel', () => {
  it('splits an interview’s speaker label off its answer, by the analysis’ rule', () => {
    expect(speakerLabel('STANDARD: Wie geht es weiter?')).toEqual({
      label: 'STANDARD',
      rest: 'Wie geht es weiter?'
    });
    expect(speakerLabel('Poposki: Wir verhandeln weiter.')).toEqual({
      label: 'Poposki',
      rest: 'Wir verhandeln weiter.'
    });
    expect(speakerLabel('Maria Vassilakou: „Das ist gut.“')?.label).toBe('Maria Vassilakou');
    // A colon that introduces a list or a quotation is not a speaker.
    expect(speakerLabel('Er sagte: Das ist gut.')).toBeUndefined();
    expect(speakerLabel('Fazit: die Lage ist ernst.')).toBeUndefined();
    expect(speakerLabel('Kanada verbietet Hikvision.')).toBeUndefined();
  });
});

describe('readingView', () => {
  it('splits off speakers after the lead, keeps the cut sentences and hyphenates what is shown', () => {
    const text =
      'STANDARD: Ein Vorspann. Zweiter Satz.\nSTANDARD: Wie geht es weiter?\nPoposki: Gut.';
    const view = readingView(text, 'de', (shown) => shown.replace(' weiter', ' wei\u00ADter'));
    expect(view).toEqual([
      {
        sentences: [
          { text: 'STANDARD: Ein Vorspann.', shown: 'STANDARD: Ein Vorspann.' },
          { text: 'Zweiter Satz.', shown: 'Zweiter Satz.' }
        ]
      },
      {
        speaker: 'STANDARD',
        sentences: [{ text: 'STANDARD: Wie geht es weiter?', shown: 'Wie geht es wei\u00ADter?' }]
      },
      { speaker: 'Poposki', sentences: [{ text: 'Poposki: Gut.', shown: 'Gut.' }] }
    ]);
    expect(view.flatMap((paragraph) => paragraph.sentences.map((s) => s.text))).toEqual(
      readingParagraphs(text, 'de').flat()
    );
  });
});
