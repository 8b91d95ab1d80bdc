/**
 * Rebuilds every model file from the data, byte for byte (`npm run train`): the German lexicon
 * from the german-pos-dict packages, the word-frequency lists of the question generator, the taggers, the parsers, the gazetteers and the entity
 * recognisers, then `static/models/SHA256SUMS`. Each step is its own script so that one model can
 * be retrained alone. Takes minutes; not part of `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../', import.meta.url));
const steps: [string, string[]][] = [
  ['scripts/nlp/build-lexicon-de.ts', []],
  ['scripts/nlp/build-thesaurus-de.ts', []],
  ['scripts/nlp/build-glossary-en.ts', []],
  ['scripts/nlp/build-frequency.ts', []],
  ['scripts/nlp/build-cognates-en.ts', []],
  ['scripts/nlp/build-everyday-en.ts', []],
  ['scripts/nlp/build-everyday-de.ts', []],
  ['scripts/nlp/train-tagger.ts', ['de', 'en']],
  ['scripts/nlp/train-parser.ts', ['--lang', 'de']],
  ['scripts/nlp/train-parser.ts', ['--lang', 'en']],
  ['scripts/nlp/build-gazetteers.ts', []],
  ['scripts/nlp/train-ner.ts', ['--lang', 'de']],
  ['scripts/nlp/train-ner.ts', ['--lang', 'en']],
  ['scripts/nlp/checksums.ts', []]
];
for (const [script, args] of steps) {
  console.error(`train: ${script} ${args.join(' ')}`);
  execFileSync('npx', ['tsx', script, ...args], { cwd: repo, stdio: 'inherit' });
}
