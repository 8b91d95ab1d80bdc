/**
 * The labelled dependency parser: greedy arc-hybrid decoding with an averaged-perceptron
 * classifier over joint (move, label) classes. `decodeParser(bytes)` loads a model file written
 * by `encodeParser`; the result implements `Parser`.
 */

import {
  jsonSection,
  packSections,
  readJsonSection,
  unpackSections,
  type PerceptronModel
} from '../perceptron';
import type { Attachment, Language, Parser } from '../types';
import { clauseViolations } from './constraints';
import {
  encodeSentence,
  extractFeatures,
  MAX_FEATURES,
  type FeatureSet,
  type ParserInput,
  type SentenceCodes
} from './features';
import { IntegerScorer } from './scorer';
import { Configuration, LEFT, RIGHT, SHIFT, type Move } from './transition';

export const PARSER_FORMAT = 'lesequiz-parser';
export const PARSER_VERSION = 1;

/** What the model file says about itself besides the weights. */
export interface ParserMeta {
  format: typeof PARSER_FORMAT;
  version: number;
  language: Language;
  /** Dependency labels, in class order: class 0 is SHIFT, 1 + i is LEFT(labels[i]),
   * 1 + labels.length + i is RIGHT(labels[i]). */
  labels: string[];
  /** The feature templates (1 when absent, for the first files). */
  featureSet?: FeatureSet;
  /** Free-form training facts (data, epochs, scores) for the model card. */
  training?: Record<string, unknown>;
}

/** Class names for a label list: `SH`, `L:<label>`…, `R:<label>`…. */
export function parserClasses(labels: readonly string[]): string[] {
  return ['SH', ...labels.map((l) => `L:${l}`), ...labels.map((l) => `R:${l}`)];
}

/** The move of a class index. */
export function classMove(cls: number, labelCount: number): Move {
  return cls === 0 ? SHIFT : cls <= labelCount ? LEFT : RIGHT;
}

/** The label (index) of a class index; -1 for SHIFT. */
export function classLabel(cls: number, labelCount: number): number {
  return cls === 0 ? -1 : cls <= labelCount ? cls - 1 : cls - 1 - labelCount;
}

/**
 * The highest-scoring class that is legal in `c`: SHIFT only while a word is in the buffer; LEFT
 * onto ROOT only as the last move and only with `root`; `root` never elsewhere.
 */
export function bestLegalClass(
  scores: ArrayLike<number>,
  c: Configuration,
  labelCount: number,
  rootLabel: number
): number {
  let best = -1;
  let bestScore = -Infinity;
  if (c.canShift()) {
    best = 0;
    bestScore = scores[0] as number;
  }
  if (c.canLeft()) {
    if (c.leftIsRoot) {
      const s = scores[1 + rootLabel] as number;
      if (s > bestScore) {
        best = 1 + rootLabel;
        bestScore = s;
      }
    } else {
      for (let l = 0; l < labelCount; l++) {
        const s = scores[1 + l] as number;
        if (l !== rootLabel && s > bestScore) {
          best = 1 + l;
          bestScore = s;
        }
      }
    }
  }
  if (c.canRight()) {
    for (let l = 0; l < labelCount; l++) {
      const s = scores[1 + labelCount + l] as number;
      if (l !== rootLabel && s > bestScore) {
        best = 1 + labelCount + l;
        bestScore = s;
      }
    }
  }
  return best;
}

/** Every class that is legal in `c` (the rules of `bestLegalClass`). */
function legalClasses(c: Configuration, labelCount: number, rootLabel: number): number[] {
  const out: number[] = [];
  if (c.canShift()) out.push(0);
  if (c.canLeft()) {
    if (c.leftIsRoot) out.push(1 + rootLabel);
    else for (let l = 0; l < labelCount; l++) if (l !== rootLabel) out.push(1 + l);
  }
  if (c.canRight())
    for (let l = 0; l < labelCount; l++) if (l !== rootLabel) out.push(1 + labelCount + l);
  return out;
}

export class TransitionParser implements Parser {
  readonly rootLabel: number;
  private readonly features: number[] = new Array<number>(MAX_FEATURES).fill(0);
  private readonly scores: Int32Array;

  constructor(
    readonly model: IntegerScorer,
    readonly labels: readonly string[],
    readonly featureSet: FeatureSet = 1,
    readonly language?: Language
  ) {
    this.scores = new Int32Array(model.classes.length);
    this.rootLabel = labels.indexOf('root');
    if (this.rootLabel < 0) throw new Error('parser model has no "root" label');
    if (model.classes.length !== 1 + 2 * labels.length)
      throw new Error('parser model classes do not match its labels');
  }

  /**
   * How many parses a German sentence's beam keeps when the greedy parse breaks a rule of
   * clause structure (1: greedy only). Eight measured best on GSD dev with the tagger's tags
   * (`docs/nlp/parser.md`).
   */
  beamWidth = 8;

  parse(words: readonly ParserInput[]): Attachment[] {
    const n = words.length;
    if (n === 0) return [];
    const codes = encodeSentence(words);
    const greedy = this.decode(codes, n);
    let out = greedy.out;
    // A greedy parse that breaks German clause structure is often one wrong early move away from
    // a good one: a beam follows the best few move sequences, and the parse breaking the fewest
    // rules wins, the model's score deciding among equals (`clauseViolations`).
    if (this.language === 'de' && this.beamWidth > 1) {
      const greedyViolations = clauseViolations(words, out);
      let best = { violations: greedyViolations, score: greedy.score };
      if (greedyViolations > 0)
        for (const candidate of this.beam(codes, n, this.beamWidth)) {
          const violations = clauseViolations(words, candidate.out);
          if (
            violations < best.violations ||
            (violations === best.violations &&
              violations < greedyViolations &&
              candidate.score > best.score)
          ) {
            out = candidate.out;
            best = { violations, score: candidate.score };
          }
        }
    }
    return this.repair(words, out);
  }

  /** The greedy parse: the best legal move at every step, and the sum of their scores. */
  private decode(codes: SentenceCodes, n: number): { out: Attachment[]; score: number } {
    const c = new Configuration(n);
    const L = this.labels.length;
    const feats = this.features;
    let score = 0;
    while (!c.terminal) {
      const count = extractFeatures(codes, c, feats, this.featureSet);
      this.model.scoresInto(feats, count, this.scores);
      const cls = bestLegalClass(this.scores, c, L, this.rootLabel);
      score += this.scores[cls] as number;
      c.apply(classMove(cls, L), classLabel(cls, L));
    }
    return { out: this.attachments(c), score };
  }

