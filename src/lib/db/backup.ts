import * as v from 'valibot';
import type { Curation } from '$lib/core/curation/schema';
import { MAX_JSON_DEPTH, nestingExceeds } from '$lib/core/limits/limits';
import { mergeStudentAttempts, mergeSubmissions } from '$lib/core/assign/merge';
import type { StudentAssignmentRecord, TeacherAssignmentRecord } from './assignment-records';
import { legacyMove } from './legacy-keys';
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

/**
 * Version 2 added curations and assignments as their own lists (schema version 2 gave them their
 * own stores); an app that knows only version 1 refuses such a file as "from a newer version"
 * instead of dropping them unseen. Version 1 files, with those records among the settings, are
 * still imported: the records go to their stores.
 */
export const BACKUP_FORMAT = 'lesequiz-backup/2';
const IMPORTED_FORMATS = ['lesequiz-backup/1', BACKUP_FORMAT] as const;

/**
 * A whole-progress backup. Log entries carry no `seq`: those keys are local to one database,
 * and entries are matched by their natural keys instead.
 */
export type Backup = {
  /** What `exportBackup` writes is always the current format; older files import too. */
  format: (typeof IMPORTED_FORMATS)[number];
  exportedAtMs: number;
  sets: OwnSetRecord[];
  attempts: AttemptRecord[];
  answers: Omit<AnswerRecord, 'seq'>[];
  cards: CardRecord[];
  reviews: Omit<ReviewRecord, 'seq'>[];
  settings: SettingRecord[];
  /** Absent in version 1 files (those records were settings then). */
  curations?: Curation[];
  teacherAssignments?: TeacherAssignmentRecord[];
  assignmentProgress?: StudentAssignmentRecord[];
};

/**
 * The schemas of curations and assignments are large and only a backup import needs them here,
 * so they load then (before the import's transaction opens).
 */
async function recordSchemas() {
  const [{ CurationSchema }, assignmentRecords] = await Promise.all([
    import('$lib/core/curation/schema'),
    import('./assignment-records')
  ]);
  return {
    curation: CurationSchema(),
    teacherAssignment: assignmentRecords.TeacherAssignmentRecordSchema,
    assignmentProgress: assignmentRecords.StudentAssignmentRecordSchema
  };
}
type RecordSchemas = Awaited<ReturnType<typeof recordSchemas>>;

function backupSchema(schemas: RecordSchemas) {
  return v.object({
    format: v.picklist(IMPORTED_FORMATS),
    exportedAtMs: v.pipe(v.number(), v.integer(), v.minValue(0)),
    sets: v.array(OwnSetRecordSchema),
    attempts: v.array(AttemptRecordSchema),
    answers: v.array(v.omit(AnswerRecordSchema, ['seq'])),
    cards: v.array(CardRecordSchema),
    reviews: v.array(v.omit(ReviewRecordSchema, ['seq'])),
    settings: v.array(SettingRecordSchema),
    // Absent in version 1 files.
    curations: v.optional(v.array(schemas.curation), []),
    teacherAssignments: v.optional(v.array(schemas.teacherAssignment), []),
    assignmentProgress: v.optional(v.array(schemas.assignmentProgress), [])
  });
}

/**
 * Reads everything into a backup object, in one read-only transaction so it is a consistent
 * snapshot. `JSON.stringify` it to save a file.
 */
export async function exportBackup(db: LesequizDb, nowMs: number): Promise<Required<Backup>> {
  return inTransaction(db, [...STORE_NAMES], 'readonly', async (tx) => {
    const [
      sets,
      attempts,
      answers,
      cards,
      reviews,
      settings,
      curations,
      teacherAssignments,
      assignmentProgress
    ] = await Promise.all([
      tx.objectStore('sets').getAll(),
      tx.objectStore('attempts').getAll(),
      tx.objectStore('answers').getAll(),
      tx.objectStore('cards').getAll(),
      tx.objectStore('reviews').getAll(),
      tx.objectStore('settings').getAll(),
      tx.objectStore('curations').getAll(),
      tx.objectStore('teacherAssignments').getAll(),
      tx.objectStore('assignmentProgress').getAll()
    ]);
    return {
      format: BACKUP_FORMAT,
      exportedAtMs: nowMs,
      sets,
      attempts,
      answers: answers.map(({ seq: _seq, ...answer }) => answer),
      cards,
      reviews: reviews.map(({ seq: _seq, ...review }) => review),
      settings,
      curations,
      teacherAssignments,
      assignmentProgress
    };
  });
}

export type MergeCounts = { added: number; updated: number; unchanged: number };

/**
 * What an import merged into records this device already had (not counted: records that were
 * new here). Results and attempts would otherwise hide among the "updated" assignments.
 */
export type MergedIntoExisting = {
  /** Collected results added to assignments the teacher already had here. */
  results: number;
  /** A student's attempts added to, or continued in, assignments already begun here. */
  attempts: number;
};

