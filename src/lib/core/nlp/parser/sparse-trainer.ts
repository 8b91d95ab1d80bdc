/**
 * An averaged perceptron trainer whose rows are sparse over classes. The parser has one class per
 * move and label (about a hundred); `PerceptronTrainer` keeps three dense numbers per class for
 * every feature, which for a few million parser features would need gigabytes. Here a feature's
 * row holds only the classes it was ever updated for. It finishes into the shared
 * `PerceptronModel` (same pruning, quantisation and file format).
 */

import { PerceptronModel, type ClassScorer } from '../perceptron';

/** A row: `[class, weight, total, lastUpdate]` repeated. */
type Row = number[];

export class SparsePerceptronTrainer implements ClassScorer {
  // Open addressing over the feature hashes (a `Map` with numeric keys is several times
  // slower, and scoring is most of the training time): `slots[i]` is 1 + the row index of the
  // feature stored at slot i, 0 when empty.
  private keys = new Int32Array(1 << 16);
  private slots = new Int32Array(1 << 16);
  private mask = (1 << 16) - 1;
  private readonly rowKeys: number[] = [];
  private readonly rows: Row[] = [];
  private instances = 0;
  private readonly buffer: Float64Array;

  constructor(readonly classes: readonly string[]) {
    if (classes.length === 0) throw new Error('a perceptron needs at least one class');
    this.buffer = new Float64Array(classes.length);
  }

  private find(feature: number): number {
    const key = feature | 0;
    let slot = key & this.mask;
    for (;;) {
      const entry = this.slots[slot] as number;
      if (entry === 0) return -1;
      if (this.keys[slot] === key) return entry - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  private insert(feature: number): Row {
    if (2 * (this.rows.length + 1) > this.keys.length) this.grow();
    const key = feature | 0;
    let slot = key & this.mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    const row: Row = [];
    this.rows.push(row);
    this.rowKeys.push(feature >>> 0);
    this.keys[slot] = key;
    this.slots[slot] = this.rows.length;
    return row;
  }

  private grow(): void {
    const size = this.keys.length * 2;
    this.keys = new Int32Array(size);
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.rowKeys.forEach((f, i) => {
      const key = f | 0;
      let slot = key & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.slots[slot] = i + 1;
    });
  }

  /** Class scores for the features. The returned array is reused by the next call. */
  scores(features: readonly number[], count = features.length): Float64Array {
    const out = this.buffer;
    out.fill(0);
    for (let i = 0; i < count; i++) {
      const r = this.find(features[i] as number);
      if (r < 0) continue;
      const row = this.rows[r] as Row;
      for (let j = 0; j < row.length; j += 4) {
        const cls = row[j] as number;
        out[cls] = (out[cls] as number) + (row[j + 1] as number);
      }
    }
    return out;
  }

  predict(features: readonly number[]): number {
    const s = this.scores(features);
    let best = 0;
    for (let c = 1; c < s.length; c++) if ((s[c] as number) > (s[best] as number)) best = c;
    return best;
  }

  tick(): void {
    this.instances++;
  }

  update(truth: number, guess: number, features: readonly number[], count = features.length): void {
    if (truth === guess) return;
    for (let i = 0; i < count; i++) {
      const f = features[i] as number;
      const r = this.find(f);
      const row = r < 0 ? this.insert(f) : (this.rows[r] as Row);
      this.bump(row, truth, 1);
      this.bump(row, guess, -1);
    }
  }

  private bump(row: Row, cls: number, delta: number): void {
    let j = 0;
    while (j < row.length && row[j] !== cls) j += 4;
    if (j === row.length) row.push(cls, 0, 0, this.instances);
    const w = row[j + 1] as number;
    row[j + 2] = (row[j + 2] as number) + (this.instances - (row[j + 3] as number)) * w;
    row[j + 3] = this.instances;
    row[j + 1] = w + delta;
  }

  /** The averaged weights in hash order, computed once per training state. */
  private averagedCache?: {
    at: number;
    keys: Uint32Array;
    offsets: Uint32Array;
    cls: Uint16Array;
    w: Float64Array;
    maxAbs: number;
  };

  private averaged() {
    if (this.averagedCache?.at === this.instances) return this.averagedCache;
    const steps = Math.max(1, this.instances);
    const order = this.rowKeys
      .map((_, i) => i)
      .sort((a, b) => (this.rowKeys[a] as number) - (this.rowKeys[b] as number));
    let total = 0;
    for (const row of this.rows) total += row.length / 4;
    const keys = new Uint32Array(order.length);
    const offsets = new Uint32Array(order.length + 1);
    const cls = new Uint16Array(total);
    const w = new Float64Array(total);
    let maxAbs = 0;
    let k = 0;
    order.forEach((i, n) => {
      keys[n] = this.rowKeys[i] as number;
      const row = this.rows[i] as Row;
      const entries: [number, number][] = [];
      for (let j = 0; j < row.length; j += 4) {
        const weight = row[j + 1] as number;
        const sum = (row[j + 2] as number) + (steps - (row[j + 3] as number)) * weight;
        entries.push([row[j] as number, sum / steps]);
      }
      entries.sort((a, b) => a[0] - b[0]);
      for (const [c, a] of entries) {
        cls[k] = c;
        w[k++] = a;
        if (Math.abs(a) > maxAbs) maxAbs = Math.abs(a);
      }
      offsets[n + 1] = k;
    });
    this.averagedCache = { at: this.instances, keys, offsets, cls, w, maxAbs };
    return this.averagedCache;
  }

  /** Averaged, pruned (|w| < minWeight dropped) and quantised to `bits` bits. */
  finish(options: { minWeight?: number; bits?: 8 | 16 } = {}): PerceptronModel {
    const { keys, offsets, cls, w, maxAbs } = this.averaged();
    const bits = options.bits ?? 16;
    const limit = bits === 8 ? 127 : 32767;
    const scale = maxAbs > 0 ? maxAbs / limit : 1;
    const minWeight = Math.max(options.minWeight ?? 0, scale / 2);
    const hashes: number[] = [];
    const outOffsets: number[] = [0];
    const classIdx: number[] = [];
    const weights: number[] = [];
    for (let n = 0; n < keys.length; n++) {
      let kept = 0;
      for (let j = offsets[n] as number; j < (offsets[n + 1] as number); j++) {
        const a = w[j] as number;
        if (Math.abs(a) < minWeight) continue;
        const q = Math.max(-limit, Math.min(limit, Math.round(a / scale)));
        if (q === 0) continue;
        classIdx.push(cls[j] as number);
        weights.push(q);
        kept++;
      }
      if (kept === 0) continue;
      hashes.push(keys[n] as number);
      outOffsets.push(classIdx.length);
    }
    return new PerceptronModel(
      this.classes,
      scale,
      Uint32Array.from(hashes),
      Uint32Array.from(outOffsets),
      Uint16Array.from(classIdx),
      Int16Array.from(weights)
    );
  }

  get featureCount(): number {
    return this.rows.length;
  }
}
