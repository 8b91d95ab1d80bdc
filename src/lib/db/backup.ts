import * as v from 'valibot';
import { MAX_JSON_DEPTH, nestingExceeds } from '$lib/core/limits/limits';
import { inTransaction } from './open';
import {
  AnswerRecordSchema,
  AttemptRecordSchema,
  CardRecordSchema,
  OwnSetRecordSchema,
  ReviewRecordSchema,
  SettingRecordSchema,
  type AnswerRecord,
  type AttemptRecord,
  type CardRecord,
  type OwnSetRecord,
  type ReviewRecord,
  type SettingRecord
} from './records';
import { STORE_NAMES, type LesequizDb, type StoreName } from './schema';

export const BACKUP_FORMAT = 'lesequiz-backup/1';

/**
 * A whole-progress backup. Log entries carry no `seq`: those keys are local to one database,
 * and entries are matched by their natural keys instead.
 */
export type Backup = {
  format: typeof BACKUP_FORMAT;
  exportedAtMs: number;
  sets: OwnSetRecord[];
  attempts: AttemptRecord[];
  answers: Omit<AnswerRecord, 'seq'>[];
  cards: CardRecord[];
  reviews: Omit<ReviewRecord, 'seq'>[];
  settings: SettingRecord[];
};

const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  exportedAtMs: v.pipe(v.number(), v.integer(), v.minValue(0)),
  sets: v.array(OwnSetRecordSchema),
  attempts: v.array(AttemptRecordSchema),
  answers: v.array(v.omit(AnswerRecordSchema, ['seq'])),
  cards: v.array(CardRecordSchema),
  reviews: v.array(v.omit(ReviewRecordSchema, ['seq'])),
  settings: v.array(SettingRecordSchema)
});

/**
 * Reads everything into a backup object, in one read-only transaction so it is a consistent
 * snapshot. `JSON.stringify` it to save a file.
 */
export async function exportBackup(db: LesequizDb, nowMs: number): Promise<Backup> {
  return inTransaction(db, [...STORE_NAMES], 'readonly', async (tx) => {
    const [sets, attempts, answers, cards, reviews, settings] = await Promise.all([
      tx.objectStore('sets').getAll(),
      tx.objectStore('attempts').getAll(),
      tx.objectStore('answers').getAll(),
      tx.objectStore('cards').getAll(),
      tx.objectStore('reviews').getAll(),
      tx.objectStore('settings').getAll()
    ]);
    return {
      format: BACKUP_FORMAT,
      exportedAtMs: nowMs,
      sets,
      attempts,
      answers: answers.map(({ seq: _seq, ...answer }) => answer),
      cards,
      reviews: reviews.map(({ seq: _seq, ...review }) => review),
      settings
    };
  });
}

export type MergeCounts = { added: number; updated: number; unchanged: number };

export type ImportResult =
  | { ok: true; counts: Record<StoreName, MergeCounts> }
  | {
      ok: false;
      /** `not-json`: not a JSON text; `wrong-format`: not a Lesequiz backup or from a newer version; `invalid`: a backup with broken content. */
      reason: 'not-json' | 'wrong-format' | 'invalid';
      /** Human-readable details: which field is wrong and why (at most 20). */
      issues: string[];
    };

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.slice(0, 20).map((issue) => {
    const path = issue.path?.map((item) => String(item.key)).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

/** The keys that say two log entries are the same event, whichever device stored them. */
const answerKey = (answer: Omit<AnswerRecord, 'seq'>) =>
  JSON.stringify([answer.attemptId, answer.questionId, answer.answeredAtMs]);
const reviewKey = (review: Omit<ReviewRecord, 'seq'>) =>
  JSON.stringify([review.cardId, review.reviewedAtMs]);

/** Prefers the attempt that got further: finished over unfinished, then the later position. */
function furtherAttempt(a: AttemptRecord, b: AttemptRecord): AttemptRecord {
  const progress = (attempt: AttemptRecord) => [
    attempt.finishedAtMs === undefined ? 0 : 1,
    attempt.currentIndex
  ];
  const [aFinished = 0, aIndex = 0] = progress(a);
  const [bFinished = 0, bIndex = 0] = progress(b);
  if (bFinished !== aFinished) return bFinished > aFinished ? b : a;
  return bIndex > aIndex ? b : a;
}

/** The card reviewed more recently; on a tie, the first. */
function newerCard(a: CardRecord, b: CardRecord): CardRecord {
  return (b.lastReviewMs ?? -1) > (a.lastReviewMs ?? -1) ? b : a;
}

function winners<T>(items: readonly T[], keyOf: (item: T) => string, pick: (a: T, b: T) => T): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) {
    const key = keyOf(item);
    const held = byKey.get(key);
    byKey.set(key, held === undefined ? item : pick(held, item));
  }
  return [...byKey.values()];
}

/**
 * Merges a backup into the database. `input` is the file's text or its parsed JSON.
 *
 * The whole file is validated first; a bad file changes nothing and the result says why. The
 * merge then runs in ONE transaction, so a failure part-way (a full disk) changes nothing
 * either. Nothing is duplicated:
 * - answers match on (attemptId, questionId, answeredAtMs), reviews on (cardId, reviewedAtMs);
 *   entries already present are skipped;
 * - cards match on cardId; the one reviewed more recently wins;
 * - own sets match on id; the more recently changed one wins;
 * - attempts match on id; the one that got further wins;
 * - settings already set on this device are kept; missing ones are added.
 *
 * @example
 * const result = await importBackup(db, await file.text());
 * if (!result.ok) showError(result.reason, result.issues);
 */
