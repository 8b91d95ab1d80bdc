import * as v from 'valibot';

/**
 * The question-set format `quizset/1`: what the generator writes, the CLI prints, the app stores
 * and other tools read. Validate with `parseQuizSet` at every boundary (file, link, storage) and
 * use its output, never the raw object.
 *
 * `answer` depends on `type`: the correct choice (multiple-choice), a boolean (true-false), the
 * gap's text (cloze), the expected text (short-answer), the items in the right order (order),
 * `[left, right]` pairs (match) or the back of the card (flashcard).
 */

export const QUIZSET_FORMAT = 'quizset/1';

export const QUESTION_TYPES = [
  'multiple-choice',
  'true-false',
  'cloze',
  'short-answer',
  'order',
  'match',
  'flashcard'
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

const Text = v.pipe(v.string(), v.minLength(1), v.maxLength(2000));
const Id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));
const SentenceIndex = v.pipe(v.number(), v.integer(), v.minValue(0));

/** Fields every question has. Extra fields are allowed and kept (`v.looseObject`). */
const base = {
  id: Id,
  prompt: Text,
  /** Sentence indices (into `sentences`) that prove the answer. */
  evidence: v.pipe(v.array(SentenceIndex), v.minLength(1)),
  /** Groups questions about one fact; a quiz answer reviews that fact's flashcard. */
  factId: v.optional(Id),
  /** Alternatives graded as correct as well (`USA` / `Vereinigte Staaten`). */
  accept: v.optional(v.array(Text)),
  /** Why the answer is right, shown after answering. */
  explanation: v.optional(Text),
  /** What the question asks in the generator's terms (`wh`, `why`, `speech`, `gist`, …). */
  kind: v.optional(v.pipe(v.string(), v.regex(/^[a-z][a-z-]{0,31}$/)))
};

const noDuplicates = (items: readonly string[]) =>
  new Set(items.map((item) => item.toLowerCase())).size === items.length;

const MultipleChoice = v.pipe(
  v.looseObject({
    ...base,
    type: v.literal('multiple-choice'),
    answer: Text,
    choices: v.pipe(v.array(Text), v.minLength(2), v.maxLength(8))
  }),
  v.check((q) => q.choices.includes(q.answer), 'The answer must be one of the choices.'),
  v.check((q) => noDuplicates(q.choices), 'Choices must be distinct.')
);

const TrueFalse = v.looseObject({
  ...base,
  type: v.literal('true-false'),
  answer: v.boolean(),
  /** For a false statement: the true one. */
  correction: v.optional(Text)
});

const Cloze = v.pipe(
  v.looseObject({
    ...base,
    type: v.literal('cloze'),
    /** The prompt holds the gap as `____`. */
    answer: Text,
    /** Words to choose from, the answer among them; absent means the reader types. */
    wordBank: v.optional(v.array(Text))
  }),
  // Regression: a repeated word crashed the quiz (Svelte `each_key_duplicate`) for good.
  v.check((q) => noDuplicates(q.wordBank ?? []), 'Words in the word bank must be distinct.')
);

const ShortAnswer = v.looseObject({ ...base, type: v.literal('short-answer'), answer: Text });

const Order = v.pipe(
  v.looseObject({
    ...base,
    type: v.literal('order'),
    answer: v.pipe(v.array(Text), v.minLength(3), v.maxLength(5))
  }),
  v.check((q) => noDuplicates(q.answer), 'Items to order must be distinct.')
);

const Match = v.pipe(
  v.looseObject({
    ...base,
    type: v.literal('match'),
    answer: v.pipe(v.array(v.tuple([Text, Text])), v.minLength(2), v.maxLength(8))
  }),
  v.check(
    (q) => noDuplicates(q.answer.map(([left]) => left)) && noDuplicates(q.answer.map(([, r]) => r)),
    'Each side of a match must be distinct.'
  )
);

const Flashcard = v.looseObject({
  ...base,
  type: v.literal('flashcard'),
  /** The back of the card. The prompt is the front. */
  answer: Text,
  /** `fact`: an entity or key term; `vocabulary`: a word for learners. */
  card: v.optional(v.picklist(['fact', 'vocabulary']))
});

export const QuestionSchema = v.variant('type', [
  MultipleChoice,
  TrueFalse,
  Cloze,
  ShortAnswer,
  Order,
  Match,
  Flashcard
]);

export const QuizSetSchema = v.pipe(
  v.looseObject({
    format: v.literal(QUIZSET_FORMAT),
    id: Id,
    title: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(300)),
    language: v.picklist(['de', 'en']),
    sentences: v.array(v.string()),
    /**
     * Optional: where each paragraph of the article begins, as the index of its first sentence
     * (`[0, 3, 5]`), so a reader shows the text's paragraphs. Without it, each sentence is one.
     */
    paragraphs: v.optional(v.pipe(v.array(SentenceIndex), v.minLength(1), v.maxLength(100_000))),
    questions: v.array(QuestionSchema)
  }),
  v.check(
    (set) =>
      set.paragraphs === undefined ||
      (set.paragraphs[0] === 0 &&
        set.paragraphs.every(
          (start, index) =>
            start < set.sentences.length && (index === 0 || start > set.paragraphs![index - 1]!)
        )),
    'Paragraphs must start at sentence 0 and rise, within the sentences.'
  ),
  v.check(
    (set) => set.questions.every((q) => q.evidence.every((i) => i < set.sentences.length)),
    'Evidence must point at sentences of the set.'
  ),
  v.check(
    (set) => new Set(set.questions.map((q) => q.id)).size === set.questions.length,
    'Question ids must be unique.'
  )
);

export type Question = v.InferOutput<typeof QuestionSchema>;
export type QuizSet = v.InferOutput<typeof QuizSetSchema>;
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

export type ParseResult = { ok: true; set: QuizSet } | { ok: false; issues: string[] };

/** Validates unknown input (a parsed file, a stored record, a decoded link) as a question set. */
export function parseQuizSet(input: unknown): ParseResult {
  const result = v.safeParse(QuizSetSchema, input);
  if (result.success) return { ok: true, set: result.output };
  return {
    ok: false,
    issues: result.issues.map((issue) => {
      const path = issue.path?.map((item) => String(item.key)).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
  };
}
