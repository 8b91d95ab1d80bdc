/** Shared by the assignment and export tests: sets and submissions with known content. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseQuizSet, type QuizSet } from '../quizset/schema';
import { createAssignment, type AssignmentOptions } from './create';
import type { Submission } from './result-code';
import type { Assignment } from './schema';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));

export function bundledSet(): QuizSet {
  const parsed = parseQuizSet(
    JSON.parse(readFileSync(`${repo}questions/hikvision-kanada.de.json`, 'utf8'))
  );
  if (!parsed.ok) throw new Error(parsed.issues.join('; '));
  return parsed.set;
}

/**
 * One question of every type whose secrets (answers, alternatives, corrections, explanations)
 * are marked `GEHEIM…` and appear nowhere a student may see them: not in prompts, not in the
 * article. An order's answer and a match's pairs are deliberately not in code-point order.
 */
export function secretSet(): QuizSet {
  const parsed = parseQuizSet({
    format: 'quizset/1',
    id: 'own-secret',
    title: 'Geheimnisse',
    language: 'de',
    sentences: ['Ein Satz über nichts.', 'Noch ein Satz.', 'Ein dritter Satz.'],
    questions: [
      {
        id: 'q-mc',
        type: 'multiple-choice',
        prompt: 'Welche Stadt?',
        answer: 'Peking',
        choices: ['Peking', 'Hangzhou', 'Ottawa', 'Bern'],
        explanation: 'GEHEIM-MC-EXPLANATION',
        evidence: [0],
        factId: 'f-GEHEIM-FACT'
      },
      {
        id: 'q-tf',
        type: 'true-false',
        prompt: 'Der Himmel ist grün.',
        answer: false,
        correction: 'GEHEIM-TF-CORRECTION',
        explanation: 'GEHEIM-TF-EXPLANATION',
        evidence: [1]
      },
      {
        id: 'q-cloze-bank',
        type: 'cloze',
        prompt: 'Die Hauptstadt ist ____.',
        answer: 'Wien',
        wordBank: ['Wien', 'Graz', 'Linz'],
        accept: ['GEHEIM-CLOZE-ACCEPT'],
        evidence: [0]
      },
      {
        id: 'q-cloze-typed',
        type: 'cloze',
        prompt: 'Er kam am ____ an.',
        answer: 'GEHEIM-CLOZE-ANSWER',
        evidence: [1]
      },
      {
        id: 'q-short',
        type: 'short-answer',
        prompt: 'Wann war es?',
        answer: 'GEHEIM-SHORT-ANSWER',
        accept: ['GEHEIM-SHORT-ACCEPT'],
        evidence: [2]
      },
      {
        id: 'q-order',
        type: 'order',
        prompt: 'Bringe in die Reihenfolge.',
        answer: ['Zuerst', 'Dann', 'Am Ende'],
        evidence: [0, 1, 2]
      },
      {
        id: 'q-match',
        type: 'match',
        prompt: 'Ordne zu.',
        answer: [
          ['Anna', 'Zürich'],
          ['Bert', 'Aachen'],
          ['Cem', 'Mainz']
        ],
        evidence: [0]
      },
      {
        id: 'q-card',
        type: 'flashcard',
        prompt: 'Vorderseite',
        answer: 'GEHEIM-FLASHCARD-BACK',
        card: 'fact',
        evidence: [2]
      }
    ]
  });
  if (!parsed.ok) throw new Error(parsed.issues.join('; '));
  return parsed.set;
}

export const BASE_OPTIONS = {
  id: 'a-test',
  bundled: false,
  questions: { random: 1 },
  answerKey: 'included',
  feedback: 'immediate',
  shuffleQuestions: true,
  shuffleChoices: true,
  attemptsAllowed: 1
} satisfies AssignmentOptions;

/** `createAssignment` that fails the test on any problem. */
export function assignmentOf(
  set: QuizSet,
  options: Partial<AssignmentOptions>,
  random: () => number = seededRandom(1)
): Assignment {
  const result = createAssignment(set, { ...BASE_OPTIONS, ...options }, random);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value;
}

/** A small deterministic generator (mulberry32) standing in for `Math.random`. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const T0 = Date.UTC(2026, 2, 2, 8, 0, 0);

/** A submission answering `q1`, `q2`, … one every 30 seconds. */
export function submissionOf(
  student: string,
  responses: Submission['answers'][number]['response'][]
): Submission {
  return {
    assignmentId: 'a-test',
    student,
    attempt: 1,
    startedAtMs: T0,
    finishedAtMs: T0 + responses.length * 30_000,
    answers: responses.map((response, i) => ({
      questionId: `q${i + 1}`,
      response,
      answeredAtMs: T0 + (i + 1) * 30_000
    }))
  };
}