export type ImportResult =
  | { ok: true; counts: Record<StoreName, MergeCounts>; merged: MergedIntoExisting }
  | {
      ok: false;
      /** `not-json`: not a JSON text; `wrong-format`: not a Lesequiz backup or from a newer version; `invalid`: a backup with broken content. */
      reason: 'not-json' | 'wrong-format' | 'invalid';
      /** Human-readable details: which field is wrong and why (at most 20). */
      issues: string[];
    };

/**
 * How far an import has got, for a progress bar: `reading` the file, `checking` it (parsing
 * and validating every record), `saving` (`done` of `total` writes issued in the one
 * transaction; nothing is kept until all of them and the commit succeed).
 */
export type ImportProgress =
  { phase: 'reading' | 'checking' } | { phase: 'saving'; done: number; total: number };

export type ImportOptions = {
  onProgress?: (progress: ImportProgress) => void;
};

/** How many finished writes between two `saving` reports (and always the last one). */
export const SAVING_REPORT_EVERY = 500;

/**
 * Waits for every write and reports progress as they finish. Only the requests' own promises
 * are awaited, so the transaction stays active (see `inTransaction`).
 */
export function trackWrites(
  writes: readonly Promise<unknown>[],
  onProgress: ImportOptions['onProgress'],
  every = SAVING_REPORT_EVERY
): Promise<unknown[]> {
  const total = writes.length;
  if (!onProgress) return Promise.all(writes);
  onProgress({ phase: 'saving', done: 0, total });
  let done = 0;
  return Promise.all(
    writes.map((write) =>
      write.then((value) => {
        done++;
        if (done % every === 0 || done === total) onProgress({ phase: 'saving', done, total });
        return value;
      })
    )
  );
}

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
 * This runs where it is called: a page imports through `importBackupFile` (a Web Worker), so
 * parsing, validating and issuing every write of a big file never block the page.
 *
 * @example
 * const result = await importBackup(db, await file.text());
 * if (!result.ok) showError(result.reason, result.issues);
 */
