/**
 * The feature templates of the tagger, shared by training and tagging so that both see exactly
 * the same strings. UPOS is decided first for the whole sentence (greedy, left to right, with the
 * two previous tags); then each morphological feature left to right, seeing the sentence's UPOS
 * on both sides and the values already given to the words on the left.
 */
import type { GermanLexicon, LexicalAnalysis } from '../lexicon/lexicon';

/** Word shape: `Xxxx`, `dd.dd`, `XX-xx` (runs of one kind collapsed after two). */
export function wordShape(form: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of form) {
    const k = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{Nd}/u.test(ch) ? 'd' : ch;
    if (k === last) {
      run++;
      if (run > 2) continue;
    } else run = 1;
    out += k;
    last = k;
    if (out.length > 12) break;
  }
  return out;
}

/** What the lexicon says about each word of a sentence, computed once per sentence. */
export interface SentenceContext {
  forms: readonly string[];
  lower: string[];
  /** Lexicon analyses per word (empty without a lexicon). */
  analyses: (readonly LexicalAnalysis[])[];
  /** Sorted UPOS the lexicon allows, joined (`ADJ|VERB`), '' for none. */
  lexPos: string[];
  /** Per word: which non-finite verb forms (`Inf`, `Part`) the lexicon sees later in the same
   * clause, up to the next punctuation: an auxiliary has one, a full verb usually not. */
  ahead: string[];
}

export function sentenceContext(
  forms: readonly string[],
  lexicon: GermanLexicon | undefined
): SentenceContext {
  const lower = forms.map((f) => f.toLowerCase());
  const analyses = forms.map((f) => (lexicon ? lexicon.analysesOf(f) : []));
  // A compound guess is marked (`NOUN?`): unknown names produce them too.
  const lexPos = analyses.map((list) =>
    [...new Set(list.map((a) => (a.compound ? `${a.upos}?` : a.upos)))].sort().join('|')
  );
  const ahead: string[] = new Array<string>(forms.length).fill('');
  let inf = false;
  let part = false;
  for (let i = forms.length - 1; i >= 0; i--) {
    ahead[i] = `${inf ? 'I' : ''}${part ? 'P' : ''}`;
    const form = forms[i] as string;
    if (/^[\p{P}]+$/u.test(form)) {
      inf = false;
      part = false;
      continue;
    }
    for (const a of analyses[i] as readonly LexicalAnalysis[]) {
      if (a.feats.VerbForm === 'Inf') inf = true;
      else if (a.feats.VerbForm === 'Part') part = true;
    }
  }
  return { forms, lower, analyses, lexPos, ahead };
}

const BOS = '<s>';
const EOS = '</s>';

/** The UPOS features of word `i` that do not depend on the tags chosen: computed (and hashed)
 * once per word, for both passes. */
