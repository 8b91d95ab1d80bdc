/**
 * Regression tests on the articles of session 28's blind ratings of unseen text (`fixtures/
 * unseen`, see its README): each named after a failure the raters found there, each checked to
 * fail without its rule. The failures come from parse errors an invented test sentence does not
 * reproduce, so the tests read the articles themselves.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allModels } from '../../../../scripts/nlp-models';
import { analyse } from '../nlp/analyse';
import { buildDocument } from './document';
import { KINDS } from './kinds';
import { writtenNumber } from './kinds/shared';
import { clausesAsReasons } from './kinds/why';
import type { Candidate } from './kinds/types';
import { LANGUAGE_PACKS } from './languages';
import { generateQuestionSet } from './index';
import { rejectReason } from './rank';

const models = allModels();
const article = (name: string) =>
  readFileSync(fileURLToPath(new URL(`./fixtures/unseen/${name}`, import.meta.url)), 'utf8');
const languageOf = (name: string) => (/-de-/u.test(name) ? 'de' : 'en') as 'de' | 'en';
/** Every candidate of every kind, with the false twins of statements. */
const candidatesOf = (name: string): Candidate[] => {
  const language = languageOf(name);
  const m = models[language];
  const doc = buildDocument(
    analyse(article(name), language, m),
    m.lexicon,
    m.thesaurus,
    m.entities.names,
    m.glossary
  );
  return KINDS.flatMap((k) => k.propose({ doc, pack: LANGUAGE_PACKS[language] })).flatMap((c) => [
    c,
    ...(c.twin ? [c.twin] : [])
  ]);
};

describe('unseen articles: what a question asks', () => {
  it('asks no thing with a date inside it (`Who partly offset the loss? the arrival of the Aske Valley Railway in 1858 / 1855 / 1871 / 1862`; `Wer hatte laut Anklage 2023 …? der gelernte Bürokaufmann zwischen Jänner 2017 und Oktober`)', () => {
    const asked = candidatesOf('b-en-4.txt').filter((c) => c.kind === 'wh');
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((c) => /Railway in \d{4}/u.test(String(c.answer)))).toEqual([]);
    const german = candidatesOf('b-de-1.txt').filter((c) => c.kind === 'wh');
    expect(german.length).toBeGreaterThan(0);
    expect(german.filter((c) => /und Oktober$/u.test(String(c.answer)))).toEqual([]);
  });
});

describe('unseen articles: question words', () => {
  it('asks for a town the text calls a town with `Welche Stadt`, never `Wer` (`Wer hängt wie kaum eine andere Stadt in Bayern an der Industrie? Schweinfurt`, blind rating 67)', () => {
    const prompts = candidatesOf('c-de-1.txt')
      .filter((c) => c.kind === 'wh')
      .map((c) => c.prompt);
    expect(prompts).toContain(
      'Welche Stadt hängt wie kaum eine andere Stadt in Bayern an der Industrie?'
    );
    expect(prompts.filter((p) => /^Wer hängt/u.test(p))).toEqual([]);
  });
});

describe('unseen articles: what the parse hung on the verb', () => {
  it('keeps a preposition with its phrase, and a main clause after a comma out of the question (`Wann sind die Angebotsmieten in Graz seit um rund 38 Prozent gestiegen, gleichzeitig stehen … leer?`)', () => {
    const prompts = candidatesOf('b-de-2.txt')
      .filter((c) => c.kind === 'wh' || c.kind === 'true-false' || c.kind === 'fact-card')
      .map((c) => c.prompt);
    expect(
      prompts.filter((p) => /seit 2015 um rund 38 Prozent gestiegen/u.test(p)).length
    ).toBeGreaterThan(0);
    expect(prompts.filter((p) => /\bseit um\b/u.test(p))).toEqual([]);
    expect(prompts.filter((p) => /gestiegen, gleichzeitig stehen/u.test(p))).toEqual([]);
  });
});

describe('unseen articles: statements', () => {
  it('keeps a dative object out of the subject before it (`Der Mann dem Verein muss … ersetzen`)', () => {
    const prompts = candidatesOf('b-de-1.txt').map((c) => c.prompt);
    expect(
      prompts.filter((p) => /Verein die restlichen 46\.430 Euro/u.test(p)).length
    ).toBeGreaterThan(0);
    expect(prompts.filter((p) => /Der Mann dem Verein/u.test(p))).toEqual([]);
  });

  it('restates no clause whose subject is a name set off as an apposition (`… obtained a royal charter … in 1253 the lord of the manor`)', () => {
    const prompts = candidatesOf('b-en-4.txt').map((c) => c.prompt);
    expect(prompts.filter((p) => /in 1253 the lord of the manor/u.test(p))).toEqual([]);
  });

  it('swaps a court for no other kind of body, and never for the end of a name cut at `and` (`sentenced at Lincolnshire Police`, `at Barring Service`)', () => {
    const prompts = candidatesOf('b-en-1.txt')
      .filter((c) => c.kind === 'true-false')
      .map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(
      prompts.filter((p) => /sentenced at (Lincolnshire Police|Barring Service)/u.test(p))
    ).toEqual([]);
  });
  it('never turns round a change from one figure to another (`The average density fell from 231 shoots … to 264 this year`, blind rating 67)', () => {
    const prompts = candidatesOf('c-en-3.txt')
      .filter((c) => c.kind === 'true-false')
      .map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /fell from 231/u.test(p))).toEqual([]);
  });
});

describe('unseen articles (rating 68): what a question keeps and asks', () => {
  it('keeps a `to`-infinitive right after the clause (`Joanne Maitland called on the government.`, `Councillors voted seven to two at a meeting on Thursday evening.`)', () => {
    const prompts = [...candidatesOf('d-en-4.txt'), ...candidatesOf('d-en-3.txt')].map(
      (c) => c.prompt
    );
    expect(prompts.filter((p) => /called on the government\.$/u.test(p))).toEqual([]);
    expect(
      prompts.filter((p) => /voted seven to two at a meeting on Thursday evening[.?]$/u.test(p))
    ).toEqual([]);
  });

  it('quotes the whole quotation, never its end alone (`Wer hat laut Text gesagt: „müssen eben die Bürger entscheiden“?`, `Wer sagte, müssen eben die Bürger entscheiden?`)', () => {
    const prompts = candidatesOf('d-de-1.txt').map((c) => c.prompt);
    expect(prompts).toContain(
      'Wer hat laut Text gesagt: „Wenn der Rat nicht zuhört, müssen eben die Bürger entscheiden“?'
    );
    expect(prompts.filter((p) => /(„|sagte, )müssen eben die Bürger/u.test(p))).toEqual([]);
  });

  it('asks no `Wer ergänzte, …?`: added to what?', () => {
    const prompts = candidatesOf('d-de-1.txt').map((c) => c.prompt);
    expect(prompts.filter((p) => /^Wer ergänzte/u.test(p))).toEqual([]);
  });

  it('asks for nothing something has, nor for an answer only like something before (`What did the changes have? an almost immediate effect`, `Was gibt es bereits …? Ähnliche Befunde`)', () => {
    const en = candidatesOf('d-en-2.txt').map((c) => c.prompt);
    expect(en.filter((p) => /^What did the changes have/u.test(p))).toEqual([]);
    const de = candidatesOf('d-de-3.txt').filter((c) => c.kind === 'wh');
    expect(de.filter((c) => /Befunde/u.test(String(c.answer)))).toEqual([]);
  });

  it('asks nothing of a German clause in the subjunctive II (`Was könnte ihre Arbeitszeiten nicht beliebig verschieben? Berufstätige Eltern`)', () => {
    const prompts = candidatesOf('d-de-3.txt')
      .filter((c) => c.kind === 'wh')
      .map((c) => c.prompt);
    expect(prompts.filter((p) => /könnte ihre Arbeitszeiten/u.test(p))).toEqual([]);
  });
});