export async function importBackup(db: LesequizDb, input: unknown): Promise<ImportResult> {
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch (error) {
      return {
        ok: false,
        reason: 'not-json',
        issues: [error instanceof Error ? error.message : 'The file is not JSON.']
      };
    }
  }
  // Before validation: its recursion (and storing) would overflow the stack on deep nesting,
  // which was reported as a storage failure.
  if (nestingExceeds(json)) {
    return {
      ok: false,
      reason: 'invalid',
      issues: [`The file nests deeper than ${MAX_JSON_DEPTH} levels.`]
    };
  }
  const format = v.safeParse(v.object({ format: v.literal(BACKUP_FORMAT) }), json);
  if (!format.success) {
    const found =
      json && typeof json === 'object' && 'format' in json ? String(json.format) : 'none';
    return {
      ok: false,
      reason: 'wrong-format',
      issues: [`Expected a ${BACKUP_FORMAT} file, found format ${found}.`]
    };
  }
  const parsed = v.safeParse(BackupSchema, json);
  if (!parsed.success) {
    return { ok: false, reason: 'invalid', issues: describeIssues(parsed.issues) };
  }
  // A file may itself repeat a record (hand-merged backups); keep the winner of each id.
  const backup = {
    ...parsed.output,
    cards: winners(parsed.output.cards, (card) => card.cardId, newerCard),
    sets: winners(
      parsed.output.sets,
      (set) => set.id,
      (a, b) => (b.updatedAtMs > a.updatedAtMs ? b : a)
    ),
    attempts: winners(parsed.output.attempts, (attempt) => attempt.id, furtherAttempt),
    settings: winners(
      parsed.output.settings,
      (setting) => setting.key,
      (a) => a
    )
  };

  const counts = Object.fromEntries(
    STORE_NAMES.map((name) => [name, { added: 0, updated: 0, unchanged: 0 }])
  ) as Record<StoreName, MergeCounts>;

  await inTransaction(db, [...STORE_NAMES], 'readwrite', async (tx) => {
    // Every read first, then every write at once: a failing write then rejects while it is
    // already awaited, and the transaction aborts as a whole.
    const [existingAnswers, existingReviews, cards, sets, attempts, settings] = await Promise.all([
      tx.objectStore('answers').getAll(),
      tx.objectStore('reviews').getAll(),
      Promise.all(backup.cards.map((card) => tx.objectStore('cards').get(card.cardId))),
      Promise.all(backup.sets.map((set) => tx.objectStore('sets').get(set.id))),
      Promise.all(backup.attempts.map((attempt) => tx.objectStore('attempts').get(attempt.id))),
      Promise.all(backup.settings.map((setting) => tx.objectStore('settings').get(setting.key)))
    ]);
    const answerKeys = new Set(existingAnswers.map(answerKey));
    const reviewKeys = new Set(existingReviews.map(reviewKey));
    const writes: Promise<unknown>[] = [];

    for (const answer of backup.answers) {
      const key = answerKey(answer);
      if (answerKeys.has(key)) counts.answers.unchanged++;
      else {
        answerKeys.add(key);
        writes.push(tx.objectStore('answers').add(answer));
        counts.answers.added++;
      }
    }
    for (const review of backup.reviews) {
      const key = reviewKey(review);
      if (reviewKeys.has(key)) counts.reviews.unchanged++;
      else {
        reviewKeys.add(key);
        writes.push(tx.objectStore('reviews').add(review));
        counts.reviews.added++;
      }
    }
    backup.cards.forEach((card, index) => {
      const existing = cards[index];
      if (!existing) {
        writes.push(tx.objectStore('cards').put(card));
        counts.cards.added++;
      } else if (newerCard(existing, card) !== existing) {
        writes.push(tx.objectStore('cards').put(card));
        counts.cards.updated++;
      } else counts.cards.unchanged++;
    });
    backup.sets.forEach((set, index) => {
      const existing = sets[index];
      if (!existing) {
        writes.push(tx.objectStore('sets').put(set));
        counts.sets.added++;
      } else if (set.updatedAtMs > existing.updatedAtMs) {
        writes.push(tx.objectStore('sets').put(set));
        counts.sets.updated++;
      } else counts.sets.unchanged++;
    });
    backup.attempts.forEach((attempt, index) => {
      const existing = attempts[index];
      if (!existing) {
        writes.push(tx.objectStore('attempts').put(attempt));
        counts.attempts.added++;
      } else if (furtherAttempt(existing, attempt) !== existing) {
        writes.push(tx.objectStore('attempts').put(attempt));
        counts.attempts.updated++;
      } else counts.attempts.unchanged++;
    });
    backup.settings.forEach((setting, index) => {
      if (settings[index]) counts.settings.unchanged++;
      else {
        writes.push(tx.objectStore('settings').put(setting));
        counts.settings.added++;
      }
    });

    await Promise.all(writes);
  });
  return { ok: true, counts };
}
