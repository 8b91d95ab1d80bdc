import { toStorageError } from './errors';
import { inTransaction } from './open';
import type { AnswerRecord, AttemptOptions, AttemptRecord } from './records';
import type { LesequizDb } from './schema';

// Recording an answer (which schedules its card with FSRS) is in `answers.ts`: a quiz page
// reads and starts attempts before the learner answers, without loading the scheduler.

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

export type { AttemptOptions, AttemptRecord };
