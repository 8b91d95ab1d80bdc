/**
 * Where the NLP data kit is: `../shared/nlp` beside the main checkout, or `../../shared/nlp`
 * from a worktree one level deeper. `LESEQUIZ_NLP` overrides both.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../', import.meta.url));
const candidates = [
  process.env.LESEQUIZ_NLP,
  resolve(repo, '../shared/nlp'),
  resolve(repo, '../../shared/nlp')
].filter((dir): dir is string => Boolean(dir));

export const NLP_DIR = candidates.find((dir) => existsSync(dir)) ?? (candidates[0] as string);
