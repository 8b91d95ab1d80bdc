/**
 * Regression tests for gaps blind ratings struck (sessions 13–14), each named after the failure
 * it guards, on invented texts through the real analysis and the committed models.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../../../../../../scripts/corpus-dir';
import { allModels } from '../../../../../../scripts/nlp-models';
import { analyse } from '../../../nlp/analyse';
import { buildDocument } from '../../document';
import { LANGUAGE_PACKS } from '../../languages';
import { clozeKind, nounClassDe } from './index';
import { generateQuestionSet } from '../../index';
import { docOf, fixture } from '../../fixture-docs';
import { interviewPairs } from '../interview';

const models = allModels();
const gapsOf = (text: string, language: 'de' | 'en') => {
  const m = models[language];
  const doc = buildDocument(analyse(text, language, m), m.lexicon, m.thesaurus, m.entities.names);
  return clozeKind.propose({ doc, pack: LANGUAGE_PACKS[language] });
};

const corpusTexts = (folder: string) =>
  readdirSync(`${CORPUS_DIR}/${folder}`)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(`${CORPUS_DIR}/${folder}/${f}`, 'utf8'));

describe('cloze: word banks of one kind', () => {
  it('never offers a compound led by a name for a word of a kind (`Petrowski-Stadion` for `Viertelfinale`, `Red-Bull-Milliardär` for `Sender`: ratings 58–64)', () => {
    const banks = ['news-de/021.txt', 'news-de-2/125.txt', 'news-de/042.txt']
      .flatMap((f) => gapsOf(readFileSync(`${CORPUS_DIR}/${f}`, 'utf8'), 'de'))
      .filter((c) => !String(c.answer).includes('-'))
      .flatMap((c) => c.wordBank ?? []);
    expect(banks.length).toBeGreaterThan(0);
    expect(
      banks.filter((w) => /^(Petrowski-Stadion|Red-Bull-Milliardär|Holzmeister-Riegel)$/u.test(w))
    ).toEqual([]);
  });
});

describe('cloze: gaps blind ratings struck', () => {
  const german = corpusTexts('news-de-2').flatMap((t) => gapsOf(t, 'de'));
  const english = corpusTexts('news-en').flatMap((t) => gapsOf(t, 'en'));
  // Generated while collecting, like the corpus test: a busy machine must not time a test out.
  const englishQuizzes = corpusTexts('news-en').map((text) =>
    generateQuestionSet(text, { models, language: 'en' }).questions.filter(
      (q) => q.type !== 'flashcard'
    )
  );

  it('never gaps a sentence that opens by adding to the one before (`Dazu kommen sieben Erklärungen von ____`, rating 56)', () => {
    const statistics = gapsOf(readFileSync(`${CORPUS_DIR}/news-de/002.txt`, 'utf8'), 'de');
    expect(statistics.length).toBeGreaterThan(0);
    for (const c of [...german, ...statistics])
      expect(c.prompt).not.toMatch(/^(Dazu|Daneben|Dabei) \p{Ll}/u);
  });

  it('names the person a subject pronoun stands for (`Am Donnerstag liest sie im ____`, rating 60: `Er` a riddle)', () => {
    // (The reading's gap, `im ____` for the cinema `Filmcasino`, is no longer asked: the text
    // uses the word as a name, session 30.)
    const founder = gapsOf(readFileSync(`${CORPUS_DIR}/news-de-2/120.txt`, 'utf8'), 'de').find(
      (c) => c.answer === 'Mitbegründer'
    );
    expect(founder?.prompt).toMatch(/^Außerdem wurde Leopold Rosenmayr mit Hans Tuppy/u);
  });

  it('offers no form that can only be a dative for a gap of any case (`geschlossenen ____ überprüft`: `Gehältern`, rating 61), but keeps one after `von`', () => {
    const review = gapsOf(readFileSync(`${CORPUS_DIR}/news-de-2/108.txt`, 'utf8'), 'de').find(
      (c) => c.answer === 'Betriebsvereinbarungen'
    );
    // (Since session 39 the gap has no bank: the one other plural of its case the text offers,
    // `Juristen`, is people, no alternative to agreements.)
    expect(review?.wordBank ?? []).not.toContain('Gehältern');
    expect(review?.wordBank ?? []).not.toContain('Juristen');
    const demands = gapsOf(readFileSync(`${CORPUS_DIR}/news-de/011.txt`, 'utf8'), 'de').find(
      (c) => c.answer === 'Forderungen' && c.prompt.includes('Vielzahl von ____')
    );
    // (Its alternatives are acts like it since blind rating 82: `Verträgen`, a thing, is no
    // longer among them.)
    expect(demands?.wordBank?.length).toBeGreaterThanOrEqual(3);
  });

  it('gaps no German headline without a finite verb (`Deutschland und ____ am stärksten von Locky betroffen.`, rating 61)', () => {
    const locky = gapsOf(readFileSync(`${CORPUS_DIR}/news-de/027.txt`, 'utf8'), 'de');
    expect(locky.length).toBeGreaterThan(0);
    expect(locky.filter((c) => /am stärksten von Locky betroffen\.$/u.test(c.prompt))).toEqual([]);
  });

  it('never gaps the source of a report (`laut ____` for `Medienberichten`, `told ____`)', () => {
    expect(german.length).toBeGreaterThan(20);
    for (const c of [...german, ...english])
      expect(c.prompt).not.toMatch(/\b(laut|according to|told|nach Angaben)\s+(\S+\s+)?____/iu);
    expect(
      gapsOf('Der Bürgermeister sagte der Lokalzeitung, die Werte würden sinken.', 'de')
    ).toEqual([]);
  });

  it("never gaps a name before its possessive mark (`Corpus, ____' fourth collection of poems`)", () => {
    for (const c of [...german, ...english]) expect(c.prompt).not.toMatch(/____['’]/u);
  });

  it('never gaps a month, weekday or time of day (`seit ____` for `Februar`, `am ____` for `Freitagnachmittag`)', () => {
    const calendar =
      /^(januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(nachmittag|abend|vormittag)?|wochenende|january|february|march|june|july|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)$/iu;
    for (const c of [...german, ...english]) expect(String(c.answer)).not.toMatch(calendar);
  });

  it('asks an English gap on an everyday noun or verb only to bring a quiz up to its minimum (`a considerable ____ of money`)', () => {
    const gaps = gapsOf(
      'His patents earned him a considerable amount of money, much of which financed his own projects. He lived most of his life in a series of New York hotels. The inventor died in 1943 in his hotel room. His experiments with electricity made him famous across the country.',
      'en'
    );
    const words = gaps.filter((c) => /^\p{Ll}/u.test(String(c.answer)));
    expect(words.length).toBeGreaterThan(0);
    for (const c of words) expect(c.lastResort, c.prompt).toBe(true);
  });

  it('asks an English article’s gap on an ordinary word only where it has no other question (`ahead of the ____` for `meeting`, rating 47)', () => {
    let alone = 0;
    for (const quiz of englishQuizzes) {
      const words = quiz.filter((q) => q.type === 'cloze' && /^\p{Ll}/u.test(String(q.answer)));
      if (words.length > 0) expect(quiz.length, quiz.map((q) => q.prompt).join('\n')).toBe(1);
      if (words.length === 0) alone++;
    }
    expect(alone).toBe(englishQuizzes.length);
    const words = english.filter((c) => c.fallback);
    expect(words.length).toBeGreaterThan(0);
    for (const c of words) expect(c.onlyAlone, c.prompt).toBe(true);
  });
});

describe('cloze: no gap in a sentence that points back (blind rating 112)', () => {
  it('gaps no sentence whose time or amount is named before it (`Damals kamen die meisten wegen der ____ …`, `… um 261 Wohnungen darunter`)', () => {
    const unseen = (name: string) =>
      readFileSync(new URL(`../../fixtures/unseen/${name}`, import.meta.url), 'utf8');
    const betting = gapsOf(unseen('av-de-2.txt'), 'de').map((c) => c.prompt);
    const housing = gapsOf(unseen('av-de-4.txt'), 'de').map((c) => c.prompt);
    expect(betting.filter((p) => /^Damals /u.test(p))).toEqual([]);
    expect(housing.filter((p) => /darunter\.$/u.test(p))).toEqual([]);
    // (Sentences that stand alone keep their gaps.)
    expect(betting.length).toBeGreaterThan(0);
    expect(housing.length).toBeGreaterThan(0);
  });
});

describe('cloze: word banks in the gap’s number', () => {
  it('offers no dative plural for a singular gap where the dictionary knows the plural (`nach dem ersten ____`: `Experiment / Helium / Kraftwerken`)', () => {
    const gaps = gapsOf(
      'Die Forscher sind zufrieden. Das ist ein toller Tag, sagte die Direktorin nach dem ersten Experiment in der Anlage. Dafür ist die Erzeugung eines Plasmas erforderlich, damit später in Kraftwerken Atomkerne verschmelzen. Die Stromversorgung ist ein großes Projekt. Nach dem nächsten Versuch wird das Ergebnis geprüft. Das Institut betreibt ein eigenes Labor. Die Forschung an dem Projekt läuft seit Jahren.',
      'de'
    );
    expect(gaps.length).toBeGreaterThan(0);
    for (const c of gaps) expect(c.wordBank ?? []).not.toContain('Kraftwerken');
  });
});

describe('cloze: no side figure of an article', () => {
  it('gaps no person an article names once, even in its lead (`The Producers, starring Nathan Lane and ____`: rating 53)', () => {
    const text = readFileSync(`${CORPUS_DIR}/news-en/008.txt`, 'utf8');
    const m = models.en;
    const doc = buildDocument(analyse(text, 'en', m), m.lexicon, m.thesaurus, m.entities.names);
    const gaps = clozeKind.propose({ doc, pack: LANGUAGE_PACKS.en });
    const people = [...doc.entities.values()].filter((e) => e.type === 'PER');
    expect(people.some((e) => e.name === 'Lee Evans')).toBe(true);
    for (const c of gaps) {
      const person = people.find((e) => e.name === c.answer);
      if (person)
        expect(new Set(person.mentions.map((x) => x.sentence)).size, c.prompt).toBeGreaterThan(1);
    }
    expect(gaps.map((c) => c.answer)).not.toContain('Lee Evans');
  });
});

describe('cloze: a paragraph’s facts rather than its ordinary words', () => {
  const paragraph =
    'Oxygen was discovered independently by Carl Wilhelm Scheele, in Uppsala, in 1773 or earlier, and Joseph Priestley in Wiltshire, in 1774. The name oxygen was coined in 1777 by Antoine Lavoisier, whose experiments with oxygen helped to discredit the then-popular phlogiston theory. Its name derives from the Greek roots for acid and producer. Common uses of oxygen include production of steel, plastics and textiles.';

  it('gaps the year of a paragraph’s event with the text’s other years as alternatives (`coined in ____`: 1777 among 1773, 1774)', () => {
    const year = gapsOf(paragraph, 'en').find((c) => c.answer === '1777');
    expect(year?.prompt).toMatch(/coined in ____ by/u);
    expect(year?.wordBank).toEqual(expect.arrayContaining(['1773', '1774']));
  });

  it('asks a year gap only of a paragraph with no other question (`Tesla died on ____`, `as early as ____`: ratings 50 and 51)', () => {
    const year = gapsOf(paragraph, 'en').find((c) => c.answer === '1777');
    expect(year?.lastResort).toBe(true);
    expect(year?.onlyAlone).toBe(true);
  });

  it('gaps a figure only in the text’s most important sentence (`80 kilometres north of Lima`: ratings 50 and 51)', () => {
    // (The lead with its verb: a headline without one gets no gap at all, since session 27.)
    const text =
      'Ein Hubschrauber mit 21 Menschen an Bord ist in Afghanistan notgelandet. Die Taliban nahmen nach der Landung 18 Menschen als Geiseln. Der Hubschrauber landete rund 80 Kilometer von der Stadt Maimana entfernt. Das Verteidigungsministerium in Kabul bestätigte den Vorfall. Die Regierung verhandelt nun mit den Taliban über die Freilassung.';
    const m = models.de;
    const doc = buildDocument(analyse(text, 'de', m), m.lexicon, m.thesaurus, m.entities.names);
    const figures = clozeKind
      .propose({ doc, pack: LANGUAGE_PACKS.de })
      .filter((c) => /^\d[\d.,]*\s/u.test(String(c.answer)));
    expect(figures.length).toBeGreaterThan(0);
    for (const c of figures) expect(c.evidence, c.prompt).toEqual([doc.ranked[0]]);
  });

  it('asks a figure gap of an article only where it has no other question (`____ Unterschriften`, `18,6 Kilometer`: pure recall of a number, 0 of 18 ratings kept in blind ratings 76–92)', () => {
    const text = [
      'Ein Hubschrauber mit 21 Menschen an Bord ist in Afghanistan notgelandet.',
      'Die Taliban nahmen nach der Landung 18 Menschen als Geiseln.',
      'Der Hubschrauber landete rund 80 Kilometer von der Stadt Maimana entfernt.',
      'Das Verteidigungsministerium in Kabul bestätigte den Vorfall am Abend.',
      'Die Regierung verhandelt nun mit den Taliban über die Freilassung.',
      'Nach Angaben des Ministeriums befinden sich unter den Geiseln auch zwei Ärzte.',
      'Der Gouverneur der Provinz rief die Bevölkerung zur Ruhe auf.',
      'Die Armee schickte am Nachmittag mehrere Einheiten in das Gebiet.',
      'Ein Sprecher der Taliban äußerte sich bisher nicht zu dem Vorfall.'
    ].join(' ');
    const m = models.de;
    const doc = buildDocument(analyse(text, 'de', m), m.lexicon, m.thesaurus, m.entities.names);
    const figures = clozeKind
      .propose({ doc, pack: LANGUAGE_PACKS.de })
      .filter((c) => /^\d[\d.,]*\s/u.test(String(c.answer)));
    expect(figures.length).toBeGreaterThan(0);
    for (const c of figures) {
      expect(c.lastResort, c.prompt).toBe(true);
      expect(c.onlyAlone, c.prompt).toBe(true);
    }
  });

  it('gaps no figure of a paragraph outside its most important sentence (`lag die geschätzte Bevölkerungszahl … bei ____`, rating 50)', () => {
    const paragraphs = JSON.parse(readFileSync(`${CORPUS_DIR}/xquad/de.json`, 'utf8')) as {
      id: string;
      context: string;
    }[];
    const text = paragraphs.find((p) => p.id === 'xquad.de/22/0')?.context ?? '';
    const m = models.de;
    const doc = buildDocument(analyse(text, 'de', m), m.lexicon, m.thesaurus, m.entities.names);
    const gaps = clozeKind.propose({ doc, pack: LANGUAGE_PACKS.de });
    expect(gaps.length).toBeGreaterThan(0);
    const figures = gaps.filter((c) => /^\d[\d.,]*$/u.test(String(c.answer)));
    for (const c of figures) expect(c.evidence, c.prompt).toEqual([doc.ranked[0]]);
    expect(gaps.some((c) => c.answer === '2.000')).toBe(false);
  });

  it('asks a paragraph’s ordinary-word gap only where it has no other question (`whose ____ with oxygen` for `experiments`, rating 47)', () => {
    const paragraphs = JSON.parse(readFileSync(`${CORPUS_DIR}/xquad/de.json`, 'utf8')) as {
      id: string;
      context: string;
    }[];
    const oxygen = paragraphs.find((p) => p.id === 'xquad.de/12/0')?.context ?? '';
    const words = gapsOf(oxygen, 'de').filter((c) => c.fallback);
    expect(words.length).toBeGreaterThan(0);
    for (const c of words) expect(c.onlyAlone, c.prompt).toBe(true);
  });

  it('gaps no year right beside another (`Ende 1961 und Anfang ____`, `von 1870 bis ____`)', () => {
    const gaps = gapsOf(
      'Das Sommertheater im Sächsischen Garten war von 1870 bis 1939 in Betrieb. Ende 1961 und Anfang 1962 begannen die Ingenieure, das Verfahren zu unterstützen. Die Kommission wurde im Juli 1958 eingesetzt. Der Bericht erschien im Jahr 1965.',
      'de'
    );
    expect(gaps.some((c) => /1958|1965/u.test(String(c.answer)))).toBe(true);
    for (const c of gaps) expect(String(c.answer)).not.toMatch(/^(1939|1870|1961|1962)$/u);
  });

  it('gaps no name that is one member of a list (`In Venezuela, Ecuador, … und ____ befinden sich ebenfalls …`)', () => {
    const gaps = gapsOf(
      'Der größte Teil des Regenwaldes liegt in Brasilien. In Venezuela, Ecuador, Bolivien und Kolumbien befinden sich ebenfalls kleine Regenwaldanteile. Peru hat den zweitgrößten Anteil. In Chile und Argentinien gibt es keinen Regenwald. Mexiko hat eigene Wälder.',
      'de'
    );
    expect(gaps.length).toBeGreaterThan(0);
    for (const c of gaps) expect(c.prompt).not.toMatch(/Venezuela, .*____.* befinden/u);
  });
});

describe('cloze: ordinary words a rating struck in German articles (rating 47)', () => {
  const union = readFileSync(`${CORPUS_DIR}/news-de/011.txt`, 'utf8');
  const football = readFileSync(`${CORPUS_DIR}/news-de/022.txt`, 'utf8');
  const refugees = readFileSync(`${CORPUS_DIR}/news-de/012.txt`, 'utf8');

  it('gaps no noun a `solche`/`such` points back with (`mit solchen ____` for `Verträgen`)', () => {
    const gaps = gapsOf(union, 'de');
    expect(gaps.length).toBeGreaterThan(0);
    for (const c of gaps) expect(c.prompt).not.toMatch(/\b(solche[nmrs]?|such) ____/iu);
  });

  it('gaps no counted noun (`mit vier ____` for `Zählern`) but a noun before a year (`im ____ 2014`)', () => {
    // (news-de/022, `mit vier Zählern`, has no gap at all since session 26 ranked its sentence
    // lower; news-de/002 has `der 48 ____`, the figure read as an adjective.)
    const parliament = readFileSync(`${CORPUS_DIR}/news-de/002.txt`, 'utf8');
    const gaps = [football, parliament].flatMap((t) => gapsOf(t, 'de'));
    expect(gaps.length).toBeGreaterThan(0);
    for (const c of gaps) expect(c.prompt).not.toMatch(/\b(vier|zwei|drei|\d+) ____/u);
    // (A season with its year is a date since blind rating 100, asked as a date if at all.)
    const season = gapsOf(
      'Apple bringt ein neues Modell. Zuletzt kam im Herbst 2014 das iPad Air 2 auf den Markt. Im Frühling folgt die nächste Version. Der Sommer bringt neue Geräte. Der Preis bleibt gleich.',
      'de'
    );
    expect(season.some((c) => c.answer === 'Herbst')).toBe(false);
    expect(season.some((c) => c.answer === 'Frühling')).toBe(true);
    const art = gapsOf(readFileSync(`${CORPUS_DIR}/news-de/037.txt`, 'utf8'), 'de');
    expect(art.some((c) => /2010: keine ____, keine Restitution/u.test(c.prompt))).toBe(true);
  });

  it('gaps no noun of a sentence of three figures or more (`Zu den ____ kommen 138 Ausschusssitzungen, 24 …`, struck in ratings 58 and 60)', () => {
    const gaps = gapsOf(readFileSync(`${CORPUS_DIR}/news-de/002.txt`, 'utf8'), 'de');
    expect(gaps.length).toBeGreaterThan(0);
    for (const c of gaps) expect(c.prompt).not.toMatch(/^Zu den ____ kommen 138/u);
  });

  it('gaps a verb only for a text with no other question (`welche Qualifikationen Flüchtlinge ____`; `Kingsley Coman ____ … das 2:0` for `besorgte`, rating 59)', () => {
    const verbs = gapsOf(refugees, 'de').filter((c) => /^\p{Ll}/u.test(String(c.answer)));
    expect(verbs.length).toBeGreaterThan(0);
    for (const c of verbs) {
      expect(c.lastResort, c.prompt).toBe(true);
      expect(c.onlyAlone, c.prompt).toBe(true);
    }
  });
});

describe('cloze: times among times, no name', () => {
  it('offers a time only for a time and no day or hour for a thing (`an ____` for `Schultagen` with `Busfahrplänen`: blind rating 70)', () => {
    const fixture = (name: string) =>
      readFileSync(new URL(`../../fixtures/unseen/${name}`, import.meta.url), 'utf8');
    const gaps = [...gapsOf(fixture('f-de-2.txt'), 'de'), ...gapsOf(fixture('f-de-4.txt'), 'de')];
    expect(gaps.some((g) => g.answer === 'Kreuzung')).toBe(true);
    const timeWords = /^(Kaiserzeit|Schultagen|Sommerzeit|Stunde|Nacht)$/u;
    const dayOrHour = /^(Schultagen|Stunde|Nacht)$/u;
    for (const gap of gaps) {
      const answerIsTime = timeWords.test(String(gap.answer));
      for (const option of gap.wordBank ?? [])
        if (answerIsTime) expect(timeWords.test(option), `${gap.prompt}: ${option}`).toBe(true);
        else expect(dayOrHour.test(option), `${gap.prompt}: ${option}`).toBe(false);
    }
  });

  it('never gaps a word the text uses as a name (`dass sich ____ um Mittel … bewirbt` for the town `Strohbach`: blind rating 70)', () => {
    const text =
      'Kassel (dpa) – Die Stadtverordnetenversammlung von Strohbach hat beschlossen, das Freibad zu sanieren. Der Antrag sieht vor, dass sich Strohbach um Mittel aus einem Landesprogramm bewirbt. Der Kämmerer warnte vor neuen Schulden. Der Betrieb des Bades kostet jährlich 300.000 Euro. Die Sanierung soll im Herbst beginnen.';
    expect(gapsOf(text, 'de').filter((g) => g.answer === 'Strohbach')).toEqual([]);
  });
});

describe('cloze: German alternatives of the same kind', () => {
  it('tells bodies and places by their endings', () => {
    expect(nounClassDe('Landwirtschaftskammer')).toBe('body');
    expect(nounClassDe('Hagelversicherung')).toBe('body');
    expect(nounClassDe('Schwarzwald')).toBe('place');
    expect(nounClassDe('Weinernte')).toBeUndefined();
    expect(nounClassDe('Nationalsozialismus')).toBe('abstract');
  });

  it('gives a thing no acts or states as alternatives (`an der ____ aufstellen` for `Grundstücksgrenze` with `Urteilsbegründung` and `Versetzung`, blind rating 82)', () => {
    expect(nounClassDe('Grundstücksgrenze')).toBeUndefined();
    expect(nounClassDe('Urteilsbegründung')).toBe('abstract');
    const gaps = gapsOf(
      `Bamberg (dpa) – Im Streit um eine Wärmepumpe hat das Landgericht Bamberg ein Urteil gesprochen. Vogt hatte die Anlage im Herbst an der Grundstücksgrenze aufstellen lassen. Die Nachbarn forderten eine Versetzung der Anlage. Die Grundstücksgrenze verläuft entlang einer Hecke. Die Richterin verwies in der Urteilsbegründung auf ein Gutachten. Das Gutachten nennt einen Richtwert für die Nacht. Eine Versetzung lehnte das Gericht ab. Die Hälfte der Kosten trägt der Kläger. Die Hecke soll bleiben.`,
      'de'
    );
    expect(gaps.some((x) => x.answer === 'Grundstücksgrenze')).toBe(true);
    for (const g of gaps.filter((x) => x.answer === 'Grundstücksgrenze' && !x.onlyAlone))
      for (const option of g.wordBank ?? [])
        expect(nounClassDe(option), `${g.prompt}: ${option}`).not.toBe('abstract');
  });

  it('gives a body or a place a bank of other kinds only where the text has no other question (`Nach Berechnungen der ____` with `Energie` and `Weinernte`, blind rating 73)', () => {
    const read = (name: string) =>
      readFileSync(new URL(`../../fixtures/unseen/${name}`, import.meta.url), 'utf8');
    const gaps = [...gapsOf(read('i-de-1.txt'), 'de'), ...gapsOf(read('i-de-3.txt'), 'de')];
    const mixed = gaps.filter(
      (g) =>
        /^(Landwirtschaftskammer|Schwarzwalds)$/u.test(String(g.answer)) &&
        (g.wordBank ?? []).some(
          (x) => x !== g.answer && !/(kammer|versicherung|wald|alb)$/u.test(x)
        )
    );
    expect(mixed.length).toBeGreaterThan(0);
    for (const g of mixed) expect(g.onlyAlone).toBe(true);
  });
});

describe('cloze: a figure its brackets convert', () => {
  it('gaps no figure with its conversion in brackets after it (`about ____ (14 km) south-west of Alnwick`, blind rating 74)', () => {
    const gaps = gapsOf(
      `Caldwick is a market town in Northumberland, about 9 miles (14 km) south-west of Alnwick. The town had a population of 4,812 in 2021. Its tannery closed in 1962 after demand for leather fell. The agricultural show is held every August. The church dates from the 12th century.`,
      'en'
    );
    expect(gaps.filter((g) => /____ \(14 km\)/u.test(g.prompt))).toEqual([]);
  });
});

describe('cloze: places and ages', () => {
  const gapsIn = (name: string) => {
    const m = models.en;
    const text = readFileSync(new URL(`../../fixtures/unseen/${name}`, import.meta.url), 'utf8');
    const doc = buildDocument(
      analyse(text, 'en', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names,
      m.glossary
    );
    return clozeKind.propose({ doc, pack: LANGUAGE_PACKS.en });
  };

  it('offers no holiday among towns and gaps no age after a name (`Aberdeen | Carlisle | Christmas | Perth`, `Maureen Dalgleish, ____, has worked …`: rating 87)', () => {
    const gaps = gapsIn('v-en-2.txt');
    expect(gaps.filter((g) => (g.choices ?? []).includes('Christmas'))).toEqual([]);
    expect(gaps.filter((g) => g.answer === '59')).toEqual([]);
  });
});

describe('cloze: no compound of the same head', () => {
  it('offers no noun ending in the answer’s head (`zur ____ verpflichtet` for `Rückgabe` with `Übergabe`: two right answers to both raters of rating 87)', () => {
    const m = models.de;
    const text = readFileSync(new URL('../../fixtures/unseen/v-de-1.txt', import.meta.url), 'utf8');
    const doc = buildDocument(
      analyse(text, 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names,
      m.glossary
    );
    const gaps = clozeKind
      .propose({ doc, pack: LANGUAGE_PACKS.de })
      .filter((c) => c.answer === 'Rückgabe');
    expect(gaps.length).toBeGreaterThan(0);
    for (const g of gaps) expect(g.wordBank ?? []).not.toContain('Übergabe');
  });
});

describe('cloze: no noun an ordinal names', () => {
  it('gaps no noun right after an ordinal (`inzwischen in fünfter ____` for `Generation`: filled without the text, both raters of rating 116)', () => {
    const text = readFileSync(
      new URL('../../fixtures/unseen/az-de-2.txt', import.meta.url),
      'utf8'
    );
    const gaps = gapsOf(text, 'de');
    expect(gaps.filter((c) => /fünfter ____/u.test(c.prompt))).toEqual([]);
  });
});

describe('cloze: no gap in an interviewer’s question', () => {
  it('gaps no sentence of the interviewer’s questions (`In einigen ____ gibt es noch den Amtszwang.`: a side detail the interviewee never said, both raters of blind ratings 119 and 123)', () => {
    const text = fixture('bg-de-2.txt');
    const doc = docOf(text, 'de');
    const asked = interviewPairs(doc).questions;
    expect(asked.size).toBeGreaterThan(0);
    const gaps = clozeKind.propose({ doc, pack: LANGUAGE_PACKS.de });
    expect(gaps.length).toBeGreaterThan(0);
    for (const g of gaps) expect(asked.has(g.evidence[0] ?? -1), g.prompt).toBe(false);
    expect(gaps.filter((g) => g.answer === 'Kantonen')).toEqual([]);
  });
});

describe('cloze: no gap on a word inside a word of the title', () => {
  it('gaps no word the title holds inside one of its own (`E-Zigaretten`, `Zigaretten` under `… E-Zigaretten-Konsum unter Jugendlichen …`: filled without reading to both raters of blind rating 124)', () => {
    const gaps = clozeKind.propose({
      doc: docOf(fixture('bh-de-4.txt'), 'de'),
      pack: LANGUAGE_PACKS.de
    });
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.filter((g) => /Zigarette/u.test(String(g.answer)))).toEqual([]);
  });
});
