/**
 * Regression tests for the failure classes blind rating 97 found (session 40), each on invented
 * text of the same shape, through the real analysis with the committed models.
 */
import { describe, expect, it } from 'vitest';
import { docOf, fixture, models } from './fixture-docs';
import { analyse } from '../nlp/analyse';
import type { SentenceInfo } from './document';
import { interviewPairs } from './kinds/interview';
import { scoringLine, unsoundReason } from './kinds/shared';
import { trueFalseKind } from './kinds/true-false';
import type { Candidate } from './kinds/types';
import { mainPersonOf, whKind } from './kinds/wh';
import { whyKind } from './kinds/why';
import { LANGUAGE_PACKS } from './languages';
import { coreIds } from './languages/clause';
import { pairedQuotes, rejectReason } from './rank';

const statementsOf = (text: string, language: 'de' | 'en') => {
  const doc = docOf(text, language);
  return trueFalseKind
    .propose({ doc, pack: LANGUAGE_PACKS[language] })
    .flatMap((c) => [c.prompt, c.twin?.prompt ?? ''])
    .filter(Boolean);
};

describe('blind rating 97: interviews and the person an article is about', () => {
  it('takes an `Antwort:` label for no interviewee (`… zu, wie Antwort sie beantwortet`)', () => {
    const doc = docOf(fixture('af-de-3.txt'), 'de');
    const { pairs, interviewee } = interviewPairs(doc);
    expect(pairs.length).toBeGreaterThanOrEqual(3);
    expect(interviewee).toBeUndefined();
  });

  it('takes the person the headline names by surname for the one the article is about (`Die Fäden der Hedwig Sarnow`)', () => {
    const doc = docOf(fixture('af-de-2.txt'), 'de');
    expect(doc.entities.get(mainPersonOf(doc) ?? '')?.name).toBe('Hedwig Sarnow');
    const prompts = whKind.propose({ doc, pack: LANGUAGE_PACKS.de });
    // (A who-question on her comes in only where a text has nothing else to ask.)
    expect(
      prompts.filter(
        (c) => /^Wer /u.test(c.prompt) && c.answer === 'Hedwig Sarnow' && !c.lastResort
      )
    ).toEqual([]);
  });
});

describe('blind rating 97: statements that say nothing or say no twice', () => {
  it('makes no statement of a subject and its verb alone (`The batteries will be discharged.`), but of a predicate adjective', () => {
    const verbOnly = statementsOf(
      'The plant will recycle old car batteries. The batteries will be discharged. The plant opens in May.',
      'en'
    );
    expect(verbOnly.filter((s) => /^The batteries will (not )?be discharged\.$/u.test(s))).toEqual(
      []
    );
  });

  it('negates no verb that says no itself (`did not disagree`, `has not refused …`)', () => {
    const statements = statementsOf(
      'Minister under pressure over report. The health minister has refused to publish the full report. Opposition parties have demanded a debate in parliament. The report will be discussed next week.',
      'en'
    );
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.filter((s) => /not refused/u.test(s))).toEqual([]);
  });
});

