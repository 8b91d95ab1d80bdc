/**
 * Features of the German sequence labeller, shared by training (`scripts/nlp/train-ner.ts`) and
 * decoding so that both see exactly the same strings. Per word: the form, its lower case, its
 * shape, prefixes and suffixes, the neighbours two either side, the gazetteer marks of the word
 * and its neighbours, the parts of a hyphenated compound, for a tagged model the tagger's UPOS
 * (of the word and its neighbours) and lemma, for a model with word clusters the clusters of the
 * word and its neighbours (`clusters.ts`), and the label before it (Viterbi decoding; two labels
 * for the older greedy decoder).
 */
import { featureHash } from '../perceptron';
import type { Gazetteer } from '../gazetteer/gazetteer';
import type { TaggedWord } from '../types';
import type { WordClusters } from './clusters';

/** `Angela` → `Xx`, `EU-Kommission` → `X-Xx`, `1990er` → `dx`: character classes, runs
 * collapsed, so that rare words share the weights of their shape. */
export function wordShape(form: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < form.length && out.length < 6; i++) {
    const cls = charClass(form.charAt(i));
    if (cls !== last) out += cls;
    last = cls;
  }
  return out;
}

function charClass(ch: string): string {
  const upper = ch.toUpperCase();
  const lower = ch.toLowerCase();
  if (upper !== lower) return ch === upper ? 'X' : 'x';
  if (ch === 'ß') return 'x';
  const code = ch.charCodeAt(0);
  if (code >= 48 && code <= 57) return 'd';
  return ch === '-' || ch === '.' || ch === "'" || ch === '&' ? ch : '#';
}

const isCapitalised = (form: string): boolean => /^\p{Lu}/u.test(form);

/** `featureHash(prefix + a + b …)` without building the string: FNV-1a continued over each
 * part, so decoding allocates no feature strings (the hashes equal those of the strings). */
export function hashParts(prefix: number, ...parts: string[]): number {
  let h = prefix;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      h ^= part.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  return h >>> 0;
}

/** Features live in 2^21 hash buckets: a few collisions, but the sorted hashes of the model
 * file then differ by small numbers and take one byte each instead of three. */
export const FEATURE_BUCKETS = 1 << 21;
const BUCKET_MASK = FEATURE_BUCKETS - 1;

const P = (name: string): number => featureHash(name);
const F = {
  bias: P('b'),
  w: P('w='),
  l: P('l='),
  sh: P('sh='),
  s2: P('s2='),
  s3: P('s3='),
  s4: P('s4='),
  p2: P('p2='),
  p3: P('p3='),
  p4: P('p4='),
  first: P('first='),
  lm1: P('l-1='),
  lp1: P('l+1='),
  lm2: P('l-2='),
  lp2: P('l+2='),
  shm1: P('sh-1='),
  shp1: P('sh+1='),
  bigramBefore: P('l-1l='),
  bigramAfter: P('ll+1='),
  len: P('len='),
  hyphenHead: P('hh='),
  hyphenModifier: P('hm='),
  hyphenModifierShape: P('hms='),
  hyphenModifierList: P('hg='),
  capBefore: P('cap-1='),
  capAfter: P('cap+1='),
  mark: P('g='),
  markShape: P('gs='),
  markBefore: P('g-1='),
  markAfter: P('g+1='),
  markBefore2: P('g-2='),
  markAfter2: P('g+2='),
  s5: P('s5='),
  wordBefore: P('w-1='),
  wordAfter: P('w+1='),
  shapeWindow: P('sh3='),
  t1: P('t-1='),
  t2: P('t-2='),
  t1w: P('t-1w='),
  t1sh: P('t-1sh='),
  upos: P('u='),
  uposBefore: P('u-1='),
  uposAfter: P('u+1='),
  uposPair: P('uu='),
  uposShape: P('ush='),
  lemma: P('lm='),
  cluster: P('c='),
  clusterBefore: P('c-1='),
  clusterAfter: P('c+1='),
  clusterBefore2: P('c-2='),
  clusterAfter2: P('c+2='),
  clusterShape: P('csh=')
};