  /**
   * Beam search over move sequences: every step, each kept configuration is extended by its
   * best few legal moves and the `width` best sums of scores go on. Arc-hybrid parses take 2n
   * moves whatever they do, so the beam's configurations finish together.
   */
  private beam(
    codes: SentenceCodes,
    n: number,
    width: number
  ): { out: Attachment[]; score: number }[] {
    const L = this.labels.length;
    const feats = this.features;
    const perItem = 4;
    let items: { c: Configuration; score: number }[] = [{ c: new Configuration(n), score: 0 }];
    while (!items.every((x) => x.c.terminal)) {
      const next: { from: number; cls: number; score: number }[] = [];
      items.forEach((item, from) => {
        if (item.c.terminal) {
          next.push({ from, cls: -1, score: item.score });
          return;
        }
        const count = extractFeatures(codes, item.c, feats, this.featureSet);
        this.model.scoresInto(feats, count, this.scores);
        const legal = legalClasses(item.c, L, this.rootLabel);
        legal.sort((a, b) => (this.scores[b] as number) - (this.scores[a] as number));
        for (const cls of legal.slice(0, perItem))
          next.push({ from, cls, score: item.score + (this.scores[cls] as number) });
      });
      next.sort((a, b) => b.score - a.score);
      items = next.slice(0, width).map((x) => {
        const from = items[x.from] as { c: Configuration; score: number };
        if (x.cls < 0) return from;
        const c = from.c.clone();
        c.apply(classMove(x.cls, L), classLabel(x.cls, L));
        return { c, score: x.score };
      });
    }
    return items.map((x) => ({ out: this.attachments(x.c), score: x.score }));
  }

  private attachments(c: Configuration): Attachment[] {
    const out: Attachment[] = [];
    for (let i = 1; i <= c.n; i++)
      out.push({
        head: c.heads[i] as number,
        deprel: this.labels[c.labels[i] as number] as string
      });
    return out;
  }

  /** The rule repairs of known misparses, in order (each documented where it is defined). */
  private repair(words: readonly ParserInput[], out: Attachment[]): Attachment[] {
    return clauseAfterAs(
      words,
      adverbialByConjunction(
        words,
        clauseOnVerb(
          words,
          subjectOfSubjectless(
            words,
            subjectByAgreement(
              words,
              subjectByCase(
                words,
                quantityOnVerb(
                  words,
                  countedNounHead(
                    words,
                    auxiliaryOnParticiple(
                      words,
                      nameAfterFiniteVerb(
                        words,
                        verbAfterFrontedPhrase(
                          words,
                          mainVerbReadAsRelative(words, relativeBetweenCommas(words, out))
                        )
                      )
                    )
                  )
                )
              )
            )
          )
        )
      )
    );
  }
}

const NOMINAL = /^(NOUN|PROPN|PRON)$/u;
/** German determiners whose nominative and accusative read alike. */
const AMBIGUOUS_DETERMINER =
  /^(das|die|eine|keine|diese|dieses|jenes|jene|meine|deine|seine|ihre|unsere|eure|alle|viele|einige|manche)$/iu;

/**
 * One subject per clause, told by case where the tagger gave one: when a verb got two subjects,
 * or a subject in the accusative next to an object in the nominative, the word in the accusative
 * is the object and one in the dative the indirect object (`Den Vorschlag kritisierte die
 * Opposition`: the parser, which weighs word order heavily, made both nouns subjects). Words
 * without case (English nouns) are left as parsed.
 */
export function subjectByCase(words: readonly ParserInput[], out: Attachment[]): Attachment[] {
  const byHead = new Map<number, number[]>();
  out.forEach((a, i) => {
    if (/^(nsubj|obj|iobj)$/u.test(a.deprel) && NOMINAL.test(words[i]?.upos ?? ''))
      byHead.set(a.head, [...(byHead.get(a.head) ?? []), i]);
  });
  for (const deps of byHead.values()) {
    const caseOf = (i: number) => words[i]?.feats.Case;
    const subjects = deps.filter((i) => out[i]?.deprel === 'nsubj');
    let nominative = deps.filter((i) => caseOf(i) === 'Nom');
    // Two nominatives where one is only a guess: `das`, `die`, `eine` read alike in the
    // nominative and the accusative, so of two subjects the one after the verb with such a
    // determiner is the object (`Der Gemeinderat beschloss das Projekt`).
    if (subjects.length === 2 && nominative.length === 2) {
      const [a, b] = subjects as [number, number];
      const head = out[a]?.head ?? 0;
      const ambiguous = (i: number) =>
        i + 1 > head &&
        out.some(
          (d, j) =>
            d.head === i + 1 &&
            d.deprel === 'det' &&
            AMBIGUOUS_DETERMINER.test(words[j]?.form ?? '')
        );
      if (a + 1 < head && ambiguous(b)) {
        out[b] = { ...(out[b] as Attachment), deprel: 'obj' };
        continue;
      }
      // `er`, `ich`, `du`, `wir` can only be nominative: next to one of them, a noun phrase with
      // a determiner that reads alike in both cases is the object, wherever it stands
      // (`Die Vereinbarung hat er unterschrieben`, where the tagger guessed two nominatives).
      const onlyNominative = (i: number) => /^(er|ich|du|wir)$/iu.test(words[i]?.form ?? '');
      const withAmbiguousDeterminer = (i: number) =>
        words[i]?.upos !== 'PRON' &&
        out.some(
          (d, j) =>
            d.head === i + 1 &&
            d.deprel === 'det' &&
            AMBIGUOUS_DETERMINER.test(words[j]?.form ?? '')
        );
      const pronoun = subjects.find(onlyNominative);
      const other = subjects.find((i) => i !== pronoun);
      if (pronoun !== undefined && other !== undefined && withAmbiguousDeterminer(other)) {
        out[other] = { ...(out[other] as Attachment), deprel: 'obj' };
        continue;
      }
      // `der` before a masculine singular noun can only be nominative: next to such a subject,
      // a noun without an article, or with one that reads alike in both cases, is the object
      // (`hat der Fußballverband Brasiliens Top-Stürmer Neymar gesperrt`).
      const masculineDer = (i: number) =>
        words[i]?.feats.Gender === 'Masc' &&
        words[i]?.feats.Number === 'Sing' &&
        out.some(
          (d, j) => d.head === i + 1 && d.deprel === 'det' && /^der$/iu.test(words[j]?.form ?? '')
        );
      const withoutArticle = (i: number) =>
        words[i]?.upos !== 'PRON' &&
        !out.some((d, j) => d.head === i + 1 && d.deprel === 'det' && j !== i);
      const sure = subjects.filter(masculineDer);
      if (sure.length === 1) {
        const rest = subjects.find((i) => i !== sure[0]);
        if (rest !== undefined && (withoutArticle(rest) || withAmbiguousDeterminer(rest))) {
          out[rest] = { ...(out[rest] as Attachment), deprel: 'obj' };
          continue;
        }
      }
      nominative = [];
    }
    if (nominative.length !== 1) continue;
    const subject = nominative[0] as number;
    const wrong = subjects.filter((i) => i !== subject && /^(Acc|Dat)$/u.test(caseOf(i) ?? ''));
    if (wrong.length === 0) continue;
    for (const i of wrong)
      out[i] = { ...(out[i] as Attachment), deprel: caseOf(i) === 'Acc' ? 'obj' : 'iobj' };
    if (out[subject]?.deprel !== 'nsubj')
      out[subject] = { ...(out[subject] as Attachment), deprel: 'nsubj' };
  }
  return out;
}

/** The parser's model file; `version` of the perceptron encoding (training measures its size
 * budget on version 1, see `scripts/nlp/train-parser.ts`). */
export function encodeParser(
  meta: ParserMeta,
  model: PerceptronModel,
  version: 1 | 2 = 2
): Uint8Array {
  return packSections({ meta: jsonSection(meta), weights: model.encode(version) });
}

