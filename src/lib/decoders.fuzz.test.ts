// Fuzz suite for every decoder and importer: hostile input is either refused with a named
// problem, or accepted as something a page can render (it passes the same schema the pages
// rely on, and no list a page keys by value holds a value twice). Bounded runs, so it stays
// fast in `npm test`; a failure prints the counterexample to turn into a regression test.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerKeyFor,
  attemptQuestions,
  decodeAssignmentLink,
  decodeReleaseLink,
  decodeResultCode,
  releaseOf,
  encodeAssignmentLink,
  encodeResultCode,
  parseAssignment,
  parseAssignmentFile,
  type Assignment
} from '$lib/core/assign';
import { packJson, unpackJson } from '$lib/core/assign/envelope';
import { assignmentFileText, LINK_VERSION, LINK_VERSION_EDITS } from '$lib/core/assign/link';
import { applyCuration, deleteQuestion, editQuestion, emptyCuration } from '$lib/core/curation';
import { isQuizQuestion } from '$lib/core/quiz';
import { SubmissionSchema } from '$lib/core/assign/submission';
import { assignmentOf, bundledSet, submissionOf } from '$lib/core/assign/test-fixtures';
import { MAX_TIME_MS } from '$lib/core/limits/limits';
import { parseQuizSet, type Question, type QuizSet } from '$lib/core/quizset/schema';
import { decodeArticleBytes } from '$lib/core/text/article-input';
import { exportBackup, importBackup } from '$lib/db/backup';
import { freshDb } from '$lib/db/test-helpers';
import * as v from 'valibot';

const RUNS = 150;

/** Every list a page renders with a keyed `{#each}` holds distinct values. */
function expectRenderableQuestion(question: Question) {
  const distinct = (values: readonly string[]) =>
    expect(new Set(values).size, `${question.id}: ${JSON.stringify(values)}`).toBe(values.length);
  if (question.type === 'multiple-choice') distinct(question.choices);
  if (question.type === 'order') distinct(question.answer);
  if (question.type === 'match') {
    distinct(question.answer.map(([left]) => left));
    distinct(question.answer.map(([, right]) => right));
  }
  if (question.type === 'cloze' && question.wordBank) distinct(question.wordBank);
}

function expectRenderableSet(set: QuizSet) {
  expect(parseQuizSet(set).ok).toBe(true);
  for (const question of set.questions) expectRenderableQuestion(question);
}

/** An assignment's questions as its page renders them (own sets carry them in the link). */
function expectRenderableAssignment(assignment: Assignment) {
  expect(parseAssignment(assignment).ok).toBe(true);
  expectValidTime(assignment.dueAtMs);
  const { content } = assignment;
  if (content.kind === 'own') for (const q of content.set.questions) expectRenderableQuestion(q);
  if (content.kind === 'own-withheld')
    for (const q of content.set.questions) {
      const lists: readonly string[][] = [
        'choices' in q ? q.choices : [],
        'wordBank' in q ? (q.wordBank ?? []) : [],
        'items' in q ? q.items : [],
        'left' in q ? q.left : [],
        'right' in q ? q.right : []
      ];
      for (const list of lists) expect(new Set(list).size).toBe(list.length);
    }
}

function expectValidTime(ms: number | undefined | null) {
  if (ms === undefined || ms === null) return;
  expect(Number.isInteger(ms) && ms >= 0 && ms <= MAX_TIME_MS, String(ms)).toBe(true);
  expect(() => new Date(ms).toISOString()).not.toThrow();
}

/** All paths into a JSON value, for mutations. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const paths = [prefix];
  if (Array.isArray(value))
    value.forEach((item, i) => paths.push(...pathsOf(item, [...prefix, i])));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  return paths;
}

type Mutation = { at: number; op: 'replace' | 'duplicate' | 'delete'; with: unknown };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('replace', 'duplicate', 'delete'),
  with: fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom(MAX_TIME_MS + 1, -1, 1e308, '', '____', 'a'.repeat(3000))
  )
});

/** A valid value changed at one place: replaced, an array item doubled, or a key removed. */
function mutate(value: unknown, change: Mutation): unknown {
  const copy = structuredClone(value);
  const paths = pathsOf(copy).filter((path) => path.length > 0);
  const path = paths[change.at % paths.length]!;
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as never)[key], copy) as
    Record<string | number, unknown> | unknown[];
  const key = path[path.length - 1]!;
  if (change.op === 'replace') (parent as Record<string | number, unknown>)[key] = change.with;
  else if (change.op === 'duplicate' && Array.isArray(parent))
    parent.splice(Number(key), 0, structuredClone(parent[Number(key)]));
  else if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete (parent as Record<string, unknown>)[key];
  return copy;
}

