/**
 * Regression tests for the failure classes blind rating 110 found (session 44, batch `at`, now
 * fixtures), on the rated articles.
 */
import { describe, expect, it } from 'vitest';
import { generateQuestionSet } from './index';
import { docOf, fixture, models, promptsOf } from './fixture-docs';

describe('blind rating 110', { timeout: 20_000 }, () => {
  it('asks no subject back from a figure the clause says it is (`What is around 40 per cent?`)', () => {
    expect(
      promptsOf(fixture('at-en-4.txt'), 'en').filter((p) =>
        /^What is around 40 per cent\?$/u.test(p)
      )
    ).toEqual([]);
  });

  it('negates no word already negative by its prefix (`Money set aside for NHS dentistry has not gone unspent.`)', () => {
    expect(
      promptsOf(fixture('at-en-4.txt'), 'en').filter((p) => /not gone unspent/u.test(p))
    ).toEqual([]);
  });

  it('leaves no measure of the asked noun behind (`Was hatte die Stadt im Haushalt 2024 von 2,7 Millionen Euro erwirtschaftet?`)', () => {
    expect(
      promptsOf(fixture('at-de-4.txt'), 'de').filter((p) =>
        /von 2,7 Millionen Euro erwirtschaftet\?$/u.test(p)
      )
    ).toEqual([]);
  });

  it('reads the last sentence of a quotation opened before as the speaker’s words, and a surname the recogniser missed (`… Jetzt ist es passiert, …“, sagte Vetter.`)', () => {
    const doc = docOf(fixture('at-de-1.txt'), 'de');
    const info = doc.sentences.find((i) => /^Jetzt ist es passiert/u.test(i.s.text));
    expect(info?.quotes.map((q) => [q.speakerEntity, q.direct])).toEqual([
      ['claudia vetter', true]
    ]);
  });

  it('matches statements to speakers rather than asking who said one of them (every who-said question struck as word-spotting; match people to what they said, both raters)', () => {
    const quiz = generateQuestionSet(fixture('at-de-1.txt'), {
      models,
      language: 'de'
    }).questions.filter((q) => q.type !== 'flashcard');
    const match = quiz.find((q) => q.type === 'match' && /Aussage/u.test(q.prompt));
    expect(match).toBeDefined();
    const statements = (match?.answer as [string, string][]).map(([statement]) => statement);
    expect(statements.length).toBeGreaterThanOrEqual(3);
    for (const q of quiz)
      if (q !== match) for (const t of statements) expect(q.prompt).not.toContain(t);
  });
});
