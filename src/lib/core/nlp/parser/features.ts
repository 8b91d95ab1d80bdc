/**
 * Feature templates of the transition classifier, in the spirit of Zhang & Nivre (2011) adapted
 * to arc-hybrid: words, lemmas, UPOS and key morphology (Case; verb form / pronoun type) of the
 * top three stack words and the first three buffer items, the outermost children of s0, s1 and
 * b0 with their labels, valency (children per side), the label sets already attached, and
 * distances. Every feature is a 32-bit hash of its template number and values, computed with
 * integer mixing (no strings per decision), so a decision costs about a hundred table lookups.
 */

import { featureHash } from '../perceptron';
import { UPOS_TAGS, type Features, type TaggedWord } from '../types';
import type { Configuration } from './transition';

/** A word as the parser sees it. */
export type ParserInput = TaggedWord & { form: string };

/** Per-sentence attribute codes, index 0 = ROOT. */
export interface SentenceCodes {
  n: number;
  word: Int32Array;
  lemma: Int32Array;
  pos: Int32Array;
  /** UPOS and Case together. */
  posCase: Int32Array;
  morph: Int32Array;
  /** Last three letters of the lower-cased form: evidence for case and part of speech that
   * survives a tagger's mistake (German `-em`, `-er`, `-ung`). */
  suffix: Int32Array;
}

/** Which feature templates a model was trained with (recorded in its file). */
export type FeatureSet = 1 | 2;

const NONE_CODE = 0x6e6f6e65; // "none"
const ROOT_POS = 200;
const NONE_POS = 201;

const UPOS_CODE = new Map<string, number>(UPOS_TAGS.map((t, i) => [t, i + 1]));

/** Morphology besides Case that tells syntax apart: finite verbs, participles, infinitives,
 * relative and interrogative pronouns, reflexives. */
function morphKey(feats: Features): string {
  return `${feats.VerbForm ?? ''}/${feats.PronType ?? ''}/${feats.Reflex ?? ''}/${feats.Poss ?? ''}`;
}

export function encodeSentence(words: readonly ParserInput[]): SentenceCodes {
  const n = words.length;
  const word = new Int32Array(n + 1);
  const lemma = new Int32Array(n + 1);
  const pos = new Int32Array(n + 1);
  const posCase = new Int32Array(n + 1);
  const morph = new Int32Array(n + 1);
  const suffix = new Int32Array(n + 1);
  word[0] = featureHash('<ROOT>') | 0;
  lemma[0] = word[0] as number;
  pos[0] = ROOT_POS;
  posCase[0] = ROOT_POS;
  morph[0] = ROOT_POS;
  suffix[0] = ROOT_POS;
  for (let i = 0; i < n; i++) {
    const w = words[i] as ParserInput;
    const p = UPOS_CODE.get(w.upos) ?? 0;
    word[i + 1] = featureHash(w.form.toLowerCase()) | 0;
    lemma[i + 1] = featureHash(w.lemma.toLowerCase()) | 0;
    pos[i + 1] = p;
    posCase[i + 1] = featureHash(`${p}/${w.feats.Case ?? ''}`) | 0;
    morph[i + 1] = featureHash(morphKey(w.feats)) | 0;
    suffix[i + 1] = featureHash(w.form.toLowerCase().slice(-3)) | 0;
  }
  return { n, word, lemma, pos, posCase, morph, suffix };
}

/** Mixes a template number and up to four values into a 32-bit feature hash. */
function mix(t: number, a: number, b = 0, c = 0, d = 0): number {
  let h = Math.imul(t + 1, 0x9e3779b1);
  h = Math.imul(h ^ a, 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h ^ b, 0xc2b2ae35);
  h ^= h >>> 13;
  h = Math.imul(h ^ c, 0x27d4eb2f);
  h ^= h >>> 16;
  h = Math.imul(h ^ d, 0x165667b1);
  h ^= h >>> 15;
  return h >>> 0;
}

function distanceBucket(a: number, b: number): number {
  if (a < 0 || b < 0) return 0;
  const d = Math.abs(a - b);
  if (d <= 4) return d;
  if (d <= 6) return 5;
  if (d <= 9) return 6;
  return 7;
}

/** Writes the features of configuration `c` into `out` and returns how many there are. The
 * helpers below are plain functions of (codes, position) so that V8 inlines them. */