describe('unseen articles (rating 68): gaps, names and figures', () => {
  it('makes no gap of a name after the noun that says what it names, nor of a fixed phrase (`aus dem ehemaligen Kloster ____`, `im ____` for `Schnitt`)', () => {
    const gaps = [...candidatesOf('d-de-4.txt'), ...candidatesOf('d-de-3.txt')]
      .filter((c) => c.kind === 'cloze')
      .map((c) => c.prompt);
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.filter((p) => /Kloster ____|im ____ um 0,2/u.test(p))).toEqual([]);
  });

  it('names a person as the body of the text does, not as a headline capitalises it (`Late Okafor` in a word bank)', () => {
    const banks = candidatesOf('d-en-2.txt').flatMap((c) => [
      ...(c.wordBank ?? []),
      ...(c.choices ?? [])
    ]);
    expect(banks.length).toBeGreaterThan(0);
    expect(banks.filter((b) => /Late Okafor/u.test(b))).toEqual([]);
  });

  it('asks no number standing for a noun as a thing, nor money as a count (`What will go in Wellbridge? About 700 of the roles`, `how many charges would the restructuring cost?`)', () => {
    const prompts = candidatesOf('d-en-1.txt').map((c) => c.prompt);
    expect(prompts.filter((p) => /What will go in Wellbridge|how many charges/iu.test(p))).toEqual(
      []
    );
  });
});

describe('unseen articles (rating 68): what the headline gives away', () => {
  it('asks `Wer …?` of the person the headline names only where nothing else is asked (`Wer leitet seit 27 Jahren das Forstamt Freienstein …? Andreas Brenninger`)', () => {
    const asked = candidatesOf('d-de-2.txt').filter(
      (c) => c.kind === 'wh' && /^Wer leitet seit 27 Jahren/u.test(c.prompt)
    );
    expect(asked.length).toBeGreaterThan(0);
    for (const c of asked) expect(c.lastResort).toBe(true);
  });

  it('offers no sentence after a lead too long to be a choice as the gist (`The company, which employs roughly 9,400 people worldwide, said pre-tax profit …` for a report of 1,150 job cuts)', () => {
    expect(candidatesOf('d-en-1.txt').filter((c) => c.kind === 'gist')).toEqual([]);
  });
});

describe('unseen articles (rating 68): vocabulary cards', () => {
  it('makes no English card of a word of many senses or often met, of a verb used as a noun or of an adjective read as a verb (`village`, `volley`: gunfire, `shooting (noun)`, `to reachable`)', () => {
    const fronts = [...candidatesOf('d-en-2.txt'), ...candidatesOf('d-en-4.txt')]
      .filter((c) => c.kind === 'vocabulary')
      .map((c) => c.prompt);
    expect(fronts.length).toBeGreaterThan(3);
    expect(fronts.filter((f) => /^(village|volley|shooting|to reachable)\b/u.test(f))).toEqual([]);
  });
});

describe('unseen articles (rating 68): conditions and reasons', () => {
  it('asks nothing of a clause that holds only under a condition it would leave out (`Wie viele Minuten schlafen Jugendliche nach einer neuen Studie im Schnitt länger pro Nacht?`)', () => {
    const prompts = candidatesOf('d-de-3.txt').map((c) => c.prompt);
    expect(prompts.filter((p) => /^Wie viele Minuten schlafen/u.test(p))).toEqual([]);
  });

  it('asks nothing named by a demonstrative (`Wer wies diesen Vorwurf zurück? Karin Almendinger`)', () => {
    const prompts = candidatesOf('d-de-1.txt').map((c) => c.prompt);
    expect(prompts.filter((p) => /diesen Vorwurf/u.test(p))).toEqual([]);
  });

  it('negates no clause over the reason it keeps (`The main road into the town was not closed because of landslips.`)', () => {
    const prompts = candidatesOf('d-en-4.txt')
      .filter((c) => c.kind === 'true-false')
      .map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /not closed because/u.test(p))).toEqual([]);
  });
});

describe('unseen articles (rating 69): figures under another name', () => {
  it('asks for no thing a figure describes among the same thing with other figures (`What links … Porthcarrow with … Trefynnon? the 2.4-kilometre crossing / the 1.7-kilometre crossing / …`)', () => {
    const asked = candidatesOf('e-en-2.txt').filter((c) => c.kind === 'wh');
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((c) => /kilometre crossing/u.test(String(c.answer)))).toEqual([]);
  });
});

describe('unseen articles (rating 72): what both raters struck', () => {
  it('asks no time read as an object (`What did the home office complete at a total cost of £1,340? last Thursday`)', () => {
    const asked = candidatesOf('h-en-2.txt');
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((c) => /last Thursday/u.test(String(c.answer)))).toEqual([]);
  });

  it('asks where to with `Wohin` (`Wo wurde der Ort … in die Stadt Schleusingen eingegliedert?`), and no place of a copula’s noun (`Wo ist Quellenried ein Dorf?`)', () => {
    const prompts = candidatesOf('h-de-3.txt').map((c) => c.prompt);
    expect(prompts.filter((p) => /^Wo wurde .* eingegliedert\?$/u.test(p))).toEqual([]);
    expect(prompts.some((p) => /^Wohin wurde .* eingegliedert\?$/u.test(p))).toBe(true);
    expect(prompts.filter((p) => /^Wo (ist|war) \S+ ein/u.test(p))).toEqual([]);
  });

  it('gives an interview no gist (its opening introduces the interviewee) and asks none of its questions for a number (`wie viele Menschen …? Bis zum Mittag waren es 23.`)', () => {
    const asked = candidatesOf('h-de-2.txt');
    expect(asked.some((c) => c.kind === 'interview')).toBe(true);
    expect(asked.filter((c) => c.kind === 'gist')).toEqual([]);
    expect(asked.filter((c) => c.kind === 'interview' && /wie viele/iu.test(c.prompt))).toEqual([]);
  });

  it('makes no fact card on what an unnamed speaker said (`Was sagte ein Sprecher? man respektiere die Entscheidung`), nor a meaning that defines a word by itself (`financing`: `the act of financing`)', () => {
    expect(candidatesOf('h-de-1.txt').filter((c) => /^Was sagte ein/u.test(c.prompt))).toEqual([]);
    const financing = candidatesOf('h-en-1.txt').find((c) => c.prompt === 'financing (noun)');
    expect(String(financing?.answer ?? '')).not.toMatch(/the act of financing/u);
  });

  it('asks nothing in a past subjunctive the dictionary has no indicative for (`Wer fände laut Georg Haslinger …?`), and keeps a definition that only names a part of its word (`waterfront`: `… alongside a body of water`)', () => {
    expect(candidatesOf('h-de-1.txt').filter((c) => /\bfände\b/u.test(c.prompt))).toEqual([]);
    // (`waterfront` itself has had no card since session 41: water and front are familiar; the
    // same shape on `millpond`: `a pond formed by damming a stream …`.)
    const millpond = candidatesOf('y-en-3.txt').find((c) => c.prompt === 'millpond (noun)');
    expect(String(millpond?.answer ?? '')).toMatch(/^Meaning: a pond formed by damming/u);
  });

  it('sets the words said off after `Wer sagte` (`Wer sagte „Das entspricht …“?`, `Wer sagte viele Hausbesitzer … fänden …?`)', () => {
    const prompts = candidatesOf('h-de-1.txt').map((c) => c.prompt);
    // (`Wer sagte laut Text, viele Hausbesitzer … fänden …?` sets them off by its comma.)
    expect(prompts.filter((p) => /^Wer sagte (?!laut Text, )[„\p{Ll}]/u.test(p))).toEqual([]);
    expect(prompts.some((p) => /^Wer sagte: „/u.test(p))).toBe(true);
  });
});

