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
import { docOf, fixture } from '../../fixture-docs';
import { speechKind, statementsOf } from './index';

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

  it('asks it of a speaker the text comes back to only to fill a quiz up to its minimum (`Gregory Ioannidis`: a name to find beside a statement was good in none of 32 ratings of blind ratings 100–123)', () => {
    const asked = speechKind
      .propose({ doc: doc('news-en/015.txt'), pack: LANGUAGE_PACKS.en })
      .filter((c) => c.answer === 'Gregory Ioannidis' && c.type !== 'match');
    expect(asked.length).toBeGreaterThan(0);
    for (const c of asked) expect([c.lastResort, c.onlyAlone], c.prompt).toEqual([true, undefined]);
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
    // (Ellen Kasper's words are matched to her in a task now, `Bradford Town Manager Ellen
    // Kasper` among its names; a councillor's title is the same case.)
    const councillor = fixture('aw-en-1.txt', 'en').find((c) => c.answer === 'Cllr Janet Pryor');
    expect(councillor?.accept).toEqual(expect.arrayContaining(['Pryor', 'Janet Pryor']));
  });
});

describe('speech: speakers named after their role', () => {
  it('takes a name set off by a comma after a role with a genitive for the speaker (`die Leiterin des Gesundheitsamts, Claudia Remmele,`, `Dessen Vorsitzender Markus Hellinger`: the parse hung the names on the genitive, and the statements of three of twelve German articles of ratings 114–116 lost their speakers)', () => {
    const models = allModels().de;
    const speakersOf = (name: string) => {
      const text = readFileSync(new URL(`../../fixtures/unseen/${name}`, import.meta.url), 'utf8');
      const d = buildDocument(
        analyse(text, 'de', models),
        models.lexicon,
        models.thesaurus,
        models.entities.names
      );
      return d.sentences.flatMap((i) =>
        i.quotes.map((q) => d.entities.get(q.speakerEntity ?? '')?.name)
      );
    };
    expect(speakersOf('ay-de-1.txt')).toEqual(
      expect.arrayContaining(['Claudia Remmele', 'Nadine Kurz'])
    );
    expect(speakersOf('ax-de-4.txt')).toContain('Stefan Großkopf');
    expect(speakersOf('ax-de-1.txt')).toContain('Markus Hellinger');
  });
});

describe('speech: statements whole and of each speaker', () => {
  const matchOf = (name: string, language: 'de' | 'en') => {
    const models = allModels()[language];
    const text = readFileSync(new URL(`../../fixtures/unseen/${name}`, import.meta.url), 'utf8');
    const d = buildDocument(
      analyse(text, language, models),
      models.lexicon,
      models.thesaurus,
      models.entities.names,
      models.glossary
    );
    const found = speechKind.propose({ doc: d, pack: LANGUAGE_PACKS[language] });
    return found.find((c) => c.type === 'match')?.answer as [string, string][] | undefined;
  };

  it('matches a quotation as all its words between the marks (`Wer nur noch dreimal pro Woche fährt, nimmt` of `„Wer nur noch dreimal pro Woche fährt, nimmt eine längere Strecke eher in Kauf“`, the parse having ended the clause early)', () => {
    const pairs = matchOf('ax-de-4.txt', 'de') ?? [];
    const maibach = pairs.find(([, name]) => name === 'Jürgen Maibach');
    expect(maibach?.[0]).toMatch(/in Kauf$/u);
  });

  it('takes a later statement of a speaker whose first one is too long to match (`Phosphorus readings … had roughly doubled …` of Niamh Carolan, rating 117: no matching task on three speakers)', () => {
    const pairs = matchOf('ba-en-1.txt', 'en') ?? [];
    expect(pairs.map(([, name]) => name)).toContain('Niamh Carolan');
  });

  it('matches no reported statement that points back (`dass diese Zusage schriftlich vorliege`: which promise? both raters of rating 117)', () => {
    const pairs = matchOf('ba-de-1.txt', 'de') ?? [];
    expect(pairs.filter(([statement]) => /diese Zusage/u.test(statement))).toEqual([]);
  });
});

describe('speech: what one speaker said', () => {
  it('asks what a speaker said among what others the text names said (`Was sagte Sabine Köberle laut Text?`: the question raters of ratings 106–118 asked for in place of who said a quotation), and no who-said question on its choices', () => {
    const models = allModels().de;
    const text = readFileSync(
      new URL('../../fixtures/unseen/ba-de-1.txt', import.meta.url),
      'utf8'
    );
    const d = buildDocument(
      analyse(text, 'de', models),
      models.lexicon,
      models.thesaurus,
      models.entities.names
    );
    const found = speechKind.propose({ doc: d, pack: LANGUAGE_PACKS.de });
    const what = found.find((c) => c.prompt === 'Was sagte Sabine Köberle laut Text?');
    expect(what?.answer).toMatch(/^Die Sparkasse hat einen öffentlichen Auftrag/u);
    expect(what?.choices).toHaveLength(3);
    expect(what?.choices).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Ich kann meiner Nachbarin/u)])
    );
    const choices = new Set(what?.support);
    expect(
      found.filter((c) => c !== what && (c.support ?? []).some((x) => choices.has(x)))
    ).toEqual([]);
  });

  it('takes no statement cut from its first words (`sei zudem, dass der Austritt …` of `Auffällig sei zudem, dass …`: in a matching task of rating 120)', () => {
    const d = docOf(fixture('bd-de-4.txt'), 'de');
    const said = statementsOf(d).map((x) => x.content);
    expect(said.length).toBeGreaterThan(2);
    expect(said.filter((x) => /^sei\b/iu.test(x))).toEqual([]);
  });
});

describe('speech: words torn in two by the parse', () => {
  it('takes no statement of a verb of saying the parse gave two clauses of content (`said the increase was steeper than staff had expected` asked as `… that the increase was steeper than staff?`, both raters of blind rating 124)', () => {
    const said = statementsOf(docOf(fixture('bh-en-4.txt'), 'en'));
    expect(said.length).toBeGreaterThan(0);
    expect(said.filter((x) => /than staff$/u.test(x.content))).toEqual([]);
  });
});

describe('speech: no statement the sentence only quotes in part', () => {
  it('takes no quotation opening in lower case nor reported words stopping where a quotation begins (`spend the next two months looking for loopholes`, `The cones had become.`: rating 127)', () => {
    const contents = (name: string) =>
      statementsOf(docOf(fixture(name), 'en')).map((x) => x.content);
    const loopholes = contents('bk-en-1.txt');
    expect(loopholes.length).toBeGreaterThan(0);
    expect(loopholes.filter((t) => /looking for loopholes/u.test(t))).toEqual([]);
    const cones = contents('bk-en-3.txt');
    expect(cones.filter((t) => /^the cones had become$/iu.test(t))).toEqual([]);
  });
});
