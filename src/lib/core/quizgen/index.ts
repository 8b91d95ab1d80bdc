import * as v from 'valibot';
import { analyse } from '../nlp/analyse';
import type { Language, LanguageModels } from '../nlp/types';
import {
  parseQuizSet,
  QuestionSchema,
  QUIZSET_FORMAT,
  type Question,
  type QuizSet
} from '../quizset/schema';
import { countWords } from '../text/count-words';
import { detectLanguage } from '../text/language';
import { buildDocument } from './document';
import { hashText } from './hash';
import { KINDS } from './kinds';
import { nameWords } from './kinds/shared';
import type { Candidate } from './kinds/types';
import { LANGUAGE_PACKS } from './languages';
import { chooseCards, chooseQuiz, defaultQuizSize, mixOrder } from './rank';
import { findEpithets, nameEpithets } from './epithets';
import { garbledReason, makeRereader } from './reread';
import { ungluer } from './glued';

export { qualityIssues } from './quality';

/** The trained models per language; the generator needs the ones of the text's language. */
export type ModelsByLanguage = Partial<Record<Language, LanguageModels>>;

export interface GenerateOptions {
  /** The language models (tagger, parser, entity recogniser), loaded by the caller. */
  models: ModelsByLanguage;
  /** Set id; derived from a hash of the text when absent. */
  id?: string;
  /** Title; derived from the first headline-like line or the lead when absent. */
  title?: string;
  /** Language of the text; detected when absent. */
  language?: Language;
  /** Upper bound on questions (quiz questions first, then cards). */
  maxQuestions?: number;
  /** Called with 0…1 as the work proceeds (for a progress bar in a Web Worker). */
  onProgress?: (fraction: number) => void;
}

/** Longest text the generator accepts (characters); the CLI rejects longer files first. */
export const MAX_TEXT_LENGTH = 2 * 1024 * 1024;

/**
 * Turns an article into a `quizset/1` question set: linguistic analysis, the article's document
 * model (clauses, entities, importance), candidates from every question kind, then the choice of
 * a quiz and a deck by importance. Pure and deterministic: the same text, models and options give
 * the same JSON, and a question's id is a hash of its content.
 *
 * @example
 * const set = generateQuestionSet(articleText, { models: { de: germanModels }, language: 'de' });
 * set.questions[0]; // { id: 'q-…', type: 'multiple-choice', prompt: 'Wer …', kind: 'wh', … }
 */
export function generateQuestionSet(text: string, options: GenerateOptions): QuizSet {
  const progress = options.onProgress ?? (() => {});
  progress(0);
  const raw = text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text;
  const language = options.language ?? detectLanguage(raw);
  const models = options.models[language];
  if (!models) throw new Error(`no language models for ${language}`);
  const analysis = analyse(raw, language, models);
  progress(0.6);
  const doc = buildDocument(
    analysis,
    models.lexicon,
    models.thesaurus,
    models.entities.names,
    models.glossary
  );
  const pack = LANGUAGE_PACKS[language];
  const candidates: Candidate[] = [];
  KINDS.forEach((kind, i) => {
    candidates.push(...kind.propose({ doc, pack }));
    progress(0.6 + (0.3 * (i + 1)) / KINDS.length);
  });
  // A person called by their age (`der 23-Jährige`) is called by name in what is asked.
  const epithets = findEpithets(doc);
  for (let i = 0; i < candidates.length; i++)
    candidates[i] = nameEpithets(candidates[i] as Candidate, epithets);
  const words = countWords(analysis.text);
  const quizMax =
    options.maxQuestions !== undefined ? Math.max(0, options.maxQuestions) : defaultQuizSize(words);
  // Restated texts are read back with the same tagger; what reads garbled is not offered.
  const reread = makeRereader(language, models);
  const names = nameWords(doc);
  const rereadContext = {
    ...(models.lexicon ? { lexicon: models.lexicon } : {}),
    isNameWord: (w: string) => names.has(w)
  };
  const check = (t: string) => garbledReason(reread(t), language, rereadContext);
  const quiz = mixOrder(chooseQuiz(candidates, doc, quizMax, check));
  const cardMax =
    options.maxQuestions !== undefined
      ? Math.max(0, options.maxQuestions - quiz.length)
      : Math.min(40, Math.max(4, Math.round(words / 60)));
  const cards = chooseCards(candidates, doc, cardMax, quiz, check);
  const sentences = analysis.sentences.map((s) => s.text);
  // A question that fails the schema is dropped alone rather than failing the whole set.
  // Words the source glued together are written apart in everything shown (`HansNiessl`).
  const unglue = ungluer(analysis.text, models.entities.names);
  const questions = [...quiz, ...cards]
    .map((c) => toQuestion(c, unglue))
    .filter((q) => v.safeParse(QuestionSchema, q).success);
  // Ids from content; on the rare collision, a suffix from the position among equals.
  const seen = new Map<string, number>();
  for (const q of questions) {
    const n = seen.get(q.id) ?? 0;
    seen.set(q.id, n + 1);
    if (n > 0) q.id = `${q.id}-${n}`;
  }
  const set = {
    format: QUIZSET_FORMAT,
    id: options.id ?? `text-${hashText(analysis.text)}`,
    title: options.title?.trim() || deriveTitle(analysis.text, sentences, language),
    language,
    sentences,
    questions
  };
  const parsed = parseQuizSet(set);
  progress(1);
  if (!parsed.ok) throw new Error(`generator produced an invalid set: ${parsed.issues.join('; ')}`);
  return parsed.set;
}

