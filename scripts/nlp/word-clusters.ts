/**
 * Learns distributional word clusters from unlabelled German text for the entity recogniser
 * (`src/lib/core/nlp/ner/clusters.ts`): each frequent enough word gets a vector of the words
 * around it (two either side, by position, the most frequent context words), weighted by
 * positive pointwise mutual information and normalised; spherical k-means groups the words
 * into the finest level, and k-means over the cluster centres gives the coarser levels (as the
 * prefixes of Brown clusters do). Deterministic: seeded initialisation, a fixed order of words,
 * no parallelism, so the same text gives the same clusters.
 *
 * The text: every openly licensed German file of the kit that may be trained on — GermEval
 * 2014's training file, LER, Europeana Newspapers, UD German PUD and GSD dev (word forms only;
 * labels are not read). Never the GermEval dev file, never a non-commercial treebank.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NLP_DIR } from '../nlp-dir.ts';
import type { ClusterData } from '../../src/lib/core/nlp/ner/clusters.ts';
import { europeanaSentences, germEvalTrain, lerSentences } from './ner-data.ts';

/** Word forms of the sentences of a CoNLL-U file (syntactic words, integer ids). */
export function conlluForms(path: string): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') {
      if (current.length > 0) out.push(current);
      current = [];
      continue;
    }
    if (line.startsWith('#')) continue;
    const [id, form] = line.split('\t');
    if (id && form && /^\d+$/.test(id)) current.push(form);
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** The unlabelled text the clusters are learned from (see the file comment). */
export function clusterText(): string[][] {
  return [
    ...germEvalTrain().map((s) => s.forms),
    ...lerSentences().map((s) => s.forms),
    ...europeanaSentences().map((s) => s.forms),
    ...conlluForms(join(NLP_DIR, 'ud', 'de', 'de_pud-ud-test.conllu')),
    ...conlluForms(join(NLP_DIR, 'ud', 'de', 'de_gsd-ud-dev.conllu'))
  ];
}

export interface ClusterOptions {
  /** Words seen fewer times get no cluster. */
  minCount?: number;
  /** At most this many words (the most frequent). */
  maxWords?: number;
  /** Context words: this many most frequent lower-case forms. */
  contexts?: number;
  /** Clusters per level, coarse to fine. */
  sizes?: number[];
  iterations?: number;
  seed?: number;
  log?: (line: string) => void;
}

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Sparse {
  dims: Int32Array;
  values: Float64Array;
}

const byCountThenName = (counts: Map<string, number>) => (a: string, b: string) =>
  (counts.get(b) as number) - (counts.get(a) as number) || (a < b ? -1 : a > b ? 1 : 0);

/** Spherical k-means of `vectors` (unit length) into `k` clusters; returns the assignment and
 * the (unit) centres, dense, `dim` wide. Centres start at `k` distinct vectors chosen by a
 * seeded draw. */
function sphericalKMeans(
  vectors: readonly Sparse[],
  dim: number,
  k: number,
  iterations: number,
  random: () => number,
  log: (line: string) => void
): { assignment: Int32Array; centres: Float64Array } {
  const n = vectors.length;
  // centresT[d * k + c]: transposed, so a sparse vector scores all centres in one sweep.
  const centresT = new Float64Array(dim * k);
  const chosen = new Set<number>();
  while (chosen.size < Math.min(k, n)) chosen.add(Math.floor(random() * n));
  [...chosen].forEach((v, c) => {
    const vec = vectors[v] as Sparse;
    for (let j = 0; j < vec.dims.length; j++)
      centresT[(vec.dims[j] as number) * k + c] = vec.values[j] as number;
  });
  const assignment = new Int32Array(n).fill(-1);
  const scores = new Float64Array(k);
  for (let it = 0; it < iterations; it++) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      scores.fill(0);
      const vec = vectors[i] as Sparse;
      for (let j = 0; j < vec.dims.length; j++) {
        const base = (vec.dims[j] as number) * k;
        const x = vec.values[j] as number;
        for (let c = 0; c < k; c++)
          scores[c] = (scores[c] as number) + x * (centresT[base + c] as number);
      }
      let best = 0;
      for (let c = 1; c < k; c++) if ((scores[c] as number) > (scores[best] as number)) best = c;
      if (assignment[i] !== best) changed++;
      assignment[i] = best;
    }
    const sums = new Float64Array(dim * k);
    const members = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      const c = assignment[i] as number;
      members[c]++;
      const vec = vectors[i] as Sparse;
      for (let j = 0; j < vec.dims.length; j++)
        sums[(vec.dims[j] as number) * k + c] += vec.values[j] as number;
    }
    const norms = new Float64Array(k);
    for (let d = 0; d < dim; d++)
      for (let c = 0; c < k; c++) norms[c] += (sums[d * k + c] as number) ** 2;
    for (let c = 0; c < k; c++) {
      if (members[c] === 0) continue; // an empty cluster keeps its old centre
      const norm = Math.sqrt(norms[c] as number) || 1;
      for (let d = 0; d < dim; d++) centresT[d * k + c] = (sums[d * k + c] as number) / norm;
    }
    log(`k-means ${k}: iteration ${it + 1}, ${changed} words moved`);
    if (changed === 0) break;
  }
  return { assignment, centres: centresT };
}

