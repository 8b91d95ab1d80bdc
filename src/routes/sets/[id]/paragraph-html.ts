import type { ReadingParagraph } from '$lib/core/text/reading';

/** Text as HTML text content: the three characters that could start markup or an entity. */
function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * A paragraph's sentences as one piece of markup, the sentences that prove the current question
 * (`evidence`, matched on the generator's sentence) in a `mark`. The reader renders a paragraph
 * as one `{@html}` instead of a block per sentence: a long article then hydrates as a few dozen
 * paragraphs, not hundreds of sentence blocks, which was most of the reader's blocking time.
 *
 * @example paragraphHtml({ sentences: [{ text: 'A<B.', shown: 'A<B.' }] }, new Set(['A<B.']))
 * // '<mark class="evidence">A&lt;B.</mark>'
 */
export function paragraphHtml(paragraph: ReadingParagraph, evidence: ReadonlySet<string>): string {
  return paragraph.sentences
    .map(({ text, shown }) =>
      evidence.has(text) ? `<mark class="evidence">${escapeText(shown)}</mark>` : escapeText(shown)
    )
    .join(' ');
}
