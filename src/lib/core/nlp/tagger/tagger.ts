/**
 * The part-of-speech, morphology and lemma tagger (German and English): averaged perceptrons
 * over hashed features (see `features.ts`), greedy left to right. German consults the full-form
 * lexicon (`../lexicon`) for features, for the allowed case/number/gender of nouns, adjectives
 * and verbs, and for lemmas. Decoded from `static/models/<lang>/tagger.bin`.
 *
 * ```ts
 * const tagger = decodeTagger(taggerBytes, lexiconBytes); // lexicon only for German
 * tagger.tag(['Die', 'Kinder', 'spielen', '.']);
 * ```
 */
import { decodeLexicon, type GermanLexicon } from '../lexicon/lexicon';
import {
  hashFeatures,
  PerceptronModel,
  readJsonSection,
  unpackSections,
  type ClassScorer
} from '../perceptron';
import {
  UPOS_TAGS,
  type Language,
  type TagOptions,
  type Tagger,
  type TaggedWord,
  type Upos
} from '../types';
import {
  lexiconPosFor,
  lexiconValues,
  morphNameFeatures,
  morphWordFeatures,
  sentenceContext,
  upos2StaticFeatures,
  upos2TagFeatures,
  uposStaticFeatures,
  uposTagFeatures
} from './features';
import { ruleLemma, type LemmaRuleTable } from './lemma-rules';

export const TAGGER_FORMAT = 'lesequiz-tagger-1';

export interface TaggerMeta {
  format: string;
  language: Language;
  /** Whether the model was trained with the German lexicon (then it must be given one). */
  usesLexicon: boolean;
  /** Restrict noun/adjective/verb features to the values the lexicon allows. */
  constrain: boolean;
  /** 2: a second UPOS pass sees the first pass's tags on the right (section `upos2`). */
  uposPasses?: 1 | 2;
  /** Case also sees the articles and pronouns later in the clause. */
  caseContext?: boolean;
  /** Case agrees inside the noun phrase (see `agreeing`). */
  npAgreement?: boolean;
  /** UPOS also sees each word with its neighbours' capitalisation and lexicon classes. */
  uposContext?: boolean;
  /**
   * A tag dictionary for the closed word classes (German): a word gets ADP, CCONJ, DET, PART,
   * PRON or SCONJ only if the training data gave its form (lower-case, `ß` as `ss`) that tag;
   * AUX also if the lexicon reads the form as an inflection of one of `auxLemmas`; DET and PRON
   * also if the form is an inflection (`-e`, `-er`, `-es`, `-em`, `-en`) of a stem in `stems`
   * (`meiner` from `mein`; `keinem` and `keine` share `kein`). Open classes stay open to every word.
   */
  closedClasses?: {
    forms: Record<string, string[]>;
    stems: Record<string, string[]>;
    auxLemmas: string[];
  };
  /** Morphological features predicted, each with the UPOS tags that carry it. */
  features: { name: string; upos: string[] }[];
  /** Lemmas of `form<TAB>UPOS` the rules and the lexicon get wrong. */
  lemmas: Record<string, string>;
  lemmaRules: LemmaRuleTable;
}

/** The scorers a tagger needs: while training they are the trainers themselves. */
export interface TaggerScorers {
  upos: ClassScorer;
  /** The second UPOS pass, when the model has one. */
  upos2?: ClassScorer;
  feats: Map<string, ClassScorer>;
}

/** The word classes a closed-class tag dictionary restricts (`TaggerMeta.closedClasses`). */
export const CLOSED_UPOS: ReadonlySet<string> = new Set([
  'ADP',
  'AUX',
  'CCONJ',
  'DET',
  'PART',
  'PRON',
  'SCONJ'
]);

/** The key of a form in the closed-class tag dictionary: lower-case, `ß` as `ss` (GSD has old
 * spellings such as `muß`, `daß`). */
export const closedClassKey = (lower: string): string => lower.replace(/ß/g, 'ss');

