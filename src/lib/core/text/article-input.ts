/**
 * Checks an article before it reaches the generator, at every boundary where text comes in
 * (pasted, opened as a file, passed to the CLI). Each problem has a code the UI translates.
 */
import { decodeText, type TextEncoding } from './decode';

/** Larger input is refused: a news article is far smaller, and generation must stay responsive. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
/** Below this there are too few facts to ask about. */
export const MIN_ARTICLE_WORDS = 30;
/**
 * Above this a text is a book chapter, not an article: a long news feature has 2,000–3,000
 * words, and the generator on a phone takes seconds per thousand words.
 */
export const MAX_ARTICLE_WORDS = 5000;

export type ArticleProblem = 'empty' | 'too-large' | 'too-long' | 'binary' | 'too-short';

/** How a file's bytes were read (absent for text that was already a string). */
export interface ArticleDecoding {
  encoding: TextEncoding;
  /** Lines read in another encoding than the file's, or with bytes replaced: worth a look. */
  doubtfulLines: number[];
}

export type ArticleCheck =
  | { ok: true; text: string; decoding?: ArticleDecoding }
  | { ok: false; problem: Exclude<ArticleProblem, 'too-short'>; limit?: number }
  /** Readable text, just too short for good questions: callers may still show or use it. */
  | { ok: false; problem: 'too-short'; limit: number; text: string; decoding?: ArticleDecoding };

// Control characters other than tab, line feed, form feed and carriage return never occur in text.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;

/**
 * Decodes a file's bytes as text (see `decodeText`): UTF-8 with or without BOM, UTF-16 with a
 * BOM, else Windows-1252, which many German `.txt` files still use, line by line where a file
 * mixes them. Bytes that hold control characters (images, PDFs, Word files) are `binary`. The
 * result says which encoding was read and which lines are doubtful.
 *
 * @example decodeArticleBytes(Uint8Array.from([0, 1, 2])) // { ok: false, problem: 'binary' }
 */
export function decodeArticleBytes(bytes: Uint8Array): ArticleCheck {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return { ok: false, problem: 'too-large', limit: MAX_ARTICLE_BYTES };
  }
  const { text, encoding, doubtfulLines } = decodeText(bytes);
  if (CONTROL_CHARACTERS.test(text)) return { ok: false, problem: 'binary' };
  const check = checkArticleText(text);
  if (check.ok || check.problem === 'too-short')
    return { ...check, decoding: { encoding, doubtfulLines } };
  return check;
}

/**
 * Checks text that is already a string (pasted, or decoded from a file).
 *
 * @example checkArticleText('  ') // { ok: false, problem: 'empty' }
 */
export function checkArticleText(text: string): ArticleCheck {
  const withoutBom = text.replace(/^\uFEFF/, '');
  if (withoutBom.trim() === '') return { ok: false, problem: 'empty' };
  if (utf8Length(withoutBom) > MAX_ARTICLE_BYTES) {
    return { ok: false, problem: 'too-large', limit: MAX_ARTICLE_BYTES };
  }
  if (CONTROL_CHARACTERS.test(withoutBom)) return { ok: false, problem: 'binary' };
  const words = articleWordCount(withoutBom);
  if (words > MAX_ARTICLE_WORDS)
    return { ok: false, problem: 'too-long', limit: MAX_ARTICLE_WORDS };
  if (words < MIN_ARTICLE_WORDS)
    return { ok: false, problem: 'too-short', limit: MIN_ARTICLE_WORDS, text: withoutBom };
  return { ok: true, text: withoutBom };
}

/** Words as the limits count them: runs of letters and digits. */
export function articleWordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

function utf8Length(text: string): number {
  // Counting is cheaper than encoding a 2 MB string just to measure it.
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}
