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
import { toStorageError } from './errors';
import { inTransaction, type Transaction } from './open';
import type { AnswerRecord, AttemptOptions, AttemptRecord, CardRecord } from './records';
import type { LesequizDb } from './schema';

/** Stores a new quiz attempt (or replaces one with the same id). */
export async function startAttempt(db: LesequizDb, attempt: AttemptRecord): Promise<void> {
  await inTransaction(db, ['attempts'], 'readwrite', async (tx) => {
    await tx.objectStore('attempts').put(attempt);
  });
}

/** One attempt, or `undefined`. */
export async function getAttempt(db: LesequizDb, id: string): Promise<AttemptRecord | undefined> {
  try {
    return await db.get('attempts', id);
  } catch (error) {
    throw toStorageError(error);
  }
}

/** The most recently started unfinished attempt of a set: the quiz to resume after a reload. */
export async function unfinishedAttempt(
  db: LesequizDb,
  setId: string
): Promise<AttemptRecord | undefined> {
  try {
    const attempts = await db.getAllFromIndex('attempts', 'bySetId', setId);
    return attempts
      .filter((attempt) => attempt.finishedAtMs === undefined)
      .sort((a, b) => b.startedAtMs - a.startedAtMs)[0];
  } catch (error) {
    throw toStorageError(error);
  }
}

/** All attempts of a set, oldest first. */
export async function attemptsOfSet(db: LesequizDb, setId: string): Promise<AttemptRecord[]> {
  try {
    const attempts = await db.getAllFromIndex('attempts', 'bySetId', setId);
    return attempts.sort((a, b) => a.startedAtMs - b.startedAtMs);
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Marks an attempt finished; returns the updated record or `undefined` if it does not exist. */
export async function finishAttempt(
  db: LesequizDb,
  id: string,
  nowMs: number
): Promise<AttemptRecord | undefined> {
  return inTransaction(db, ['attempts'], 'readwrite', async (tx) => {
    const attempt = await tx.objectStore('attempts').get(id);
    if (!attempt) return undefined;
    const finished: AttemptRecord = {
      ...attempt,
      currentIndex: attempt.questionIds.length,
      finishedAtMs: attempt.finishedAtMs ?? nowMs
    };
    await tx.objectStore('attempts').put(finished);
    return finished;
  });
}

/** The answers given in an attempt, in the order they were given. */
export async function answersOfAttempt(db: LesequizDb, attemptId: string): Promise<AnswerRecord[]> {
  try {
    const answers = await db.getAllFromIndex('answers', 'byAttemptId', attemptId);
    return answers.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Answers given between two instants (inclusive), oldest first: the accuracy chart's input. */
export async function answersBetween(
  db: LesequizDb,
  fromMs: number,
  toMs: number
): Promise<AnswerRecord[]> {
  try {
    return await db.getAllFromIndex('answers', 'byAnsweredAtMs', IDBKeyRange.bound(fromMs, toMs));
  } catch (error) {
    throw toStorageError(error);
  }
}

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

/**
 * "Überspringen": the question moves to the end of the attempt, to be asked after the others.
 * A question already answered, or the only one left, stays where it is. Returns the attempt.
 */
export async function skipQuestion(
  db: LesequizDb,
  attemptId: string,
  questionId: string
): Promise<AttemptRecord | undefined> {
  return inTransaction(db, ['attempts'], 'readwrite', async (tx) => {
    const attempt = await tx.objectStore('attempts').get(attemptId);
    if (!attempt) return undefined;
    const at = attempt.questionIds.indexOf(questionId);
    if (at < attempt.currentIndex || at === attempt.questionIds.length - 1) return attempt;
    const questionIds = [...attempt.questionIds.filter((id) => id !== questionId), questionId];
    const skipped: AttemptRecord = { ...attempt, questionIds };
    await tx.objectStore('attempts').put(skipped);
    return skipped;
  });
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

export type { AttemptOptions, AttemptRecord };
