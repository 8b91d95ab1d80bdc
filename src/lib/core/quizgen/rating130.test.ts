/**
 * Regression tests for blind rating 130 (batch `bn`, held out until rated), each named after the
 * failure it guards, on the rated texts through the committed models.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, docOf, fixture, models } from './fixture-docs';
import { generateQuestionSet } from './index';
import { rejectReason } from './rank';

const setOf = (file: string, language: 'de' | 'en') =>
  generateQuestionSet(fixture(file), { models, language }).questions;

describe('blind rating 130', () => {
  it('restates no clause whose participle the parse hung on `hat` as a second verb (`Warum hat der Stadtrat die Erweiterung …, die … veranschlagt war?`, both raters)', () => {
    const prompts = candidatesOf(docOf(fixture('bn-de-4.txt'), 'de')).map((c) => c.prompt);
    expect(prompts.filter((p) => /veranschlagt war\?$/u.test(p))).toEqual([]);
  });

  it('offers no choice with an English quotation mark left open (`visit the trampoline park “at some point`, both raters)', () => {
    const doc = docOf(fixture('bn-en-3.txt'), 'en');
    const sentences = doc.sentences.map((s) => s.s.text);
    const open = candidatesOf(doc).filter(
      (c) =>
        [String(c.answer), ...(c.choices ?? [])].some((t) => /“[^”]*$/u.test(t)) &&
        rejectReason(c, sentences) === undefined
    );
    expect(open).toEqual([]);
  });

  it('puts a sentence turned into a question on a card only in a deck of fewer than two cards (`What must employees remove?`, `Was lehnt Zürcher ab?` beside other cards, both raters)', () => {
    for (const [file, language] of [
      ['bn-en-2.txt', 'en'],
      ['bn-en-3.txt', 'en'],
      ['bn-de-4.txt', 'de']
    ] as const) {
      const deck = setOf(file, language).filter((q) => q.type === 'flashcard');
      expect(deck.length, file).toBeGreaterThan(0);
      const turned = deck.filter(
        (q) => q.card === 'fact' && /^(What|Was|Wer|Who|Wie|How)\s/u.test(q.prompt)
      );
      if (turned.length > 0) expect(deck.length, file).toBeLessThanOrEqual(2);
    }
  });
});
