/**
 * Training and evaluation of the tagger: pure functions over parsed CoNLL-U, so the CLI scripts
 * (`scripts/nlp/train-tagger.ts`, `scripts/bench-nlp.ts`) only read files and the unit tests can
 * train on toy data. Deterministic: a seeded shuffle (hand-written PRNG) and sorted iteration.
 */
import type { ConlluSentence } from '../conllu';
import type { GermanLexicon } from '../lexicon/lexicon';
import {
  hashFeatures,
  jsonSection,
  packSections,
  PerceptronTrainer,
  type ClassScorer
} from '../perceptron';
import { UPOS_TAGS, type Language, type Tagger } from '../types';
import {
  lexiconValues,
  morphNameFeatures,
  morphWordFeatures,
  sentenceContext,
  upos2StaticFeatures,
  upos2TagFeatures,
  uposStaticFeatures,
  uposTagFeatures
} from './features';
import { learnLemmaRules, ruleLemma } from './lemma-rules';
import {
  CLOSED_UPOS,
  closedClassKey,
  decodeTagger,
  determinerStems,
  PerceptronTagger,
  TAGGER_FORMAT,
  type TaggerMeta
} from './tagger';

/** mulberry32: a small seeded PRNG, so shuffles are the same on every run. */
export function seededRandom(seed: number): () => number {
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
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Brings German PUD's annotation to GSD's conventions (GSD is the development and final test
 * treebank):
 * - verbs: PUD leaves out VerbForm and gives participles `Tense=Past`; GSD writes
 *   `VerbForm=Fin|Inf|Part` and no tense on participles. PUD's XPOS column holds English Penn
 *   tags (`VB`, `VBN`), which tell infinitives and participles apart.
 * - adverbs: PUD tags adjectives used as adverbs ADV with a Degree (`schnell`, `häufig`); GSD
 *   tags them ADJ and its adverbs have no Degree. With the lexicon, an ADV carrying Degree whose
 *   form is an adjective's base form becomes ADJ; other adverbs lose Degree.
 *   Modal, focus and comment adverbs that look like adjectives (`einfach`, `wirklich`, `ganz`:
 *   `GERMAN_PARTICLE_ADVERBS`) stay ADV, as STTS (and so GSD) tags them. A comparative of
 *   an adjective the lexicon lists (`später`, `länger`) becomes ADJ too.
 * - word classes PUD draws differently from GSD (`puds: true`, PUD's sentences only): weekday
 *   and month names are PROPN in GSD, NOUN in PUD; `als` before a noun phrase or in a
 *   comparison is ADP in GSD, CCONJ in PUD (`sowohl … als auch` stays CCONJ, the conjunction
 *   of time `als er kam` SCONJ); `um` of `um … zu` is ADP in GSD, SCONJ in PUD.
 * GSD's own words are left as they are (they have VerbForm, and no Degree on ADV).
 */
export function harmoniseGerman(
  sentences: readonly ConlluSentence[],
  lexicon?: GermanLexicon,
  options: { pud?: boolean } = {}
): ConlluSentence[] {
  return sentences.map((s) => ({
    ...s,
    words: s.words.map((w, i) => {
      const lower = w.form.toLowerCase();
      if (options.pud) {
        if (w.upos === 'NOUN' && GERMAN_CALENDAR_NAMES.has(w.form)) return { ...w, upos: 'PROPN' };
        if (lower === 'als' && (w.upos === 'CCONJ' || w.upos === 'SCONJ') && w.deprel !== 'mark') {
          const next = s.words[i + 1]?.form.toLowerCase();
          if (next !== 'auch') return { ...w, upos: 'ADP' };
        }
        if (lower === 'um' && w.upos === 'SCONJ') return { ...w, upos: 'ADP' };
      }
      if (w.upos === 'ADV' && w.feats.Degree) {
        const feats: Record<string, string> = { ...w.feats };
        // The base form, or a comparative of a listed adjective (`später`, `länger`).
        const bases = [lower];
        if (feats.Degree === 'Cmp' && /.{2}er$/.test(lower)) {
          const stem = lower.slice(0, -2);
          bases.push(stem, stem.replace('ä', 'a').replace('ö', 'o').replace('ü', 'u'));
        }
        const adjective =
          !GERMAN_PARTICLE_ADVERBS.has(lower) &&
          bases.some((base) =>
            lexicon?.analysesOf(base).some((a) => a.upos === 'ADJ' && a.lemma === base)
          );
        if (adjective)
          return { ...w, upos: 'ADJ', lemma: w.lemma === '_' ? lower : w.lemma, feats };
        delete feats.Degree;
        return { ...w, feats };
      }
      if (w.upos !== 'VERB' && w.upos !== 'AUX') return w;
      const feats: Record<string, string> = { ...w.feats };
      if (feats.VerbForm) return w;
      if (feats.Mood) feats.VerbForm = 'Fin';
      else if (w.xpos === 'VBN' || (feats.Tense === 'Past' && !feats.Mood)) {
        feats.VerbForm = 'Part';
        delete feats.Tense;
      } else if (w.xpos === 'VB' && Object.keys(feats).length === 0) feats.VerbForm = 'Inf';
      return { ...w, feats };
    })
  }));
}

/** Weekday and month names: PROPN in GSD (its conventions are the target), NOUN in PUD. */
export const GERMAN_CALENDAR_NAMES: ReadonlySet<string> = new Set(
  (
    'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag Januar Jänner ' +
    'Februar März April Mai Juni Juli August September Oktober November Dezember'
  ).split(' ')
);

/**
 * German modal particles, focus (degree) particles and comment adverbs that have an adjective
 * homograph. STTS tags them ADV, not ADJD (`das ist einfach toll`, `wirklich gut`, `erst
 * gestern`), so GSD's UPOS is ADV; PUD tags them ADV with a Degree, like its adverbial
 * adjectives. A closed class of the grammar, not a list of examples.
 */
export const GERMAN_PARTICLE_ADVERBS: ReadonlySet<string> = new Set(
  (
    'einfach wirklich ganz gerade erst lange natürlich genau eben gleich recht wohl eigentlich ' +
    'tatsächlich vermutlich wahrscheinlich bestimmt sicherlich besonders ziemlich echt endlich ' +
    'letztlich schließlich lieber gern gerne meist höchst äußerst allein fast kaum bald sehr ' +
    'ruhig bloß halt etwa eher zuletzt weitaus gleichfalls überhaupt durchaus'
  ).split(' ')
);

export interface TrainOptions {
  language: Language;
  lexicon?: GermanLexicon;
  /** Passes over the data (default 6). */
  epochs?: number;
  seed?: number;
  /** Restrict noun/adjective/verb features to the lexicon's values (default true with one). */
  constrain?: boolean;
  /** Features seen fewer times are not predicted (default 20). */
  minFeatureCount?: number;
  /** Pruning of the averaged weights (default 0.5) and their precision (default 8 bits). */
  minWeight?: number;
  bits?: 8 | 16;
  /** 2: a second UPOS pass that sees the first pass's tags on the right (default 1). */
  uposPasses?: 1 | 2;
  /** Case also sees the articles and pronouns later in the clause. */
  caseContext?: boolean;
  /** Restrict the closed word classes to the forms the training data gave them (German; see
   * `TaggerMeta.closedClasses`). */
  closedClasses?: boolean;
  /** UPOS sees the word with its neighbours' capitalisation and lexicon classes. */
  uposContext?: boolean;
  /** Case agrees inside the noun phrase (`TaggerMeta.npAgreement`). */
  npAgreement?: boolean;
  log?: (message: string) => void;
}

interface Example {
  forms: string[];
  upos: string[];
  feats: Record<string, string>[];
  lemmas: string[];
}

const toExamples = (sentences: readonly ConlluSentence[]): Example[] =>
  sentences
    .filter((s) => s.words.length > 0)
    .map((s) => ({
      forms: s.words.map((w) => w.form),
      upos: s.words.map((w) => w.upos),
      feats: s.words.map((w) => ({ ...w.feats })),
      lemmas: s.words.map((w) => w.lemma)
    }));

/** The closed-class tag dictionary of the training data (`TaggerMeta.closedClasses`): every
 * form's closed-class tags, and the lexicon lemmas of the words tagged AUX. */
function closedClassDictionary(
  data: readonly Example[],
  lexicon: GermanLexicon | undefined
): NonNullable<TaggerMeta['closedClasses']> {
  const forms = new Map<string, Set<string>>();
  const stems = new Map<string, Set<string>>();
  const auxLemmas = new Set<string>();
  const add = (map: Map<string, Set<string>>, key: string, tag: string) => {
    let tags = map.get(key);
    if (!tags) map.set(key, (tags = new Set()));
    tags.add(tag);
  };
  for (const e of data)
    e.upos.forEach((u, i) => {
      if (!CLOSED_UPOS.has(u)) return;
      const key = closedClassKey((e.forms[i] as string).toLowerCase());
      add(forms, key, u);
      if (u === 'DET' || u === 'PRON') for (const stem of determinerStems(key)) add(stems, stem, u);
      if (u === 'AUX' && lexicon)
        for (const a of lexicon.analysesOf(e.forms[i] as string))
          if (a.upos === 'VERB' && a.lemma === e.lemmas[i]) auxLemmas.add(a.lemma);
    });
  const plain = (map: Map<string, Set<string>>) => {
    const out: Record<string, string[]> = {};
    for (const key of [...map.keys()].sort()) out[key] = [...(map.get(key) as Set<string>)].sort();
    return out;
  };
  return { forms: plain(forms), stems: plain(stems), auxLemmas: [...auxLemmas].sort() };
}

/** A trained tagger before pruning: encode it with `encodeTrainedTagger`. */
export interface TrainedTagger {
  meta: TaggerMeta;
  upos: PerceptronTrainer;
  upos2?: PerceptronTrainer;
  feats: Map<string, PerceptronTrainer>;
}

/** Trains a tagger on CoNLL-U sentences and returns the model file's bytes. */
export function trainTagger(
  sentences: readonly ConlluSentence[],
  options: TrainOptions
): Uint8Array {
  return encodeTrainedTagger(trainTaggerWeights(sentences, options), options);
}

/** The model file of a trained tagger, its weights pruned below `minWeight` and quantised. */
export function encodeTrainedTagger(
  trained: TrainedTagger,
  options: { minWeight?: number; bits?: 8 | 16; version?: 1 | 2 }
): Uint8Array {
  const finish = { minWeight: options.minWeight ?? 0.5, bits: options.bits ?? 8 };
  const version = options.version ?? 2;
  const sections: Record<string, Uint8Array> = {
    meta: jsonSection(trained.meta),
    upos: trained.upos.finish(finish).encode(version)
  };
  if (trained.upos2) sections.upos2 = trained.upos2.finish(finish).encode(version);
  for (const { name } of trained.meta.features)
    sections[`feat:${name}`] = (trained.feats.get(name) as PerceptronTrainer)
      .finish(finish)
      .encode(version);
  return packSections(sections);
}

/** Trains the weights (see `trainTagger`). */
export function trainTaggerWeights(
  sentences: readonly ConlluSentence[],
  options: TrainOptions
): TrainedTagger {
  const log = options.log ?? (() => {});
  const epochs = options.epochs ?? 6;
  const random = seededRandom(options.seed ?? 1);
  const lexicon = options.lexicon;
  const data = toExamples(sentences);
  const contexts = data.map((e) => sentenceContext(e.forms, lexicon));

  // Which features to predict, and on which UPOS (seen there at least 1 % of the time).
  const featCount = new Map<string, number>();
  const featUpos = new Map<string, Map<string, number>>();
  const uposCount = new Map<string, number>();
  for (const e of data)
    e.upos.forEach((u, i) => {
      uposCount.set(u, (uposCount.get(u) ?? 0) + 1);
      for (const name of Object.keys(e.feats[i] as Record<string, string>)) {
        featCount.set(name, (featCount.get(name) ?? 0) + 1);
        let m = featUpos.get(name);
        if (!m) featUpos.set(name, (m = new Map()));
        m.set(u, (m.get(u) ?? 0) + 1);
      }
    });
  const minCount = options.minFeatureCount ?? 20;
  const features = [...featCount.entries()]
    .filter(([, c]) => c >= minCount)
    .map(([name]) => name)
    .sort()
    .map((name) => ({
      name,
      upos: [...(featUpos.get(name) as Map<string, number>).entries()]
        .filter(([u, c]) => c >= 3 && c >= 0.01 * (uposCount.get(u) ?? 0))
        .map(([u]) => u)
        .sort()
    }));

  const uposTrainer = new PerceptronTrainer([...UPOS_TAGS]);
  const upos2Trainer = options.uposPasses === 2 ? new PerceptronTrainer([...UPOS_TAGS]) : undefined;
  const featTrainers = new Map<string, PerceptronTrainer>();
  for (const { name } of features) {
    const values = new Set<string>(['_']);
    for (const e of data) for (const f of e.feats) if (f[name]) values.add(f[name]);
    featTrainers.set(name, new PerceptronTrainer([...values].sort()));
  }
  const meta: TaggerMeta = {
    format: TAGGER_FORMAT,
    language: options.language,
    usesLexicon: Boolean(lexicon),
    constrain: options.constrain ?? Boolean(lexicon),
    ...(upos2Trainer ? { uposPasses: 2 as const } : {}),
    ...(options.caseContext ? { caseContext: true } : {}),
    ...(options.uposContext ? { uposContext: true } : {}),
    ...(options.npAgreement ? { npAgreement: true } : {}),
    ...(options.closedClasses ? { closedClasses: closedClassDictionary(data, lexicon) } : {}),
    features,
    lemmas: {},
    lemmaRules: { rules: {} }
  };
  // A tagger over the trainers, so that training decodes exactly as tagging will.
  const live = new PerceptronTagger(
    meta,
    {
      upos: uposTrainer,
      upos2: upos2Trainer,
      feats: featTrainers as Map<string, ClassScorer>
    },
    lexicon
  );
  const uposIndex = new Map(UPOS_TAGS.map((t, i) => [t as string, i]));

  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    let correct = 0;
    let total = 0;
    for (const s of shuffled(order, random)) {
      const e = data[s] as Example;
      const ctx = contexts[s] as ReturnType<typeof sentenceContext>;
      // UPOS, greedy with the predicted previous tags.
      const tags: string[] = [];
      const base = e.forms.map((_, i) =>
        hashFeatures(uposStaticFeatures(ctx, i, meta.uposContext))
      );
      const allowed = e.forms.map((_, i) => live.allowedUpos(ctx, i));
      for (let i = 0; i < e.forms.length; i++) {
        const feats = (base[i] as number[]).concat(
          hashFeatures(
            uposTagFeatures(
              ctx,
              i,
              i > 0 ? (tags[i - 1] as string) : '<s>',
              i > 1 ? (tags[i - 2] as string) : '<s>'
            )
          )
        );
        const guess = uposTrainer.predict(feats, allowed[i]);
        const truth = uposIndex.get(e.upos[i] as string) ?? uposIndex.get('X')!;
        uposTrainer.tick();
        uposTrainer.update(truth, guess, feats);
        tags.push(UPOS_TAGS[guess] as string);
        if (!upos2Trainer) {
          total++;
          if (guess === truth) correct++;
        }
      }
      // The second pass, on the first pass's predictions (made before this sentence's updates).
      if (upos2Trainer) {
        const second: string[] = [];
        for (let i = 0; i < e.forms.length; i++) {
          const p1 = i > 0 ? (second[i - 1] as string) : '<s>';
          const p2 = i > 1 ? (second[i - 2] as string) : '<s>';
          const feats = (base[i] as number[]).concat(
            hashFeatures(upos2StaticFeatures(ctx, i, tags)),
            hashFeatures(uposTagFeatures(ctx, i, p1, p2)),
            hashFeatures(upos2TagFeatures(i, p1, tags))
          );
          const guess = upos2Trainer.predict(feats, allowed[i]);
          const truth = uposIndex.get(e.upos[i] as string) ?? uposIndex.get('X')!;
          upos2Trainer.tick();
          upos2Trainer.update(truth, guess, feats);
          second.push(UPOS_TAGS[guess] as string);
          total++;
          if (guess === truth) correct++;
        }
      }
      // Each feature left to right on the gold UPOS, with the predicted values on the left.
      const shared: (number[] | undefined)[] = [];
      const clauseFor = (name: string) => (meta.caseContext && name === 'Case' ? ctx : undefined);
      for (const { name, upos: carrying } of features) {
        const trainer = featTrainers.get(name) as PerceptronTrainer;
        const values: string[] = [];
        const lexCache: (string | undefined)[] = [];
        const lex = (j: number): string =>
          (lexCache[j] ??= lexiconValues(ctx, j, e.upos[j] as string, name));
        for (let i = 0; i < e.forms.length; i++) {
          const u = e.upos[i] as string;
          if (!carrying.includes(u)) {
            values.push('_');
            continue;
          }
          const gold = (e.feats[i] as Record<string, string>)[name] ?? '_';
          const common = (shared[i] ??= hashFeatures(morphWordFeatures(ctx, i, e.upos)));
          const feats = common.concat(
            hashFeatures(morphNameFeatures(i, e.upos, values, lex, clauseFor(name)))
          );
          const truth = trainer.classes.indexOf(gold);
          const allowed = live.agreeing(
            live.allowedValues(ctx, i, u, name),
            e.upos,
            values,
            i,
            name
          );
          // Where the lexicon does not allow the gold value, learning from it would only teach
          // noise; the constraint decides there at tagging time anyway.
          const guess = trainer.predict(feats, allowed);
          trainer.tick();
          if (!allowed || allowed.includes(truth)) trainer.update(truth, guess, feats);
          values.push(trainer.classes[guess] as string);
        }
      }
    }
    log(`epoch ${epoch + 1}: UPOS ${((100 * correct) / Math.max(1, total)).toFixed(2)} % (train)`);
  }

  // Lemmas: ending rules from the data, then the exceptions neither rules nor lexicon get.
  const pairs: { form: string; upos: string; lemma: string }[] = [];
  for (const e of data)
    e.forms.forEach((form, i) => {
      const lemma = e.lemmas[i] as string;
      if (lemma && lemma !== '_') pairs.push({ form, upos: e.upos[i] as string, lemma });
    });
  meta.lemmaRules = learnLemmaRules(pairs);
  const lemmaCounts = new Map<string, Map<string, number>>();
  const featsOf = new Map<string, Record<string, string>>();
  for (const e of data)
    e.forms.forEach((form, i) => {
      const lemma = e.lemmas[i] as string;
      if (!lemma || lemma === '_') return;
      const key = `${form}\t${e.upos[i]}`;
      let m = lemmaCounts.get(key);
      if (!m) lemmaCounts.set(key, (m = new Map()));
      m.set(lemma, (m.get(lemma) ?? 0) + 1);
      if (!featsOf.has(key)) featsOf.set(key, e.feats[i] as Record<string, string>);
    });
  for (const key of [...lemmaCounts.keys()].sort()) {
    const m = lemmaCounts.get(key) as Map<string, number>;
    let best = '';
    let bestCount = 0;
    for (const [lemma, c] of [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
      if (c > bestCount) {
        best = lemma;
        bestCount = c;
      }
    const [form, upos] = key.split('\t') as [string, string];
    const lower = form.charAt(0).toLowerCase() + form.slice(1);
    const capitalised = lower !== form && upos !== 'PROPN' && upos !== 'NOUN';
    const predicted =
      live.lexiconLemma(form, upos, featsOf.get(key) ?? {}) ??
      ruleLemma(meta.lemmaRules, capitalised ? lower : form, upos);
    if (predicted !== best) meta.lemmas[key] = best;
  }

  return { meta, upos: uposTrainer, upos2: upos2Trainer, feats: featTrainers };
}

/** Decodes what `trainTagger` returned (with the lexicon it was trained with). */
export const taggerFromBytes = (bytes: Uint8Array, lexicon?: GermanLexicon) =>
  decodeTagger(bytes, lexicon);

export interface TaggerScores {
  words: number;
  upos: number;
  /** Over the words whose gold FEATS has Case. */
  case: number;
  caseWords: number;
  /** Whole FEATS column equal. */
  feats: number;
  lemma: number;
  /** Accuracy of each feature over the words where gold or prediction has it. */
  perFeature: Record<string, number>;
}

/** Scores a tagger against gold CoNLL-U (accuracies in %). */
export function evaluateTagger(tagger: Tagger, sentences: readonly ConlluSentence[]): TaggerScores {
  let words = 0;
  let upos = 0;
  let caseWords = 0;
  let caseRight = 0;
  let feats = 0;
  let lemma = 0;
  const featTotal = new Map<string, number>();
  const featRight = new Map<string, number>();
  for (const s of sentences) {
    if (s.words.length === 0) continue;
    const out = tagger.tag(s.words.map((w) => w.form));
    s.words.forEach((w, i) => {
      const p = out[i];
      if (!p) return;
      words++;
      if (p.upos === w.upos) upos++;
      if (w.feats.Case) {
        caseWords++;
        if (p.feats.Case === w.feats.Case) caseRight++;
      }
      const names = new Set([...Object.keys(w.feats), ...Object.keys(p.feats)]);
      let all = true;
      for (const n of names) {
        featTotal.set(n, (featTotal.get(n) ?? 0) + 1);
        if (w.feats[n] === p.feats[n]) featRight.set(n, (featRight.get(n) ?? 0) + 1);
        else all = false;
      }
      if (all) feats++;
      if (p.lemma === w.lemma) lemma++;
    });
  }
  const pct = (a: number, b: number) => Math.round((10000 * a) / Math.max(1, b)) / 100;
  const perFeature: Record<string, number> = {};
  for (const n of [...featTotal.keys()].sort())
    if ((featTotal.get(n) as number) >= 20)
      perFeature[n] = pct(featRight.get(n) ?? 0, featTotal.get(n) as number);
  return {
    words,
    upos: pct(upos, words),
    case: pct(caseRight, caseWords),
    caseWords,
    feats: pct(feats, words),
    lemma: pct(lemma, words),
    perFeature
  };
}
