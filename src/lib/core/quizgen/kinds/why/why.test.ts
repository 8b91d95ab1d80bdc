/**
 * Regression tests for "Why …?" questions, each named after the failure it guards, on invented
 * texts through the real analysis and the committed models.
 */
import { describe, expect, it } from 'vitest';
import { allModels } from '../../../../../../scripts/nlp-models';
import { analyse } from '../../../nlp/analyse';
import { buildDocument } from '../../document';
import { LANGUAGE_PACKS } from '../../languages';
import { whyKind } from './index';

const models = allModels();
const whyOf = (text: string, language: 'de' | 'en') => {
  const m = models[language];
  const doc = buildDocument(analyse(text, language, m), m.lexicon, m.thesaurus, m.entities.names);
  return whyKind.propose({ doc, pack: LANGUAGE_PACKS[language] });
};

describe('why: questions on the reasons a text gives', () => {
  it('writes the article of a subject after a hyphen dateline in lower case (`Warum hat Der britische …`)', () => {
    const prompts = whyOf(
      `London - Der britische Forscher Tim Walker hat wegen heftiger Kritik sein Amt als Professor niedergelegt. Die Universität hatte wegen der Vorwürfe eine Untersuchung eingeleitet. Studierende protestierten wegen der langen Wartezeiten vor dem Gebäude. Der Forscher entschuldigte sich wegen der missverständlichen Aussagen.`,
      'de'
    ).map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.some((p) => p.includes('der britische Forscher'))).toBe(true);
    expect(prompts.filter((p) => / Der britische/u.test(p))).toEqual([]);
  });
});
