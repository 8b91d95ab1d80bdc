// Imports nothing: the library's first page (through `articleFromOwnSet`) uses it, and must not
// load the sentence splitter.

/**
 * A stored set's text with its paragraphs: sentences joined within a paragraph, paragraphs on
 * lines of their own. Without `starts` (sets stored before paragraphs were kept), each sentence
 * is a paragraph.
 */
export function textOfSentences(
  sentences: readonly string[],
  starts: readonly number[] | undefined
): string {
  if (!starts || starts.length === 0) return sentences.join('\n');
  return starts
    .map((start, index) => sentences.slice(start, starts[index + 1] ?? sentences.length).join(' '))
    .join('\n');
}
