/**
 * Distributional word clusters for the entity recogniser: words that occur in the same contexts
 * of unlabelled German text (`Kiel` and `Gedern` after `in`, `Müller` and `Zöllner` before
 * `sagte`) share a cluster id, so that a name the annotated data never showed still shares the
 * weights of the names it resembles. The clusters are learned at training time by
 * `scripts/nlp/word-clusters.ts` (k-means over context vectors, then the cluster centres
 * grouped into coarser levels, like the prefixes of Brown clusters) and travel inside
 * `ner.bin`.
 *
 * Encoding (section `clusters`): varint levels L, varint sizes of the levels (coarse to fine),
 * for each coarse-level l < L-1 the parent table of level l+1 (varint per cluster), varint word
 * count N, then N keys (24-bit FNV-1a hashes of the words, sorted, delta-coded varints) and N
 * finest cluster ids (varint). A word is looked up by its hash: a word outside the list may,
 * with a chance of about N / 2^24, take a listed word's cluster, which costs nothing but a
 * slightly wrong feature.
 */
import { ByteReader, ByteWriter, featureHash } from '../perceptron';

/** The key of a word: the top 24 bits of its FNV-1a hash. */
export const clusterKey = (word: string): number => featureHash(word) >>> 8;

export interface ClusterData {
  /** Number of clusters per level, coarse to fine. */
  sizes: number[];
  /** parents[l][c]: the cluster of level l that cluster c of level l+1 belongs to. */
  parents: number[][];
  /** Word → finest cluster id. */
  words: ReadonlyMap<string, number>;
}

export class WordClusters {
  private readonly keys: Uint32Array;
  /** ids[i * levels + l]: the cluster of level l of word i. */
  private readonly ids: Uint16Array;
  readonly levels: number;

  private constructor(keys: Uint32Array, ids: Uint16Array, levels: number) {
    this.keys = keys;
    this.ids = ids;
    this.levels = levels;
  }

  get size(): number {
    return this.keys.length;
  }

  /** The cluster ids of `word`, coarse to fine, or undefined for a word not in the list. */
  of(word: string): Uint16Array | undefined {
    const key = clusterKey(word);
    let lo = 0;
    let hi = this.keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = this.keys[mid] as number;
      if (k === key) return this.ids.subarray(mid * this.levels, (mid + 1) * this.levels);
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  static encode(data: ClusterData): Uint8Array {
    const levels = data.sizes.length;
    if (levels === 0 || data.parents.length !== levels - 1)
      throw new Error('word clusters: one parent table per level but the finest');
    const w = new ByteWriter();
    w.varint(levels);
    for (const size of data.sizes) w.varint(size);
    data.parents.forEach((table, l) => {
      if (table.length !== data.sizes[l + 1]) throw new Error('word clusters: bad parent table');
      for (const p of table) w.varint(p);
    });
    // Words whose keys collide keep the cluster of the first in key order of the words.
    const byKey = new Map<number, number>();
    for (const word of [...data.words.keys()].sort()) {
      const key = clusterKey(word);
      if (!byKey.has(key)) byKey.set(key, data.words.get(word) as number);
    }
    const keys = [...byKey.keys()].sort((a, b) => a - b);
    w.varint(keys.length);
    let previous = 0;
    for (const key of keys) {
      w.varint(key - previous);
      previous = key;
    }
    for (const key of keys) w.varint(byKey.get(key) as number);
    return w.bytes();
  }

  static decode(bytes: Uint8Array): WordClusters {
    const r = new ByteReader(bytes);
    const levels = r.varint();
    if (levels < 1 || levels > 8) throw new Error('word clusters: bad number of levels');
    const sizes: number[] = [];
    for (let l = 0; l < levels; l++) sizes.push(r.varint());
    const parents: number[][] = [];
    for (let l = 0; l + 1 < levels; l++) {
      const table: number[] = [];
      for (let c = 0; c < (sizes[l + 1] as number); c++) table.push(r.varint());
      parents.push(table);
    }
    const n = r.varint();
    const keys = new Uint32Array(n);
    let key = 0;
    for (let i = 0; i < n; i++) {
      key += r.varint();
      keys[i] = key;
    }
    const ids = new Uint16Array(n * levels);
    for (let i = 0; i < n; i++) {
      let c = r.varint();
      if (c >= (sizes[levels - 1] as number)) throw new Error('word clusters: bad cluster id');
      for (let l = levels - 1; l >= 0; l--) {
        ids[i * levels + l] = c;
        if (l > 0) c = (parents[l - 1] as number[])[c] as number;
      }
    }
    return new WordClusters(keys, ids, levels);
  }
}
