/**
 * Trains the entity recogniser and writes `static/models/<lang>/ner.bin`.
 *
 * German: a structured averaged perceptron with Viterbi decoding over IO labels PER/ORG/LOC/MISC
 * (features in `src/lib/core/nlp/ner/features.ts`), trained on GermEval 2014's official test
 * split (the kit's core NER training file), with distributional word clusters learned here from
 * the kit's unlabelled text (`word-clusters.ts`, stored in the model file), four extra copies
 * of every GermEval sentence with its names replaced by other training names of the same type
 * (`withReplacedMentions`), and Europeana Newspapers with domain-specific feature copies (LER
 * only when asked for). Never trained or tuned on `NER-de-dev.tsv`, which is for evaluation.
 * English: no openly licensed English NER data, so the model file carries the gazetteer for the
 * rule-based recogniser.
 *
 * Deterministic: sentences are shuffled per epoch with a seeded PRNG, features are hashed with
 * FNV-1a and the model encoding is sorted, so the same data gives a byte-identical file.
 *
 * Usage: npx tsx scripts/nlp/train-ner.ts --lang de|en [--epochs N] [--eval] [--sweep 1,2:0.5]
 *   [--min-weight W] [--step S] [--no-clusters] [--cluster-words N] [--cluster-sizes 16,64,256]
 *   [--ler] [--no-europeana] [--augment N] [--augment-seed N]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import {
  decodeGazetteer,
  type Gazetteer,
  type GazetteerData
} from '../../src/lib/core/nlp/gazetteer/gazetteer.ts';
import { BIO_LABELS, IO_LABELS, toIo } from '../../src/lib/core/nlp/ner/bio.ts';
import {
  dynamicFeatures,
  staticFeatures,
  secondOrderFeature,
  transitionFeatures,
  wordShape,
  FEATURE_BUCKETS,
  type FeatureSources
} from '../../src/lib/core/nlp/ner/features.ts';
import {
  allowedAfter,
  decodeEntityRecogniser,
  viterbiLabels,
  viterbiLabels2,
  NER_FORMAT,
  NER_VERSION,
  type NerMeta
} from '../../src/lib/core/nlp/ner/recogniser.ts';
import {
  jsonSection,
  packSections,
  quantisePerceptron,
  PerceptronTrainer
} from '../../src/lib/core/nlp/perceptron.ts';
import { WordClusters } from '../../src/lib/core/nlp/ner/clusters.ts';
import { clusterText, learnClusters, type ClusterOptions } from './word-clusters.ts';
import type { Language } from '../../src/lib/core/nlp/types.ts';
import { evaluateNer, formatEvaluation } from './eval-ner.ts';
import {
  europeanaSentences,
  germanTagger,
  germEvalDev,
  germEvalTrain,
  lerSentences,
  withTags,
  type NerSentence
} from './ner-data.ts';

export interface TrainNerOptions {
  language: Language;
  /** Passes over the training data (German). */
  epochs?: number;
  /** Extra corpora besides GermEval (German): LER (default off), Europeana (default on). */
  ler?: boolean;
  europeana?: boolean;
  /** Pruning and quantisation of the perceptron. */
  minWeight?: number;
  bits?: 8 | 16;
  /** Development only: pack with each of these pruning thresholds and log dev F1 and size. */
  sweep?: string[];
  /** Greedy decoding with two labels of history, or a structured perceptron with Viterbi. */
  decoder?: 'greedy' | 'viterbi';
  /** Label scheme: IO (default) or BIO. */
  scheme?: 'io' | 'bio';
  /** Features seen fewer times than this in training get no weight. */
  minCount?: number;
  /** Features read the German tagger's UPOS and lemma (`static/models/de/`, trained first). */
  tagged?: boolean;
  step?: number;
  /** Distributional word clusters as features (learned from the kit's unlabelled text);
   * `false` for none. */
  clusters?: ClusterOptions | false;
  /** Extra corpora train domain-specific copies of the features as well (see `trainNer`). */
  adapt?: boolean;
  /** Mention replacement: this many extra copies of each GermEval sentence with names, each
   * name replaced by another GermEval training name of the same type (seeded; 0: none). */
  augment?: number;
  /** Seed of the mention replacement's draws. */
  augmentSeed?: number;
  /** Viterbi with one label of history (1, default) or two (2). */
  order?: 1 | 2;
  /** Members of the weight-averaged ensemble (1: a single model). */
  ensemble?: number;
  /** Progress lines (e.g. `console.log`). */
  log?: (line: string) => void;
}

