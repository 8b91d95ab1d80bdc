/** The export CLI: every format from the bundled set, and one clear line for every bad input. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');
const run = (...args: string[]) =>
  spawnSync(tsx, ['scripts/export.ts', ...args], { cwd: root, encoding: 'utf8' });
const tmp = mkdtempSync(join(tmpdir(), 'lesequiz-export-'));
const SET = 'questions/hikvision-kanada.de.json';
const questions = (
  JSON.parse(readFileSync(join(root, SET), 'utf8')) as { questions: { type: string }[] }
).questions;
const questionCount = questions.length;
// Quiz formats (GIFT, Moodle XML) leave flashcards out; they are a vocabulary list, not questions.
const quizCount = questions.filter((q) => q.type !== 'flashcard').length;

describe('export CLI', { timeout: 30_000 }, () => {
  it('prints GIFT and writes the other formats to --out', () => {
    const gift = run(SET, '--format', 'gift');
    expect(gift.status).toBe(0);
    expect(gift.stderr).toBe('');
    expect(parse(gift.stdout)).toHaveLength(quizCount + 1);

    const out = join(tmp, 'set.xml');
    expect(run(SET, '--format', 'moodle-xml', '--out', out).status).toBe(0);
    expect(readFileSync(out, 'utf8').match(/<question type="(?!category)/gu)).toHaveLength(
      quizCount
    );

    const tsv = run(SET, '--format', 'tsv');
    // Anki's three header lines, then one card per question.
    expect(tsv.stdout.trimEnd().split('\n')).toHaveLength(questionCount + 3);
    const quizlet = run(SET, '--format', 'quizlet');
    expect(quizlet.stdout.trimEnd().split('\n')).toHaveLength(questionCount);
    const csv = run(SET, '--format', 'csv', '--semicolon');
    expect(csv.stdout.startsWith('\uFEFFid;type;prompt;')).toBe(true);
  });

  it('exits with 1 and one clear line for a missing file, bad JSON, an invalid set or format', () => {
    const badJson = join(tmp, 'bad.json');
    const invalid = join(tmp, 'invalid.json');
    writeFileSync(badJson, '{ "format": ');
    writeFileSync(invalid, JSON.stringify({ format: 'quizset/1', id: 'x', questions: [] }));
    for (const [args, message] of [
      [[join(tmp, 'missing.json'), '--format', 'gift'], /cannot read \(ENOENT\)/u],
      [[badJson, '--format', 'gift'], /not JSON/u],
      [[invalid, '--format', 'gift'], /not a valid question set: title/u],
      [[SET, '--format', 'docx'], /unknown format docx/u],
      [[SET], /--format is missing/u],
      [[SET, '--format', 'gift', '--bogus'], /unknown option --bogus/u]
    ] as const) {
      const result = run(...args);
      expect(result.status).toBe(1);
      expect(result.stderr.split('\n')[0]).toMatch(message);
      expect(result.stdout).toBe('');
    }
  });
});
