/**
 * Averaged multiclass perceptron (Collins 2002) with hashed string features: the learner behind
 * the tagger, the parser's transition classifier and the entity recogniser. Training keeps dense
 * per-feature rows with lazy averaging; the trained model is pruned and quantised into a compact
 * binary (`encode`) that loads in a few milliseconds (`PerceptronModel.decode`).
 *
 * Deterministic by construction: features are hashed with FNV-1a, updates only add, and the
 * encoding sorts by hash, so the same training data and order give byte-identical model files.
 */

/** FNV-1a over UTF-16 code units: a stable 32-bit hash for a feature string. */
export function featureHash(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Hashes a list of feature strings (duplicates are kept: a repeated feature counts twice). */
export function hashFeatures(features: readonly string[]): number[] {
  return features.map(featureHash);
}

/** Index of the highest score among `allowed` classes (all classes when absent); ties go to the
 * lower class index so that decoding is deterministic. */
function argmax(scores: Float64Array, allowed?: readonly number[]): number {
  let best = -1;
  let bestScore = -Infinity;
  if (allowed && allowed.length > 0) {
    for (const c of allowed) {
      const s = scores[c] as number;
      if (s > bestScore || (s === bestScore && c < best)) {
        best = c;
        bestScore = s;
      }
    }
    return best;
  }
  for (let c = 0; c < scores.length; c++) {
    const s = scores[c] as number;
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}

/** Something that scores classes for hashed features: a trainer mid-training or a model. */
export interface ClassScorer {
  readonly classes: readonly string[];
  scores(features: readonly number[]): Float64Array;
  predict(features: readonly number[], allowed?: readonly number[]): number;
}

/**
 * The learner. Each feature's row holds, per class, the current weight, the running total for
 * averaging and the update count at which the total was last brought up to date.
 */
export class PerceptronTrainer implements ClassScorer {
  readonly classes: readonly string[];
  private readonly rows = new Map<number, Float64Array>();
  private instances = 0;

  constructor(classes: readonly string[]) {
    if (classes.length === 0) throw new Error('a perceptron needs at least one class');
    this.classes = classes;
  }

  scores(features: readonly number[]): Float64Array {
    const n = this.classes.length;
    const out = new Float64Array(n);
    for (const f of features) {
      const row = this.rows.get(f);
      if (!row) continue;
      for (let c = 0; c < n; c++) out[c] = (out[c] as number) + (row[c] as number);
    }
    return out;
  }

  predict(features: readonly number[], allowed?: readonly number[]): number {
    return argmax(this.scores(features), allowed);
  }

  /** Counts one training instance; call once per decision, whether or not it was right. */
  tick(): void {
    this.instances++;
  }

  /** Moves weight from the wrongly predicted class to the right one for these features. */
  update(truth: number, guess: number, features: readonly number[]): void {
    if (truth === guess) return;
    for (const f of features) {
      this.bump(f, truth, 1);
      this.bump(f, guess, -1);
    }
  }

  /** Adds `delta` to the weights of `features` for one class: the half-updates of a
   * structured perceptron, whose right and wrong decisions can have different features
   * (e.g. the label before differs between the gold and the predicted sequence). */
  adjust(features: readonly number[], cls: number, delta: number): void {
    for (const f of features) this.bump(f, cls, delta);
  }

  private bump(feature: number, cls: number, delta: number): void {
    const n = this.classes.length;
    let row = this.rows.get(feature);
    if (!row) {
      row = new Float64Array(3 * n);
      this.rows.set(feature, row);
    }
    const w = row[cls] as number;
    row[n + cls] = (row[n + cls] as number) + (this.instances - (row[2 * n + cls] as number)) * w;
    row[2 * n + cls] = this.instances;
    row[cls] = w + delta;
  }

  /**
   * The averaged weights, pruned and quantised. Weights whose magnitude is below
   * `minWeight` (after averaging) are dropped; the rest are stored as integers of `bits` bits
   * (8 or 16) with one scale for the whole model. `step` (optional) makes the scale at least
   * that coarse: weights become small integers that take one byte each and compress well, at
   * the price of rounding (a model of weights around 1–10 loses little at a step of 0.25).
   */
  finish(
    options: {
      minWeight?: number;
      bits?: 8 | 16;
      step?: number;
      /** Features to keep (default all): e.g. not those that only training ever reads. */
      keep?: (feature: number) => boolean;
    } = {}
  ): PerceptronModel {
    return quantisePerceptron(this.classes, this.averagedWeights(options.keep), options);
  }

  /** The averaged weights of every feature (of those `keep` accepts), before pruning: what
   * `finish` packs, and what an ensemble of trainers averages (`quantisePerceptron`). */
  averagedWeights(keep?: (feature: number) => boolean): Map<number, Float64Array> {
    const n = this.classes.length;
    const steps = Math.max(1, this.instances);
    const averaged = new Map<number, Float64Array>();
    for (const [f, row] of this.rows) {
      if (keep && !keep(f)) continue;
      const avg = new Float64Array(n);
      for (let c = 0; c < n; c++) {
        const w = row[c] as number;
        const total = (row[n + c] as number) + (steps - (row[2 * n + c] as number)) * w;
        avg[c] = total / steps;
      }
      averaged.set(f, avg);
    }
    return averaged;
  }
}

/**
 * Averaged weights, pruned and quantised into a model. Weights whose magnitude is below
 * `minWeight` are dropped; the rest are stored as integers of `bits` bits (8 or 16) with one
 * scale for the whole model. `step` (optional) makes the scale at least that coarse: weights
 * become small integers that take one byte each and compress well, at the price of rounding (a
 * model of weights around 1–10 loses little at a step of 0.25).
 */
export function quantisePerceptron(
  classes: readonly string[],
  averaged: ReadonlyMap<number, Float64Array>,
  options: { minWeight?: number; bits?: 8 | 16; step?: number } = {}
): PerceptronModel {
  const n = classes.length;
  let maxAbs = 0;
  for (const avg of averaged.values())
    for (let c = 0; c < n; c++) maxAbs = Math.max(maxAbs, Math.abs(avg[c] as number));
  const bits = options.bits ?? 16;
  const limit = bits === 8 ? 127 : 32767;
  const scale = Math.max(maxAbs > 0 ? maxAbs / limit : 1, options.step ?? 0);
  const minWeight = Math.max(options.minWeight ?? 0, scale / 2);
  const keys = [...averaged.keys()].sort((a, b) => a - b);
  const hashes: number[] = [];
  const offsets: number[] = [0];
  const classIdx: number[] = [];
  const weights: number[] = [];
  for (const f of keys) {
    const avg = averaged.get(f) as Float64Array;
    let kept = 0;
    for (let c = 0; c < n; c++) {
      const a = avg[c] as number;
      if (Math.abs(a) < minWeight) continue;
      const q = Math.max(-limit, Math.min(limit, Math.round(a / scale)));
      if (q === 0) continue;
      classIdx.push(c);
      weights.push(q);
      kept++;
    }
    if (kept === 0) continue;
    hashes.push(f);
    offsets.push(classIdx.length);
  }
  return new PerceptronModel(
    classes,
    scale,
    Uint32Array.from(hashes),
    Uint32Array.from(offsets),
    Uint16Array.from(classIdx),
    Int16Array.from(weights)
  );
}

const MAGIC = 0x4d50514c; // "LQPM" little-endian
/** Version 1: feature by feature (hash delta, class count, class deltas and weights). Version
 * 2: the same numbers in three columns (all hash deltas, then the classes of each feature — a
 * bit mask when there are at most 31 classes, else their count and deltas — then all
 * weights), which gzip compresses a sixth to a fifth better. */
const VERSIONS = [1, 2] as const;

/** A trained, quantised perceptron: scores classes for hashed features. */
export class PerceptronModel implements ClassScorer {
  private readonly table: Int32Array;
  private readonly mask: number;

  constructor(
    readonly classes: readonly string[],
    readonly scale: number,
    private readonly hashes: Uint32Array,
    private readonly offsets: Uint32Array,
    private readonly classIdx: Uint16Array,
    private readonly weights: Int16Array
  ) {
    // Open addressing: a power-of-two table at most half full, slots hold feature index + 1.
    let size = 1;
    while (size < hashes.length * 2) size <<= 1;
    this.table = new Int32Array(Math.max(2, size));
    this.mask = this.table.length - 1;
    for (let i = 0; i < hashes.length; i++) {
      let slot = (hashes[i] as number) & this.mask;
      while (this.table[slot] !== 0) slot = (slot + 1) & this.mask;
      this.table[slot] = i + 1;
    }
  }

  /** Number of features with at least one weight. */
  get featureCount(): number {
    return this.hashes.length;
  }

  private find(feature: number): number {
    let slot = feature & this.mask;
    for (;;) {
      const entry = this.table[slot] as number;
      if (entry === 0) return -1;
      if (this.hashes[entry - 1] === feature) return entry - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  scores(features: readonly number[]): Float64Array {
    const out = new Float64Array(this.classes.length);
    for (const f of features) {
      const i = this.find(f);
      if (i < 0) continue;
      const end = this.offsets[i + 1] as number;
      for (let j = this.offsets[i] as number; j < end; j++) {
        const c = this.classIdx[j] as number;
        out[c] = (out[c] as number) + (this.weights[j] as number);
      }
    }
    for (let c = 0; c < out.length; c++) out[c] = (out[c] as number) * this.scale;
    return out;
  }

  predict(features: readonly number[], allowed?: readonly number[]): number {
    return argmax(this.scores(features), allowed);
  }

  /** The compact binary form: header, class names, delta-coded hashes, sparse rows (version
   * 1), or the same in columns (version 2, see `VERSIONS`). */
  encode(version: (typeof VERSIONS)[number] = 2): Uint8Array {
    const w = new ByteWriter();
    w.u32(MAGIC);
    w.u8(version);
    w.f64(this.scale);
    w.str(JSON.stringify(this.classes));
    w.varint(this.hashes.length);
    let previous = 0;
    if (version === 2) {
      for (let i = 0; i < this.hashes.length; i++) {
        const h = this.hashes[i] as number;
        w.varint(h - previous);
        previous = h;
      }
      const masks = this.classes.length <= 31;
      for (let i = 0; i < this.hashes.length; i++) {
        const start = this.offsets[i] as number;
        const end = this.offsets[i + 1] as number;
        if (masks) {
          let mask = 0;
          for (let j = start; j < end; j++) mask |= 1 << (this.classIdx[j] as number);
          w.varint(mask);
          continue;
        }
        w.varint(end - start);
        let previousClass = 0;
        for (let j = start; j < end; j++) {
          w.varint((this.classIdx[j] as number) - previousClass);
          previousClass = this.classIdx[j] as number;
        }
      }
      for (const weight of this.weights) w.zigzag(weight);
      return w.bytes();
    }
    for (let i = 0; i < this.hashes.length; i++) {
      const h = this.hashes[i] as number;
      w.varint(h - previous);
      previous = h;
      const start = this.offsets[i] as number;
      const end = this.offsets[i + 1] as number;
      w.varint(end - start);
      let previousClass = 0;
      for (let j = start; j < end; j++) {
        const c = this.classIdx[j] as number;
        w.varint(c - previousClass);
        previousClass = c;
        w.zigzag(this.weights[j] as number);
      }
    }
    return w.bytes();
  }

  static decode(bytes: Uint8Array): PerceptronModel {
    const a = decodePerceptronArrays(bytes);
    return new PerceptronModel(a.classes, a.scale, a.hashes, a.offsets, a.classIdx, a.weights);
  }
}

/** The numbers of an encoded perceptron (either version), for `PerceptronModel.decode` and the
 * parser's `IntegerScorer`. Throws on a bad magic number, version or class index. */
export function decodePerceptronArrays(bytes: Uint8Array): {
  classes: string[];
  scale: number;
  hashes: Uint32Array;
  offsets: Uint32Array;
  classIdx: Uint16Array;
  weights: Int16Array;
} {
  const r = new ByteReader(bytes);
  if (r.u32() !== MAGIC) throw new Error('not a perceptron model (bad magic number)');
  const version = r.u8();
  if (!(VERSIONS as readonly number[]).includes(version))
    throw new Error(`unsupported perceptron model version ${version}`);
  const scale = r.f64();
  const classes: unknown = JSON.parse(r.str());
  if (!Array.isArray(classes) || !classes.every((c) => typeof c === 'string'))
    throw new Error('perceptron model has no class list');
  const n = r.varint();
  const hashes = new Uint32Array(n);
  const offsets = new Uint32Array(n + 1);
  const classIdx: number[] = [];
  const weights: number[] = [];
  const pushClass = (c: number): void => {
    if (c >= classes.length) throw new Error('perceptron model has a bad class index');
    classIdx.push(c);
  };
  let previous = 0;
  if (version === 2) {
    for (let i = 0; i < n; i++) hashes[i] = previous += r.varint();
    const masks = classes.length <= 31;
    for (let i = 0; i < n; i++) {
      if (masks) {
        const mask = r.varint();
        if (mask >= 2 ** classes.length) throw new Error('perceptron model has a bad class index');
        for (let c = 0; c < classes.length; c++) if (mask & (1 << c)) pushClass(c);
      } else {
        const k = r.varint();
        let c = 0;
        for (let j = 0; j < k; j++) pushClass((c += r.varint()));
      }
      offsets[i + 1] = classIdx.length;
    }
    for (let j = 0; j < classIdx.length; j++) weights.push(r.zigzag());
  } else {
    for (let i = 0; i < n; i++) {
      previous += r.varint();
      hashes[i] = previous;
      const k = r.varint();
      let c = 0;
      for (let j = 0; j < k; j++) {
        c += r.varint();
        pushClass(c);
        weights.push(r.zigzag());
      }
      offsets[i + 1] = classIdx.length;
    }
  }
  return {
    classes: classes as string[],
    scale,
    hashes,
    offsets,
    classIdx: Uint16Array.from(classIdx),
    weights: Int16Array.from(weights)
  };
}

/** Appends little-endian numbers, LEB128 varints and length-prefixed UTF-8 strings. */
export class ByteWriter {
  private buffer = new Uint8Array(1024);
  private length = 0;

  private reserve(n: number): void {
    if (this.length + n <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }

  u8(value: number): void {
    this.reserve(1);
    this.buffer[this.length++] = value & 0xff;
  }

  u32(value: number): void {
    this.reserve(4);
    new DataView(this.buffer.buffer).setUint32(this.length, value >>> 0, true);
    this.length += 4;
  }

  f64(value: number): void {
    this.reserve(8);
    new DataView(this.buffer.buffer).setFloat64(this.length, value, true);
    this.length += 8;
  }

  varint(value: number): void {
    if (!Number.isInteger(value) || value < 0) throw new Error(`varint out of range: ${value}`);
    let v = value;
    while (v >= 0x80) {
      this.u8((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.u8(v);
  }

  zigzag(value: number): void {
    this.varint(value >= 0 ? value * 2 : -value * 2 - 1);
  }

  raw(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  str(value: string): void {
    const bytes = new TextEncoder().encode(value);
    this.varint(bytes.length);
    this.raw(bytes);
  }

  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

/** Reads what `ByteWriter` wrote; throws on reading past the end (a truncated file). */
export class ByteReader {
  private offset = 0;
  private readonly view: DataView;

  constructor(private readonly buffer: Uint8Array) {
    this.view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }

  get done(): boolean {
    return this.offset >= this.buffer.length;
  }

  private need(n: number): void {
    if (this.offset + n > this.buffer.length) throw new Error('model file is truncated');
  }

  u8(): number {
    this.need(1);
    return this.buffer[this.offset++] as number;
  }

  u32(): number {
    this.need(4);
    const v = this.view.getUint32(this.offset, true);
    this.offset += 4;
    return v;
  }

  f64(): number {
    this.need(8);
    const v = this.view.getFloat64(this.offset, true);
    this.offset += 8;
    return v;
  }

  varint(): number {
    let result = 0;
    let factor = 1;
    for (;;) {
      const b = this.u8();
      result += (b & 0x7f) * factor;
      if (b < 0x80) return result;
      factor *= 0x80;
      if (factor > 2 ** 53) throw new Error('varint too long');
    }
  }

  zigzag(): number {
    const v = this.varint();
    return v % 2 === 0 ? v / 2 : -(v + 1) / 2;
  }

  raw(n: number): Uint8Array {
    this.need(n);
    const out = this.buffer.subarray(this.offset, this.offset + n);
    this.offset += n;
    return out;
  }

  str(): string {
    return new TextDecoder().decode(this.raw(this.varint()));
  }
}

const CONTAINER_MAGIC = 0x464d514c; // "LQMF"

/**
 * A model file: named sections of bytes (e.g. `upos` perceptron, `lemma-rules` JSON), so each
 * component keeps all its parts in one file with one recorded hash.
 */
export function packSections(sections: Readonly<Record<string, Uint8Array>>): Uint8Array {
  const w = new ByteWriter();
  w.u32(CONTAINER_MAGIC);
  const names = Object.keys(sections).sort();
  w.varint(names.length);
  for (const name of names) {
    const bytes = sections[name] as Uint8Array;
    w.str(name);
    w.varint(bytes.length);
    w.raw(bytes);
  }
  return w.bytes();
}

export function unpackSections(bytes: Uint8Array): Record<string, Uint8Array> {
  const r = new ByteReader(bytes);
  if (r.u32() !== CONTAINER_MAGIC) throw new Error('not a Lesequiz model file (bad magic number)');
  const out: Record<string, Uint8Array> = {};
  const n = r.varint();
  for (let i = 0; i < n; i++) {
    const name = r.str();
    out[name] = r.raw(r.varint());
  }
  return out;
}

/** JSON in a model section. */
export const jsonSection = (value: unknown): Uint8Array =>
  new TextEncoder().encode(JSON.stringify(value));
export const readJsonSection = <T>(bytes: Uint8Array | undefined, name: string): T => {
  if (!bytes) throw new Error(`model file lacks its "${name}" section`);
  return JSON.parse(new TextDecoder().decode(bytes)) as T;
};
