import * as v from 'valibot';
import {
  parseQuizSet,
  QuestionSchema,
  QUIZSET_FORMAT,
  type Question,
  type QuizSet
} from '../quizset/schema';
import { countWords } from '../text/count-words';
import { detectLanguage } from '../text/language';
import { normaliseText } from '../text/normalise';
import { splitSentences } from '../text/sentences';
import { Builder, clashes, tidy, type Draft } from './builders';
import { extractFacts } from './facts';
import { hashText } from './hash';

export { qualityIssues } from './quality';

export interface GenerateOptions {
  /** Set id; derived from a hash of the text when absent. */
  id?: string;
  /** Title; derived from the first headline-like line or the lead when absent. */
  title?: string;
  /** Language of the text; detected when absent. */
  language?: 'de' | 'en';
  /** Upper bound on questions; by default about one per 20 words. */
  maxQuestions?: number;
  /** Called with 0…1 as the work proceeds (for a progress bar in a Web Worker). */
  onProgress?: (fraction: number) => void;
}

/** Longest text the generator accepts (characters); the CLI rejects longer files first. */
export const MAX_TEXT_LENGTH = 2 * 1024 * 1024;

const TYPE_RANK: Record<Question['type'], number> = {
  'multiple-choice': 0,
  'short-answer': 1,
  'true-false': 2,
  cloze: 3,
  order: 4,
  match: 5,
  flashcard: 6
};

/**
 * Turns an article into a `quizset/1` question set: clean text, sentences, facts, questions,
 * quality filters. Pure and deterministic: the same text and options give the same JSON, and a
 * question's id is a hash of its content.
 *
 * @example
 * const set = generateQuestionSet(articleText, { id: 'hikvision-kanada', language: 'de' });
 * set.questions[0]; // { id: 'q-…', type: 'multiple-choice', prompt: 'Worum geht es …', … }
 */