describe('unseen articles: statements', () => {
  it('restates no verb the parse hung before the verb it is conjoined to (`The 40-metre food hall tent baked goods.`)', () => {
    // (Since session 46 the text's only statement, a negated hedge, `Investigators are not
    // understood to be focusing …`, is no longer made: every candidate is checked.)
    const asked = candidatesOf('k-en-1.txt');
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((c) => /tent baked goods/u.test(c.prompt))).toEqual([]);
  });

  it('states no sentence of more than eighteen words, which copies all its details (`Agnes Wetterich legte nach dem Besuch der Höheren Töchterschule in Tuttlingen 1912 als Externe das Abitur … ab.`)', () => {
    for (const name of ['i-de-3.txt', 'k-en-3.txt', 'k-de-2.txt']) {
      const statements = candidatesOf(name).filter((c) => c.kind === 'true-false');
      expect(statements.length).toBeGreaterThan(0);
      expect(statements.filter((c) => c.prompt.split(/\s+/u).length > 18)).toEqual([]);
    }
  });

  it('restates no clause whose verb the parse gave a name as a conjunct (`Seamer Jake Ellison removed both openers with the total on 15, and when Lewis Abbott.`, blind rating 77)', () => {
    const asked = candidatesOf('n-en-4.txt');
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((c) => /and when Lewis Abbott[.?]$/u.test(c.prompt))).toEqual([]);
  });

  it('states no finding by `dem Ergebnis` without saying which (`Zu dem Ergebnis kommt eine Studie des Universitätsklinikums Würzburg.`, blind rating 77)', () => {
    const statements = candidatesOf('n-de-2.txt').filter((c) => c.kind === 'true-false');
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.filter((c) => /dem Ergebnis/u.test(c.prompt))).toEqual([]);
  });

  it('restates no clause whose subject noun the parse gave a count after it (`Der Vorstand 575 hatte Bislang bis 600 Millionen Euro in Aussicht gestellt.`, blind rating 79)', () => {
    const asked = candidatesOf('o-de-1.txt');
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((c) => /Vorstand 575/u.test(c.prompt))).toEqual([]);
  });

  it('swaps no person whose pronoun the statement keeps (`Derek Mensah announced herself …`, blind rating 80)', () => {
    const statements = candidatesOf('p-en-4.txt').filter((c) => c.kind === 'true-false');
    expect(statements.length).toBeGreaterThan(0);
    expect(
      statements.filter((c) => c.answer === false && /\b(herself|himself)\b/u.test(c.prompt))
    ).toEqual([]);
  });

  it('reads no past participle after `subject ,` as the verb (`Levels of anxiety did not measure on a hospital questionnaire.`)', () => {
    const statements = candidatesOf('k-en-3.txt').filter((c) => c.kind === 'true-false');
    expect(statements.filter((c) => /anxiety (did not )?measure/u.test(c.prompt))).toEqual([]);
    expect(statements.some((c) => /^Levels of anxiety fell/u.test(c.prompt))).toBe(true);
  });
});

describe('unseen articles: vocabulary cards', () => {
  it('explains no word by a dated word for a girl of the trade (`Auszubildende`: `Lehrmädchen`, blind ratings 78 and 80)', () => {
    const backs = [...candidatesOf('p-de-2.txt'), ...candidatesOf('m-de-4.txt')]
      .filter((c) => c.card === 'vocabulary')
      .map((c) => String(c.answer));
    expect(backs.length).toBeGreaterThan(0);
    expect(backs.filter((b) => /Lehrmädchen/u.test(b))).toEqual([]);
  });

  it('makes no card of `un-` and an everyday word (`unpaid`: `not paid`, blind rating 80)', () => {
    const fronts = [...candidatesOf('p-en-1.txt'), ...candidatesOf('p-en-2.txt')]
      .filter((c) => c.card === 'vocabulary')
      .map((c) => c.prompt);
    expect(fronts.length).toBeGreaterThan(0);
    expect(fronts.filter((f) => /^unpaid\b/u.test(f))).toEqual([]);
  });

  it('explains no word by itself with another ending (`Ostern`: `Osterfest`, `Schlafstörung`: `Schlafproblem`, blind rating 76)', () => {
    const backs = [...candidatesOf('l-de-1.txt'), ...candidatesOf('l-de-4.txt')]
      .filter((c) => c.card === 'vocabulary')
      .map((c) => String(c.answer));
    expect(backs.length).toBeGreaterThan(0);
    expect(backs.filter((b) => /Bedeutung: [^.]*\b(Osterfest|Schlafproblem)\b/u.test(b))).toEqual(
      []
    );
  });
});

describe('unseen articles: answers typed in other words (blind rating 94)', () => {
  it('accepts a count written in words in figures too (`How many hymn tunes …? Sixty-three`: `63` refused)', () => {
    const asked = candidatesOf('ac-en-4.txt').find(
      (c) => c.type === 'short-answer' && c.answer === 'Sixty-three'
    );
    expect(asked?.accept).toContain('63');
    expect(writtenNumber('dreiundsechzig', 'de')).toBe(63);
    expect(writtenNumber('twenty-ten', 'en')).toBeUndefined();
  });

  it('accepts a German role only where no one else of the text has it (`der Trainer` for one of two coaches)', () => {
    const asked = candidatesOf('ac-de-1.txt').find(
      (c) => c.kind === 'speech' && c.type === 'short-answer' && c.answer === 'Dirk Wallbrecht'
    );
    expect(asked?.accept).toContain('Wallbrecht');
    expect(asked?.accept ?? []).not.toContain('Trainer');
    expect(asked?.accept ?? []).not.toContain('der Trainer');
  });

  it('puts `a` or `an` before the noun it now goes with (`an unexpected reward`: `an reward` accepted)', () => {
    const asked = candidatesOf('ac-en-2.txt').find(
      (c) => c.type === 'short-answer' && c.answer === 'an unexpected reward'
    );
    expect(asked?.accept).toContain('a reward');
    expect(asked?.accept).not.toContain('an reward');
  });
});