export function extractFeatures(
  s: SentenceCodes,
  c: Configuration,
  out: number[],
  featureSet: FeatureSet = 1
): number {
  const s0 = c.stackAt(0);
  const s1 = c.stackAt(1);
  const s2 = c.stackAt(2);
  const b0 = c.bufferAt(0);
  const b1 = c.bufferAt(1);
  const b2 = c.bufferAt(2);
  const s0l = child(c.leftmost, s0);
  const s0r = child(c.rightmost, s0);
  const s1l = child(c.leftmost, s1);
  const s1r = child(c.rightmost, s1);
  const b0l = child(c.leftmost, b0);
  const s0l2 = child(c.leftmost2, s0);
  const s0r2 = child(c.rightmost2, s0);
  const s1r2 = child(c.rightmost2, s1);
  const b0l2 = child(c.leftmost2, b0);

  const ws0 = W(s, s0);
  const ws1 = W(s, s1);
  const wb0 = W(s, b0);
  const ps0 = P(s, s0);
  const ps1 = P(s, s1);
  const ps2 = P(s, s2);
  const pb0 = P(s, b0);
  const pb1 = P(s, b1);
  const pb2 = P(s, b2);
  const pcs0 = PC(s, s0);
  const pcs1 = PC(s, s1);
  const pcb0 = PC(s, b0);
  const ls0 = L(s, s0);
  const ls1 = L(s, s1);
  const lb0 = L(s, b0);
  const ms0 = M(s, s0);
  const ms1 = M(s, s1);
  const mb0 = M(s, b0);

  let k = 0;
  let t = 0;
  const f = (a: number, b = 0, c2 = 0, d = 0) => {
    out[k++] = mix(t++, a, b, c2, d);
  };

  f(1); // bias
  // Unigrams of s0, s1, b0.
  f(ws0);
  f(ps0);
  f(ws0, ps0);
  f(ls0);
  f(pcs0);
  f(ms0, ps0);
  f(ws1);
  f(ps1);
  f(ws1, ps1);
  f(ls1);
  f(pcs1);
  f(ms1, ps1);
  f(wb0);
  f(pb0);
  f(wb0, pb0);
  f(lb0);
  f(pcb0);
  f(mb0, pb0);
  // s2, b1, b2.
  f(W(s, s2));
  f(ps2);
  f(L(s, s2), ps2);
  f(W(s, b1));
  f(pb1);
  f(L(s, b1), pb1);
  f(W(s, b2));
  f(pb2);
  f(L(s, b2), pb2);
  // Children.
  for (let i = 0; i < 5; i++) {
    const x = i === 0 ? s0l : i === 1 ? s0r : i === 2 ? s1l : i === 3 ? s1r : b0l;
    const lx = lab(c, x);
    f(P(s, x));
    f(lx);
    f(W(s, x), lx);
    f(PC(s, x), lx);
  }
  f(P(s, s0l2), lab(c, s0l2));
  f(P(s, s0r2), lab(c, s0r2));
  f(P(s, s1r2), lab(c, s1r2));
  f(P(s, b0l2), lab(c, b0l2));
  // Pairs.
  f(ws0, ps0, wb0, pb0);
  f(ws0, ps0, wb0);
  f(ws0, wb0, pb0);
  f(ws0, ps0, pb0);
  f(ps0, wb0, pb0);
  f(ws0, wb0);
  f(ps0, pb0);
  f(ws1, ps1, ws0, ps0);
  f(ws1, ps1, ps0);
  f(ps1, ws0, ps0);
  f(ws1, ws0);
  f(ps1, ps0);
  f(ps1, pb0);
  f(pb0, pb1);
  f(ls0, lb0);
  f(ls1, ls0);
  f(pcs0, pcb0);
  f(pcs1, pcs0);
  f(lb0, pcs0);
  f(ls1, pcs0);
  f(ms0, ps0, mb0, pb0);
  f(ms1, ps1, ms0, ps0);
  // Trigrams of parts of speech.
  const ps0l = P(s, s0l);
  const ps0r = P(s, s0r);
  const ps1l = P(s, s1l);
  const ps1r = P(s, s1r);
  const pb0l = P(s, b0l);
  f(pb0, pb1, pb2);
  f(ps0, pb0, pb1);
  f(ps1, ps0, pb0);
  f(ps2, ps1, ps0);
  f(ps1, ps0, pb1);
  f(ps0, ps0l, pb0);
  f(ps0, ps0r, pb0);
  f(ps0, pb0, pb0l);
  f(ps1, ps0, ps0l);
  f(ps1, ps0, ps0r);
  f(ps1, ps1r, ps0);
  f(ps1, ps1l, ps0);
  f(ps0, ps0l, P(s, s0l2));
  f(ps0, ps0r, P(s, s0r2));
  f(pb0, pb0l, P(s, b0l2));
  f(ps1, ps1r, P(s, s1r2));
  f(ps0, lab(c, s0l), pb0);
  f(ps0, lab(c, s0r), pb0);
  f(ps1, ps0, lab(c, s0l));
  f(ps1, ps0, lab(c, s0r));
  f(ps1, lab(c, s1r), ps0);
  // Distance.
  const d0 = distanceBucket(s0, b0 === 0 ? c.n + 1 : b0);
  const d1 = distanceBucket(s1, s0);
  f(ws0, d0);
  f(ps0, d0);
  f(wb0, d0);
  f(pb0, d0);
  f(ps0, pb0, d0);
  f(ws1, d1);
  f(ws0, d1);
  f(ps1, ps0, d1);
  f(pcs1, pcs0, d1);
  // Valency.
  const nrs0 = count(c.rightCount, s0);
  const nls0 = count(c.leftCount, s0);
  const nrs1 = count(c.rightCount, s1);
  const nlb0 = count(c.leftCount, b0);
  f(ws0, nrs0);
  f(ps0, nrs0);
  f(ws0, nls0);
  f(ps0, nls0);
  f(ws1, nrs1);
  f(ps1, nrs1);
  f(ps1, count(c.leftCount, s1));
  f(wb0, nlb0);
  f(pb0, nlb0);
  // Label sets already attached.
  const ls0set = labelSet(c.leftLabelsLo, c.leftLabelsHi, s0);
  const rs0set = labelSet(c.rightLabelsLo, c.rightLabelsHi, s0);
  const ls1set = labelSet(c.leftLabelsLo, c.leftLabelsHi, s1);
  const rs1set = labelSet(c.rightLabelsLo, c.rightLabelsHi, s1);
  const lb0set = labelSet(c.leftLabelsLo, c.leftLabelsHi, b0);
  f(ps0, ls0set);
  f(ps0, rs0set);
  f(ws0, rs0set);
  f(ps1, ls1set);
  f(ps1, rs1set);
  f(pb0, lb0set);
  f(pcs0, ps1, rs1set, ls1set);
  f(pcs0, pb0, lb0set);
  if (featureSet >= 2) {
    // Set 2: suffixes, alone and with the neighbour's part of speech.
    const xs0 = X(s, s0);
    const xs1 = X(s, s1);
    const xb0 = X(s, b0);
    f(xs0, ps0);
    f(xs1, ps1);
    f(xb0, pb0);
    f(X(s, b1), pb1);
    f(xs0, xb0);
    f(xs1, xs0);
    f(xs0, pb0);
    f(xs0, ps1);
    f(ps0, xb0);
    f(xs0, ps1, rs1set);
    f(xs0, pb0, lb0set);
  }
  return k;
}

