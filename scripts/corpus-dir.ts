/**
 * Where the development corpus is: `../shared/corpus` beside the main checkout, which is
 * `../../shared/corpus` from a worktree under `wt/`. `LESEQUIZ_CORPUS` overrides both.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../', import.meta.url));
const candidates = [
  process.env.LESEQUIZ_CORPUS,
  resolve(repo, '../shared/corpus'),
  resolve(repo, '../../shared/corpus')
].filter((dir): dir is string => Boolean(dir));

export const CORPUS_DIR = candidates.find((dir) => existsSync(dir)) ?? (candidates[0] as string);