export function uposStaticFeatures(
  ctx: SentenceContext,
  i: number,
  /** German models with `uposContext`: the word together with its neighbours' shape. */
  context = false
): string[] {
  const form = ctx.forms[i] as string;
  const lw = ctx.lower[i] as string;
  const prev = i > 0 ? (ctx.lower[i - 1] as string) : BOS;
  const prev2 = i > 1 ? (ctx.lower[i - 2] as string) : BOS;
  const next = i + 1 < ctx.forms.length ? (ctx.lower[i + 1] as string) : EOS;
  const next2 = i + 2 < ctx.forms.length ? (ctx.lower[i + 2] as string) : EOS;
  const lex = ctx.lexPos[i] as string;
  const f = [
    'b',
    `w=${form}`,
    `l=${lw.replace(/ß/g, 'ss')}`,
    `s1=${lw.slice(-1)}`,
    `s2=${lw.slice(-2)}`,
    `s3=${lw.slice(-3)}`,
    `s4=${lw.slice(-4)}`,
    `s5=${lw.slice(-5)}`,
    `p1=${lw.slice(0, 1)}`,
    `p2=${lw.slice(0, 2)}`,
    `p3=${lw.slice(0, 3)}`,
    `sh=${wordShape(form)}`,
    `cap=${/^\p{Lu}/u.test(form) ? 1 : 0}${i === 0 ? 'f' : ''}`,
    `w-1=${prev}`,
    `w-1w=${prev}|${lw}`,
    `w-2=${prev2}`,
    `w+1=${next}`,
    `w+1w=${lw}|${next}`,
    `w+2=${next2}`,
    `s3+1=${next.slice(-3)}`,
    `s3-1=${prev.slice(-3)}`,
    `lx=${lex}`,
    `lxw=${lex}|${lw}`,
    `ahead=${lex}|${ctx.ahead[i]}`,
    `aheadw=${lw}|${ctx.ahead[i]}`
  ];
  if (/-/.test(form)) f.push('hy', `hys=${lw.slice(lw.lastIndexOf('-') + 1).slice(-4)}`);
  if (/\d/.test(form)) f.push('dig');
  // Quote marks and dashes the training data never saw (GSD writes `` and '').
  if (/^[\p{P}\p{S}]+$/u.test(form)) f.push('punct');
  if (i + 1 < ctx.forms.length) {
    f.push(`lx+1=${ctx.lexPos[i + 1]}`, `lxlx+1=${lex}|${ctx.lexPos[i + 1]}`);
    f.push(`cap+1=${/^\p{Lu}/u.test(ctx.forms[i + 1] as string) ? 1 : 0}`);
  }
  if (i > 0) f.push(`lx-1=${ctx.lexPos[i - 1]}`);
  if (context) {
    // `das` before a capitalised noun is an article, before a verb a pronoun; a capitalised
    // word after a capitalised word the lexicon does not know (`Helmut Kohl`) is a name.
    const cap = (j: number) =>
      j < 0
        ? 'B'
        : j >= ctx.forms.length
          ? 'E'
          : /^\p{Lu}/u.test(ctx.forms[j] as string)
            ? 'C'
            : 'l';
    const lx = (j: number) => (j < 0 || j >= ctx.forms.length ? '' : (ctx.lexPos[j] as string));
    f.push(
      `wr=${lw}|${cap(i + 1)}|${lx(i + 1)}`,
      `wr2=${lw}|${cap(i + 1)}${cap(i + 2)}`,
      `pc=${cap(i - 1)}${lx(i - 1) === '' ? 'u' : 'k'}|${cap(i)}|${lex}|${cap(i + 1)}`
    );
  }
  return f;
}

/** The UPOS features of word `i` that depend on the tags of the two words before it. */
export function uposTagFeatures(ctx: SentenceContext, i: number, p1: string, p2: string): string[] {
  const lw = ctx.lower[i] as string;
  return [
    `t1=${p1}`,
    `t2=${p2}|${p1}`,
    `t1w=${p1}|${lw}`,
    `t1s3=${p1}|${lw.slice(-3)}`,
    `lxt1=${ctx.lexPos[i]}|${p1}`
  ];
}

/* The second UPOS pass sees the first pass's features plus the first pass's tags on the right
 * (`first`), so that the tag of a word can depend on what follows it. */

/** The second pass's own features that do not depend on its tags on the left. */
export function upos2StaticFeatures(
  ctx: SentenceContext,
  i: number,
  first: readonly string[]
): string[] {
  const lw = ctx.lower[i] as string;
  const n1 = i + 1 < first.length ? (first[i + 1] as string) : EOS;
  const n2 = i + 2 < first.length ? (first[i + 2] as string) : EOS;
  return [
    `r1=${n1}`,
    `r12=${n1}|${n2}`,
    `r1w=${lw}|${n1}`,
    `r1lx=${ctx.lexPos[i]}|${n1}`,
    `r1s3=${lw.slice(-3)}|${n1}`
  ];
}

/** The second pass's feature that joins its tag on the left with the first pass's on the right. */
export function upos2TagFeatures(i: number, p1: string, first: readonly string[]): string[] {
  const n1 = i + 1 < first.length ? (first[i + 1] as string) : EOS;
  return [`lr=${p1}|${n1}`];
}

