/**
 * Regression tests for the failure classes blind rating 100 found (session 41, batch `ai`, now a
 * fixture), on the rated articles and on invented sentences of the same shape.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, docOf, fixture, models } from './fixture-docs';
import type { Doc } from './document';
import { unsoundReason } from './kinds/shared';
import { whyKind } from './kinds/why';
import { LANGUAGE_PACKS } from './languages';

/** Why the parse of each clause of the sentences matching `pattern` cannot be trusted. */
const reasonsIn = (doc: Doc, pattern: RegExp) =>
  doc.sentences
    .filter((info) => pattern.test(info.s.text))
    .flatMap((info) => info.clauses.map((c) => unsoundReason(info, c, doc)));

describe('blind rating 100: meanings on cards', () => {
  it('reads the plural of a noun by the noun, not by a verb spelt the same but small (`Zeugen`: `machen`)', () => {
    const thesaurus = models.de.thesaurus;
    expect(thesaurus?.senses('Zeugen')).toEqual([]);
    expect(thesaurus?.senses('zeugen').flat()).toContain('machen');
    const cards = candidatesOf(docOf(fixture('ai-de-1.txt'), 'de')).filter(
      (c) => c.type === 'flashcard'
    );
    expect(cards.filter((c) => /machen/u.test(String(c.answer)))).toEqual([]);
  });

  it('takes a compound of two familiar words as familiar (`landowner`, `Mitschüler`), not a word with a suffix (`predictable`)', () => {
    expect(LANGUAGE_PACKS.en.isFamiliar('landowner')).toBe(true);
    expect(LANGUAGE_PACKS.en.isFamiliar('predictable')).toBe(false);
    expect(LANGUAGE_PACKS.de.isFamiliar('Mitschüler')).toBe(true);
    expect(LANGUAGE_PACKS.de.isFamiliar('Nebenkosten')).toBe(true);
  });
});

describe('blind rating 100: gaps', () => {
  it('asks no season that dates something with its year (`Im ____ 2026 soll …`)', () => {
    const doc = docOf(fixture('ai-de-3.txt'), 'de');
    const gaps = candidatesOf(doc).filter((c) => c.type === 'cloze');
    expect(gaps.filter((c) => c.answer === 'Herbst')).toEqual([]);
    const invented = docOf(
      'Neue Brücke für Altstadt\n\nDie Stadt will die alte Brücke abreißen. Im Sommer 2027 soll eine neue Brücke aus Stahl die alte ersetzen. Die Brücke kostet rund zwölf Millionen Euro. Die Stadt zahlt die Hälfte der Kosten. Die Brücke verbindet die Altstadt mit dem Bahnhof.',
      'de'
    );
    expect(
      candidatesOf(invented).filter((c) => c.type === 'cloze' && c.answer === 'Sommer')
    ).toEqual([]);
  });

  it('asks no word the title holds as the last part of a compound (`Gesetz` under `Verbindlichkeitsgesetz beschlossen`)', () => {
    const doc = docOf(fixture('ai-de-4.txt'), 'de');
    expect(candidatesOf(doc).filter((c) => c.type === 'cloze' && c.answer === 'Gesetz')).toEqual(
      []
    );
  });
});

describe('blind rating 100: wrong reasons', () => {
  it('puts no comparison, condition or hope as a reason (`Weil die Leute denken`, `Weil irgendwo ein Computer ausfällt`)', () => {
    const doc = docOf(fixture('ai-de-3.txt'), 'de');
    const choices = whyKind
      .propose({ doc, pack: LANGUAGE_PACKS.de })
      .flatMap((c) => c.choices ?? []);
    expect(choices.length).toBeGreaterThan(0);
    expect(
      choices.filter((c) =>
        /Leute denken|Computer ausfällt|Planung nicht vergisst|im Büro braucht/u.test(c)
      )
    ).toEqual([]);
  });
});

describe('blind rating 100: parses not to be asked', () => {
  it('asks nothing of a clause with a preposition read as an adverb (`binnen einer Woche Revision`)', () => {
    expect(reasonsIn(docOf(fixture('ai-de-1.txt'), 'de'), /binnen einer Woche/u)).toContain(
      'preposition read as adverb'
    );
  });

  it('asks nothing of an English `have` whose participle was read as a noun (`had risen from £58 to £94`)', () => {
    expect(reasonsIn(docOf(fixture('ai-en-3.txt'), 'en'), /had risen/u)).toContain(
      'participle read as noun'
    );
  });

  it('asks no object of `make` whose bare verb was read as its noun (`make the advantage count`)', () => {
    expect(reasonsIn(docOf(fixture('ai-en-4.txt'), 'en'), /advantage count/u)).toContain(
      'bare verb read as noun'
    );
  });

  it('asks no share with nothing it is a share of (`Nur 3,8 Prozent führten … zu einem Treffen`)', () => {
    const doc = docOf(fixture('ai-de-4.txt'), 'de');
    expect(reasonsIn(doc, /3,8 Prozent/u)).toContain('share without its whole');
    expect(candidatesOf(doc).filter((c) => /3,8 Prozent/u.test(String(c.answer)))).toEqual([]);
  });

  it('keeps `bereits` the parse hung inside an object out of the answer (`fordert bereits längere Öffnungszeiten`)', () => {
    const doc = docOf(fixture('ai-de-4.txt'), 'de');
    expect(candidatesOf(doc).filter((c) => /^bereits\s/iu.test(String(c.answer)))).toEqual([]);
  });
});

describe('blind rating 100: capitals', () => {
  it('reads a common noun opening a sentence as the noun the text writes small elsewhere (`Cameras recorded 212 clips`)', () => {
    const doc = docOf(fixture('ai-en-2.txt'), 'en');
    const opening = doc.sentences.find((i) => /^Cameras recorded/u.test(i.s.text))?.s.words[0];
    expect(opening?.upos).toBe('NOUN');
    expect(opening?.lemma).toBe('camera');
    expect(candidatesOf(doc).filter((c) => /\bCameras\b/u.test(c.prompt.slice(1)))).toEqual([]);
  });
});

describe('blind rating 100: what a question keeps and asks', () => {
  it('cuts `in the meantime` and `bis dahin` from a statement: they point back (`The council is in talks … in the meantime.`)', () => {
    const doc = docOf(fixture('ai-en-1.txt'), 'en');
    expect(
      candidatesOf(doc).filter((c) => c.type !== 'cloze' && /in the meantime/iu.test(c.prompt))
    ).toEqual([]);
    const german = docOf(fixture('l-de-1.txt'), 'de');
    expect(
      candidatesOf(german).filter((c) => c.type !== 'cloze' && /\bbis dahin\b/u.test(c.prompt))
    ).toEqual([]);
  });

  it('asks not which court judged (`Wer hat … verurteilt? Das Landgericht Oldenburg`)', () => {
    const doc = docOf(fixture('ai-de-1.txt'), 'de');
    expect(
      candidatesOf(doc).filter(
        (c) => /gericht/iu.test(String(c.answer)) && /^Wer\s/u.test(c.prompt)
      )
    ).toEqual([]);
  });

  it('asks for no phrase the parse hung a connective and a part of the clause on (`die Staatsanwaltschaft zudem wegen Beihilfe`)', () => {
    const doc = docOf(fixture('n-de-1.txt'), 'de');
    expect(candidatesOf(doc).filter((c) => /\bzudem\b/u.test(String(c.answer)))).toEqual([]);
  });
});
