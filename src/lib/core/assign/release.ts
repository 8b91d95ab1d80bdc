import * as v from 'valibot';
import { QuestionSchema, type Question } from '../quizset/schema';
import { jsonByteLength, MAX_INFLATED_BYTES, packJson, unpackJson } from './envelope';
import { ASSIGNMENT_PATH, type LinkProblem } from './link';
import { gradeSubmission, type GradedSubmission } from './report';
import { IdSchema, issueText, MAX_ASSIGNMENT_QUESTIONS } from './schema';
import type { Submission } from './result-code';

/**
 * "Lösungen freigeben": after grading, one link for the whole class that carries the teacher's
 * answer key (with every answer the teacher accepted) and nothing else. Each student's device
 * grades its own stored attempt with it; no name, result or answer of any student travels.
 *
 * Link: `BASE/a#r1.PAYLOAD`, the same page and envelope as an assignment link (deflated JSON +
 * CRC-32, base64url), told apart by the `r` before the version.
 */

export const RELEASE_FORMAT = 'lesequiz-release/1';
export const RELEASE_LINK_VERSION = 1;
const RELEASE_PREFIX = `r${RELEASE_LINK_VERSION}.`;

export const ReleaseSchema = v.object({
  format: v.literal(RELEASE_FORMAT),
  assignmentId: IdSchema,
  title: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(300)),
  /** The article's set: the device finds its sentences there to show the evidence. */
  setId: IdSchema,
  language: v.picklist(['de', 'en']),
  /** The teacher's key, under the ids the students answered with. */
  key: v.pipe(
    v.array(QuestionSchema),
    v.minLength(1),
    v.maxLength(MAX_ASSIGNMENT_QUESTIONS),
    v.check((key) => new Set(key.map((q) => q.id)).size === key.length, 'Ids must be unique.')
  )
});

export type Release = v.InferOutput<typeof ReleaseSchema>;

/**
 * The release of an assignment's key: built field by field from the teacher's record, so nothing
 * else of it (submissions, names, the counting) can slip in. A question's `factId` stays home:
 * grading does not read it.
 *
 * @example releaseOf(record.assignment.id, record.assignment.title, setIdOf(record.assignment), 'de', record.key)
 */
export function releaseOf(
  assignmentId: string,
  title: string,
  setId: string,
  language: 'de' | 'en',
  key: readonly Question[]
): Release {
  return v.parse(ReleaseSchema, {
    format: RELEASE_FORMAT,
    assignmentId,
    title,
    setId,
    language,
    key: key.map((question) => {
      const copy = { ...question };
      delete copy.factId;
      return copy;
    })
  });
}

export type EncodeReleaseResult = { ok: true; link: string } | { ok: false; problem: 'too-large' };

/** Writes a release as a link under `baseUrl` (the app's origin and base path). */
export function encodeReleaseLink(baseUrl: string, release: Release): EncodeReleaseResult {
  const checked = v.parse(ReleaseSchema, release);
  if (jsonByteLength(checked) > MAX_INFLATED_BYTES) return { ok: false, problem: 'too-large' };
  const base = baseUrl.replace(/\/+$/u, '');
  return { ok: true, link: `${base}${ASSIGNMENT_PATH}#${RELEASE_PREFIX}${packJson(checked)}` };
}

/** Whether a link or fragment is a release (rather than an assignment). */
export function isReleaseLink(linkOrFragment: string): boolean {
  const hash = linkOrFragment.indexOf('#');
  const fragment = (hash === -1 ? linkOrFragment : linkOrFragment.slice(hash + 1)).trimStart();
  return /^r\d{1,6}\./u.test(fragment);
}

export type DecodeReleaseResult =
  { ok: true; value: Release } | { ok: false; problem: LinkProblem; issues?: string[] };

/** Reads a release from a whole link or its fragment. Never throws, whatever the input. */
export function decodeReleaseLink(linkOrFragment: string): DecodeReleaseResult {
  if (typeof linkOrFragment !== 'string') return { ok: false, problem: 'malformed' };
  const hash = linkOrFragment.indexOf('#');
  const fragment = (hash === -1 ? linkOrFragment : linkOrFragment.slice(hash + 1)).replace(
    /\s+/gu,
    ''
  );
  const match = /^r(\d{1,6})\.(.*)$/su.exec(fragment);
  if (!match) return { ok: false, problem: 'malformed' };
  if (match[1] !== String(RELEASE_LINK_VERSION))
    return { ok: false, problem: 'unsupported-version' };
  const unpacked = unpackJson(match[2] ?? '');
  if (!unpacked.ok) return unpacked;
  const parsed = v.safeParse(ReleaseSchema, unpacked.value);
  if (!parsed.success)
    return { ok: false, problem: 'invalid', issues: parsed.issues.map(issueText) };
  return { ok: true, value: parsed.output };
}

/**
 * The student's own submissions graded with a released key, newest first. Grading is the
 * teacher's (`gradeSubmission` with the same key and language), so the device shows what the
 * teacher's table shows.
 *
 * @example gradeOwnSubmissions(release, [submissionOf(id, attempt, attempt.finishedAtMs)])
 */
export function gradeOwnSubmissions(
  release: Release,
  submissions: readonly Submission[]
): GradedSubmission[] {
  return submissions
    .filter((s) => s.assignmentId === release.assignmentId)
    .map((s) => gradeSubmission(release.key, s, { language: release.language }))
    .sort((a, b) => b.submission.attempt - a.submission.attempt);
}