/** The tagger's reading of the words, as the entity features use it: UPOS and lemma. */
export type NerTags = readonly Pick<TaggedWord, 'upos' | 'lemma'>[];

/** Knowledge beyond the sentence that a model's features may read. */
export interface FeatureSources {
  /** Distributional word clusters (`clusters.ts`), learned from unlabelled text. */
  clusters?: WordClusters;
}

/** What does not depend on the labels: computed once per sentence, hashed. */
export function staticFeatures(
  forms: readonly string[],
  gazetteer: Gazetteer,
  tags?: NerTags,
  sources: FeatureSources = {}
): number[][] {
  const { clusters } = sources;
  const n = forms.length;
  const lower = forms.map((f) => f.toLowerCase());
  const shapes = forms.map(wordShape);
  const marks = gazetteer.mark(forms);
  const at = (arr: readonly string[], i: number): string =>
    i < 0 ? '<s>' : i >= n ? '</s>' : (arr[i] as string);
  const ids = clusters ? forms.map((f) => clusters.of(f)) : [];
  const out: number[][] = [];
  for (let i = 0; i < n; i++) {
    const form = forms[i] as string;
    const low = lower[i] as string;
    const shape = shapes[i] as string;
    const f: number[] = [
      F.bias,
      hashParts(F.w, form),
      hashParts(F.l, low),
      hashParts(F.sh, shape),
      hashParts(F.s2, low.slice(-2)),
      hashParts(F.s3, low.slice(-3)),
      hashParts(F.s4, low.slice(-4)),
      hashParts(F.p2, low.slice(0, 2)),
      hashParts(F.p3, low.slice(0, 3)),
      hashParts(F.p4, low.slice(0, 4)),
      hashParts(F.first, i === 0 ? 'true|' : 'false|', shape),
      hashParts(F.lm1, at(lower, i - 1)),
      hashParts(F.lp1, at(lower, i + 1)),
      hashParts(F.lm2, at(lower, i - 2)),
      hashParts(F.lp2, at(lower, i + 2)),
      hashParts(F.shm1, at(shapes, i - 1), '|', shape),
      hashParts(F.shp1, shape, '|', at(shapes, i + 1)),
      hashParts(F.bigramBefore, at(lower, i - 1), '|', low),
      hashParts(F.bigramAfter, low, '|', at(lower, i + 1)),
      hashParts(F.len, String(Math.min(form.length, 12))),
      hashParts(F.s5, low.slice(-5)),
      hashParts(F.wordBefore, at(forms, i - 1)),
      hashParts(F.wordAfter, at(forms, i + 1)),
      hashParts(F.shapeWindow, at(shapes, i - 1), '|', shape, '|', at(shapes, i + 1))
    ];
    const hyphen = form.lastIndexOf('-');
    if (hyphen > 0 && hyphen < form.length - 1) {
      const modifier = form.slice(0, form.indexOf('-'));
      f.push(
        hashParts(F.hyphenHead, form.slice(hyphen + 1).toLowerCase()),
        hashParts(F.hyphenModifier, modifier),
        hashParts(F.hyphenModifierShape, wordShape(modifier))
      );
      for (const list of gazetteer.listsOf(modifier)) f.push(hashParts(F.hyphenModifierList, list));
    }
    if (isCapitalised(form)) {
      const next = i + 1 < n ? (forms[i + 1] as string) : '';
      const prev = i > 0 ? (forms[i - 1] as string) : '';
      f.push(
        hashParts(F.capBefore, String(isCapitalised(prev))),
        hashParts(F.capAfter, String(isCapitalised(next)))
      );
    }
    for (const m of marks[i] as string[])
      f.push(hashParts(F.mark, m), hashParts(F.markShape, m, '|', shape));
    if (i > 0) for (const m of marks[i - 1] as string[]) f.push(hashParts(F.markBefore, m));
    if (i + 1 < n) for (const m of marks[i + 1] as string[]) f.push(hashParts(F.markAfter, m));
    if (i > 1) for (const m of marks[i - 2] as string[]) f.push(hashParts(F.markBefore2, m));
    if (i + 2 < n) for (const m of marks[i + 2] as string[]) f.push(hashParts(F.markAfter2, m));
    if (tags) {
      // The tagger's part of speech (PROPN against NOUN, a sentence-initial VERB) and lemma
      // (the genitive `Deutschlands` → `Deutschland`) carry the lexicon's knowledge.
      const upos = (i: number): string =>
        i < 0 ? '<s>' : i >= n ? '</s>' : ((tags[i]?.upos ?? 'X') as string);
      const u = upos(i);
      f.push(
        hashParts(F.upos, u),
        hashParts(F.uposBefore, upos(i - 1)),
        hashParts(F.uposAfter, upos(i + 1)),
        hashParts(F.uposPair, upos(i - 1), '|', u, '|', upos(i + 1)),
        hashParts(F.uposShape, u, '|', shape)
      );
      const lemma = tags[i]?.lemma;
      if (lemma && lemma !== form) f.push(hashParts(F.lemma, lemma.toLowerCase()));
    }
    if (clusters) {
      // Distributional clusters at every level (coarse to fine) for the word and its
      // neighbours: a name never seen in the annotated text shares the weights of the words
      // that occur where it occurs.
      const push = (prefix: number, j: number, levels: readonly number[]): void => {
        const c = j < 0 || j >= n ? undefined : ids[j];
        for (const l of levels)
          f.push(
            hashParts(prefix, String(l), ':', c ? String(c[l]) : j < 0 || j >= n ? '<s>' : '-')
          );
      };
      const all = [...Array(clusters.levels).keys()];
      push(F.cluster, i, all);
      push(F.clusterBefore, i - 1, all);
      push(F.clusterAfter, i + 1, all);
      const mid = [Math.min(1, clusters.levels - 1)];
      push(F.clusterBefore2, i - 2, mid);
      push(F.clusterAfter2, i + 2, mid);
      const c = ids[i];
      f.push(hashParts(F.clusterShape, c ? String(c[clusters.levels - 1]) : '-', '|', shape));
    }
    for (let k = 0; k < f.length; k++) f[k] = (f[k] as number) & BUCKET_MASK;
    out.push(f);
  }
  return out;
}