describe('unseen articles: a time read as the subject or the object (blind rating 94)', () => {
  it('asks no question on a clause whose time the parse took for an argument (`Wen geht Ende des Monats in den Ruhestand?`, `What were the four music books found by …? last autumn`)', () => {
    const german = candidatesOf('ac-de-2.txt');
    const english = candidatesOf('ac-en-4.txt');
    expect(german.length).toBeGreaterThan(0);
    expect(english.length).toBeGreaterThan(0);
    expect(german.filter((c) => /^Wen geht\b/u.test(c.prompt))).toEqual([]);
    expect(english.filter((c) => c.answer === 'last autumn')).toEqual([]);
  });
});

describe('unseen articles: blind rating 95', () => {
  it('makes no card of a noun whose dictionary form the tagger guessed against the dictionary (`der Absteig, -e` of `Absteigen müssen …`)', () => {
    const text = article('ad-de-2.txt');
    const fronts = generateQuestionSet(text, { models, language: 'de' })
      .questions.filter((q) => q.type === 'flashcard')
      .map((q) => q.prompt);
    expect(fronts.filter((f) => /Absteig\b/u.test(f))).toEqual([]);
  });

  it('matches quotations in quotation marks only, never beside reported clauses (`that Brackenhurst would respond …`, `the move was consistent with …`)', () => {
    const match = candidatesOf('ad-en-4.txt').find(
      (c) => c.kind === 'speech' && c.type === 'match'
    );
    const statements = (match?.answer as [string, string][]).map(([s]) => s);
    expect(statements.length).toBeGreaterThanOrEqual(3);
    expect(statements.filter((s) => /^(that|the move)\b/u.test(s))).toEqual([]);
  });
});

describe('unseen articles: people in a word bank', () => {
  it('offers no animals or things for people (`Die ____ halten das für zu wenig` for `Landwirte` among `Biber`, `Dämme`, `Tiere`: blind rating 93)', () => {
    const gaps = candidatesOf('ab-de-3.txt').filter((c) => c.type === 'cloze');
    expect(gaps.length).toBeGreaterThan(0);
    for (const c of gaps.filter((x) => x.answer === 'Landwirte'))
      expect(c.wordBank?.filter((w) => /^(Biber|Dämme|Tiere)$/u.test(w))).toEqual([]);
    expect(
      gaps.filter((c) => c.answer === 'Landwirte' && (c.wordBank ?? []).includes('Biber'))
    ).toEqual([]);
  });
});

describe('unseen articles: a verb read as punctuation', () => {
  it('restates no sentence whose verb the parse hung on as punctuation (`The Bridge Street Pharmacy followed, after its owner, Alan Pruett on 31 May.`, blind rating 93)', () => {
    const asked = candidatesOf('ab-en-1.txt');
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((c) => /after its owner, Alan Pruett(?!, said)/u.test(c.prompt))).toEqual(
      []
    );
  });
});

describe('unseen articles: an interview’s teaser', () => {
  it('asks nothing of the topics an interview announces (`Ein Gespräch über Kühlketten, Wutausbrüche und die Frage, warum …`, `he talks about central heating, free pianos and why …`: blind ratings 90, 91 and 93)', () => {
    const files = ['aa-de-3.txt', 'ab-en-2.txt', 'd-de-2.txt', 'y-de-2.txt', 'z-de-3.txt'];
    const asked = files.flatMap((name) => candidatesOf(name));
    expect(asked.length).toBeGreaterThan(20);
    expect(
      asked
        .filter((c) =>
          /Gespräch über|und die Frage, (warum|wer|wie)|talks about central/u.test(c.prompt)
        )
        .map((c) => c.prompt)
    ).toEqual([]);
  });
});

describe('unseen articles: people as alternatives', () => {
  it('asks no `Wer …?` that keeps a woman’s possessive (`Wer darf … ihren Personalausweis verlängern lassen?`, blind rating 93)', () => {
    const asked = candidatesOf('ab-de-4.txt');
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((c) => /^Wer\s.*\sihren\s/u.test(c.prompt))).toEqual([]);
  });

  it('offers people of no known role before those of another beside a player of no other kind (`Wer fälschte … zum 2:3 ab?` among the coach and the sporting director, blind rating 79)', () => {
    const asked = candidatesOf('o-de-4.txt').find(
      (c) => c.kind === 'wh' && /^Wer fälschte .* zum 2:3 ab\?$/u.test(c.prompt)
    );
    expect(asked?.answer).toBe('Jannik Voss');
    expect(asked?.choices).toContain('Julian Schrödl');
    expect(asked?.choices).not.toContain('Bernd Haslinger');
    // (Nor the coach: blind rating 92, `coaches cannot score`.)
    expect(asked?.choices).not.toContain('Mikko Rautanen');
  });

  it('offers a person of the same role first (`Who sent on Oduya?` with players beside the manager, blind rating 76)', () => {
    const asked = candidatesOf('l-en-4.txt').find((c) => c.prompt === 'Who sent on Oduya?');
    expect(asked?.answer).toBe('Paul Whitmore');
    // (Never a player or the referee: the other manager alone is too few for choices, and the
    // question is asked without them.)
    expect(asked?.choices ?? []).not.toContain('Dan Ashworth');
    expect(asked?.choices ?? []).not.toContain('Daniel Eccles');
  });
});

