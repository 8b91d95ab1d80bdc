import type { Question, QuizSet } from '../quizset/schema';
import { questionNames, quizQuestionsOf } from './names';

/**
 * Moodle GIFT (docs.moodle.org/en/GIFT_format), one question per paragraph, named by the
 * beginning of its prompt (`questionNames`), which is what a teacher recognises in Moodle.
 * Texts are `[plain]`, so nothing from an article is read as HTML or Markdown.
 *
 * Mapping: multiple-choice → MC; true-false → TF, with the correction (and explanation) as
 * general feedback; cloze → "missing word" (an embedded MC from the word bank, or an embedded
 * short answer); short-answer → short answer with every accepted alternative; match → matching.
 * GIFT has no ordering type, so an order question becomes matching: each item is matched to its
 * position (`1`, `2`, …), which asks exactly the same and grades each position. Flashcards are
 * left out: they are vocabulary to learn, not questions to grade (the TSV export carries them).
 */

/**
 * The characters GIFT gives a meaning, and the backslash that escapes them. `->` marks a
 * matching question anywhere in an answer block and has no escape, so it becomes `→`.
 */
export function escapeGift(text: string): string {
  return oneLine(text)
    .replaceAll('->', '→')
    .replace(/[\\~=#{}:]/gu, (char) => `\\${char}`);
}

/** GIFT separates questions by blank lines, so every text must stay on one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

export const FLASHCARD_SHORT_ANSWER_WORDS = 4;

/** Whether a flashcard's back is short enough to be typed and graded as a short answer. */
export function isShortBack(back: string): boolean {
  return oneLine(back).split(' ').length <= FLASHCARD_SHORT_ANSWER_WORDS;
}

function feedback(...texts: (string | undefined)[]): string {
  const text = texts.filter((t): t is string => Boolean(t)).join(' ');
  return text ? `####${escapeGift(text)}` : '';
}

const alternatives = (q: { answer: string; accept?: string[] | undefined }) =>
  [q.answer, ...(q.accept ?? [])].map((a) => `=${escapeGift(a)}`).join(' ');

function giftQuestion(q: Question, name: string): string {
  const head = `::${escapeGift(name)}::[plain]`;
  const prompt = escapeGift(q.prompt);
  switch (q.type) {
    case 'multiple-choice': {
      const choices = q.choices.map((c) => (c === q.answer ? '=' : '~') + escapeGift(c));
      return `${head}${prompt} {${choices.join(' ')}${feedback(q.explanation)}}`;
    }
    case 'true-false':
      return `${head}${prompt} {${q.answer ? 'TRUE' : 'FALSE'}${feedback(q.correction, q.explanation)}}`;
    case 'cloze': {
      const blank = q.wordBank
        ? `{=${escapeGift(q.answer)} ${q.wordBank
            .filter((w) => w !== q.answer)
            .map((w) => `~${escapeGift(w)}`)
            .join(' ')}${feedback(q.explanation)}}`
        : `{${alternatives(q)}${feedback(q.explanation)}}`;
      const gap = q.prompt.indexOf('____');
      const before = escapeGift(q.prompt.slice(0, gap));
      // GIFT needs text before an answer block; a gap at the very start stays visible as
      // `____` and the answers follow the sentence, as in an ordinary question.
      if (gap === -1 || before === '') return `${head}${prompt} ${blank}`;
      const after = escapeGift(q.prompt.slice(gap).replace(/^_+/u, ''));
      // No space between the gap and punctuation after it: `{…}.`, never `{…} .`.
      const joint = /^[.,;:!?)»“”"'’]/u.test(after) ? '' : ' ';
      return `${head}${before} ${blank}${joint}${after}`.trimEnd();
    }
    case 'short-answer':
      return `${head}${prompt} {${alternatives(q)}${feedback(q.explanation)}}`;
    case 'order': {
      const pairs = q.answer.map((item, i) => `=${escapeGift(item)} -> ${i + 1}`);
      return `${head}${prompt} {${pairs.join(' ')}${feedback(q.explanation)}}`;
    }
    case 'match': {
      const pairs = q.answer.map(([left, right]) => `=${escapeGift(left)} -> ${escapeGift(right)}`);
      return `${head}${prompt} {${pairs.join(' ')}${feedback(q.explanation)}}`;
    }
    case 'flashcard':
      // Never reached from `questionsToGift`, which leaves flashcards out.
      return `${head}${prompt} {${alternatives(q)}${feedback(q.explanation)}}`;
  }
}

/**
 * A set's questions as a GIFT file, in a category named after the set.
 *
 * @example questionsToGift(set) // → '$CATEGORY: Kanada ordnet …\n\n::q-0m38…::[plain]Um wen … {=Hikvision… ~Polen…}\n…'
 */
export function questionsToGift(set: Pick<QuizSet, 'title' | 'questions'>): string {
  const category = `$CATEGORY: ${oneLine(set.title).replaceAll('/', '//')}`;
  const questions = quizQuestionsOf(set.questions);
  const names = questionNames(questions);
  return (
    [category, ...questions.map((q, i) => giftQuestion(q, names[i] ?? q.id))].join('\n\n') + '\n'
  );
}
