/**
 * The entity recogniser behind `EntityRecogniser`, decoded from `static/models/<lang>/ner.bin`.
 *
 * German: a structured averaged perceptron over IO labels with first-order Viterbi decoding
 * (features in `features.ts`, which read the tagger's UPOS and lemma when the model's meta says
 * `tagged`), trained on GermEval 2014; a finite verb opens no name. English: no annotated English NER data is
 * available under an open licence here, so the English recogniser is rule- and gazetteer-based
 * (`rules.ts`). Both read the same kind of gazetteer, which travels inside the model file.
 *
 * Model file sections: `meta` (JSON: format, version, language, method, decoder, tagged,
 * clusters), `gazetteer` (JSON), and for the statistical method `perceptron` (a
 * `PerceptronModel`) and, when the meta says so, `clusters` (`WordClusters`).
 */
import * as v from 'valibot';
import { PerceptronModel, readJsonSection, unpackSections, type ClassScorer } from '../perceptron';
import type { EntityRecogniser, EntitySpan, NameLists, TaggedWord } from '../types';
import { decodeGazetteer, type Gazetteer } from '../gazetteer/gazetteer';
import { BIO_LABELS, IO_LABELS, spansFromLabels } from './bio';
import {
  dynamicFeatures,
  staticFeatures,
  secondOrderFeature,
  transitionFeatures,
  wordShape,
  type FeatureSources
} from './features';
import { recogniseByRules } from './rules';
import { WordClusters } from './clusters';

export const NER_FORMAT = 'lesequiz-ner';
export const NER_VERSION = 1;

const MetaSchema = v.object({
  format: v.literal(NER_FORMAT),
  version: v.literal(NER_VERSION),
  language: v.picklist(['de', 'en']),
  method: v.picklist(['perceptron', 'rules']),
  /** Greedy left to right with two labels of history, or exact first-order Viterbi. */
  decoder: v.optional(v.picklist(['greedy', 'viterbi']), 'greedy'),
  /** Whether the features read the tagger's UPOS and lemma (`features.ts`), or forms only. */
  tagged: v.optional(v.boolean(), false),
  /** Whether the features read distributional word clusters (section `clusters`). */
  clusters: v.optional(v.boolean(), false),
  /** Viterbi over one label of history (first order) or two (second order). */
  order: v.optional(v.picklist([1, 2]), 1)
});
export type NerMeta = v.InferOutput<typeof MetaSchema>;

type RecogniserInput = readonly (TaggedWord & { form: string })[];

/** For each previous label, the labels that may follow it: `I-X` only after `B-X` or `I-X`. */
export function allowedAfter(labels: readonly string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const previous of ['<s>', ...labels]) {
    const allowed: number[] = [];
    labels.forEach((label, c) => {
      if (!label.startsWith('I-')) allowed.push(c);
      else if (previous !== 'O' && previous !== '<s>' && previous.slice(2) === label.slice(2))
        allowed.push(c);
    });
    out.set(previous, allowed);
  }
  return out;
}

/** Labels a sentence greedily, left to right, with a perceptron (model or trainer). */
export function labelSentence(
  scorer: ClassScorer,
  gazetteer: Gazetteer,
  forms: readonly string[],
  allowed = allowedAfter(scorer.classes),
  fixed = staticFeatures(forms, gazetteer)
): string[] {
  const labels: string[] = [];
  for (let i = 0; i < forms.length; i++) {
    const previous = i > 0 ? (labels[i - 1] as string) : '<s>';
    const beforePrevious = i > 1 ? (labels[i - 2] as string) : '<s>';
    const features = (fixed[i] as number[]).concat(
      dynamicFeatures(forms, i, previous, beforePrevious)
    );
    const best = scorer.predict(features, allowed.get(previous));
    labels.push(scorer.classes[best] as string);
  }
  return labels;
}

/** Whether `label` after `previous` starts a new entity (IO: a change of type; BIO: `B-`). */
const opens = (previous: string, label: string): boolean =>
  label !== 'O' && !label.startsWith('I-') && (label.startsWith('B-') || label !== previous);

/**
 * Words that may not open a name: a finite verb or auxiliary as the tagger reads it (the
 * sentence-initial `Verliert Strache …`, a verb after a dateline). Names that begin so are
 * rare (7 of 2,239 on GermEval's dev file, nearly all mis-tagged nouns).
 */
