/**
 * The interface every question kind implements: it reads the document (the article's analysis)
 * and proposes candidates; the ranker (`rank.ts`) chooses among all kinds' candidates. A new kind
 * is one folder under `kinds/` exporting a `QuestionKind`, listed once in `kinds/index.ts`.
 */
import type { QuestionType } from '../../quizset/schema';
import type { Doc } from '../document';
import type { LanguagePack } from '../languages/types';

export interface Candidate {
  /** The kind's name (`wh`, `why`, `speech`, `true-false`, …); stored as the question's `kind`. */
  kind: string;
  type: QuestionType;
  prompt: string;
  answer: string | boolean | string[] | [string, string][];
  choices?: string[];
  accept?: string[];
  correction?: string;
  wordBank?: string[];
  card?: 'fact' | 'vocabulary';
  explanation?: string;
  /** Sentence indices that prove the answer. */
  evidence: number[];
  /** Sentences that name a person the question calls by name where its evidence gives only
   * their age (`den 23-Jährigen`): shown and checked with the evidence, not counted as its
   * sentences when a quiz is put together. */
  named?: number[];
  /** Texts the kind wrote in its own words beyond its prompt (the who-questions a matching of
   * people to what they did is made of): read back for garbling like a restated prompt. */
  restated?: string[];
  /** What the question is about; a quiz asks about each fact once. */
  fact: string;
  /** How much the question is worth asking: the sentence's importance times the kind's value. */
  score: number;
  /** Text that must stand in the evidence for the answer to be supported. */
  support: string[];
  /** For a true/false statement: the other version (false for a true one and vice versa), so the
   * ranker can balance a set. */
  twin?: Candidate;
  /** A question a blind rating mostly struck (a gap on an everyday word, the meaning of a word
   * every reader knows): asked only when a quiz would otherwise be too short to be one. */
  fallback?: boolean;
  /** A gap on an everyday word (`neben einer ____ in Japan` for `Anlage`): like a side detail
   * from the tail of an article, it only brings a quiz up to three questions, after every other
   * question. */
  everyday?: boolean;
  /** A question blind ratings struck nearly always (the meaning of a word): asked only in a
   * quiz that would otherwise have none at all. */
  lastResort?: boolean;
  /** A question asked only where a text would otherwise have no quiz at all (with
   * `lastResort`): never one of several. */
  onlyAlone?: boolean;
}

export interface KindContext {
  doc: Doc;
  pack: LanguagePack;
}

export interface QuestionKind {
  name: string;
  propose(ctx: KindContext): Candidate[];
}
