/**
 * Regression tests for the failure classes blind rating 101 found (session 41, batch `aj`, now a
 * fixture), on the rated articles.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allModels } from '../../../../scripts/nlp-models';
import { analyse } from '../nlp/analyse';
import { buildDocument, type Doc } from './document';
import { gistKind } from './kinds/gist';
import { KINDS } from './kinds';
import type { Candidate } from './kinds/types';
import { LANGUAGE_PACKS } from './languages';
import { rejectReason } from './rank';

const models = allModels();
const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/unseen/${name}`, import.meta.url), 'utf8');
const docOf = (text: string, language: 'de' | 'en') => {
  const m = models[language];
  return buildDocument(
    analyse(text, language, m),
    m.lexicon,
    m.thesaurus,
    m.entities.names,
    m.glossary
  );
};
const candidatesOf = (doc: Doc): Candidate[] =>
  KINDS.flatMap((k) => k.propose({ doc, pack: LANGUAGE_PACKS[doc.language] }));

describe('blind rating 101: who said what', () => {
  it('quotes a quotation that opens on a `dass` of its own (`Aber dass man … durchzieht, ist kein Umgang miteinander`), never as reported speech', () => {
    const asked = candidatesOf(docOf(fixture('aj-de-1.txt'), 'de')).filter((c) =>
      /Tischvorlage/u.test(c.prompt)
    );
    expect(asked.filter((c) => /^Wer sagte laut Text, dass/u.test(c.prompt))).toEqual([]);
    expect(asked.some((c) => /^Wer hat laut Text gesagt: „Dass man/u.test(c.prompt))).toBe(true);
  });

  it('keeps `still` inside a clause (`could not afford to stand still`)', () => {
    const asked = candidatesOf(docOf(fixture('aj-en-2.txt'), 'en')).filter((c) =>
      /afford to stand/u.test(c.prompt)
    );
    expect(asked.length).toBeGreaterThan(0);
    for (const c of asked) expect(c.prompt).toMatch(/stand still/u);
  });
});

describe('blind rating 101: what an answer carries', () => {
  it('asks for no object that carries what the verb defends it with (`Was verteidigte Aichele? die Erhöhung mit dem wachsenden Defizit`)', () => {
    const doc = docOf(fixture('aj-de-1.txt'), 'de');
    expect(candidatesOf(doc).filter((c) => /^die Erhöhung mit/u.test(String(c.answer)))).toEqual(
      []
    );
  });

  it('asks for no `die beiden` (`Was hat das Landgericht Regensburg verurteilt? die beiden …`)', () => {
    const doc = docOf(fixture('aj-de-3.txt'), 'de');
    expect(candidatesOf(doc).filter((c) => /^die beiden\b/u.test(String(c.answer)))).toEqual([]);
  });
});

describe('blind rating 101: gist and cards', () => {
  it('keys no gist to a lead that opens on a scene (`Als Sarah Kettenbach bei Kilometer 61 … kniete`)', () => {
    const doc = docOf(fixture('aj-de-2.txt'), 'de');
    const gists = gistKind.propose({ doc, pack: LANGUAGE_PACKS.de });
    expect(gists.filter((c) => /^Als Sarah Kettenbach/u.test(String(c.answer)))).toEqual([]);
  });

  it('makes no card on an English word only of the calendar (`autumn`)', () => {
    const doc = docOf(fixture('aj-en-1.txt'), 'en');
    expect(candidatesOf(doc).filter((c) => c.prompt === 'autumn (noun)')).toEqual([]);
  });
});

describe('session 41: what the fixtures showed after the fixes', () => {
  it('keeps `damit` that stands for a `dass` clause (`rechnet damit, dass …`), never `Was rechnet …?`', () => {
    const doc = docOf(fixture('a-de-1.txt'), 'de');
    expect(candidatesOf(doc).filter((c) => /^Was rechnet\b/u.test(c.prompt))).toEqual([]);
  });

  it('rejects a question that names its own answer (`Wer will laut Franz Egger …? Franz Egger`)', () => {
    const doc = docOf(fixture('a-de-1.txt'), 'de');
    const sentences = doc.sentences.map((i) => i.s.text);
    const named = candidatesOf(doc).filter(
      (c) => /Franz Egger/u.test(c.prompt) && /^Franz Egger/u.test(String(c.answer))
    );
    expect(named.length).toBeGreaterThan(0);
    for (const c of named) expect(rejectReason(c, sentences)).toBe('answer named in the question');
  });
});
