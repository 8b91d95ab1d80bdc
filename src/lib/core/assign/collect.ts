import type { GradingOptions } from '../grading';
import type { Question } from '../quizset/schema';
import { MAX_PAYLOAD_CHARS } from './envelope';
import { buildClassReport, MAX_CLASS_SIZE, studentIdOf } from './report';
import {
  decodeResultCode,
  findResultCodeParts,
  type DecodeResultCodeResult,
  type ResultCodeProblem,
  type Submission
} from './result-code';
import { mergeSubmissions } from './merge';
import type { Assignment } from './schema';

export type CodeProblem = {
  /** The code as found in the text, for the teacher to find it again. */
  code: string;
  problem: ResultCodeProblem;
};

export type CollectResult =
  | {
      ok: true;
      /** New submissions to store, each once. */
      accepted: Submission[];
      /** Codes already stored or pasted twice. */
      duplicates: number;
      /** Codes that could not be taken; nothing of them is stored. */
      problems: CodeProblem[];
    }
  /** The text holds nothing that looks like a result code. */
  | { ok: false; problem: 'no-codes' }
  /** Taking these results would make the class larger than a report allows: none is taken. */
  | { ok: false; problem: 'too-many-students'; limit: number };

/**
 * What a paste (or an imported file, or a scanned code) adds to an assignment's results: every
 * result code in `text` is read and checked against the assignment; codes for another assignment
 * or damaged ones are reported with their problem and left out; a code already among `stored`
 * counts once. More than `MAX_CLASS_SIZE` students together refuses the whole paste.
 *
 * @example
 * const result = collectResultCodes(pasted, record.assignment, record.key, record.submissions);
 * if (result.ok) await addSubmissions(db, id, result.accepted);
 */
export function collectResultCodes(
  text: string,
  assignment: Assignment,
  key: readonly Question[],
  stored: readonly Submission[],
  grading: Partial<GradingOptions> = {}
): CollectResult {
  const found = findResultCodeParts(text);
  if (found.length === 0) return { ok: false, problem: 'no-codes' };
  const decoded: Submission[] = [];
  // Counted as codes are read, so a paste of thousands is refused as soon as the class is full,
  // without decoding the rest: one pass over the text, one decode per code.
  const students = new Set(stored.map(studentIdOf));
  const problems: CodeProblem[] = [];
  for (const parts of found) {
    const result = decodeParts(parts, assignment.id);
    if (!result.ok) {
      problems.push({ code: parts.join(''), problem: result.problem });
      continue;
    }
    decoded.push(result.value);
    students.add(studentIdOf(result.value));
    if (students.size > MAX_CLASS_SIZE)
      return { ok: false, problem: 'too-many-students', limit: MAX_CLASS_SIZE };
  }
  const { added: accepted, duplicates } = mergeSubmissions(stored, decoded);
  const report = buildClassReport(assignment, key, [...stored, ...accepted], grading);
  if (!report.ok && report.problem === 'too-many-students')
    return { ok: false, problem: 'too-many-students', limit: MAX_CLASS_SIZE };
  return { ok: true, accepted, duplicates, problems };
}

/**
 * Decodes a code found over several lines. All lines first (a code wrapped by a messenger);
 * if that fails, fewer trailing lines, since a short line under a code may be a name or a
 * greeting. The checksum makes a wrong split fail, so the first that decodes is the code. Only
 * the splits whose checksum holds are decoded (see `checksumSplits`), so a code followed by
 * thousands of one-word chat lines costs one pass over them, not one decode per line.
 */
function decodeParts(parts: readonly string[], assignmentId: string): DecodeResultCodeResult {
  const options = { expectedAssignmentId: assignmentId };
  for (const count of checksumSplits(parts)) {
    const decoded = decodeResultCode(parts.slice(0, count).join(''), options);
    if (decoded.ok || decoded.problem === 'other-assignment') return decoded;
  }
  // None holds: the whole, for the problem to report (a damaged code says "checksum").
  return decodeResultCode(parts.join(''), options);
}

/**
 * How many of `parts` (a code's first word and the lines after it) may make up the code: the
 * counts whose payload's CRC-32 matches the checksum in its last four bytes, longest first. One
 * pass: base64url decodes as a stream, so every shorter payload's bytes are a prefix of the
 * whole's, and one running CRC serves every split.
 */
export function checksumSplits(parts: readonly string[]): number[] {
  const dash = (parts[0] ?? '').indexOf('-');
  if (dash < 0) return [];
  let total = -dash - 1;
  for (const part of parts) {
    if (total + part.length > MAX_PAYLOAD_CHARS) break;
    total += part.length;
  }
  const bytes = new Uint8Array(Math.ceil((Math.max(total, 0) * 6) / 8) + 1);
  /** The CRC register after the first `i` bytes, for every `i`. */
  const register = new Int32Array(bytes.length + 1);
  register[0] = -1;
  let byteCount = 0;
  let chars = 0;
  let buffer = 0;
  let bits = 0;
  const splits: number[] = [];
  for (let index = 0; index < parts.length; index++) {
    const text = index === 0 ? parts[0]!.slice(dash + 1) : parts[index]!;
    if (chars + text.length > MAX_PAYLOAD_CHARS) break;
    for (let at = 0; at < text.length; at++) {
      const value = BASE64URL.indexOf(text[at]!);
      if (value < 0) return splits.reverse();
      buffer = ((buffer << 6) | value) & 0xffffff;
      bits += 6;
      chars++;
      if (bits >= 8) {
        bits -= 8;
        const byte = (buffer >>> bits) & 0xff;
        bytes[byteCount] = byte;
        const previous = register[byteCount]!;
        register[byteCount + 1] = CRC_TABLE[(previous ^ byte) & 0xff]! ^ (previous >>> 8);
        byteCount++;
      }
    }
    if (chars % 4 === 1 || byteCount < 5) continue;
    const crc = (register[byteCount - 4]! ^ -1) >>> 0;
    const stored =
      ((bytes[byteCount - 4]! << 24) |
        (bytes[byteCount - 3]! << 16) |
        (bytes[byteCount - 2]! << 8) |
        bytes[byteCount - 1]!) >>>
      0;
    if (crc === stored) splits.push(index + 1);
  }
  return splits.reverse();
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const CRC_TABLE = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
