/** Grading against the teacher's key, the class report and its CSV. */
import { describe, expect, it } from 'vitest';
import { answerKeyFor } from './key';
import { buildClassReport, gradeSubmission, MAX_CLASS_SIZE } from './report';
import { classReportCsv } from './report-csv';
import {
  decodeResultCode,
  encodeResultCode,
  findResultCodes,
  type Submission
} from './result-code';
import { assignmentOf, secretSet, submissionOf } from './test-fixtures';

const set = secretSet();
const assignment = assignmentOf(set, {
  questions: { ids: set.questions.map((q) => q.id) },
  answerKey: 'withheld',
  feedback: 'after-grading',
  timeLimitMinutes: 3,
  dueAtMs: Date.UTC(2026, 2, 2, 8, 3, 0),
  attemptsAllowed: 1
});
const keyResult = answerKeyFor(assignment, set);
if (!keyResult.ok) throw new Error(keyResult.problem);
const key = keyResult.key;

/** Responses in the key's order: q1 mc, q2 tf, q3 cloze (bank), q4 cloze, q5 short, q6 order, q7 match, q8 card. */
const allRight: Submission['answers'][number]['response'][] = [
  'Peking',
  false,
  'wien',
  'GEHEIM-CLOZE-ANSWER',
  'GEHEIM-SHORT-ACCEPT',
  ['Zuerst', 'Dann', 'Am Ende'],
  [
    ['Cem', 'Mainz'],
    ['Anna', 'Zürich'],
    ['Bert', 'Aachen']
  ],
  'GEHEIM-FLASHCARD-BACK'
];
const withAssignment = (s: Submission): Submission => ({ ...s, assignmentId: assignment.id });

describe('gradeSubmission', () => {
  it('grades every type against the key and counts a missing answer as wrong', () => {
    const full = gradeSubmission(key, withAssignment(submissionOf('Mia', allRight)));
    expect([full.correct, full.total]).toEqual([8, 8]);
    const partial = gradeSubmission(
      key,
      withAssignment({
        ...submissionOf('Ben', ['Ottawa', true]),
        answers: submissionOf('Ben', ['Ottawa', true]).answers
      })
    );
    expect(partial.correct).toBe(0);
    expect(partial.answers.map((a) => a.response === undefined)).toEqual([
      false,
      false,
      true,
      true,
      true,
      true,
      true,
      true
    ]);
    const order = gradeSubmission(
      key,
      withAssignment(submissionOf('Cem', [...allRight.slice(0, 5), ['Dann', 'Zuerst', 'Am Ende']]))
    );
    expect(order.answers[5]).toMatchObject({ correct: false, partial: { correct: 1, total: 3 } });
  });
});

