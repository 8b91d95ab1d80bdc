import { jsonByteLength, MAX_INFLATED_BYTES, packJson, unpackJson } from './envelope';
import {
  ASSIGNMENT_FORMAT_EDITS,
  ASSIGNMENT_FORMATS,
  AssignmentSchema,
  parseAssignment,
  type Assignment
} from './schema';
import * as v from 'valibot';

/**
 * Assignment links: `BASE/a#PAYLOAD`. The assignment lives in the fragment, which browsers never
 * send to a server. PAYLOAD is `1.` (the payload version) followed by the envelope (deflated
 * JSON + CRC-32, base64url; see `envelope.ts`). An assignment of `lesequiz-assignment/2` (the
 * edits to a bundled set) goes out as `2.…`: an app from before it says "update" rather than
 * reading the link as broken. Every other assignment stays `1.…`, which every app opens.
 */

export const LINK_VERSION = 1;
/** The payload version of a link holding edits to a bundled set. */
export const LINK_VERSION_EDITS = 2;
/** Every payload version this app reads. */
export const LINK_VERSIONS: readonly number[] = [LINK_VERSION, LINK_VERSION_EDITS];

/** The payload version an assignment's link is written with. */
export function linkVersionOf(assignment: Pick<Assignment, 'format'>): number {
  return assignment.format === ASSIGNMENT_FORMAT_EDITS ? LINK_VERSION_EDITS : LINK_VERSION;
}
export const ASSIGNMENT_PATH = '/a';

/**
 * Longest link offered as a QR code. A QR code of version 25 (117 × 117 modules) at error
 * correction M holds 1,273 bytes; larger codes get too dense for a phone camera across a
 * classroom or from a projector, and M keeps a smudged printout readable. Links are ASCII, so
 * one character is one byte in byte mode. 1,200 leaves room for a longer base URL.
 */
export const MAX_QR_LINK_CHARS = 1200;

export type LinkProblem =
  /** Not a link of ours, or its payload is not base64url / not deflate / not JSON. */
  | 'malformed'
  /** Made by a newer app: the student should update. */
  | 'unsupported-version'
  /** Damaged in transit (cut off, a character changed). */
  | 'checksum'
  /** Larger than any real assignment: refused without inflating it. */
  | 'too-large'
  /** Well-formed, but not a valid assignment. */
  | 'invalid';

export type DecodeAssignmentResult =
  { ok: true; value: Assignment } | { ok: false; problem: LinkProblem; issues?: string[] };

export type EncodeAssignmentResult =
  | { ok: true; link: string }
  /** The assignment is over 1 MB as JSON: a link could not be decoded; use the file. */
  | { ok: false; problem: 'too-large' };

/**
 * Writes an assignment as a self-contained link under `baseUrl` (the app's origin, plus its
 * base path if any).
 *
 * @example
 * encodeAssignmentLink('https://lesequiz.example', assignment)
 * // → { ok: true, link: 'https://lesequiz.example/a#1.fZBNbsIwEIX…' }
 */
export function encodeAssignmentLink(
  baseUrl: string,
  assignment: Assignment
): EncodeAssignmentResult {
  const checked = v.parse(AssignmentSchema, assignment);
  if (jsonByteLength(checked) > MAX_INFLATED_BYTES) return { ok: false, problem: 'too-large' };
  const base = baseUrl.replace(/\/+$/u, '');
  const version = linkVersionOf(checked);
  return { ok: true, link: `${base}${ASSIGNMENT_PATH}#${version}.${packJson(checked)}` };
}

/**
 * Reads an assignment from a whole link, or from its fragment alone (`#1.…` or `1.…`, as
 * `location.hash` gives it). Never throws, whatever the input.
 *
 * @example
 * decodeAssignmentLink(location.hash) // → { ok: true, value: {…} } or { ok: false, problem: 'checksum' }
 */
export function decodeAssignmentLink(linkOrFragment: string): DecodeAssignmentResult {
  if (typeof linkOrFragment !== 'string') return { ok: false, problem: 'malformed' };
  const hash = linkOrFragment.indexOf('#');
  // Chat apps and mail clients like to wrap long links; base64url has no white space of its own.
  const fragment = (hash === -1 ? linkOrFragment : linkOrFragment.slice(hash + 1)).replace(
    /\s+/gu,
    ''
  );
  const match = /^(\d{1,6})\.(.*)$/su.exec(fragment);
  if (!match) return { ok: false, problem: 'malformed' };
  const version = Number(match[1]);
  if (!LINK_VERSIONS.includes(version) || match[1] !== String(version))
    return { ok: false, problem: 'unsupported-version' };
  const unpacked = unpackJson(match[2] ?? '');
  if (!unpacked.ok) return unpacked;
  const parsed = parseAssignment(unpacked.value);
  if (!parsed.ok) return { ok: false, problem: 'invalid', issues: parsed.issues };
  // Edits in a `1.` link would reach an older app, which would show the unedited questions.
  if (linkVersionOf(parsed.value) !== version)
    return {
      ok: false,
      problem: 'invalid',
      issues: [`A link of version ${version} holds another format.`]
    };
  return parsed;
}

/**
 * Whether a link fits a QR code that a phone scans reliably (see `MAX_QR_LINK_CHARS`); a longer
 * link is better shared as a `.quiz.json` file or as a link in a message.
 */
export function fitsQrCode(link: string): boolean {
  return link.length <= MAX_QR_LINK_CHARS && /^[\x20-\x7e]*$/u.test(link);
}

/** File name ending of the file form. */
export const ASSIGNMENT_FILE_EXTENSION = '.quiz.json';
/** A `.quiz.json` over this is refused unread: an own set with a long article stays far below. */
export const MAX_ASSIGNMENT_FILE_BYTES = 8 * 1024 * 1024;

export type AssignmentFileProblem = 'too-large' | 'malformed' | 'unsupported-version' | 'invalid';
export type ParseAssignmentFileResult =
  | { ok: true; value: Assignment }
  | { ok: false; problem: AssignmentFileProblem; issues?: string[] };

/** The `.quiz.json` form of an assignment: the same object as in a link, as readable JSON. */
export function assignmentFileText(assignment: Assignment): string {
  return JSON.stringify(v.parse(AssignmentSchema, assignment), null, 2) + '\n';
}

/**
 * Reads a `.quiz.json` file's text. Never throws. A file of a newer format version
 * (`lesequiz-assignment/3`, …) is reported as such rather than as invalid.
 */
export function parseAssignmentFile(text: string): ParseAssignmentFileResult {
  if (typeof text !== 'string') return { ok: false, problem: 'malformed' };
  if (text.length > MAX_ASSIGNMENT_FILE_BYTES) return { ok: false, problem: 'too-large' };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (
    typeof format === 'string' &&
    /^lesequiz-assignment\/\d+$/u.test(format) &&
    !(ASSIGNMENT_FORMATS as readonly string[]).includes(format)
  )
    return { ok: false, problem: 'unsupported-version' };
  const parsed = parseAssignment(json);
  if (!parsed.ok) return { ok: false, problem: 'invalid', issues: parsed.issues };
  return parsed;
}