describe('unseen articles: reasons', () => {
  it('puts no main clause as a reason (`Weil muss man rechnen`) and asks no why of whose job (`Warum verändert sich sein Beruf grundlegend?`, blind rating 78)', () => {
    const asked = candidatesOf('m-de-4.txt');
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((c) => c.kind === 'why' && /\bsein Beruf\b/u.test(c.prompt))).toEqual([]);
    expect(asked.flatMap((c) => c.choices ?? []).filter((t) => /^Weil muss/u.test(t))).toEqual([]);
  });

  it('reads `since` before a date as a time, never a reason (`Why do surveyors say errors persist? Because July 2016, international rules …`, blind rating 78)', () => {
    const asked = candidatesOf('m-en-2.txt').filter((c) => c.kind === 'why');
    for (const c of asked) expect(String(c.answer)).not.toMatch(/^Because July/u);
    expect(asked.filter((c) => /errors persist/u.test(c.prompt))).toEqual([]);
  });

  it('puts a fact whose object came first as a reason with its subject first (`Weil den Gesamtschaden das Gericht … bezifferte`, blind rating 77)', () => {
    const choices = candidatesOf('n-de-1.txt')
      .filter((c) => c.kind === 'why')
      .flatMap((c) => c.choices ?? []);
    expect(choices.some((t) => /^Weil das Gericht .*den Gesamtschaden bezifferte$/u.test(t))).toBe(
      true
    );
    expect(choices.filter((t) => /^Weil den Gesamtschaden/iu.test(t))).toEqual([]);
  });

  it('offers no wrong reason dated after the asked event (`Warum begann Körbitz 1853 eine Lehre …? Weil 1874 Körbitz ein Patent erhielt`, blind rating 77)', () => {
    const years = (t: string) => (t.match(/\b(1[5-9]\d\d|20\d\d)\b/gu) ?? []).map(Number);
    const dated = ['l-en-3.txt', 'm-de-3.txt', 'n-de-4.txt']
      .flatMap((name) => candidatesOf(name))
      .filter((c) => c.kind === 'why' && years(c.prompt).length > 0);
    expect(dated.length).toBeGreaterThan(0);
    for (const c of dated) {
      const latest = Math.max(...years(`${c.prompt} ${String(c.answer)}`));
      for (const t of c.choices ?? [])
        expect(
          years(t).filter((y) => y > latest),
          `${c.prompt} ${t}`
        ).toEqual([]);
    }
  });

  it('offers no wrong reason that points back with a pronominal adverb (`Weil genau daran der Verein arbeitet`, blind rating 76)', () => {
    // (The article's why question itself went in session 41, when a condition stopped being a
    // wrong reason and it had one left: the clauses it drew them from are read instead.)
    const m = models.de;
    const doc = buildDocument(
      analyse(article('l-de-1.txt'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names,
      m.glossary
    );
    const reasons = doc.sentences.flatMap((_, i) => clausesAsReasons(doc, i, Infinity));
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.filter((t) => /\bdaran\b/u.test(t))).toEqual([]);
  });
});

describe('unseen articles: fact cards', () => {
  it('gives a person on the back with the role the text gives them (`Who switched to a back three? Paul Whitmore`, blind rating 76), never a German role whose bare form changes (`Vereinsvorsitzende`)', () => {
    const card = candidatesOf('l-en-4.txt').find(
      (c) => c.kind === 'fact-card' && c.prompt === 'Who switched to a back three?'
    );
    expect(card?.answer).toBe('Paul Whitmore (manager)');
    const german = candidatesOf('l-de-1.txt').filter(
      (c) => c.kind === 'fact-card' && /Kessler/u.test(String(c.answer))
    );
    expect(german.length).toBeGreaterThan(0);
    for (const c of german) expect(String(c.answer)).not.toMatch(/\(Vereinsvorsitzende\)/u);
  });

  it('makes no card on a person the text names once where the deck has others (`Wer sagte: „Das ist keine Dauerlösung …“? Kreisdezernentin Miriam Obergfell`, blind rating 76)', () => {
    const set = generateQuestionSet(article('l-de-1.txt'), { models, language: 'de' });
    const cards = set.questions.filter((q) => q.type === 'flashcard');
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.filter((q) => /Obergfell/u.test(String(q.answer)))).toEqual([]);
  });
});

describe('unseen articles: order of events', () => {
  it('orders the events a year before an article dates (`lehnte 1857 ihren Antrag ab`, `brachte 1872 der Auftrag`), not only late ones (blind rating 76)', () => {
    const order = candidatesOf('l-de-3.txt').find((c) => c.kind === 'order');
    const events = (order?.answer ?? []) as string[];
    expect(events.some((e) => /lehnte ihren Antrag/u.test(e))).toBe(true);
  });

  it('orders events, not states (`Wiesinger war mit … verheiratet`, `31 Filialen bestanden bereits`, `Die Stiftung zählte rund 23.000 Besucher`: blind ratings 74 and 87)', () => {
    const events = ['b-de-4.txt', 'j-de-3.txt', 'v-de-3.txt'].flatMap(
      (name) => (candidatesOf(name).find((c) => c.kind === 'order')?.answer ?? []) as string[]
    );
    expect(events.filter((e) => /(verheiratet|bestanden|zählte)/u.test(e))).toEqual([]);
  });

  it('keeps a name’s capital where the year before it is left out, and gives no `er` to a town (`heiratete katharina Wandel`, `Schmölln ließ eine Dampfmaschine aufstellen`: blind ratings 78 and 81)', () => {
    const tessmer = (candidatesOf('q-de-3.txt').find((c) => c.kind === 'order')?.answer ??
      []) as string[];
    expect(tessmer.some((e) => /heiratete Katharina Wandel/u.test(e))).toBe(true);
    const plant = (candidatesOf('m-de-3.txt').find((c) => c.kind === 'order')?.answer ??
      []) as string[];
    expect(plant.length).toBeGreaterThan(2);
    expect(plant.filter((e) => /^Schmölln /u.test(e))).toEqual([]);
  });
});

describe('unseen articles: blind rating 90', () => {
  it('gaps no teaser that is one noun phrase (`Ein Gespräch über …, warum man zuerst auf die ____ gehen sollte.`)', () => {
    const gaps = candidatesOf('y-de-2.txt').filter((c) => c.kind === 'cloze');
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.filter((c) => /^Ein Gespräch über/u.test(c.prompt))).toEqual([]);
  });

  it('asks nothing across a conjunction hung on part of a name, and states no word whose quotation it left out (`Who scored 10 and Marston eight …?`, `An anonymous note reading was found …`)', () => {
    const race = candidatesOf('y-en-2.txt').map((c) => c.prompt);
    expect(race.length).toBeGreaterThan(0);
    expect(race.filter((p) => /Marston eight/u.test(p))).toEqual([]);
    const office = candidatesOf('y-en-4.txt').map((c) => c.prompt);
    expect(office.filter((p) => /note reading was/u.test(p))).toEqual([]);
  });
});

describe('unseen articles: blind rating 89', () => {
  it('offers no name given, no ability of today and nothing dated after the asked century as a wrong reason (`Weil die Grube … den Namen erhielt`, `Because visitors can watch …`, `Weil erst 1768 …` for the end of the 16th century)', () => {
    const mine = candidatesOf('x-de-4.txt').filter((c) => c.kind === 'why');
    const rope = candidatesOf('x-en-3.txt').filter((c) => c.kind === 'why');
    expect(mine.length).toBeGreaterThan(0);
    expect(rope.length).toBeGreaterThan(0);
    const choices = [...mine, ...rope].flatMap((c) => c.choices ?? []);
    expect(choices.filter((c) => /Namen|can watch|1768|19\. Jahrhundert/u.test(c))).toEqual([]);
  });

  it('keeps no `kurz` of a `kurz zuvor` it leaves out, no modal `ja`, and fronts no phrase a comparison holds (`Was hatte der … Torhüter kurz gelenkt?`, `Die Bettwanze fliegt ja.`, `Im Jahr vermehren sich auch Ratten länger.`)', () => {
    const match = candidatesOf('x-de-2.txt').map((c) => c.prompt);
    expect(match.some((p) => /Torhüter/u.test(p))).toBe(true);
    expect(match.filter((p) => /kurz gelenkt/u.test(p))).toEqual([]);
    const pests = candidatesOf('x-de-3.txt').map((c) => c.prompt);
    expect(pests.filter((p) => /\bja\.$|^Im Jahr vermehren/u.test(p))).toEqual([]);
  });

  it('counts no age and asks no one whom something costs (`Wie viele Frührentner …? 58` of `den 58-jährigen Frührentner`, `Wen kostet eine Zweizimmerwohnung?`)', () => {
    const court = candidatesOf('x-de-1.txt').map((c) => c.prompt);
    expect(court.length).toBeGreaterThan(0);
    expect(court.filter((p) => /^Wie viele Frührentner/u.test(p))).toEqual([]);
    const pests = candidatesOf('x-de-3.txt').map((c) => c.prompt);
    expect(pests.filter((p) => /^Wen kostet/u.test(p))).toEqual([]);
  });
});