/** The stems a determiner or pronoun form may inflect from: the form itself and the form
 * without one of the endings `-e`, `-er`, `-es`, `-em`, `-en` (stems of four letters or more). */
export function determinerStems(key: string): string[] {
  const out = [key];
  for (const ending of ['e', 'er', 'es', 'em', 'en'])
    if (key.endsWith(ending) && key.length - ending.length >= 4)
      out.push(key.slice(0, -ending.length));
  return out;
}

const isUpos = (tag: string): tag is Upos => (UPOS_TAGS as readonly string[]).includes(tag);

export class PerceptronTagger implements Tagger {
  private readonly uposCarrying: Map<string, Set<string>>;
  private readonly classIndex: Map<string, Map<string, number>>;

  constructor(
    readonly meta: TaggerMeta,
    private readonly scorers: TaggerScorers,
    readonly lexicon: GermanLexicon | undefined
  ) {
    this.uposCarrying = new Map(meta.features.map((f) => [f.name, new Set(f.upos)]));
    this.classIndex = new Map(
      [...scorers.feats].map(([name, s]) => [name, new Map(s.classes.map((c, i) => [c, i]))])
    );
  }

  /** UPOS of every word, greedy left to right; with a second pass, again left to right seeing
   * the first pass's tags on the right. */
  tagUpos(
    forms: readonly string[],
    ctx = sentenceContext(forms, this.lexicon),
    options: TagOptions = {}
  ): string[] {
    // The features that do not depend on the tags, hashed once per word for both passes.
    const context = this.meta.uposContext ?? false;
    const base = forms.map((_, i) => hashFeatures(uposStaticFeatures(ctx, i, context)));
    const allowed = forms.map((form, i) => {
      const dictionary = this.allowedUpos(ctx, i);
      if (!options.lettersAreWords) return dictionary;
      const letters = (form.match(/\p{L}/gu) ?? []).length;
      if (letters === 0) return dictionary;
      const banned = letters >= 2 ? ['PUNCT', 'SYM'] : ['PUNCT'];
      return (dictionary ?? UPOS_TAGS.map((_, c) => c)).filter(
        (c) => !banned.includes(UPOS_TAGS[c] as string)
      );
    });
    const first = this.uposPass(this.scorers.upos, base, allowed, (i, p1, p2) =>
      uposTagFeatures(ctx, i, p1, p2)
    );
    const second = this.scorers.upos2;
    if (!second) return first;
    const base2 = base.map((b, i) => b.concat(hashFeatures(upos2StaticFeatures(ctx, i, first))));
    return this.uposPass(second, base2, allowed, (i, p1, p2) =>
      uposTagFeatures(ctx, i, p1, p2).concat(upos2TagFeatures(i, p1, first))
    );
  }

  private uposPass(
    scorer: ClassScorer,
    base: readonly number[][],
    allowed: readonly (readonly number[] | undefined)[],
    tagFeatures: (i: number, p1: string, p2: string) => string[]
  ): string[] {
    const tags: string[] = [];
    for (let i = 0; i < base.length; i++) {
      const p1 = i > 0 ? (tags[i - 1] as string) : '<s>';
      const p2 = i > 1 ? (tags[i - 2] as string) : '<s>';
      const feats = (base[i] as number[]).concat(hashFeatures(tagFeatures(i, p1, p2)));
      tags.push(scorer.classes[scorer.predict(feats, allowed[i])] as string);
    }
    return tags;
  }