export function generateQuestionSet(text: string, options: GenerateOptions = {}): QuizSet {
  const progress = options.onProgress ?? (() => {});
  progress(0);
  const raw = text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text;
  const language = options.language ?? detectLanguage(raw);
  const clean = normaliseText(raw, language);
  const sentences = splitSentences(clean, language);
  progress(0.1);
  const facts = extractFacts(sentences, language);
  progress(0.5);
  const builder = new Builder(facts, language);
  const step = Math.max(1, Math.floor(facts.sentences.length / 20));
  // A set holds at most 400 quiz questions: for a book-length text, drafting from every
  // sentence is wasted work, so long texts are drafted from evenly spread sentences.
  const stride = Math.max(1, Math.ceil(facts.sentences.length / 2000));
  for (const s of facts.sentences) {
    if (s.index % stride !== 0) continue;
    builder.buildSentenceQuestions(s);
    if (s.index % step === 0) progress(0.5 + (0.3 * s.index) / Math.max(1, facts.sentences.length));
  }
  builder.quoteQuestions();
  builder.causeQuestions();
  builder.orderQuestion();
  builder.matchQuestion();
  builder.gistQuestion();
  builder.flashcards();
  progress(0.85);
  const words = countWords(clean);
  // By default about one quiz question per 15 words plus a deck of flashcards; an explicit
  // maxQuestions bounds everything together, quiz questions first.
  const quizMax = options.maxQuestions ?? Math.min(400, Math.max(12, Math.ceil(words / 15)));
  const quiz = selectQuestions(
    builder.drafts.filter((d) => d.type !== 'flashcard'),
    sentences,
    quizMax
  );
  const cardMax =
    options.maxQuestions !== undefined
      ? options.maxQuestions - quiz.length
      : Math.min(150, Math.max(4, Math.ceil(words / 40)));
  const cards = selectQuestions(
    builder.drafts.filter((d) => d.type === 'flashcard'),
    sentences,
    Math.max(0, cardMax)
  );
  const kept = [...quiz, ...cards];
  // A question that fails the schema is dropped alone rather than failing the whole set.
  const questions = kept
    .map((d) => toQuestion(d))
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
    id: options.id ?? `text-${hashText(clean)}`,
    title: options.title?.trim() || deriveTitle(clean, sentences, language),
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

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[„“”"«»‚‘’'.,;:!?()]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();

function tokensOf(text: string): Set<string> {
  return new Set(normalise(text).split(' ').filter(Boolean));
}

/** Why a draft fails a teacher's check, or undefined when it passes. */
export function rejectReason(d: Draft, sentences: string[]): string | undefined {
  if (d.evidence.length === 0 || d.evidence.some((i) => i >= sentences.length)) return 'evidence';
  const evidence = normalise(d.evidence.map((i) => sentences[i] ?? '').join(' '));
  if (d.prompt.trim().length < 3 || d.prompt.length > 2000) return 'prompt length';
  // The answer must be found in the evidence (names, dates, numbers as written).
  for (const piece of d.support) {
    if (piece && !evidence.includes(normalise(piece))) return 'unsupported';
  }
  if (typeof d.answer === 'string') {
    if (!d.answer.trim() || d.answer.length > 2000) return 'answer length';
    const answer = normalise(d.answer);
    if (d.type !== 'flashcard' && d.type !== 'true-false') {
      // No giveaway: the answer must not stand in the prompt.
      if (answer && normalise(d.prompt).includes(answer)) return 'giveaway';
    }
    if (d.type === 'cloze' && !d.prompt.includes('____')) return 'no gap';
    if (d.type === 'cloze' && answer.split(' ').length === 1 && answer.length < 3)
      return 'trivial gap';
  }
  if (d.choices) {
    if (!d.choices.includes(d.answer as string)) return 'answer not among choices';
    const keys = d.choices.map(normalise);
    if (new Set(keys).size !== keys.length) return 'duplicate choices';
    for (const c of d.choices)
      if (c !== d.answer && clashes(c, d.answer as string)) return 'distractor clashes';
  }
  return undefined;
}

/**
 * Keeps the best drafts: filters, then removes duplicate and near-duplicate prompts, then takes
 * the highest priorities with at most three questions per sentence and per fact, so a set covers
 * the whole article rather than its first paragraph.
 */
function selectQuestions(drafts: Draft[], sentences: string[], max: number): Draft[] {
  const passing = drafts.filter((d) => rejectReason(d, sentences) === undefined);
  // The best draft of each kind goes first, so every type the text allows appears.
  const firstOfKind = new Set<Draft>();
  const kinds = new Set<string>();
  for (const d of [...passing].sort((a, b) => b.priority - a.priority)) {
    const kind = d.type + (d.card ?? '');
    if (!kinds.has(kind)) {
      kinds.add(kind);
      firstOfKind.add(d);
    }
  }
  const rank = (d: Draft) => d.priority + (firstOfKind.has(d) ? 100 : 0);
  const ordered = passing
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        rank(b.d) - rank(a.d) || (a.d.evidence[0] ?? 0) - (b.d.evidence[0] ?? 0) || a.i - b.i
    )
    .map((x) => x.d);
  const kept: Draft[] = [];
  const keptSet = new Set<Draft>();
  const prompts = new Set<string>();
  const tokenSets = new Map<number, { type: string; tokens: Set<string> }[]>();
  const perSentence = new Map<number, number>();
  const perFact = new Map<string, number>();
  const perFactType = new Set<string>();
  // Long sentences carry more facts: three questions, one more per 20 words.
  const budget = (d: Draft) =>
    d.type === 'flashcard'
      ? 99
      : 3 + Math.floor((sentences[d.evidence[0] ?? 0] ?? '').split(' ').length / 20);
  for (const pass of [0, 1]) {
    for (const d of ordered) {
      if (kept.length >= max) break;
      if (keptSet.has(d)) continue;
      const key = normalise(d.prompt);
      if (prompts.has(key)) continue;
      const tokens = tokensOf(d.prompt + ' ' + (typeof d.answer === 'string' ? d.answer : ''));
      const first = d.evidence[0] ?? 0;
      // Near-duplicates come from the same sentence: compare only with those.
      const near = tokenSets.get(first) ?? [];
      if (near.some((o) => o.type === d.type && jaccard(o.tokens, tokens) >= 0.8)) continue;
      const factType = `${d.factKey}|${d.type}`;
      if (pass === 0) {
        if ((perSentence.get(first) ?? 0) >= budget(d) && d.evidence.length === 1) continue;
        if ((perFact.get(d.factKey) ?? 0) >= budget(d)) continue;
        if (perFactType.has(factType) && d.type !== 'flashcard') continue;
      }
      kept.push(d);
      keptSet.add(d);
      prompts.add(key);
      near.push({ type: d.type, tokens });
      tokenSets.set(first, near);
      perSentence.set(first, (perSentence.get(first) ?? 0) + 1);
      perFact.set(d.factKey, (perFact.get(d.factKey) ?? 0) + 1);
      perFactType.add(factType);
    }
  }
  // Reading order: the gist first, then by the sentence a question is about, flashcards last.
  return kept.sort(
    (a, b) =>
      Number(b.factKey === 'gist') - Number(a.factKey === 'gist') ||
      Number(a.type === 'flashcard') - Number(b.type === 'flashcard') ||
      (a.evidence[0] ?? 0) - (b.evidence[0] ?? 0) ||
      TYPE_RANK[a.type] - TYPE_RANK[b.type] ||
      (a.prompt < b.prompt ? -1 : a.prompt > b.prompt ? 1 : 0)
  );
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / Math.max(1, a.size + b.size - both);
}

function toQuestion(d: Draft): Question {
  const content = JSON.stringify([d.type, d.prompt, d.answer]);
  const base = {
    id: `q-${hashText(content)}`,
    prompt: tidyPrompt(d.prompt),
    evidence: d.evidence,
    factId: `f-${hashText(d.factKey)}`,
    ...(d.accept && d.accept.length > 0 ? { accept: d.accept } : {}),
    ...(d.explanation ? { explanation: d.explanation } : {})
  };
  switch (d.type) {
    case 'multiple-choice':
      return { ...base, type: d.type, answer: d.answer as string, choices: d.choices ?? [] };
    case 'true-false':
      return {
        ...base,
        type: d.type,
        answer: d.answer as boolean,
        ...(d.correction ? { correction: d.correction } : {})
      };
    case 'cloze':
      return {
        ...base,
        type: d.type,
        answer: d.answer as string,
        ...(d.wordBank ? { wordBank: d.wordBank } : {})
      };
    case 'short-answer':
      return { ...base, type: d.type, answer: d.answer as string };
    case 'order':
      return { ...base, type: d.type, answer: d.answer as string[] };
    case 'match':
      return { ...base, type: d.type, answer: d.answer as [string, string][] };
    case 'flashcard':
      return { ...base, type: d.type, answer: d.answer as string, card: d.card ?? 'fact' };
  }
}

function tidyPrompt(prompt: string): string {
  return prompt.includes('____') ? prompt : tidy(prompt);
}
