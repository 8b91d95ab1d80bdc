/**
 * Regression tests for the failure classes blind rating 104 found (session 42, batch `am`, now
 * fixtures), on the rated articles.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../nlp/analyse';
import { candidatesOf, docOf, fixture, models } from './fixture-docs';
import { rejectReason } from './rank';

const candidates = (name: string, language: 'de' | 'en') =>
  candidatesOf(docOf(fixture(name), language));

describe('blind rating 104: who is meant', () => {
  it('never gives `she` to a man the text calls `Mr` (`Who rejected his argument …? Hollins`, a wrong key)', () => {
    const asked = candidates('am-en-1.txt', 'en').filter((c) =>
      /rejected his argument/u.test(c.prompt)
    );
    expect(asked.filter((c) => /Hollins/u.test(String(c.answer)))).toEqual([]);
  });

  it('swaps no name that follows its title (`Judge Hollins set the award …`)', () => {
    const statements = candidates('am-en-1.txt', 'en').filter((c) => c.type === 'true-false');
    expect(statements.filter((c) => /Judge Hollins/u.test(c.prompt))).toEqual([]);
  });

  it('asks no `Wer` answered by a share (`Wer gab … an, regelmäßig Überstunden zu leisten? 38 Prozent der befragten Handwerkslehrlinge`)', () => {
    const doc = docOf(fixture('am-de-2.txt'), 'de');
    const sentences = doc.sentences.map((s) => s.s.text);
    const asked = candidatesOf(doc).filter(
      (c) => /^Wer\b/u.test(c.prompt) && /^\d/u.test(String(c.answer))
    );
    expect(asked.length).toBeGreaterThan(0);
    for (const c of asked) expect(rejectReason(c, sentences)).toBe('a figure asked as a person');
  });

  it('asks nothing of who `similar` things happen to (`Who reports similar pressures?`)', () => {
    const prompts = candidates('am-en-2.txt', 'en').map((c) => c.prompt);
    expect(prompts.filter((p) => /\bsimilar pressures\b/u.test(p))).toEqual([]);
  });
});

describe('blind rating 104: what a clause keeps', () => {
  it('keeps a German date in one piece (`Wann … 30. insgesamt 1.874 Ausbildungsplätze? September`)', () => {
    const prompts = candidates('am-de-2.txt', 'de').map((c) => c.prompt);
    expect(prompts.filter((p) => /\b30\. insgesamt\b|\bhat, September\b/u.test(p))).toEqual([]);
  });

  it('asks and states nothing of a verb of telling without what it tells (`… schildert aus Brakel.`)', () => {
    const prompts = candidates('am-de-2.txt', 'de').map((c) => c.prompt);
    expect(prompts.filter((p) => /schildert aus Brakel|Woher schildert/u.test(p))).toEqual([]);
  });

  it('makes a phrase hung on a dash an aside of its clause (`Wie viele Stellen blieben offen – ein Anteil von knapp 33 Prozent?`)', () => {
    const words = analyse(
      '617 Stellen blieben offen – ein Anteil von knapp 33 Prozent.',
      'de',
      models.de
    ).sentences[0]!.words;
    const verb = words.find((w) => w.form === 'blieben');
    expect(words.find((w) => w.form === 'Anteil')).toMatchObject({
      head: verb?.id,
      deprel: 'parataxis'
    });
    const prompts = candidates('am-de-2.txt', 'de').map((c) => c.prompt);
    expect(prompts.filter((p) => /offen – ein Anteil/u.test(p))).toEqual([]);
  });

  it('asks nothing of an interview’s credit line (`Das Gespräch führte Matthias Grundmann.`)', () => {
    const prompts = candidates('am-de-3.txt', 'de').map((c) => c.prompt);
    expect(prompts.filter((p) => /Das Gespräch führte/u.test(p))).toEqual([]);
  });
});

describe('session 42: what the fixtures showed after the fixes', () => {
  it('asks nothing of a free relative clause the parse took apart (`Wie viele Tage liegen wer Maronen im Kofferraum lässt, …?`)', () => {
    const doc = docOf(fixture('h-de-2.txt'), 'de');
    const sentences = doc.sentences.map((s) => s.s.text);
    // (Since session 52 a span of time, `Wie viele Tage …?`, is asked of no clause at all.)
    const asked = candidatesOf(doc).filter((c) => /liegen wer Maronen/u.test(c.prompt));
    expect(asked.filter((c) => rejectReason(c, sentences) !== 'free relative taken apart')).toEqual(
      []
    );
  });

  it('puts no question cut apart by a misparse on a card (`Was bleibt unangetastet, ein Fang oder Abschuss ist … nicht erlaubt?`)', () => {
    const doc = docOf(fixture('ab-de-3.txt'), 'de');
    const sentences = doc.sentences.map((s) => s.s.text);
    const cards = candidatesOf(doc).filter(
      (c) => c.type === 'flashcard' && /^Was bleibt unangetastet,/u.test(c.prompt)
    );
    expect(cards.length).toBeGreaterThan(0);
    for (const c of cards) expect(rejectReason(c, sentences)).toBe('broken prompt');
  });
});
