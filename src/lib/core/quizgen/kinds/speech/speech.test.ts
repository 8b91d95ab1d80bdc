/**
 * Regression tests for "who said …?", named after the failure each guards, on the development
 * corpus through the real analysis and the committed models.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../../../../../../scripts/corpus-dir';
import { allModels } from '../../../../../../scripts/nlp-models';
import { analyse } from '../../../nlp/analyse';
import { buildDocument } from '../../document';
import { LANGUAGE_PACKS } from '../../languages';
import { speechKind } from './index';

const m = allModels().en;
const doc = (file: string) =>
  buildDocument(
    analyse(readFileSync(`${CORPUS_DIR}/${file}`, 'utf8'), 'en', m),
    m.lexicon,
    m.thesaurus,
    m.entities.names,
    m.glossary
  );

describe('speech: who said it, of speakers the text is about', () => {
  it('asks who said it of a speaker named once only where nothing else is asked (`Paul Sheard`, an analyst quoted for colour, rating 50)', () => {
    const d = doc('news-en/002.txt');
    const asked = speechKind.propose({ doc: d, pack: LANGUAGE_PACKS.en });
    const sheard = asked.find((c) => c.answer === 'Paul Sheard');
    expect(sheard).toBeDefined();
    expect(sheard?.lastResort).toBe(true);
    expect(sheard?.onlyAlone).toBe(true);
  });

  it('still asks it of a speaker the text comes back to (`Gregory Ioannidis`, kept in rating 50)', () => {
    const asked = speechKind.propose({ doc: doc('news-en/015.txt'), pack: LANGUAGE_PACKS.en });
    const lawyer = asked.filter((c) => c.answer === 'Gregory Ioannidis');
    expect(lawyer.length).toBeGreaterThan(0);
    for (const c of lawyer) expect(c.lastResort, c.prompt).toBeUndefined();
  });
});

describe('speech: reported speech before its speaker', () => {
  it('asks reported speech before its speaker as reported, never its subjunctive between quotation marks (`Wer hat laut Text gesagt: „Das Urteil sende …“?`, blind rating 74)', () => {
    const text = readFileSync(new URL('../../fixtures/unseen/j-de-4.txt', import.meta.url), 'utf8');
    const de = allModels().de;
    const doc = buildDocument(analyse(text, 'de', de), de.lexicon, de.thesaurus, de.entities.names);
    const prompts = speechKind.propose({ doc, pack: LANGUAGE_PACKS.de }).map((c) => c.prompt);
    expect(prompts).toContain(
      'Wer sagte laut Text, das Urteil sende ein fatales Signal für den Ausbau der erneuerbaren Energien?'
    );
    expect(prompts.filter((p) => /„[^“]*\bsende\b/u.test(p))).toEqual([]);
  });
});

describe('speech: what else a reader may write for a speaker', () => {
  const fixture = (name: string, language: 'de' | 'en') => {
    const models = allModels()[language];
    const text = readFileSync(new URL(`../../fixtures/unseen/${name}`, import.meta.url), 'utf8');
    return speechKind
      .propose({
        doc: buildDocument(
          analyse(text, language, models),
          models.lexicon,
          models.thesaurus,
          models.entities.names,
          models.glossary
        ),
        pack: LANGUAGE_PACKS[language]
      })
      .filter((c) => c.type === 'short-answer');
  };

  it('accepts the role the text gives and the name without a title (`der Fährmeister`, `Ellen Kasper`: blind ratings 83 and 84)', () => {
    const ferry = fixture('s-de-1.txt', 'de').find((c) => c.answer === 'Uwe Rautenberg');
    expect(ferry?.accept).toEqual(expect.arrayContaining(['Rautenberg', 'der Fährmeister']));
    const bridge = fixture('t-en-1.txt', 'en').find((c) => /Ellen Kasper$/u.test(String(c.answer)));
    expect(bridge?.accept).toEqual(expect.arrayContaining(['Kasper', 'Ellen Kasper']));
  });
});
