/**
 * Builds `static/models/de/thesaurus.bin` from OpenThesaurus (`../shared/nlp/thesaurus/de`,
 * LGPL 2.1): single words only (phrases like „nicht erlauben“ are no vocabulary answers), the
 * thesaurus's register labels turned into a mark (`~`, see src/lib/core/nlp/thesaurus), groups
 * with fewer than two words dropped. Deterministic: the same input gives the same bytes.
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
    if (!words.includes(word)) words.push(word);
  }
  if (words.length < 2) continue;
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
