import type { Submission } from './submission';

/**
 * Merging what two devices know about one assignment: the results a teacher collected, and a
 * student's own attempts. Pasted result codes, a scanned code and a restored backup all go
 * through here, so "the same result twice" means the same thing everywhere.
 */

/** Two submissions are the same result when they are equal as a whole (schema key order). */
export const submissionIdentity = (submission: Submission): string => JSON.stringify(submission);

export type MergeSubmissionsResult<S extends Submission> = {
  /** `stored` followed by the new ones, in their incoming order. */
  merged: S[];
  /** The incoming submissions not yet stored, each once. */
  added: S[];
  /** Incoming submissions already stored, or repeated in `incoming`. */
  duplicates: number;
};

/**
 * Adds `incoming` results to `stored`: a result already stored (or given twice) counts once.
 *
 * @example mergeSubmissions(record.submissions, decodedCodes).added.length // new results
 */
export function mergeSubmissions<S extends Submission>(
  stored: readonly S[],
  incoming: readonly S[]
): MergeSubmissionsResult<S> {
  const seen = new Set(stored.map(submissionIdentity));
  const added: S[] = [];
  for (const submission of incoming) {
    const identity = submissionIdentity(submission);
    if (seen.has(identity)) continue;
    seen.add(identity);
    added.push(submission);
  }
  return { merged: [...stored, ...added], added, duplicates: incoming.length - added.length };
}

/** What the merge needs of a student's attempt (the stored shape has more). */
export type MergeableAttempt = {
  /** 1 for the first attempt on a device; sent in the result code. */
  number: number;
  seed: string;
  startedAtMs: number;
  finishedAtMs?: number;
  answers: readonly { questionId: string; answeredAtMs: number }[];
};

export type MergeAttemptsResult<A extends MergeableAttempt> = {
  /** Every attempt once, by number. */
  merged: A[];
  /** Incoming attempts this device did not have. */
  added: number;
  /** Attempts both had, where the incoming copy got further (answers or finish). */
  continued: number;
};

/** An attempt is the same on two devices when it began with the same seed at the same time. */
const attemptIdentity = (attempt: MergeableAttempt) =>
  JSON.stringify([attempt.seed, attempt.startedAtMs]);

/**
 * The two copies of one attempt as one: a finished copy is kept as it is (its result may have
 * been sent already); of two unfinished copies the answers are united, the later answer to a
 * question winning, as answering again on one device replaces the earlier answer.
 */
function mergeAttempt<A extends MergeableAttempt>(local: A, incoming: A): A {
  if (local.finishedAtMs !== undefined) return local;
  if (incoming.finishedAtMs !== undefined) return { ...incoming, number: local.number };
  const byQuestion = new Map(local.answers.map((answer) => [answer.questionId, answer]));
  for (const answer of incoming.answers) {
    const held = byQuestion.get(answer.questionId);
    if (!held || answer.answeredAtMs > held.answeredAtMs) byQuestion.set(answer.questionId, answer);
  }
  return { ...local, answers: [...byQuestion.values()] };
}

const sameAttempt = (a: MergeableAttempt, b: MergeableAttempt) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Merges a student's attempts at one assignment from another device (or a backup) into this
 * device's. The same attempt (same seed and start) is merged; another attempt keeps its number
 * when that is free here and otherwise follows the last one, so this device's numbers (sent in
 * result codes already) never change.
 *
 * @example mergeStudentAttempts(local.attempts, fromBackup.attempts).merged
 */
export function mergeStudentAttempts<A extends MergeableAttempt>(
  local: readonly A[],
  incoming: readonly A[]
): MergeAttemptsResult<A> {
  const merged = [...local];
  const byIdentity = new Map(local.map((attempt, index) => [attemptIdentity(attempt), index]));
  let added = 0;
  let continued = 0;
  const ordered = [...incoming].sort((a, b) => a.number - b.number);
  for (const attempt of ordered) {
    const index = byIdentity.get(attemptIdentity(attempt));
    if (index !== undefined) {
      const held = merged[index] as A;
      const next = mergeAttempt(held, attempt);
      if (!sameAttempt(next, held)) {
        merged[index] = next;
        continued++;
      }
      continue;
    }
    const numbers = new Set(merged.map((a) => a.number));
    const number = numbers.has(attempt.number) ? Math.max(0, ...numbers) + 1 : attempt.number;
    byIdentity.set(attemptIdentity(attempt), merged.length);
    merged.push({ ...attempt, number });
    added++;
  }
  merged.sort((a, b) => a.number - b.number);
  return { merged, added, continued };
}
