/**
 * Regression tests for the failure classes blind rating 103 found (session 42, batch `al`, now
 * fixtures), on the rated articles.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, docOf, fixture } from './fixture-docs';
import { gistKind } from './kinds/gist';
import { speechKind } from './kinds/speech';
import { whyKind } from './kinds/why';
import { LANGUAGE_PACKS } from './languages';

const promptsOf = (name: string, language: 'de' | 'en') =>
  candidatesOf(docOf(fixture(name), language)).map((c) => c.prompt);

describe('blind rating 103: questions that read wrong', () => {
  it('asks no `Was` subject question that reads as asking for the object (`Was sieht die Oberseite einer Wolkendecke?` for `Ein Satellit sieht …`)', () => {
    const prompts = promptsOf('al-de-2.txt', 'de');
    expect(prompts.filter((p) => /^Was sieht die Oberseite/u.test(p))).toEqual([]);
    expect(prompts).toContain('Was sieht ein Satellit?');
  });

  it('keeps the particle of `setzt … voraus` before a relative clause (`Was setzt ein Anscheinsbeweis?`)', () => {
    const prompts = promptsOf('al-de-1.txt', 'de');
    expect(prompts.filter((p) => /^Was setzt ein Anscheinsbeweis\?$/u.test(p))).toEqual([]);
    expect(prompts).toContain('Was setzt ein Anscheinsbeweis voraus?');
  });

  it('asks for no genitive where `überlassen` wants a dative (`Was will die Gemeinde überlassen? das Haus der Bergwacht`)', () => {
    const doc = docOf(fixture('al-de-2.txt'), 'de');
    expect(candidatesOf(doc).filter((c) => c.answer === 'das Haus der Bergwacht')).toEqual([]);
  });

  it('leaves a person’s age out of an English question (`When did Bernadette Kilbride, 58, join …?`)', () => {
    const prompts = promptsOf('al-en-2.txt', 'en');
    expect(prompts.filter((p) => /Kilbride, 58,/u.test(p))).toEqual([]);
    expect(prompts.some((p) => /^When did Bernadette Kilbride join/u.test(p))).toBe(true);
  });

  it('leaves `from one building` after the verb of a `How many` question (`How many airports from one building can …?`)', () => {
    const prompts = promptsOf('al-en-2.txt', 'en');
    expect(prompts.filter((p) => /^How many airports from/u.test(p))).toEqual([]);
    expect(prompts).toContain('How many airports can the remote centre cover from one building?');
  });

  it('states nothing about `that time` or `the project` the text named otherwise (`That time counts under the ruling.`)', () => {
    const statements = [
      ...candidatesOf(docOf(fixture('al-en-1.txt'), 'en')),
      ...candidatesOf(docOf(fixture('al-en-3.txt'), 'en'))
    ].filter((c) => c.type === 'true-false');
    expect(
      statements.filter((c) => /^(That time|A first meeting on the project)/u.test(c.prompt))
    ).toEqual([]);
  });
});

describe('blind rating 103: alternatives', () => {
  it('offers no person named only as whose a thing is as a speaker (`Theodor Storms` for `die Novellen Theodor Storms`)', () => {
    const doc = docOf(fixture('al-de-1.txt'), 'de');
    const asked = speechKind.propose({ doc, pack: LANGUAGE_PACKS.de });
    expect(asked.length).toBeGreaterThan(0);
    for (const c of asked) expect(c.choices ?? []).not.toContain('Theodor Storms');
  });

  it('puts no connective sentence among a gist’s choices (`Zwar müssen Betriebe …`, `Demnach können 41 …`)', () => {
    const doc = docOf(fixture('al-de-4.txt'), 'de');
    const choices = gistKind
      .propose({ doc, pack: LANGUAGE_PACKS.de })
      .flatMap((c) => c.choices ?? []);
    expect(choices.filter((x) => /^(Zwar|Demnach)\b/u.test(x))).toEqual([]);
  });

  it('puts no indirect question or time clause as a wrong reason (`Weil sich das im Alltag anfühlt`, `Weil der zweite Trupp … da ist`)', () => {
    const doc = docOf(fixture('al-de-4.txt'), 'de');
    const asked = whyKind.propose({ doc, pack: LANGUAGE_PACKS.de });
    expect(asked.length).toBeGreaterThan(0);
    for (const c of asked)
      for (const choice of c.choices ?? [])
        expect(choice).not.toMatch(/^Weil (sich das im Alltag|der zweite Trupp)/u);
  });
});

describe('blind rating 103: cards', () => {
  it('makes no noun card of an English verb in `-ing` the glossary knows as no noun (`specialising (noun)`)', () => {
    const doc = docOf(fixture('al-en-1.txt'), 'en');
    const cards = candidatesOf(doc).filter((c) => c.kind === 'vocabulary');
    expect(cards.filter((c) => /^specialising/u.test(c.prompt))).toEqual([]);
  });
});