/** Loads a parser model file; throws with a message on a file that is not one. */
export function decodeParser(bytes: Uint8Array): TransitionParser {
  const sections = unpackSections(bytes);
  const meta = readJsonSection<ParserMeta>(sections.meta, 'meta');
  if (meta.format !== PARSER_FORMAT) throw new Error('not a Lesequiz parser model');
  if (meta.version !== PARSER_VERSION)
    throw new Error(`unsupported parser model version ${meta.version}`);
  if (!Array.isArray(meta.labels) || !meta.labels.every((l) => typeof l === 'string'))
    throw new Error('parser model has no label list');
  if (!sections.weights) throw new Error('model file lacks its "weights" section');
  const featureSet = meta.featureSet ?? 1;
  if (featureSet !== 1 && featureSet !== 2)
    throw new Error(`unsupported parser feature set ${String(featureSet)}`);
  return new TransitionParser(
    new IntegerScorer(sections.weights),
    meta.labels,
    featureSet,
    meta.language
  );
}

/**
 * An adverbial clause (`weil …`, `because …`) modifies a verb, never a noun: one the parser hung
 * on a noun goes to that noun's own head, where the reason belongs (`beschloss das Projekt, weil
 * …`).
 */
export function clauseOnVerb(words: readonly ParserInput[], out: Attachment[]): Attachment[] {
  out.forEach((a, i) => {
    if (a.deprel !== 'advcl') return;
    const head = words[a.head - 1];
    const grand = out[a.head - 1];
    if (!head || !grand || !/^(NOUN|PROPN)$/u.test(head.upos) || grand.head === i + 1) return;
    if (grand.head === 0) return;
    out[i] = { ...a, head: grand.head };
  });
  return out;
}

/** Conjunctions that open an adverbial clause (a reason, condition, time or concession), never
 * what a verb says or thinks (`dass`, `ob`, `that`, `whether` open a complement). */
const ADVERBIAL_CONJUNCTION =
  /^(weil|da|obwohl|obgleich|obschon|wenn|falls|sofern|nachdem|bevor|ehe|während|seit|seitdem|sobald|solange|damit|sodass|indem|zumal|because|although|though|unless|whereas|while|whilst|until|once)$/iu;

/**
 * A clause the parser attached as a complement (`ccomp`) whose conjunction only opens adverbial
 * clauses (`…, weil es der AKP nicht gelungen war, …`, `…, da dieses vor einem fast leeren
 * Gästeblock stattfand`) is an adverbial clause (`advcl`), as the treebanks annotate it: the
 * generator reads reasons and conditions from `advcl`.
 */
export function adverbialByConjunction(
  words: readonly ParserInput[],
  out: Attachment[]
): Attachment[] {
  out.forEach((a, i) => {
    if (a.deprel !== 'ccomp') return;
    const mark = out.findIndex((m, j) => m.head === i + 1 && m.deprel === 'mark' && j < i);
    const conjunction = mark >= 0 ? words[mark] : undefined;
    if (conjunction && ADVERBIAL_CONJUNCTION.test(conjunction.form))
      out[i] = { ...a, deprel: 'advcl' };
  });
  return out;
}

/** German determiners that cannot open a subject: accusative, dative or genitive only. */
const NOT_NOMINATIVE_DETERMINER =
  /^(den|dem|des|einen|einem|eines|keinen|keinem|diesen|diesem|jenen|jenem|meinen|deinen|seinen|ihren|unseren|euren|meinem|deinem|seinem|ihrem|unserem|eurem)$/iu;

/**
 * A finite German clause in the active has a subject: when the parser gave it none but one
 * object, a noun that can be nominative (no determiner that rules it out) and agrees with the
 * finite verb in number, that object is the subject (`Nach dem Absturz haben Sicherheitskräfte
 * versucht, …`: a plural noun without article after the verb, read as an object). A verb
 * conjoined to another shares that one's subject, and an imperative has none: both are left.
 * Words without case (English) are left as parsed.
 */
/**
 * German puts the object first as readily as the subject (`Neue Smartphones verkündet Apple
 * stets im Herbst`, `Die Belege schickte das Kiewer ORF-Büro an die Buchhaltung`), and the
 * parser, which weighs word order, made the first noun the subject. Where that noun disagrees
 * with the finite verb in number and the object agrees (and nothing rules out its nominative),
 * the two swap. Coordinated subjects (`X und Y`, plural verb) and pronouns are left; words
 * without case (English) too.
 */
export function subjectByAgreement(words: readonly ParserInput[], out: Attachment[]): Attachment[] {
  const childrenOf = (head: number) => out.flatMap((a, i) => (a.head === head ? [i] : []));
  for (let v = 0; v < words.length; v++) {
    const verb = words[v] as ParserInput;
    if (!/^(VERB|AUX)$/u.test(verb.upos)) continue;
    const kids = childrenOf(v + 1);
    const subjects = kids.filter((i) => out[i]?.deprel === 'nsubj');
    const objects = kids.filter((i) => out[i]?.deprel === 'obj');
    if (subjects.length !== 1 || objects.length !== 1) continue;
    const s = subjects[0] as number;
    const o = objects[0] as number;
    const subject = words[s] as ParserInput;
    const object = words[o] as ParserInput;
    if (subject.upos !== 'NOUN' || !subject.feats.Case) continue;
    if (!/^(NOUN|PROPN)$/u.test(object.upos)) continue;
    const finite =
      verb.feats.VerbForm === 'Fin'
        ? verb
        : kids
            .map((i) => words[i] as ParserInput)
            .find(
              (k, j) =>
                /^(aux|cop)/u.test(out[kids[j] as number]?.deprel ?? '') &&
                k.feats.VerbForm === 'Fin'
            );
    const number = finite?.feats.Number;
    if (!number || !subject.feats.Number || subject.feats.Number === number) continue;
    if ((object.feats.Number ?? number) !== number) continue;
    if (childrenOf(s + 1).some((i) => out[i]?.deprel === 'conj')) continue;
    // The noun becoming the object must read as an accusative: no article but one that reads
    // alike in both cases (`Der 22-jährige Turniersieger … gewann das Finale`: `der` is a
    // nominative, and the tagger's plural for `Turniersieger` the mistake).
    const notAccusative = childrenOf(s + 1).some(
      (i) => /^det/u.test(out[i]?.deprel ?? '') && !AMBIGUOUS_DETERMINER.test(words[i]?.form ?? '')
    );
    if (notAccusative) continue;
    const determinerRulesOut = childrenOf(o + 1).some(
      (i) =>
        /^det/u.test(out[i]?.deprel ?? '') && NOT_NOMINATIVE_DETERMINER.test(words[i]?.form ?? '')
    );
    if (determinerRulesOut) continue;
    out[s] = { ...(out[s] as Attachment), deprel: 'obj' };
    out[o] = { ...(out[o] as Attachment), deprel: 'nsubj' };
  }
  return out;
}

/** Verbs that serve another verb as auxiliaries or modals. */
const SERVING_LEMMA = /^(haben|sein|werden|können|müssen|sollen|dürfen|wollen|mögen|möchten)$/u;

