import { findSpeaker } from '../nlp/layout';
import { normaliseText } from './normalise';

export { textOfSentences } from './paragraphs';
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

/**
 * Where a set's paragraphs begin: for each paragraph of `text` (as `readingParagraphs` cuts
 * it), the index into `sentences` of its first sentence. `sentences` are the generator's, in
 * order; a sentence the reader would not show, or one out of order, gives `undefined` (the set
 * is then shown a sentence per paragraph, as before paragraphs were kept).
 *
 * @example paragraphStarts('A. B.\nC.', 'de', ['A.', 'B.', 'C.']) // [0, 2]
 */
export function paragraphStarts(
  text: string,
  language: 'de' | 'en',
  sentences: readonly string[]
): number[] | undefined {
  const shown = readingParagraphs(text, language).flatMap((paragraph, index) =>
    paragraph.map((sentence) => ({ sentence, paragraph: index }))
  );
  const starts: number[] = [];
  let next = 0;
  let previous = -1;
  for (const [index, sentence] of sentences.entries()) {
    while (next < shown.length && shown[next]!.sentence !== sentence) next++;
    const found = shown[next];
    if (!found) return undefined;
    if (found.paragraph !== previous) starts.push(index);
    previous = found.paragraph;
    next++;
  }
  return starts;
}

/**
 * An interview's speaker label opening a paragraph (`STANDARD:`, `Poposki:`,
 * `Maria Vassilakou:`), found by the same rule the analysis uses (`findSpeaker`), split off so
 * the reader can show it as a speaker. `undefined` when the paragraph does not open with one.
 */
export function speakerLabel(sentence: string): { label: string; rest: string } | undefined {
  const match = /^(\S+(?: \S+)?)\s*:\s+(\S+)/u.exec(sentence);
  if (!match) return undefined;
  const words = [...match[1]!.split(' '), ':', match[2]!, '…', '…'].map((form) => ({
    form,
    start: 0,
    end: 0,
    spaceAfter: true
  }));
  const found = findSpeaker(words);
  if (!found || found.label !== match[1]) return undefined;
  return { label: found.label, rest: sentence.slice(sentence.indexOf(':') + 1).trimStart() };
}

/** A paragraph as the reader shows it (see `readingView`). */
export interface ReadingParagraph {
  /** An interview's speaker label ("STANDARD"), shown apart before the paragraph. */
  speaker?: string;
  /**
   * `text`: the sentence as the generator cut it (a question's evidence is matched on it);
   * `shown`: as displayed, without the speaker label, with soft hyphens where `hyphenate` put
   * them.
   */
  sentences: { text: string; shown: string }[];
}

/**
 * The reader's view of an article: `readingParagraphs` with each paragraph's speaker label
 * split off (`speakerLabel`; never on the first paragraph, the lead) and the shown text passed
 * through `hyphenate` (soft hyphens into long words). Bundled articles get theirs at build
 * time, so the reader does none of this work while it starts.
 */
export function readingView(
  text: string,
  language: 'de' | 'en',
  hyphenate: (text: string) => string = (text) => text
): ReadingParagraph[] {
  return readingParagraphs(text, language).map((sentences, index) => {
    const speaker = index > 0 && sentences[0] ? speakerLabel(sentences[0]) : undefined;
    return {
      ...(speaker && { speaker: speaker.label }),
      sentences: sentences.map((sentence, position) => ({
        text: sentence,
        shown: hyphenate(position === 0 && speaker ? speaker.rest : sentence)
      }))
    };
  });
}
