/**
 * Counts words the way a reader would: runs of letters or digits, with inner hyphens and
 * apostrophes (`Social-Media-Plattform`, `don't`) kept as one word.
 *
 * @example countWords('Kanada ordnet die Schließung an.') === 5
 */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Reading time in whole minutes for a language learner (slower than a native reader). */
export function readingMinutes(wordCount: number, wordsPerMinute = 150): number {
  return Math.max(1, Math.round(wordCount / wordsPerMinute));
}