/** The genders and numbers the lexicon allows a noun (`Fem|Sing`), `?|?` when unknown. */
function nounGenderNumber(ctx: SentenceContext, i: number): [string, string] {
  const genders = new Set<string>();
  const numbers = new Set<string>();
  for (const a of ctx.analyses[i] ?? []) {
    if (a.upos !== 'NOUN') continue;
    if (a.feats.Gender) genders.add(a.feats.Gender);
    if (a.feats.Number) numbers.add(a.feats.Number);
  }
  return [[...genders].sort().join(',') || '?', [...numbers].sort().join(',') || '?'];
}

/** Which lexicon word class fits a UPOS (auxiliaries are verbs there, names are nouns). */
export function lexiconPosFor(upos: string): string | undefined {
  if (upos === 'VERB' || upos === 'AUX') return 'VERB';
  if (upos === 'NOUN' || upos === 'PROPN') return 'NOUN';
  if (upos === 'ADJ') return 'ADJ';
  return undefined;
}

/** The values the lexicon allows for `name` on word `i` read as `upos` ('' when it has none). */
export function lexiconValues(ctx: SentenceContext, i: number, upos: string, name: string): string {
  const pos = lexiconPosFor(upos);
  if (!pos) return '';
  const values = new Set<string>();
  let any = false;
  for (const a of ctx.analyses[i] ?? []) {
    if (a.upos !== pos) continue;
    any = true;
    values.add(a.feats[name] ?? '_');
  }
  return any ? [...values].sort().join(',') : '';
}

/** The features of word `i` that every morphological feature's classifier shares. */
export function morphWordFeatures(
  ctx: SentenceContext,
  i: number,
  upos: readonly string[]
): string[] {
  const u = upos[i] as string;
  const lw = ctx.lower[i] as string;
  const n = ctx.forms.length;
  const prevU = i > 0 ? (upos[i - 1] as string) : BOS;
  const nextU = i + 1 < n ? (upos[i + 1] as string) : EOS;
  const prev = i > 0 ? (ctx.lower[i - 1] as string) : BOS;
  const next = i + 1 < n ? (ctx.lower[i + 1] as string) : EOS;
  const f = [
    `u=${u}`,
    `uw=${u}|${lw}`,
    `us1=${u}|${lw.slice(-1)}`,
    `us2=${u}|${lw.slice(-2)}`,
    `us3=${u}|${lw.slice(-3)}`,
    `us4=${u}|${lw.slice(-4)}`,
    `uu-1=${u}|${prevU}`,
    `uu+1=${u}|${nextU}`,
    `uw-1=${u}|${prev}`,
    `uw+1=${u}|${next}`
  ];
  // The closest preposition to the left governs the case of a noun phrase.
  let det = '';
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const uj = upos[j] as string;
    if (uj === 'ADP') {
      f.push(`adp=${u}|${ctx.lower[j]}`);
      break;
    }
    if (uj === 'DET' && !det) det = ctx.lower[j] as string;
    if (uj === 'VERB' || uj === 'AUX' || uj === 'PUNCT' || uj === 'CCONJ') break;
  }
  // Agreement inside the noun phrase: the article's form together with the gender and number
  // the lexicon allows the head noun (`der` + feminine noun → genitive or dative).
  if (u === 'NOUN' || u === 'PROPN') {
    const [g, num] = nounGenderNumber(ctx, i);
    f.push(`np=${det}|${g}|${num}`, `npg=${u}|${g}|${num}`);
  } else if (u === 'DET' || u === 'ADJ' || u === 'PRON' || u === 'NUM') {
    let h = -1;
    for (let j = i + 1; j < n && j <= i + 4; j++) {
      const uj = upos[j] as string;
      if (uj === 'NOUN' || uj === 'PROPN') {
        h = j;
        break;
      }
      if (uj !== 'ADJ' && uj !== 'ADV' && uj !== 'NUM' && uj !== 'DET') break;
    }
    if (h >= 0) {
      const [g, num] = nounGenderNumber(ctx, h);
      f.push(
        `hd=${u}|${lw}|${g}|${num}`,
        `hdg=${u}|${g}|${num}|${(ctx.lower[h] as string).slice(-2)}`
      );
    } else f.push(`nohd=${u}|${lw}`);
  }
  return f;
}

