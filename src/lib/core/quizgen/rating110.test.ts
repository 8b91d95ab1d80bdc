/**
 * Regression tests for the failure classes blind rating 110 found (session 44, batch `at`, now
 * fixtures), on the rated articles.
 */
import { describe, expect, it } from 'vitest';
import { fixture, promptsOf } from './fixture-docs';

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
});