/**
 * A German main clause opens with one phrase and its finite verb second (`Im Vorjahr war für
 * Chelsea … Endstation`, `Die Reise nach Deutschland … endet nach langen Umwegen …`, `Mit dem
 * Tabletmarkt hat Apple deutlich weniger Freude`). Where the parser made that opening phrase's
 * noun the root and hung the finite verb somewhere inside it (as `conj`, `appos`, `case`, `flat`
 * …), the sentence had no main clause and gave no question. Where the words before the verb are
 * exactly the root noun's phrase and the verb opens no subordinate or relative clause, the verb
 * (or the participle or infinitive its auxiliary serves, at the end of the clause) becomes the
 * root, the noun phrase its adverbial (with a preposition), subject (where it has none) or object,
 * and every word after the verb that hung on the opening phrase hangs on the verb. A copula with
 * nothing to serve is left (`Nach der Niederlage … sind die Fohlen … Tabellenletzter` wants the
 * predicate for its root).
 */
export function verbAfterFrontedPhrase(
  words: readonly ParserInput[],
  out: Attachment[]
): Attachment[] {
  const root = out.findIndex((a) => a.head === 0);
  if (root < 0 || !/^(NOUN|PROPN)$/u.test(words[root]?.upos ?? '')) return out;
  const childrenOf = (head: number) => out.flatMap((a, i) => (a.head === head ? [i] : []));
  // (German only, known by its case features: English puts its subject first anyway.)
  if (!words[root]?.feats.Case) return out;
  if (childrenOf(root + 1).some((k) => /^(cop|nsubj|csubj)/u.test(out[k]?.deprel ?? '')))
    return out;
  // The finite verb right after the opening phrase.
  const verb = words.findIndex(
    (w, i) => i > root && /^(VERB|AUX)$/u.test(w.upos) && w.feats.VerbForm === 'Fin'
  );
  if (verb < 1) return out;
  const phrase = new Set<number>();
  const visit = (k: number) => {
    if (k >= verb || phrase.has(k)) return;
    phrase.add(k);
    for (const c of childrenOf(k + 1)) visit(c);
  };
  visit(root);
  // (A postposition the parser gave the verb belongs to the phrase: `Seiner Meinung nach
  // lassen sich …`.)
  const postposition =
    out[verb - 1]?.head === verb + 1 && out[verb - 1]?.deprel === 'case' ? verb - 1 : -1;
  for (let k = 0; k < verb; k++) {
    if (phrase.has(k) || k === postposition) continue;
    // (Punctuation before the verb may hang anywhere: `Die Reise nach Deutschland, ins …,`.)
    if (words[k]?.upos === 'PUNCT') continue;
    return out;
  }
  if (words[0]?.upos === 'PUNCT') return out;
  // Nothing of a clause of its own before the verb (`Die Sensation, die niemand erwartet
  // hatte?`), and only a comma right before it (`PS - Were you …`).
  for (let k = 0; k < verb; k++)
    if (
      words[k]?.feats.PronType === 'Rel' ||
      /^(SCONJ|AUX)$/u.test(words[k]?.upos ?? '') ||
      // (A `zu` infinitive on the noun is part of the phrase: `Ein erster Versuch …, die
      // Geiseln zu befreien, wurde … abgewehrt`.)
      (words[k]?.upos === 'VERB' &&
        !(
          words[k]?.feats.VerbForm === 'Inf' &&
          childrenOf(k + 1).some((c) => /^zu$/iu.test(words[c]?.form ?? ''))
        ))
    )
      return out;
  if (words[verb - 1]?.upos === 'PUNCT' && words[verb - 1]?.form !== ',') return out;
  // No subordinate or relative clause, no question: the verb's own dependents tell.
  const verbKids = childrenOf(verb + 1);
  if (
    verbKids.some(
      (k) =>
        out[k]?.deprel === 'mark' ||
        words[k]?.feats.PronType === 'Rel' ||
        (k < verb && k !== postposition && words[k]?.upos !== 'PUNCT')
    )
  )
    return out;
  // The clause runs to the next comma, colon or dash not inside a bracket, or to the end.
  let end = verb + 1;
  while (end < words.length && !/^[,;:–—-]$/u.test(words[end]?.form ?? '')) end++;
  // An auxiliary or modal serves the participle or infinitive at the clause's end.
  let head = verb;
  let serving = '';
  const last = end - 1 > verb ? (words[end - 1]?.upos === 'PUNCT' ? end - 2 : end - 1) : -1;
  const lastWord = last > verb ? words[last] : undefined;
  // (Not across a second clause joined by `und`: `Viele Fehler wurden gegen 15 Uhr und die
  // allermeisten Fehler wurden gegen drei Uhr nachts registriert`.)
  for (let k = verb + 1; k < end; k++)
    if (/^(und|oder|sowie|sondern)$/iu.test(words[k]?.form ?? '')) return out;
  if (words[verb]?.upos === 'AUX' || SERVING_LEMMA.test(words[verb]?.lemma ?? '')) {
    if (
      lastWord &&
      lastWord.upos === 'VERB' &&
      /^(Inf|Part)$/u.test(lastWord.feats.VerbForm ?? '')
    ) {
      head = last;
      serving =
        words[verb]?.lemma === 'werden' && lastWord.feats.VerbForm === 'Part' ? 'aux:pass' : 'aux';
    } else if (/^(sein|werden)$/u.test(words[verb]?.lemma ?? '')) return out;
  }
  const before = out.map((a) => ({ ...a }));
  if (postposition >= 0) out[postposition] = { head: root + 1, deprel: 'case' };
  out[head] = { head: 0, deprel: 'root' };
  if (head !== verb) out[verb] = { head: head + 1, deprel: serving };
  // Every word after the verb that hung on the opening phrase now hangs on the verb.
  for (let k = verb + 1; k < words.length; k++) {
    if (k === head) continue;
    if (phrase.has((out[k]?.head ?? 0) - 1)) {
      const rel = out[k]?.deprel ?? 'dep';
      out[k] = {
        head: head + 1,
        deprel: /^(nmod|appos|conj|flat|case|nummod|orphan)/u.test(rel)
          ? words[k]?.upos === 'PUNCT'
            ? 'punct'
            : /^(NOUN|PROPN|PRON)$/u.test(words[k]?.upos ?? '')
              ? 'obl'
              : words[k]?.upos === 'ADV' || words[k]?.upos === 'ADJ'
                ? 'advmod'
                : 'dep'
          : rel
      };
    }
  }
  // The opening phrase: an adverbial with its preposition, else the subject or the object.
  const headKids = childrenOf(head + 1).concat(head !== verb ? childrenOf(verb + 1) : []);
  const hasSubject = headKids.some((k) => k !== root && /^nsubj/u.test(out[k]?.deprel ?? ''));
  const preposition = childrenOf(root + 1).some((k) => out[k]?.deprel === 'case');
  const passive = serving === 'aux:pass';
  out[root] = {
    head: head + 1,
    deprel: preposition ? 'obl' : !hasSubject ? (passive ? 'nsubj:pass' : 'nsubj') : 'obj'
  };
  // A subject the verb's auxiliary had taken belongs to the verb it now serves.
  if (head !== verb)
    for (const k of childrenOf(verb + 1)) out[k] = { ...(out[k] as Attachment), head: head + 1 };
  // A cycle would mean the parse was not what this repair expects: keep the parser's tree.
  for (let k = 0; k < out.length; k++) {
    let x = k;
    for (let steps = 0; steps <= out.length; steps++) {
      const h = (out[x]?.head ?? 0) - 1;
      if (h < 0) break;
      x = h;
      if (steps === out.length) return before;
    }
  }
  return out;
}

