import { hashText } from '../quizgen/hash';
import type { Question, QuestionType, QuizSet } from '../quizset/schema';
import type { StudentQuestion } from '../assign/schema';

/** Question types a quiz asks; flashcards are studied on their own with spaced repetition. */
export const QUIZ_TYPES = [
  'multiple-choice',
  'true-false',
  'cloze',
  'short-answer',
  'order',
  'match'
] as const satisfies readonly QuestionType[];
export type QuizType = (typeof QUIZ_TYPES)[number];
export type QuizQuestion = Extract<Question, { type: QuizType }>;

export function isQuizQuestion(question: Question): question is QuizQuestion {
  return (QUIZ_TYPES as readonly string[]).includes(question.type);
}

/** A question of an assignment link without an answer key: what a student needs, nothing more. */
export type StudentQuizQuestion = Extract<StudentQuestion, { type: QuizType }>;

/** What the quiz screen can show: a full question, or a student's view without its key. */
export type PlayableQuestion = QuizQuestion | StudentQuizQuestion;

/** Whether a question carries its answer, so it can be graded on this device. */
export function hasAnswerKey(question: PlayableQuestion): question is QuizQuestion {
  return 'answer' in question;
}

/** How many quiz questions of each type a set offers (types it lacks are absent). */
export function quizTypeCounts(set: Pick<QuizSet, 'questions'>): Partial<Record<QuizType, number>> {
  const counts: Partial<Record<QuizType, number>> = {};
  for (const question of set.questions) {
    if (isQuizQuestion(question)) counts[question.type] = (counts[question.type] ?? 0) + 1;
  }
  return counts;
}

export type QuizChoice = {
  /** How many questions; `undefined` asks every question of the chosen types. */
  count?: number;
  types: readonly QuizType[];
};

/**
 * The questions of one quiz: of the chosen types, at most `count`, in a mixed order (see
 * `mixQuizOrder`), so a second attempt does not ask the same questions in the same order.
 *
 * When not every question fits, each fact is asked at most once before any fact is asked
 * twice: a true/false item and a gap about the same sentence would give each other away.
 * `random` (values in [0, 1)) decides which questions are drawn and their order; seeded with
 * the attempt's id it gives the same quiz again.
 */
export function pickQuizQuestions(
  set: Pick<QuizSet, 'questions'>,
  choice: QuizChoice,
  random: () => number
): QuizQuestion[] {
  const candidates = set.questions
    .filter(isQuizQuestion)
    .filter((question) => choice.types.includes(question.type));
  const count = Math.max(0, Math.min(choice.count ?? candidates.length, candidates.length));

  let picked: QuizQuestion[];
  if (count === candidates.length) {
    picked = candidates;
  } else {
    const shuffled = shuffle(candidates, random);
    const seenFacts = new Set<string>();
    const firstOfFact: QuizQuestion[] = [];
    const repeats: QuizQuestion[] = [];
    for (const question of shuffled) {
      const fact = question.factId ?? question.id;
      (seenFacts.has(fact) ? repeats : firstOfFact).push(question);
      seenFacts.add(fact);
    }
    picked = [...firstOfFact, ...repeats].slice(0, count);
  }
  return mixQuizOrder(picked, random);
}

/** Whether two questions are about the same sentence (or the same fact): they give each other away. */
export function sameSource(
  a: Pick<Question, 'evidence' | 'factId'>,
  b: Pick<Question, 'evidence' | 'factId'>
): boolean {
  if (a.factId !== undefined && a.factId === b.factId) return true;
  return a.evidence.some((sentence) => b.evidence.includes(sentence));
}

/**
 * A shuffled order of `questions` in which no two neighbours are about the same sentence, as far
 * as the questions allow (all about one sentence cannot be kept apart). Driven by `random`, so a
 * seed gives the same order again; the input is not changed.
 *
 * Greedy: each place takes the first remaining question (in shuffled order) unlike the one
 * before it; a question left over at the end is put into the first gap between two questions
 * it differs from.
 */
export function mixQuizOrder<T extends Pick<Question, 'evidence' | 'factId'>>(
  questions: readonly T[],
  random: () => number
): T[] {
  const remaining = shuffle(questions, random);
  const order: T[] = [];
  const leftOver: T[] = [];
  while (remaining.length > 0) {
    const previous = order.at(-1);
    const next = previous ? remaining.findIndex((q) => !sameSource(q, previous)) : 0;
    if (next === -1) {
      leftOver.push(remaining.shift()!);
      continue;
    }
    order.push(remaining.splice(next, 1)[0]!);
  }
  for (const question of leftOver) {
    const gap = [...order.keys(), order.length].find(
      (at) =>
        (at === 0 || !sameSource(order[at - 1]!, question)) &&
        (at === order.length || !sameSource(order[at]!, question))
    );
    order.splice(gap ?? order.length, 0, question);
  }
  return order;
}

/** A shuffled copy (Fisher–Yates) driven by `random`, values in [0, 1). */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/**
 * A repeatable stream of numbers in [0, 1) from a text seed (mulberry32 seeded by a content
 * hash). A quiz shuffles choices with `seededRandom(attemptId + questionId)`, so a reload shows
 * them in the same order as before.
 */
export function seededRandom(seed: string): () => number {
  let state = parseInt(hashText(seed).slice(0, 6), 36) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the learner is shown of a question: options in a shuffled, repeatable order. */
export type QuestionDisplay = {
  /** Multiple-choice choices, or the cloze word bank. */
  options: string[];
  /** Order: the items to sort, never in the right order when it can be avoided. */
  orderItems: string[];
  /** Match: the left-hand entries, one row each. */
  matchLeft: string[];
  /** Match: the right-hand side to pick from. */
  matchTargets: string[];
};

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * How a question's options appear. Shuffled by default (repeatably, from `seed`); with
 * `shuffle: false` (an assignment whose teacher turned shuffling off) they appear in code-point
 * order, the same for every student and never in the order the generator stored them, which
 * would give the answer away (a multiple-choice answer comes first, match pairs line up).
 *
 * @example questionDisplay(question, attempt.id).options // → ['Ottawa', 'Peking', 'Bern']
 */
export function questionDisplay(
  question: PlayableQuestion,
  seed: string,
  options: { shuffle?: boolean } = {}
): QuestionDisplay {
  const random = seededRandom(`${seed}/${question.id}`);
  const arrange = (items: readonly string[]) =>
    options.shuffle === false ? [...items].sort(byCodePoint) : shuffle(items, random);
  const display: QuestionDisplay = { options: [], orderItems: [], matchLeft: [], matchTargets: [] };
  switch (question.type) {
    case 'multiple-choice':
      display.options = arrange(question.choices);
      break;
    case 'cloze':
      display.options = question.wordBank ? arrange(question.wordBank) : [];
      break;
    case 'order': {
      if (!hasAnswerKey(question)) {
        display.orderItems = arrange(question.items);
        break;
      }
      let items = arrange(question.answer);
      // Showing the answer as the puzzle would make it no question at all.
      if (items.every((item, index) => item === question.answer[index])) {
        items = [...items.slice(1), items[0]!];
      }
      display.orderItems = items;
      break;
    }
    case 'match':
      if (hasAnswerKey(question)) {
        display.matchLeft = question.answer.map(([left]) => left);
        display.matchTargets = arrange(question.answer.map(([, right]) => right));
      } else {
        display.matchLeft = [...question.left];
        display.matchTargets = arrange(question.right);
      }
      break;
    default:
      break;
  }
  return display;
}