describe('fuzz: question sets', { timeout: 60_000 }, () => {
  const valid = bundledSet();
  it('a mutated set is refused with issues, or renderable', () => {
    fc.assert(
      fc.property(mutation, (change) => {
        const result = parseQuizSet(mutate(valid, change));
        if (result.ok) expectRenderableSet(result.set);
        else expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS }
    );
  });
});

describe('fuzz: assignment links and files', { timeout: 60_000 }, () => {
  // An own set with its key travels whole in the link: the most to garble.
  const assignment = assignmentOf(bundledSet(), { bundled: false, questions: { random: 4 } });
  const encoded = encodeAssignmentLink('https://lesequiz.example', assignment);
  if (!encoded.ok) throw new Error('fixture link');
  const link = { value: encoded.link };
  const problems = ['malformed', 'unsupported-version', 'checksum', 'too-large', 'invalid'];

  const text = fc.oneof(
    fc.string(),
    fc.tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 3 })).map(([at, insert]) => {
      const position = at % link.value.length;
      return link.value.slice(0, position) + insert + link.value.slice(position + 1);
    })
  );

  it('a garbled link is refused with a named problem, or renderable', () => {
    fc.assert(
      fc.property(text, (input) => {
        const result = decodeAssignmentLink(input);
        if (result.ok) expectRenderableAssignment(result.value);
        else expect(problems).toContain(result.problem);
      }),
      { numRuns: RUNS }
    );
  });

  it('a link whose content was changed (checksum intact) is refused, or renderable', () => {
    fc.assert(
      fc.property(mutation, (change) => {
        const result = decodeAssignmentLink(
          `#${LINK_VERSION}.${packJson(mutate(assignment, change))}`
        );
        if (result.ok) expectRenderableAssignment(result.value);
        else expect(problems).toContain(result.problem);
      }),
      { numRuns: RUNS }
    );
  });

  it('a mutated .quiz.json is refused with a named problem, or renderable', () => {
    const file = JSON.parse(assignmentFileText(assignment)) as unknown;
    fc.assert(
      fc.property(mutation, (change) => {
        const result = parseAssignmentFile(JSON.stringify(mutate(file, change)));
        if (result.ok) expectRenderableAssignment(result.value);
        else expect(problems).toContain(result.problem);
      }),
      { numRuns: RUNS }
    );
  });
});

describe('fuzz: edits to a bundled set in a link', { timeout: 60_000 }, () => {
  // The teacher deleted one question and edited two: the link carries those two and the ids.
  const shipped = bundledSet();
  const quiz = shipped.questions.filter(isQuizQuestion);
  let curation = deleteQuestion(emptyCuration(shipped.id), quiz[0]!.id);
  for (const q of quiz.slice(1, 3))
    curation = editQuestion(curation, shipped, { ...q, prompt: `${q.prompt} (neu)` });
  const set = applyCuration(shipped, curation).set;
  const assignment = assignmentOf(set, {
    bundled: true,
    shipped,
    questions: { ids: set.questions.filter(isQuizQuestion).map((q) => q.id) }
  });
  if (assignment.content.kind !== 'bundled-edits') throw new Error('fixture: edits expected');
  const problems = ['malformed', 'unsupported-version', 'checksum', 'too-large', 'invalid'];

  it('changed edits (checksum intact) are refused, or give questions a page can render', () => {
    fc.assert(
      fc.property(mutation, (change) => {
        const result = decodeAssignmentLink(
          `#${LINK_VERSION_EDITS}.${packJson(mutate(assignment, change))}`
        );
        if (!result.ok) {
          expect(problems).toContain(result.problem);
          return;
        }
        expectRenderableAssignment(result.value);
        // On the student's device: this app's copy, the edits applied, or a named refusal.
        const asked = attemptQuestions(result.value, shipped);
        if (!asked.ok) {
          expect(['missing-questions', 'other-version', 'invalid']).toContain(asked.problem);
          return;
        }
        expect(asked.value.questions.length).toBeGreaterThan(0);
        for (const q of asked.value.questions)
          if ('evidence' in q) {
            expectRenderableQuestion(q);
            expect(q.evidence.every((i) => i < shipped.sentences.length)).toBe(true);
          }
      }),
      { numRuns: RUNS }
    );
  });
});

