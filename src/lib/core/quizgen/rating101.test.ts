/**
 * Regression tests for the failure classes blind ratings 101 and 102 found (session 41, batches
 * `aj` and `ak`, now fixtures), on the rated articles.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, docOf, fixture, models } from './fixture-docs';
import { gistKind } from './kinds/gist';
import { whyKind } from './kinds/why';
import { generateQuestionSet } from './index';
import { LANGUAGE_PACKS } from './languages';
import { rejectReason } from './rank';

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

describe('blind rating 102', () => {
  it('takes no first name the tagger read as a noun for a role (`Für Renate Kühn …`: `Renat`)', () => {
    const doc = docOf(fixture('ak-de-1.txt'), 'de');
    const matches = candidatesOf(doc).filter((c) => c.type === 'match');
    expect(matches.filter((c) => /Renat\b/u.test(JSON.stringify(c.answer)))).toEqual([]);
  });

  it('puts no clause with an article standing alone as a reason (`Weil dem das Gericht nur teilweise folgte`)', () => {
    const doc = docOf(fixture('ak-de-2.txt'), 'de');
    const choices = whyKind
      .propose({ doc, pack: LANGUAGE_PACKS.de })
      .flatMap((c) => c.choices ?? []);
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.filter((c) => /^Weil dem das/u.test(c))).toEqual([]);
  });

  it('asks `Was` of no one a court sentenced (`Was verurteilte das Gericht …? den Angeklagten`)', () => {
    const doc = docOf(fixture('ak-de-2.txt'), 'de');
    expect(candidatesOf(doc).filter((c) => /^Was verurteilte/u.test(c.prompt))).toEqual([]);
  });

  it('asks nothing of a clause whose article stands as its object (`doch das brauche Zeit`: `Wer braucht das Zeit?`)', () => {
    const doc = docOf(fixture('a-de-1.txt'), 'de');
    expect(candidatesOf(doc).filter((c) => /das Zeit/u.test(c.prompt))).toEqual([]);
  });

  it('explains no word by one its example uses beside it (`Archiv`: `Sammlung` in `Und weil Sammlungen Archive sind.`)', () => {
    const doc = docOf(fixture('ak-de-3.txt'), 'de');
    const archiv = candidatesOf(doc).filter((c) => /^das Archiv\b/u.test(c.prompt));
    for (const c of archiv) expect(String(c.answer)).not.toMatch(/Bedeutung: Sammlung/u);
  });

  it('makes no card that asks who said what the quiz asks (`Wer sagt: „Die Menschen wollen wissen …“?` twice)', () => {
    const set = generateQuestionSet(fixture('ak-de-4.txt'), { models, language: 'de' });
    const asked = set.questions.filter((q) => /Die Menschen wollen wissen/u.test(q.prompt));
    expect(asked.filter((q) => q.type !== 'flashcard').length).toBeGreaterThan(0);
    expect(
      asked.filter((q) => q.type === 'flashcard' && q.answer === 'Timo Brettschneider')
    ).toEqual([]);
  });

  it('offers no place or thing as a speaker (`at Clayton Vale`, `red mullet, anchovy and John Dory`)', () => {
    for (const [name, wrong] of [
      ['ak-en-3.txt', 'Clayton Vale'],
      ['aj-en-1.txt', 'John Dory']
    ] as const) {
      const asked = candidatesOf(docOf(fixture(name), 'en')).filter((c) => c.kind === 'speech');
      expect(asked.length).toBeGreaterThan(0);
      expect(asked.filter((c) => (c.choices ?? []).includes(wrong))).toEqual([]);
    }
  });
});