describe('buildClassReport', () => {
  const codes = [
    submissionOf('Mia', allRight),
    submissionOf('Ben', ['Ottawa', true, 'Graz']),
    submissionOf('Cem', ['ottawa ', true, 'Wien']),
    { ...submissionOf('Dana', ['Bern', false]), finishedAtMs: Date.UTC(2026, 2, 2, 8, 10, 0) },
    // Mia's second attempt, worse: her first one counts.
    { ...submissionOf(' mia', ['Bern']), attempt: 2 }
  ].map((s) => {
    const r = encodeResultCode(withAssignment(s));
    if (!r.ok) throw new Error(r.problem);
    return r.code;
  });

  it('counts a pasted duplicate once and reports per student and per question', () => {
    const pasted = [...codes, codes[1]].join('\n');
    const submissions = findResultCodes(pasted).flatMap((c) => {
      const d = decodeResultCode(c, { expectedAssignmentId: assignment.id });
      return d.ok ? [d.value] : [];
    });
    expect(submissions).toHaveLength(6);
    const result = buildClassReport(assignment, key, submissions);
    if (!result.ok) throw new Error(result.problem);
    const { report } = result;
    expect(report.duplicates).toBe(1);
    expect(report.students.map((s) => [s.submission.student, s.correct, s.attempts])).toEqual([
      ['Ben', 0, 1],
      ['Cem', 1, 1],
      ['Dana', 1, 1],
      ['Mia', 8, 2]
    ]);
    const mia = report.students[3];
    expect(mia?.overAttemptLimit).toBe(true);
    expect(report.students[2]).toMatchObject({ late: true, overTime: true });
    expect(report.students[0]).toMatchObject({ late: false, overTime: false, durationMs: 90_000 });
    const [mc, tf, cloze] = report.questions;
    expect(mc).toMatchObject({
      answered: 4,
      correct: 1,
      shareCorrect: 0.25,
      commonWrong: { response: 'Ottawa', count: 2 }
    });
    expect(tf).toMatchObject({
      correct: 2,
      shareCorrect: 0.5,
      commonWrong: { response: true, count: 2 }
    });
    expect(cloze).toMatchObject({ correct: 2, commonWrong: { response: 'Graz', count: 1 } });
    expect(report.questions[7]).toMatchObject({ answered: 1, correct: 1 });
    expect(report.questions[7]?.commonWrong).toBeUndefined();
  });

  it('refuses more than 500 students as a whole and a foreign submission', () => {
    const many = Array.from({ length: MAX_CLASS_SIZE + 1 }, (_, i) =>
      withAssignment(submissionOf(`S${i}`, ['Peking']))
    );
    expect(buildClassReport(assignment, key, many)).toEqual({
      ok: false,
      problem: 'too-many-students',
      limit: 500
    });
    expect(buildClassReport(assignment, key, many.slice(0, MAX_CLASS_SIZE)).ok).toBe(true);
    expect(
      buildClassReport(assignment, key, [{ ...submissionOf('X', []), assignmentId: 'a-other' }])
    ).toEqual({
      ok: false,
      problem: 'other-assignment',
      student: 'X'
    });
  });
});

describe('classReportCsv', () => {
  it('writes a BOM, quotes where needed, neutralises formulas and follows the delimiter', () => {
    const submissions = [
      withAssignment(submissionOf('=HYPERLINK("http://evil")', ['Peking'])),
      withAssignment(submissionOf('Müller; Anna', ['Bern', true, 'Wien']))
    ];
    const result = buildClassReport(assignment, key, submissions);
    if (!result.ok) throw new Error(result.problem);
    const csv = classReportCsv(result.report);
    expect(
      csv.startsWith(
        '\uFEFFStudent,Correct,Points,Questions,Percent,Minutes,Started,Finished,Attempts,Late,Over time,Q1: Welche Stadt?,Q1: Welche Stadt? (answer),Q2: Der Himmel ist grün.,'
      )
    ).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe(
      `"'=HYPERLINK(""http://evil"")",1,1,8,13,0.5,2026-03-02T08:00:00.000Z,2026-03-02T08:00:30.000Z,1,0,0,1,Peking,,,,,,,,,,,,,,`
    );
    expect(lines[2]?.startsWith('Müller; Anna,1,1,8,13,1.5,')).toBe(true);
    const semicolon = classReportCsv(result.report, { delimiter: ';', formatTime: () => '-1' });
    expect(semicolon.split('\r\n')[2]).toBe(
      `"Müller; Anna";1;1;8;13;1,5;'-1;'-1;1;0;0;0;Bern;0;true;1;Wien;;;;;;;;;;`
    );
  });

  it('gives partial credit for order and match, shown as points beside the answer', () => {
    const orderPartly: Submission['answers'][number]['response'][] = [...allRight];
    orderPartly[5] = ['Dann', 'Zuerst', 'Am Ende'];
    orderPartly[6] = [
      ['Cem', 'Mainz'],
      ['Anna', 'Aachen'],
      ['Bert', 'Zürich']
    ];
    const result = buildClassReport(assignment, key, [
      withAssignment(submissionOf('Ida', orderPartly))
    ]);
    if (!result.ok) throw new Error(result.problem);
    const [row] = result.report.students;
    expect([row?.correct, row?.points]).toEqual([6, 6 + 1 / 3 + 1 / 3]);
    const cells = classReportCsv(result.report).split('\r\n')[1]?.split(',');
    expect(cells?.slice(1, 3)).toEqual(['6', '6.67']);
    const orderAt = 11 + 5 * 2;
    expect(cells?.slice(orderAt, orderAt + 4)).toEqual([
      '0.33',
      'Dann → Zuerst → Am Ende',
      '0.33',
      'Cem = Mainz; Anna = Aachen; Bert = Zürich'
    ]);
  });
});

