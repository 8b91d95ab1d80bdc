/** The generate CLI: output to stdout, files and folders, and clear refusals of bad input. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseQuizSet } from '../src/lib/core/quizset/schema';
import { decodeArticle, idFromFile, InputError, MAX_INPUT_BYTES } from './quizgen-io';

const root = fileURLToPath(new URL('../', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');
const run = (...args: string[]) =>
  spawnSync(tsx, ['scripts/generate.ts', ...args], { cwd: root, encoding: 'utf8' });
const tmp = mkdtempSync(join(tmpdir(), 'lesequiz-generate-'));

describe('decodeArticle', () => {
  it('reads UTF-8 and Windows-1252 like the app, and refuses empty, binary and over-long input', () => {
    const warnings: string[] = [];
    const warn = (message: string) => warnings.push(message);
    expect(decodeArticle(new TextEncoder().encode('Größe'), 'a', warn)).toBe('Größe');
    expect(warnings.join()).toMatch(/short text/u);
    expect(decodeArticle(new Uint8Array([0x47, 0x72, 0xf6, 0xdf, 0x65]), 'b', warn)).toBe('Größe');
    expect(() => decodeArticle(new TextEncoder().encode(' \n '))).toThrow(/empty/u);
    expect(() => decodeArticle(new Uint8Array([65, 0, 66]))).toThrow(/binary/u);
    expect(() => decodeArticle(new Uint8Array(MAX_INPUT_BYTES + 1).fill(65))).toThrow(InputError);
  });

  it('reads Windows-1252 typography through a real table, not as invisible control characters', () => {
    // „Größe“ – 5 € in Windows-1252: 0x84 and 0x93 are the quotes, 0x96 the dash, 0x80 the euro.
    const bytes = Uint8Array.from([
      0x84, 0x47, 0x72, 0xf6, 0xdf, 0x65, 0x93, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80
    ]);
    expect(decodeArticle(bytes, 'c', () => {})).toBe('„Größe“ – 5 €');
  });

  it('reads UTF-16 with a BOM', () => {
    const bytes = Uint8Array.from([
      0xff,
      0xfe,
      ...[...'Grüße'].flatMap((c) => [c.charCodeAt(0), 0])
    ]);
    expect(decodeArticle(bytes, 'd', () => {})).toBe('Grüße');
  });

  it('names the lines of a UTF-8 file that held bytes that are not UTF-8', () => {
    const warnings: string[] = [];
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('Schöne Grüße\nZeile zwei mit K'),
      0xf6,
      ...new TextEncoder().encode('ln und Ärger')
    ]);
    expect(decodeArticle(bytes, 'e.txt', (message) => warnings.push(message))).toBe(
      'Schöne Grüße\nZeile zwei mit K\ufffdln und Ärger'
    );
    expect(warnings[0]).toMatch(/^e\.txt: line 2 not valid utf-8/u);
  });

  it('derives set ids from file names', () => {
    expect(idFromFile('questions/hikvision-kanada.de.txt')).toBe('hikvision-kanada-de');
    expect(idFromFile('/tmp/ä b.txt')).toBe('b');
  });
});

describe('generate CLI', { timeout: 120_000 }, () => {
  it('prints a valid set for one file and writes one file per input with --out-dir', () => {
    const out = execFileSync(tsx, ['scripts/generate.ts', 'questions/hikvision-kanada.de.txt'], {
      cwd: root,
      encoding: 'utf8'
    });
    expect(parseQuizSet(JSON.parse(out)).ok).toBe(true);
    const a = join(tmp, 'a.txt');
    const b = join(tmp, 'b.txt');
    writeFileSync(
      a,
      'Die Stadt Wien hat am Montag eine Brücke eröffnet. Sie kostete 5 Millionen Euro.'
    );
    writeFileSync(b, 'The city of Vienna opened a bridge on Monday. It cost 5 million euros.');
    const result = run(a, b, '--out-dir', join(tmp, 'out'), '--title', 'Brücke');
    expect(result.status).toBe(0);
    const setA = JSON.parse(readFileSync(join(tmp, 'out/a.json'), 'utf8'));
    const setB = JSON.parse(readFileSync(join(tmp, 'out/b.json'), 'utf8'));
    expect([setA.title, setA.language, setB.language]).toEqual(['Brücke', 'de', 'en']);
  });

  it('exits non-zero with one clear line for empty, binary, missing or several files without --out-dir', () => {
    const empty = join(tmp, 'empty.txt');
    const binary = join(tmp, 'binary.txt');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    for (const [args, message] of [
      [[empty], /empty file/u],
      [[binary], /binary file/u],
      [[join(tmp, 'missing.txt')], /cannot read/u],
      [[empty, binary], /--out-dir/u],
      [['--lang', 'fr', empty], /--lang/u]
    ] as const) {
      const result = run(...args);
      expect(result.status).not.toBe(0);
      expect(result.stderr.trim().split('\n')[0]).toMatch(message);
      expect(result.stdout).toBe('');
    }
  });

  it('exits non-zero and writes nothing when an input yields no questions', () => {
    const nothing = join(tmp, 'nothing.txt');
    writeFileSync(nothing, 'Ja. Ja. Ja. Nein. Ja.');
    const result = run(nothing, '--out', join(tmp, 'nothing.json'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/nothing\.txt: no questions/u);
    expect(existsSync(join(tmp, 'nothing.json'))).toBe(false);
  });
});
