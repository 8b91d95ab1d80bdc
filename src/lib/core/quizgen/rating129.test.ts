/**
 * Regression tests for blind rating 129 (batch `bm`, held out until rated), each named after the
 * failure it guards, on the rated texts through the committed models.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../nlp/analyse';
import { candidatesOf, docOf, fixture, models } from './fixture-docs';
import { generateQuestionSet } from './index';

const setOf = (file: string, language: 'de' | 'en') =>
  generateQuestionSet(fixture(file), { models, language }).questions;
const promptsOf = (file: string, language: 'de' | 'en') =>
  candidatesOf(docOf(fixture(file), language)).map((c) => c.prompt);

describe('blind rating 129', () => {
  it('restates no clause whose infinitive the parse hung on as a second verb (`Die Gemeinde ließ im Frühjahr einen Wirtschaftsweg zwischen Kattenbrook.`, both raters)', () => {
    expect(
      promptsOf('bm-de-1.txt', 'de').filter((p) =>
        /Wirtschaftsweg zwischen Kattenbrook\.$/u.test(p)
      )
    ).toEqual([]);
  });

  it('asks no measure with `Was` of a verb that does not measure (`Was führt der Weg? 900 Meter`, both raters), and still asks a sum of money', () => {
    const prompts = promptsOf('bm-de-1.txt', 'de');
    expect(prompts.filter((p) => /^Was führt der Weg/u.test(p))).toEqual([]);
    expect(prompts).toContain('Wie viele Meter führt der Weg?');
  });

  it('ends no question on the full stop of reported words (`Who had not set out to make art.?`, both raters)', () => {
    const prompts = promptsOf('bm-en-3.txt', 'en');
    expect(prompts).toContain('Who had not set out to make art?');
    expect(prompts.filter((p) => /\.\?$/u.test(p))).toEqual([]);
  });

  it('asks no phrase of two figures for two times as one answer (`What did Ravensmoor issue last year? 2,140 permits in 2010 but only 610`, both raters)', () => {
    const items = candidatesOf(docOf(fixture('bm-en-4.txt'), 'en'));
    expect(items.filter((c) => String(c.answer).includes('but only 610'))).toEqual([]);
  });

  it('puts no count or share on a card asked with `What`/`Was` (`What did the charity support? 420 young people last year`, `Was machen Dieselfahrzeuge … aus? knapp 36 Prozent`, both raters)', () => {
    const cards = [...setOf('bm-en-4.txt', 'en'), ...setOf('bm-de-4.txt', 'de')].filter(
      (q) => q.type === 'flashcard' && /^(What|Was)\s/u.test(q.prompt)
    );
    expect(cards.filter((q) => /^\D{0,20}\d/u.test(String(q.answer)))).toEqual([]);
  });

  it('gives a word the text writes small no meaning of a place (`labrador`: `a region of northeastern Canada`, both raters)', () => {
    const card = setOf('bm-en-1.txt', 'en').find(
      (q) => q.type === 'flashcard' && q.prompt.startsWith('labrador')
    );
    expect(String(card?.answer ?? '')).not.toMatch(/Canada|region/u);
  });

  it('accepts the answer without the contrast after it (`warnings rather than fines`: `warnings`, both raters)', () => {
    const q = setOf('bm-en-1.txt', 'en').find(
      (x) => x.type === 'short-answer' && x.answer === 'warnings rather than fines'
    );
    const items = candidatesOf(docOf(fixture('bm-en-1.txt'), 'en')).filter(
      (c) => c.type === 'short-answer' && c.answer === 'warnings rather than fines'
    );
    expect(items.length + (q ? 1 : 0)).toBeGreaterThan(0);
    for (const c of items) expect(c.accept).toContain('warnings');
  });

  it('offers no plural in `-e` for a dative plural gap (`den öffentlich zugänglichen ____`: `Dieselfahrzeuge`, both raters)', () => {
    // (The article without its headline: the gap the raters saw.)
    const body = fixture('bm-de-4.txt').split('\n').slice(2).join('\n');
    const gaps = candidatesOf(docOf(body, 'de')).filter(
      (c) => c.type === 'cloze' && /öffentlich zugänglichen ____/u.test(c.prompt)
    );
    expect(gaps.length).toBeGreaterThan(0);
    for (const g of gaps) expect(g.wordBank ?? []).not.toContain('Dieselfahrzeuge');
  });

  it('reads a headline of 25 words as the title, never a gist’s key (`the headline copied`, both raters)', () => {
    const first = analyse(fixture('bm-de-4.txt'), 'de', models.de).sentences[0];
    expect(first?.role).toBe('title');
    const gist = setOf('bm-de-4.txt', 'de').find((q) => q.kind === 'gist');
    const choices: string[] =
      gist && 'choices' in gist ? ((gist.choices as string[] | undefined) ?? []) : [];
    expect(choices.length).toBe(4);
    for (const choice of choices)
      expect(choice).not.toMatch(/^Im Landkreis Sulmingen teilen sich rechnerisch/u);
  });

  it('takes no key after a teaser’s colon with a pronoun for what the teaser named (`Der Schulbus, der sie bisher … abholte`, both raters)', () => {
    const gist = setOf('bm-de-1.txt', 'de').find((q) => q.kind === 'gist');
    expect(gist).toBeDefined();
    expect(String(gist?.answer)).not.toMatch(/der sie bisher/u);
  });
});