describe('fuzz: release links', { timeout: 60_000 }, () => {
  const set = bundledSet();
  const assignment = assignmentOf(set, { bundled: false, questions: { random: 4 } });
  const key = answerKeyFor(assignment, set);
  if (!key.ok) throw new Error(key.problem);
  const release = releaseOf(assignment.id, assignment.title, set.id, set.language, key.key);
  const problems = ['malformed', 'unsupported-version', 'checksum', 'too-large', 'invalid'];

  it('a release whose content was changed (checksum intact) is refused, or renderable', () => {
    fc.assert(
      fc.property(mutation, (change) => {
        const result = decodeReleaseLink(`#r1.${packJson(mutate(release, change))}`);
        if (result.ok) for (const question of result.value.key) expectRenderableQuestion(question);
        else expect(problems).toContain(result.problem);
      }),
      { numRuns: RUNS }
    );
  });

  it('garbage is refused with a named problem', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const result = decodeReleaseLink(`r1.${input}`);
        if (!result.ok) expect(problems).toContain(result.problem);
      }),
      { numRuns: RUNS }
    );
  });
});

describe('fuzz: result codes', { timeout: 60_000 }, () => {
  const encodedCode = encodeResultCode(submissionOf('Mia', ['Kanada', true]));
  if (!encodedCode.ok) throw new Error('fixture code');
  const code = { value: encodedCode.code };
  const dash = code.value.indexOf('-');
  const prefix = code.value.slice(0, dash);
  const payload = code.value.slice(dash + 1);
  const wire = unpackJson(payload);
  if (!wire.ok) throw new Error('fixture wire');
  const input = fc.oneof(
    fc.string(),
    fc.tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 2 })).map(([at, insert]) => {
      const position = at % code.value.length;
      return code.value.slice(0, position) + insert + code.value.slice(position + 1);
    })
  );
  const changed = mutation.map((change) => `${prefix}-${packJson(mutate(wire.value, change))}`);
  it('a garbled or changed code is refused with a named problem, or a valid submission', () => {
    fc.assert(
      fc.property(fc.oneof(input, changed), (text) => {
        const result = decodeResultCode(text);
        if (result.ok) {
          expect(v.safeParse(SubmissionSchema, result.value).success).toBe(true);
          expectValidTime(result.value.startedAtMs);
          expectValidTime(result.value.finishedAtMs);
          for (const answer of result.value.answers) expectValidTime(answer.answeredAtMs);
        } else expect(typeof result.problem).toBe('string');
      }),
      { numRuns: RUNS }
    );
  });
});

describe('fuzz: article bytes', { timeout: 60_000 }, () => {
  it('bytes are refused with a named problem, or text without control characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const result = decodeArticleBytes(bytes);
        // eslint-disable-next-line no-control-regex -- the control characters are what is checked
        if (result.ok) expect(result.text).not.toMatch(/[\u0000-\u0008\u000B\u000E-\u001F]/);
        else
          expect(['empty', 'too-large', 'too-long', 'binary', 'too-short']).toContain(
            result.problem
          );
      }),
      { numRuns: RUNS }
    );
  });
});

describe('fuzz: backups', { timeout: 60_000 }, () => {
  it('a mutated backup is refused with a reason, or imported and exported whole', async () => {
    const source = await freshDb();
    const { saveOwnSet } = await import('$lib/db/sets');
    await saveOwnSet(source, bundledSet(), 1_700_000_000_000);
    const backup = await exportBackup(source, 1_700_000_000_000);
    source.close();
    await fc.assert(
      fc.asyncProperty(mutation, async (change) => {
        const db = await freshDb();
        try {
          const result = await importBackup(db, JSON.stringify(mutate(backup, change)));
          if (result.ok) {
            const stored = await exportBackup(db, 0);
            for (const set of stored.sets) expectRenderableSet(set.quizSet);
          } else {
            expect(['not-json', 'wrong-format', 'invalid']).toContain(result.reason);
            expect(result.issues.length).toBeGreaterThan(0);
          }
        } finally {
          db.close();
        }
      }),
      { numRuns: 60 }
    );
  });
});