  /** The UPOS (indices into `UPOS_TAGS`) word `i` may take under the model's closed-class tag
   * dictionary; undefined: any. */
  allowedUpos(ctx: ReturnType<typeof sentenceContext>, i: number): number[] | undefined {
    const closed = this.meta.closedClasses;
    if (!closed) return undefined;
    const key = closedClassKey(ctx.lower[i] as string);
    const tags = new Set<string>(closed.forms[key] ?? []);
    if (!tags.has('AUX'))
      for (const a of ctx.analyses[i] ?? [])
        if (a.upos === 'VERB' && closed.auxLemmas.includes(a.lemma)) tags.add('AUX');
    for (const stem of determinerStems(key)) for (const t of closed.stems[stem] ?? []) tags.add(t);
    const out: number[] = [];
    UPOS_TAGS.forEach((t, c) => {
      if (!CLOSED_UPOS.has(t) || tags.has(t)) out.push(c);
    });
    return out;
  }

  /** The classes of feature `name` the lexicon allows for word `i` (undefined: no limit). */
  allowedValues(
    ctx: ReturnType<typeof sentenceContext>,
    i: number,
    upos: string,
    name: string
  ): number[] | undefined {
    if (!this.meta.constrain || !lexiconPosFor(upos)) return undefined;
    const index = this.classIndex.get(name);
    if (!index) return undefined;
    const pos = lexiconPosFor(upos);
    const allowed = new Set<number>();
    for (const a of ctx.analyses[i] ?? []) {
      if (a.upos !== pos) continue;
      const c = index.get(a.feats[name] ?? '_');
      if (c === undefined) return undefined;
      allowed.add(c);
    }
    return allowed.size > 0 ? [...allowed].sort((a, b) => a - b) : undefined;
  }

  /**
   * With `npAgreement` (German), the case of a noun or adjective is the case already chosen for
   * the article or adjective right before it in the noun phrase, when the word's allowed values
   * (`allowed`, undefined: any) admit it: `die Bevölkerungsgruppen` is one case, not two.
   */
  agreeing(
    allowed: number[] | undefined,
    upos: readonly string[],
    values: readonly string[],
    i: number,
    name: string
  ): number[] | undefined {
    if (!this.meta.npAgreement || name !== 'Case' || i === 0) return allowed;
    const u = upos[i] as string;
    const before = upos[i - 1] as string;
    if (u !== 'NOUN' && u !== 'ADJ') return allowed;
    if (before !== 'DET' && before !== 'ADJ') return allowed;
    const c = this.classIndex.get(name)?.get(values[i - 1] as string);
    if (c === undefined || values[i - 1] === '_') return allowed;
    return !allowed || allowed.includes(c) ? [c] : allowed;
  }

  /** Morphological features given the UPOS, one feature at a time, left to right. */
  tagFeatures(
    upos: readonly string[],
    ctx: ReturnType<typeof sentenceContext>
  ): Record<string, string>[] {
    const out: Record<string, string>[] = upos.map(() => ({}));
    // Hashed once per word: the features every feature's classifier shares.
    const shared: (number[] | undefined)[] = [];
    for (const { name } of this.meta.features) {
      const scorer = this.scorers.feats.get(name);
      const carrying = this.uposCarrying.get(name);
      if (!scorer || !carrying) continue;
      const values: string[] = [];
      const clause = this.meta.caseContext && name === 'Case' ? ctx : undefined;
      const lexCache: (string | undefined)[] = [];
      const lex = (j: number): string =>
        (lexCache[j] ??= lexiconValues(ctx, j, upos[j] as string, name));
      for (let i = 0; i < upos.length; i++) {
        const u = upos[i] as string;
        if (!carrying.has(u)) {
          values.push('_');
          continue;
        }
        const common = (shared[i] ??= hashFeatures(morphWordFeatures(ctx, i, upos)));
        const feats = common.concat(hashFeatures(morphNameFeatures(i, upos, values, lex, clause)));
        const v = scorer.classes[
          scorer.predict(
            feats,
            this.agreeing(this.allowedValues(ctx, i, u, name), upos, values, i, name)
          )
        ] as string;
        values.push(v);
        if (v !== '_') (out[i] as Record<string, string>)[name] = v;
      }
    }
    return out;
  }

