import { normaliseText } from './normalise';
import { splitSentences } from './sentences';

/**
 * An article as the reader shows it: paragraphs (non-blank lines) of sentences, cut exactly
 * as the generator cuts them, so a question's evidence sentence can be found and highlighted.
 * (Splitting per paragraph gives the generator's sentences: checked on the whole corpus.)
 */
export function readingParagraphs(text: string, language: 'de' | 'en'): string[][] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => splitSentences(normaliseText(line, language), language))
    .filter((sentences) => sentences.length > 0);
}