/** Averaged weights below this are dropped (chosen with the `--sweep` option for the size
 * budget; see docs). */
const DEFAULT_MIN_WEIGHT = 1.5;
/** Quantisation step of the weights (see `PerceptronTrainer.finish`). */
const DEFAULT_STEP = 1;
/** Extra copies of the GermEval sentences with their names replaced (`withReplacedMentions`). */
const DEFAULT_AUGMENT = 4;
/** Passes over the training data. */
const DEFAULT_EPOCHS = 5;
/** Seed of the first member's mention replacement. */
const DEFAULT_AUGMENT_SEED = 20141009;
/** Members of the weight-averaged ensemble (five since branch `ner9`: with second-order
 * Viterbi, dev F1 70.27 / 70.12 / 69.83 on three seeds, against 69.3 for one first-order model). */
const DEFAULT_ENSEMBLE = 5;
/** Label history of the Viterbi decoder: two labels since branch `ner9`. */
const DEFAULT_ORDER = 2;

export interface TrainNerResult {
  bytes: Uint8Array;
  trainingSentences: number;
  trainingTokens: number;
  features: number;
}

/** The committed gazetteer of a language (built by `scripts/nlp/build-gazetteers.ts`). */
export function loadGazetteerData(language: Language): GazetteerData {
  const url = new URL(`../../src/lib/core/nlp/gazetteer/data/${language}.json`, import.meta.url);
  const data = JSON.parse(readFileSync(url, 'utf8')) as GazetteerData;
  return { language: data.language, lists: data.lists, filters: data.filters };
}

/** mulberry32: a small seeded PRNG, so that shuffles are the same on every machine. */
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

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** One pass of greedy training: predicted previous labels feed the next decision, as in use.
 * `fixed` holds each sentence's label-independent features (computed once for all epochs). */
function trainEpoch(
  trainer: PerceptronTrainer,
  sentences: readonly { forms: string[]; truth: number[]; fixed: number[][] }[],
  rare: { has(feature: number): boolean }
): number {
  let errors = 0;
  const allowed = allowedAfter(trainer.classes);
  const labels = trainer.classes;
  for (const sentence of sentences) {
    const predicted: string[] = [];
    for (let i = 0; i < sentence.forms.length; i++) {
      const previous = i > 0 ? (predicted[i - 1] as string) : '<s>';
      const beforePrevious = i > 1 ? (predicted[i - 2] as string) : '<s>';
      const features = (sentence.fixed[i] as number[]).concat(
        dynamicFeatures(sentence.forms, i, previous, beforePrevious)
      );
      const guess = trainer.predict(features, allowed.get(previous));
      const truth = sentence.truth[i] as number;
      trainer.tick();
      if (guess !== truth) {
        errors++;
        trainer.update(
          truth,
          guess,
          features.filter((f) => !rare.has(f))
        );
      }
      predicted.push(labels[guess] as string);
    }
  }
  return errors;
}

/** One pass of structured-perceptron training (Collins 2002): decode the whole sentence with
 * Viterbi, then move weight from the predicted to the gold labels and transitions where they
 * differ. */