describe('blind rating 97: what a restatement keeps and cuts', () => {
  it('cuts a linking word the parse hung on a noun (`die Zwischenzähler jedoch`)', () => {
    const doc = docOf(
      'Der Installateur schloss die Zähler jedoch falsch an. Die Kunden sparten dadurch Geld.',
      'de'
    );
    const info = doc.sentences[0] as SentenceInfo;
    const clause = info.clauses.find((c) => c.main);
    const jedoch = info.s.words.find((w) => w.form === 'jedoch');
    expect(clause && jedoch).toBeTruthy();
    if (clause && jedoch) expect(coreIds(info, clause)).not.toContain(jedoch.id);
  });

  it('keeps `so` where it announces a `dass` clause (`Weil er … Zähler so eingebaut hat, dass …`)', () => {
    const doc = docOf(
      'Weil er in 40 Wohnungen die Zähler so eingebaut hatte, dass auch das Wasser aus der Küche darüber lief, ist ein Installateur aus Kernhausen verurteilt worden. Die Stadt verlor dadurch Gebühren. Ein Nachbar hatte die Polizei informiert, weil ihm die niedrigen Rechnungen auffielen. Der Mann muss 20.000 Euro zahlen, weil er den Schaden ersetzen soll.',
      'de'
    );
    const reasons = whyKind
      .propose({ doc, pack: LANGUAGE_PACKS.de })
      .flatMap((c) => [String(c.answer), ...(c.choices ?? [])])
      .filter((t) => /dass auch das Wasser/u.test(t));
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) expect(r).toMatch(/so eingebaut hatte, dass/u);
  });

  it('asks a sum of money with `Wie viel` (`Was muss … zahlen? 25.000 Euro`)', () => {
    const doc = docOf(fixture('af-de-1.txt'), 'de');
    const asked = whKind
      .propose({ doc, pack: LANGUAGE_PACKS.de })
      .filter((c) => /^25\.000 Euro$/u.test(String(c.answer)));
    expect(asked.length).toBeGreaterThan(0);
    for (const c of asked) expect(c.prompt).toMatch(/^Wie viel /u);
  });

  it('asks nothing of a clause whose next subject the parse read as a conjunct (`completed his hat-trick and Ness scored …`)', () => {
    const doc = docOf(
      'Brierley completed his hat-trick and Ness scored his second, but Pilling finally got his goal.',
      'en'
    );
    const info = doc.sentences[0] as SentenceInfo;
    const clause = info.clauses.find((c) => c.main);
    expect(clause).toBeDefined();
    if (clause) expect(unsoundReason(info, clause, doc)).toBe('clause read as conjunct');
  });

  it('asks no answer that runs into a joined clause (`What does the stone weigh? 286 grams and is roughly the size of a satsuma`)', () => {
    const doc = docOf(
      [
        'Farmer finds meteorite in field',
        'A farmer has found a meteorite in a field near Keld. The stone weighs 286 grams and is roughly the size of a plum. Experts at the museum confirmed the find on Monday.'
      ].join('\n\n'),
      'en'
    );
    const answers = whKind.propose({ doc, pack: LANGUAGE_PACKS.en }).map((c) => String(c.answer));
    expect(answers.filter((a) => /grams and is/u.test(a))).toEqual([]);
  });

  it('reads a match report’s scoring line as one (`scored 38 from 42`, `finished with 17 saves`, `erzielte drei Tore`)', () => {
    const lines = [
      ['Vantreight scored 38 from 42 for Storm.', 'en'],
      ['Sam Whitlow finished with 17 saves.', 'en'],
      ['Jan Kessler erzielte drei Tore für die Gäste.', 'de']
    ] as const;
    for (const [text, language] of lines) {
      const doc = docOf(text, language);
      const info = doc.sentences[0] as SentenceInfo;
      const clause = info.clauses.find((c) => c.main);
      expect(clause && scoringLine(info, clause)).toBe(true);
    }
    const plain = docOf('The council approved the levy on Tuesday.', 'en');
    const info = plain.sentences[0] as SentenceInfo;
    const clause = info.clauses.find((c) => c.main);
    expect(clause && scoringLine(info, clause)).toBe(false);
  });
});

describe('blind rating 97: marks and names', () => {
  it('pairs quotation marks German and English (`Wer sagte, das ist nicht passiert“, … im Werk”?`)', () => {
    expect(
      pairedQuotes('Wer sagte, das ist nicht passiert“, bei einer Pressekonferenz im Werk”?')
    ).toBe(false);
    expect(pairedQuotes('Wer sagte: „Das ist nicht passiert“?')).toBe(true);
    expect(pairedQuotes('Who said: “It has not happened”?')).toBe(true);
    expect(pairedQuotes('Who said: “It has not happened?')).toBe(false);
  });

  it('rejects an answer that names no one (`Was verliert seinen Arbeitsplatz? Niemand`)', () => {
    const c: Candidate = {
      kind: 'cards',
      type: 'flashcard',
      prompt: 'Was verliert seinen Arbeitsplatz?',
      answer: 'Niemand',
      evidence: [0],
      fact: 'x',
      score: 1,
      support: []
    };
    expect(rejectReason(c, ['Niemand verliert seinen Arbeitsplatz.'])).toBe('answer names nothing');
  });

  it('hangs an English title before a name on the name (`Harriers head coach Marcia Blenkinsop called …`)', () => {
    const a = analyse(
      'Rovers head coach Anna Pike called a time-out and moved Carney to goal keeper.',
      'en',
      models.en
    );
    const words = a.sentences[0]?.words ?? [];
    const coach = words.find((w) => w.form === 'coach');
    expect(words[(coach?.head ?? 0) - 1]?.form).toBe('Anna');
    const doc = docOf(
      [
        'Rovers beat Storm',
        'Rovers head coach Anna Pike called a time-out and moved Carney to goal keeper. Rovers won 57-54.'
      ].join('\n\n'),
      'en'
    );
    const prompts = whKind.propose({ doc, pack: LANGUAGE_PACKS.en }).map((c) => c.prompt);
    expect(prompts.filter((p) => /call Rovers head coach/u.test(p))).toEqual([]);
  });
});
