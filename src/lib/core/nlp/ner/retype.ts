/**
 * The second stage of the German recogniser: each span the sequence labeller found is typed
 * again (PER, ORG, LOC, MISC, or `O`: no name) by a perceptron that sees the whole span at
 * once: all its words, its first and last word, the last word's endings, its length and
 * shape, the gazetteer marks inside it, the words and parts of speech just before and after,
 * the word clusters, and the first stage's type. The sequence labeller decides word by word
 * and sees a span's last word far from the article or preposition before the span; here
 * `die … Verlag`, `im … Stadion`, `FC …` are read together.
 *
 * Trained by `scripts/nlp/train-ner.ts` on the spans that first-stage models trained on the
 * other folds of the training file predict for it (jackknifing), so that the second stage
 * learns to correct the first stage's typical errors.
 */
import type { Gazetteer } from '../gazetteer/gazetteer';
import type { EntitySpan } from '../types';
import type { WordClusters } from './clusters';
import { FEATURE_BUCKETS, hashParts, wordShape, type NerTags } from './features';
import { featureHash } from '../perceptron';

/** The classes of the second stage: the name types and `O` (the span is no name). */
export const RETYPE_LABELS: readonly string[] = ['O', 'PER', 'ORG', 'LOC', 'MISC'];

const BUCKET_MASK = FEATURE_BUCKETS - 1;
const P = (name: string): number => featureHash(name);
const R = {
  bias: P('rb'),
  type: P('rt='),
  typeLength: P('rtl='),
  typeShape: P('rtsh='),
  word: P('rw='),
  first: P('rf='),
  last: P('rl='),
  last3: P('rl3='),
  last4: P('rl4='),
  last5: P('rl5='),
  first3: P('rf3='),
  whole: P('rs='),
  shapes: P('rshape='),
  length: P('rlen='),
  before: P('rb1='),
  before2: P('rb2='),
  beforePair: P('rb12='),
  after: P('ra1='),
  after2: P('ra2='),
  uposBefore: P('rub='),
  uposAfter: P('rua='),
  upos: P('ru='),
  mark: P('rg='),
  markAt: P('rgp='),
  markBefore: P('rgb='),
  cluster: P('rc='),
  clusterLast: P('rcl='),
  clusterBefore: P('rcb='),
  clusterAfter: P('rca='),
  lemmaLast: P('rlm='),
  start: P('r0=')
};

/** What the span features read of one sentence, computed once for all its spans. */
export interface SpanContext {
  forms: readonly string[];
  lower: readonly string[];
  shapes: readonly string[];
  marks: readonly string[][];
  tags?: NerTags;
  clusters?: readonly (Uint16Array | undefined)[];
  levels: number;
}

export function spanContext(
  forms: readonly string[],
  gazetteer: Gazetteer,
  tags?: NerTags,
  clusters?: WordClusters
): SpanContext {
  return {
    forms,
    lower: forms.map((f) => f.toLowerCase()),
    shapes: forms.map(wordShape),
    marks: gazetteer.mark(forms),
    tags,
    clusters: clusters ? forms.map((f) => clusters.of(f)) : undefined,
    levels: clusters?.levels ?? 0
  };
}

/** The hashed features of a span (1-based word ids, exclusive end, as `EntitySpan`) that the
 * first stage typed `firstType`. */
export function spanFeatures(
  context: SpanContext,
  span: Pick<EntitySpan, 'start' | 'end'>,
  firstType: string
): number[] {
  const { lower, shapes, marks, tags } = context;
  const n = lower.length;
  const s = span.start - 1;
  const e = span.end - 1;
  const length = e - s;
  const at = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : (lower[i] as string));
  const upos = (i: number): string =>
    i < 0 ? '<s>' : i >= n ? '</s>' : ((tags?.[i]?.upos ?? 'X') as string);
  const first = lower[s] as string;
  const last = lower[e - 1] as string;
  const shape = shapes.slice(s, Math.min(e, s + 4)).join(' ');
  const f: number[] = [
    R.bias,
    hashParts(R.type, firstType),
    hashParts(R.typeLength, firstType, '|', String(Math.min(length, 4))),
    hashParts(R.typeShape, firstType, '|', shape),
    hashParts(R.first, first),
    hashParts(R.last, last),
    hashParts(R.last3, last.slice(-3)),
    hashParts(R.last4, last.slice(-4)),
    hashParts(R.last5, last.slice(-5)),
    hashParts(R.first3, first.slice(0, 3)),
    hashParts(R.shapes, shape),
    hashParts(R.length, String(Math.min(length, 5))),
    hashParts(R.before, at(s - 1)),
    hashParts(R.before2, at(s - 2)),
    hashParts(R.beforePair, at(s - 2), '|', at(s - 1)),
    hashParts(R.after, at(e)),
    hashParts(R.after2, at(e + 1)),
    hashParts(R.start, String(s === 0))
  ];
  if (length > 1 && length <= 4) f.push(hashParts(R.whole, lower.slice(s, e).join(' ')));
  for (let i = s; i < e; i++) f.push(hashParts(R.word, lower[i] as string));
  if (tags) {
    f.push(
      hashParts(R.uposBefore, upos(s - 1)),
      hashParts(R.uposAfter, upos(e)),
      hashParts(
        R.upos,
        Array.from({ length: Math.min(length, 4) }, (_, k) => upos(s + k)).join(' ')
      )
    );
    const lemma = tags[e - 1]?.lemma;
    if (lemma && lemma.toLowerCase() !== last) f.push(hashParts(R.lemmaLast, lemma.toLowerCase()));
  }
  for (let i = s; i < e; i++) {
    const where = i === s ? (length === 1 ? 'U' : 'B') : i === e - 1 ? 'L' : 'I';
    for (const m of marks[i] as string[])
      f.push(hashParts(R.mark, m), hashParts(R.markAt, where, '|', m));
  }
  if (s > 0) for (const m of marks[s - 1] as string[]) f.push(hashParts(R.markBefore, m));
  const ids = context.clusters;
  if (ids) {
    const fine = context.levels - 1;
    const mid = Math.min(1, fine);
    const id = (i: number, level: number): string => {
      if (i < 0 || i >= n) return '<s>';
      const c = ids[i];
      return c ? String(c[level]) : '-';
    };
    for (let i = s; i < e; i++) f.push(hashParts(R.cluster, id(i, fine)));
    f.push(
      hashParts(R.clusterLast, id(e - 1, mid)),
      hashParts(R.clusterBefore, id(s - 1, mid)),
      hashParts(R.clusterAfter, id(e, mid))
    );
  }
  for (let k = 0; k < f.length; k++) f[k] = (f[k] as number) & BUCKET_MASK;
  return f;
}