export function opensNoName(words: readonly TaggedWord[]): boolean[] {
  return words.map((w) => (w.upos === 'VERB' || w.upos === 'AUX') && w.feats.VerbForm === 'Fin');
}

/**
 * The best label sequence under a first-order model: each word's score is its label-free
 * features' score plus the score of its transition features given the label before.
 */
export function viterbiLabels(
  scorer: ClassScorer,
  gazetteer: Gazetteer,
  forms: readonly string[],
  allowed = allowedAfter(scorer.classes),
  fixed = staticFeatures(forms, gazetteer),
  opensNoName?: readonly boolean[]
): string[] {
  const labels = scorer.classes;
  const k = labels.length;
  const n = forms.length;
  if (n === 0) return [];
  // best[i * k + c]: score of the best sequence ending in label c at word i; from[…]: its
  // label before.
  const best = new Float64Array(n * k).fill(-Infinity);
  const from = new Int32Array(n * k).fill(-1);
  for (let i = 0; i < n; i++) {
    const base = scorer.scores(fixed[i] as number[]);
    const shape = wordShape(forms[i] as string);
    const previousLabels = i === 0 ? [-1] : labels.map((_, p) => p);
    for (const p of previousLabels) {
      const before = i === 0 ? 0 : (best[(i - 1) * k + p] as number);
      if (before === -Infinity) continue;
      const previous = p < 0 ? '<s>' : (labels[p] as string);
      const transition = scorer.scores(transitionFeatures(forms, i, previous, shape));
      for (const c of allowed.get(previous) ?? []) {
        if (opensNoName?.[i] && opens(previous, labels[c] as string)) continue;
        const score = before + (base[c] as number) + (transition[c] as number);
        if (score > (best[i * k + c] as number)) {
          best[i * k + c] = score;
          from[i * k + c] = p;
        }
      }
    }
  }
  let c = 0;
  for (let d = 1; d < k; d++)
    if ((best[(n - 1) * k + d] as number) > (best[(n - 1) * k + c] as number)) c = d;
  const out: string[] = new Array<string>(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = labels[c] as string;
    c = from[i * k + c] as number;
  }
  return out;
}

/**
 * The best label sequence under a second-order model: as `viterbiLabels`, plus a score for each
 * label given the two labels before it (`secondOrderFeature`); states are pairs of labels.
 */
export function viterbiLabels2(
  scorer: ClassScorer,
  forms: readonly string[],
  allowed: Map<string, number[]>,
  fixed: readonly number[][],
  opensNoName?: readonly boolean[]
): string[] {
  const labels = scorer.classes;
  const k = labels.length;
  const n = forms.length;
  if (n === 0) return [];
  // States: (label before, label), the label before `k` standing for the sentence start.
  const s = k + 1;
  const name = (c: number): string => (c === k ? '<s>' : (labels[c] as string));
  // tri[(pp * s + p) * k + c]: the score of c after pp, p.
  const tri = new Float64Array(s * s * k);
  for (let pp = 0; pp < s; pp++)
    for (let p = 0; p < s; p++) {
      const scores = scorer.scores([secondOrderFeature(name(pp), name(p))]);
      for (let c = 0; c < k; c++) tri[(pp * s + p) * k + c] = scores[c] as number;
    }
  const best = new Float64Array(n * s * k).fill(-Infinity);
  const from = new Int32Array(n * s * k).fill(-1);
  for (let i = 0; i < n; i++) {
    const base = scorer.scores(fixed[i] as number[]);
    const shape = wordShape(forms[i] as string);
    const previousLabels = i === 0 ? [k] : labels.map((_, p) => p);
    for (const p of previousLabels) {
      const previous = name(p);
      const transition = scorer.scores(transitionFeatures(forms, i, previous, shape));
      const befores = i === 0 ? [k] : i === 1 ? [k] : labels.map((_, pp) => pp);
      for (const c of allowed.get(previous) ?? []) {
        if (opensNoName?.[i] && opens(previous, labels[c] as string)) continue;
        const own = (base[c] as number) + (transition[c] as number);
        const at = (i * s + p) * k + c;
        for (const pp of befores) {
          const before = i === 0 ? 0 : (best[((i - 1) * s + pp) * k + p] as number);
          if (before === -Infinity) continue;
          const score = before + own + (tri[(pp * s + p) * k + c] as number);
          if (score > (best[at] as number)) {
            best[at] = score;
            from[at] = pp;
          }
        }
      }
    }
  }
  let bp = n === 1 ? k : 0;
  let bc = 0;
  for (let p = 0; p < s; p++)
    for (let c = 0; c < k; c++)
      if (
        (best[((n - 1) * s + p) * k + c] as number) > (best[((n - 1) * s + bp) * k + bc] as number)
      ) {
        bp = p;
        bc = c;
      }
  const out: string[] = new Array<string>(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = labels[bc] as string;
    const pp = from[(i * s + bp) * k + bc] as number;
    bc = bp;
    bp = pp;
  }
  return out;
}

