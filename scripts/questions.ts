/**
 * Regenerates every bundled question set: `questions/<name>.txt` → `questions/<name>.json`,
 * with id, title and language from `questions/catalog.json`.
 *
 *   npm run questions
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundledSets } from './questions-lib';

const dir = fileURLToPath(new URL('../questions/', import.meta.url));
for (const { jsonFile, json } of await bundledSets(dir, readdirSync, readFileSync)) {
  writeFileSync(dir + jsonFile, json);
  console.log(`wrote questions/${jsonFile}`);
}
