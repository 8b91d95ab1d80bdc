import {
  newCard,
  newCardsLeftToday,
  quizOutcomeRating,
  reviewCard,
  type CardState,
  type SchedulerParams
} from '$lib/core/srs';
import type { ResponseOf } from '$lib/core/grading';
import type { QuestionType } from '$lib/core/quizset/schema';
import { inTransaction, type Transaction } from './open';
import type { AnswerRecord, AttemptRecord, CardRecord } from './records';
import type { LesequizDb } from './schema';

/*
 * A quiz answer and what it does to the question's flashcard (scheduled with FSRS), in one
 * transaction. Apart from `attempts.ts` so that pages load the scheduler only to record.
 */

export type RecordAnswerInput<T extends QuestionType = QuestionType> = {
  attemptId: string;
  questionId: string;
  response: ResponseOf<T>;
  correct: boolean;
  answeredAtMs: number;
  /**
   * The fact card this question reviews (`cardIdFor(setId, question)`): a right answer rates it
   * Good, a wrong one Again. Omit for questions that should not touch the scheduler.
   */
  cardId?: string;
  schedulerParams?: Partial<SchedulerParams>;
  /**
   * The daily limit of new cards: an answer about a fact never studied brings its card in only
   * while today's new cards (by flashcard or quiz) are below `dailyLimit`; otherwise the answer
   * is stored without a review, so a long first quiz does not flood the first days with cards.
   * Cards already studied are always reviewed.
   */
  newCards?: { dayStartMs: number; dailyLimit: number };
  /** Not graded from the response: "Weiß ich nicht" or "Ich lag richtig" (see `AnswerRecord`). */
  how?: AnswerRecord['how'];
  /**
   * The last answer of the quiz also finishes the attempt, in the same write, so no reload or
   * failed write between the two can leave a finished quiz without its result.
   */
  finishAtMs?: number;
};

export type RecordAnswerResult = {
  answer: AnswerRecord;
  attempt: AttemptRecord;
  /** The card after the review, when `cardId` was given. */
  card?: CardState;
};

/**
 * Stores one answer the moment it is given, in ONE transaction: the answer log entry, the
 * attempt's resume position (the question after the one answered), and, with `cardId`, the
 * card's new FSRS state plus its review log entry. Either all of it is stored or none.
 *
 * Rejects with a `StorageError` (for example `quota-exceeded`); then nothing was stored and the
 * UI must say so rather than move on.
 *
 * @example
 * await recordAnswer(db, {
 *   attemptId, questionId: question.id, response: 'Kanada', correct: grade.correct,
 *   answeredAtMs: clock.now(), cardId: cardIdFor(setId, question)
 * });
 */
export async function recordAnswer(
  db: LesequizDb,
  input: RecordAnswerInput
): Promise<RecordAnswerResult> {
  const result = await storeAnswer(db, input, false);
  if ('answeredElsewhere' in result) throw new Error('unreachable: no check was asked for');
  return result;
}

/**
 * `recordAnswer` for a quiz that may be open in two tabs: when the question was already
 * answered (its attempt moved past it, or finished) — by another tab — nothing is stored and the
 * attempt as it now is comes back, so this tab can follow the other instead of recording a
 * second, perhaps opposite verdict. An override ("Ich lag richtig") always follows its answer.
 */
export async function recordAnswerOnce(
  db: LesequizDb,
  input: RecordAnswerInput
): Promise<RecordAnswerResult | { answeredElsewhere: AttemptRecord }> {
  return storeAnswer(db, input, input.how !== 'override');
}