/** Learns the clusters of the words of `sentences`. */
export function learnClusters(
  sentences: readonly (readonly string[])[],
  options: ClusterOptions = {}
): ClusterData {
  const log = options.log ?? (() => {});
  const minCount = options.minCount ?? 3;
  const maxWords = options.maxWords ?? 12000;
  const contextCount = options.contexts ?? 1000;
  const sizes = options.sizes ?? [16, 64, 256];
  const iterations = options.iterations ?? 12;
  const random = prng(options.seed ?? 20141209);

  const formCounts = new Map<string, number>();
  const lowerCounts = new Map<string, number>();
  for (const s of sentences)
    for (const form of s) {
      formCounts.set(form, (formCounts.get(form) ?? 0) + 1);
      const low = form.toLowerCase();
      lowerCounts.set(low, (lowerCounts.get(low) ?? 0) + 1);
    }
  const vocab = [...formCounts.keys()]
    .filter((f) => (formCounts.get(f) as number) >= minCount)
    .sort(byCountThenName(formCounts))
    .slice(0, maxWords);
  const wordIndex = new Map(vocab.map((w, i) => [w, i]));
  const contextWords = [...lowerCounts.keys()]
    .sort(byCountThenName(lowerCounts))
    .slice(0, contextCount);
  const contextIndex = new Map(contextWords.map((w, i) => [w, i]));
  // Context ids: the word's index, or one for any other word, one for the sentence's edge.
  const other = contextCount;
  const edge = contextCount + 1;
  const width = contextCount + 2;
  const offsets = [-2, -1, 1, 2];
  const dim = offsets.length * width;
  const cooc: Map<number, number>[] = vocab.map(() => new Map());
  const columnTotals = new Float64Array(dim);
  let total = 0;
  for (const s of sentences) {
    const ctx = s.map((f) => contextIndex.get(f.toLowerCase()) ?? other);
    for (let i = 0; i < s.length; i++) {
      const w = wordIndex.get(s[i] as string);
      if (w === undefined) continue;
      const row = cooc[w] as Map<number, number>;
      offsets.forEach((o, p) => {
        const j = i + o;
        const c = j < 0 || j >= s.length ? edge : (ctx[j] as number);
        const d = p * width + c;
        row.set(d, (row.get(d) ?? 0) + 1);
        columnTotals[d]++;
        total++;
      });
    }
  }
  const vectors: Sparse[] = cooc.map((row) => {
    const rowTotal = [...row.values()].reduce((a, b) => a + b, 0);
    const dims = [...row.keys()].sort((a, b) => a - b);
    const values = dims.map((d) =>
      Math.max(
        0,
        Math.log(((row.get(d) as number) * total) / (rowTotal * (columnTotals[d] as number)))
      )
    );
    const norm = Math.sqrt(values.reduce((a, x) => a + x * x, 0)) || 1;
    return { dims: Int32Array.from(dims), values: Float64Array.from(values, (x) => x / norm) };
  });
  log(`clusters: ${vocab.length} words (seen ${minCount}+ times), ${dim} context dimensions`);

  // Top-down: the coarsest level over all words, then each cluster split into the clusters
  // of the next level (`sizes[l + 1] / sizes[l]` of them), so every level refines the one above
  // as the prefixes of Brown clusters do.
  let assignment = sphericalKMeans(
    vectors,
    dim,
    sizes[0] as number,
    iterations,
    random,
    log
  ).assignment;
  const parents: number[][] = [];
  for (let l = 1; l < sizes.length; l++) {
    const branching = Math.round((sizes[l] as number) / (sizes[l - 1] as number));
    if (branching * (sizes[l - 1] as number) !== sizes[l])
      throw new Error('word clusters: each level must split the one above evenly');
    const next = new Int32Array(vectors.length);
    for (let parent = 0; parent < (sizes[l - 1] as number); parent++) {
      const members: number[] = [];
      assignment.forEach((c, i) => {
        if (c === parent) members.push(i);
      });
      if (members.length === 0) continue;
      const sub = sphericalKMeans(
        members.map((i) => vectors[i] as Sparse),
        dim,
        Math.min(branching, members.length),
        iterations,
        random,
        () => {}
      ).assignment;
      members.forEach((i, j) => (next[i] = parent * branching + (sub[j] as number)));
    }
    parents.push(Array.from({ length: sizes[l] as number }, (_, c) => Math.floor(c / branching)));
    assignment = next;
    log(`clusters: level ${l} (${sizes[l]} clusters) done`);
  }
  const fine = { assignment };
  const words = new Map<string, number>();
  vocab.forEach((w, i) => words.set(w, fine.assignment[i] as number));
  return { sizes, parents, words };
}
