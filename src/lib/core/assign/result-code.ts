import * as v from 'valibot';
import { MAX_INFLATED_BYTES, jsonByteLength, packJson, unpackJson } from './envelope';
import { issueText } from './schema';
import {
  ResultResponseSchema,
  SubmissionSchema,
  TimeMs,
  type ResultResponse,
  type Submission
} from './submission';

/**
 * Result codes: what a student sends the teacher after an assignment, as text to paste into a
 * message: `LQ1-` (recognisable, and `1` is the version) followed by the envelope (deflated
 * JSON + CRC-32, base64url; see `envelope.ts`).
 *
 * A code holds answers only, never a score: the teacher grades against their own key. Its
 * checksum catches a damaged code, not a forged one (see `envelope.ts`); a forger could only
 * change their own answers, name and times.
 */

export const RESULT_CODE_PREFIX = 'LQ';
/** Version 2 adds the device id; version 1 codes (without it) are still read. */
export const RESULT_CODE_VERSION = 2;

export { ResultResponseSchema, SubmissionSchema, type ResultResponse, type Submission };

export type ResultCodeProblem =
  /** Not a result code, or damaged beyond reading. */
  | 'malformed'
  /** Made by a newer app. */
  | 'unsupported-version'
  /** A character changed or missing. */
  | 'checksum'
  /** Far larger than any real result: refused without inflating it. */
  | 'too-large'
  /** A valid code for another assignment (checked when `expectedAssignmentId` is given). */
  | 'other-assignment'
  /** Readable, but not a valid submission. */
  | 'invalid';

export type DecodeResultCodeResult =
  { ok: true; value: Submission } | { ok: false; problem: ResultCodeProblem; issues?: string[] };

export type EncodeResultCodeResult =
  | { ok: true; code: string }
  | { ok: false; problem: 'invalid'; issues: string[] }
  | { ok: false; problem: 'too-large' };

/**
 * The wire form is a tuple, not an object: a code is pasted by hand, so every character counts.
 * Times are milliseconds after the start. `[version, assignmentId, student, attempt,
 * startedAtMs, durationMs, [[questionId, response, msAfterStart], …], deviceId]`; version 1
 * has no `deviceId`, and a submission without one is still written as version 1.
 */
type WireAnswers = [string, ResultResponse, number][];
type Wire =
  | [1, string, string, number, number, number, WireAnswers]
  | [2, string, string, number, number, number, WireAnswers, string];

/**
 * Writes a submission as a result code. Validates first, so a code that encodes always decodes.
 *
 * @example
 * encodeResultCode({ assignmentId: 'a-7f3k', student: 'Mia', attempt: 1, startedAtMs, finishedAtMs,
 *   answers: [{ questionId: 'q1', response: 'Peking', answeredAtMs }] })
 * // → { ok: true, code: 'LQ1-q1YqVspR0…' }
 */
export function encodeResultCode(submission: Submission): EncodeResultCodeResult {
  const parsed = v.safeParse(SubmissionSchema, submission);
  if (!parsed.success)
    return { ok: false, problem: 'invalid', issues: parsed.issues.map(issueText) };
  const s = parsed.output;
  const fields = [
    s.assignmentId,
    s.student,
    s.attempt,
    s.startedAtMs,
    s.finishedAtMs - s.startedAtMs,
    s.answers.map((a): WireAnswers[number] => [
      a.questionId,
      a.response,
      a.answeredAtMs - s.startedAtMs
    ])
  ] as const;
  const wire: Wire = s.deviceId === undefined ? [1, ...fields] : [2, ...fields, s.deviceId];
  if (jsonByteLength(wire) > MAX_INFLATED_BYTES) return { ok: false, problem: 'too-large' };
  return { ok: true, code: `${RESULT_CODE_PREFIX}${wire[0]}-${packJson(wire)}` };
}

const wireFields = [
  v.string(),
  v.string(),
  v.number(),
  TimeMs,
  TimeMs,
  v.array(v.tuple([v.string(), v.unknown(), TimeMs]))
] as const;
const WireSchema = v.union([
  v.tuple([v.literal(1), ...wireFields]),
  v.tuple([v.literal(2), ...wireFields, v.string()])
]);
const READABLE_VERSIONS = new Set(['1', '2']);

