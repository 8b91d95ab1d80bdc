import * as v from 'valibot';
import { MAX_TIME_MS } from '../limits/limits';
import { IdSchema, MAX_ASSIGNMENT_QUESTIONS } from './schema';

/**
 * What a result code carries, as schemas. Apart from `result-code.ts` so storage can validate
 * submissions without loading the code's compression (fflate), which the first page never needs.
 */

/** A time a `Date` can hold: later ones printed `NaN-NaN-NaN` in the CSV export. */
export const TimeMs = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TIME_MS));
const Text = v.pipe(v.string(), v.maxLength(2000));

/**
 * A random id the student's device draws once per assignment: it tells two students of the same
 * name apart and groups one device's attempts. Per assignment, so it follows nobody across them.
 */
export const DeviceIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,32}$/));

/** A response as `gradeAnswer` takes it, the same shapes as the app's stored answers. */
export const ResultResponseSchema = v.union([
  Text,
  v.boolean(),
  v.pipe(v.array(Text), v.maxLength(8)),
  v.pipe(v.array(v.tuple([Text, Text])), v.maxLength(8))
]);
export type ResultResponse = v.InferOutput<typeof ResultResponseSchema>;

export const SubmissionSchema = v.pipe(
  v.object({
    assignmentId: IdSchema,
    /** A name or pseudonym, as the student typed it. */
    student: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100)),
    /** Absent in codes of app versions before device ids (result code version 1). */
    deviceId: v.optional(DeviceIdSchema),
    /** 1 for the first attempt. */
    attempt: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(999)),
    startedAtMs: TimeMs,
    finishedAtMs: TimeMs,
    answers: v.pipe(
      v.array(
        v.object({ questionId: IdSchema, response: ResultResponseSchema, answeredAtMs: TimeMs })
      ),
      v.maxLength(MAX_ASSIGNMENT_QUESTIONS)
    )
  }),
  v.check((s) => s.finishedAtMs >= s.startedAtMs, 'An attempt cannot finish before it starts.'),
  v.check(
    (s) =>
      s.answers.every((a) => a.answeredAtMs >= s.startedAtMs && a.answeredAtMs <= s.finishedAtMs),
    'Answers must fall between start and finish.'
  ),
  v.check(
    (s) => new Set(s.answers.map((a) => a.questionId)).size === s.answers.length,
    'One answer per question.'
  )
);

/** One student's attempt at an assignment, as carried by a result code. */
export type Submission = v.InferOutput<typeof SubmissionSchema>;
