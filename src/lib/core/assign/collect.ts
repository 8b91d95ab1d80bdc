import type { GradingOptions } from '../grading';
import type { Question } from '../quizset/schema';
import { buildClassReport, MAX_CLASS_SIZE } from './report';
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
  const problems: CodeProblem[] = [];
  for (const parts of found) {
    const result = decodeParts(parts, assignment.id);
    if (result.ok) decoded.push(result.value);
    else problems.push({ code: parts.join(''), problem: result.problem });
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
 * greeting. The checksum makes a wrong split fail, so the first that decodes is the code.
 */
function decodeParts(parts: readonly string[], assignmentId: string): DecodeResultCodeResult {
  const whole = decodeResultCode(parts.join(''), { expectedAssignmentId: assignmentId });
  if (whole.ok) return whole;
  for (let count = parts.length - 1; count >= 1; count--) {
    const shorter = decodeResultCode(parts.slice(0, count).join(''), {
      expectedAssignmentId: assignmentId
    });
    if (shorter.ok || shorter.problem === 'other-assignment') return shorter;
  }
  return whole;
}