/**
 * A name right after a finite verb is that clause's subject in German word order (`Details über
 * Zäune … wollte Doskozil nicht nennen`, `Mit dem Tabletmarkt hat Apple deutlich weniger
 * Freude`, `stellte Glasner klar`): the parser, which reads a name after a word as part of that
 * word's name, hung it on the verb as `flat:name`, a relation only names have, and the clause
 * lost its subject (or got the fronted object for one). Such a name becomes the subject of the
 * clause's predicate (the verb itself, or the verb an auxiliary or copula serves); a subject
 * the parser had given the clause becomes its object where it disagrees with the finite verb in
 * number, and the name is left alone where that subject agrees, is a pronoun (`Wir werden Hosts
 * sein`), or a word after the name makes it an adverbial (`ist Katzian zufolge …`).
 */
export function nameAfterFiniteVerb(
  words: readonly ParserInput[],
  out: Attachment[]
): Attachment[] {
  const childrenOf = (head: number) => out.flatMap((a, i) => (a.head === head ? [i] : []));
  for (let n = 1; n < words.length; n++) {
    const name = words[n] as ParserInput;
    const a = out[n] as Attachment;
    if (name.upos !== 'PROPN' || !/^flat/u.test(a.deprel) || a.head !== n) continue;
    const finite = words[n - 1] as ParserInput;
    if (!/^(VERB|AUX)$/u.test(finite.upos) || finite.feats.VerbForm !== 'Fin') continue;
    // The name's own words (`Servus TV`) and what follows them.
    let end = n;
    while (
      end + 1 < words.length &&
      out[end + 1]?.head === n + 1 &&
      /^flat/u.test(out[end + 1]?.deprel ?? '')
    )
      end++;
    if (words[end + 1]?.upos === 'ADP') continue;
    const coordinated = childrenOf(n + 1).some((k) => out[k]?.deprel === 'conj');
    const number = finite.feats.Number;
    if (number && (coordinated ? 'Plur' : 'Sing') !== number) continue;
    const serves = /^(aux|aux:pass|cop)$/u.test(out[n - 1]?.deprel ?? '');
    const predicate = serves ? (out[n - 1]?.head ?? 0) - 1 : n - 1;
    if (predicate < 0) continue;
    const passive = childrenOf(predicate + 1).some((k) => out[k]?.deprel === 'aux:pass');
    const subjects = childrenOf(predicate + 1).filter((k) => /^nsubj/u.test(out[k]?.deprel ?? ''));
    if (subjects.length > 1) continue;
    const other = subjects[0];
    if (other !== undefined) {
      const word = words[other] as ParserInput;
      if (word.upos === 'PRON' || !number || word.feats.Number === number) continue;
      if (word.upos !== 'NOUN') continue;
      out[other] = { ...(out[other] as Attachment), deprel: 'obj' };
    }
    out[n] = { head: predicate + 1, deprel: passive ? 'nsubj:pass' : 'nsubj' };
  }
  return out;
}

/** German nouns that count the noun after them (`857 Millionen SMS`, `drei Dutzend Eier`). */
const COUNT_NOUN = /^(million|milliarde|billion|tausend|hundert|dutzend|mio\.?|mrd\.?)$/iu;

/**
 * In `857 Millionen SMS` the counted noun is `SMS` and `Millionen` its modifier (as the German
 * treebanks annotate it); the parser made `Millionen` the subject and `SMS` an adverbial of the
 * verb, and the restated clause came out as `857 Millionen wurden … nur mehr SMS verschickt`.
 * Where the noun right after such a count word hangs on the same head, it takes the count
 * word's place and the count word hangs on it. German only (English `million` is a numeral).
 */
export function countedNounHead(words: readonly ParserInput[], out: Attachment[]): Attachment[] {
  for (let m = 0; m + 1 < words.length; m++) {
    const count = words[m] as ParserInput;
    const next = words[m + 1] as ParserInput;
    if (count.upos !== 'NOUN' || !count.feats.Case || !COUNT_NOUN.test(count.lemma)) continue;
    if (!/^(NOUN|PROPN)$/u.test(next.upos)) continue;
    const a = out[m] as Attachment;
    const b = out[m + 1] as Attachment;
    if (b.head !== a.head || b.head === m + 1 || a.head === m + 2) continue;
    out[m + 1] = { head: a.head, deprel: a.deprel };
    out[m] = { head: m + 2, deprel: 'nmod' };
  }
  return out;
}

/**
 * `sein` and `werden` before a participle are auxiliaries, never copulas (a copula links a noun
 * or adjective): `sind … geschlüpft` was read as a copula, and the clause had no verb to ask
 * with. German only (English `be` before a participle is read right).
 */
export function auxiliaryOnParticiple(
  words: readonly ParserInput[],
  out: Attachment[]
): Attachment[] {
  out.forEach((a, i) => {
    const w = words[i] as ParserInput;
    const head = words[a.head - 1];
    if (a.deprel !== 'cop' || !head || head.upos !== 'VERB' || head.feats.VerbForm !== 'Part')
      return;
    if (w.lemma === 'sein') out[i] = { ...a, deprel: 'aux' };
    else if (w.lemma === 'werden') out[i] = { ...a, deprel: 'aux:pass' };
  });
  return out;
}

export function subjectOfSubjectless(
  words: readonly ParserInput[],
  out: Attachment[]
): Attachment[] {
  const childrenOf = (head: number) => out.flatMap((a, i) => (a.head === head ? [i] : []));
  for (let v = 0; v < words.length; v++) {
    const verb = words[v] as ParserInput;
    const arc = out[v] as Attachment;
    if (!/^(VERB|AUX)$/u.test(verb.upos) || arc.deprel === 'conj') continue;
    const kids = childrenOf(v + 1);
    const rels = kids.map((i) => (out[i] as Attachment).deprel);
    if (rels.some((r) => /^(nsubj|csubj|expl)/u.test(r))) continue;
    // A passive may have no subject (`Gestern wurde gefeiert`), but a bare noun phrase agreeing
    // with `wurden` is its subject (`Von Seiten der SPÖ wurden 114 Anfragen gestellt`, where the
    // parse made `114 Anfragen` an adverbial and the clause asked nothing): the same test as
    // for an active verb, with a passive subject's label.
    const passive = rels.includes('aux:pass');
    const finite =
      verb.feats.VerbForm === 'Fin'
        ? verb
        : kids
            .map((i) => words[i] as ParserInput)
            .find(
              (k, j) =>
                /^aux/u.test(rels[j] ?? '') && k.upos === 'AUX' && k.feats.VerbForm === 'Fin'
            );
    if (!finite || finite.feats.Mood === 'Imp' || (finite.feats.Person ?? '3') !== '3') continue;
    // A finite verb opening the sentence is a question or a dropped `ich` (`Habe meine Küche
    // dort gekauft`), and a pronoun of the clause in the nominative or a relative one (`der
    // sich … zieht`) is its subject, however the parser attached it.
    if (words.indexOf(finite) === 0) continue;
    const pronounSubject = kids.some((i) => {
      const k = words[i] as ParserInput;
      return k.upos === 'PRON' && (k.feats.Case === 'Nom' || k.feats.PronType === 'Rel');
    });
    if (pronounSubject) continue;
    // (A noun phrase without a preposition read as an adverbial counts as such an object:
    // `Im Tiergarten sind bisher 19 Flamingo-Küken geschlüpft`, unless it names a time, `den
    // ganzen Tag`.)
    const bareAdverbial = (i: number) =>
      out[i]?.deprel === 'obl' &&
      !CALENDAR_NOUN.test(words[i]?.lemma ?? '') &&
      !childrenOf(i + 1).some((c) => /^(case|mark)$/u.test(out[c]?.deprel ?? ''));
    const direct = kids.filter((i) => out[i]?.deprel === 'obj');
    const objects = direct.length > 0 ? direct : kids.filter(bareAdverbial);
    if (objects.length !== 1) continue;
    const o = objects[0] as number;
    const noun = words[o] as ParserInput;
    if (!/^(NOUN|PROPN)$/u.test(noun.upos) || !noun.feats.Case) continue;
    if (/^(Dat|Gen)$/u.test(noun.feats.Case)) continue;
    if (!noun.feats.Number || noun.feats.Number !== finite.feats.Number) continue;
    const determinerRulesOut = childrenOf(o + 1).some(
      (i) =>
        /^det/u.test(out[i]?.deprel ?? '') && NOT_NOMINATIVE_DETERMINER.test(words[i]?.form ?? '')
    );
    if (determinerRulesOut) continue;
    out[o] = { ...(out[o] as Attachment), deprel: passive ? 'nsubj:pass' : 'nsubj' };
  }
  return out;
}

