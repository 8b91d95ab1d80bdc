/**
 * Writes `static/models/SHA256SUMS` for every model file (`sha256sum -c` format), so a test can
 * check that the committed files are the ones `npm run train` made. Run by `npm run train` after
 * training; standalone: `npx tsx scripts/nlp/checksums.ts`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MODEL_FILES, modelPath } from '../../src/lib/core/nlp/models';
import type { Language } from '../../src/lib/core/nlp/types';

export const STATIC_DIR = fileURLToPath(new URL('../../static/', import.meta.url));
export const CHECKSUMS = STATIC_DIR + 'models/SHA256SUMS';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** `hash  path` lines for every model file, paths relative to `static/models/`. */
export function checksumLines(): string[] {
  const lines: string[] = [];
  for (const language of Object.keys(MODEL_FILES).sort() as Language[])
    for (const name of [...MODEL_FILES[language]].sort()) {
      const path = modelPath(language, name);
      lines.push(`${sha256(readFileSync(STATIC_DIR + path))}  ${path.replace(/^models\//u, '')}`);
    }
  return lines;
}

export function writeChecksums(): void {
  writeFileSync(CHECKSUMS, checksumLines().join('\n') + '\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) writeChecksums();
