/**
 * Regression tests for blind rating 128 (batch `bl`, held out until rated), each named after the
 * failure it guards, on the rated texts through the committed models.
 */
import { describe, expect, it } from 'vitest';
import { americanSpelling } from '../nlp/glossary/glossary';
import { candidatesOf, docOf, fixture, models } from './fixture-docs';
import { generateQuestionSet } from './index';
import { statementsOf } from './kinds/speech';

const setOf = (file: string, language: 'de' | 'en') =>
  generateQuestionSet(fixture(file), { models, language }).questions;

const bankOf = (q: { wordBank?: string[] } | object): string[] =>
  'wordBank' in q ? (q.wordBank ?? []) : [];

describe('blind rating 128', () => {
  it('reads reported words around an inserted `sagte er` as one statement (`Werde das Gespräch allerdings nichts ändern` was a choice, both raters)', () => {
    const doc = docOf(fixture('bl-de-1.txt'), 'de');
    const contents = statementsOf(doc).map((s) => s.content);
    expect(contents).toContain(
      'An der Entscheidung selbst werde das Gespräch allerdings nichts ändern'
    );
    expect(contents.filter((c) => /^werde das Gespräch/iu.test(c))).toEqual([]);
  });

  it('counts what the text counts (`Wie viele Radfahrer …?` for three killed ones, `verletzt` for `verletzt oder getötet`, both raters)', () => {
    const prompts = candidatesOf(docOf(fixture('bl-de-4.txt'), 'de')).map((c) => c.prompt);
    expect(prompts).toContain(
      'Wie viele getötete Radfahrer hatte die Polizei fünf Jahre zuvor gezählt?'
    );
    expect(prompts.filter((p) => /^Wie viele Radfahrer hatte die Polizei/u.test(p))).toEqual([]);
    const injured = prompts.filter((p) => /^Wie viele Menschen wurden .* verletzt/u.test(p));
    expect(injured.length).toBeGreaterThan(0);
    expect(injured.filter((p) => !/verletzt oder getötet\?$/u.test(p))).toEqual([]);
  });

  it('asks no age as `Bei wie vielen Jahren lag …?` and no count of a fraction (`Wie viele Drittel …?`)', () => {
    const prompts = ['bl-de-4.txt', 'am-de-2.txt'].flatMap((f) =>
      candidatesOf(docOf(fixture(f), 'de')).map((c) => c.prompt)
    );
    expect(prompts.filter((p) => /^Bei wie vielen Jahren|^Wie viele Drittel/u.test(p))).toEqual([]);
  });

  it('offers no word in a gap’s bank that the text uses after the same preposition with an owner (`im ____ der Familie Obermaier`: `Haushalt`, both raters)', () => {
    const gaps = setOf('bl-de-3.txt', 'de')
      .concat(candidatesOf(docOf(fixture('bl-de-3.txt'), 'de')) as never[])
      .filter((q) => q.type === 'cloze' && /im ____ der Familie Obermaier/u.test(q.prompt));
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) expect(bankOf(gap)).not.toContain('Haushalt');
  });

  it('sets no gap in a sentence whose subject is a demonstrative for what came before (`lag dieser Anteil bei 27 Prozent`, both raters)', () => {
    const gaps = candidatesOf(docOf(fixture('bl-de-4.txt'), 'de')).filter(
      (c) => c.type === 'cloze' && /dieser Anteil/u.test(c.prompt)
    );
    expect(gaps).toEqual([]);
  });

  it('takes no lead whose subject is only `die Lage` as the gist’s key (`… ist die Lage weiter angespannt`, both raters)', () => {
    const gist = setOf('bl-de-3.txt', 'de').find((q) => q.kind === 'gist');
    expect(gist?.answer ?? '').not.toMatch(/die Lage weiter angespannt/u);
  });

  it('makes no card `What did … say?` of a speaker whose quotation goes on in the next sentence (Alan Ferris, Helen Raikes, both raters)', () => {
    const cards = setOf('bl-en-4.txt', 'en').filter(
      (q) => q.type === 'flashcard' && /what did .* say\?/iu.test(q.prompt)
    );
    expect(cards).toEqual([]);
  });

  it('makes no card of an interview answer longer than thirty words (`the back is the whole 60-word answer`, both raters)', () => {
    for (const [file, language] of [
      ['bl-de-2.txt', 'de'],
      ['bl-en-2.txt', 'en']
    ] as const) {
      const long = setOf(file, language).filter(
        (q) =>
          q.type === 'flashcard' &&
          /Antwort gibt|answered in the interview|answer the question/u.test(q.prompt) &&
          String(q.answer).split(/\s+/u).length > 30
      );
      expect(long, file).toEqual([]);
    }
  });

  it('explains no `planter` of a road by the owner of a plantation (both raters)', () => {
    const card = setOf('bl-en-1.txt', 'en').find(
      (q) => q.type === 'flashcard' && q.prompt.startsWith('planter')
    );
    expect(String(card?.answer ?? '')).not.toMatch(/plantation/u);
  });

  it('looks a British spelling up as its American twin (`organiser`)', () => {
    expect(americanSpelling('organiser')).toBe('organizer');
    expect(americanSpelling('behaviour')).toBe('behavior');
    expect(americanSpelling('centre')).toBe('center');
    expect(americanSpelling('four')).toBe('four');
    expect(models.en.glossary?.kinds('organiser', 'NOUN')).toContain('noun.person');
  });

  it('asks no matching of titles beside statements matched to the same speakers (`Redundant with #14`, both raters)', () => {
    const quiz = setOf('bl-de-3.txt', 'de').filter((q) => q.type !== 'flashcard');
    const roles = quiz.filter((q) => q.kind === 'match');
    const speech = quiz.filter((q) => q.kind === 'speech' && q.type === 'match');
    expect(speech.length).toBe(1);
    expect(roles).toEqual([]);
  });
});