/** Personal pronouns that are nominative only. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['ich', 'du', 'er', 'wir']);

/** The cases German prepositions govern (`Acc`, `Dat`, `Gen`, `Acc|Dat` for the two-way ones). */
const PREPOSITION_CASES: Readonly<Record<string, string>> = (() => {
  const out: Record<string, string> = {};
  const add = (cases: string, words: string) => {
    for (const w of words.split(' ')) out[w] = cases;
  };
  add('Acc', 'durch für gegen ohne um bis entlang wider');
  add('Dat', 'aus bei mit nach seit von zu gegenüber ab außer samt nebst entgegen gemäß zufolge');
  add('Acc|Dat', 'an auf hinter in neben über unter vor zwischen');
  add(
    'Gen',
    'wegen während trotz statt anstatt aufgrund innerhalb außerhalb oberhalb unterhalb ' +
      'angesichts infolge mithilfe seitens bezüglich hinsichtlich anhand laut dank'
  );
  return out;
})();

/** The numbers the noun phrase of word `i` can have (its own noun, or the head noun of an
 * article or adjective), from the lexicon; undefined when it has no known noun. */
function npNumbers(ctx: SentenceContext, i: number, upos: readonly string[]): string[] | undefined {
  let h = i;
  const u = upos[i] as string;
  if (u !== 'NOUN' && u !== 'PROPN') {
    h = -1;
    for (let j = i + 1; j < upos.length && j <= i + 4; j++) {
      const uj = upos[j] as string;
      if (uj === 'NOUN' || uj === 'PROPN') {
        h = j;
        break;
      }
      if (uj !== 'ADJ' && uj !== 'ADV' && uj !== 'NUM' && uj !== 'DET') break;
    }
    if (h < 0) return undefined;
  }
  const numbers = new Set<string>();
  for (const a of ctx.analyses[h] ?? [])
    if (a.upos === 'NOUN' && a.feats.Number) numbers.add(a.feats.Number);
  return numbers.size > 0 ? [...numbers] : undefined;
}

/** The numbers a finite verb form takes in the third person (`sieht`: Sing), from the lexicon;
 * undefined when the lexicon has no finite reading. */
function finiteThirdPerson(ctx: SentenceContext, j: number): string[] | undefined {
  const out = new Set<string>();
  let finite = false;
  for (const a of ctx.analyses[j] ?? []) {
    if (a.upos !== 'VERB' || a.feats.VerbForm !== 'Fin') continue;
    finite = true;
    if (a.feats.Person === '3' && a.feats.Number) out.add(a.feats.Number);
  }
  return finite ? [...out] : undefined;
}

/** A verb's lemma as the lexicon reads it (the lower-case form when it does not know it). */
function verbLemma(ctx: SentenceContext, j: number): string {
  for (const a of ctx.analyses[j] ?? []) if (a.upos === 'VERB') return a.lemma;
  return ctx.lower[j] as string;
}

/** The features of word `i` proper to morphological feature `name`. `values[j]` holds the value
 * already chosen for the words left of `i` ('_' for none); `lex(j)` what the lexicon allows for
 * word `j`. */
