import { CLOZE_GAP } from '$lib/core/curation';
import { shuffle } from '$lib/core/assign/random';
import { seededRandom } from '$lib/core/quiz';
import type { Question, QuestionOf } from '$lib/core/quizset/schema';
import { readingParagraphs } from '$lib/core/text/reading';

/**
 * How a question appears on paper. Items to order and the right side of a match are printed
 * scrambled, or the sheet would give the answer away; the scrambling is alphabetical (the same
 * sheet every time it is printed), rotated by one when that happens to be the right order.
 */
export function scrambled(items: readonly string[], locale: string): string[] {
  const sorted = [...items].sort((a, b) => a.localeCompare(b, locale));
  const same = sorted.every((item, index) => item === items[index]);
  return same && sorted.length > 1 ? [...sorted.slice(1), sorted[0] as string] : sorted;
}

/** A cloze prompt as text pieces around its gaps: `['', ' hat eröffnet.']` for `____ hat …`. */
export function clozePieces(prompt: string): string[] {
  return prompt.split(CLOZE_GAP);
}

/** `A`, `B`, … for the right side of a match. */
export function letter(index: number): string {
  return String.fromCharCode(65 + index);
}

export type MatchSheet = {
  left: string[];
  right: string[];
  /** Per left item (in order), the letter of its partner on the right. */
  key: string[];
};

export function matchSheet(question: QuestionOf<'match'>, locale: string): MatchSheet {
  const left = question.answer.map(([l]) => l);
  const right = scrambled(
    question.answer.map(([, r]) => r),
    locale
  );
  const key = question.answer.map(([, r]) => letter(right.indexOf(r)));
  return { left, right, key };
}

/** Whether a question is answered by writing (so the sheet gives it writing lines). */
export function needsWritingLines(question: Question): boolean {
  return (
    question.type === 'short-answer' ||
    question.type === 'flashcard' ||
    (question.type === 'cloze' && !question.wordBank)
  );
}

/** The teacher's choices for a printed sheet. */
export type WorksheetOptions = {
  /** Flashcards as a vocabulary list after the questions (else left out: they are no task). */
  vocabulary: boolean;
  /** `B`: the same questions in another order, with the options of each in another order. */
  version: 'A' | 'B';
  /** The questions to print, by id; `null`: all of them. */
  chosen: ReadonlySet<string> | null;
};

export type Worksheet = { questions: Question[]; vocabulary: QuestionOf<'flashcard'>[] };

/**
 * The questions of a sheet. Version B is shuffled with a random source seeded by `seed` (the
 * set's id), so it is the same sheet every time it is printed, and different from A.
 *
 * @example worksheetQuestions(set.questions, { vocabulary: false, version: 'B', chosen: null }, set.id)
 */
export function worksheetQuestions(
  questions: readonly Question[],
  options: WorksheetOptions,
  seed: string
): Worksheet {
  const chosen = questions.filter((q) => options.chosen === null || options.chosen.has(q.id));
  const tasks = chosen.filter((q) => q.type !== 'flashcard');
  const vocabulary = options.vocabulary
    ? chosen.filter((q): q is QuestionOf<'flashcard'> => q.type === 'flashcard')
    : [];
  if (options.version === 'A') return { questions: tasks, vocabulary };
  const order = shuffle(tasks, seededRandom(`${seed}/B`));
  return {
    questions: order.map((q) => {
      const random = seededRandom(`${seed}/B/${q.id}`);
      if (q.type === 'multiple-choice') return { ...q, choices: shuffle(q.choices, random) };
      if (q.type === 'cloze' && q.wordBank) return { ...q, wordBank: shuffle(q.wordBank, random) };
      return q;
    }),
    vocabulary
  };
}

/**
 * The article for the sheet: the bundled text's paragraphs when they cut into exactly the set's
 * sentences, else the sentences as one running text (an own set keeps no line breaks).
 */
export function worksheetParagraphs(
  sentences: readonly string[],
  text: string | undefined,
  language: 'de' | 'en'
): string[][] {
  const running = [sentences.filter((s) => s.trim() !== '')];
  if (text === undefined) return running;
  const paragraphs = readingParagraphs(text, language);
  const flat = paragraphs.flat();
  const same = flat.length === sentences.length && flat.every((s, i) => s === sentences[i]);
  return same ? paragraphs : running;
}
