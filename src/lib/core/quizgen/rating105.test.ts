/**
 * Regression tests for the failure classes blind rating 105 found (session 42, batch `an`, now
 * fixtures), on the rated articles.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, docOf, fixture } from './fixture-docs';
import { rejectReason } from './rank';

describe('blind rating 105', () => {
  it('asks nothing of a relative clause whose antecedent may be a phrase on another noun (`Who works as a shepherd …? Keld Harriers`, a wrong key)', () => {
    const asked = candidatesOf(docOf(fixture('an-en-4.txt'), 'en')).filter((c) =>
      /works as a shepherd/u.test(c.prompt)
    );
    expect(asked.filter((c) => /Harriers/u.test(String(c.answer)))).toEqual([]);
  });

  it('rejects an answer that is only a unit (`Was hat die Anlage 240.000 gekostet? Euro`)', () => {
    const doc = docOf(fixture('an-de-4.txt'), 'de');
    const sentences = doc.sentences.map((s) => s.s.text);
    const asked = candidatesOf(doc).filter((c) => c.answer === 'Euro');
    expect(asked.length).toBeGreaterThan(0);
    for (const c of asked) expect(rejectReason(c, sentences)).toBe('a unit without its figure');
  });

  it('states nothing of `belegen` without what is proved (`Die Stadt hat laut Jonas Reichelt nicht belegen können.`)', () => {
    const prompts = candidatesOf(docOf(fixture('an-de-1.txt'), 'de')).flatMap((c) => [
      c.prompt,
      ...(c.twin ? [c.twin.prompt] : [])
    ]);
    expect(prompts.filter((p) => /nicht belegen können\.$/u.test(p))).toEqual([]);
  });
});