describe('unseen articles: blind rating 88', () => {
  it('takes a name with a legal form for a body, not a person (`Rhön e. V. → Verein` among people and roles)', () => {
    const items = candidatesOf('w-de-3.txt');
    expect(items.filter((c) => JSON.stringify(c.answer).includes('Rhön e. V.'))).toEqual([]);
  });

  it('asks reported words as reported, though a phrase inside them is quoted (`who said: “the committee would meet …”`)', () => {
    const prompts = candidatesOf('w-en-4.txt').map((c) => c.prompt);
    expect(prompts).toContain(
      'According to the text, who said that the committee would meet in the village hall next month to discuss its response?'
    );
    expect(prompts.filter((p) => /said: “the committee/u.test(p))).toEqual([]);
  });

  it('asks nothing across a clause the parse glued into a phrase, and asks `Who` of a couple (`What needs traffic to work it in, and on a quiet hill at dawn there isn’t any?`, `What had ignored the closure signs? A couple from Aberdeen`)', () => {
    const prompts = candidatesOf('w-en-3.txt').map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /quiet hill at dawn there/u.test(p))).toEqual([]);
    expect(prompts.filter((p) => /^What had ignored/u.test(p))).toEqual([]);
  });
});

describe('unseen articles: asides', () => {
  it('closes an aside of the subject before the verb of a question (`How many bands did the Saddleworth Game Brass Contest, now in its second year draw …?`, blind rating 77)', () => {
    const prompts = candidatesOf('n-en-2.txt').map((c) => c.prompt);
    expect(prompts.some((p) => /Contest, now in its second year, draw /u.test(p))).toBe(true);
    expect(prompts.filter((p) => /second year draw /u.test(p))).toEqual([]);
  });
});

describe('unseen articles: what a study found', () => {
  it('asks no `What found …?` for the survey that found it (`What found fewer than 2,500 adults? a repeat survey`, blind rating 77)', () => {
    const prompts = candidatesOf('n-en-3.txt').map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /^What found /u.test(p))).toEqual([]);
  });
});

describe('unseen articles: question words for places', () => {
  it('asks not where something happened in the place the text is about (`Wo hat die Vorbereitung knapp fünf Monate gedauert? in Reckenfeld`, blind rating 77)', () => {
    const asked = candidatesOf('n-de-3.txt').filter((c) => c.kind === 'wh');
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((c) => /^Wo hat die Vorbereitung/u.test(c.prompt))).toEqual([]);
  });

  it('asks for a road by `Which road`, never `Who` (`Who currently has a single lane open …? Perth Road`, blind rating 77)', () => {
    const prompts = candidatesOf('n-en-1.txt').map((c) => c.prompt);
    expect(prompts.some((p) => /^Which road currently has/u.test(p))).toBe(true);
    expect(prompts.filter((p) => /^Who currently has/u.test(p))).toEqual([]);
  });
});

describe('unseen articles: people of one family', () => {
  it('gives no `she` to a named man when a person named by a common noun stands between (`after a head chef … noticed … . She contacted the fishery`: `Graham Pettit contacted …`, a wrong key in blind rating 80)', () => {
    const asked = candidatesOf('p-en-1.txt');
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((c) => /Pettit (did not )?contact/u.test(c.prompt))).toEqual([]);
  });

  it('takes no father named in an attribute for the `er` of the next sentence (`Warum begann Friedrich Körbitz 1853 eine Lehre …?` of his son, once the two were kept apart)', () => {
    const asked = candidatesOf('n-de-4.txt');
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((c) => /Friedrich Körbitz .*Lehre/u.test(c.prompt))).toEqual([]);
  });

  it('keeps two people of one surname apart (`who said: “Stephen has kept the charger …”? Stephen Malley`, his wife Julie Malley said it, blind rating 78)', () => {
    // (Asked as a question or, since session 44, in the matching of statements to speakers.)
    const speakers = candidatesOf('m-en-4.txt').flatMap((c) =>
      c.type === 'match' && Array.isArray(c.answer)
        ? (c.answer as [string, string][])
            .filter(([statement]) => /Motorola Razr/u.test(statement))
            .map(([, name]) => name)
        : /Motorola Razr/u.test(c.prompt)
          ? [String(c.answer)]
          : []
    );
    expect(speakers.length).toBeGreaterThan(0);
    for (const name of speakers) expect(name).not.toMatch(/Stephen/u);
  });
});

describe('unseen articles: lists cut short', () => {
  it('asks no statement whose list lost its last member with its `and` (`… spoke to Geoffrey Lyle about sugar, vanilla.`, blind rating 79)', () => {
    const sentences = ['She spoke to Tom Hadley about sugar, vanilla and banana flavour.'];
    const statement = (prompt: string): Candidate => ({
      kind: 'true-false',
      type: 'true-false',
      prompt,
      answer: true,
      evidence: [0],
      fact: '0:statement',
      score: 1,
      support: []
    });
    expect(
      rejectReason(
        statement('Priya Raghunathan spoke to Tom Hadley about sugar, vanilla.'),
        sentences
      )
    ).toBe('broken list');
    expect(
      rejectReason(statement('Priya Raghunathan spoke to Tom Hadley about sugar.'), sentences)
    ).toBeUndefined();
  });
});

describe('unseen articles: the gist', () => {
  it('takes no sentence that opens on a pronominal adverb for the gist (`Damit hatte Frank Rehbein nicht gerechnet.`, blind rating 80)', () => {
    const gist = candidatesOf('p-de-3.txt').filter((c) => c.kind === 'gist');
    expect(gist.length).toBeGreaterThan(0);
    for (const c of gist) expect(String(c.answer)).not.toMatch(/^Damit /u);
  });
});

