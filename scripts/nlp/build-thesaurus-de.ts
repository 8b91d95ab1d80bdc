/**
 * Builds `static/models/de/thesaurus.bin` from OpenThesaurus (`../shared/nlp/thesaurus/de`,
 * LGPL 2.1): single words only (phrases like „nicht erlauben“ are no vocabulary answers), words
 * with a register label left out, words in a restricted use (a field, `fig.`) marked with `~`
 * (see src/lib/core/nlp/thesaurus), groups with fewer than two plain words dropped. Deterministic: the same input gives the same bytes.
 *
 * Usage: npx tsx scripts/nlp/build-thesaurus-de.ts   (also run by `npm run train`)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { decodeThesaurus } from '../../src/lib/core/nlp/thesaurus/thesaurus';
import { NLP_DIR } from '../nlp-dir';
import { STATIC_DIR } from './checksums';

/** Labels after which a word is not one a learner should be taught as the plain meaning. */
const MARKED =
  /\((ugs|vulg|derb|veraltet|veraltend|fachspr|lat|griech|engl|franz|ital|schweiz|österr|regional|süddt|norddt|bayr|schwäbisch|berlinerisch|Jargon|scherzh|ironisch|abwertend|Amtsdeutsch|militär|Kindersprache|Jugendsprache|historisch|selten|geh|poetisch|Neologismus|Anglizismus|zool|bot|med|jur|techn|Handelssprache)/iu;

/**
 * Labels that name a field or a use the word has in this group only (`Drittel (Eishockey)` among
 * `Halbzeit; Satz; Spielabschnitt`, `(fig.)`, `(Person)`, `(Sport)`): the group is then not the
 * word's plain meaning (a vocabulary card explained `zwei Drittel` by `Satz, Spielabschnitt,
 * Halbzeit`). Grammar hints (`(sich)`, `(jemandem)`, `(etwas)`) and `(Hauptform)` restrict
 * nothing.
 */
const RESTRICTED = /\((?!(Hauptform|Plural)\))[^)]*(\bfig\b|\p{Lu})[^)]*\)/u;

const source = readFileSync(resolve(NLP_DIR, 'thesaurus/de/openthesaurus.txt'), 'utf8');
const lines: string[] = [];
const seen = new Set<string>();
for (const line of source.split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const words: string[] = [];
  for (const entry of line.split(';')) {
    const marked = MARKED.test(entry);
    const word = entry.replace(/\([^)]*\)/gu, '').trim();
    // One word of letters (a hyphen inside allowed): no phrases, abbreviations or fragments.
    if (!/^\p{L}[\p{L}-]*\p{L}$/u.test(word) || word.includes('...')) continue;
    // A marked word (colloquial, regional, dated, technical, foreign) is left out: never an
    // answer a learner should learn, and news rarely uses one.
    if (marked) continue;
    // A word in a restricted use keeps its place with a mark (`~Drittel`): it tells that the
    // word has this sense too (so no other group is taken for its only meaning), but the group
    // never explains it nor is it offered for the others.
    const entryWord = RESTRICTED.test(entry) ? `~${word}` : word;
    if (!words.includes(word) && !words.includes(`~${word}`)) words.push(entryWord);
  }
  if (words.filter((w) => !w.startsWith('~')).length < 2) continue;
  const out = words.join(';');
  if (seen.has(out)) continue;
  seen.add(out);
  lines.push(out);
}
const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
decodeThesaurus(bytes); // refuses a file the app could not read
mkdirSync(resolve(STATIC_DIR, 'models/de'), { recursive: true });
writeFileSync(resolve(STATIC_DIR, 'models/de/thesaurus.bin'), bytes);
console.log(
  JSON.stringify({
    name: 'thesaurus de',
    groups: lines.length,
    bytes: bytes.length,
    gzipBytes: gzipSync(bytes, { level: 9 }).length
  })
);