const W = (s: SentenceCodes, i: number) => (i < 0 ? NONE_CODE : (s.word[i] as number));
const L = (s: SentenceCodes, i: number) => (i < 0 ? NONE_CODE : (s.lemma[i] as number));
const P = (s: SentenceCodes, i: number) => (i < 0 ? NONE_POS : (s.pos[i] as number));
const PC = (s: SentenceCodes, i: number) => (i < 0 ? NONE_POS : (s.posCase[i] as number));
const M = (s: SentenceCodes, i: number) => (i < 0 ? NONE_POS : (s.morph[i] as number));
const X = (s: SentenceCodes, i: number) => (i < 0 ? NONE_POS : (s.suffix[i] as number));
const lab = (c: Configuration, i: number) => (i < 0 ? -2 : (c.labels[i] as number));
const child = (a: Int32Array, i: number) => (i < 0 ? -1 : (a[i] as number));
const count = (a: Int32Array, i: number) => (i < 0 ? -1 : (a[i] as number));
const labelSet = (lo: Int32Array, hi: Int32Array, i: number) =>
  i < 0 ? -1 : (lo[i] as number) ^ Math.imul(hi[i] as number, 31);

/** An upper bound on the number of features `extractFeatures` writes. */
export const MAX_FEATURES = 180;
