/**
 * The linguistic analysis every question kind reads: sentences of words with lemma, universal
 * part of speech, morphological features, a dependency tree (Universal Dependencies labels) and
 * typed entity spans. Produced by `analyse(text, language, models)`; the statistical parts sit
 * behind the `Tagger`, `Parser` and `EntityRecogniser` interfaces so that a better model is a
 * change in one place.
 */

import type { Glossary } from './glossary/glossary';
import type { Thesaurus } from './thesaurus/thesaurus';

export type Language = 'de' | 'en';

/** The 17 universal part-of-speech tags (https://universaldependencies.org/u/pos/). */
export const UPOS_TAGS = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X'
] as const;
export type Upos = (typeof UPOS_TAGS)[number];

/** UD features as `{ Case: 'Nom', Number: 'Sing' }`; absent features are absent keys. */
export type Features = Readonly<Record<string, string>>;

/** What a tagger adds to a word form. */
export interface TaggedWord {
  upos: Upos;
  feats: Features;
  lemma: string;
  /** Language-specific tag (STTS, Penn) when the model predicts one. */
  xpos?: string;
}

/** What a parser adds: the head's 1-based position (0 = root) and the UD relation. */
export interface Attachment {
  head: number;
  deprel: string;
}

/** A syntactic word (CoNLL-U word line) of an analysed sentence. */
export interface Word extends TaggedWord, Attachment {
  /** 1-based position in the sentence (CoNLL-U ID). */
  id: number;
  form: string;
  /** Character offsets of the surface token in the analysed text (`text.slice(start, end)`);
   * words of one multiword token (German `zum` = `zu dem`) share the token's offsets. */
  start: number;
  end: number;
  /** Whether whitespace follows the surface token in the text. */
  spaceAfter: boolean;
  /** For a word inside a multiword token: the surface form of the whole token (`zum`). */
  surface?: string;
}

/** Entity types: person, organisation, place, date/time, number/amount, other name. */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'DATE', 'NUM', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A span of words `[start, end)` given by 1-based word ids: `start` is the first word's id,
 * `end` the id after the last word. */
export interface EntitySpan {
  type: EntityType;
  start: number;
  end: number;
}

/** What a sentence is in the article's layout. */
export type SentenceRole = 'title' | 'body';

export interface AnalysedSentence {
  /** Position among the article's sentences, from 0. */
  index: number;
  /** Index of the paragraph (non-blank line of the input) the sentence stands in. */
  paragraph: number;
  /** The sentence's text as it stands in the analysed text. */
  text: string;
  start: number;
  end: number;
  role: SentenceRole;
  words: Word[];
  entities: EntitySpan[];
  /** Words `[start, end)` of a news agency's dateline opening the sentence (`Wien –`). */
  dateline?: { start: number; end: number };
  /** An interview's speaker label opening the sentence (`STANDARD:`), with the words it spans. */
  speaker?: { label: string; start: number; end: number };
}

export interface Analysis {
  language: Language;
  /** The normalised text the offsets refer to. */
  text: string;
  sentences: AnalysedSentence[];
}

/** Tags the words of one sentence. */
export interface Tagger {
  tag(forms: readonly string[], options?: TagOptions): TaggedWord[];
}

export interface TagOptions {
  /** A word with letters is never punctuation, nor a symbol when it has two letters or more
   * (`iPhone`, `schoss`, `ifo-Institut` were read as punctuation). Off while models train, so
   * that `npm run train` reproduces the shipped models. */
  lettersAreWords?: boolean;
}

/** Attaches the tagged words of one sentence into one dependency tree. */
export interface Parser {
  parse(words: readonly (TaggedWord & { form: string })[]): Attachment[];
}

/** Finds named-entity spans (PER, ORG, LOC, MISC) in one tagged sentence. */
export interface EntityRecogniser {
  recognise(words: readonly (TaggedWord & { form: string })[]): EntitySpan[];
  /** The name lists (gazetteer) it reads, for callers that weigh how sure a name's type is. */
  readonly names?: NameLists;
}

/** Name lists by list name (`first-name`, `city`, `country`, `per-title`, `org-word` …). */
export interface NameLists {
  /** Whether one word is an entry of `list` (also as a German genitive). */
  has(list: string, word: string): boolean;
  /** Per word, the marks `list:B|I|U` of the longest entry of each list covering it. */
  mark(forms: readonly string[]): string[][];
}

/** What the question generator asks a language's lexicon (German: the full-form lexicon). */
export interface Lexicon {
  /** Gender and nominative plural of a noun lemma; undefined for an unknown noun. */
  nounInfo(lemma: string): { gender?: 'Masc' | 'Fem' | 'Neut'; plural?: string } | undefined;
  /** Every reading the dictionary has for a word form (word class, lemma, features); a
   * `compound` reading was found through the word's last part. */
  analysesOf(
    form: string
  ): readonly { upos: string; lemma: string; feats: Features; compound?: true }[];
  /** A finite verb form for a mood, tense, person and number (German: `sein` → `ist`), undefined
   * when the dictionary lacks it. */
  inflectVerb?(
    lemma: string,
    wanted: {
      Mood: 'Ind' | 'Sub';
      Tense: 'Pres' | 'Past';
      Person: '1' | '2' | '3';
      Number: 'Sing' | 'Plur';
    }
  ): string | undefined;
  /** A verb's past participle (German: `aufheben` → `aufgehoben`), undefined when the dictionary
   * lacks it. */
  pastParticiple?(lemma: string): string | undefined;
  /** An adjective's attributive form for a case, number, gender and the article before it
   * (`Weak` after `der`, `Mixed` after `ein`), undefined when the dictionary lacks it. */
  inflectAdjective?(
    lemma: string,
    wanted: {
      Case: 'Nom' | 'Acc' | 'Dat' | 'Gen';
      Number: 'Sing' | 'Plur';
      Gender: 'Masc' | 'Fem' | 'Neut';
      Strength: 'Weak' | 'Mixed' | 'Strong';
    }
  ): string | undefined;
  /** A noun's form for a case and number, undefined when the dictionary lacks it. */
  inflectNoun(
    lemma: string,
    wanted: { Case: 'Nom' | 'Acc' | 'Dat' | 'Gen'; Number: 'Sing' | 'Plur' }
  ): string | undefined;
}

/** Everything `analyse` needs for one language, decoded from its model files. */
export interface LanguageModels {
  language: Language;
  tagger: Tagger;
  parser: Parser;
  entities: EntityRecogniser;
  /** The language's lexicon, where it has one (German). */
  lexicon?: Lexicon;
  /** Synonyms, where the kit has a thesaurus (German: OpenThesaurus). */
  thesaurus?: Thesaurus;
  /** Meanings of words, where the kit has a glossary (English: WordNet). */
  glossary?: Glossary;
}