/** The label-dependent features of word `i`, given the two labels before it. */
export function dynamicFeatures(
  forms: readonly string[],
  i: number,
  previous: string,
  beforePrevious: string
): number[] {
  const form = forms[i] as string;
  return [
    hashParts(F.t1, previous) & BUCKET_MASK,
    hashParts(F.t2, beforePrevious, '|', previous) & BUCKET_MASK,
    hashParts(F.t1w, previous, '|', form) & BUCKET_MASK,
    hashParts(F.t1sh, previous, '|', wordShape(form)) & BUCKET_MASK
  ];
}

/** The first-order label features of word `i` (Viterbi decoding): they depend only on the
 * label before, so that the best label sequence can be found exactly. */
export function transitionFeatures(
  forms: readonly string[],
  i: number,
  previous: string,
  shape = wordShape(forms[i] as string)
): number[] {
  return [
    hashParts(F.t1, previous) & BUCKET_MASK,
    hashParts(F.t1w, previous, '|', forms[i] as string) & BUCKET_MASK,
    hashParts(F.t1sh, previous, '|', shape) & BUCKET_MASK
  ];
}

/** The second-order label feature of a word (`viterbiLabels` with `order` 2): the two labels
 * before it. */
export function secondOrderFeature(beforePrevious: string, previous: string): number {
  return hashParts(F.t2, beforePrevious, '|', previous) & BUCKET_MASK;
}
