import type { Question, QuestionType } from '../quizset/schema';
import { editDistance, normalizeText, textVariants, type NumberLocale } from './normalize';

export type GradingOptions = {
  /** Default `false`: `paris` answers `Paris`. */
  caseSensitive: boolean;
  /** Default `false`. When on, `ä` may be typed as `a` or `ae`, `ß` as `ss`, `é` as `e`. */
  foldUmlauts: boolean;
  /** Default `true`: one typo is forgiven in answers of `typoMinLetters` letters or more. */
  allowTypo: boolean;
  /** Default 5. Shorter answers must be exact, since one edit turns `Rom` into `Rum`. */
  typoMinLetters: number;
  /** The question set's language; decides whether `1.000` means 1000 (`de`) or 1 (`en`). */
  language: NumberLocale;
};

export const DEFAULT_GRADING_OPTIONS: Readonly<GradingOptions> = Object.freeze({
  caseSensitive: false,
  foldUmlauts: false,
  allowTypo: true,
  typoMinLetters: 5,
  language: 'de'
});

/** A `[left, right]` pair of a match question, as the learner connected it. */
export type Pair = [left: string, right: string];

/** What the learner gives, per question type. */
export type ResponseOf<T extends QuestionType> = T extends 'true-false'
  ? boolean
  : T extends 'order'
    ? string[]
    : T extends 'match'
      ? Pair[]
      : string;

/** The learner's response after normalisation, per question type. */
export type NormalizedOf<T extends QuestionType> = T extends 'true-false'
  ? boolean | null
  : ResponseOf<T>;

export type GradeResult<T extends QuestionType = QuestionType> = {
  correct: boolean;
  /** The answer to show as the correct one (the question's `answer`, never an alternative). */
  expected: ResponseOf<T>;
  /** The response as it was compared; a response of the wrong shape becomes `''`, `[]` or `null`. */
  normalizedResponse: NormalizedOf<T>;
  /** Why a text answer counts: the exact answer, an `accept` alternative, or with one typo. */
  matchedBy: 'answer' | 'alternative' | 'typo' | null;
  /** Order: items in the right place; match: right pairs. Absent for other types. */
  partial?: { correct: number; total: number };
};

/**
 * Checks a learner's response against a question, forgivingly for typed text and strictly where
 * the learner picks from given options.
 *
 * Responses per type: the chosen choice text (multiple-choice), a boolean (true-false), the
 * typed or picked text (cloze, short-answer, flashcard), the items in the learner's order
 * (order), and the connected `[left, right]` pairs in any order (match).
 *
 * Never throws: a response of the wrong shape (from an old stored answer, say) is graded wrong.
 *
 * @example
 * gradeAnswer(question, 'Muenchen', { foldUmlauts: true }) // answer 'München' → correct
 * gradeAnswer(orderQuestion, ['erst', 'dann', 'zuletzt'])
 * gradeAnswer(matchQuestion, [['Kanada', 'verbietet'], ['China', 'protestiert']])
 */
export function gradeAnswer<Q extends Question>(
  question: Q,
  response: ResponseOf<Q['type']>,
  options: Partial<GradingOptions> = {}
): GradeResult<Q['type']> {
  const settings = { ...DEFAULT_GRADING_OPTIONS, ...options };
  return gradeQuestion(question, response as unknown, settings) as GradeResult<Q['type']>;
}

function gradeQuestion(
  question: Question,
  response: unknown,
  options: GradingOptions
): GradeResult {
  const strictText = { ...options, allowTypo: false };
  switch (question.type) {
    case 'true-false': {
      const given = typeof response === 'boolean' ? response : null;
      return {
        correct: given === question.answer,
        expected: question.answer,
        normalizedResponse: given,
        matchedBy: given === question.answer ? 'answer' : null
      };
    }
    case 'multiple-choice':
      // The learner picks a choice; a typo could only point at another choice.
      return gradeText(question.answer, question.accept, response, strictText, question.choices);
    case 'cloze':
      return gradeText(
        question.answer,
        question.accept,
        response,
        question.wordBank ? strictText : options,
        question.wordBank
      );
    case 'short-answer':
    case 'flashcard':
      return gradeText(question.answer, question.accept, response, options, []);
    case 'order':
      return gradeOrder(question.answer, response, options);
    case 'match':
      return gradeMatch(question.answer, response, options);
  }
}

