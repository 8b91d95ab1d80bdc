/**
 * Times the result collector (`collectResultCodes`) on chat exports of growing length, in Node;
 * one JSON object per line: `{"name":…,"value":…,"unit":…}` (issue 13 point 11: a pasted chat
 * export of 16,000 lines took 7 s and grew quadratically).
 *
 * The chat: a class of 30 students, each code wrapped over lines of 40 characters as a
 * messenger shows it, the codes spread through the export with one-word and sentence lines
 * between them; and one code followed by thousands of chat lines (the case that was quadratic).
 * Each length is timed as the median of a few runs after a warm-up; the growth from 4,000 to
 * 32,000 lines is linear at about 8 or less (a fixed cost per code weighs more in short pastes).
 *
 * Usage: npm run bench:collect
 */
import { collectResultCodes } from '../src/lib/core/assign/collect';
import { answerKeyFor } from '../src/lib/core/assign/key';
import { encodeResultCode } from '../src/lib/core/assign/result-code';
import { assignmentOf, secretSet, submissionOf } from '../src/lib/core/assign/test-fixtures';

const STUDENTS = 30;
const LINES = [4_000, 8_000, 16_000, 32_000];
const RUNS = 15;

const set = secretSet();
const assignment = assignmentOf(set, {
  id: 'a-test',
  questions: { ids: ['q-mc', 'q-tf'] },
  answerKey: 'withheld',
  feedback: 'after-grading'
});
const keyResult = answerKeyFor(assignment, set);
if (!keyResult.ok) throw new Error(keyResult.problem);
const key = keyResult.key;

const CHATTER = ['ok', 'Danke!', 'Super', 'xD', 'Hier ist mein Code, Frau Berg:', 'Mia', '👍'];

/** A chat export of about `lines` lines with `students` codes spread through it. */
function chat(lines: number, students: number): string {
  const codeLines = Array.from({ length: students }, (_, student) => {
    const encoded = encodeResultCode(submissionOf(`Kind ${student + 1}`, ['Peking', false]));
    if (!encoded.ok) throw new Error(encoded.problem);
    const wrapped: string[] = [];
    for (let at = 0; at < encoded.code.length; at += 40)
      wrapped.push(encoded.code.slice(at, at + 40));
    return wrapped;
  });
  const between = Math.max(1, Math.floor(lines / students));
  const out: string[] = [];
  for (const code of codeLines) {
    out.push(...code);
    for (let i = 0; i < between - code.length; i++) out.push(CHATTER[i % CHATTER.length]!);
  }
  return out.join('\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function print(name: string, value: number, unit: string) {
  console.log(JSON.stringify({ name, value: Math.round(value * 100) / 100, unit }));
}

/**
 * Every length is run in turn, round after round, so a change of the machine's load during the
 * run touches all of them alike; the first round warms the code up and is not counted.
 */
function measure(kind: string, texts: Map<number, string>, students: number) {
  const samples = new Map<number, number[]>([...texts.keys()].map((lines) => [lines, []]));
  for (let round = 0; round <= RUNS; round++) {
    for (const [lines, text] of texts) {
      const started = performance.now();
      const result = collectResultCodes(text, assignment, key, []);
      const elapsed = performance.now() - started;
      if (!result.ok || result.accepted.length !== students)
        throw new Error(`bench:collect: ${lines} lines did not yield ${students} results`);
      if (round > 0) samples.get(lines)!.push(elapsed);
    }
  }
  const timings = new Map([...samples].map(([lines, runs]) => [lines, median(runs)]));
  for (const [lines, ms] of timings) {
    print(`collect-${kind}-${lines}-lines`, ms, 'ms');
    // The fastest run: the least disturbed by other jobs and by the garbage collector.
    print(`collect-${kind}-${lines}-lines-fastest`, Math.min(...samples.get(lines)!), 'ms');
  }
  const first = LINES[0]!;
  const last = LINES[LINES.length - 1]!;
  print(
    `collect-${kind}-growth-${first}-to-${last}-lines`,
    timings.get(last)! / timings.get(first)!,
    'x'
  );
}

// A class of 30 in one export, and the case: one code and thousands of chat lines.
measure('class', new Map(LINES.map((lines) => [lines, chat(lines, STUDENTS)])), STUDENTS);
measure('one-code', new Map(LINES.map((lines) => [lines, chat(lines, 1)])), 1);
