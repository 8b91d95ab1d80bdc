import { parseQuizSet, type Question, type QuizSet } from '../quizset/schema';
import { crc32 } from './envelope';
import type { AssignmentContent } from './schema';

/**
 * A bundled set the teacher edited, sent as the edits only. Every student's app ships the set
 * (precached, offline), so a link names the questions it takes from that copy by id and carries
 * in full only the questions the teacher changed or added. A question the teacher deleted is
 * simply not asked.
 *
 * The link also carries a fingerprint (`bundledFingerprint`) of exactly what it takes from the
 * app's copy: the article's sentences and every question it names by id alone. A student's app
 * of another version applies the edits if its copy gives the same fingerprint (the edits apply
 * cleanly: same text, same questions where the link relies on them), and says so otherwise.
 * A fingerprint of the whole set would refuse links that apply perfectly (a regenerated set
 * whose other questions changed); a check of ids alone would trust that an id never returns
 * with other content, which the generator does not promise (its ids hash type, prompt and
 * answer, not the choices or the evidence).
 */

type BundledContent = Extract<AssignmentContent, { kind: 'bundled' | 'bundled-edits' }>;

/**
 * The content of an assignment of `asked` (questions of the teacher's version of a bundled set,
 * in the order asked) against `shipped`, the set as the app ships it: by id alone when every
 * asked question is as shipped, else the edits; either way with the fingerprint. Pure.
 *
 * @example
 * bundledContent(generated, curated.questions.filter(isQuizQuestion))
 * // → { kind: 'bundled-edits', setId: 'hikvision-kanada', base: '1c0ffee5', questionIds: […], questions: [edited] }
 */
export function bundledContent(shipped: QuizSet, asked: readonly Question[]): BundledContent {
  const byId = new Map(shipped.questions.map((q) => [q.id, q]));
  const questionIds = asked.map((q) => q.id);
  const changed = asked.filter((q) => {
    const original = byId.get(q.id);
    return !original || canonicalJson(original) !== canonicalJson(q);
  });
  const carried = new Set(changed.map((q) => q.id));
  const referenced = questionIds.filter((id) => !carried.has(id));
  // Every referenced question is one of `shipped`'s, so there is a fingerprint.
  const base = bundledFingerprint(shipped, referenced) as string;
  if (changed.length === 0) return { kind: 'bundled', setId: shipped.id, questionIds, base };
  return { kind: 'bundled-edits', setId: shipped.id, base, questionIds, questions: changed };
}

/**
 * The fingerprint of what a link takes from a bundled set: its language and sentences and the
 * questions `referencedIds` (in that order), as CRC-32 of their canonical JSON, 8 hex digits.
 * Undefined when the set lacks one of those questions. Not a defence against forgery (nothing
 * in a link is trusted as a score); it tells two versions of the app apart.
 */
export function bundledFingerprint(
  set: QuizSet,
  referencedIds: readonly string[]
): string | undefined {
  const byId = new Map(set.questions.map((q) => [q.id, q]));
  const questions: Question[] = [];
  for (const id of referencedIds) {
    const question = byId.get(id);
    if (!question) return undefined;
    questions.push(question);
  }
  const json = canonicalJson([set.language, set.sentences, questions]);
  return crc32(new TextEncoder().encode(json)).toString(16).padStart(8, '0');
}

/**
 * Whether this app's copy of a bundled set is the one a plain `bundled` link was made from:
 * the same fingerprint, or no fingerprint in the link (made before there was one).
 */
export function matchesBase(
  content: Extract<AssignmentContent, { kind: 'bundled' }>,
  shipped: QuizSet
): boolean {
  if (content.base === undefined) return true;
  return (
    shipped.id === content.setId &&
    bundledFingerprint(shipped, content.questionIds) === content.base
  );
}

export type ApplyEditsResult =
  | { ok: true; questions: Question[] }
  /**
   * This app's copy of the set differs where the link relies on it (another version of the
   * app, older or newer than the teacher's): showing the questions could show wrong ones.
   */
  | { ok: false; problem: 'other-version' }
  /** The fingerprint matches, yet a carried question does not fit the article (a forged link). */
  | { ok: false; problem: 'invalid' };

/**
 * The questions a `bundled-edits` link asks, in its order, built from this app's copy of the
 * set and the link's edits; refused when the copy is not the one the link was made from.
 *
 * @example
 * const asked = applyBundledEdits(content, await loadQuizSet(fetch, content.setId));
 * if (!asked.ok && asked.problem === 'other-version') show('Update the app …');
 */
export function applyBundledEdits(
  content: Extract<AssignmentContent, { kind: 'bundled-edits' }>,
  shipped: QuizSet
): ApplyEditsResult {
  if (shipped.id !== content.setId) return { ok: false, problem: 'other-version' };
  const carried = new Map(content.questions.map((q) => [q.id, q]));
  const referenced = content.questionIds.filter((id) => !carried.has(id));
  if (bundledFingerprint(shipped, referenced) !== content.base)
    return { ok: false, problem: 'other-version' };
  const byId = new Map(shipped.questions.map((q) => [q.id, q]));
  const questions = content.questionIds.map((id) => (carried.get(id) ?? byId.get(id)) as Question);
  // The carried questions passed the question schema in the link; their evidence must also
  // point at this article's sentences, as the quiz and the reader take it for granted.
  const set = parseQuizSet({ ...shipped, questions });
  if (!set.ok) return { ok: false, problem: 'invalid' };
  return { ok: true, questions: set.set.questions };
}

/** JSON with object keys sorted and undefined values left out: key order changes nothing. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, item]) => [key, canonical(item)])
    );
  }
  return value;
}