function trainEpochViterbi(
  trainer: PerceptronTrainer,
  gazetteer: Gazetteer,
  sentences: readonly { forms: string[]; truth: number[]; fixed: number[][] }[],
  rare: { has(feature: number): boolean },
  order = 1
): number {
  let errors = 0;
  const allowed = allowedAfter(trainer.classes);
  const labels = trainer.classes;
  for (const sentence of sentences) {
    const predicted = (
      order === 2
        ? viterbiLabels2(trainer, sentence.forms, allowed, sentence.fixed)
        : viterbiLabels(trainer, gazetteer, sentence.forms, allowed, sentence.fixed)
    ).map((l) => labels.indexOf(l));
    for (let i = 0; i < sentence.forms.length; i++) {
      trainer.tick();
      const gold = sentence.truth[i] as number;
      const guess = predicted[i] as number;
      const goldBefore = i > 0 ? (sentence.truth[i - 1] as number) : -1;
      const guessBefore = i > 0 ? (predicted[i - 1] as number) : -1;
      const goldBefore2 = i > 1 ? (sentence.truth[i - 2] as number) : -1;
      const guessBefore2 = i > 1 ? (predicted[i - 2] as number) : -1;
      const name = (c: number): string => (c < 0 ? '<s>' : (labels[c] as string));
      if (
        order === 2 &&
        (gold !== guess || goldBefore !== guessBefore || goldBefore2 !== guessBefore2)
      ) {
        trainer.adjust([secondOrderFeature(name(goldBefore2), name(goldBefore))], gold, 1);
        trainer.adjust([secondOrderFeature(name(guessBefore2), name(guessBefore))], guess, -1);
      }
      if (gold === guess && goldBefore === guessBefore) continue;
      if (gold !== guess) {
        errors++;
        trainer.update(
          gold,
          guess,
          (sentence.fixed[i] as number[]).filter((f) => !rare.has(f))
        );
      }
      const shape = wordShape(sentence.forms[i] as string);
      trainer.adjust(transitionFeatures(sentence.forms, i, name(goldBefore), shape), gold, 1);
      trainer.adjust(transitionFeatures(sentence.forms, i, name(guessBefore), shape), guess, -1);
    }
  }
  return errors;
}

/** A training sentence and the corpus it comes from (`germeval` is the target domain). */
type Sourced = NerSentence & { domain: string };

export function germanTrainingSentences(options: TrainNerOptions): Sourced[] {
  const sentences: Sourced[] = germEvalTrain().map((s) => ({ ...s, domain: 'germeval' }));
  const from = (domain: string) => (s: NerSentence) => ({ ...s, domain });
  if (options.ler ?? false) {
    // Only the LER sentences that name a person, place or organisation: the rest are legal
    // citations that would teach little but "O".
    sentences.push(
      ...lerSentences()
        .filter((s) => s.labels.some((l) => l !== 'O'))
        .map(from('ler'))
    );
  }
  if (options.europeana ?? true) sentences.push(...europeanaSentences().map(from('europeana')));
  return sentences;
}

/**
 * Mention replacement (data augmentation): `copies` extra versions of every sentence that names
 * something, each name replaced by a name of the same type drawn (seeded) from all the names
 * of the training sentences, so that the model learns from the context around a name and less
 * from the names it has memorised.
 */