class PerceptronRecogniser implements EntityRecogniser {
  private readonly allowed: Map<string, number[]>;

  constructor(
    private readonly model: PerceptronModel,
    private readonly gazetteer: Gazetteer,
    private readonly decoder: 'greedy' | 'viterbi',
    private readonly tagged: boolean,
    private readonly sources: FeatureSources,
    private readonly order: number
  ) {
    this.allowed = allowedAfter(model.classes);
  }

  get names(): NameLists {
    return this.gazetteer;
  }

  recognise(words: RecogniserInput): EntitySpan[] {
    if (words.length === 0) return [];
    const forms = words.map((w) => w.form);
    const fixed = staticFeatures(
      forms,
      this.gazetteer,
      this.tagged ? words : undefined,
      this.sources
    );
    if (this.decoder === 'greedy')
      return spansFromLabels(labelSentence(this.model, this.gazetteer, forms, this.allowed, fixed));
    const blocked = this.tagged ? opensNoName(words) : undefined;
    return withSurnames(
      spansFromLabels(
        this.order === 2
          ? viterbiLabels2(this.model, forms, this.allowed, fixed, blocked)
          : viterbiLabels(this.model, this.gazetteer, forms, this.allowed, fixed, blocked)
      ),
      words,
      this.gazetteer
    );
  }
}

/**
 * A person's name that ends on a known first name takes the capitalised proper noun right after
 * it as the surname, when the model stopped short because the surname is also a common word
 * (`Sebastian Kurz`, `Werner Faymann` after `kurz`, a tagger reading `Kurz` as PROPN).
 */
export function withSurnames(
  spans: EntitySpan[],
  words: RecogniserInput,
  names: NameLists
): EntitySpan[] {
  return spans.map((span) => {
    const last = words[span.end - 2];
    const next = words[span.end - 1];
    if (span.type !== 'PER' || !last || !next || !names.has('first-name', last.form)) return span;
    if (next.upos !== 'PROPN' || !/^\p{Lu}\p{Ll}+$/u.test(next.form)) return span;
    // Not when the next word opens or belongs to another name.
    if (spans.some((x) => x.start <= span.end && span.end < x.end)) return span;
    return { ...span, end: span.end + 1 };
  });
}

class RuleRecogniser implements EntityRecogniser {
  constructor(private readonly gazetteer: Gazetteer) {}

  get names(): NameLists {
    return this.gazetteer;
  }

  recognise(words: RecogniserInput): EntitySpan[] {
    return recogniseByRules(words, this.gazetteer);
  }
}

/**
 * Decodes `ner.bin`. Throws an Error with a message saying what is wrong when the bytes are not
 * a recogniser model of this version.
 */
export function decodeEntityRecogniser(bytes: Uint8Array): EntityRecogniser {
  const sections = unpackSections(bytes);
  const meta = v.safeParse(MetaSchema, readJsonSection(sections.meta, 'meta'));
  if (!meta.success) throw new Error('not an entity recogniser model of this version');
  const gazetteer = decodeGazetteer(readJsonSection(sections.gazetteer, 'gazetteer'));
  if (meta.output.method === 'rules') return new RuleRecogniser(gazetteer);
  if (!sections.perceptron) throw new Error('entity recogniser model lacks its perceptron');
  const model = PerceptronModel.decode(sections.perceptron);
  const labels = model.classes.join();
  if (labels !== BIO_LABELS.join() && labels !== IO_LABELS.join())
    throw new Error('entity recogniser model has unexpected labels');
  const sources: FeatureSources = {};
  if (meta.output.clusters) {
    if (!sections.clusters) throw new Error('entity recogniser model lacks its word clusters');
    sources.clusters = WordClusters.decode(sections.clusters);
  }
  return new PerceptronRecogniser(
    model,
    gazetteer,
    meta.output.decoder,
    meta.output.tagged,
    sources,
    meta.output.order
  );
}
