/** Fails when a committed `questions/*.json` no longer matches what the generator makes. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledSets } from './questions-lib';

const dir = fileURLToPath(new URL('../questions/', import.meta.url));

describe('bundled question sets', () => {
  it(
    'are up to date with the generator (run `npm run questions` when this fails)',
    { timeout: 60_000 },
    async () => {
      const sets = await bundledSets(dir, readdirSync, readFileSync);
      expect(sets.length).toBeGreaterThan(0);
      for (const { jsonFile, json } of sets) {
        expect(readFileSync(dir + jsonFile, 'utf8'), `questions/${jsonFile} is stale`).toBe(json);
      }
    }
  );
});
