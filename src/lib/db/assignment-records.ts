import * as v from 'valibot';
import { MAX_TIME_MS } from '$lib/core/limits/limits';
import { AssignmentSchema } from '$lib/core/assign/schema';
import {
  DeviceIdSchema,
  ResultResponseSchema,
  SubmissionSchema
} from '$lib/core/assign/submission';
import { QuestionSchema } from '$lib/core/quizset/schema';

/**
 * The stored shapes of assignments (see `assignments.ts`). Loaded on first use: the library
 * page opens the database too, and needs none of this.
 */

const TimeMs = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TIME_MS));

export const TeacherAssignmentRecordSchema = v.object({
  assignment: AssignmentSchema,
  /** The full questions under the ids students answer with: grading uses only these. */
  key: v.pipe(v.array(QuestionSchema), v.minLength(1)),
  /**
   * The key as the assignment was made, kept from the teacher's first change to it (an edit or
   * an accepted answer): what changed stays visible and can be put back. Absent: unchanged.
   */
  originalKey: v.optional(v.pipe(v.array(QuestionSchema), v.minLength(1))),
  /** The set's title when the assignment was made (the set may be renamed or deleted since). */
  setTitle: v.string(),
  /** The set's language: grading reads numbers and typos by it. */
  language: v.picklist(['de', 'en']),
  createdAtMs: TimeMs,
  /** Collected results, each distinct submission once. */
  submissions: v.array(SubmissionSchema),
  /** Which attempt of a student counts (absent: the best). */
  counting: v.optional(v.picklist(['first', 'best', 'last'])),
  /** Names the teacher gave students, by the report's `studentId`. */
  names: v.optional(
    v.record(
      v.pipe(v.string(), v.maxLength(200)),
      v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100))
    )
  )
});
export type TeacherAssignmentRecord = v.InferOutput<typeof TeacherAssignmentRecordSchema>;

export const StudentAttemptSchema = v.object({
  /** 1 for the first attempt on this device. */
  number: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(999)),
  /** Makes this attempt's shuffles repeatable after a reload. */
  seed: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  student: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100)),
  /** This device's random id for the assignment (absent in attempts of older app versions). */
  deviceId: v.optional(DeviceIdSchema),
  startedAtMs: TimeMs,
  finishedAtMs: v.optional(TimeMs),
  answers: v.array(
    v.object({
      questionId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
      response: ResultResponseSchema,
      answeredAtMs: TimeMs
    })
  )
});
export type StudentAttempt = v.InferOutput<typeof StudentAttemptSchema>;

export const StudentAssignmentRecordSchema = v.object({
  assignmentId: v.string(),
  attempts: v.array(StudentAttemptSchema)
});
export type StudentAssignmentRecord = v.InferOutput<typeof StudentAssignmentRecordSchema>;

export { SubmissionSchema };
