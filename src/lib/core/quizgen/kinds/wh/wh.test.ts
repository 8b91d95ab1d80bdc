/**
 * Regression tests for wh-questions, each named after the failure it guards, on invented texts
 * through the real analysis and the committed models.
 */
import { describe, expect, it } from 'vitest';
import { allModels } from '../../../../../../scripts/nlp-models';
import { analyse } from '../../../nlp/analyse';
import { buildDocument } from '../../document';
import { LANGUAGE_PACKS } from '../../languages';
import { whKind } from './index';

const models = allModels();
const docOf = (text: string, language: 'de' | 'en') => {
  const m = models[language];
  return buildDocument(analyse(text, language, m), m.lexicon, m.thesaurus, m.entities.names);
};
const whOf = (text: string, language: 'de' | 'en') =>
  whKind.propose({ doc: docOf(text, language), pack: LANGUAGE_PACKS[language] });

const BULLETIN = `Contoso has warned PC users to update their systems with the latest security fixes. In its monthly security bulletin, it flagged up eight “critical” security holes which could leave PCs open to attack. The holes affect web browsers and media players. Four other fixes were also released. Contoso announces any vulnerabilities in its software every month.`;

describe('wh: English questions on what a text states', () => {
  it('asks for a count with the whole counted noun and leaves its relative clause out (`How many holes did Contoso flag up which could …`)', () => {
    const q = whOf(BULLETIN, 'en').find((c) => c.prompt.startsWith('How many'));
    expect(q?.prompt).toBe(
      'How many “critical” security holes did Contoso flag up in its monthly security bulletin?'
    );
    expect(q?.answer).toBe('eight');
  });

  it('offers other counts in words for a count written as a word (`eight` typed with no choices)', () => {
    const q = whOf(BULLETIN, 'en').find((c) => c.prompt.startsWith('How many “critical”'));
    expect(q?.type).toBe('multiple-choice');
    expect(q?.choices).toHaveLength(4);
    for (const c of q?.choices ?? [])
      expect(c).toMatch(/^(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/u);
  });

  it('reads `it` doing something to something as the body named before (`In its bulletin, it flagged up …` after `Contoso has warned …`)', () => {
    const doc = docOf(BULLETIN, 'en');
    const info = doc.sentences[1];
    const it = info?.s.words.find((w) => w.form === 'it');
    expect(it && info?.referents.get(it.id)).toBeDefined();
    expect(doc.entities.get(info?.referents.get(it?.id ?? 0) ?? '')?.name).toBe('Contoso');
  });

  it('leaves an expletive `it` unresolved (`it is expected that …`, `it emerged that …`)', () => {
    const doc = docOf(
      'Contoso has warned PC users about the flaws. It is expected that more fixes will follow. It emerged that the flaws were known.',
      'en'
    );
    for (const info of doc.sentences.slice(1)) expect([...info.referents.keys()]).toEqual([]);
  });
});