export function withReplacedMentions(
  sentences: readonly NerSentence[],
  copies: number,
  seed = DEFAULT_AUGMENT_SEED
): NerSentence[] {
  const random = prng(seed);
  const byType = new Map<string, string[][]>();
  const spansOf = (labels: readonly string[]): { type: string; start: number; end: number }[] => {
    const io = toIo(labels);
    const spans: { type: string; start: number; end: number }[] = [];
    for (let i = 0; i < io.length; i++) {
      const type = io[i] as string;
      if (type === 'O') continue;
      const begins = i === 0 || io[i - 1] !== type || (labels[i] as string).startsWith('B-');
      if (begins) spans.push({ type, start: i, end: i + 1 });
      else (spans[spans.length - 1] as { end: number }).end = i + 1;
    }
    return spans;
  };
  for (const s of sentences)
    for (const span of spansOf(s.labels)) {
      let list = byType.get(span.type);
      if (!list) byType.set(span.type, (list = []));
      list.push(s.forms.slice(span.start, span.end));
    }
  const out: NerSentence[] = [];
  for (let copy = 0; copy < copies; copy++)
    for (const s of sentences) {
      const spans = spansOf(s.labels);
      if (spans.length === 0) continue;
      const forms: string[] = [];
      const labels: string[] = [];
      let at = 0;
      for (const span of spans) {
        forms.push(...s.forms.slice(at, span.start));
        labels.push(...s.labels.slice(at, span.start));
        const pool = byType.get(span.type) as string[][];
        const name = pool[Math.floor(random() * pool.length)] as string[];
        forms.push(...name);
        labels.push(...name.map((_, k) => `${k === 0 ? 'B' : 'I'}-${span.type}`));
        at = span.end;
      }
      forms.push(...s.forms.slice(at));
      labels.push(...s.labels.slice(at));
      out.push({ forms, labels });
    }
  return out;
}