/** German determiners that can open a genitive (`der zwei großen Parteien`, `eines Drittels`). */
const GENITIVE_DETERMINER =
  /^(der|des|eines|einer|dieser|dieses|jener|jenes|deren|dessen|meiner|deiner|seiner|ihrer|unserer|eurer|meines|deines|seines|ihres|unseres|eures|keiner|keines|aller|vieler|zweier|dreier)$/iu;
/** Nouns that date something (`im 4. Quartal`, `im Juni`, `am Montag`). */
const CALENDAR_NOUN =
  /^(jahr|vorjahr|halbjahr|quartal|monat|woche|tag|wochenende|saison|januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|frühjahr|frühling|sommer|herbst|winter)$/iu;
/** A four-figure year (`2012 Außenminister`): a date, not a count. */
const YEAR = /^(1[5-9]|20)\d\d$/u;

/**
 * A German noun phrase counted by a number (`123 Gesetze`, `1,93 Milliarden`, `immer mehr
 * Daten`) that the parser hung as a modifier on the noun before it (`beschloss im letzten Jahr
 * 123 Gesetze`: `Gesetze` under `Jahr`; `betrug die Zahl der Nachrichten … 1,93 Milliarden`)
 * belongs to the verb: a noun modifier without a preposition is a genitive in German, and a
 * counted phrase with no genitive determiner is none. It becomes the verb's subject where the
 * verb has none and it agrees with the finite verb in number, else its object where it has none.
 * A phrase after a comma or dash is an apposition (`Zeugen – zwei Polizisten, …`), one before its
 * head a part of it (`8,24 Millionen Euro`), and a year no count: all are left. Words without
 * case (English) are left as parsed.
 */
export function quantityOnVerb(words: readonly ParserInput[], out: Attachment[]): Attachment[] {
  const childrenOf = (head: number) => out.flatMap((a, i) => (a.head === head ? [i] : []));
  for (let n = 0; n < words.length; n++) {
    const noun = words[n] as ParserInput;
    const arc = out[n] as Attachment;
    if (arc.deprel !== 'nmod' || noun.upos !== 'NOUN' || !noun.feats.Case) continue;
    if (arc.head === 0 || arc.head - 1 >= n) continue;
    const kids = childrenOf(n + 1);
    if (kids.some((k) => out[k]?.deprel === 'case')) continue;
    const counted = kids.some((k) => {
      const w = words[k] as ParserInput;
      const rel = out[k]?.deprel;
      return (
        (rel === 'nummod' && w.upos === 'NUM' && !YEAR.test(w.form)) ||
        (rel === 'det' && /^(mehr|weniger)$/iu.test(w.form))
      );
    });
    if (!counted) continue;
    if (
      kids.some(
        (k) => /^det/u.test(out[k]?.deprel ?? '') && GENITIVE_DETERMINER.test(words[k]?.form ?? '')
      )
    )
      continue;
    if (words.slice(arc.head, n).some((w) => w.upos === 'PUNCT')) continue;
    // Up the chain of nouns the phrase hangs on, to the verb's own argument.
    let top = arc.head - 1;
    for (
      let steps = 0;
      /^(nmod|flat|flat:name)$/u.test(out[top]?.deprel ?? '') && steps < 8;
      steps++
    )
      top = (out[top] as Attachment).head - 1;
    if (top < 0 || !/^(nsubj|obj|obl|iobj)/u.test(out[top]?.deprel ?? '')) continue;
    const verbAt = (out[top] as Attachment).head - 1;
    const verb = words[verbAt];
    if (!verb || !/^(VERB|AUX)$/u.test(verb.upos) || verbAt < 0) continue;
    const verbKids = childrenOf(verbAt + 1);
    const rels = verbKids.map((k) => out[k]?.deprel ?? '');
    const passive = rels.includes('aux:pass');
    const finite =
      verb.feats.VerbForm === 'Fin'
        ? verb
        : verbKids
            .map((k) => words[k] as ParserInput)
            .find((k, j) => /^(aux|cop)/u.test(rels[j] ?? '') && k.feats.VerbForm === 'Fin');
    const hasSubject = rels.some((r) => /^(nsubj|csubj|expl)/u.test(r));
    if (!hasSubject && finite?.feats.Number && finite.feats.Number === noun.feats.Number)
      out[n] = { head: verbAt + 1, deprel: passive ? 'nsubj:pass' : 'nsubj' };
    else if (!passive && !rels.includes('obj')) out[n] = { head: verbAt + 1, deprel: 'obj' };
    else continue;
    // A time after the count was hung on it too (`1,93 Milliarden im 4. Quartal`): it dates the
    // clause, not the count.
    for (const k of kids) {
      const pp = words[k] as ParserInput;
      if (k < n || out[k]?.deprel !== 'nmod' || !CALENDAR_NOUN.test(pp.lemma)) continue;
      if (!childrenOf(k + 1).some((c) => out[c]?.deprel === 'case')) continue;
      out[k] = { head: verbAt + 1, deprel: 'obl' };
    }
  }
  return out;
}

/** English words that open a clause as well as a phrase (`as Sir Digby Jones warned …`). */
const CLAUSE_OR_PHRASE = /^(as|after|before|since|until|till)$/iu;

/**
 * An English conjunction that also works as a preposition opens a clause when a finite verb
 * follows its noun: `He was speaking as Sir Digby Jones, CBI director general, warned Mr Brown …`
 * is read by the parser as `speaking as Sir Digby Jones` (a phrase) and `warned` as a second verb
 * of `He` joined without `and` (or a parataxis). Then the noun is the subject of that verb, the word its
 * conjunction, and the clause an adverbial of the verb before (statements built on the misparse
 * read `Ed Balls was speaking as Sir Digby Jones`). Only where that verb has no subject and no
 * coordinating conjunction of its own, so a true second verb (`… and warned`) is left.
 */
