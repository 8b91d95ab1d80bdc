import * as v from 'valibot';
import { MAX_TIME_MS } from '$lib/core/limits/limits';
import { QUESTION_TYPES, QuizSetSchema } from '$lib/core/quizset/schema';
import type { CardState, ReviewLog } from '$lib/core/srs';

/**
 * What each object store holds, as valibot schemas. The stored types are inferred from them, so
 * the backup importer validates exactly what the stores hold and the two cannot drift apart.
 */

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
/** A time a `Date` can hold: larger ones printed `NaN-NaN-NaN` and broke pages for good. */
const TimeMs = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TIME_MS));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Finite = v.pipe(v.number(), v.finite());

/** An own question set: the full validated `quizset/1` plus bookkeeping. Its key is `id`. */
export const OwnSetRecordSchema = v.object({
  id: Id,
  source: v.literal('own'),
  quizSet: QuizSetSchema,
  createdAtMs: TimeMs,
  updatedAtMs: TimeMs
});
export type OwnSetRecord = v.InferOutput<typeof OwnSetRecordSchema>;

/** How a quiz was set up; kept so a resumed quiz looks like the one that was left. */
export const AttemptOptionsSchema = v.object({
  /** Feedback after each question, or only in the summary. */
  feedback: v.picklist(['immediate', 'at-end']),
  questionTypes: v.array(v.picklist(QUESTION_TYPES)),
  grading: v.object({
    caseSensitive: v.optional(v.boolean()),
    foldUmlauts: v.optional(v.boolean()),
    allowTypo: v.optional(v.boolean()),
    typoMinLetters: v.optional(Count),
    language: v.optional(v.picklist(['de', 'en']))
  }),
  /** The attempt whose wrong answers this one retries. */
  retryOf: v.optional(Id)
});
export type AttemptOptions = v.InferOutput<typeof AttemptOptionsSchema>;

/** One run through a quiz. `currentIndex` is the question to show on resume. */
export const AttemptRecordSchema = v.object({
  id: Id,
  setId: Id,
  /** Each question once: the result lists mistakes keyed by question id. */
  questionIds: v.pipe(
    v.array(Id),
    v.check((ids) => new Set(ids).size === ids.length, 'Question ids must be unique.')
  ),
  options: AttemptOptionsSchema,
  currentIndex: Count,
  startedAtMs: TimeMs,
  finishedAtMs: v.optional(TimeMs)
});
export type AttemptRecord = v.InferOutput<typeof AttemptRecordSchema>;

/** A learner's response as `gradeAnswer` takes it: text, boolean, ordered items or pairs. */
export const StoredResponseSchema = v.union([
  v.string(),
  v.boolean(),
  v.array(v.string()),
  v.array(v.tuple([v.string(), v.string()]))
]);

/** One entry of the append-only answer log. `seq` is assigned by the store. */
export const AnswerRecordSchema = v.object({
  seq: v.optional(Count),
  attemptId: Id,
  setId: Id,
  questionId: Id,
  response: StoredResponseSchema,
  correct: v.boolean(),
  answeredAtMs: TimeMs,
  /**
   * How the verdict came about when not by grading the response: `dont-know` ("Weiß ich nicht",
   * wrong, with an empty response), `override` ("Ich lag richtig": the learner overruled a wrong
   * verdict on a typed answer; kept apart so a teacher or statistic can tell).
   */
  how: v.optional(v.picklist(['dont-know', 'override']))
});
export type AnswerRecord = v.InferOutput<typeof AnswerRecordSchema>;

const CardPhaseSchema = v.picklist(['new', 'learning', 'review', 'relearning']);

/** FSRS keeps stability within 100 years and difficulty within 1–10 (0 for a new card). */
const MAX_STABILITY_DAYS = 36_500;
const MIN_STABILITY_DAYS = 0.001;
const SmallCount = v.pipe(Count, v.maxValue(1_000_000));

const cardStateEntries = {
  cardId: Id,
  phase: CardPhaseSchema,
  dueMs: TimeMs,
  stability: v.pipe(Finite, v.minValue(0), v.maxValue(MAX_STABILITY_DAYS)),
  difficulty: v.pipe(Finite, v.minValue(0), v.maxValue(10)),
  // FSRS caps an interval at 36,500 days, then keeps "good" and "easy" a day or two beyond
  // "hard" (regression: a card at the cap, rated "good", was refused as 36,501 days).
  scheduledDays: v.pipe(Count, v.maxValue(MAX_STABILITY_DAYS + 2)),
  learningSteps: SmallCount,
  reps: SmallCount,
  lapses: SmallCount,
  lastReviewMs: v.nullable(TimeMs)
};

/**
 * The states the scheduler refuses (regression: a backup could hold them, and flashcards then
 * failed on every visit): FSRS takes no memory state, or a full one.
 */
const schedulable = (card: { stability: number; difficulty: number }) =>
  (card.stability === 0 && card.difficulty === 0) ||
  (card.stability >= MIN_STABILITY_DAYS && card.difficulty >= 1);
const NOT_SCHEDULABLE =
  'A card has no memory state yet (stability and difficulty 0) or a stability of at least 0.001 and a difficulty from 1 to 10.';

export const CardStateSchema = v.pipe(
  v.object(cardStateEntries),
  v.check((card) => schedulable(card), NOT_SCHEDULABLE)
);

/** FSRS state of one card (one fact), keyed by `cardId`, with its set for per-set queries. */
export const CardRecordSchema = v.pipe(
  v.object({ ...cardStateEntries, setId: Id }),
  v.check((card) => schedulable(card), NOT_SCHEDULABLE)
);
export type CardRecord = v.InferOutput<typeof CardRecordSchema>;

/** One entry of the append-only review log. `seq` is assigned by the store. */
export const ReviewRecordSchema = v.object({
  seq: v.optional(Count),
  cardId: Id,
  setId: Id,
  rating: v.picklist(['again', 'hard', 'good', 'easy']),
  reviewedAtMs: TimeMs,
  phaseBefore: CardPhaseSchema,
  elapsedDays: Count,
  scheduledDays: Count,
  previous: CardStateSchema,
  /** A flashcard rating, or a quiz answer that reviewed the fact's card. */
  source: v.picklist(['flashcard', 'quiz'])
});
export type ReviewRecord = v.InferOutput<typeof ReviewRecordSchema>;

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export const JsonValueSchema: v.GenericSchema<JsonValue> = v.union([
  v.string(),
  Finite,
  v.boolean(),
  v.null(),
  v.array(v.lazy(() => JsonValueSchema)),
  v.record(
    v.string(),
    v.lazy(() => JsonValueSchema)
  )
]);

export const SettingRecordSchema = v.object({ key: Id, value: JsonValueSchema });
export type SettingRecord = v.InferOutput<typeof SettingRecordSchema>;

// The stored card and log types must be exactly the scheduler's: checked at compile time.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const cardStateMatches: Same<v.InferOutput<typeof CardStateSchema>, CardState> = true;
const reviewLogMatches: Same<
  Omit<ReviewRecord, 'seq' | 'setId' | 'source'>,
  Omit<ReviewLog, never>
> = true;
void cardStateMatches;
void reviewLogMatches;
