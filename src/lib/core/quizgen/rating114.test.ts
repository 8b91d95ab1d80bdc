/**
 * Regression tests for blind rating 114 (batch `ax`, held out until rated), each named after the
 * failure it guards, on the rated texts through the committed models.
 */
import { describe, expect, it } from 'vitest';
import { docOf, fixture, models } from './fixture-docs';
import { generateQuestionSet } from './index';

const setOf = (file: string, language: 'de' | 'en') =>
  generateQuestionSet(fixture(file), { models, language }).questions;

describe('blind rating 114', () => {
  it('offers no copy of the gist’s key with one word turned round (`… ist seit Freitagmittag geöffnet`, `… is to open at the end of June`, both raters)', () => {
    for (const [file, language] of [
      ['ax-de-1.txt', 'de'],
      ['ax-en-1.txt', 'en']
    ] as const) {
      const text = fixture(file);
      const gist = setOf(file, language).find((q) => q.kind === 'gist');
      const choices: string[] =
        gist && 'choices' in gist ? ((gist.choices as string[] | undefined) ?? []) : [];
      expect(choices.length, file).toBe(4);
      expect(
        choices.filter((c) => !text.includes(c)),
        file
      ).toEqual([]);
    }
  });

  it('offers no change from a figure to the same figure (`a fall from about 1,900 to 1,900`, both raters)', () => {
    const change = setOf('ax-en-1.txt', 'en').find(
      (q) => q.kind === 'change' && /patients per full-time GP/u.test(q.prompt)
    );
    const choices: string[] =
      change && 'choices' in change ? ((change.choices as string[] | undefined) ?? []) : [];
    expect(choices.length).toBe(4);
    for (const choice of choices) {
      const [from, to] = (choice.match(/[\d,]+\d/gu) ?? []).map((n) => n.replace(/,/gu, ''));
      expect(from === to, choice).toBe(false);
    }
  });

  it('reads `town centre health check` as nouns, not `town` the subject of `centre` (the lead restated as `The council’s annual town centre health check, published on Friday.`, both raters)', () => {
    const doc = docOf(fixture('ax-en-4.txt'), 'en');
    const info = doc.sentences.find((i) => i.s.text.startsWith("The council's annual town"));
    const root = info?.s.words.find((w) => w.deprel === 'root');
    expect(root?.form).toBe('found');
    expect(info?.s.words.find((w) => w.form === 'centre')?.upos).toBe('NOUN');
    const statements = setOf('ax-en-4.txt', 'en').filter((q) => q.type === 'true-false');
    expect(statements.filter((q) => /health check, published/u.test(q.prompt))).toEqual([]);
  });

  it('negates no hedge (`Rival providers are not understood to be watching closely.`, both raters)', () => {
    const doc = docOf(fixture('ax-en-3.txt'), 'en');
    const prompts = setOf('ax-en-3.txt', 'en').map((q) => q.prompt);
    expect(doc.sentences.length).toBeGreaterThan(5);
    expect(prompts.filter((p) => /not understood to/u.test(p))).toEqual([]);
  });
});