/** Trains the recogniser of `language` and returns the model file's bytes. */
export function trainNer(options: TrainNerOptions): TrainNerResult {
  const log = options.log ?? (() => {});
  const gazetteerData = loadGazetteerData(options.language);
  const gazetteer = decodeGazetteer(gazetteerData);
  const meta = (method: NerMeta['method']): NerMeta => ({
    format: NER_FORMAT,
    version: NER_VERSION,
    language: options.language,
    method
  });
  if (options.language === 'en') {
    const bytes = packSections({
      meta: jsonSection(meta('rules')),
      gazetteer: jsonSection(gazetteerData)
    });
    return { bytes, trainingSentences: 0, trainingTokens: 0, features: 0 };
  }
  const tagged = options.tagged ?? true;
  const tagger = tagged ? germanTagger() : undefined;
  const base = germanTrainingSentences(options);
  const baseTagged = tagger
    ? withTags(base, tagger).map((s, i) => ({ ...s, domain: (base[i] as Sourced).domain }))
    : base;
  const augment = options.augment ?? DEFAULT_AUGMENT;
  const scheme = options.scheme ?? 'io';
  const decoder = options.decoder ?? 'viterbi';
  const classes = scheme === 'io' ? IO_LABELS : BIO_LABELS;
  // Domain adaptation (Daumé 2007, "frustratingly easy"): a sentence of an extra corpus also
  // carries a copy of each feature that only its corpus shares, so that what is peculiar to
  // legal or historic text and its annotation (courts as ORG, no MISC) goes to the copies; the
  // copies live above the hash buckets of real features and never enter the model file.
  const adapt = options.adapt ?? true;
  const salts = new Map<string, number>();
  const adapted = (domain: string, fixed: number[][]): number[][] => {
    if (!adapt || domain === 'germeval') return fixed;
    let salt = salts.get(domain);
    if (salt === undefined) salts.set(domain, (salt = salts.size + 1));
    return fixed.map((word) => [
      ...word,
      ...word.map((f) => FEATURE_BUCKETS * (salt as number) + f)
    ]);
  };
  const clusterOptions = options.clusters ?? {};
  const clusterBytes =
    clusterOptions === false
      ? undefined
      : WordClusters.encode(learnClusters(clusterText(), { log, ...clusterOptions }));
  const sources: FeatureSources = {};
  if (clusterBytes) sources.clusters = WordClusters.decode(clusterBytes);
  const prepare = (s: Sourced) => ({
    forms: s.forms,
    truth: (scheme === 'io' ? toIo(s.labels) : s.labels).map((l) => classes.indexOf(l)),
    fixed: adapted(s.domain, staticFeatures(s.forms, gazetteer, s.tags, sources))
  });
  const preparedBase = baseTagged.map(prepare);
  // An ensemble (weight averaging): each member trains on its own copies with replaced names
  // (seed `augmentSeed + k`) in its own order (seed 20140909 + k); the model is the mean of
  // the members' averaged weights, pruned once. One member is the plain averaged perceptron.
  const members = Math.max(1, options.ensemble ?? DEFAULT_ENSEMBLE);
  const epochs = options.epochs ?? DEFAULT_EPOCHS;
  const keep = (f: number): boolean => f < FEATURE_BUCKETS;
  let combined = new Map<number, Float64Array>();
  let trainingSentences = 0;
  let tokens = 0;
  for (let k = 0; k < members; k++) {
    const copies =
      augment > 0
        ? withReplacedMentions(
            base.filter((s) => s.domain === 'germeval'),
            augment,
            (options.augmentSeed ?? DEFAULT_AUGMENT_SEED) + k
          ).map((s) => ({ ...s, domain: 'germeval' }))
        : [];
    const copiesTagged = tagger
      ? withTags(copies, tagger).map((s) => ({ ...s, domain: 'germeval' }))
      : copies;
    const prepared = preparedBase.concat(copiesTagged.map(prepare));
    trainingSentences = prepared.length;
    tokens = prepared.reduce((n, s) => n + s.forms.length, 0);
    log(
      `member ${k + 1} of ${members}: training on ${prepared.length} sentences, ${tokens} tokens`
    );
    const counts = new Map<number, number>();
    // Counted over the copies with replaced names as well: a name seen once in the real text
    // but again in a copy gets a weight (counting the real text alone scored lower).
    for (const s of prepared)
      for (const word of s.fixed) for (const f of word) counts.set(f, (counts.get(f) ?? 0) + 1);
    const minCount = options.minCount ?? 2;
    // Features seen fewer than `minCount` times never get a weight: one-off words and word
    // pairs would fill the model and teach little.
    const rare = { has: (f: number): boolean => (counts.get(f) ?? 0) < minCount };
    const rareCount = [...counts.values()].filter((c) => c < minCount).length;
    log(
      `${counts.size} label-independent features, ${rareCount} seen fewer than ${minCount} times`
    );
    const trainer = new PerceptronTrainer(classes);
    const random = prng(20140909 + k);
    for (let epoch = 1; epoch <= epochs; epoch++) {
      const order = shuffled(prepared, random);
      const errors =
        decoder === 'viterbi'
          ? trainEpochViterbi(trainer, gazetteer, order, rare, options.order ?? DEFAULT_ORDER)
          : trainEpoch(trainer, order, rare);
      log(`epoch ${epoch}: ${((100 * errors) / tokens).toFixed(2)} % of words mislabelled`);
    }
    const averaged = trainer.averagedWeights(keep);
    if (members === 1) combined = averaged;
    else
      for (const [f, avg] of averaged) {
        const sum = combined.get(f);
        if (!sum)
          combined.set(
            f,
            avg.map((w) => w / members)
          );
        else
          for (let c = 0; c < avg.length; c++)
            sum[c] = (sum[c] as number) + (avg[c] as number) / members;
      }
  }
  const pack = (minWeight: number, step: number): { bytes: Uint8Array; features: number } => {
    const model = quantisePerceptron(classes, combined, { minWeight, step, bits: 16 });
    const bytes = packSections({
      meta: jsonSection({
        ...meta('perceptron'),
        decoder,
        tagged,
        clusters: !!clusterBytes,
        ...((options.order ?? DEFAULT_ORDER) === 2 ? { order: 2 } : {})
      }),
      gazetteer: jsonSection(gazetteerData),
      perceptron: model.encode(),
      ...(clusterBytes ? { clusters: clusterBytes } : {})
    });
    return { bytes, features: model.featureCount };
  };
  const dev = (): NerSentence[] => (tagger ? withTags(germEvalDev(), tagger) : germEvalDev());
  for (const setting of options.sweep ?? []) {
    const [minWeight, step] = setting.split(':').map(Number) as [number, number];
    const { bytes, features } = pack(minWeight, step ?? DEFAULT_STEP);
    const gz = gzipSync(bytes, { level: 9 }).length;
    const e = evaluateNer(decodeEntityRecogniser(bytes), dev());
    log(
      `min weight ${minWeight}: ${features} features, ${gz} bytes gzip, dev F1 ${(100 * e.f1).toFixed(2)}`
    );
  }
  const { bytes, features } = pack(
    options.minWeight ?? DEFAULT_MIN_WEIGHT,
    options.step ?? DEFAULT_STEP
  );
  return { bytes, trainingSentences, trainingTokens: tokens, features };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      lang: { type: 'string', default: 'de' },
      epochs: { type: 'string' },
      'min-weight': { type: 'string' },
      step: { type: 'string' },
      ler: { type: 'boolean' },
      eval: { type: 'boolean' },
      out: { type: 'string' },
      sweep: { type: 'string' },
      scheme: { type: 'string' },
      decoder: { type: 'string' },
      'min-count': { type: 'string' },
      untagged: { type: 'boolean' },
      'no-clusters': { type: 'boolean' },
      'no-adapt': { type: 'boolean' },
      'cluster-sizes': { type: 'string' },
      'cluster-min-count': { type: 'string' },
      'cluster-words': { type: 'string' },
      'cluster-contexts': { type: 'string' },
      augment: { type: 'string' },
      'augment-seed': { type: 'string' },
      ensemble: { type: 'string' },
      order: { type: 'string' },
      'no-europeana': { type: 'boolean' }
    }
  });
  const language = values.lang === 'en' ? 'en' : 'de';
  const started = performance.now();
  const result = trainNer({
    language,
    epochs: values.epochs ? Number(values.epochs) : undefined,
    minWeight: values['min-weight'] ? Number(values['min-weight']) : undefined,
    step: values.step ? Number(values.step) : undefined,
    ler: values.ler ?? false,
    europeana: !(values['no-europeana'] ?? false),
    sweep: values.sweep?.split(','),
    scheme: values.scheme === 'bio' ? 'bio' : 'io',
    decoder: values.decoder === 'greedy' ? 'greedy' : 'viterbi',
    minCount: values['min-count'] ? Number(values['min-count']) : undefined,
    tagged: !(values.untagged ?? false),
    adapt: !(values['no-adapt'] ?? false),
    clusters: values['no-clusters']
      ? false
      : {
          sizes: values['cluster-sizes']?.split(',').map(Number),
          minCount: values['cluster-min-count'] ? Number(values['cluster-min-count']) : undefined,
          maxWords: values['cluster-words'] ? Number(values['cluster-words']) : undefined,
          contexts: values['cluster-contexts'] ? Number(values['cluster-contexts']) : undefined
        },
    augment: values.augment ? Number(values.augment) : undefined,
    augmentSeed: values['augment-seed'] ? Number(values['augment-seed']) : undefined,
    ensemble: values.ensemble ? Number(values.ensemble) : undefined,
    order: values.order === '1' ? 1 : values.order === '2' ? 2 : undefined,
    log: (line) => console.log(line)
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const out =
    values.out ??
    fileURLToPath(new URL(`../../static/models/${language}/ner.bin`, import.meta.url));
  mkdirSync(fileURLToPath(new URL('.', `file://${out}`)), { recursive: true });
  writeFileSync(out, result.bytes);
  const gz = gzipSync(result.bytes, { level: 9 }).length;
  console.log(
    `${out}: ${result.bytes.length} bytes, ${gz} bytes gzip, ${result.features} features, trained in ${seconds} s`
  );
  if (values.eval && language === 'de') {
    const gold = germEvalDev();
    const dev = values.untagged ? gold : withTags(gold, germanTagger());
    console.log(formatEvaluation(evaluateNer(decodeEntityRecogniser(result.bytes), dev)));
  }
}