describe('buildClassReport: who is who', () => {
  const later = (s: Submission, minutes: number, attempt = s.attempt): Submission => ({
    ...s,
    attempt,
    startedAtMs: s.startedAtMs + minutes * 60_000,
    finishedAtMs: s.finishedAtMs + minutes * 60_000,
    answers: s.answers.map((a) => ({ ...a, answeredAtMs: a.answeredAtMs + minutes * 60_000 }))
  });
  const onDevice = (deviceId: string, s: Submission) => withAssignment({ ...s, deviceId });
  const report = (submissions: Submission[], view: Parameters<typeof buildClassReport>[4] = {}) => {
    const built = buildClassReport(assignment, key, submissions, {}, view);
    if (!built.ok) throw new Error(built.problem);
    return built.report;
  };

  it('keeps two students of the same name on two devices apart: two rows, marked as such', () => {
    const rows = report([
      onDevice('device-max-one', submissionOf('Max', allRight)),
      onDevice('device-max-two', submissionOf('max ', ['Ottawa']))
    ]).students;
    expect(rows.map((r) => [r.studentId, r.correct, r.sameName, r.namesakeNumber])).toEqual([
      ['device:device-max-one', 8, true, 1],
      ['device:device-max-two', 0, true, 2]
    ]);
  });

  it('groups one device’s attempts, whatever name each carries, and counts first, best or last', () => {
    const first = onDevice('device-lena-1', submissionOf('Lena', ['Ottawa']));
    const best = onDevice('device-lena-1', later(submissionOf('Lena', allRight), 10, 2));
    const last = onDevice('device-lena-1', later(submissionOf('Lena K.', ['Peking']), 20, 3));
    const submissions = [last, first, best];
    const counted = (counting: 'first' | 'best' | 'last') => {
      const [row] = report(submissions, { counting }).students;
      return [row?.attempts, row?.countedIndex, row?.correct, row?.name];
    };
    expect(counted('first')).toEqual([3, 0, 0, 'Lena']);
    expect(counted('best')).toEqual([3, 1, 8, 'Lena']);
    expect(counted('last')).toEqual([3, 2, 1, 'Lena K.']);
    const [row] = report(submissions).students;
    expect(row?.attemptList.map((a) => a.submission.attempt)).toEqual([1, 2, 3]);
    expect(row?.overAttemptLimit).toBe(true);
  });

  it('shows the name the teacher gave, in the table and the CSV', () => {
    const built = report([onDevice('device-xyz-123', submissionOf('xX_gamer_Xx', ['Peking']))], {
      names: { 'device:device-xyz-123': 'Jonas' }
    });
    expect(built.students[0]?.name).toBe('Jonas');
    expect(classReportCsv(built)).toContain('\r\nJonas,');
  });

  it('still groups codes of older apps (no device id) by name', () => {
    const rows = report([
      withAssignment(submissionOf('Mia', ['Ottawa'])),
      withAssignment(later(submissionOf(' mia', allRight), 5, 2))
    ]).students;
    expect(rows.map((r) => [r.studentId, r.attempts, r.correct])).toEqual([['name:mia', 2, 8]]);
  });
});
