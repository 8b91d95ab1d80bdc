import * as v from 'valibot';
import type { Submission } from '$lib/core/assign/submission';
import type {
  StudentAssignmentRecord,
  StudentAttempt,
  TeacherAssignmentRecord
} from './assignment-records';
import { toStorageError } from './errors';
import { inTransaction } from './open';
import type { LesequizDb } from './schema';
import { mergeSubmissions } from '$lib/core/assign/merge';

/**
 * Assignments have two stores (since schema version 2; before, they were settings under
 * `assignment/<id>` and `assignment-progress/<id>`), and travel with a backup:
 * - `teacherAssignments`: an assignment the teacher made on this device, with the teacher's
 *   copy of the key and the results collected so far, by assignment id;
 * - `assignmentProgress`: a student's attempts at an assignment on this device.
 * Every read is validated; a record that fails validation is treated as absent, never trusted.
 */

export type { StudentAssignmentRecord, StudentAttempt, TeacherAssignmentRecord };

/** The schemas, loaded before a transaction opens (never await anything else inside one). */
const records = () => import('./assignment-records');

function parsed<T>(schema: v.GenericSchema<unknown, T>, value: unknown): T | undefined {
  const result = v.safeParse(schema, value);
  return result.success ? result.output : undefined;
}

/** Stores (or replaces) an assignment the teacher made. */
export async function saveTeacherAssignment(
  db: LesequizDb,
  record: TeacherAssignmentRecord
): Promise<void> {
  const { TeacherAssignmentRecordSchema } = await records();
  const value = v.parse(TeacherAssignmentRecordSchema, record);
  await inTransaction(db, ['teacherAssignments'], 'readwrite', async (tx) => {
    await tx.objectStore('teacherAssignments').put(value);
  });
}

