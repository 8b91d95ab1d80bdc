import { describe, expect, it } from 'vitest';
import {
  featureHash,
  hashFeatures,
  packSections,
  PerceptronModel,
  PerceptronTrainer,
  unpackSections
} from './perceptron';

/** A toy problem: the class is the feature's suffix; the perceptron must learn it exactly. */
function train() {
  const classes = ['a', 'b', 'c'];
  const t = new PerceptronTrainer(classes);
  const data = Array.from({ length: 60 }, (_, i) => ({
    feats: hashFeatures([`w=${i % 7}`, `s=${classes[i % 3]}`, 'bias']),
    y: i % 3
  }));
  for (let epoch = 0; epoch < 5; epoch++)
    for (const { feats, y } of data) {
      t.tick();
      t.update(y, t.predict(feats), feats);
    }
  return { t, data };
}

describe('perceptron', () => {
  it('hashes features stably (FNV-1a)', () => {
    expect(featureHash('')).toBe(0x811c9dc5);
    expect(featureHash('a')).toBe(0xe40c292c);
  });

  it('learns a separable problem and keeps its predictions through encode/decode', () => {
    const { data, t } = train();
    const model = t.finish();
    const decoded = PerceptronModel.decode(model.encode());
    for (const { feats, y } of data) {
      expect(model.predict(feats)).toBe(y);
      expect(decoded.predict(feats)).toBe(y);
    }
    expect(decoded.classes).toEqual(['a', 'b', 'c']);
  });

  it('reads version 1 and version 2 (columns) alike, with few or many classes', () => {
    for (const n of [3, 40]) {
      const classes = Array.from({ length: n }, (_, c) => `c${c}`);
      const t = new PerceptronTrainer(classes);
      for (let i = 0; i < 200; i++) {
        const feats = hashFeatures([`w=${i % 13}`, `v=${i % 5}`, 'bias']);
        t.tick();
        t.update(i % n, t.predict(feats), feats);
      }
      const model = t.finish();
      const v1 = model.encode(1);
      const v2 = model.encode(2);
      expect(v2).toEqual(model.encode());
      expect(PerceptronModel.decode(v2).encode(1)).toEqual(v1);
      expect(PerceptronModel.decode(v1).encode(2)).toEqual(v2);
    }
  });

  it('encodes byte-identically when trained twice on the same data', () => {
    expect(train().t.finish().encode()).toEqual(train().t.finish().encode());
  });

  it('rounds weights to a coarser step when asked, keeping the predictions', () => {
    const { data, t } = train();
    const fine = t.finish();
    const coarse = t.finish({ step: fine.scale * 1000 });
    expect(coarse.scale).toBeCloseTo(fine.scale * 1000);
    expect(coarse.encode().length).toBeLessThan(fine.encode().length);
    for (const { feats, y } of data) expect(coarse.predict(feats)).toBe(y);
  });

  it('leaves out the features that `keep` refuses (training-only domain copies)', () => {
    const { t } = train();
    const cue = featureHash('s=a');
    const all = t.finish();
    const kept = t.finish({ keep: (f) => f !== cue });
    expect(all.featureCount).toBe(kept.featureCount + 1);
    expect(kept.scores([cue]).every((x) => x === 0)).toBe(true);
    expect(all.scores([cue]).some((x) => x !== 0)).toBe(true);
  });

  it('adjusts one class for some features (a structured half-update)', () => {
    const t = new PerceptronTrainer(['a', 'b']);
    const features = hashFeatures(['x']);
    t.tick();
    t.adjust(features, 1, 1);
    t.tick();
    expect(t.predict(features)).toBe(1);
    t.adjust(features, 1, -2);
    expect(t.predict(features)).toBe(0);
  });

  it('restricts a prediction to the allowed classes', () => {
    const { data, t } = train();
    const model = t.finish();
    const first = data[0] as { feats: number[]; y: number };
    expect(model.predict(first.feats, [1, 2])).not.toBe(0);
  });

  it('refuses a truncated or foreign file with a message', () => {
    const bytes = train().t.finish().encode();
    expect(() => PerceptronModel.decode(bytes.slice(0, bytes.length - 3))).toThrow(/truncated/);
    expect(() => PerceptronModel.decode(new Uint8Array(16))).toThrow(/magic/);
  });

  it('packs named sections into one file', () => {
    const packed = packSections({ b: new Uint8Array([1, 2]), a: new Uint8Array([3]) });
    expect(unpackSections(packed)).toEqual({ a: new Uint8Array([3]), b: new Uint8Array([1, 2]) });
  });
});
