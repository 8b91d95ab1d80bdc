/**
 * Regression tests for true/false statements, each named after the failure it guards, on
 * invented texts through the real analysis and the committed models.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../../../../../../scripts/corpus-dir';
import { allModels } from '../../../../../../scripts/nlp-models';
import { analyse } from '../../../nlp/analyse';
import { buildDocument } from '../../document';
import { LANGUAGE_PACKS } from '../../languages';
import { falseSwaps, trueFalseKind, yearsNamed } from './index';

const models = allModels();
const statementsOf = (text: string, language: 'de' | 'en') => {
  const m = models[language];
  const doc = buildDocument(analyse(text, language, m), m.lexicon, m.thesaurus, m.entities.names);
  return trueFalseKind.propose({ doc, pack: LANGUAGE_PACKS[language] });
};

describe('true/false: German restatements', () => {
  it('restates a sentence that opens with its subject by putting a masculine accusative object first (`Den Anschlag hat Innenminister Karl Berger scharf verurteilt.`), never an object its article leaves open (session 26)', () => {
    const found = statementsOf(
      'Unbekannte haben in der Nacht auf Freitag eine Handgranate auf ein Wohnheim in Ulm geworfen. Innenminister Karl Berger hat den Anschlag scharf verurteilt. Die Regierung hat die Reform beschlossen. Die Polizei sucht nach Zeugen. Das Wohnheim hat 80 Bewohner.',
      'de'
    );
    const truth = found.filter((c) => c.answer === true).map((c) => c.prompt);
    expect(truth).toContain('Den Anschlag hat Innenminister Karl Berger scharf verurteilt.');
    expect(truth.filter((p) => p.startsWith('Die Reform hat'))).toEqual([]);
  });
});

describe('true/false: German statements that lose what they point back to', () => {
  it('makes no statement of a clause whose pronominal adverb stands for the sentence before (`Frank Rehbein hatte nicht gerechnet.` from `Damit hatte Frank Rehbein nicht gerechnet.`, fixtures of batch p)', () => {
    const prompts = statementsOf(
      'Das Haus steht seit dem Frühjahr unter Denkmalschutz. Damit hatte Frank Rehbein nicht gerechnet. Für das Haus gilt der Denkmalschutz. Die Stadt prüft den Antrag.',
      'de'
    )
      .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])])
      .map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /Rehbein/u.test(p))).toEqual([]);
  });
});

describe('true/false: a verb with its object', () => {
  it('states no verb whose object or clause was lost (`Der Rat der Stadt hat am Montagabend mit 24 zu 13 Stimmen … beschlossen.`, `Die Brauerei installierte im Jahr 1920.`, blind rating 80)', () => {
    const prompts = statementsOf(
      'Die Brauerei wurde 1874 gegründet. Im Jahr 1911 installierte die Brauerei, inzwischen unter der Leitung von Hartungs Sohn Ernst, eine Ammoniak-Kältemaschine. Der Rat der Stadt hat am Montagabend mit 24 zu 13 Stimmen bei zwei Enthaltungen beschlossen, Laubbläser auf städtischen Flächen zu verbieten. Die Stadt spart dadurch Geld.',
      'de'
    )
      .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])])
      .map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /(installierte|beschlossen)/u.test(p))).toEqual([]);
  });
});

describe('true/false: German statements in the passive', () => {
  it('restates an active clause in the passive as the true statement, its false twin in the active with one detail changed (copied and reordered statements: word-spotting to the raters of every rating 73–87)', () => {
    const found = statementsOf(
      readFileSync(new URL('../../fixtures/unseen/v-de-3.txt', import.meta.url), 'utf8'),
      'de'
    );
    const truth = found.find((c) => c.answer === true && /Stiftung Kloster/u.test(c.prompt));
    expect(truth?.prompt).toBe(
      'Die Stiftung Kloster Hohenrode wurde auf Initiative eines örtlichen Fördervereins 1991 vom Landkreis und der Ortsgemeinde gegründet.'
    );
    expect(truth?.twin?.prompt).toMatch(/^Der Landkreis und die Ortsgemeinde gründeten /u);
  });
});

describe('true/false: no German object negated in front', () => {
  it('negates a fronted object with the subject first (`Keinen Matchball hatte Oberhollenbach … selbst.`: rating 88)', () => {
    const prompts = statementsOf(
      readFileSync(new URL('../../fixtures/unseen/w-de-4.txt', import.meta.url), 'utf8'),
      'de'
    )
      .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])])
      .map((c) => c.prompt);
    expect(prompts.filter((p) => /^Keine[nmrs]? /u.test(p))).toEqual([]);
    expect(prompts).toContain('Oberhollenbach hatte beim Stand von 11:10 selbst keinen Matchball.');
  });
});

describe('true/false: a measure stays after its verb', () => {
  it('fronts no figure `liegen` gives its measure by (`Unter einem Prozent liegt die Bruchquote.`: rating 87)', () => {
    const prompts = statementsOf(
      readFileSync(new URL('../../fixtures/unseen/v-de-2.txt', import.meta.url), 'utf8'),
      'de'
    )
      .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])])
      .map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /^Unter einem Prozent/u.test(p))).toEqual([]);
  });
});

describe('true/false: comparisons turned round', () => {
  it('turns round no comparison on a verb that changes nothing (`Die Familie verlegte sich schwächer auf Restaurierungen.`, blind rating 84)', () => {
    const prompts = statementsOf(
      readFileSync(new URL('../../fixtures/unseen/t-de-2.txt', import.meta.url), 'utf8'),
      'de'
    )
      .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])])
      .map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /schwächer/u.test(p))).toEqual([]);
  });
});

describe('true/false: English statements', () => {
  it('negates no clause that adds itself to something before (`Better propeller design does not help as well`, blind rating 69)', () => {
    const prompts = statementsOf(
      'Ships are getting louder every year. Slower ships make less noise. Better propeller design helps as well. The whales react to the noise.',
      'en'
    )
      .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])])
      .map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /not help/u.test(p))).toEqual([]);
  });

  it('contradicts `may` with `cannot`, never the ambiguous `may not` (`Motorists without a smartphone may not pay by telephone`, blind rating 67)', () => {
    const all = statementsOf(
      'Parking in the town centre now works by app. Motorists without a smartphone may pay by telephone, using an automated line. The scheme will be reviewed in January.',
      'en'
    ).flatMap((c) => [c, ...(c.twin ? [c.twin] : [])]);
    const prompts = all.map((c) => c.prompt);
    expect(prompts.filter((p) => /\bmay not\b/u.test(p))).toEqual([]);
    expect(prompts).toContain('Motorists without a smartphone cannot pay by telephone.');
  });

  it('keeps a word that modifies the subject before it (`All comb jellies are predators … almost`)', () => {
    const prompts = statementsOf(
      'Almost all comb jellies are predators, taking prey ranging from tiny larvae to small crustaceans. Comb jellies live in every ocean of the world. In favourable conditions, comb jellies can eat ten times their own weight in a day. Most species are hermaphrodites.',
      'en'
    ).map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /\balmost\.?$/iu.test(p))).toEqual([]);
  });

  it('never leaves off a piece the parse split from the object (`Comb jellies can eat ten in favourable conditions`)', () => {
    const prompts = statementsOf(
      'Comb jellies live in every ocean of the world. In favourable conditions, comb jellies can eat ten times their own weight in a day. Most species are hermaphrodites. Comb jellies move with rows of tiny combs.',
      'en'
    ).map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /\beat (ten|\d+)\b(?! times)/iu.test(p))).toEqual([]);
  });

  const panel = `A panel of judges including Sir Trevor McDonald, actor Hugh Grant and writer Joanne Harris will decide the overall winner on Tuesday. The other contenders include Susan Fletcher. Susan Fletcher has recently graduated from a creative writing course. The fourth book in the running is Corpus, Michael Symmons Roberts' fourth collection of poems. Kenteris and Thanou withdrew from the Athens Olympics last August.`;

  it('never moves the start of a subject the parse cut short to the end (`Joanne Harris will decide … a panel of judges including …`)', () => {
    const prompts = statementsOf(panel, 'en').map((c) => c.prompt);
    expect(prompts.filter((p) => /\ba panel of judges\b/u.test(p))).toEqual([]);
  });

  it("never swaps a possessor's name (`Corpus Susan Fletcher ' fourth collection`)", () => {
    const prompts = statementsOf(panel, 'en').map((c) => c.prompt);
    expect(prompts.filter((p) => / ['’] /u.test(p))).toEqual([]);
  });

  it('restates no main clause with a conjunction of its own (`Every race was trying to climb Mount Everest before`)', () => {
    const prompts = statementsOf(
      'Before, every race was like trying to climb Mount Everest. The runner won the race in Madrid. She trained in Kenya for three months.',
      'en'
    ).map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /trying to climb/u.test(p))).toEqual([]);
  });

  it('never swaps one place of a list (`The dominant areas are Los Angeles California, San Diego …`)', () => {
    const paragraphs = JSON.parse(readFileSync(`${CORPUS_DIR}/xquad/en.json`, 'utf8')) as {
      id: string;
      context: string;
    }[];
    const text = paragraphs.find((p) => p.id === 'xquad.en/7/0')?.context ?? '';
    const prompts = statementsOf(text, 'en').map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /Los Angeles (?!,)/u.test(p))).toEqual([]);
  });
});

describe('true/false: false statements that turn a direction round', () => {
  it('makes a comparison or a change the opposite (`teurer` → `billiger`, `rose` → `fell`)', () => {
    const de = statementsOf(
      // (With what it is compared with: a comparison without it is no statement, rating 117.)
      'Das neue Modell ist deutlich teurer als das alte Modell. Die Firma stellt das Gerät im März vor. Der Konzern verkauft weniger Telefone als im Vorjahr.',
      'de'
    );
    const lieDe = de.map((c) => (c.answer === false ? c : c.twin)).find((c) => !!c);
    expect(de.flatMap((c) => [c, ...(c.twin ? [c.twin] : [])]).map((c) => c.prompt)).toContain(
      'Das neue Modell ist deutlich billiger als das alte Modell.'
    );
    expect(lieDe).toBeDefined();
    const en = statementsOf(
      'Consumer borrowing in Britain rose sharply in the autumn months. The figures were published by the central bank. Analysts expect rates to stay unchanged.',
      'en'
    );
    expect(en.flatMap((c) => [c, ...(c.twin ? [c.twin] : [])]).map((c) => c.prompt)).toContain(
      'Consumer borrowing in Britain fell sharply in the autumn months.'
    );
  });

  it('never turns round a word of a term (`their first lower house seats` → `higher house`)', () => {
    const paragraphs = JSON.parse(readFileSync(`${CORPUS_DIR}/xquad/en.json`, 'utf8')) as {
      id: string;
      context: string;
    }[];
    const text = paragraphs.find((p) => p.id === 'xquad.en/9/0')?.context ?? '';
    const all = statementsOf(text, 'en').flatMap((c) => [c, ...(c.twin ? [c.twin] : [])]);
    expect(all.length).toBeGreaterThan(0);
    expect(all.map((c) => c.prompt).filter((p) => /higher house/u.test(p))).toEqual([]);
  });
});

describe('true/false: German figures with their hedge', () => {
  it('keeps the words that limit a figure with it when the subject moves first (`857 Millionen SMS wurden … nur mehr verschickt`)', () => {
    const statements = statementsOf(
      'Die Zahl der SMS sinkt. Laut den aktuellen Zahlen der Telekomregulierungsbehörde RTR wurden im 3. Quartal 2015 nur mehr 857 Millionen SMS verschickt.',
      'de'
    ).map((c) => c.prompt);
    expect(statements.some((p) => /857 Millionen SMS/u.test(p))).toBe(true);
    expect(statements.filter((p) => /SMS wurden .* nur mehr/u.test(p))).toEqual([]);
  });
});

describe('true/false: clauses that lost a part to the full stop', () => {
  it('restates no clause whose words the parse hung on the closing stop (`Der Rekordmeister kam mit … am Samstag.` without `zu einem 3:0`)', () => {
    const statements = statementsOf(
      'Bayern München hat den fünften Sieg geschafft. Mit David Alaba in der Innenverteidigung kam der Rekordmeister am Samstag zu einem 3:0 bei Darmstadt 98.',
      'de'
    ).map((c) => c.prompt);
    expect(statements.filter((p) => /kam .*am Samstag\.$/u.test(p))).toEqual([]);
  });
});

describe('true/false: lists', () => {
  it('changes no name of a list (`The best director shortlist includes Luc Bondy …, Simon McBurney … and Pam Ferris for Festen`, blind rating 46)', () => {
    // (The corpus article's own sentences are now too long to be stated at all: the same list
    // in a shorter text.)
    const text =
      'London – The shortlist for the Evening Standard Theatre Awards was published on Monday. The best director shortlist includes Luc Bondy, Simon McBurney and Pam Ferris. Rupert Goold won the award last year. The winners will be named at a ceremony at the Savoy Hotel in November.';
    const statements = statementsOf(text, 'en').flatMap((c) => [c, ...(c.twin ? [c.twin] : [])]);
    expect(statements.length).toBeGreaterThan(0);
    for (const c of statements) expect(c.prompt).not.toMatch(/shortlist includes/u);
  });
});

describe('true/false: quoted words', () => {
  it('restates no quoted words as the text’s own (`The art world is "fantastically rich", said Mr Stone` → `The art world is not fantastically rich.`)', () => {
    const text = readFileSync(`${CORPUS_DIR}/news-en/017.txt`, 'utf8');
    const statements = statementsOf(text, 'en').flatMap((c) => [c, ...(c.twin ? [c.twin] : [])]);
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.filter((c) => /fantastically rich/iu.test(c.prompt))).toEqual([]);
  });
});

describe('true/false: statements in other words (session 23)', () => {
  const season =
    'Zürich – Das Schauspielhaus hat seine neue Saison vorgestellt. Herbert Fritsch bringt als Uraufführung ein Märchen auf die Bühne. Barbara Frey inszeniert einen Roman. Die Saison beginnt im September.';

  it('says a rarer noun of a statement by its synonym, in the true statement and its false twin alike (`Uraufführung` → `Premiere`; a copy of the sentence tested recognition only, rating 50)', () => {
    const statements = statementsOf(season, 'de');
    const premiere = statements.find((c) => /^Herbert Fritsch bringt/u.test(c.prompt));
    expect(premiere?.prompt).toBe('Herbert Fritsch bringt als Premiere ein Märchen auf die Bühne.');
    expect(premiere?.answer).toBe(true);
    expect(premiere?.twin?.prompt).toBe(
      'Barbara Frey bringt als Premiere ein Märchen auf die Bühne.'
    );
    // The false statement's correction keeps the text's own words.
    expect(premiere?.twin?.correction).toMatch(/als Uraufführung/u);
  });

  it('rewords with no synonym outside the frequency list nor of several meanings (`den Ball … gedroschen` as `den Tanzabend`)', () => {
    const statements = statementsOf(
      'São Paulo – Neymar hat nach dem Abpfiff den Ball mit voller Wucht gegen Pablo Armero gedroschen. Der Verband sperrte ihn für vier Spiele. Brasilien verlor danach gegen Kolumbien.',
      'de'
    );
    expect(statements.length).toBeGreaterThan(0);
    for (const c of statements) expect(c.prompt).not.toMatch(/Tanzabend/u);
  });

  it('gives the head of a term of two nouns no synonym (`The city’s bike-share strategy recorded 1.14 million hires` for its scheme, rating 115’s batch)', () => {
    const text =
      "Bike hire booms in Aldcaster\n\nThe city's bike-share scheme recorded 1.14 million hires last year. The council wants to add 300 bikes. The city's scheme started in 2019 with 400 bikes.";
    const statements = statementsOf(text, 'en');
    expect(statements.length).toBeGreaterThan(0);
    for (const c of statements) expect(c.prompt).not.toMatch(/bike-share (?!scheme)\p{L}+/u);
  });

  it('keeps a person’s office as the text names it (`Bürgermeister`, never `Ortssprecher`)', () => {
    const statements = statementsOf(
      'Graz – Auch der Bürgermeister hat im Mai einen schweren Fehler eingeräumt. Die Opposition fordert seinen Rücktritt.',
      'de'
    );
    expect(statements.length).toBeGreaterThan(0);
    for (const c of statements) expect(c.prompt).toMatch(/Bürgermeister/u);
  });
});

describe('true/false: a changed year stays within the text’s years (session 23)', () => {
  it('never makes a statement false by a year the text’s own dates rule out (`im 3. Quartal 2018` in an article of 2016, blind rating 52; `bis 2021` for a plan to 2018)', () => {
    let changed = 0;
    for (const file of ['news-de-2/118.txt', 'news-de-2/103.txt']) {
      const text = readFileSync(`${CORPUS_DIR}/${file}`, 'utf8');
      const years = [...text.matchAll(/\b(1[5-9]\d\d|20\d\d)\b/gu)].map((m) => Number(m[1]));
      for (const c of statementsOf(text, 'de')) {
        const lie = c.answer === false ? c : c.twin;
        if (!lie || !lie.correction) continue;
        const said = [...lie.prompt.matchAll(/\b(1[5-9]\d\d|20\d\d)\b/gu)].map((m) => Number(m[1]));
        const source = [...lie.correction.matchAll(/\b(1[5-9]\d\d|20\d\d)\b/gu)].map((m) =>
          Number(m[1])
        );
        for (const y of said.filter((x) => !source.includes(x))) {
          changed++;
          expect(y, lie.prompt).toBeGreaterThanOrEqual(Math.min(...years));
          expect(y, lie.prompt).toBeLessThanOrEqual(Math.max(...years));
        }
      }
    }
    expect(changed).toBeGreaterThan(0);
  });
});

describe('true/false: a plan’s year (session 26)', () => {
  it('never changes the year of a plan (`Bis 2014 wollen ÖVP und Grüne durchhalten` for 2018, absurd to both raters of blind rating 58; `bis 2021`, rating 52)', () => {
    const text = readFileSync(`${CORPUS_DIR}/news-de-2/103.txt`, 'utf8');
    const lies = statementsOf(text, 'de')
      .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])])
      .filter((c) => c.answer === false);
    expect(lies.length).toBeGreaterThan(0);
    for (const lie of lies) expect(lie.prompt).not.toMatch(/^Bis (?!2018)\d{4} wollen/u);
  });
});

describe('true/false: where the news comes from (session 26)', () => {
  it('puts a German source first (`Nach STANDARD-Infos verschwanden rund 30.000 Euro …`), never after the last phrase, where it reads as that phrase’s (`… von einem ORF-Konto nach STANDARD-Infos`, rating 58)', () => {
    const prompts = statementsOf(readFileSync(`${CORPUS_DIR}/news-de-2/127.txt`, 'utf8'), 'de')
      .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])])
      .map((c) => c.prompt);
    expect(prompts).toContain(
      'Nach STANDARD-Infos verschwanden rund 30.000 Euro bei einer Behebung für Wehrschütz von einem ORF-Konto.'
    );
    expect(prompts.filter((p) => /nach STANDARD-Infos\.$/u.test(p))).toEqual([]);
  });
});

describe('true/false: who said what (session 26)', () => {
  it('restates German reported words with their speaker (`Frauen sollten laut Tim Hunt in separaten Labors tätig sein.`), false with another speaker of the text', () => {
    const found = statementsOf(readFileSync(`${CORPUS_DIR}/news-de-2/121.txt`, 'utf8'), 'de');
    const said = found.find((c) => c.prompt.includes('laut Tim Hunt'));
    expect(said?.prompt).toBe('Frauen sollten laut Tim Hunt in separaten Labors tätig sein.');
    expect(said?.answer).toBe(true);
    expect(said?.twin?.prompt).toBe(
      'Frauen sollten laut Dorothy Bishop in separaten Labors tätig sein.'
    );
    expect(said?.twin?.answer).toBe(false);
  });

  it('never restates words a speaker said about someone the clause only points to, nor a clause too short to judge (`Burgenland leistet laut Niessl mehr.`)', () => {
    const found = statementsOf(readFileSync(`${CORPUS_DIR}/news-de/001.txt`, 'utf8'), 'de');
    const said = found.filter((c) => / laut Niessl /u.test(c.prompt));
    for (const c of said) expect(c.prompt.split(' ').length, c.prompt).toBeGreaterThanOrEqual(7);
    expect(said.filter((c) => /\b(er|sie|sein|ihr)\b/u.test(c.prompt))).toEqual([]);
  });

  it('never gives the people of a place a synonym (`Die Wiener sind … die Favoriten` restated as `Die Frankfurter …`, the thesaurus’s sausage; rating 59)', () => {
    const prompts = statementsOf(readFileSync(`${CORPUS_DIR}/news-de-2/114.txt`, 'utf8'), 'de')
      .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])])
      .map((c) => c.prompt);
    expect(prompts.filter((p) => /Frankfurter/u.test(p))).toEqual([]);
  });
});

describe('true/false: a negated clause turned round', () => {
  it('makes a negated clause false without its `nicht` (`Details … wollte Doskozil nicht nennen` → `Doskozil wollte Details … nennen`: falsch), and keeps `nicht nur` and `noch nicht` as they are', () => {
    const text = readFileSync(`${CORPUS_DIR}/news-de-2/112.txt`, 'utf8');
    const lies = statementsOf(text, 'de')
      .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])])
      .filter((c) => c.answer === false);
    expect(lies.map((c) => c.prompt)).toContain(
      'Doskozil wollte Details über Zäune und die Art der Kontrollen nennen.'
    );
    const invented = statementsOf(
      'Die Regierung hat die Steuern noch nicht gesenkt. Der Minister hat nicht nur die Schulen besucht.',
      'de'
    )
      .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])])
      .filter((c) => c.answer === false);
    for (const c of invented) expect(c.prompt).toMatch(/nicht/u);
  });
});

describe('true/false: what a false statement changes', () => {
  it('changes a country before a figure (`In Brasilien befindet sich der größte Teil des Waldes mit 33 %` was a lookup of a number, struck by both raters of rating 64)', () => {
    const paragraphs = JSON.parse(readFileSync(`${CORPUS_DIR}/xquad/de.json`, 'utf8')) as {
      id: string;
      context: string;
    }[];
    const amazon = paragraphs.find((p) => p.id === 'xquad.de/16/0')?.context ?? '';
    const lies = statementsOf(amazon, 'de')
      .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])])
      .filter((c) => c.answer === false && /größte Teil des Waldes/u.test(c.prompt));
    expect(lies.length).toBeGreaterThan(0);
    for (const c of lies) {
      expect(c.prompt).toMatch(/60\s?%/u);
      expect(c.prompt).not.toMatch(/Brasilien/u);
    }
  });
});

describe('true/false: a pronoun for one of two clubs', () => {
  it('leaves `They` unresolved where a club of a singular name competes with a plural one (`Kingsmoor Rovers move up to 20th`, marked true, was the other club: a blind rating of unseen articles)', () => {
    const prompts = statementsOf(
      'Ashby Vale ended a 14-month run without an away victory as they beat Kingsmoor Rovers. The result lifts Vale out of the relegation zone for the first time since September. They move up to 20th in League Two. Rovers remain ninth.',
      'en'
    )
      .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])])
      .map((c) => c.prompt);
    // (Without the rule the third sentence is restated with `Kingsmoor Rovers` for `They`.)
    expect(prompts.filter((p) => /Rovers move up/u.test(p))).toEqual([]);
  });
});

describe('true/false: a figure with a bound', () => {
  it('makes a figure after `mehr als` false only by raising it, one after `bis zu` only by lowering it (`mehr als 660` for `mehr als 1.200` is true: blind rating 70)', () => {
    const falseOnes = statementsOf(
      'Freiburg (dpa) – Die Schlafmedizinerin Henrike Voss leitet in Freiburg eine Langzeitstudie mit mehr als 1.200 Schülerinnen und Schülern. Die Jugendlichen schlafen an Schultagen bis zu 90 Minuten zu wenig. Die Studie läuft seit drei Jahren.',
      'de'
    )
      .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])])
      .filter((c) => c.answer === false)
      .map((c) => c.prompt);
    const more = falseOnes.find((p) => /mehr als [\d.]+ Schüler/u.test(p));
    expect(more).toBeDefined();
    expect(Number(/mehr als ([\d.]+)/u.exec(more ?? '')?.[1]?.replace(/\./gu, ''))).toBeGreaterThan(
      1200
    );
    for (const p of falseOnes.filter((x) => /bis zu \d+ Minuten/u.test(x)))
      expect(Number(/bis zu (\d+)/u.exec(p)?.[1])).toBeLessThan(90);
  });
});

describe('true-false: a year read against another year', () => {
  it('changes no year of a statement that holds two (`des 1995 gegründeten Fördervereins … 1988 unter Denkmalschutz gestellt`: blind rating 71)', () => {
    const found = statementsOf(
      'Der Wasserturm wurde 1911 in Betrieb genommen. Auf Initiative des 1986 gegründeten Fördervereins wurde das Bauwerk 1988 unter Denkmalschutz gestellt. Seit 2009 wird der Turm als Museum genutzt. Im Jahr 1972 verlor der Turm seine Funktion.',
      'de'
    );
    const prompts = found.flatMap((c) => [c, ...(c.twin ? [c.twin] : [])]).map((c) => c.prompt);
    expect(prompts.filter((p) => /Förderverein/u.test(p))).toEqual([
      'Das Bauwerk wurde auf Initiative des 1986 gegründeten Fördervereins 1988 unter Denkmalschutz gestellt.'
    ]);
    // (A preposition with a bare noun stays with its verb: never `In Betrieb wurde …`.)
    expect(prompts.filter((p) => /^In Betrieb/u.test(p))).toEqual([]);
  });
});

describe('true/false: connectives that point back', () => {
  it('restates no connective of several words (`Job creation became a key issue in last year’s election as a result.`: as a result of what?)', () => {
    const found = statementsOf(
      `US firms added only 146,000 jobs in January. As a result, job creation became a key issue in the election. The unemployment rate fell to 5.2%. Analysts said the figures were disappointing. The dollar rose against the euro.`,
      'en'
    ).map((c) => c.prompt);
    expect(found.some((p) => /job creation/iu.test(p))).toBe(true);
    expect(found.filter((p) => /as a result/iu.test(p))).toEqual([]);
  });

  it('restates no `deshalb`, `deswegen`, `darum` (`Der Bürgermeister sucht darum keinen neuen Betreiber.`)', () => {
    const found = statementsOf(
      `Der Betreiber hatte die Miete seit Monaten nicht bezahlt. Die Stadt hat den Vertrag deshalb gekündigt. Die Vereine müssen deswegen nach Lindau ausweichen. Der Bürgermeister sucht darum einen neuen Betreiber. Das Bad bleibt im Winter geschlossen.`,
      'de'
    ).map((c) => c.prompt);
    // (The statement may be in the passive: `Ein neuer Betreiber wird vom Bürgermeister gesucht.`)
    expect(found.some((p) => /Betreiber\.|Betreiber wird/u.test(p))).toBe(true);
    expect(found.filter((p) => /deshalb|deswegen|darum/u.test(p))).toEqual([]);
  });
});

describe('true/false: comparisons kept whole', () => {
  it('keeps `so` before a quantifier and `zuvor` after `nie` (`viele Einsätze gezählt wie nie`, blind rating 73)', () => {
    const found = statementsOf(
      `Die Bergwacht Sonthofen hat in diesem Sommer so viele Einsätze gezählt wie nie zuvor. Die Retter rückten 214-mal aus. Die meisten Verletzungen passieren beim Abstieg. Die Krankenkasse übernimmt die Kosten. Der Verein sucht neue Mitglieder.`,
      'de'
    ).map((c) => c.prompt);
    const summer = found.filter((p) => /Einsätze gezählt/u.test(p));
    expect(summer.length).toBeGreaterThan(0);
    for (const p of summer) expect(p).toMatch(/so viele Einsätze gezählt wie nie zuvor/u);
  });
});

describe('true/false: directions of change', () => {
  it('turns a verb of change round only where it changes an amount (`The increase rises mainly on visitors’ cars`, blind rating 73)', () => {
    const found = statementsOf(
      `The ferry company has raised its fares. The increase falls mainly on visitors' cars in summer. Ticket sales rose by 12 per cent last year. The island has 640 residents. A new vessel would cost £15 million.`,
      'en'
    ).flatMap((c) => [c.prompt, ...(c.twin ? [c.twin.prompt] : [])]);
    expect(found.filter((p) => /rises mainly on/u.test(p))).toEqual([]);
    expect(found).toContain('Ticket sales fell by 12 per cent last year.');
    // (… and one without an amount still turns round: rated good in rating 74.)
    const demand = statementsOf(
      `The tannery closed in 1962. Demand for leather fell after the Second World War. The town has 4,812 residents. Its church dates from the 12th century. The show is held every August.`,
      'en'
    ).flatMap((c) => [c.prompt, ...(c.twin ? [c.twin.prompt] : [])]);
    expect(demand).toContain('Demand for leather rose after the Second World War.');
  });
});

describe('true/false: false versions that test a detail or say nothing', () => {
  it('swaps no end of a range and negates no degree (`from London to Edinburgh`, `is not driven partly by price`, blind rating 73)', () => {
    const found = statementsOf(
      readFileSync(new URL('../../fixtures/unseen/i-en-1.txt', import.meta.url), 'utf8'),
      'en'
    ).flatMap((c) => [c.prompt, ...(c.twin ? [c.twin.prompt] : [])]);
    expect(
      found.filter((p) => /from \p{Lu}\p{L}+ to Edinburgh/u.test(p) && !/Liverpool/u.test(p))
    ).toEqual([]);
    expect(found.filter((p) => /not driven partly/u.test(p))).toEqual([]);
  });
});

describe('true/false: an unseen interview on satellites (rating 74)', () => {
  it('restates no clause whose `When` the parse made its adverb, and negates no `enough` (`A bog is healthy it locks carbon away when.`, `Investors are not nervous enough …`)', () => {
    const found = statementsOf(
      readFileSync(new URL('../../fixtures/unseen/j-en-2.txt', import.meta.url), 'utf8'),
      'en'
    ).flatMap((c) => [c.prompt, ...(c.twin ? [c.twin.prompt] : [])]);
    expect(found.filter((p) => /\bwhen\.$/u.test(p))).toEqual([]);
    expect(found.filter((p) => /not nervous enough/u.test(p))).toEqual([]);
  });
});

describe('true/false: changed figures that name or date something', () => {
  const swapsIn = (name: string, language: 'de' | 'en', grep: string) => {
    const m = models[language];
    const text = readFileSync(new URL(`../../fixtures/unseen/${name}`, import.meta.url), 'utf8');
    const doc = buildDocument(analyse(text, language, m), m.lexicon, m.thesaurus, m.entities.names);
    const info = doc.sentences.find((i) => i.s.text.includes(grep));
    const clause = info?.clauses.find((c) => c.main);
    if (!info || !clause) throw new Error(`no sentence with ${grep}`);
    return [...falseSwaps(doc, info, clause, info.s.text, yearsNamed(doc))].flatMap((s) =>
      'gendered' in s ? [] : [[s.phrase.text, s.text]]
    );
  };

  it('changes no number of a name (`SC Borstel 7` for `SC Borstel 09`, a wrong summary of a match report)', () => {
    const swaps = swapsIn('q-de-4.txt', 'de', 'Der SC Borstel 09 hat');
    expect(swaps.filter(([from]) => from === '09')).toEqual([]);
  });

  it('changes no number right after the noun it numbers (`an der Autobahn 114` for `Autobahn 71`, a wrong summary on the sheet of blind rating 85)', () => {
    const swaps = swapsIn('u-de-1.txt', 'de', 'an der Autobahn 71 hat');
    expect(swaps.filter(([from]) => from === '71')).toEqual([]);
  });

  it('changes a year before 1500 by years, never into one of another century (`Das 823 vollendete Gebäude` for 1496)', () => {
    const swaps = swapsIn('r-de-3.txt', 'de', '1496 vollendete');
    expect(
      swaps.filter(([from, to]) => from === '1496' && Math.abs(Number(to) - 1496) > 50)
    ).toEqual([]);
  });

  it('swaps a club for a club, never for a competition (`beat League Two` for `beat Kingsmoor Rovers`)', () => {
    const swaps = swapsIn('a-en-2.txt', 'en', 'beat Kingsmoor Rovers');
    expect(swaps.filter(([, to]) => /League/u.test(to ?? ''))).toEqual([]);
    expect(swaps.length).toBeGreaterThan(0);
  });
});

describe('true/false: a possibility negated', () => {
  it('makes no statement false by `not` on a modal (`Construction could not begin in the spring.`, ambiguous to both raters of blind rating 87)', () => {
    const text = readFileSync(new URL('../../fixtures/unseen/v-en-1.txt', import.meta.url), 'utf8');
    const prompts = statementsOf(text, 'en')
      .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])])
      .map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /\b(could|might|would|should) not\b/u.test(p))).toEqual([]);
  });
});

describe('true/false: the outcome turned round (session 38)', () => {
  const falseOf = (name: string, language: 'de' | 'en') =>
    statementsOf(
      readFileSync(new URL(`../../fixtures/unseen/${name}`, import.meta.url), 'utf8'),
      language
    )
      .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])])
      .filter((c) => c.answer === false)
      .map((c) => c.prompt);

  it('makes a statement false by its outcome before any name or figure (`… das Oberliga-Derby … noch verloren.`, `… seine Jahresziele gesenkt.`: a rater of blind rating 87 wrote `Weilburg gewann die Vereinswertung zum ersten Mal.` as the false statement to set)', () => {
    expect(falseOf('q-de-4.txt', 'de').some((p) => /Oberliga-Derby.*verloren\.$/u.test(p))).toBe(
      true
    );
    expect(falseOf('o-de-1.txt', 'de').some((p) => /seine Jahresziele gesenkt\.$/u.test(p))).toBe(
      true
    );
  });

  it('turns round no win of something that is no contest, no sale to someone, no dissolved monastery (`Hallowby won population`, `bought the business … to the Humber Cordage Company`, `Das Kloster wurde … 1802 bestätigt`)', () => {
    expect(falseOf('k-en-4.txt', 'en').filter((p) => /won population/u.test(p))).toEqual([]);
    expect(
      falseOf('v-de-3.txt', 'de').filter((p) => /Kloster wurde .* bestätigt/u.test(p))
    ).toEqual([]);
    expect(falseOf('x-en-3.txt', 'en').filter((p) => /\bbought\b.*\bto the\b/u.test(p))).toEqual(
      []
    );
  });
});

describe('true/false: `it` with nothing to stand for (rating 91)', () => {
  it('makes no statement whose `it` follows only plurals or a person (`Delivery drivers did not use it as a reference point.`, `Josh Kerridge came to see it.`: the pothole and the thatch are elsewhere, struck by both raters)', () => {
    const prompts = (name: string) =>
      statementsOf(
        readFileSync(new URL(`../../fixtures/unseen/${name}`, import.meta.url), 'utf8'),
        'en'
      )
        .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])])
        .map((c) => c.prompt);
    expect(prompts('z-en-1.txt').filter((p) => /\bit as a reference point\b/u.test(p))).toEqual([]);
    expect(prompts('z-en-3.txt').filter((p) => /\bcame to see it\b/u.test(p))).toEqual([]);
  });
});

describe('true/false: nothing of an interview’s exchange', () => {
  it('makes no statement of the interviewer’s question (`Studios now sell huge libraries of ready-made sound effects. Are you worried?` turned into `Studios now buy …`: a trap the text does not settle, both raters of rating 116)', () => {
    const text = `"Nobody noticed it was me": a foley artist on making films sound real

Jenny Marsh has recorded footsteps, punches and rain for films for 22 years. She works in a studio in Bristol.

What does a foley artist actually do?

We watch the scene and perform every sound again, live, to picture. A kiss, a coat, a cup on a table.

How did you get into it?

I was a drama student when a studio needed someone to walk in heels for a day. I never left.

Studios now sell huge libraries of ready-made sound effects. Are you worried?

Not really. A library has no idea how a tired character walks.

What would you tell someone who wants to do this?

Listen to everything. Walk on every floor you can find and drop your keys on purpose.`;
    const statements = statementsOf(text, 'en');
    expect(statements.filter((c) => /libraries/u.test(c.prompt))).toEqual([]);
  });
});

describe('true/false: statements that say something', () => {
  it('makes no statement that only says someone pointed to something, nor one of a bare count and its time (`The trust pointed to the state of school libraries.`, `1.250 Anträge wurden im vergangenen Jahr bewilligt.`: word-spotting to both raters of rating 116)', () => {
    for (const [name, language, pattern] of [
      ['az-en-4.txt', 'en', /pointed to/u],
      ['az-de-4.txt', 'de', /^1\.250 Anträge/u]
    ] as const) {
      const text = readFileSync(new URL(`../../fixtures/unseen/${name}`, import.meta.url), 'utf8');
      expect(statementsOf(text, language).filter((c) => pattern.test(c.prompt))).toEqual([]);
    }
    // (A passive of `refer` is a fact of its own: `… has been referred to the Disclosure and
    // Barring Service.`)
    const referred = statementsOf(
      readFileSync(new URL('../../fixtures/unseen/b-en-1.txt', import.meta.url), 'utf8'),
      'en'
    );
    expect(referred.some((c) => /referred to/u.test(c.prompt))).toBe(true);
  });
});

describe('true/false: comparisons with what they compare', () => {
  it('makes no statement of a comparison whose standard stands elsewhere (`Der Hund ist auf dem Land deutlich häufiger.`, `The timing could hardly be worse …`: "than what?" to both raters of rating 117)', () => {
    for (const [name, language, pattern] of [
      ['ba-de-4.txt', 'de', /deutlich häufiger/u],
      ['ba-en-1.txt', 'en', /hardly be worse/u]
    ] as const) {
      const text = readFileSync(new URL(`../../fixtures/unseen/${name}`, import.meta.url), 'utf8');
      const prompts = statementsOf(text, language)
        .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])])
        .map((c) => c.prompt);
      expect(prompts.length).toBeGreaterThan(0);
      expect(prompts.filter((p) => pattern.test(p))).toEqual([]);
    }
    // (A comparison with its `als` stays, and so does a trend.)
    const kept = statementsOf(
      'Die Stadt Ulm hat im Jahr 2024 deutlich mehr Steuern eingenommen als im Vorjahr. Der Stadtrat hat am Montag den Haushalt beschlossen. Die Zahl der Radfahrer wird immer größer. Die Stadt baut neue Radwege.',
      'de'
    ).map((c) => c.prompt);
    expect(kept.some((p) => /als im Vorjahr/u.test(p))).toBe(true);
  });
});

describe('true/false: a count with its point', () => {
  it('makes no statement of a count of people and their verb alone (`140 Einwohner taten sich zusammen.`, of `…, taten sich 180 Einwohner zusammen und gründeten eine Genossenschaft`: to do what? Trivia to both raters of rating 117)', () => {
    const text = readFileSync(
      new URL('../../fixtures/unseen/ba-de-2.txt', import.meta.url),
      'utf8'
    );
    const prompts = statementsOf(text, 'de')
      .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])])
      .map((c) => c.prompt);
    expect(prompts.filter((p) => /taten sich/u.test(p))).toEqual([]);
  });
});

describe('true/false: no statement pointing elsewhere, no bare name swap', () => {
  it('states nothing about `that view` or `das` the text named otherwise, with no speaker by a first name, and swaps no person in a statement of a few words (`That view is not shared by Síle Ryan.`, `Das Landesamt prüft laut Sabine das.`, `Franz Aichinger zeigte sich zuversichtlich.`: both raters of blind rating 121)', () => {
    const all = (name: string, language: 'de' | 'en') =>
      statementsOf(
        readFileSync(new URL(`../../fixtures/unseen/${name}`, import.meta.url), 'utf8'),
        language
      ).flatMap((c) => [c.prompt, ...(c.twin ? [c.twin.prompt] : [])]);
    expect(all('be-en-1.txt', 'en').filter((p) => /^That view/u.test(p))).toEqual([]);
    expect(all('be-de-3.txt', 'de').filter((p) => /laut Sabine|\sdas\.$/u.test(p))).toEqual([]);
    expect(all('be-de-1.txt', 'de').filter((p) => /^Franz Aichinger zeigte sich/u.test(p))).toEqual(
      []
    );
  });
});