/** One of the teacher's assignments, or `undefined`. */
export async function getTeacherAssignment(
  db: LesequizDb,
  assignmentId: string
): Promise<TeacherAssignmentRecord | undefined> {
  const { TeacherAssignmentRecordSchema } = await records();
  try {
    const stored = await db.get('teacherAssignments', assignmentId);
    return stored ? parsed(TeacherAssignmentRecordSchema, stored) : undefined;
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Every assignment the teacher made on this device, newest first. */
export async function listTeacherAssignments(db: LesequizDb): Promise<TeacherAssignmentRecord[]> {
  const { TeacherAssignmentRecordSchema } = await records();
  try {
    const stored = await db.getAll('teacherAssignments');
    return stored
      .map((record) => parsed(TeacherAssignmentRecordSchema, record))
      .filter((record): record is TeacherAssignmentRecord => record !== undefined)
      .sort((a, b) => b.createdAtMs - a.createdAtMs);
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * Changes the teacher's choices for an assignment (which attempt counts, names, the key with
 * accepted answers or edits, and the original key kept from the first change) in one transaction; the results are never touched here. Returns the stored
 * record. A key must keep its question ids: grading finds the answers by them.
 */
export async function updateTeacherAssignment(
  db: LesequizDb,
  assignmentId: string,
  change: Partial<Pick<TeacherAssignmentRecord, 'counting' | 'names' | 'key' | 'originalKey'>>
): Promise<TeacherAssignmentRecord> {
  const { TeacherAssignmentRecordSchema } = await records();
  return inTransaction(db, ['teacherAssignments'], 'readwrite', async (tx) => {
    const store = tx.objectStore('teacherAssignments');
    const stored = await store.get(assignmentId);
    const record = stored && parsed(TeacherAssignmentRecordSchema, stored);
    if (!record) throw new RangeError(`No assignment with id ${assignmentId}.`);
    const ids = (key: readonly { id: string }[]) => key.map((q) => q.id).join('\n');
    if (change.key && ids(change.key) !== ids(record.key))
      throw new RangeError('A changed key must keep its questions.');
    if (change.originalKey && ids(change.originalKey) !== ids(record.key))
      throw new RangeError('An original key must have the same questions.');
    const next = v.parse(TeacherAssignmentRecordSchema, { ...record, ...change });
    await store.put(next);
    return next;
  });
}

/**
 * Removes one collected result (compared as a whole). Returns the updated record; undo is
 * `addSubmissions` with the removed submission.
 */
export async function removeSubmission(
  db: LesequizDb,
  assignmentId: string,
  submission: Submission
): Promise<TeacherAssignmentRecord> {
  const { SubmissionSchema, TeacherAssignmentRecordSchema } = await records();
  // Parsed first: the schema's output has one key order, so equal submissions compare equal.
  const identity = JSON.stringify(v.parse(SubmissionSchema, submission));
  return inTransaction(db, ['teacherAssignments'], 'readwrite', async (tx) => {
    const store = tx.objectStore('teacherAssignments');
    const stored = await store.get(assignmentId);
    const record = stored && parsed(TeacherAssignmentRecordSchema, stored);
    if (!record) throw new RangeError(`No assignment with id ${assignmentId}.`);
    const next = {
      ...record,
      submissions: record.submissions.filter((s) => JSON.stringify(s) !== identity)
    };
    await store.put(next);
    return next;
  });
}

/**
 * Deletes one of the teacher's assignments with its results. Returns what was deleted, for
 * undo (`saveTeacherAssignment`), or `undefined` if there was none.
 */
export async function deleteTeacherAssignment(
  db: LesequizDb,
  assignmentId: string
): Promise<TeacherAssignmentRecord | undefined> {
  const { TeacherAssignmentRecordSchema } = await records();
  return inTransaction(db, ['teacherAssignments'], 'readwrite', async (tx) => {
    const store = tx.objectStore('teacherAssignments');
    const stored = await store.get(assignmentId);
    if (!stored) return undefined;
    await store.delete(assignmentId);
    return parsed(TeacherAssignmentRecordSchema, stored);
  });
}

export type AddSubmissionsResult = { added: number; duplicates: number };

/**
 * Adds collected results to an assignment in one transaction. A submission already stored (the
 * same code imported twice) is counted as a duplicate and not stored again.
 */
export async function addSubmissions(
  db: LesequizDb,
  assignmentId: string,
  submissions: readonly Submission[]
): Promise<AddSubmissionsResult> {
  const { SubmissionSchema, TeacherAssignmentRecordSchema } = await records();
  const checked = v.parse(v.array(SubmissionSchema), submissions);
  return inTransaction(db, ['teacherAssignments'], 'readwrite', async (tx) => {
    const store = tx.objectStore('teacherAssignments');
    const stored = await store.get(assignmentId);
    const record = stored && parsed(TeacherAssignmentRecordSchema, stored);
    if (!record) throw new RangeError(`No assignment with id ${assignmentId}.`);
    if (checked.some((submission) => submission.assignmentId !== assignmentId))
      throw new RangeError('A submission for another assignment.');
    const { merged, added, duplicates } = mergeSubmissions(record.submissions, checked);
    if (added.length > 0) await store.put({ ...record, submissions: merged });
    return { added: added.length, duplicates };
  });
}

/** A student's attempts at an assignment on this device (none yet: `undefined`). */
export async function getStudentAssignment(
  db: LesequizDb,
  assignmentId: string
): Promise<StudentAssignmentRecord | undefined> {
  const { StudentAssignmentRecordSchema } = await records();
  try {
    const stored = await db.get('assignmentProgress', assignmentId);
    return stored ? parsed(StudentAssignmentRecordSchema, stored) : undefined;
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * Changes one attempt of a student's record in one transaction (creating the record, or the
 * attempt when `change` receives `undefined` and returns one). Returns the stored record.
 */
async function updateStudentAttempt(
  db: LesequizDb,
  assignmentId: string,
  number: number,
  change: (attempt: StudentAttempt | undefined) => StudentAttempt
): Promise<StudentAssignmentRecord> {
  const { StudentAssignmentRecordSchema, StudentAttemptSchema } = await records();
  return inTransaction(db, ['assignmentProgress', 'settings'], 'readwrite', async (tx) => {
    const store = tx.objectStore('assignmentProgress');
    const stored: unknown = await store.get(assignmentId);
    const valid = stored === undefined ? undefined : parsed(StudentAssignmentRecordSchema, stored);
    // A stored record that no longer validates is never overwritten unseen: it is set aside
    // (kept in the settings, so every backup carries it) before a new one takes its place.
    if (stored !== undefined && !valid)
      await tx
        .objectStore('settings')
        .put({ key: setAsideKey(assignmentId, Date.now()), value: stored as never });
    const record: StudentAssignmentRecord = valid ?? { assignmentId, attempts: [] };
    const existing = record.attempts.find((a) => a.number === number);
    const updated = v.parse(StudentAttemptSchema, change(existing));
    const next: StudentAssignmentRecord = {
      assignmentId,
      attempts: existing
        ? record.attempts.map((a) => (a.number === number ? updated : a))
        : [...record.attempts, updated]
    };
    await store.put(next);
    return next;
  });
}

/** Starts a new attempt; refuses a number that is already taken. */
export async function startStudentAttempt(
  db: LesequizDb,
  assignmentId: string,
  attempt: StudentAttempt
): Promise<StudentAssignmentRecord> {
  return updateStudentAttempt(db, assignmentId, attempt.number, (existing) => {
    if (existing) throw new RangeError(`Attempt ${attempt.number} exists already.`);
    return attempt;
  });
}

/**
 * Stores one answer of a running attempt the moment it is given; answering a question again
 * replaces the earlier answer. A finished attempt is never changed.
 */
export async function recordStudentAnswer(
  db: LesequizDb,
  assignmentId: string,
  number: number,
  answer: StudentAttempt['answers'][number]
): Promise<StudentAssignmentRecord> {
  return updateStudentAttempt(db, assignmentId, number, (existing) => {
    if (!existing) throw new RangeError(`No attempt ${number}.`);
    if (existing.finishedAtMs !== undefined) throw new RangeError('The attempt is finished.');
    return {
      ...existing,
      answers: [...existing.answers.filter((a) => a.questionId !== answer.questionId), answer]
    };
  });
}

/** Marks an attempt finished (once: a second call keeps the first time). */
export async function finishStudentAttempt(
  db: LesequizDb,
  assignmentId: string,
  number: number,
  finishedAtMs: number
): Promise<StudentAssignmentRecord> {
  return updateStudentAttempt(db, assignmentId, number, (existing) => {
    if (!existing) throw new RangeError(`No attempt ${number}.`);
    return { ...existing, finishedAtMs: existing.finishedAtMs ?? finishedAtMs };
  });
}

/** Where a student's record that was set aside is kept (a setting, so backups carry it). */
export const SET_ASIDE_PREFIX = 'set-aside/assignment-progress/';
const setAsideKey = (assignmentId: string, nowMs: number) =>
  `${SET_ASIDE_PREFIX}${assignmentId}/${nowMs}`;

/**
 * The way out of an assignment page that cannot render its stored attempts (issue 13 point 7):
 * the student's record for the assignment moves, as stored, into the settings under
 * `set-aside/assignment-progress/<id>/<time>` (kept, and in every backup), in one transaction,
 * so the assignment starts afresh. Returns the setting's key, or `undefined` when nothing was
 * stored.
 */
export async function setAsideStudentAssignment(
  db: LesequizDb,
  assignmentId: string,
  nowMs: number
): Promise<string | undefined> {
  return inTransaction(db, ['assignmentProgress', 'settings'], 'readwrite', async (tx) => {
    const stored: unknown = await tx.objectStore('assignmentProgress').get(assignmentId);
    if (stored === undefined) return undefined;
    const key = setAsideKey(assignmentId, nowMs);
    await Promise.all([
      tx.objectStore('settings').put({ key, value: stored as never }),
      tx.objectStore('assignmentProgress').delete(assignmentId)
    ]);
    return key;
  });
}
