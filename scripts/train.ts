/**
 * Rebuilds every model file from the data, byte for byte (`npm run train`): the German lexicon
 * from the german-pos-dict packages, then the taggers. Each step is its own script so that one
 * model can be retrained alone.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../', import.meta.url));
const steps: [string, string[]][] = [
  ['scripts/nlp/build-lexicon-de.ts', []],
  ['scripts/nlp/train-tagger.ts', ['de', 'en']]
];
for (const [script, args] of steps) {
  console.error(`train: ${script} ${args.join(' ')}`);
  execFileSync('npx', ['tsx', script, ...args], { cwd: repo, stdio: 'inherit' });
}
