/** Splits a sentence into words, numbers and punctuation, keeping character offsets. */

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  text: string;
  kind: TokenKind;
  /** Offset of the first character in the sentence. */
  start: number;
  /** Offset after the last character. */
  end: number;
}

// Numbers first (`1.000`, `3,5`, `2018`), then words with inner hyphens, apostrophes and dots of
// abbreviations (`US-Haftbefehls`, `don't`, `z.B.`), then any other non-space character.
const TOKEN =
  /(\d+(?:[.,]\d+)*(?:-\p{L}+)*)|([\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*)|(\S)/gu;

/**
 * @example tokenise('Joly sagte, 3,5 Prozent.').map((t) => t.text)
 *   // ['Joly', 'sagte', ',', '3,5', 'Prozent', '.']
 */
export function tokenise(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const m of sentence.matchAll(TOKEN)) {
    const text = m[0];
    const start = m.index;
    const kind: TokenKind = m[1] ? 'number' : m[2] ? 'word' : 'punct';
    tokens.push({ text, kind, start, end: start + text.length });
  }
  return tokens;
}