async function storeAnswer(
  db: LesequizDb,
  input: RecordAnswerInput,
  onlyOnce: boolean
): Promise<RecordAnswerResult | { answeredElsewhere: AttemptRecord }> {
  return inTransaction(db, ['attempts', 'answers', 'cards', 'reviews'], 'readwrite', async (tx) => {
    const attempt = await tx.objectStore('attempts').get(input.attemptId);
    if (!attempt) throw new RangeError(`No attempt with id ${input.attemptId}.`);
    const position = attempt.questionIds.indexOf(input.questionId);
    if (onlyOnce && (attempt.finishedAtMs !== undefined || position < attempt.currentIndex)) {
      return { answeredElsewhere: attempt };
    }

    const answer: AnswerRecord = {
      attemptId: input.attemptId,
      setId: attempt.setId,
      questionId: input.questionId,
      response: input.response,
      correct: input.correct,
      answeredAtMs: input.answeredAtMs,
      ...(input.how ? { how: input.how } : {})
    };
    const seq = await tx.objectStore('answers').add(answer);

    const updatedAttempt: AttemptRecord =
      input.finishAtMs === undefined
        ? { ...attempt, currentIndex: Math.max(attempt.currentIndex, position + 1) }
        : {
            ...attempt,
            currentIndex: attempt.questionIds.length,
            finishedAtMs: attempt.finishedAtMs ?? input.finishAtMs
          };
    await tx.objectStore('attempts').put(updatedAttempt);

    let card: CardState | undefined;
    if (input.cardId !== undefined && input.how === 'override') {
      card = await overruleLastQuizReview(
        tx as AnswerTransaction,
        input.cardId,
        input.schedulerParams
      );
    } else if (input.cardId !== undefined) {
      const stored = await tx.objectStore('cards').get(input.cardId);
      if (!stored && input.newCards) {
        const today = await tx
          .objectStore('reviews')
          .index('byReviewedAtMs')
          .getAll(IDBKeyRange.lowerBound(input.newCards.dayStartMs));
        const left = newCardsLeftToday(today, input.newCards.dayStartMs, input.newCards.dailyLimit);
        if (left === 0) return { answer: { ...answer, seq }, attempt: updatedAttempt };
      }
      const before = stored ?? newCard(input.cardId, input.answeredAtMs);
      const reviewed = reviewCard(
        stripSetId(before),
        quizOutcomeRating(input.correct),
        input.answeredAtMs,
        input.schedulerParams
      );
      card = reviewed.state;
      await Promise.all([
        tx.objectStore('cards').put({ ...reviewed.state, setId: attempt.setId }),
        tx.objectStore('reviews').add({ ...reviewed.log, setId: attempt.setId, source: 'quiz' })
      ]);
    }
    return {
      answer: { ...answer, seq },
      attempt: updatedAttempt,
      ...(card ? { card } : {})
    };
  });
}

type AnswerTransaction = Transaction<['attempts', 'answers', 'cards', 'reviews'], 'readwrite'>;

/**
 * "Ich lag richtig": the quiz's last review of the card rated it Again; that review is replaced
 * by a Good one from the state before it, as if the answer had been graded right. When the card
 * was reviewed since (or never by this quiz), nothing changes: a later review is not undone.
 */
async function overruleLastQuizReview(
  tx: AnswerTransaction,
  cardId: string,
  schedulerParams: Partial<SchedulerParams> | undefined
): Promise<CardState | undefined> {
  const reviews = tx.objectStore('reviews');
  const cursor = await reviews.index('byCardId').openCursor(IDBKeyRange.only(cardId), 'prev');
  const last = cursor?.value;
  if (!cursor || !last || last.source !== 'quiz' || last.rating !== 'again') return undefined;
  const reviewed = reviewCard(
    last.previous,
    quizOutcomeRating(true),
    last.reviewedAtMs,
    schedulerParams
  );
  await cursor.delete();
  await Promise.all([
    tx.objectStore('cards').put({ ...reviewed.state, setId: last.setId }),
    reviews.add({ ...reviewed.log, setId: last.setId, source: 'quiz' })
  ]);
  return reviewed.state;
}

/** A stored card without its `setId`: the scheduler's own state. */
export function stripSetId(card: CardRecord | CardState): CardState {
  const { cardId, phase, dueMs, stability, difficulty, scheduledDays } = card;
  const { learningSteps, reps, lapses, lastReviewMs } = card;
  return {
    cardId,
    phase,
    dueMs,
    stability,
    difficulty,
    scheduledDays,
    learningSteps,
    reps,
    lapses,
    lastReviewMs
  };
}
