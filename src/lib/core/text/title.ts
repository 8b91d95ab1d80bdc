import { splitSentences } from './sentences';

/** A title longer than this many words is a lead paragraph, not a headline. */
const HEADLINE_MAX_WORDS = 20;
/** A first sentence this short reads as a title on its own. */
const SENTENCE_TITLE_MAX_WORDS = 14;

const wordsOf = (text: string) => text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word));
const withoutFinalStop = (text: string) => text.replace(/\s*[.:;,]$/u, '').trim();

/**
 * A title for a pasted article when the learner gave none: the first line when it stands alone
 * and is short enough to be a headline (a final full stop is dropped, a question mark kept),
 * else a short first sentence whole, else the opening of the first sentence up to its first
 * comma, colon or dash when that is a phrase of its own. Never a sentence cut off with "…":
 * `undefined` when there is no such title (the generator then names the text).
 *
 * @example suggestTitle('Brücke eröffnet\n\nGraz – Die Stadt hat …') === 'Brücke eröffnet'
 */
export function suggestTitle(text: string): string | undefined {
  const lines = text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const first = lines[0];
  if (!first) return undefined;
  const firstWords = wordsOf(first).length;
  if (lines.length > 1 && firstWords > 0 && firstWords <= HEADLINE_MAX_WORDS) {
    return withoutFinalStop(first).slice(0, 300);
  }
  const sentence = splitSentences(first)[0] ?? first;
  if (wordsOf(sentence).length <= SENTENCE_TITLE_MAX_WORDS && wordsOf(sentence).length > 0) {
    return withoutFinalStop(sentence);
  }
  const opening = /^(.+?)(?:,|:|\s[–—-]\s)/u.exec(sentence)?.[1]?.trim();
  const openingWords = opening ? wordsOf(opening).length : 0;
  return opening && openingWords >= 3 && openingWords <= SENTENCE_TITLE_MAX_WORDS
    ? opening
    : undefined;
}

/**
 * What two texts share when they are the same article: their letters and digits, lower case.
 * Spacing, line breaks, quotes and dashes differ between a paste and the stored set.
 */
export function articleFingerprint(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
