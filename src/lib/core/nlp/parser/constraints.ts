/**
 * What a German clause must look like, counted as violations of a parse: the parser decides word
 * by word and weighs word order heavily, so a long fronted phrase (`Mit der Atomisierung des
 * Teams Stronach wird auch die Mehrheit … immer schmäler`) can leave it with a tree no German
 * sentence has — a noun at the root beside a finite verb, a finite verb read as a noun's
 * modifier, a subject in the accusative. The count ranks the parses of a beam (see
 * `TransitionParser`); it never edits a tree itself. Only what the words settle counts (a
 * determiner or pronoun that cannot be nominative), never the tagger's guess at a case.
 */

import type { Attachment } from '../types';
import type { ParserInput } from './features';

/** Determiners that cannot open a subject (`den`, `dem`, `einem`: accusative or dative). */
const NOT_NOMINATIVE_DETERMINER =
  /^(den|dem|des|einen|einem|eines|diesen|diesem|jenen|jenem|keinen|keinem|meinen|meinem|deinen|deinem|seinen|seinem|ihren|ihrem|unseren|unserem|euren|eurem)$/iu;
/** Personal pronouns that cannot be a subject. */
const NOT_NOMINATIVE_PRONOUN = /^(ihn|ihm|ihnen|mich|mir|dich|dir|uns|euch)$/iu;
/** Relations a finite verb never has: it heads a clause, or is an auxiliary or copula of one. */
const NOT_FOR_A_FINITE_VERB =
  /^(flat|compound|nmod|amod|det|case|obj|iobj|nsubj|appos|fixed|nummod|obl)(:|$)/u;

const isFinite = (w: ParserInput) =>
  w.feats.VerbForm === 'Fin' && (w.upos === 'VERB' || w.upos === 'AUX');

/**
 * How many rules of German clause structure the parse `out` of `words` breaks (0: none): a
 * sentence with a finite verb has a verb (or a copula's predicate) at its root; a finite verb
 * heads a clause or helps one, never a noun's modifier or a verb's object; a subject is not a
 * phrase its own determiner or pronoun rules out (`den Vorschlag`, `ihm`).
 *
 * (Four more rules were tried on GSD dev with the tagger's tags and dropped, each lowering the
 * score: one subject per verb, a subject agreeing with its verb in number, a subject for a main
 * clause's verb, `hat` beside a participle without an auxiliary. They read the tagger's number,
 * case and verb form, which are wrong too often to overrule the model.)
 *
 * @example
 * clauseViolations(words, parse); // 1: `Atomisierung` at the root beside the finite `wird`
 */
export function clauseViolations(
  words: readonly ParserInput[],
  out: readonly Attachment[]
): number {
  const n = words.length;
  const kids: number[][] = Array.from({ length: n + 1 }, () => []);
  out.forEach((a, i) => kids[a.head]?.push(i));
  const rel = (i: number) => out[i]?.deprel ?? '';
  let violations = 0;
  const root = out.findIndex((a) => a.head === 0);
  const rootWord = words[root];
  if (
    rootWord &&
    words.some(isFinite) &&
    rootWord.upos !== 'VERB' &&
    rootWord.upos !== 'AUX' &&
    !(kids[root + 1] ?? []).some((k) => rel(k) === 'cop')
  )
    violations++;
  words.forEach((w, i) => {
    if (isFinite(w) && NOT_FOR_A_FINITE_VERB.test(rel(i))) violations++;
    if (/^nsubj/u.test(rel(i))) {
      const ruledOut =
        (w.upos === 'PRON' && NOT_NOMINATIVE_PRONOUN.test(w.form)) ||
        ((w.upos === 'NOUN' || w.upos === 'PROPN') &&
          (kids[i + 1] ?? []).some(
            (k) => /^det/u.test(rel(k)) && NOT_NOMINATIVE_DETERMINER.test(words[k]?.form ?? '')
          ));
      if (ruledOut) violations++;
    }
  });
  return violations;
}