export function morphNameFeatures(
  i: number,
  upos: readonly string[],
  values: readonly string[],
  lex: (j: number) => string,
  /** The sentence, for the clause features of Case (models with `caseContext`). */
  clause?: SentenceContext
): string[] {
  const u = upos[i] as string;
  const n = upos.length;
  const prevU = i > 0 ? (upos[i - 1] as string) : BOS;
  const here = lex(i);
  const f = [
    `v-1=${u}|${i > 0 ? values[i - 1] : BOS}|${prevU}`,
    `v-2=${u}|${i > 1 ? values[i - 2] : BOS}`,
    `lx=${u}|${here}`
  ];
  if (here) for (const v of here.split(',')) f.push(`lxv=${u}|${v}`);
  // What the clause already has on the left: a subject-like nominative before makes the next
  // noun phrase an object, a verb before tells main clause from subordinate clause order.
  let seen = '';
  let verb = 0;
  for (let j = i - 1; j >= 0; j--) {
    const uj = upos[j] as string;
    if (uj === 'SCONJ' || (uj === 'PUNCT' && verb > 0)) break;
    if (uj === 'VERB' || uj === 'AUX') verb++;
    else if ((uj === 'NOUN' || uj === 'PROPN' || uj === 'PRON') && values[j] !== '_')
      if (!seen.includes(values[j] as string)) seen += `${values[j]},`;
  }
  f.push(`seen=${u}|${seen}`, `verb=${u}|${Math.min(verb, 2)}|${seen.includes('Nom')}`);
  if (clause) {
    // The articles and pronouns later in the clause: `den Hund beißt der Mann` has a
    // nominative article on the right, so the first noun phrase is the object.
    for (let j = i + 1, k = 0; j < n && k < 10; j++, k++) {
      const uj = upos[j] as string;
      if (uj === 'PUNCT' || uj === 'SCONJ') break;
      if (uj === 'DET' || uj === 'PRON') f.push(`rc=${u}|${clause.lower[j]}`);
    }
    // The clause's full verbs (their lexicon lemma): `helfen` wants a dative, `sehen` an
    // accusative; before or after the word.
    // Agreement with the finite verbs of the clause: a noun phrase whose number the verb cannot
    // take (`die Kinder sieht der Mann`) is not its subject; a subject pronoun (`ich`, `wir`)
    // elsewhere in the clause takes the nominative away from the noun phrases.
    const numbers = npNumbers(clause, i, upos);
    let agree = '';
    let subjectPronoun = false;
    for (const dir of [-1, 1]) {
      for (let j = i + dir, k = 0; j >= 0 && j < n && k < 12; j += dir, k++) {
        const uj = upos[j] as string;
        if (uj === 'PUNCT' || uj === 'SCONJ') break;
        if (uj === 'PRON' && SUBJECT_PRONOUNS.has(clause.lower[j] as string)) subjectPronoun = true;
        if (uj === 'AUX') f.push(`ca=${u}|${verbLemma(clause, j)}`);
        if (uj !== 'VERB' && uj !== 'AUX') continue;
        if (uj === 'VERB') {
          const lemma = verbLemma(clause, j);
          f.push(`cv=${u}|${lemma}`, `cvd=${u}|${dir}|${lemma}`);
        }
        if (numbers) {
          const finite = finiteThirdPerson(clause, j);
          if (finite) agree += finite.some((x) => numbers.includes(x)) ? 'y' : 'n';
        }
      }
    }
    // Agreeing with the verb matters only while the clause has no nominative yet.
    const agreement = [...new Set(agree)].sort().join('');
    if (numbers && agreement)
      f.push(`agr=${u}|${agreement}`, `agrs=${u}|${agreement}|${seen.includes('Nom')}`);
    if (subjectPronoun) f.push(`spr=${u}|${agree.includes('n')}`);
    // What the preposition on the left governs (a closed class of the grammar).
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
      const uj = upos[j] as string;
      if (uj === 'ADP') {
        f.push(`adpg=${u}|${PREPOSITION_CASES[clause.lower[j] as string] ?? '?'}`);
        break;
      }
      if (uj === 'VERB' || uj === 'AUX' || uj === 'PUNCT' || uj === 'CCONJ') break;
    }
  }
  if (i + 1 < n) {
    const nextU = upos[i + 1] as string;
    f.push(`lx+1=${u}|${nextU}|${lex(i + 1)}`);
    if (i + 2 < n) f.push(`lx+2=${u}|${nextU}|${upos[i + 2]}|${lex(i + 2)}`);
  }
  return f;
}