function normalizeOptions(options: GradingOptions) {
  return {
    caseInsensitive: !options.caseSensitive,
    foldDiacritics: options.foldUmlauts,
    numberLocale: options.language
  };
}

function gradeText(
  answer: string,
  accept: readonly string[] | undefined,
  response: unknown,
  options: GradingOptions,
  offered: readonly string[] | undefined
): GradeResult {
  const normalize = normalizeOptions(options);
  const given = typeof response === 'string' ? response : '';
  const normalizedResponse = normalizeText(given, normalize);
  const result = (matchedBy: GradeResult['matchedBy']): GradeResult => ({
    correct: matchedBy !== null,
    expected: answer,
    normalizedResponse,
    matchedBy
  });

  const givenVariants = textVariants(given, normalize);
  const sameAs = (candidate: string) =>
    textVariants(candidate, normalize).some((variant) => givenVariants.includes(variant));

  if (sameAs(answer)) return result('answer');
  if ((accept ?? []).some(sameAs)) return result('alternative');
  if (normalizedResponse === '') return result(null);
  // Picking another offered option is a wrong answer, however close its spelling.
  if ((offered ?? []).some(sameAs)) return result(null);
  if (!options.allowTypo) return result(null);

  const withinOneTypo = (candidate: string) =>
    letterCount(candidate) >= options.typoMinLetters &&
    textVariants(candidate, normalize).some((variant) =>
      givenVariants.some(
        (givenVariant) =>
          sameDigits(variant, givenVariant) && editDistance(variant, givenVariant, 1) <= 1
      )
    );
  if ([answer, ...(accept ?? [])].some(withinOneTypo)) return result('typo');
  return result(null);
}

function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/** A typo never forgives a different number: `2018` is not `2019`. */
function sameDigits(a: string, b: string): boolean {
  return a.replace(/\D/gu, '') === b.replace(/\D/gu, '');
}

function stringItems(response: unknown): string[] {
  if (!Array.isArray(response)) return [];
  return response.filter((item): item is string => typeof item === 'string');
}

/**
 * Order and match items are picked, not typed, so they compare almost exactly: only case (when
 * ignored) and white space. Full text normalisation would merge items that differ only in
 * punctuation (`a'` and `a`), and a correct arrangement could then grade as wrong.
 */
function itemKey(text: string, options: GradingOptions): string {
  const collapsed = text.normalize('NFC').trim().replace(/\s+/gu, ' ');
  return options.caseSensitive ? collapsed : collapsed.toLowerCase();
}

function gradeOrder(
  answer: readonly string[],
  response: unknown,
  options: GradingOptions
): GradeResult {
  const given = Array.isArray(response) ? response : [];
  const normalizedResponse = stringItems(given).map((item) => itemKey(item, options));
  const expectedItems = answer.map((item) => itemKey(item, options));
  const inPlace = expectedItems.filter(
    (item, index) => typeof given[index] === 'string' && itemKey(given[index], options) === item
  ).length;
  return {
    correct: given.length === answer.length && inPlace === answer.length,
    expected: [...answer],
    normalizedResponse,
    matchedBy: inPlace === answer.length && given.length === answer.length ? 'answer' : null,
    partial: { correct: inPlace, total: answer.length }
  };
}

function gradeMatch(
  answer: readonly (readonly [string, string])[],
  response: unknown,
  options: GradingOptions
): GradeResult {
  const givenPairs: Pair[] = (Array.isArray(response) ? response : [])
    .filter(
      (pair): pair is Pair =>
        Array.isArray(pair) &&
        pair.length === 2 &&
        typeof pair[0] === 'string' &&
        typeof pair[1] === 'string'
    )
    .map(([left, right]) => [itemKey(left, options), itemKey(right, options)]);
  // One right side per left side: a learner who connects a left item twice gets neither.
  const lefts = givenPairs.map(([left]) => left);
  const rightFor = new Map(
    givenPairs.filter(([left]) => lefts.indexOf(left) === lefts.lastIndexOf(left))
  );
  const rightPairs = answer.filter(
    ([left, right]) => rightFor.get(itemKey(left, options)) === itemKey(right, options)
  ).length;
  const allRight =
    rightPairs === answer.length && Array.isArray(response) && response.length === answer.length;
  return {
    correct: allRight,
    expected: answer.map(([left, right]): Pair => [left, right]),
    normalizedResponse: givenPairs,
    matchedBy: allRight ? 'answer' : null,
    partial: { correct: rightPairs, total: answer.length }
  };
}
