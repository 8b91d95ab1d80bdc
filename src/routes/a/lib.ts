import type { Assignment, HandIn, Submission } from '$lib/core/assign';
import type { MessageKey } from '$lib/i18n/index.svelte';
import { readingParagraphs } from '$lib/core/text/reading';
import type { StudentAttempt, StudentAssignmentRecord } from '$lib/db';

/** What the student can do with an assignment on this device. */
export type StudentPlan =
  /** An attempt was left unfinished (a reload, a closed tab): go on with it. */
  | { kind: 'resume'; attempt: StudentAttempt }
  /** A new attempt, number `number`; `last` is the previous finished one, if any. */
  | { kind: 'start'; number: number; last?: StudentAttempt }
  /** Every allowed attempt is used: only the last result code remains. */
  | { kind: 'used-up'; last: StudentAttempt };

/**
 * Attempts are counted on this device only (a student with two phones gets twice as many; the
 * teacher's table shows every attempt that reached them).
 */
export function studentPlan(
  assignment: Pick<Assignment, 'attemptsAllowed'>,
  record: StudentAssignmentRecord | undefined
): StudentPlan {
  const attempts = [...(record?.attempts ?? [])].sort((a, b) => a.number - b.number);
  const open = attempts.find((a) => a.finishedAtMs === undefined);
  if (open) return { kind: 'resume', attempt: open };
  const last = attempts.at(-1);
  if (last && attempts.length >= assignment.attemptsAllowed) return { kind: 'used-up', last };
  return { kind: 'start', number: (last?.number ?? 0) + 1, ...(last ? { last } : {}) };
}

/** When a timed attempt ends, or `undefined` without a time limit. */
export function deadlineOf(
  assignment: Pick<Assignment, 'timeLimitMinutes'>,
  startedAtMs: number
): number | undefined {
  return assignment.timeLimitMinutes === undefined
    ? undefined
    : startedAtMs + assignment.timeLimitMinutes * 60_000;
}

/** A countdown as `m:ss` (or `h:mm:ss`), never below zero. */
export function countdownText(msLeft: number): string {
  const total = Math.max(0, Math.ceil(msLeft / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

/**
 * The submission a finished attempt sends: every answer given up to `finishedAtMs` (an answer
 * stored after a time limit ran out does not count), in the order given.
 */
export function submissionOf(
  assignmentId: string,
  attempt: StudentAttempt,
  finishedAtMs: number
): Submission {
  return {
    assignmentId,
    ...(attempt.deviceId === undefined ? {} : { deviceId: attempt.deviceId }),
    student: attempt.student,
    attempt: attempt.number,
    startedAtMs: attempt.startedAtMs,
    finishedAtMs,
    answers: attempt.answers
      .filter((a) => a.answeredAtMs >= attempt.startedAtMs && a.answeredAtMs <= finishedAtMs)
      .sort((a, b) => a.answeredAtMs - b.answeredAtMs)
  };
}

/**
 * The article's paragraphs for reading. The set holds sentences only; a bundled article's text
 * (when the app has it) restores its paragraphs, but only if it cuts into exactly the set's
 * sentences, since evidence is highlighted by sentence. Otherwise each sentence stands alone.
 *
 * @example articleParagraphs(['A.', 'B.'], 'A. B.', 'de') // → [['A.', 'B.']]
 */
export function articleParagraphs(
  sentences: readonly string[],
  text: string | undefined,
  language: 'de' | 'en'
): string[][] {
  const alone = sentences.filter((s) => s.trim() !== '').map((s) => [s]);
  if (text === undefined) return alone;
  const paragraphs = readingParagraphs(text, language);
  const flat = paragraphs.flat();
  const same = flat.length === sentences.length && flat.every((s, i) => s === sentences[i]);
  return same ? paragraphs : alone;
}

/** The sentences that prove a question's answer, for highlighting. */
export function evidenceSentences(question: object, sentences: readonly string[]): Set<string> {
  const evidence =
    'evidence' in question && Array.isArray(question.evidence) ? question.evidence : [];
  return new Set(
    (evidence as number[]).flatMap((index) => (sentences[index] ? [sentences[index]] : []))
  );
}

/**
 * The device's id for an assignment: the one its earlier attempts carry, or a new random one
 * (so the teacher groups this device's attempts, and tells two students of one name apart).
 *
 * @example deviceIdFor(record, Math.random) // → 'dk3j9x0a2mq81zt'
 */
export function deviceIdFor(
  record: StudentAssignmentRecord | undefined,
  random: () => number
): string {
  const known = record?.attempts.find((a) => a.deviceId !== undefined)?.deviceId;
  if (known) return known;
  let id = 'd';
  for (let i = 0; i < 15; i++) id += DEVICE_ID_ALPHABET[Math.floor(random() * 36) % 36];
  return id;
}

const DEVICE_ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * The fragment of a scanned assignment or release link (`1.…`, `r1.…`), or undefined for any
 * other text. Only the fragment is kept: the student's own copy of the app opens it, whichever
 * address the teacher's copy had.
 *
 * @example scannedLinkFragment('https://lesequiz.example/a#1.fZBN…') // → '1.fZBN…'
 */
export function scannedLinkFragment(text: string): string | undefined {
  const match = /^\s*https?:\/\/[^\s#]*\/a\/?#((?:r?\d{1,6})\.[A-Za-z0-9_-]+)\s*$/u.exec(text);
  return match?.[1];
}

/** One way of handing a result code over, as the result screen shows it. */
export type HandInStep = 'qr' | 'copy' | 'file';

/**
 * What the result screen says first and in which order it offers the ways to hand the code
 * over: the teacher's choice first (`handIn`), the others below as a fallback. The QR code only
 * where the code fits one; "share" is named only where the browser has a share sheet.
 *
 * @example handInPlan('file', { fitsQr: true, canShare: false })
 * // → { hint: 'assign.student.handIn.file', order: ['file', 'copy', 'qr'] }
 */
export function handInPlan(
  handIn: HandIn | undefined,
  { fitsQr, canShare }: { fitsQr: boolean; canShare: boolean }
): { hint: MessageKey; order: HandInStep[] } {
  const plan = ((): { hint: MessageKey; order: HandInStep[] } => {
    switch (handIn) {
      case 'scan':
        return fitsQr
          ? { hint: 'assign.student.handIn.scan', order: ['qr', 'copy', 'file'] }
          : {
              hint: canShare
                ? 'assign.student.handIn.scanTooLongShare'
                : 'assign.student.handIn.scanTooLong',
              order: ['copy', 'file']
            };
      case 'message':
        return {
          hint: canShare
            ? 'assign.student.handIn.messageShare'
            : 'assign.student.handIn.messageCopy',
          order: ['copy', 'qr', 'file']
        };
      case 'file':
        return { hint: 'assign.student.handIn.file', order: ['file', 'copy', 'qr'] };
      default:
        return {
          hint: canShare ? 'assign.student.handIn.anyShare' : 'assign.student.handIn.any',
          order: ['copy', 'file', 'qr']
        };
    }
  })();
  return { hint: plan.hint, order: plan.order.filter((step) => step !== 'qr' || fitsQr) };
}