export function clauseAfterAs(words: readonly ParserInput[], out: Attachment[]): Attachment[] {
  out.forEach((a, i) => {
    const word = words[i] as ParserInput;
    if (a.deprel !== 'case' || !CLAUSE_OR_PHRASE.test(word.form)) return;
    const noun = a.head - 1;
    const nounArc = out[noun];
    if (!nounArc || noun < i || !/^obl/u.test(nounArc.deprel)) return;
    if (!/^(NOUN|PROPN|PRON)$/u.test(words[noun]?.upos ?? '')) return;
    const verbBefore = nounArc.head;
    const verb = out.findIndex(
      (v, j) =>
        j > noun &&
        v.head === verbBefore &&
        (v.deprel === 'conj' || v.deprel === 'parataxis') &&
        words[j]?.upos === 'VERB' &&
        words[j]?.feats.VerbForm === 'Fin'
    );
    if (verb < 0) return;
    const own = out.flatMap((k) => (k.head === verb + 1 ? [k.deprel] : []));
    if (own.some((r) => r === 'cc' || /^nsubj/u.test(r))) return;
    // Nothing of the phrase may stand after the verb: the noun's words end before it.
    if (out.some((k, j) => j > verb && k.head === noun + 1)) return;
    out[noun] = { head: verb + 1, deprel: 'nsubj' };
    out[i] = { head: verb + 1, deprel: 'mark' };
    out[verb] = { head: verbBefore, deprel: 'advcl' };
  });
  return out;
}

/** Words that open a relative or wh-clause (`who`, `which`, `that`, `wo`, `was`). */
const RELATIVE_WORD =
  /^(who|whom|whose|which|that|where|when|why|how|what|wo|wie|was|warum|wer)$/iu;

/**
 * A sentence whose root the parser put on its first noun, with the real main verb hung on that
 * noun as a relative clause although no relative word opens it: `New coach Tony Lester has
 * helped get McIlroy's career back on track` came out as `coach` (root) with `Tony Lester has
 * helped …` its relative clause; `The stage adaptation of children's film Mary Poppins has had its
 * opening night …`, `Pam Ferris, Victoria Hamilton and Kelly Reilly are nominated …` alike (a
 * quarter of the English news sentences the generator ranks highest had no main clause, most of
 * them so). A noun is never the root of a sentence with a finite verb and no relative word, so
 * the verb is made the root and the noun part of its subject: the subject itself where the verb
 * has none; where it has one right after the noun, the noun a title or name part of that subject
 * (`coach` of `Tony Lester`); after a comma, the first member of the list (`Pam Ferris, Victoria
 * Hamilton and …`) or the subject with its apposition; after other words of the noun's phrase,
 * the subject named by an apposition of the last noun there (`film Mary Poppins`). Anything else
 * is left as parsed.
 */
export function mainVerbReadAsRelative(
  words: readonly ParserInput[],
  out: Attachment[]
): Attachment[] {
  const root = out.findIndex((a) => a.head === 0);
  if (root < 0 || !/^(NOUN|PROPN)$/u.test(words[root]?.upos ?? '')) return out;
  const childrenOf = (head: number) => out.flatMap((a, i) => (a.head === head ? [i] : []));
  const subtreeOf = (top: number): number[] => {
    const all = [top];
    for (let k = 0; k < all.length; k++) all.push(...childrenOf((all[k] as number) + 1));
    return all.sort((a, b) => a - b);
  };
  // A noun with a copula or a subject of its own is a predicate (`Natasha is the best
  // photographer we have worked with`): its relative clause is one.
  if (
    childrenOf(root + 1).some((k) => /^(cop|nsubj|nsubj:pass|csubj)$/u.test(out[k]?.deprel ?? ''))
  )
    return out;
  const verb = out.findIndex((a, j) => j > root && a.head === root + 1 && a.deprel === 'acl:relcl');
  if (verb < 0) return out;
  const verbKids = childrenOf(verb + 1);
  // A relative clause without a relative word mostly has a pronoun for its subject (`the only
  // place I would recommend`, `a way I could get there`): that is one, in a fragment.
  if (verbKids.some((k) => /^nsubj/u.test(out[k]?.deprel ?? '') && words[k]?.upos === 'PRON'))
    return out;
  const finite =
    words[verb]?.feats.VerbForm === 'Fin' ||
    verbKids.some(
      (k) =>
        /^(aux|aux:pass|cop)$/u.test(out[k]?.deprel ?? '') && words[k]?.feats.VerbForm === 'Fin'
    );
  if (!finite) return out;
  const clause = subtreeOf(verb);
  if (
    clause.some(
      (k) =>
        k <= verb &&
        (words[k]?.feats.PronType === 'Rel' ||
          (k === clause[0] && RELATIVE_WORD.test(words[k]?.form ?? '')))
    )
  )
    return out;
  const inClause = new Set(clause);
  const nounWords = subtreeOf(root).filter((k) => !inClause.has(k) && words[k]?.upos !== 'PUNCT');
  const nounEnd = Math.max(...nounWords);
  const subject = verbKids.find((k) => /^nsubj/u.test(out[k]?.deprel ?? ''));
  const passive = verbKids.some((k) => out[k]?.deprel === 'aux:pass');
  if (subject === undefined) {
    if (nounEnd > clause[0]!) return out;
    out[root] = { head: verb + 1, deprel: passive ? 'nsubj:pass' : 'nsubj' };
  } else {
    const subjectStart = subtreeOf(subject)[0] as number;
    const between = [];
    for (let k = nounEnd + 1; k < subjectStart; k++) between.push(k);
    if (between.some((k) => inClause.has(k) && k !== clause[0] && words[k]?.form !== ','))
      return out;
    const subjectRel = (out[subject] as Attachment).deprel;
    const gap = between.map((k) => words[k]?.form ?? '');
    if (gap.length === 0 || gap.every((f) => /^[.\-/]$/u.test(f))) {
      if (nounEnd === root) out[root] = { head: subject + 1, deprel: 'compound' };
      else {
        out[subject] = { head: nounEnd + 1, deprel: 'appos' };
        out[root] = { head: verb + 1, deprel: subjectRel };
      }
    } else if (gap.length === 1 && gap[0] === ',') {
      const listed = subtreeOf(subject).some(
        (k) => out[k]?.deprel === 'cc' || out[k]?.deprel === 'conj'
      );
      out[subject] = { head: root + 1, deprel: listed ? 'conj' : 'appos' };
      out[between[0] as number] = { head: subject + 1, deprel: 'punct' };
      out[root] = { head: verb + 1, deprel: subjectRel };
    } else return out;
  }
  out[verb] = { head: 0, deprel: 'root' };
  // The sentence's last mark belongs to the root.
  out.forEach((a, k) => {
    if (a.head === root + 1 && k > verb && words[k]?.upos === 'PUNCT')
      out[k] = { head: verb + 1, deprel: 'punct' };
  });
  return out;
}

