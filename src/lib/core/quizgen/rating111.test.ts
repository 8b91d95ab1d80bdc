/**
 * Regression tests for blind ratings 111 and 112 (batches `au` and `av`, held out until rated),
 * each named after the failure it guards, on the rated texts through the committed models.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, docOf, fixture } from './fixture-docs';
import { unsoundReason } from './kinds/shared';
import { generateQuestionSet } from './index';
import { models } from './fixture-docs';

describe('blind ratings 111 and 112', () => {
  it('asks nothing of a verb the parse gave two subjects (`In den Ruhestand geht Ende der Spielzeit sie.`, both raters)', () => {
    const doc = docOf(fixture('au-de-2.txt'), 'de');
    const info = doc.sentences.find((i) => i.s.text.startsWith('Ende der Spielzeit geht sie'));
    const clause = info?.clauses.find((c) => c.main);
    expect(info && clause && unsoundReason(info, clause, doc)).toBe('two subjects');
    const prompts = candidatesOf(doc).flatMap((c) => [c.prompt, c.twin?.prompt ?? '']);
    expect(prompts.filter((p) => /Ruhestand/u.test(p) && /\bsie\.$/u.test(p))).toEqual([]);
  });

  it('matches the statements of a report’s three speakers, one of them named before a relative clause (`Carol Ashdown, who runs a bakery …, said …`: the tram report got one question, struck)', () => {
    const set = generateQuestionSet(fixture('au-en-1.txt'), { models, language: 'en' });
    const match = set.questions.find((q) => q.kind === 'speech' && q.type === 'match');
    const speakers = ((match?.answer ?? []) as [string, string][]).map(([, who]) => who);
    expect(speakers).toContain('Dan Whitfield');
    expect(speakers).toContain('Priya Raman');
    expect(speakers).toContain('Carol Ashdown');
  });

  it('asks how the rents changed, the item both raters of rating 112 kept as it was (`ein Anstieg um 21 Prozent`)', () => {
    const set = generateQuestionSet(fixture('av-de-4.txt'), { models, language: 'de' });
    const rent = set.questions.find((q) => q.kind === 'change' && /Angebotsmiete/u.test(q.prompt));
    expect(rent?.answer).toBe('ein Anstieg um 21 Prozent');
  });
});