describe('unseen articles: blind rating 82', () => {
  it('sums up no text by its opening definition (`Das Kornhaus in Weißenried ist ein spätgotischer Speicherbau …`, `Johann Friedrich Tessmer war ein deutscher Apotheker und Unternehmer.`)', () => {
    const gist = ['r-de-3.txt', 'q-de-3.txt']
      .flatMap(candidatesOf)
      .filter((c) => c.kind === 'gist');
    expect(gist.length).toBeGreaterThan(0);
    for (const c of gist) expect(String(c.answer)).not.toMatch(/ (ist|war) ein /u);
  }, 20_000);

  it('matches no one of a couple to the couple as a role (`Monika → Ehepaar`)', () => {
    const matches = candidatesOf('r-de-1.txt').filter((c) => c.kind === 'match');
    expect(matches.length).toBeGreaterThan(0);
    for (const c of matches) expect(JSON.stringify(c.answer)).not.toContain('Ehepaar');
  }, 20_000);

  it('restates no clause a `when` opens and asks none that lost its opening preposition (`… during the First World War when.`, `What had the service treated 1914?`)', () => {
    const items = candidatesOf('r-en-3.txt');
    expect(items.length).toBeGreaterThan(0);
    for (const c of items) {
      expect(c.prompt).not.toMatch(/\swhen\.$/u);
      expect(c.prompt).not.toMatch(/treated 1914/u);
    }
  }, 20_000);

  it('gives a surname two people share to the one the text opens on (`Munro proposed …` was answered `Alexander Munro`, her father)', () => {
    const items = candidatesOf('r-en-3.txt');
    const named = items.filter((c) => c.kind === 'wh' || c.kind === 'order');
    expect(named.length).toBeGreaterThan(0);
    for (const c of named) expect(JSON.stringify(c.answer)).not.toContain('Alexander Munro');
  }, 20_000);
});

describe('unseen articles: blind rating 81', () => {
  it('asks nothing of `the company` or answers `the group` without their names (`What had the company already spent?`, `Who is due to report back in September? the group`)', () => {
    const asked = ['q-en-1.txt', 'q-en-4.txt']
      .flatMap(candidatesOf)
      .filter((c) => c.kind === 'fact-card' || c.kind === 'wh');
    expect(asked.length).toBeGreaterThan(0);
    for (const c of asked) {
      expect(c.prompt).not.toMatch(/\bthe company\b/u);
      expect(c.answer).not.toBe('the group');
    }
  }, 20_000);

  it('offers no gist choice that points back, while others stand alone (`Eine Entscheidung darüber wird nicht vor dem kommenden Jahr erwartet.`)', () => {
    const gist = candidatesOf('q-de-1.txt').filter((c) => c.kind === 'gist');
    expect(gist.length).toBeGreaterThan(0);
    for (const c of gist)
      for (const choice of c.choices ?? []) expect(choice).not.toMatch(/darüber/u);
  });

  it('asks for a sound as a place and a housebuilder as a body (`Who carries … sediment …? Carrick Sound`, `Homes` accepted for `Harwood Homes`)', () => {
    const sound = candidatesOf('q-en-2.txt').filter((c) => c.answer === 'Carrick Sound');
    for (const c of sound) expect(c.prompt).not.toMatch(/^Who /u);
    const firm = candidatesOf('q-en-1.txt').filter((c) => c.answer === 'Harwood Homes');
    expect(firm.length).toBeGreaterThan(0);
    for (const c of firm) expect(c.accept ?? []).not.toContain('Homes');
  }, 20_000);

  it('matches no club to a place in the table as a person to a role (`Germania Wulfen → Tabellenvierte`)', () => {
    const pairs = candidatesOf('q-de-4.txt')
      .filter((c) => c.kind === 'match' || c.kind === 'role')
      .map((c) => JSON.stringify(c.answer));
    for (const p of pairs) expect(p).not.toMatch(/Germania Wulfen|Tabellenvierte/u);
    const roles = candidatesOf('q-de-1.txt').filter((c) => c.kind === 'match');
    expect(roles.length).toBeGreaterThan(0);
  });

  it('asks no one person of two the parse split (`Wer entschied … in der 87. Minute und Lukas Behrens in der Nachspielzeit eine Partie …?`)', () => {
    const asked = candidatesOf('q-de-4.txt').filter((c) => c.kind === 'wh');
    expect(asked.length).toBeGreaterThan(0);
    for (const c of asked) expect(c.prompt).not.toMatch(/und Lukas Behrens in der Nachspielzeit/u);
  });

  it('offers a place, a school or a shop among others of its kind or only as a last resort (`vom Parkplatz an der ____` with `Sitzung`, `das ____ leitet` with `Handyverbot`, `Die ____ verkaufte` with `Produktion`)', () => {
    const gaps = ['q-de-1.txt', 'q-de-2.txt', 'q-de-3.txt']
      .flatMap(candidatesOf)
      .filter(
        (c) =>
          c.type === 'cloze' && /^(Schießstattwiese|Gymnasium|Apotheke)$/u.test(String(c.answer))
      );
    expect(gaps.length).toBeGreaterThan(0);
    for (const c of gaps)
      if (!c.lastResort)
        expect(c.wordBank ?? []).not.toEqual(
          expect.arrayContaining([
            expect.stringMatching(/^(Sitzung|Zählung|Handyverbot|Tischtennis|Produktion)$/u)
          ])
        );
  }, 20_000);

  it('asks no person as the content of a deed on a card (`Was heiratete Tessmer 1820? Katharina Wandel …`, `Was brachte … Freese? Dennis Kaya im Strafraum zu Fall`)', () => {
    const cards = ['q-de-3.txt', 'q-de-4.txt']
      .flatMap(candidatesOf)
      .filter((c) => c.kind === 'fact-card');
    expect(cards.length).toBeGreaterThan(0);
    for (const c of cards) {
      expect(c.prompt).not.toMatch(/^Was heiratete/u);
      expect(String(c.answer)).not.toMatch(/^(Katharina Wandel|Dennis Kaya)/u);
    }
  }, 20_000);
});

describe('unseen articles: rating 83', () => {
  it('puts an adverb of time before the object once the subject stands first (`Die sogenannte Bibliothek der Dinge umfasst rund 130 Gegenstände inzwischen.`)', () => {
    const prompts = candidatesOf('s-de-2.txt')
      .filter((c) => c.kind === 'true-false')
      .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])])
      .map((c) => c.prompt);
    expect(prompts.filter((p) => /umfasst inzwischen rund/u.test(p)).length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /Gegenstände inzwischen/u.test(p))).toEqual([]);
  });

  it('asks for keepers with `Who`, and not `Who` for a station the recogniser took for a person (`What left on 31 March 1988?`, `Who was among the last mainland stations …?`)', () => {
    const prompts = candidatesOf('s-en-3.txt')
      .filter((c) => c.kind === 'wh')
      .map((c) => c.prompt);
    expect(prompts).toContain('Who left on 31 March 1988?');
    expect(prompts.filter((p) => /^What left|^Who was among the last/u.test(p))).toEqual([]);
  });

  it('takes no lead whose subject is a pronoun after an opening phrase as the gist (`Completed in 1841 …, it marks a stretch of coast …`)', () => {
    const keys = candidatesOf('s-en-3.txt')
      .filter((c) => c.kind === 'gist')
      .map((c) => String(c.answer));
    expect(keys.filter((k) => /^Completed in 1841/u.test(k))).toEqual([]);
  });
});

