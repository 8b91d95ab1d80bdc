import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreDe } from './de';
import { coreEn } from './en';
import { formatMessage, placeholdersOf } from './format';

/** Every feature part, loaded the way the app loads them. */
const PART_FILES = import.meta.glob<Record<string, Record<string, string>>>('./parts/*.ts', {
  eager: true
});

type Catalogue = { name: string; de: Record<string, string>; en: Record<string, string> };

const catalogues: Catalogue[] = [
  { name: 'core', de: coreDe, en: coreEn },
  ...Object.entries(PART_FILES).map(([file, module]) => {
    const name = file.replace('./parts/', '').replace('.ts', '');
    return { name, de: module[`${name}De`] ?? {}, en: module[`${name}En`] ?? {} };
  })
];

describe('UI catalogues', () => {
  // Regression: an answer accepted as an alternative showed "Im Text steht:" twice, once in
  // its line and once over the evidence below it.
  it('no feedback line repeats the caption of the evidence shown under it', () => {
    const quiz = catalogues.find((catalogue) => catalogue.name === 'quiz')!;
    for (const language of [quiz.de, quiz.en]) {
      const caption = language['quiz.feedback.evidence']!.replace(/:$/, '');
      const lines = Object.entries(language).filter(
        ([key]) => key.startsWith('quiz.feedback.') && key !== 'quiz.feedback.evidence'
      );
      for (const [key, text] of lines) expect(text, key).not.toContain(caption);
    }
  });

  it.each(catalogues)(
    '$name: every German key has an English text with the same placeholders',
    ({ de, en }) => {
      expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
      for (const [key, german] of Object.entries(de)) {
        const english = en[key]!;
        expect(english.trim(), key).not.toBe('');
        expect(placeholdersOf(english), key).toEqual(placeholdersOf(german));
      }
    }
  );

  it('define each key once across the shell and the parts', () => {
    const owner = new Map<string, string>();
    for (const { name, de } of catalogues) {
      for (const key of Object.keys(de)) {
        expect(owner.get(key), `${key} in ${name}`).toBeUndefined();
        owner.set(key, name);
      }
    }
  });

  it('are complete: a file using a feature key imports that feature part', () => {
    const owner = new Map<string, string>();
    for (const { name, de } of catalogues) for (const key of Object.keys(de)) owner.set(key, name);
    const root = join(__dirname, '..', '..');
    const problems: string[] = [];
    for (const file of sourceFiles(root)) {
      const code = readFileSync(file, 'utf8');
      const used = [
        // Every key-like literal inside t(…), so `t(failed ? 'a.b' : 'c.d')` counts both.
        ...[...code.matchAll(/\bt\(([^()]*)\)/g)].flatMap((call) =>
          [...call[1]!.matchAll(/'([a-z]+\.[a-zA-Z0-9.-]+)'/g)].map((m) => m[1]!)
        ),
        // `t(\`quiz.type.${type}\`)`: the prefix names the keys it can reach.
        ...[...code.matchAll(/\bt\(\s*`([a-zA-Z0-9.-]+)\$\{/g)].map((m) => m[1]!)
      ];
      for (const key of used) {
        const parts = new Set(
          [...owner].filter(([k]) => k === key || k.startsWith(key)).map(([, name]) => name)
        );
        if (parts.size === 0) problems.push(`${relative(root, file)}: unknown key ${key}`);
        for (const part of parts) {
          if (part !== 'core' && !code.includes(`i18n/parts/${part}`)) {
            problems.push(`${relative(root, file)}: uses ${key} without importing parts/${part}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    const isSource = /\.(svelte|ts)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name);
    return isSource ? [path] : [];
  });
}

describe('formatMessage', () => {
  it('fills placeholders and keeps unknown ones visible', () => {
    expect(formatMessage('{count} Wörter', { count: 12 })).toBe('12 Wörter');
    expect(formatMessage('{a} und {b}', { a: 'x' })).toBe('x und {b}');
  });

  it('does not treat inherited object properties as parameters', () => {
    expect(formatMessage('{toString}', {})).toBe('{toString}');
  });
});
