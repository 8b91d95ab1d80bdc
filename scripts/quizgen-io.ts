/**
 * File side of the question generator for the CLI scripts and their tests: reading an article
 * safely and writing a question set as prettier-stable JSON.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { format, resolveConfig } from 'prettier';
import {
  decodeArticleBytes,
  MAX_ARTICLE_BYTES,
  type ArticleProblem
} from '../src/lib/core/text/article-input';

/** Largest article the CLI accepts, in bytes. */
export const MAX_INPUT_BYTES = MAX_ARTICLE_BYTES;

export class InputError extends Error {}

/**
 * Reads an article (UTF-8, UTF-16 with BOM or Windows-1252) or throws an InputError with a
 * one-line reason: unreadable, empty, binary (control characters) or longer than 2 MB.
 */
export function readArticle(file: string): string {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new InputError(`${file}: not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`
    );
  }
  if (size > MAX_INPUT_BYTES)
    throw new InputError(`${file}: too long (${size} bytes; at most ${MAX_INPUT_BYTES})`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new InputError(
      `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`
    );
  }
  return decodeArticle(bytes, file);
}

const PROBLEM_MESSAGES: Record<Exclude<ArticleProblem, 'too-short'>, string> = {
  empty: 'empty file',
  'too-large': `too long (at most ${MAX_INPUT_BYTES} bytes)`,
  binary: 'binary file (not text), expected a .txt article'
};

/**
 * Decodes and checks the bytes of an article with the same rules as the app's paste box and file
 * picker (`decodeArticleBytes`): UTF-8, UTF-16 with BOM or Windows-1252 text, not empty, not
 * binary, at most 2 MB. Lines that did not decode cleanly are named in a warning.
 * Text shorter than the app's minimum is accepted here, with a warning, since a CLI user may
 * generate from short samples on purpose.
 */
export function decodeArticle(
  bytes: Uint8Array,
  name = 'input',
  warn: (message: string) => void = (message) => console.warn(message)
): string {
  const result = decodeArticleBytes(bytes);
  if (result.ok || result.problem === 'too-short') {
    const doubtful = result.decoding?.doubtfulLines ?? [];
    if (doubtful.length > 0)
      warn(
        `${name}: ${doubtful.length === 1 ? 'line' : 'lines'} ${listLines(doubtful)} ` +
          `not valid ${result.decoding!.encoding} (read in another encoding or with bytes ` +
          `replaced by \ufffd); check ${doubtful.length === 1 ? 'it' : 'them'}`
      );
  }
  if (result.ok) return result.text;
  if (result.problem === 'too-short') {
    warn(`${name}: short text (under ${result.limit} words); expect few questions`);
    return result.text;
  }
  throw new InputError(`${name}: ${PROBLEM_MESSAGES[result.problem]}`);
}

/** `1, 4, 9` or `1, 4, 9 … (12 in all)`. */
function listLines(lines: number[]): string {
  const shown = lines.slice(0, 10).join(', ');
  return lines.length > 10 ? `${shown} … (${lines.length} in all)` : shown;
}

/** A set id from a file name: `hikvision-kanada.de.txt` → `hikvision-kanada-de`. */
export function idFromFile(file: string): string {
  const id = basename(file)
    .replace(/\.txt$/u, '')
    .replace(/[^A-Za-z0-9_-]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 64);
  return id || 'article';
}

/** JSON exactly as `prettier --write` leaves it, so committed sets pass `prettier --check`. */
export async function formatJson(value: unknown, filepath = 'set.json'): Promise<string> {
  const options = (await resolveConfig(filepath)) ?? {};
  return format(JSON.stringify(value, null, 2) + '\n', { ...options, parser: 'json', filepath });
}
