/**
 * Regression tests for blind rating 131 (batch `bo`, held out until rated) and the spans of time
 * rating 129 struck, each named after the failure it guards, through the committed models.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, docOf, fixture } from './fixture-docs';
import { LANGUAGE_PACKS } from './languages';

describe('blind rating 131', () => {
  it('asks no count of a span of time (`How many decades did … spend as a reporter?`, `How many breeding seasons …?`, both raters of rating 129)', () => {
    const prompts = ['bm-en-1.txt', 'bm-en-2.txt'].flatMap((f) =>
      candidatesOf(docOf(fixture(f), 'en')).map((c) => c.prompt)
    );
    expect(prompts.filter((p) => /^How many (decades|breeding seasons)\b/u.test(p))).toEqual([]);
  });

  it('takes a familiar word with `-less` or `-ful` for a familiar one (`harmless`, both raters)', () => {
    const pack = LANGUAGE_PACKS.en;
    expect(pack.isFamiliar('harmless')).toBe(true);
    expect(pack.isFamiliar('careful')).toBe(true);
    expect(pack.isFamiliar('ruthless')).toBe(false);
  });

  it('offers only singulars of the gap’s case and gender after an indefinite article (`einen ____`: `Gebisse`, `Hotels`, `Schlüsselkarten` for `Automaten`, both raters)', () => {
    const gaps = candidatesOf(docOf(fixture('bo-de-2.txt'), 'de')).filter(
      (c) => c.type === 'cloze' && /einen ____/u.test(c.prompt)
    );
    for (const g of gaps)
      for (const plural of ['Gebisse', 'Hotels', 'Schlüsselkarten'])
        expect(g.wordBank ?? []).not.toContain(plural);
    expect(gaps.filter((g) => (g.wordBank ?? []).length === 1)).toEqual([]);
  });
});
