/**
 * Regression tests for the failure classes blind rating 107 found (session 43, batch `ap`, now
 * fixtures), on the rated articles.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, docOf, fixture, models, promptsOf } from './fixture-docs';
import { generateQuestionSet } from './index';
import { rejectReason } from './rank';

describe('blind rating 107', { timeout: 20_000 }, () => {
  it('gives a homograph the gender and plural of the noun news means, also in its compounds (`das Lastwagen`)', () => {
    const lexicon = docOf(fixture('ap-de-2.txt'), 'de').lexicon;
    expect(lexicon?.nounInfo('Lastwagen')).toEqual({ gender: 'Masc', plural: 'Lastwagen' });
    expect(lexicon?.nounInfo('Steuer')?.gender).toBe('Fem');
    expect(lexicon?.nounInfo('Projektleiter')).toEqual({ gender: 'Masc', plural: 'Projektleiter' });
    const set = generateQuestionSet(fixture('ap-de-2.txt'), { models, language: 'de' });
    expect(set.questions.filter((q) => /^das Lastwagen/u.test(q.prompt))).toEqual([]);
  });

  it('asks nothing counted from a time said before (`Wie viele Schadensmeldungen gingen … seither ein?`)', () => {
    expect(promptsOf(fixture('ap-de-2.txt'), 'de').filter((p) => /\bseither\b/u.test(p))).toEqual(
      []
    );
  });

  it('puts no one named only in an interview’s credit line in another’s place (`Den Landeserdbebendienst leitet Jonas Feldhaus.`)', () => {
    const doc = docOf(fixture('ap-de-2.txt'), 'de');
    expect([...doc.entities.values()].filter((e) => /Feldhaus/u.test(e.name))).toEqual([]);
    expect(promptsOf(fixture('ap-de-2.txt'), 'de').filter((p) => /Feldhaus/u.test(p))).toEqual([]);
  });

  it('sums up no interview by a possessive of someone unnamed nor by a reply’s sentence (`Last year her team …`, `More often than any client wants to hear.`)', () => {
    const gists = candidatesOf(docOf(fixture('ap-en-2.txt'), 'en')).filter(
      (c) => c.kind === 'gist'
    );
    const shown = gists.flatMap((c) => c.choices ?? []);
    expect(shown.filter((t) => /her team|More often than any client/u.test(t))).toEqual([]);
  });

  it('offers no summary whose consequence or rate says not of what (`Die Folgen waren im vergangenen Sommer deutlich zu spüren.`)', () => {
    const gists = candidatesOf(docOf(fixture('ap-de-4.txt'), 'de')).filter(
      (c) => c.kind === 'gist'
    );
    expect(gists.flatMap((c) => c.choices ?? []).filter((t) => /^Die Folgen/u.test(t))).toEqual([]);
  });

  it('keeps fact cards that copy a long sentence for an empty deck (`Was kaufte im Laufe des Jahres rund 3.200 Konserven … zu …? das Klinikum`)', () => {
    const set = generateQuestionSet(fixture('ap-de-4.txt'), { models, language: 'de' });
    const cards = set.questions.filter((q) => q.type === 'flashcard');
    expect(cards.length).toBeGreaterThan(1);
    expect(cards.filter((q) => q.prompt.split(/\s+/u).length >= 16)).toEqual([]);
  });

  it('makes no card of an `un-` word defined by `not`, nor of a word defined as `without` itself (`unimpressed`, `flawless`)', () => {
    const set = generateQuestionSet(fixture('ap-en-2.txt'), { models, language: 'en' });
    expect(
      set.questions.filter(
        (q) => q.type === 'flashcard' && /^(unimpressed|flawless)\b/u.test(q.prompt)
      )
    ).toEqual([]);
  });

  it('asks nothing of a verb the parse joined without a conjunction (`What could the Met Office cause?`)', () => {
    expect(
      promptsOf(fixture('ap-en-3.txt'), 'en').filter((p) => /Met Office cause/u.test(p))
    ).toEqual([]);
  });

  it('rejects an answer that opens on a time taken into its phrase (`Who carried out 140 tests? Last year her team`)', () => {
    const doc = docOf(fixture('ap-en-2.txt'), 'en');
    const sentences = doc.sentences.map((s) => s.s.text);
    const asked = candidatesOf(doc).filter((c) => c.answer === 'Last year her team');
    for (const c of asked) expect(rejectReason(c, sentences)).toBe('time inside the answer');
    expect(
      rejectReason(
        { ...(asked[0] ?? candidatesOf(doc)[0]!), answer: 'Last year her team' },
        sentences
      )
    ).toBe('time inside the answer');
  });

  it('states nothing of an interviewee’s reply as the text’s own (`Es gibt keinen kurzen, harten Schlag, die Gläser klirren …`)', () => {
    const statements = candidatesOf(docOf(fixture('ap-de-2.txt'), 'de')).filter(
      (c) => c.kind === 'true-false'
    );
    expect(statements.filter((c) => /Gläser klirren/u.test(c.prompt))).toEqual([]);
  });
});