describe('unseen articles: rating 84', () => {
  it('asks for no noun that makes one phrase with its verb, and nothing of a clause that says only that (`Was machen sich Schafhalter im Landkreis? Sorgen`, `Was spielt eine Rolle?`)', () => {
    const prompts = candidatesOf('t-de-3.txt')
      .filter((c) => c.kind === 'wh' || c.kind === 'fact-card')
      .map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /^Was (spielt eine Rolle|machen sich)/u.test(p))).toEqual([]);
  });

  it('writes the article of a subject after a colon small (`Was hat Der 43-jährige … gelesen?`, rating 83)', () => {
    const prompts = candidatesOf('s-de-4.txt')
      .filter((c) => c.kind === 'wh' || c.kind === 'fact-card')
      .map((c) => c.prompt);
    expect(prompts.filter((p) => /^Was hat der 43-jährige/u.test(p)).length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /\sDer 43-jährige/u.test(p))).toEqual([]);
  });

  it('sets one `who said: “…”?` with a name to write per quiz (three of three on one satire struck as word-spotting)', () => {
    const set = generateQuestionSet(article('t-en-2.txt'), { models, language: 'en' });
    const named = set.questions.filter((q) => q.kind === 'speech' && q.type === 'short-answer');
    expect(named.length).toBeLessThanOrEqual(1);
  }, 20_000);
});

describe('unseen: one quiz, one task of finding a name beside a quotation', () => {
  it('asks who said a quotation with a name to write once, whichever kind proposes it (`Wer sagte: „…“?` of the wh kind beside `Wer hat laut Text gesagt: „…“?`, struck as a duplicate by both raters of blind rating 84)', () => {
    const set = generateQuestionSet(article('u-de-1.txt'), { models, language: 'de' });
    const attributions = set.questions.filter(
      (q) =>
        q.type === 'short-answer' && /(^|, )(wer sagte|wer hat laut text gesagt)\b/iu.test(q.prompt)
    );
    expect(attributions).toHaveLength(1);
  });
});

describe('unseen: a pronoun given to the person a sentence names', () => {
  it('gives no `He` to the wife where the text’s own subject opened the sentence (`Where did Eleanor Pryor die at his home in 1911?`, struck by both raters of blind rating 85)', () => {
    const set = generateQuestionSet(article('u-en-3.txt'), { models, language: 'en' });
    // (An order's key is its events, a match's its pairs: all of it, as text.)
    const prompts = set.questions.map((q) => `${q.prompt} ${JSON.stringify(q.answer)}`);
    expect(prompts.filter((p) => /Eleanor Pryor (retired|died|die)\b/u.test(p))).toEqual([]);
    expect(set.questions.length).toBeGreaterThan(0);
  });
});

describe('unseen: no gap on a figure that describes a thing', () => {
  it('gaps no measure before its adjective, price after an article, number after its noun nor span after `seit` (`eine ____ lange Wasserstraße`, `A ____ smart refrigerator`, `seat ____`, `Seit ____ rückt …`: all four struck as number trivia by both raters of blind rating 85)', () => {
    const gapped = ['u-de-2.txt', 'u-de-3.txt', 'u-en-1.txt', 'u-en-4.txt'].flatMap((name) =>
      candidatesOf(name)
        .filter((c) => c.type === 'cloze')
        .map((c) => String(c.answer))
    );
    expect(gapped.length).toBeGreaterThan(0);
    expect(gapped.filter((a) => /^(18,6 Kilometer|£2,300|12|23 Jahren)$/u.test(a))).toEqual([]);
  });
});

describe('unseen: rating 85, who and when', () => {
  it('asks nothing that happened `am selben Abend` (`Wer meldete sich noch am selben Abend?`: which evening?, both raters of blind rating 85)', () => {
    const asked = candidatesOf('u-de-1.txt').map((c) => c.prompt);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((p) => /\bselben\b/u.test(p))).toEqual([]);
  });

  it('offers no cinema as a person who might have said something (`Eden Picturehouse` among the speakers, both raters of blind rating 85)', () => {
    const said = candidatesOf('u-en-1.txt').filter((c) => c.kind === 'speech');
    expect(said.length).toBeGreaterThan(0);
    for (const c of said) expect(c.choices ?? []).not.toContain('Eden Picturehouse');
  });
});

describe('unseen: who did it, answered by no one the text names', () => {
  it('asks no `Wer …?` whose answer is `ein Sprecher` or `A Frostline spokesperson` (a card that teaches nothing, both raters of blind ratings 83 and 85)', () => {
    const asked = ['u-de-1.txt', 'u-en-4.txt', 's-en-4.txt'].flatMap((name) =>
      candidatesOf(name).filter((c) => c.kind === 'wh' || c.kind === 'fact-card')
    );
    expect(asked.length).toBeGreaterThan(0);
    expect(
      asked.filter(
        (c) => /^(Wer|Who)\s/u.test(c.prompt) && /^(ein|eine|a|an)\s/iu.test(String(c.answer))
      )
    ).toEqual([]);
  });
});

describe('unseen: the topic of a topic sentence', () => {
  it('asks for no `die Geschichte des Kanals` (`Was ist eng mit der Gründung der Siedlung Hollsand verbunden?`, an empty inversion to both raters of blind rating 85)', () => {
    const asked = candidatesOf('u-de-3.txt').filter(
      (c) => c.kind === 'wh' || c.kind === 'fact-card'
    );
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((c) => /^die Geschichte\b/u.test(String(c.answer)))).toEqual([]);
  });
});

describe('unseen: an aside between commas', () => {
  it('keeps no aside with its first comma only (`What has Ashworth, for her part already booked?`, blind rating 85)', () => {
    const sentences = [
      'Ashworth, for her part, has already booked her seat for next Friday.',
      'The mayor, who opened the hall, thanked the volunteers.'
    ];
    const ask = (prompt: string) =>
      rejectReason(
        {
          kind: 'wh',
          type: 'short-answer',
          prompt,
          answer: 'x',
          evidence: [0, 1],
          fact: 'f',
          score: 1,
          support: []
        },
        sentences
      );
    expect(ask('What has the cinema’s oldest guest Ashworth, for her part already booked?')).toBe(
      'broken prompt'
    );
    expect(
      ask('What has the cinema’s oldest guest Ashworth, for her part, already booked?')
    ).toBeUndefined();
    expect(ask('Who thanked the volunteers?')).toBeUndefined();
  });
});

describe('unseen: no gap on an age', () => {
  it('gaps no age before `alt` (`Miriam Ederer ist ____ alt und führt seit 2021 …`, trivia to both raters of blind rating 87)', () => {
    const gapped = candidatesOf('v-de-2.txt').filter((c) => c.type === 'cloze');
    expect(gapped.length).toBeGreaterThan(0);
    expect(gapped.filter((c) => /\d+ Jahre$/u.test(String(c.answer)))).toEqual([]);
  });
});
