import { parseQuizSet, type Question, type QuizSet } from '../quizset/schema';
import { STOP_WORDS } from './wordlists';

/**
 * A teacher's checks on a question set, independent of how the generator filters its drafts:
 * valid schema; the answer among distinct choices and no distractor equal to or part of it;
 * the answer found in the evidence sentences; no prompt that gives its answer away; no prompt
 * twice. Returns one line per problem, empty when the set passes. A true statement may say a
 * word of its sentence in other words where `options.rewords` says so.
 *
 * @example qualityIssues(generateQuestionSet(text, { models })) // []
 */
export interface QualityOptions {
  /**
   * Whether a word of a true statement stands for a word of its evidence in other words (a
   * synonym the generator put in: `Wissenschaftler` for `Forscher`). Without it, every content
   * word of a statement must be in its evidence.
   */
  rewords?: (word: string, evidence: string) => boolean;
}

export function qualityIssues(set: QuizSet, options: QualityOptions = {}): string[] {
  const issues: string[] = [];
  const parsed = parseQuizSet(set);
  if (!parsed.ok) issues.push(...parsed.issues.map((i) => `schema: ${i}`));
  const prompts = new Set<string>();
  for (const q of set.questions) {
    const where = `${q.id} (${q.type}: ${q.prompt.slice(0, 60)})`;
    const key = normalise(q.prompt);
    if (prompts.has(key)) issues.push(`${where}: duplicate prompt`);
    prompts.add(key);
    const evidence = q.evidence.map((i) => set.sentences[i] ?? '').join(' ');
    for (const text of supportTexts(q)) {
      const missing = unsupportedWords(text, evidence, set.language).filter(
        (word) => !(q.type === 'true-false' && options.rewords?.(word, evidence))
      );
      if (missing.length > 0) issues.push(`${where}: not in evidence: ${missing.join(', ')}`);
    }
    if (q.type === 'multiple-choice' || q.type === 'short-answer' || q.type === 'cloze') {
      const answer = normalise(q.answer);
      if (answer && normalise(q.prompt.replace('____', ' ')).includes(answer))
        issues.push(`${where}: prompt gives the answer away`);
    }
    if (q.type === 'multiple-choice') {
      if (!q.choices.includes(q.answer)) issues.push(`${where}: answer not among choices`);
      const keys = q.choices.map(normalise);
      if (new Set(keys).size !== keys.length) issues.push(`${where}: duplicate choices`);
      const answer = normalise(q.answer);
      for (const c of keys)
        if (c !== answer && (containsWords(c, answer) || containsWords(answer, c)))
          issues.push(`${where}: distractor „${c}“ overlaps the answer`);
    }
    if (q.type === 'cloze' && q.wordBank && !q.wordBank.includes(q.answer))
      issues.push(`${where}: answer not in word bank`);
    if (q.type === 'cloze' && !q.wordBank) issues.push(`${where}: gap without a word bank`);
    if (q.type === 'true-false' && q.answer === true) {
      // True statements are paraphrases: never a sentence of the text word for word.
      const statement = plain(q.prompt);
      if (q.evidence.some((i) => plain(set.sentences[i] ?? '') === statement))
        issues.push(`${where}: true statement copies its sentence`);
    }
  }
  // One question per fact in the quiz (flashcards review facts and are counted apart).
  const facts = new Map<string, number>();
  for (const q of set.questions)
    if (q.type !== 'flashcard' && q.factId) facts.set(q.factId, (facts.get(q.factId) ?? 0) + 1);
  for (const [fact, n] of facts) if (n > 1) issues.push(`${fact}: ${n} quiz questions on one fact`);
  // True/false sets are balanced, so that always answering one way never scores well.
  const tf = set.questions.filter((q) => q.type === 'true-false');
  const trues = tf.filter((q) => q.answer === true).length;
  if (tf.length >= 5 && (trues / tf.length < 0.4 || trues / tf.length > 0.6))
    issues.push(`true/false unbalanced: ${trues} of ${tf.length} true`);
  if (tf.length > 0 && tf.length < 5 && Math.abs(2 * trues - tf.length) > 1)
    issues.push(`true/false unbalanced: ${trues} of ${tf.length} true`);
  return issues;
}

/** The part of a text inside its outermost quotation marks (all of it when there are none). */
const quoted = (text: string) => /[„“"](.*)[“”"]/su.exec(text)?.[1] ?? text;

const plain = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();

/** The texts of a question that the evidence must bear out. */
function supportTexts(q: Question): string[] {
  switch (q.type) {
    case 'true-false':
      return [q.answer ? q.prompt : (q.correction ?? '')];
    case 'order':
      return q.answer;
    case 'match':
      return q.answer.flat();
    case 'flashcard':
      // A fact card's front is a question; its back (the answer) is what the text must say. A
      // vocabulary card's back quotes the text: the quotation must be in it.
      return q.card === 'vocabulary' ? [quoted(q.answer)] : [q.answer];
    case 'multiple-choice':
      // Vocabulary in context answers with a synonym the text need not contain: the word asked
      // about must stand in the evidence.
      // How an amount changed names the change in a word of its own (`ein Rückgang um 35
      // Prozent` for `brach um 35 Prozent ein`): its figures must stand in the evidence.
      return q.kind === 'meaning'
        ? [/[„“"]([^„“”"]+)[“”"]/u.exec(q.prompt)?.[1] ?? q.prompt]
        : q.kind === 'change'
          ? [q.answer.replace(/^(ein (Anstieg|Rückgang)|a (rise|fall))\s+/u, '')]
          : [q.answer];
    default:
      return [q.answer];
  }
}

const CONNECTIVES = new Set(['weil', 'because', 'sitz', 'based', 'und', 'and']);

/** Content words of `text` the evidence does not contain (allowing inflected endings). */
export function unsupportedWords(text: string, evidence: string, language: 'de' | 'en'): string[] {
  const haystack = normalise(evidence);
  const missing: string[] = [];
  for (const word of normalise(text).split(' ')) {
    if (word.length < 4 || STOP_WORDS[language].has(word) || CONNECTIVES.has(word)) continue;
    const stem = word.slice(0, Math.max(4, word.length - 2));
    if (!haystack.includes(stem)) missing.push(word);
  }
  return missing;
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[„“”"«»‚‘’'.,;:!?()–—-]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

function containsWords(outer: string, inner: string): boolean {
  return ` ${outer} `.includes(` ${inner} `);
}