export async function importBackup(
  db: LesequizDb,
  input: unknown,
  options: ImportOptions = {}
): Promise<ImportResult> {
  const { onProgress } = options;
  onProgress?.({ phase: 'checking' });
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
  const format = v.safeParse(v.object({ format: v.picklist(IMPORTED_FORMATS) }), json);
  if (!format.success) {
    const found =
      json && typeof json === 'object' && 'format' in json ? String(json.format) : 'none';
    return {
      ok: false,
      reason: 'wrong-format',
      issues: [`Expected a ${BACKUP_FORMAT} file, found format ${found}.`]
    };
  }
  const schemas = await recordSchemas();
  const parsed = v.safeParse(backupSchema(schemas), json);
  if (!parsed.success) {
    return { ok: false, reason: 'invalid', issues: describeIssues(parsed.issues) };
  }
  const moved = withLegacySettingsMoved(parsed.output, schemas);
  // A file may itself repeat a record (hand-merged backups); keep the winner of each id.
  const backup = {
    ...moved,
    cards: winners(moved.cards, (card) => card.cardId, newerCard),
    sets: winners(
      moved.sets,
      (set) => set.id,
      (a, b) => (b.updatedAtMs > a.updatedAtMs ? b : a)
    ),
    attempts: winners(moved.attempts, (attempt) => attempt.id, furtherAttempt),
    settings: winners(
      moved.settings,
      (setting) => setting.key,
      (a) => a
    ),
    curations: winners(
      moved.curations,
      (curation) => curation.setId,
      (a) => a
    ),
    teacherAssignments: winners(
      moved.teacherAssignments,
      (record) => record.assignment.id,
      (a, b) => mergeTeacherAssignment(a, b).record
    ),
    assignmentProgress: winners(
      moved.assignmentProgress,
      (record) => record.assignmentId,
      (a, b) => mergeAssignmentProgress(a, b).record
    )
  };

  const counts = Object.fromEntries(
    STORE_NAMES.map((name) => [name, { added: 0, updated: 0, unchanged: 0 }])
  ) as Record<StoreName, MergeCounts>;
  const merged: MergedIntoExisting = { results: 0, attempts: 0 };

  await inTransaction(db, [...STORE_NAMES], 'readwrite', async (tx) => {
    // Every read first, then every write at once: a failing write then rejects while it is
    // already awaited, and the transaction aborts as a whole.
    const [
      existingAnswers,
      existingReviews,
      cards,
      sets,
      attempts,
      settings,
      curations,
      teacherAssignments,
      assignmentProgress
    ] = await Promise.all([
      tx.objectStore('answers').getAll(),
      tx.objectStore('reviews').getAll(),
      Promise.all(backup.cards.map((card) => tx.objectStore('cards').get(card.cardId))),
      Promise.all(backup.sets.map((set) => tx.objectStore('sets').get(set.id))),
      Promise.all(backup.attempts.map((attempt) => tx.objectStore('attempts').get(attempt.id))),
      Promise.all(backup.settings.map((setting) => tx.objectStore('settings').get(setting.key))),
      Promise.all(
        backup.curations.map((curation) => tx.objectStore('curations').get(curation.setId))
      ),
      Promise.all(
        backup.teacherAssignments.map((record) =>
          tx.objectStore('teacherAssignments').get(record.assignment.id)
        )
      ),
      Promise.all(
        backup.assignmentProgress.map((record) =>
          tx.objectStore('assignmentProgress').get(record.assignmentId)
        )
      )
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
    // A teacher's edits of a set are decisions, not a log: the device's own stay.
    backup.curations.forEach((curation, index) => {
      if (curations[index]) counts.curations.unchanged++;
      else {
        writes.push(tx.objectStore('curations').put(curation));
        counts.curations.added++;
      }
    });
    backup.teacherAssignments.forEach((record, index) => {
      const stored = teacherAssignments[index];
      const existing = stored && v.safeParse(schemas.teacherAssignment, stored);
      if (!existing) {
        writes.push(tx.objectStore('teacherAssignments').put(record));
        counts.teacherAssignments.added++;
      } else if (!existing.success) {
        // A damaged record here is read as absent: the file's copy replaces it.
        writes.push(tx.objectStore('teacherAssignments').put(record));
        counts.teacherAssignments.updated++;
      } else {
        const merge = mergeTeacherAssignment(existing.output, record);
        if (!merge.changed) counts.teacherAssignments.unchanged++;
        else {
          writes.push(tx.objectStore('teacherAssignments').put(merge.record));
          counts.teacherAssignments.updated++;
          merged.results += merge.results;
        }
      }
    });
    backup.assignmentProgress.forEach((record, index) => {
      const stored = assignmentProgress[index];
      const existing = stored && v.safeParse(schemas.assignmentProgress, stored);
      if (!existing) {
        writes.push(tx.objectStore('assignmentProgress').put(record));
        counts.assignmentProgress.added++;
      } else if (!existing.success) {
        writes.push(tx.objectStore('assignmentProgress').put(record));
        counts.assignmentProgress.updated++;
      } else {
        const merge = mergeAssignmentProgress(existing.output, record);
        if (merge.attempts === 0) counts.assignmentProgress.unchanged++;
        else {
          writes.push(tx.objectStore('assignmentProgress').put(merge.record));
          counts.assignmentProgress.updated++;
          merged.attempts += merge.attempts;
        }
      }
    });

    await trackWrites(writes, onProgress);
  });
  return { ok: true, counts, merged };
}

type ParsedBackup = v.InferOutput<ReturnType<typeof backupSchema>>;

/**
 * A version 1 file carries curations and assignments as settings under prefixed keys: each that
 * validates goes to its list, as the version 2 migration moves them on a device. One that does
 * not stays a setting, imported as version 1 did (and read by no one, as then).
 */
function withLegacySettingsMoved(backup: ParsedBackup, schemas: RecordSchemas): ParsedBackup {
  const settings: SettingRecord[] = [];
  const curations = [...backup.curations];
  const teacherAssignments = [...backup.teacherAssignments];
  const assignmentProgress = [...backup.assignmentProgress];
  for (const setting of backup.settings) {
    const move = legacyMove(setting);
    const checked = move && v.safeParse(schemas[schemaOf[move.store]], move.value);
    if (!move || !checked?.success) settings.push(setting);
    else if (move.store === 'curations') curations.push(checked.output as Curation);
    else if (move.store === 'teacherAssignments')
      teacherAssignments.push(checked.output as TeacherAssignmentRecord);
    else assignmentProgress.push(checked.output as StudentAssignmentRecord);
  }
  return { ...backup, settings, curations, teacherAssignments, assignmentProgress };
}

const schemaOf = {
  curations: 'curation',
  teacherAssignments: 'teacherAssignment',
  assignmentProgress: 'assignmentProgress'
} as const;

/**
 * One assignment as two devices know it: the results collected on either (each once, as pasted
 * codes are merged) and the names given on either; this device's choices (the key with its
 * accepted answers, which attempt counts, a name it gave) stay.
 */
function mergeTeacherAssignment(
  local: TeacherAssignmentRecord,
  incoming: TeacherAssignmentRecord
): { record: TeacherAssignmentRecord; results: number; changed: boolean } {
  const submissions = mergeSubmissions(local.submissions, incoming.submissions);
  const names = { ...incoming.names, ...local.names };
  const newNames = Object.keys(names).length - Object.keys(local.names ?? {}).length;
  const record: TeacherAssignmentRecord = { ...local, submissions: submissions.merged };
  if (newNames > 0) record.names = names;
  return {
    record,
    results: submissions.added.length,
    changed: submissions.added.length > 0 || newNames > 0
  };
}

/** A student's attempts at one assignment from two devices (see `mergeStudentAttempts`). */
function mergeAssignmentProgress(
  local: StudentAssignmentRecord,
  incoming: StudentAssignmentRecord
): { record: StudentAssignmentRecord; attempts: number } {
  const { merged, added, continued } = mergeStudentAttempts(local.attempts, incoming.attempts);
  return { record: { ...local, attempts: merged }, attempts: added + continued };
}