/**
 * An English relative clause set off by commas (`Cragg, who recently defeated Kenenisa Bekele in
 * Boston, held off …`; `… by Antoine Lavoisier, whose experiments with oxygen helped to discredit
 * …`): the parser often hangs its words on the main clause or makes its verb the root, half of
 * the relative words in the English corpus sat outside any relative clause. Where the words
 * from `who`/`which`/`whose` to the next comma (or the sentence's end) hold one finite verb and
 * no other relative or subordinate clause, that verb becomes a relative clause of the noun
 * before the comma, the relative word its subject (or `whose` the possessor of its subject), and
 * every word of the stretch hangs inside it; a main verb the parser had put inside becomes the
 * root again. Anything else is left as parsed.
 */
/** A verb in a tense (the tagger marks some past forms as participles in the indicative). */
const finiteLike = (w: ParserInput | undefined) =>
  !!w &&
  /^(VERB|AUX)$/u.test(w.upos) &&
  (w.feats.VerbForm === 'Fin' || (w.upos === 'VERB' && w.feats.Mood === 'Ind'));

export function relativeBetweenCommas(
  words: readonly ParserInput[],
  out: Attachment[]
): Attachment[] {
  for (let r = 1; r < words.length; r++) {
    const rel = words[r];
    if (!rel || !/^(who|which|whose)$/iu.test(rel.form) || words[r - 1]?.form !== ',') continue;
    // The noun before the comma: the head of its phrase (`Antoine Lavoisier` → `Antoine`).
    let antecedent = r - 2;
    if (!/^(NOUN|PROPN)$/u.test(words[antecedent]?.upos ?? '')) continue;
    while (
      /^(flat|flat:name|compound)$/u.test(out[antecedent]?.deprel ?? '') &&
      (out[antecedent]?.head ?? 0) - 1 > antecedent
    )
      antecedent = (out[antecedent]?.head ?? 0) - 1;
    while (/^(flat|flat:name)$/u.test(out[antecedent]?.deprel ?? ''))
      antecedent = (out[antecedent]?.head ?? 1) - 1;
    // The stretch: up to the next comma or the sentence's last mark.
    let end = r + 1;
    while (end < words.length && !/^[,;:.!?]$/u.test(words[end]?.form ?? '')) end++;
    const span: number[] = [];
    for (let k = r; k < end; k++) span.push(k);
    if (span.length < 3) continue;
    const finiteVerbs = span.filter((k) => finiteLike(words[k]));
    // (No second clause inside: another relative word, a conjunction or a quotation.)
    if (
      span.some(
        (k) =>
          k > r &&
          (/^(who|which|whose|whom|that|because|although|while|if|when)$/iu.test(
            words[k]?.form ?? ''
          ) ||
            /^["“”]$/u.test(words[k]?.form ?? ''))
      )
    )
      continue;
    if (finiteVerbs.length !== 1) continue;
    const finite = finiteVerbs[0] as number;
    // The clause's verb: the finite verb, or the verb its auxiliary belongs to (`has been
    // named`, `was born`).
    let verb = finite;
    if (words[finite]?.upos === 'AUX') {
      const main = span.find((k) => k > finite && /^(VERB|ADJ|NOUN)$/u.test(words[k]?.upos ?? ''));
      if (main === undefined) continue;
      verb = main;
    }
    const inSpan = new Set(span);
    const whose = /^whose$/iu.test(rel.form);
    const owned = whose ? r + 1 : -1;
    if (whose && !/^(NOUN|PROPN)$/u.test(words[owned]?.upos ?? '')) continue;
    // A main verb the parser put inside the stretch or under it (`Cragg, who … Boston, held off
    // …` with `defeated` as the root, or `Cragg` the root and `held` hung on `defeated`): the
    // first finite verb after the stretch takes the root back.
    const rootIndex = out.findIndex((a) => a.head === 0);
    const rootWord = words[rootIndex];
    const nounRoot =
      /^(NOUN|PROPN)$/u.test(rootWord?.upos ?? '') &&
      !out.some((a) => a.head === rootIndex + 1 && /^(cop|nsubj|nsubj:pass)$/u.test(a.deprel));
    let newRoot = rootIndex;
    if (inSpan.has(rootIndex) || nounRoot) {
      newRoot = -1;
      for (let k = end + 1; k < words.length; k++)
        // (Right after the closing comma a past form is the main verb's, however tagged:
        // `…, held off`.)
        if (
          finiteLike(words[k]) ||
          (k === end + 1 && words[k]?.upos === 'VERB' && words[k]?.feats.Tense === 'Past')
        ) {
          newRoot = words[k]?.upos === 'AUX' ? -1 : k;
          break;
        }
      if (newRoot < 0) continue;
    }
    const next = out.map((a) => ({ ...a }));
    if (newRoot !== rootIndex) {
      next[newRoot] = { head: 0, deprel: 'root' };
      // Words outside the stretch that hung inside it hang on the new root; the noun before
      // the comma, when it was the subject of the verb inside, is the new root's subject.
      next.forEach((a, k) => {
        if (k === newRoot || inSpan.has(k)) return;
        if (
          a.head === 0 ||
          inSpan.has(a.head - 1) ||
          (nounRoot && k > end && a.head === rootIndex + 1)
        )
          next[k] = { head: newRoot + 1, deprel: a.deprel === 'root' ? 'parataxis' : a.deprel };
      });
      if (
        antecedent < r &&
        !/^nsubj/u.test(next[antecedent]?.deprel ?? '') &&
        next[antecedent]?.head === newRoot + 1
      )
        next[antecedent] = { head: newRoot + 1, deprel: 'nsubj' };
    }
    for (const k of span) {
      if (k === verb) continue;
      const a = next[k] as Attachment;
      if (!inSpan.has(a.head - 1))
        next[k] = { head: verb + 1, deprel: a.deprel === 'root' ? 'dep' : a.deprel };
    }
    const passive = span.some((k) => next[k]?.deprel === 'aux:pass' && next[k]?.head === verb + 1);
    const subjectRel = passive ? 'nsubj:pass' : 'nsubj';
    if (whose) {
      next[r] = { head: owned + 1, deprel: 'nmod:poss' };
      if (next[owned]?.head === verb + 1) next[owned] = { head: verb + 1, deprel: subjectRel };
    } else if (
      !span.some(
        (k) => k !== r && /^nsubj/u.test(next[k]?.deprel ?? '') && next[k]?.head === verb + 1
      )
    )
      next[r] = { head: verb + 1, deprel: subjectRel };
    else next[r] = { head: verb + 1, deprel: 'obj' };
    next[verb] = { head: antecedent + 1, deprel: 'acl:relcl' };
    next[r - 1] = { head: verb + 1, deprel: 'punct' };
    if (words[end]?.form === ',') next[end] = { head: verb + 1, deprel: 'punct' };
    // A tree still: no word may end up its own ancestor.
    const cyclic = next.some((_, k) => {
      let at = k;
      for (let steps = 0; steps <= next.length; steps++) {
        const h = (next[at] as Attachment).head;
        if (h === 0) return false;
        at = h - 1;
      }
      return true;
    });
    if (cyclic || next.filter((a) => a.head === 0).length !== 1) continue;
    for (let k = 0; k < next.length; k++) out[k] = next[k] as Attachment;
  }
  return out;
}