/**
 * Reads a result code as pasted: white space and line breaks inside it are ignored (messengers
 * wrap long words). Never throws.
 *
 * @example
 * decodeResultCode(pasted, { expectedAssignmentId: 'a-7f3k' })
 * // → { ok: true, value: { student: 'Mia', answers: […], … } } or { ok: false, problem: 'other-assignment' }
 */
export function decodeResultCode(
  code: string,
  options: { expectedAssignmentId?: string } = {}
): DecodeResultCodeResult {
  if (typeof code !== 'string') return { ok: false, problem: 'malformed' };
  const compact = code.replace(/\s+/gu, '');
  const match = /^LQ(\d{1,6})-(.*)$/isu.exec(compact);
  if (!match) return { ok: false, problem: 'malformed' };
  if (!READABLE_VERSIONS.has(match[1] ?? '')) return { ok: false, problem: 'unsupported-version' };
  const unpacked = unpackJson(match[2] ?? '');
  if (!unpacked.ok) return unpacked;
  const wire = v.safeParse(WireSchema, unpacked.value);
  if (!wire.success) return { ok: false, problem: 'invalid', issues: wire.issues.map(issueText) };
  // The version inside must be the one outside: a mismatch is a made-up code.
  if (String(wire.output[0]) !== match[1]) return { ok: false, problem: 'invalid' };
  const [, assignmentId, student, attempt, startedAtMs, durationMs, answers] = wire.output;
  const deviceId = wire.output[0] === 2 ? wire.output[7] : undefined;
  const parsed = v.safeParse(SubmissionSchema, {
    assignmentId,
    ...(deviceId === undefined ? {} : { deviceId }),
    student,
    attempt,
    startedAtMs,
    finishedAtMs: startedAtMs + durationMs,
    answers: answers.map(([questionId, response, after]) => ({
      questionId,
      response,
      answeredAtMs: startedAtMs + after
    }))
  });
  if (!parsed.success)
    return { ok: false, problem: 'invalid', issues: parsed.issues.map(issueText) };
  if (
    options.expectedAssignmentId !== undefined &&
    parsed.output.assignmentId !== options.expectedAssignmentId
  )
    return { ok: false, problem: 'other-assignment' };
  return { ok: true, value: parsed.output };
}

/**
 * Finds the result codes in pasted text (a chat export, an e-mail, one code per line). A code
 * starts with `LQ<version>-`; following lines made only of base64url characters continue it, so
 * a code wrapped over several lines stays whole. Other text (greetings, names) is ignored.
 *
 * @example
 * findResultCodes('Hallo!\nLQ1-abc\nde\nViele Grüße\nLQ1-xyz') // → ['LQ1-abcde', 'LQ1-xyz']
 */
export function findResultCodes(text: string): string[] {
  return findResultCodeParts(text).map((parts) => parts.join(''));
}

/**
 * Like `findResultCodes`, but keeps each code's lines apart: a line after a code that happens to
 * be made of base64url characters only (a name like `Mia` under it) may be a continuation or
 * not, and only decoding can tell (see `collectResultCodes`).
 *
 * @example findResultCodeParts('LQ1-abc\nde\nMia') // → [['LQ1-abc', 'de', 'Mia']]
 */
export function findResultCodeParts(text: string): string[][] {
  const codes: string[][] = [];
  let current: string[] | undefined;
  for (const line of text.split(/\r\n|\r|\n/u).map((l) => l.trim())) {
    for (const [index, word] of line.split(/\s+/u).entries()) {
      if (/^LQ\d{1,6}-/iu.test(word)) {
        if (current !== undefined) codes.push(current);
        current = [word];
      } else if (current !== undefined && index === 0 && /^[A-Za-z0-9_-]+$/u.test(line)) {
        current.push(word);
      } else if (current !== undefined) {
        codes.push(current);
        current = undefined;
      }
    }
  }
  if (current !== undefined) codes.push(current);
  return codes;
}
