/**
 * "Lösungen freigeben": the release link carries the teacher's key with the accepted answers and
 * nothing about any student; it round trips, damaged links are refused with a named problem, and
 * a device grades its own submission with it exactly as the teacher's table does.
 */
import { describe, expect, it } from 'vitest';
import { acceptResponse } from './accept';
import { answerKeyFor } from './key';
import { decodeAssignmentLink } from './link';
import {
  decodeReleaseLink,
  encodeReleaseLink,
  gradeOwnSubmissions,
  isReleaseLink,
  releaseOf
} from './release';
import { buildClassReport } from './report';
import { assignmentOf, secretSet, submissionOf } from './test-fixtures';

const BASE = 'https://lesequiz.example';

function withheldKey() {
  const set = secretSet();
  const assignment = assignmentOf(set, {
    questions: { ids: ['q-mc', 'q-tf', 'q-short'] },
    answerKey: 'withheld',
    feedback: 'after-grading'
  });
  const key = answerKeyFor(assignment, set);
  if (!key.ok) throw new Error(key.problem);
  return { set, assignment, key: key.key };
}

describe('release links', () => {
  it('round-trip the key with the accepted answers, under the ids students answered with', () => {
    const { set, assignment, key } = withheldKey();
    const accepted = acceptResponse(key, 'q3', 'Gestern');
    const release = releaseOf(assignment.id, assignment.title, set.id, 'de', accepted);
    const encoded = encodeReleaseLink(BASE, release);
    if (!encoded.ok) throw new Error(encoded.problem);
    expect(encoded.link.startsWith(`${BASE}/a#r1.`)).toBe(true);
    expect(isReleaseLink(encoded.link)).toBe(true);
    expect(isReleaseLink(encoded.link.slice(encoded.link.indexOf('#')))).toBe(true);
    const decoded = decodeReleaseLink(encoded.link);
    expect(decoded).toEqual({ ok: true, value: release });
    expect(decoded.ok && decoded.value.key.map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
    expect(decoded.ok && decoded.value.key[2]?.accept).toContain('Gestern');
    // An assignment link is no release, and a release is no assignment.
    expect(decodeAssignmentLink(encoded.link).ok).toBe(false);
  });

  it('carry nothing about students, and no internal fact id', () => {
    const { set, assignment, key } = withheldKey();
    const release = releaseOf(assignment.id, assignment.title, set.id, 'de', key);
    expect(Object.keys(release).sort()).toEqual([
      'assignmentId',
      'format',
      'key',
      'language',
      'setId',
      'title'
    ]);
    expect(JSON.stringify(release)).not.toContain('f-GEHEIM-FACT');
  });

  it('refuse damaged, foreign and newer links with a named problem, and never throw', () => {
    const { set, assignment, key } = withheldKey();
    const encoded = encodeReleaseLink(BASE, releaseOf(assignment.id, 'T', set.id, 'de', key));
    if (!encoded.ok) throw new Error(encoded.problem);
    const fragment = encoded.link.slice(encoded.link.indexOf('#') + 1);
    const at = Math.floor(fragment.length / 2);
    const changed = `${fragment.slice(0, at)}${fragment[at] === 'A' ? 'B' : 'A'}${fragment.slice(at + 1)}`;
    expect(decodeReleaseLink(changed)).toMatchObject({ ok: false, problem: 'checksum' });
    expect(decodeReleaseLink(`r2.${fragment.slice(3)}`)).toEqual({
      ok: false,
      problem: 'unsupported-version'
    });
    expect(decodeReleaseLink('1.abc')).toEqual({ ok: false, problem: 'malformed' });
    expect(decodeReleaseLink(fragment.slice(0, -5)).ok).toBe(false);
    for (const garbage of ['', '#', 'r1.', 'r1.!!!', 'r1.' + 'A'.repeat(9)])
      expect(decodeReleaseLink(garbage).ok).toBe(false);
  });

  it('grade a device’s own submission as the teacher’s table does, with accepted answers', () => {
    const { set, assignment, key } = withheldKey();
    const accepted = acceptResponse(key, 'q3', 'Gestern');
    const mine = {
      ...submissionOf('Mia', ['Peking', true, 'Gestern']),
      assignmentId: assignment.id
    };
    const second = { ...mine, attempt: 2, answers: mine.answers.slice(0, 1) };
    const other = { ...mine, assignmentId: 'a-other' };
    const graded = gradeOwnSubmissions(
      releaseOf(assignment.id, assignment.title, set.id, 'de', accepted),
      [mine, other, second]
    );
    expect(graded.map((g) => [g.submission.attempt, g.correct])).toEqual([
      [2, 1],
      [1, 2]
    ]);
    expect(graded[1]?.answers.map((a) => a.correct)).toEqual([true, false, true]);
    const table = buildClassReport(assignment, accepted, [mine], { language: 'de' });
    expect(table.ok && table.report.students[0]?.correct).toBe(graded[1]?.correct);
  });
});
