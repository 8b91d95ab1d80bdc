/**
 * File side of the question generator for the CLI scripts and their tests: reading an article
 * safely and writing a question set as prettier-stable JSON.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { format, resolveConfig } from 'prettier';

/** Largest article the CLI accepts, in bytes. */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;

export class InputError extends Error {}

/**
 * Reads an article as UTF-8 text or throws an InputError with a one-line reason: unreadable,
 * empty, binary (NUL bytes or invalid UTF-8) or longer than 2 MB.
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

/** Decodes and checks the bytes of an article (see readArticle). */
export function decodeArticle(bytes: Uint8Array, name = 'input'): string {
  if (bytes.length > MAX_INPUT_BYTES)
    throw new InputError(`${name}: too long (${bytes.length} bytes; at most ${MAX_INPUT_BYTES})`);
  if (bytes.includes(0))
    throw new InputError(`${name}: binary file (contains NUL bytes), expected text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${name}: not valid UTF-8 text`);
  }
  if (!text.replace(/^\uFEFF/u, '').trim()) throw new InputError(`${name}: empty file`);
  return text;
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
