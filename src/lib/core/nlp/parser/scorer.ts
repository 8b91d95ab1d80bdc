/**
 * A read-only scorer over a perceptron model file (the format `PerceptronModel.encode` writes,
 * either version), tuned for the parser's hot loop: integer accumulation into a caller's
 * buffer, no allocation per decision. The quantisation scale is the same for every class, so integer scores rank
 * classes exactly as the scaled ones do.
 */

import { decodePerceptronArrays } from '../perceptron';

export class IntegerScorer {
  readonly classes: readonly string[];
  private readonly table: Int32Array;
  private readonly keys: Uint32Array;
  private readonly mask: number;
  private readonly offsets: Uint32Array;
  private readonly classIdx: Uint16Array;
  private readonly weights: Int16Array;

  constructor(bytes: Uint8Array) {
    // The scale is irrelevant for ranking.
    const { classes, hashes: keys, offsets, classIdx, weights } = decodePerceptronArrays(bytes);
    this.classes = classes;
    const n = keys.length;
    this.keys = keys;
    this.offsets = offsets;
    this.classIdx = classIdx;
    this.weights = weights;
    let size = 2;
    while (size < n * 2) size <<= 1;
    this.table = new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < n; i++) {
      let slot = (keys[i] as number) & this.mask;
      while (this.table[slot] !== 0) slot = (slot + 1) & this.mask;
      this.table[slot] = i + 1;
    }
  }

  get featureCount(): number {
    return this.keys.length;
  }

  /** Adds the weights of `count` features into `out` (cleared first). */
  scoresInto(features: readonly number[], count: number, out: Int32Array): Int32Array {
    out.fill(0);
    const { table, keys, mask, offsets, classIdx, weights } = this;
    for (let i = 0; i < count; i++) {
      const f = features[i] as number;
      let slot = f & mask;
      let entry = table[slot] as number;
      while (entry !== 0 && keys[entry - 1] !== f) {
        slot = (slot + 1) & mask;
        entry = table[slot] as number;
      }
      if (entry === 0) continue;
      const end = offsets[entry] as number;
      for (let j = offsets[entry - 1] as number; j < end; j++) {
        const c = classIdx[j] as number;
        out[c] = (out[c] as number) + (weights[j] as number);
      }
    }
    return out;
  }
}
