import { describe, expect, it } from 'vitest';
import { decodeResultCode, encodeResultCode } from '$lib/core/assign';
import type { StudentAttempt } from '$lib/db';
import {
  handInPlan,
  scannedLinkFragment,
  articleParagraphs,
  countdownText,
  deadlineOf,
  deviceIdFor,
  evidenceSentences,
  studentPlan,
  submissionOf
} from './lib';

const T0 = Date.UTC(2026, 2, 2, 8, 0, 0);
const attempt = (number: number, finishedAtMs?: number): StudentAttempt => ({
  number,
  seed: `seed-${number}`,
  student: 'Mia',
  startedAtMs: T0,
  ...(finishedAtMs === undefined ? {} : { finishedAtMs }),
  answers: []
});

describe('studentPlan', () => {
  it('starts the first attempt, resumes an open one, stops when all are used', () => {
    expect(studentPlan({ attemptsAllowed: 1 }, undefined)).toEqual({ kind: 'start', number: 1 });
    expect(
      studentPlan({ attemptsAllowed: 1 }, { assignmentId: 'a', attempts: [attempt(1)] })
    ).toEqual({ kind: 'resume', attempt: attempt(1) });
    const done = { assignmentId: 'a', attempts: [attempt(1, T0 + 5)] };
    expect(studentPlan({ attemptsAllowed: 1 }, done)).toEqual({
      kind: 'used-up',
      last: attempt(1, T0 + 5)
    });
    expect(studentPlan({ attemptsAllowed: 2 }, done)).toEqual({
      kind: 'start',
      number: 2,
      last: attempt(1, T0 + 5)
    });
  });
});

describe('time limit', () => {
  it('ends a timed attempt after its minutes and counts down without going negative', () => {
    expect(deadlineOf({ timeLimitMinutes: 20 }, T0)).toBe(T0 + 20 * 60_000);
    expect(deadlineOf({}, T0)).toBeUndefined();
    expect(countdownText(20 * 60_000)).toBe('20:00');
    expect(countdownText(61_500)).toBe('1:02');
    expect(countdownText(-5)).toBe('0:00');
    expect(countdownText(2 * 3600_000 + 5_000)).toBe('2:00:05');
  });
});

describe('submissionOf', () => {
  it('sends the answers given before the end, in order, as a valid result code', () => {
    const given: StudentAttempt = {
      ...attempt(1),
      answers: [
        { questionId: 'q2', response: true, answeredAtMs: T0 + 2_000 },
        { questionId: 'q1', response: 'Peking', answeredAtMs: T0 + 1_000 },
        { questionId: 'q3', response: 'zu spät', answeredAtMs: T0 + 9_000 }
      ]
    };
    const submission = submissionOf('a-test', given, T0 + 5_000);
    expect(submission.answers.map((a) => a.questionId)).toEqual(['q1', 'q2']);
    const code = encodeResultCode(submission);
    if (!code.ok) throw new Error(code.problem);
    expect(decodeResultCode(code.code, { expectedAssignmentId: 'a-test' })).toEqual({
      ok: true,
      value: submission
    });
  });
});

describe('articleParagraphs', () => {
  const sentences = ['Erster Satz.', 'Zweiter Satz.', 'Dritter Satz.'];

  it('restores the paragraphs of the article text when it cuts into the same sentences', () => {
    expect(
      articleParagraphs(sentences, 'Erster Satz. Zweiter Satz.\n\nDritter Satz.', 'de')
    ).toEqual([['Erster Satz.', 'Zweiter Satz.'], ['Dritter Satz.']]);
  });

  it('shows each sentence alone without a text, or when the text is another version', () => {
    const alone = [['Erster Satz.'], ['Zweiter Satz.'], ['Dritter Satz.']];
    expect(articleParagraphs(sentences, undefined, 'de')).toEqual(alone);
    expect(articleParagraphs(sentences, 'Erster Satz. Ein anderer Satz.', 'de')).toEqual(alone);
  });
});

describe('evidenceSentences', () => {
  it('finds the sentences a question points at and ignores indices out of range', () => {
    expect(evidenceSentences({ evidence: [1, 7] }, ['A.', 'B.'])).toEqual(new Set(['B.']));
    expect(evidenceSentences({}, ['A.'])).toEqual(new Set());
  });
});

describe('deviceIdFor', () => {
  it('keeps the id of earlier attempts, or draws a new one', () => {
    const first = deviceIdFor(undefined, () => 0.5);
    expect(first).toMatch(/^d[0-9a-z]{15}$/);
    const record = { assignmentId: 'a', attempts: [{ ...attempt(1, T0), deviceId: first }] };
    expect(deviceIdFor(record, () => 0.1)).toBe(first);
    // An attempt of an older app without an id: a new id from now on.
    expect(deviceIdFor({ assignmentId: 'a', attempts: [attempt(1, T0)] }, () => 0.99)).toBe(
      'dzzzzzzzzzzzzzzz'
    );
  });

  it('makes the submission carry it', () => {
    const withDevice = { ...attempt(1, T0 + 1000), deviceId: 'dabcdefghijklmno' };
    expect(submissionOf('a-test', withDevice, T0 + 1000).deviceId).toBe('dabcdefghijklmno');
  });
});

describe('handInPlan', () => {
  it('puts the teacher’s way first and the others below', () => {
    expect(handInPlan('scan', { fitsQr: true, canShare: true })).toEqual({
      hint: 'assign.student.handIn.scan',
      order: ['qr', 'copy', 'file']
    });
    expect(handInPlan('file', { fitsQr: true, canShare: false })).toEqual({
      hint: 'assign.student.handIn.file',
      order: ['file', 'copy', 'qr']
    });
    expect(handInPlan('message', { fitsQr: true, canShare: false }).order[0]).toBe('copy');
  });

  it('names sharing only where the browser can share', () => {
    expect(handInPlan('message', { fitsQr: true, canShare: true }).hint).toBe(
      'assign.student.handIn.messageShare'
    );
    expect(handInPlan('message', { fitsQr: true, canShare: false }).hint).toBe(
      'assign.student.handIn.messageCopy'
    );
    expect(handInPlan(undefined, { fitsQr: true, canShare: false }).hint).toBe(
      'assign.student.handIn.any'
    );
  });

  it('offers no QR code for a code too long for one, and says so when scanning was asked', () => {
    const plan = handInPlan('scan', { fitsQr: false, canShare: false });
    expect(plan).toEqual({ hint: 'assign.student.handIn.scanTooLong', order: ['copy', 'file'] });
    expect(handInPlan('file', { fitsQr: false, canShare: true }).order).toEqual(['file', 'copy']);
  });
});

describe('scannedLinkFragment', () => {
  it('keeps the fragment of an assignment or release link from any copy of the app', () => {
    expect(scannedLinkFragment('https://lesequiz.example/a#1.fZBN-_x')).toBe('1.fZBN-_x');
    expect(scannedLinkFragment('http://192.168.0.5:4173/app/a#r1.abc')).toBe('r1.abc');
  });

  it('refuses anything else', () => {
    for (const text of [
      'LQ1-abc',
      'https://example.com/#1.abc',
      'https://x.example/a#1.a b',
      '1.abc'
    ])
      expect(scannedLinkFragment(text)).toBeUndefined();
  });
});