  /** The lemma: from the training data's exceptions, the lexicon, or the ending rules. */
  lemmatise(
    form: string,
    upos: string,
    feats: Readonly<Record<string, string>>,
    ctx?: {
      analyses: ReturnType<GermanLexicon['analysesOf']>;
    }
  ): string {
    const known = this.meta.lemmas[`${form}\t${upos}`];
    if (known !== undefined) return known;
    // A capitalised word opening a sentence is looked up as written lower-case.
    const lower = form.charAt(0).toLowerCase() + form.slice(1);
    const capitalised = lower !== form && upos !== 'PROPN' && upos !== 'NOUN';
    const knownLower = capitalised ? this.meta.lemmas[`${lower}\t${upos}`] : undefined;
    if (knownLower !== undefined) return knownLower;
    const fromLexicon = this.lexiconLemma(form, upos, feats, ctx?.analyses);
    if (fromLexicon !== undefined) return fromLexicon;
    return ruleLemma(this.meta.lemmaRules, capitalised ? lower : form, upos);
  }

  /** The lemma of the lexicon analysis of the right class that agrees with most features. */
  lexiconLemma(
    form: string,
    upos: string,
    feats: Readonly<Record<string, string>>,
    analyses = this.lexicon?.analysesOf(form)
  ): string | undefined {
    const pos = lexiconPosFor(upos);
    if (!pos || !analyses || upos === 'PROPN') return undefined;
    let best: string | undefined;
    let bestScore = -1;
    for (const a of analyses) {
      if (a.upos !== pos) continue;
      let score = 0;
      for (const [k, v] of Object.entries(a.feats)) if (feats[k] === v) score++;
      if (score > bestScore) {
        best = a.lemma;
        bestScore = score;
      }
    }
    return best;
  }

  tag(forms: readonly string[], options: TagOptions = {}): TaggedWord[] {
    if (forms.length === 0) return [];
    const ctx = sentenceContext(forms, this.lexicon);
    const upos = this.tagUpos(forms, ctx, options);
    const feats = this.tagFeatures(upos, ctx);
    return forms.map((form, i) => {
      const u = upos[i] as string;
      const f = feats[i] as Record<string, string>;
      return {
        upos: isUpos(u) ? u : 'X',
        feats: f,
        lemma: this.lemmatise(form, u, f, { analyses: ctx.analyses[i] ?? [] })
      };
    });
  }
}

/**
 * Decodes a tagger model file. A German model trained with the lexicon needs the lexicon file
 * (`static/models/de/lexicon.bin`) too, or an already decoded lexicon.
 */
export function decodeTagger(
  bytes: Uint8Array,
  lexicon?: Uint8Array | GermanLexicon
): PerceptronTagger {
  const sections = unpackSections(bytes);
  const meta = readJsonSection<TaggerMeta>(sections.meta, 'meta');
  if (meta.format !== TAGGER_FORMAT)
    throw new Error(`not a tagger model (format ${String(meta.format)})`);
  if (!sections.upos) throw new Error('tagger model lacks its "upos" section');
  const upos = PerceptronModel.decode(sections.upos);
  let upos2: ClassScorer | undefined;
  if (meta.uposPasses === 2) {
    if (!sections.upos2) throw new Error('tagger model lacks its "upos2" section');
    upos2 = PerceptronModel.decode(sections.upos2);
  }
  const feats = new Map<string, ClassScorer>();
  for (const { name } of meta.features) {
    const section = sections[`feat:${name}`];
    if (!section) throw new Error(`tagger model lacks its "feat:${name}" section`);
    feats.set(name, PerceptronModel.decode(section));
  }
  let lex: GermanLexicon | undefined;
  if (meta.usesLexicon) {
    if (!lexicon)
      throw new Error('this tagger model was trained with the German lexicon: pass lexicon.bin');
    lex = lexicon instanceof Uint8Array ? decodeLexicon(lexicon) : lexicon;
  }
  return new PerceptronTagger(meta, { upos, upos2, feats }, lex);
}
