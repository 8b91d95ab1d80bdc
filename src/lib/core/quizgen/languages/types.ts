/**
 * One pack per language: how questions are worded (question words by role and case, word order,
 * do-support), fixed prompts, and agreement. Question kinds call the pack and never hold
 * language-specific strings themselves.
 */
import type { EntityType, Language, Word } from '../../nlp/types';
import type { Clause, Doc, Phrase, SentenceInfo } from '../document';

/** What a wh-question asks for. */
export type Target =
  | {
      role: 'subject';
      phrase: Phrase;
      entity?: EntityType;
      country?: boolean;
      town?: boolean;
      /** A German federal state the sentence calls one (`Bundesland`). */
      state?: boolean;
    }
  | { role: 'object'; phrase: Phrase; entity?: EntityType; country?: boolean; town?: boolean }
  | { role: 'dative'; phrase: Phrase; entity?: EntityType; country?: boolean; town?: boolean }
  | { role: 'time'; phrase: Phrase; preposition?: string }
  | { role: 'place'; phrase: Phrase; preposition: string }
  | {
      role: 'amount';
      phrase: Phrase;
      number: Phrase;
      unit?: Word;
      /**
       * The counted noun with the adjectives between figure and noun (`getötete Radfahrer` of
       * `drei getötete Radfahrer`), where it has any: asked without them, the count is another
       * (`Wie viele Radfahrer hatte die Polizei gezählt?` for three killed, rating 128).
       */
      counted?: string;
      /** The preposition a figure of a measure comes with (`lag bei 6,2 Prozent`). */
      preposition?: string;
    }
  | { role: 'reason'; phrase: Phrase }
  /** What someone tries, plans, refuses or is expected to do (`to buy Glenmorangie`). */
  | { role: 'action'; phrase: Phrase; aside: number[] };

export interface LanguagePack {
  language: Language;
  /**
   * A wh-question on `target` of `clause`, or undefined when the clause cannot be asked so.
   * `according`: the clause is what this speaker said (reported speech), and the question says
   * so (`Wie viele Asylwerber hat Österreich laut Hans Peter Doskozil aufgenommen?`).
   */
  whQuestion(
    doc: Doc,
    info: SentenceInfo,
    clause: Clause,
    target: Target,
    according?: string
  ): string | undefined;
  /** The clause as a plain statement: subject first (or `front` first, the subject after the
   * verb), asides and subordinate clauses left out, pronouns replaced by what they refer to;
   * `replace` swaps one phrase for other words. */
  statement(
    doc: Doc,
    info: SentenceInfo,
    clause: Clause,
    replace?: { phrase: Phrase; text: string },
    front?: Phrase
  ): string | undefined;
  /** The clause in the other voice, a true restatement in other words (German: active to
   * passive, `Die Stiftung wurde 1991 vom Landkreis gegründet.`); undefined when the pack has no
   * such rule or the clause does not allow it. */
  passive?(doc: Doc, info: SentenceInfo, clause: Clause): string | undefined;
  /** The dictionary form of a word for a vocabulary card (`die Meinungsverschiedenheit, -en`),
   * or undefined when the language pack has no entry for it. */
  vocabulary(word: Word, doc: Doc): { front: string; lemma: string } | undefined;
  /** Whether a noun names a person, a group or an institution (asked with „wer“ / "who"). */
  isAgentNoun(lemma: string): boolean;
  /** Whether a finite verb is in the mood of reported speech (German subjunctive I: `gehe`,
   * `sei`), which a statement standing alone would have to turn into the indicative. */
  reportsSpeech(doc: Doc, finite: Word): boolean;
  /** Words that never make a useful gap or card (function words, very common nouns). */
  isCommonWord(lemma: string): boolean;
  /** Rank of a lemma in the language's frequency list (1 = most frequent), undefined when it is
   * rarer than the list reaches (see `frequency.ts`). */
  frequencyRank(lemma: string): number | undefined;
  /** Whether a reader of news knows the word: in the frequency list, or (German) a compound of
   * two words that are, or (English) a word German writes the same way. */
  isFamiliar(lemma: string): boolean;
  texts: {
    gist: string;
    /** "Who is {name}?", answered with the role the text gives the person. */
    whoIs(name: string): string;
    /** "Who said …?": what was said in quotation marks; a `dass`/`that` clause as a clause of
     * the question (`Wer sagte laut Text, dass …?`), never between quotation marks. */
    whoSaid(content: string): string;
    order: string;
    matchRoles: string;
    /** Matching statements (quotations, reported speech) to who made them. */
    matchSpeakers: string;
    /** Matching people (and named bodies) to what the text says they did, demanded or said. */
    matchDeeds: string;
    /** What one speaker said (`Was sagte Jens Albrecht laut Text?`). */
    whatSaid(name: string): string;
    matchCauses: string;
    /** Matching an interview's questions to statements from inside their answers. */
    matchInterview(interviewee?: string): string;
    /** "What does {interviewee} say in answer to the question „…“?": a statement from inside
     * the answer (see the interview kind). */
    interviewStatement(question: string, interviewee?: string): string;
    because: string;
    /** The back of a vocabulary card: the meaning (a definition and synonyms, or synonyms
     * alone) where known, else the parts of a compound with the meaning of its last part, and
     * the example. */
    vocabularyBack(
      example: string,
      meaning?: readonly string[],
      parts?: CompoundParts,
      definition?: string
    ): string;
    /** Vocabulary in context: what a word of the sentence means. */
    meaning(form: string, sentence: string): string;
  };
}

/** A compound split into its first part and its last (the head that names what it is). */
export interface CompoundParts {
  modifier: string;
  head: string;
  /** Synonyms of the head, where the thesaurus has some. */
  headMeaning: readonly string[];
}
