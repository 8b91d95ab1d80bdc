/**
 * Regression tests for blind rating 113 (batch `aw`, held out until rated), each named after the
 * failure it guards, on the rated texts through the committed models.
 */
import { describe, expect, it } from 'vitest';
import { fixture, models } from './fixture-docs';
import { asksForLookup } from './rank';
import { generateQuestionSet } from './index';

const quizOf = (file: string, language: 'de' | 'en') =>
  generateQuestionSet(fixture(file), { models, language }).questions.filter(
    (q) => q.type !== 'flashcard'
  );

describe('blind rating 113', () => {
  it('never fills a quiz with lookups of one name (`the quiz is three variations of one name`: three questions on Cllr Janet Pryor, both raters)', () => {
    const quiz = quizOf('aw-en-1.txt', 'en');
    const lookups = quiz.filter((q) =>
      asksForLookup({ ...q, evidence: [], fact: '', score: 0 } as never)
    );
    const names = lookups.map((q) => String(q.answer).replace(/^Cllr\s+/u, ''));
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => /Pryor/u.test(n)).length).toBeLessThanOrEqual(1);
  });

  it('asks no report as the one who said something (`Who says nine practices … have handed back …? The ICB report`, both raters)', () => {
    const quiz = quizOf('aw-en-4.txt', 'en');
    expect(quiz.filter((q) => /report/iu.test(String(q.answer)))).toEqual([]);
  });

  it('gives every change among the choices the direction its figures go, millions counted (`ein Rückgang von etwa 240.000 Euro auf rund 1,3 Millionen`, both raters)', () => {
    const change = quizOf('aw-de-1.txt', 'de').find((q) => q.kind === 'change');
    expect(change?.answer).toBe('ein Anstieg von etwa 240.000 Euro auf rund 1,8 Millionen Euro');
    const value = (t: string) =>
      Number((/[\d.,]+/u.exec(t)?.[0] ?? '').replace(/\./gu, '').replace(',', '.')) *
      (/Millionen/u.test(t) ? 1e6 : 1);
    for (const choice of 'choices' in (change ?? {})
      ? ((change as { choices: string[] }).choices ?? [])
      : []) {
      const m =
        /von (?:etwa |rund )?([\d.,]+(?: Millionen)?).* auf (?:etwa |rund )?([\d.,]+(?: Millionen)?)/u.exec(
          choice
        );
      if (!m) continue;
      const up = value(m[2] as string) > value(m[1] as string);
      expect(choice.startsWith(up ? 'ein Anstieg' : 'ein Rückgang'), choice).toBe(true);
    }
  });

  it('asks why without the particle that limits the reason (`Warum funktionieren die offenen Stunden nur?`, both raters)', () => {
    const set = generateQuestionSet(fixture('aw-de-2.txt'), { models, language: 'de' });
    expect(set.questions.filter((q) => /\snur\?$/u.test(q.prompt))).toEqual([]);
  });

  it('sums up with the whole lead where its part after the colon points back (`Ein Bewohnerparkausweis kostet dann 240 Euro …`: when?, both raters)', () => {
    const gist = quizOf('aw-de-1.txt', 'de').find((q) => q.kind === 'gist');
    expect(gist?.answer).toMatch(/^Der Stadtrat hat .* beschlossen: Ein Bewohnerparkausweis/u);
  });
});