/** First line when it reads like a headline, otherwise the lead shortened to a few words. */
export function deriveTitle(clean: string, sentences: string[], language: 'de' | 'en'): string {
  const firstLine = clean.split('\n')[0]?.trim() ?? '';
  const words = firstLine.split(/\s+/u).filter(Boolean);
  if (
    /[\p{L}\p{N}]/u.test(firstLine) &&
    !/[.!?]$/u.test(firstLine) &&
    words.length <= 16 &&
    firstLine.length <= 200
  )
    return firstLine;
  const lead = sentences.find((x) => /[\p{L}\p{N}]/u.test(x)) ?? '';
  if (!lead) return language === 'de' ? 'Text ohne Titel' : 'Untitled text';
  const leadWords = lead.replace(/[.!?]$/u, '').split(/\s+/u);
  if (leadWords.length <= 12) return leadWords.join(' ');
  return (
    leadWords
      .slice(0, 10)
      .join(' ')
      .replace(/[,;:]$/u, '') + ' …'
  );
}

function toQuestion(original: Candidate, shown: (text: string) => string): Question {
  const c: Candidate = {
    ...original,
    prompt: shown(original.prompt),
    answer:
      typeof original.answer === 'string'
        ? shown(original.answer)
        : Array.isArray(original.answer)
          ? (original.answer.map((x) =>
              typeof x === 'string' ? shown(x) : x.map((y) => shown(y))
            ) as Candidate['answer'])
          : original.answer,
    ...(original.choices ? { choices: original.choices.map(shown) } : {}),
    ...(original.wordBank ? { wordBank: original.wordBank.map(shown) } : {}),
    ...(original.accept ? { accept: original.accept.map(shown) } : {}),
    ...(original.correction ? { correction: shown(original.correction) } : {}),
    ...(original.explanation ? { explanation: shown(original.explanation) } : {})
  };
  const content = JSON.stringify([c.type, c.prompt, c.answer]);
  const base = {
    id: `q-${hashText(content)}`,
    prompt: c.prompt,
    // (In reading order, as every question's evidence: the sentence naming a person first.)
    evidence: c.named
      ? [...new Set([...c.evidence, ...c.named])].sort((a, b) => a - b)
      : c.evidence,
    factId: `f-${hashText(c.fact)}`,
    kind: c.kind,
    ...(c.accept && c.accept.length > 0 ? { accept: c.accept } : {}),
    ...(c.explanation ? { explanation: c.explanation } : {})
  };
  switch (c.type) {
    case 'multiple-choice':
      return { ...base, type: c.type, answer: c.answer as string, choices: c.choices ?? [] };
    case 'true-false':
      return {
        ...base,
        type: c.type,
        answer: c.answer as boolean,
        ...(c.correction ? { correction: c.correction } : {})
      };
    case 'cloze':
      return {
        ...base,
        type: c.type,
        answer: c.answer as string,
        ...(c.wordBank ? { wordBank: c.wordBank } : {})
      };
    case 'short-answer':
      return { ...base, type: c.type, answer: c.answer as string };
    case 'order':
      return { ...base, type: c.type, answer: c.answer as string[] };
    case 'match':
      return { ...base, type: c.type, answer: c.answer as [string, string][] };
    case 'flashcard':
      return { ...base, type: c.type, answer: c.answer as string, card: c.card ?? 'fact' };
  }
}
