/**
 * Regression tests for the failure classes the regex generator had (issue 9), through the real
 * analysis with the committed models. Each test is named after the failure it guards; the
 * sentences are invented or taken from the development corpus, never from the held-out texts.
 */
import { describe, expect, it } from 'vitest';
import { allModels } from '../../../../scripts/nlp-models';
import { analyse } from '../nlp/analyse';
import type { Analysis } from '../nlp/types';
import type { Question, QuizSet } from '../quizset/schema';
import { buildDocument } from './document';
import { KINDS } from './kinds';
import { generateQuestionSet } from './index';
import { readdirSync, readFileSync } from 'node:fs';
import { CORPUS_DIR } from '../../../../scripts/corpus-dir';
import { cardsKind } from './kinds/cards';
import { gistKind, leansOnAnother } from './kinds/gist';
import { clozeKind } from './kinds/cloze';
import { matchKind } from './kinds/match';
import type { Candidate } from './kinds/types';
import { isInternational, meaningKind } from './kinds/meaning';
import { speechKind } from './kinds/speech';
import { whKind } from './kinds/wh';
import { trueFalseKind } from './kinds/true-false';
import { whyKind } from './kinds/why';
import { LANGUAGE_PACKS } from './languages';
import { coreIds, join, lowerFirstUnlessNoun } from './languages/clause';
import {
  entityDistractors,
  figureChoices,
  perturb,
  personRoles,
  wellFormedName
} from './kinds/shared';
import { roleKind } from './kinds/role';
import { asksSameThing, rejectReason, sameKey } from './rank';
import { garbledReason, makeRereader } from './reread';

const models = allModels();

const entityTexts = (a: Analysis) =>
  a.sentences.flatMap((s) =>
    s.entities
      .filter((e) => e.type !== 'DATE' && e.type !== 'NUM')
      .map((e) => ({
        type: e.type,
        text: s.words
          .filter((w) => w.id >= e.start && w.id < e.end)
          .map((w) => w.form)
          .join(' ')
      }))
  );

/** Everything a question shows: prompt, answer, choices, word bank, correction. */
const shown = (q: Question) =>
  [
    q.prompt,
    JSON.stringify(q.answer),
    q.type === 'multiple-choice' ? q.choices : [],
    q.type === 'cloze' ? (q.wordBank ?? []) : [],
    q.type === 'true-false' ? (q.correction ?? '') : ''
  ]
    .flat()
    .join(' | ');
const answers = (set: QuizSet): string[] =>
  set.questions.flatMap((q) => [
    typeof q.answer === 'string' ? q.answer : '',
    ...(q.type === 'multiple-choice' ? q.choices : []),
    ...(q.type === 'cloze' ? (q.wordBank ?? []) : [])
  ]);

const ARTICLE = `Wien – Verliert Strache die Wahl in Wien, will er trotzdem Parteichef bleiben. Das sagte der FPÖ-Chef am Montag bei einer Pressekonferenz in der Hauptstadt. Die Stadt Klosterneuburg wurde im Jahr 2019 Statutarstadt, weil sie mehr als 20.000 Einwohner hat. Der Bürgermeister Stefan Schmuckenschlager begrüßte die Entscheidung. Die Fleischerei verkauft Schnitzel in KG-Taferlform. Sie hat seit 1998 in Klosterneuburg ihren Sitz. Christandls Rücktritt kam überraschend. Christandl erklärte, er habe keine Kraft mehr. Die ÖVP und die SPÖ kritisierten den Rücktritt.`;

describe('regressions of the regex generator', () => {
  const analysis = analyse(ARTICLE, 'de', models.de);
  const set = generateQuestionSet(ARTICLE, { models, language: 'de', id: 'regressions' });

  it('a sentence-initial verb is not taken for a name („Verliert Strache …“)', () => {
    expect(entityTexts(analysis).map((e) => e.text)).not.toContain('Verliert Strache');
    expect(entityTexts(analysis).some((e) => e.text.startsWith('Verliert'))).toBe(false);
    const first = analysis.sentences[0]?.words.find((w) => w.form === 'Verliert');
    expect(first?.upos).toBe('VERB');
  });

  it('reads the sentence after a dateline as a sentence of its own (`Wien – Wegen …` read `Wegen` as a noun)', () => {
    const a = analyse(
      'Streik in Graz\n\nSantiago de Chile – Wegen seiner Provokation hat der Verband den Stürmer für vier Spiele gesperrt.',
      'de',
      models.de
    );
    const s = a.sentences.find((x) => x.dateline);
    expect(s?.dateline).toEqual({ start: 1, end: 5 });
    expect(s?.words.find((w) => w.form === 'Wegen')?.upos).toBe('ADP');
    // No word of the dateline is a subject or object of the sentence.
    for (const w of s?.words.slice(0, 4) ?? []) expect(w.deprel).not.toMatch(/^(nsubj|obj)/u);
    expect(s?.words.map((w) => w.id)).toEqual(s?.words.map((_, i) => i + 1));
  });

  it('the dateline is marked and never asked about („Wien –“)', () => {
    expect(analysis.sentences[0]?.dateline).toEqual({ start: 1, end: 3 });
    for (const q of set.questions) expect(shown(q), q.prompt).not.toMatch(/^Wien –|____ –/u);
  });

  it('a noun compound with an acronym is not a place („in KG-Taferlform“)', () => {
    expect(
      entityTexts(analysis)
        .filter((e) => e.type === 'LOC')
        .map((e) => e.text)
    ).not.toContain('KG-Taferlform');
  });

  it('a name is not glued to the noun after it („Klosterneuburg Statutarstadt“)', () => {
    expect(entityTexts(analysis).map((e) => e.text)).not.toContain('Klosterneuburg Statutarstadt');
    expect(answers(set)).not.toContain('Klosterneuburg Statutarstadt');
  });

  it('a genitive name is one entity with its base form and never an answer in the genitive („Christandls“)', () => {
    for (const a of answers(set)) expect(a).not.toBe('Christandls');
  });

  it('a pronoun-only sentence is restated with its referent, never with an unexplained pronoun', () => {
    const statements = set.questions.filter((x) => x.type === 'true-false').map((q) => q.prompt);
    expect(statements.filter((p) => /^(Er|Sie|Es) /u.test(p))).toEqual([]);
  });

  it('every set from this text holds the quality checks', () => {
    // (Session 14: vocabulary cards without a meaning no longer fill a deck up to four, so this
    // short text has three questions and cards, not four; session 24: two, its year gap gone.)
    expect(set.questions.length).toBeGreaterThanOrEqual(2);
  });
});

describe('regression: a why question finds its reason and asks it as a whole clause', () => {
  const text = `Die Stadt Linz baut eine neue Straßenbahnlinie. Der Gemeinderat beschloss das Projekt am Dienstag, weil die Busse im Zentrum jeden Morgen im Stau stehen. Die Linie soll im Jahr 2028 fertig sein, wenn die Finanzierung hält. Die Opposition kritisierte, dass die Kosten seit dem Vorjahr um ein Drittel gestiegen sind. Der Bürgermeister sagte, dass die Stadt ohne die Bahn im Verkehr ersticken würde. Die Anrainer fürchten, dass die Bauarbeiten zwei Jahre lang Lärm machen. Die Planer versprechen, dass die Haltestellen barrierefrei werden.`;
  const set = generateQuestionSet(text, { models, language: 'de' });

  it('asks „Warum …?“ with the whole „weil“ clause as the answer and other clauses as choices', () => {
    const why = set.questions.filter((q) => q.kind === 'why');
    expect(why.map((q) => q.prompt)).toContainEqual(expect.stringMatching(/^Warum /u));
    for (const q of why) {
      expect(String(q.answer)).toMatch(/^Weil die Busse im Zentrum jeden Morgen im Stau stehen$/u);
      expect(q.type).toBe('multiple-choice');
    }
  });
});

describe('regression: interview speaker labels are speakers, not names', () => {
  const text = `Die Ministerin im Gespräch über Schulen. STANDARD: Wie geht es den Schulen nach der Reform? Hammerschmid: Den Schulen geht es gut, aber die Lehrer brauchen mehr Zeit. STANDARD: Was planen Sie für das nächste Jahr? Hammerschmid: Wir werden im Herbst neue Lehrpläne vorstellen.`;
  const analysis = analyse(text, 'de', models.de);

  it('marks „STANDARD:“ and a recurring „Name:“ as speaker labels', () => {
    const labels = analysis.sentences.map((s) => s.speaker?.label).filter(Boolean);
    expect(labels).toEqual(['STANDARD', 'Hammerschmid', 'STANDARD', 'Hammerschmid']);
  });

  it('never makes an entity of a speaker label', () => {
    const set = generateQuestionSet(text, { models, language: 'de' });
    expect(answers(set).filter((a) => a === 'STANDARD')).toEqual([]);
    const labelled = analysis.sentences.flatMap((x) =>
      x.entities.filter((e) => x.speaker && e.start < x.speaker.end)
    );
    expect(labelled).toEqual([]);
  });
});

describe('regression: English questions use do-support', () => {
  it('asks „When did …?“ rather than copying the verb', () => {
    const text = `The government of Canada ordered Hikvision Canada Inc to cease all operations on Friday. Industry Minister Melanie Joly said the company was a threat to national security. China criticised the decision on Monday because it hurts trade between the two countries. Hikvision, which is based in Hangzhou, makes surveillance cameras. The United States put Hikvision on a blacklist in 2019. Canada also banned government departments from using Hikvision products.`;
    // (The kind's questions, not the quiz's: since session 45 questions to type fill a quiz
    // only to its minimum.)
    const m = models.en;
    const doc = buildDocument(analyse(text, 'en', m), m.lexicon, m.thesaurus, m.entities.names);
    const wh = whKind.propose({ doc, pack: LANGUAGE_PACKS.en }).map((q) => q.prompt);
    expect(wh.length).toBeGreaterThan(0);
    for (const p of wh) expect(p, p).toMatch(/^(Who|What|When|Where|Why|How many|Which country) /u);
    for (const p of wh.filter((x) => /^(When|Where|What) (did|does|do) /u.test(x)))
      expect(p).not.toMatch(/ordered|criticised/u);
  });
});

describe('regression: gaps inside a written word („42-____“) and at a sentence start', () => {
  const text = `Ein 31-jähriger Polizist soll einer 42-Jährigen in Graz den Arm gebrochen haben. Die 42-Jährige erzählt vor Gericht eine andere Geschichte. Der Polizist bestreitet den Vorwurf vor dem Gericht in Graz. Die Richterin Anna Berger hört am Montag drei Zeugen. Ein Zeuge sagt, der Polizist habe die Frau gestoßen. Ein anderer Zeuge widerspricht dem Polizisten nicht. Der Anwalt Peter Huber verteidigt den Polizisten. Das Urteil soll im Mai fallen.`;
  const set = generateQuestionSet(text, { models, language: 'de' });
  it('never cuts a gap into a hyphenated word or opens a sentence with one', () => {
    const gaps = set.questions.filter((q) => q.type === 'cloze').map((q) => q.prompt);
    expect(gaps.filter((p) => /[\p{L}\p{N}]-?____|____-?[\p{L}\p{N}]|^____/u.test(p))).toEqual([]);
    // Nor a vocabulary card on the part of a written word (`das Jährige` from `42-Jährigen`).
    const cards = set.questions.filter((q) => q.type === 'flashcard' && q.card === 'vocabulary');
    expect(cards.map((q) => q.prompt).filter((p) => /Jährige/u.test(p))).toEqual([]);
  });
});

describe('regression: „who said“ offers things and organisations as speakers', () => {
  const text = `Die Stadt Wien baut ein neues Bad. Bürgermeister Michael Ludwig sagte am Montag, das Bad werde im Jahr 2027 eröffnet. Die Wiener Stadtwerke übernehmen den Betrieb. Stadträtin Ulli Sima erklärte, die Kosten lägen bei 40 Millionen Euro. Die Opposition kritisierte, dass die Stadt zu wenig spare. Der Grüne Peter Kraus forderte eine Volksbefragung. Die Firma Porr baut das Bad. Der Architekt Thomas Mayer sagte, das Dach werde aus Holz gebaut. Die Schwimmerin Anna Fischer erklärte, Wien brauche mehr Becken für das Training. Der Verein Wiener Bäder begrüßte den Plan.`;
  const set = generateQuestionSet(text, { models, language: 'de' });
  it('asks a person among persons only', () => {
    // (The proposals, since session 23 keeps speakers named once out of a quiz with other
    // questions.)
    const m = models.de;
    const d = buildDocument(analyse(text, 'de', m), m.lexicon, m.thesaurus, m.entities.names);
    const speech = speechKind.propose({ doc: d, pack: LANGUAGE_PACKS.de });
    expect(speech.length).toBeGreaterThan(0);
    expect(set.questions.length).toBeGreaterThan(0);
    for (const q of speech)
      for (const c of q.type === 'multiple-choice' ? (q.choices ?? []) : [])
        expect(c).not.toMatch(/Stadtwerke|Porr|Verein|Wien$/u);
  });
});

describe('regression: a weak pronoun after a full subject („befindet der größte Teil sich“)', () => {
  const text = `Der Amazonas-Regenwald ist der größte Regenwald der Erde. In Brasilien befindet sich der größte Teil des Waldes seit jeher. Seit dem Jahr 2019 hat sich die Abholzung in Brasilien stark beschleunigt. Forscher der Universität São Paulo warnen vor den Folgen. Im Jahr 2023 ging die Abholzung wieder zurück. Die Regierung in Brasília will den Wald bis 2030 schützen. Umweltschützer fordern strengere Kontrollen. Peru und Kolumbien haben kleinere Anteile am Wald.`;
  const set = generateQuestionSet(text, { models, language: 'de' });
  it('puts sich right after the verb when the subject is a noun phrase', () => {
    for (const q of set.questions)
      expect(q.prompt, q.prompt).not.toMatch(/(Waldes|Abholzung) sich\b/u);
  });
});

describe('regressions of the session-4 blind rating (classes, not sentences)', () => {
  const text = `Hubschrauber in Afghanistan notgelandet.

Kabul – Nach einem Hubschrauber-Absturz im Norden Afghanistans haben Sicherheitskräfte am Mittwoch versucht, 18 Insassen zu befreien. Wie das Verteidigungsministerium mitteilte, musste der Hubschrauber am Dienstag mit 21 Menschen an Bord notlanden. Bei einem Feuergefecht wurden drei der Insassen getötet. Die Taliban gaben an, den Hubschrauber abgeschossen zu haben. Die Maschine gehörte einer Privatfirma aus Moldau. Der Regierungschef äußerte sich nicht dazu, ob die Landsleute getötet wurden. Ein erster Versuch der Sicherheitskräfte, die Geiseln zu befreien, wurde von den Taliban abgewehrt. Die Regierung untersagte weitere Flüge in die Provinz.`;
  const set = generateQuestionSet(text, { models, language: 'de', id: 'rating-4' });
  const quiz = set.questions.filter((q) => q.type !== 'flashcard');

  it('the gist is the lead in the article’s own words, never a restated detail', () => {
    const gist = set.questions.find((q) => q.kind === 'gist');
    expect(gist?.answer).toBe(
      'Nach einem Hubschrauber-Absturz im Norden Afghanistans haben Sicherheitskräfte am Mittwoch versucht, 18 Insassen zu befreien.'
    );
    if (gist?.type === 'multiple-choice')
      for (const choice of gist.choices) expect(set.sentences.join(' ')).toContain(choice);
  });

  it('no gap whose answer another question of the same sentence shows', () => {
    const givenAway: string[] = [];
    for (const a of quiz)
      for (const b of quiz) {
        if (a === b || a.type !== 'cloze' || typeof b.answer !== 'string') continue;
        if (a.evidence[0] !== b.evidence[0] || b.answer.length < 3) continue;
        if (` ${a.prompt.replace('____', ' ')} `.includes(` ${b.answer} `))
          givenAway.push(`${a.prompt} / ${b.answer}`);
      }
    expect(givenAway).toEqual([]);
  });

  it('vocabulary in context asks a word with one meaning and offers its synonym', () => {
    const meaning = quiz.filter((q) => q.kind === 'meaning');
    expect(meaning.every((q) => q.type === 'multiple-choice')).toBe(true);
    for (const q of meaning) {
      if (q.type !== 'multiple-choice') continue;
      const asked = /„([^“]+)“/u.exec(q.prompt)?.[1] ?? '';
      expect(set.sentences.join(' ')).toContain(asked);
      expect(q.choices).toContain(q.answer);
      // The answer explains the word: it is not the word itself in another spelling.
      expect(q.answer.toLowerCase().slice(0, 4)).not.toBe(asked.toLowerCase().slice(0, 4));
    }
  });
});

describe('regression: a passive gap offered participles that take `haben` (`wurden … gedauert`)', () => {
  const text = `Unwetter verwüstet Dorf in Tirol.

Bei dem Unwetter in der Nacht auf Montag wurden drei Häuser vollständig zerstört. Zwei Brücken über den Inn wurden von den Fluten weggespült. Die Feuerwehr hat in der Nacht mehr als 40 Menschen aus ihren Häusern gerettet. Mehrere Straßen im Tal wurden für den Verkehr gesperrt. Der Bürgermeister hat am Morgen die Schäden im Ortskern besichtigt. Die Bewohner der zerstörten Häuser wurden in Notquartieren untergebracht. Die Landesregierung hat den Gemeinden rasche Hilfe zugesagt. Ein Krisenstab wurde im Gemeindeamt eingerichtet. Die Versicherungen haben erste Zahlungen an die Betroffenen geleistet.`;
  const passives = ['zerstört', 'weggespült', 'gesperrt', 'untergebracht', 'eingerichtet'];
  const perfects = ['gerettet', 'besichtigt', 'zugesagt', 'geleistet'];
  it('keeps the auxiliary: a passive gets passives, a perfect perfects, never an infinitive', () => {
    const m = models.de;
    const doc = buildDocument(analyse(text, 'de', m), m.lexicon, m.thesaurus, m.entities.names);
    const verbGaps = clozeKind
      .propose({ doc, pack: LANGUAGE_PACKS.de })
      .filter(
        (c) =>
          typeof c.answer === 'string' && [...passives, ...perfects].includes(c.answer as string)
      );
    expect(verbGaps.length).toBeGreaterThan(0);
    for (const c of verbGaps) {
      const other = passives.includes(c.answer as string) ? perfects : passives;
      for (const option of c.wordBank ?? []) {
        expect(other, `${c.prompt}: ${option}`).not.toContain(option);
        expect(option, c.prompt).not.toMatch(/en$/u);
      }
    }
  });
});

describe('regressions of the session-6 blind ratings (classes, not sentences)', () => {
  const text = `Gewerkschaft fordert Grenzen für Pauschalverträge.

Wien – Die Gewerkschaft verlangt strengere Regeln für Pauschalverträge. Wie die Zeitung anmerkte, sind solche Verträge längst in allen Branchen verbreitet. Der Gewerkschaftschef wollte die Zahl der Betroffenen nicht nennen. Es handelte sich um eine Umfrage unter 2.000 Angestellten. Die Pauschalverträge sollen auf die Führungsebene beschränkt werden. Ein Online-Rechner soll den Angestellten helfen, sich einen Überblick zu verschaffen. Die Arbeitgeber haben die Forderungen bereits zurückgewiesen. Ein Polizist und ein Konzern spielen in dem Streit keine Rolle. Die Valorisierung der Gehälter wurde zuletzt im Herbst verhandelt. Die Gespräche mit der Regierung wurden im Dezember abgebrochen. Der Betriebsrat kritisierte die Entschließung der Geschäftsführung.`;
  const m = models.de;
  const doc = buildDocument(analyse(text, 'de', m), m.lexicon, m.thesaurus, m.entities.names);
  const pack = LANGUAGE_PACKS.de;

  it('no gap on an everyday verb, a verb of saying or a verb in a collocation', () => {
    const gaps = clozeKind.propose({ doc, pack }).map((c) => c.answer);
    for (const verb of ['anmerkte', 'nennen', 'handelte', 'helfen', 'verschaffen', 'verlangt'])
      expect(gaps).not.toContain(verb);
  });

  it('vocabulary in context and vocabulary cards never on a word every reader knows', () => {
    const set = generateQuestionSet(text, { models, language: 'de', id: 'rating-6' });
    expect(set.questions.some((q) => q.type === 'flashcard' && q.card === 'vocabulary')).toBe(true);
    for (const q of set.questions) {
      if (q.kind === 'meaning') {
        const asked = /„([^“]+)“/u.exec(q.prompt)?.[1] ?? '';
        expect(pack.isFamiliar(asked), q.prompt).toBe(false);
      }
      if (q.type === 'flashcard' && q.card === 'vocabulary') {
        const lemma = q.prompt.replace(/^(der|die|das) /u, '').split(',')[0] ?? '';
        expect(pack.isFamiliar(lemma), q.prompt).toBe(false);
      }
    }
  });

  it('a quiz never asks a second question on a sentence that has a gap', () => {
    // (The bundled article too: since session 24 the two short texts have no gap, which was a
    // year's.)
    const bundled = readFileSync(
      new URL('../../../../questions/hikvision-kanada.de.txt', import.meta.url),
      'utf8'
    );
    const quizzes = [text, ARTICLE, bundled].map((t) =>
      generateQuestionSet(t, { models, language: 'de' }).questions.filter(
        (q) => q.type !== 'flashcard'
      )
    );
    expect(quizzes.flat().some((q) => q.type === 'cloze')).toBe(true);
    for (const quiz of quizzes) {
      for (const gap of quiz.filter((q) => q.type === 'cloze'))
        for (const other of quiz)
          if (other !== gap && other.evidence.length === 1)
            expect(other.evidence[0], `${gap.prompt} / ${other.prompt}`).not.toBe(gap.evidence[0]);
    }
  });
});

describe('regression: the article’s own subject as the answer („Wer geizt …? Apple“)', () => {
  const text = `Der Konzern streitet seit Wochen mit der Regierung. Neue Telefone stellt Nokia meist im Herbst vor. Nokia will in diesem Jahr früher ein neues Modell zeigen. Experten erwarten keine neue Generation von Geräten. Nokia spart nach wie vor beim Speicher der Einstiegsmodelle. Viele Käufer greifen deshalb zu teureren Versionen. Der Tabletmarkt schrumpft seit zwei Jahren. Nokia verkauft dort deutlich weniger Geräte als früher. Analysten in London rechnen mit einem Preis von 400 Euro. Der Händler Media Markt hat das Modell bereits gelistet. Nokia äußerte sich zu den Berichten nicht.`;
  const set = generateQuestionSet(text, { models, language: 'de' });
  it('never asks a question whose answer is the entity the article is about', () => {
    const wh = set.questions.filter((q) => q.kind === 'wh');
    expect(wh.map((q) => q.answer).filter((a) => a === 'Nokia')).toEqual([]);
  });
});

describe('regressions of rater H (English, classes not sentences)', () => {
  const text = `Labour unveils six pledges for the election campaign.

The Labour Party unveiled six new pledges on Saturday. The Tory co-chairman attacked the pledges as vacuous on Sunday. He said voters would punish the government for its failures. The prime minister defended the pledges in a speech in Manchester. Complexity theory is a branch of theoretical computer science that studies hard problems. The party wants to cut hospital waiting times by half. Critics say the anti-virus and firewall software of the ministry is outdated. Labour will publish its full manifesto in April.`;
  const set = generateQuestionSet(text, { models, language: 'en', id: 'rating-h' });
  it('never asks `Who` with the rest of a split name before the verb', () => {
    expect(
      set.questions
        .map((q) => q.prompt)
        .filter((p) => /^Who [\w-]+ [a-z]+ed\b/u.test(p) && !/^Who (has|had|was|is)/u.test(p))
    ).toEqual([]);
    expect(
      set.questions.filter((q) => /co-chairman attacked/u.test(q.prompt) && /^Who/u.test(q.prompt))
    ).toEqual([]);
  });
  it('a gap on one noun of an English compound (`computer ____`) is only a fallback', () => {
    const m = models.en;
    const doc = buildDocument(analyse(text, 'en', m), m.lexicon, m.thesaurus, m.entities.names);
    const gaps = clozeKind
      .propose({ doc, pack: LANGUAGE_PACKS.en })
      .filter((c) => !c.fallback)
      .map((c) => c.answer);
    for (const word of ['science', 'computer', 'software', 'firewall', 'hospital', 'times'])
      expect(gaps).not.toContain(word);
  });
});

describe('regression: vocabulary cards whose back only repeated the sentence', () => {
  it('explains every German card by synonyms or by the parts of a compound', () => {
    for (const file of ['news-de/016.txt', 'news-de-2/117.txt', 'news-de-2/125.txt']) {
      const text = readFileSync(`${CORPUS_DIR}/${file}`, 'utf8');
      const cards = generateQuestionSet(text, { models, language: 'de' }).questions.filter(
        (q) => q.type === 'flashcard' && q.card === 'vocabulary'
      );
      expect(cards.length, file).toBeGreaterThan(0);
      for (const card of cards) expect(String(card.answer)).toMatch(/^(Bedeutung|Wortteile): /u);
    }
  });
});

describe('regression: gaps on ordinary words in paragraphs and English (all 21 on XQuAD struck)', () => {
  const paragraphs = JSON.parse(readFileSync(`${CORPUS_DIR}/xquad/en.json`, 'utf8')) as {
    context: string;
  }[];
  const gapsOf = (text: string, language: 'de' | 'en') => {
    const m = models[language];
    const doc = buildDocument(analyse(text, language, m), m.lexicon, m.thesaurus, m.entities.names);
    return clozeKind.propose({ doc, pack: LANGUAGE_PACKS[language] });
  };

  it('gaps a common noun or verb of a paragraph or an English text only as a fallback', () => {
    const texts = [
      ...paragraphs.slice(0, 6).map((p) => p.context),
      readFileSync(`${CORPUS_DIR}/news-en/017.txt`, 'utf8')
    ];
    const word = texts
      .flatMap((t) => gapsOf(t, 'en'))
      .filter((c) => /^\p{Ll}/u.test(String(c.answer)));
    expect(word.length).toBeGreaterThan(0);
    for (const c of word) expect(c.fallback, c.prompt).toBe(true);
  });

  it('never gaps a word inside brackets (`(____ Quadratmeilen)`)', () => {
    const text = readFileSync(`${CORPUS_DIR}/xquad/de.json`, 'utf8');
    const contexts = (JSON.parse(text) as { context: string }[]).map((p) => p.context);
    const gaps = contexts.flatMap((t) => gapsOf(t, 'de'));
    expect(gaps.length).toBeGreaterThan(0);
    for (const c of gaps) expect(c.prompt).not.toMatch(/\([^)]*____/u);
  });
});

describe('regressions of the session-8 reading of the corpus (classes, not sentences)', () => {
  const text = `Stadtrat streitet über neue Straßenbahn

Graz – Der Stadtrat hat am 3. März über die neue Straßenbahnlinie beraten. Die Bürgermeisterin sei gefordert, die Pläne bis zum Sommer vorzulegen, sagte ein Sprecher der Opposition. Der Verkehrsplaner Martin Huber war für Fragen nicht zu erreichen. Die Opposition kritisierte, dass die Stadt den Bau verschoben hatte, weil die Kosten stark gestiegen waren. Die Verkehrsstadträtin Anna Berger verteidigte den Plan. Die Gewerkschaft gibt keine Erklärung ab, das Verfahren ist daher offen. Die neue Linie soll 40 Millionen Euro kosten. Die Anrainer fürchten Lärm, da die Gleise direkt an den Häusern vorbeiführen. Der Bau soll im Herbst beginnen, wenn der Gemeinderat zustimmt. Die Kosten betragen 40 Millionen Euro pro Jahr. Die Grünen hoffen, dass mehr Menschen mit der Bahn fahren. Die Händler klagen, seit die Baustelle die Straße blockiert.`;
  const m = models.de;
  const doc = buildDocument(analyse(text, 'de', m), m.lexicon, m.thesaurus, m.entities.names);
  const pack = LANGUAGE_PACKS.de;
  const candidates = [...whKind.propose({ doc, pack }), ...whyKind.propose({ doc, pack })];
  const prompts = candidates.map((c) => c.prompt);
  const set = generateQuestionSet(text, { models, language: 'de', id: 'session-8' });
  const corpusDoc = (file: string) =>
    buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/${file}`, 'utf8'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );

  it('keeps the infinitive’s „zu“ in a question (`Wer war … nicht erreichen?`)', () => {
    expect(prompts).toContain('Wer war für Fragen nicht zu erreichen?');
  });

  it('asks reported speech in the indicative (`Wer sei gefordert …?`)', () => {
    const asked = whKind.propose({ doc: corpusDoc('news-de/001.txt'), pack }).map((c) => c.prompt);
    // (Since session 25 with the speaker the sentences before report: `laut Niessl`.)
    expect(
      asked.some((p) => /^Wer ist (laut \p{L}+ )?gefordert, die Assistenzleistung\b/u.test(p))
    ).toBe(true);
    expect(asked.filter((p) => /^\p{L}+ (sei|seien|habe|solle|könne|müsse)\b/u.test(p))).toEqual(
      []
    );
  });

  it('writes the article of a subject after a dateline in lower case (`Wann hat Der Stadtrat …`)', () => {
    expect(prompts).toContain('Wann hat der Stadtrat über die neue Straßenbahnlinie beraten?');
  });

  it('keeps the capital of a name inside the sentence (`Die Gebiete sind los Angeles`)', () => {
    const words = analyse('Die größten Gebiete sind Los Angeles und San Diego.', 'de', m)
      .sentences[0]?.words;
    const los = words?.find((w) => w.form === 'Los');
    expect(lowerFirstUnlessNoun('Los Angeles und San Diego', los, words)).toBe(
      'Los Angeles und San Diego'
    );
  });

  it('asks a reason the text gives inside a subordinate clause (`…, dass die Stadt … verschoben hatte, weil …`)', () => {
    const why = candidates.find((c) => c.prompt === 'Warum hatte die Stadt den Bau verschoben?');
    expect(why?.answer).toBe('Weil die Kosten stark gestiegen waren');
  });

  it('never asks across a comma-spliced second main clause (`Was gibt … ab, das Verfahren ist daher offen?`)', () => {
    const reread = makeRereader('de', m);
    expect(
      garbledReason(reread('Was gibt die Gewerkschaft ab, das Verfahren ist daher offen?'), 'de')
    ).toBe('two main clauses joined by a comma');
    // A name as the second clause's subject (session 9: `…, Adrowitzer ist … zuständig?`).
    expect(
      garbledReason(
        reread(
          'Was wurde neu organisiert, Adrowitzer ist nicht mehr für die Abrechnung zuständig?'
        ),
        'de'
      )
    ).toBe('two main clauses joined by a comma');
    // Reported speech after a comma is a clause of its own, not a splice.
    expect(
      garbledReason(reread('Wer sagte, das Projekt sei gut vorbereitet?'), 'de')
    ).toBeUndefined();
    expect(set.questions.filter((q) => q.prompt.includes('Verfahren ist daher offen?'))).toEqual(
      []
    );
  });

  it('offers amounts as the alternatives to an amount, never things (`Was betragen die Kosten? den Plan`)', () => {
    const amount = candidates.filter((c) => c.answer === '40 Millionen Euro' && c.choices);
    expect(amount.length).toBeGreaterThan(0);
    for (const c of amount) for (const choice of c.choices ?? []) expect(choice).toMatch(/\d/u);
  });

  it('never turns a headline into a question (`Wer streitet über neue Straßenbahn? Stadtrat`)', () => {
    expect(prompts.filter((p) => p.includes('über neue Straßenbahn'))).toEqual([]);
  });

  it('offers reasons that read as whole clauses (`Weil Und Auch die Türkei …`, `Weil zu 75.000 …`)', () => {
    // (Since session 16 the why of news-de-2/110 is not asked: its key is in the indicative and
    // the text's other reasons are reported speech; since session 26 news-de/017's, whose two
    // wrong reasons said the same; the other texts with reason clauses count.)
    const choices = [
      'news-de-2/110.txt',
      'news-de/017.txt',
      'news-de/007.txt',
      'news-de-2/113.txt',
      'news-de-2/114.txt'
    ]
      .flatMap((f) => whyKind.propose({ doc: corpusDoc(f), pack }))
      .flatMap((c) => c.choices ?? []);
    expect(choices.length).toBeGreaterThan(0);
    // (`Da auch einige Kölner Fangruppen …` is a clause; `Weil Und Auch …` was not.)
    for (const choice of choices) expect(choice).not.toMatch(/^(Weil|Da) (und|zu|bis)\b/iu);
  });

  it('gives a thing persons as alternatives never (`Was ist nicht in Einklang zu bringen? der Polizist …`)', () => {
    // (The text reports the sentence in the subjunctive of a speaker it does not name, which
    // since session 25 is not asked; told as the text's own words it is.)
    const text = readFileSync(`${CORPUS_DIR}/news-de/016.txt`, 'utf8').replace(
      'Die Darstellung der Angeklagten sei daher',
      'Die Darstellung der Angeklagten ist daher'
    );
    const d = buildDocument(analyse(text, 'de', m), m.lexicon, m.thesaurus, m.entities.names);
    // Since session 12 such a thing is typed (no alternatives at all); were it offered with
    // choices, none would be a person.
    const things = whKind
      .propose({ doc: d, pack })
      .filter((c) => /^(die|das) Darstellung\b/u.test(String(c.answer)));
    for (const c of things)
      for (const choice of c.choices ?? [])
        expect(choice).not.toMatch(/Polizist|Richterin|Staatsanwalt|Gewerkschafterin/u);
    expect(things.length).toBeGreaterThan(0);
  });

  it('names a role with a noun phrase that agrees (`Das verdutzt Privatbeteiligtenvertreterin`)', () => {
    const roles = matchKind
      .propose({ doc: corpusDoc('news-de/016.txt'), pack })
      .flatMap((c) => (c.answer as [string, string][]).map(([, role]) => role));
    expect(roles.length).toBeGreaterThan(0);
    expect(roles.filter((r) => /verdutzt/u.test(r))).toEqual([]);
  });

  it('never answers with a phrase that points back (`Was lag bei fünf Prozent? diese Quote`)', () => {
    const d = corpusDoc('news-de/012.txt');
    const asked = whKind.propose({ doc: d, pack });
    expect(asked.length).toBeGreaterThan(0);
    for (const c of asked) {
      expect(String(c.answer)).not.toMatch(/^(diese|dieser|dieses|jene)\b/iu);
      for (const choice of c.choices ?? []) expect(choice).not.toMatch(/^(diese[mnrs]?)\b/iu);
      // `so` ties the sentence to the one before (`Wer hat so mehr Flüchtlinge befragt?`).
      expect(c.prompt).not.toMatch(/ so (mehr|weniger)\b/u);
    }
  });

  it('never asks a subject whose article marks another case (`Was würde reichen? den Hausherren`)', () => {
    const asked = whKind.propose({ doc: corpusDoc('news-de/021.txt'), pack });
    expect(asked.length).toBeGreaterThan(0);
    const subjects = asked.filter(
      (c) => /^(Wer|Was) /u.test(c.prompt) && c.fact.endsWith(':subject')
    );
    for (const c of subjects) expect(String(c.answer)).not.toMatch(/^(den|dem|des) /u);
  });

  it('never gaps a reflexive verb (`sich … distanzierte von`)', () => {
    const d = corpusDoc('news-de-2/121.txt');
    const verb = d.sentences.flatMap((i) => i.s.words).find((w) => w.form === 'distanzierte');
    expect(verb?.upos).toBe('VERB');
    const gaps = clozeKind.propose({ doc: d, pack });
    expect(gaps.filter((c) => c.answer === 'distanzierte')).toEqual([]);
  });

  it('reads back a cut extended attribute and a `sondern` without its negation as garbled', () => {
    const reread = makeRereader('de', m);
    expect(
      garbledReason(
        reread('Was hatte der Dienst noch im Dezember 2012 sein mit einem Rekord gefeiert?'),
        'de'
      )
    ).toBe('article without its noun');
    expect(
      garbledReason(reread('Wer hat sein mit Spannung erwartetes Buch vorgestellt?'), 'de')
    ).toBeUndefined();
    expect(
      garbledReason(reread('Was erwarten Experten, sondern nur eine kleinere Variante?'), 'de')
    ).toBe('"sondern" without its negation');
    expect(
      garbledReason(
        reread('Wer erwartet keine neue Generation, sondern nur eine kleinere Variante?'),
        'de'
      )
    ).toBeUndefined();
  });

  it('makes no false statement by swapping a name in a negated clause (`Kosovo hat keinen Kandidaten nominiert`)', () => {
    const proposed = trueFalseKind.propose({ doc: corpusDoc('news-de-2/106.txt'), pack });
    const all = proposed.flatMap((c) => (c.twin ? [c, c.twin] : [c]));
    const negation = /\b(keinen?|nicht)\b/u;
    expect(all.some((c) => negation.test(c.prompt) || negation.test(c.correction ?? ''))).toBe(
      true
    );
    for (const c of all)
      if (c.answer === false && negation.test(c.correction ?? ''))
        expect(c.prompt.split(' ')[0], c.prompt).toBe((c.correction ?? '').split(' ')[0]);
  });

  it('never answers with an everyday noun and its article alone (`Was bleibt unter dem Durchschnitt? der Wert`)', () => {
    for (const file of ['news-de/002.txt', 'news-de-2/125.txt']) {
      const asked = whKind.propose({ doc: corpusDoc(file), pack });
      expect(asked.length, file).toBeGreaterThan(0);
      for (const c of asked)
        expect(String(c.answer), c.prompt).not.toMatch(
          /^(der|die|das) (Wert|Sender|Publikum|Sendung)$/u
        );
    }
  });

  it('never pairs a true/false statement with another question on its sentence (`Warum räumte … ein?` answers `… räumte … ein.`)', () => {
    for (const file of ['news-de-2/110.txt', 'news-de/016.txt', 'news-de-2/117.txt']) {
      const quiz = generateQuestionSet(readFileSync(`${CORPUS_DIR}/${file}`, 'utf8'), {
        models,
        language: 'de'
      }).questions.filter((q) => q.type !== 'flashcard');
      for (const tf of quiz.filter((q) => q.type === 'true-false'))
        for (const other of quiz)
          if (other !== tf && other.evidence.length === 1 && tf.evidence.length === 1)
            expect(other.evidence[0], `${tf.prompt} / ${other.prompt}`).not.toBe(tf.evidence[0]);
      expect(quiz.length).toBeGreaterThan(0);
    }
  });

  it('explains a card by other words, not by the word in another form (`Kanzler: Bundeskanzler, Kanzlerin`)', () => {
    const cards = generateQuestionSet(readFileSync(`${CORPUS_DIR}/news-de-2/110.txt`, 'utf8'), {
      models,
      language: 'de'
    }).questions.filter((q) => q.type === 'flashcard' && q.card === 'vocabulary');
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      const lemma = card.prompt.replace(/^(der|die|das) /u, '').split(',')[0] ?? '';
      const meaning = /^Bedeutung: ([^.]+)\./u.exec(String(card.answer))?.[1] ?? '';
      for (const synonym of meaning.split(', ').filter(Boolean))
        expect(synonym.toLowerCase().includes(lemma.toLowerCase()), synonym).toBe(false);
    }
  });

  it('never asks one figure of a list (`Wie viele Unterausschusssitzungen kommen 138 Ausschusssitzungen …?`)', () => {
    const asked = whKind.propose({ doc: corpusDoc('news-de/002.txt'), pack });
    expect(asked.length).toBeGreaterThan(0);
    expect(
      asked.filter((c) => /Unterausschusssitzungen/u.test(c.prompt) && /^Wie viele/u.test(c.prompt))
    ).toEqual([]);
  });

  it('a card explained only by its parts, without the meaning of its last part, only fills a deck', () => {
    const d = corpusDoc('news-de-2/106.txt');
    const cards = cardsKind.propose({ doc: d, pack }).filter((c) => c.card === 'vocabulary');
    expect(cards.length).toBeGreaterThan(0);
    for (const c of cards)
      if (/^Wortteile: [^.(]+\. /u.test(String(c.answer))) expect(c.fallback, c.prompt).toBe(true);
  });

  it('asks no meaning of an international word every reader knows (`Was bedeutet „Energie“?`)', () => {
    expect(isInternational('Energie')).toBe(true);
    expect(isInternational('Konflikt')).toBe(true);
    expect(isInternational('Anrainer')).toBe(false);
  });

  it('asks no meaning of a word every reader knows nor one inside the word (`Was bedeutet „Informatik“?`, `Bestrafung` → `Strafe`: blind rating 53)', () => {
    const paragraphs = JSON.parse(readFileSync(`${CORPUS_DIR}/xquad/de.json`, 'utf8')) as {
      id: string;
      context: string;
    }[];
    const md = models.de;
    const asked = ['xquad.de/4/0', 'xquad.de/5/0'].flatMap((id) => {
      const text = paragraphs.find((p) => p.id === id)?.context ?? '';
      const doc = buildDocument(
        analyse(text, 'de', md),
        md.lexicon,
        md.thesaurus,
        md.entities.names
      );
      return meaningKind
        .propose({ doc, pack: LANGUAGE_PACKS.de })
        .map((c) => /„([^“]+)“/u.exec(c.prompt)?.[1] ?? '');
    });
    expect(asked).not.toContain('Informatik');
    expect(asked).not.toContain('Bestrafung');
  });

  it('never changes a figure written together with letters (`the 1963 s`)', () => {
    const t = `Minor amendments were made during the 1960s and 1970s. The treaty was signed in 1957 by six countries. Greenland left the community in 1985. The parliament was elected directly from 1979.`;
    const statements = generateQuestionSet(t, { models, language: 'en' }).questions.filter(
      (q) => q.type === 'true-false'
    );
    for (const q of statements) expect(q.prompt).not.toMatch(/\d s\b/u);
  });

  it('resolves no pronoun to a person when a noun fits nearer (`Die Bilder verströmen Ruhe. Sie rührt …`)', () => {
    const t = `Die Künstlerin Vija Celmins stellt in Wien aus. Die schwarz-weißen Bilder verströmen eine große Ruhe. Sie rührt von der Geduld her, mit der Celmins ihre Arbeiten anfertigt. Die Ausstellung läuft bis März.`;
    const d = buildDocument(analyse(t, 'de', m), m.lexicon, m.thesaurus, m.entities.names);
    const sie = d.sentences[2]?.s.words.find((w) => w.form === 'Sie');
    expect(sie).toBeDefined();
    expect(d.sentences[2]?.referents.get(sie?.id ?? 0)).toBeUndefined();
    const statements = trueFalseKind.propose({ doc: d, pack }).map((c) => c.prompt);
    expect(statements.filter((p) => /Celmins rührt/u.test(p))).toEqual([]);
  });

  it('a gap on the object of a light verb (`seinen Ursprung haben`) is only a fallback', () => {
    const t = `Die Stadt baut ein neues Museum. Das Museum hat seinen Ursprung in einer Ausstellung von 1851. Der Ursprung der Sammlung liegt in London. Die Ausstellung zeigte Maschinen aus aller Welt. Die Maschinen stehen heute im Museum. Das Museum zeigt auch Gemälde und Skulpturen. Viele Besucher kommen aus dem Ausland. Die Stadt plant einen Neubau für die Sammlung. Der Neubau soll 2030 fertig sein. Die Sammlung wächst jedes Jahr. Der Direktor sucht einen Sponsor für den Neubau. Die Stadt gewährt einen Zuschuss für den Betrieb. Der Verein organisiert einen Wettbewerb für junge Künstler. Der Garten des Museums ist groß.`;
    const d = buildDocument(analyse(t, 'de', m), m.lexicon, m.thesaurus, m.entities.names);
    const gaps = clozeKind.propose({ doc: d, pack }).filter((c) => c.answer === 'Ursprung');
    const fixed = gaps.filter((g) => /hat seinen ____/u.test(g.prompt));
    expect(fixed.length).toBeGreaterThan(0);
    for (const c of fixed) expect(c.fallback).toBe(true);
    // The same noun as a subject is a gap (a filler, like every gap on an ordinary word).
    expect(gaps.some((g) => /^Der ____ der Sammlung/u.test(g.prompt))).toBe(true);
  });

  it('reads a participle under a modal verb as garbled, and `das` after a verb as a pronoun', () => {
    const reread = makeRereader('de', m);
    expect(
      garbledReason(reread('Wer erklärt können sie auch nicht, der junge Familienvater?'), 'de')
    ).toBe('participle under a modal verb');
    expect(garbledReason(reread('Wer kann das erklären?'), 'de')).toBeUndefined();
    expect(garbledReason(reread('Wer soll den Plan vorlegen?'), 'de')).toBeUndefined();
  });

  it('reads two commas in a row as a cut clause', () => {
    const reread = makeRereader('de', m);
    expect(
      garbledReason(
        reread('Ein Raum dient als Kulisse, die vorgestellt werden soll,, wo ein Haus steht.'),
        'de'
      )
    ).toBe('two commas in a row');
  });

  it('never asks the same thing twice of one sentence (`50` and `50 Megabit pro Sekunde`)', () => {
    const amount: Candidate = {
      kind: 'wh',
      type: 'multiple-choice',
      prompt: 'Wie viele Megabit …?',
      answer: '50',
      evidence: [3],
      fact: '3:amount',
      score: 1,
      support: []
    };
    const object: Candidate = {
      ...amount,
      prompt: 'Was beträgt …?',
      answer: '50 Megabit pro Sekunde',
      fact: '3:object'
    };
    const other: Candidate = { ...object, evidence: [4], fact: '4:object' };
    expect(asksSameThing(amount, object)).toBe(true);
    expect(asksSameThing(amount, other)).toBe(false);
  });
});

describe('regressions of the session-8 reading, English', () => {
  // (`City officials`: a bare `Officials` opening its sentence is a generic group, not asked.)
  const text = `Council delays new tram line

The city council delayed the new tram line on Tuesday. The mayor said the plans were ready. New features were added to the route because the residents wanted more stops. Critics say the council ignored the costs. City officials expect higher prices as the work continues in the centre. The line will cost 40 million pounds. Shop owners complain because the building site blocks the street. The transport chief Anna Berger defended the plan. Work should start in autumn if the council agrees. Residents fear noise because the tracks run close to their homes.`;
  const m = models.en;
  const doc = buildDocument(analyse(text, 'en', m), m.lexicon, m.thesaurus, m.entities.names);
  const pack = LANGUAGE_PACKS.en;
  const set = generateQuestionSet(text, { models, language: 'en', id: 'session-8-en' });

  it('never answers "Why …?" with an `as` clause of time (`As he ran the third quickest mile`)', () => {
    const answers = whyKind.propose({ doc, pack }).map((c) => String(c.answer));
    expect(answers.filter((a) => /^As\b/u.test(a))).toEqual([]);
  });

  it('reads a passive question back as one clause (`Why were new features added …?`)', () => {
    expect(set.questions.map((q) => q.prompt)).toContain(
      'Why were new features added to the route?'
    );
  });

  it('never restates a clause with an expletive subject (`A resurgence … there has not been`)', () => {
    const t = `Tesla was a famous inventor. There has been a resurgence in popular interest in Tesla since the 1990s. His patents earned him a considerable amount of money. He lived most of his life in a series of New York hotels.`;
    const statements = generateQuestionSet(t, { models, language: 'en' }).questions.filter(
      (q) => q.type === 'true-false'
    );
    expect(
      statements
        .filter((q) => /\bthere (has|have|was|were|is)\b/iu.test(q.prompt))
        .map((q) => q.prompt)
    ).toEqual([]);
  });

  it("moves a decade by decades (`the 1963 s`) and keeps a possessive on its name (`Embu 's`)", () => {
    const decades = perturb('the 1960s', 'en', 'seed');
    for (const d of decades) expect(d).toMatch(/^the 1\d[0-9]0s$/u);
    expect(join('Masai missed', 'Embu', "'s world trials")).toBe(
      "Masai missed Embu's world trials"
    );
  });

  it('asks people with "Who", never "What" (`What knows …? Big businesses`, `What was less sanguine? observers`)', () => {
    const t = `Observers were less sanguine about the economy. Big businesses know the creative industry is good for them. Analysts expect higher prices this year. The council delayed the tram line.`;
    const m = models.en;
    const d = buildDocument(analyse(t, 'en', m), m.lexicon, m.thesaurus, m.entities.names);
    const asked = whKind.propose({ doc: d, pack: LANGUAGE_PACKS.en });
    expect(asked.length).toBeGreaterThan(0);
    for (const c of asked)
      if (/^(observers|big businesses|analysts)$/iu.test(String(c.answer)))
        expect(c.prompt).toMatch(/^Who\b/u);
  });

  it('never asks a question with nothing but its verb (`Who will now decide?`)', () => {
    const t = `The Kenyan federation met on Monday. The coaching team will now decide. Officials did not comment on the report. The athletes wait for the decision.`;
    const m = models.en;
    const d = buildDocument(analyse(t, 'en', m), m.lexicon, m.thesaurus, m.entities.names);
    const prompts = whKind.propose({ doc: d, pack: LANGUAGE_PACKS.en }).map((c) => c.prompt);
    expect(prompts.filter((p) => /^Who (will now decide|did not comment)\?$/u.test(p))).toEqual([]);
  });

  it('writes English common nouns small and names and titles capitalised (`When did Consumer borrowing rise?`, `What has prime Minister Tony Blair …`)', () => {
    // (Session 14: `rose at a near-record pace in January` is no longer asked `When …?`, its
    // answer being the pace; the date alone is.)
    const t = `Consumer borrowing in Britain rose in January. Prime Minister Tony Blair has yet to name the date of the election. The Panthers defense gave up just 308 points in the season. Expectations of a rate rise have gathered pace after the figures.`;
    const prompts = generateQuestionSet(t, { models, language: 'en' }).questions.map(
      (q) => q.prompt
    );
    const m = models.en;
    const d = buildDocument(analyse(t, 'en', m), m.lexicon, m.thesaurus, m.entities.names);
    const asked = whKind.propose({ doc: d, pack: LANGUAGE_PACKS.en }).map((c) => c.prompt);
    const all = [...prompts, ...asked];
    expect(all.some((p) => /\bconsumer borrowing\b/u.test(p))).toBe(true);
    for (const p of all) {
      expect(p).not.toMatch(/\b(Consumer borrowing|prime Minister)\b/u);
      expect(p).not.toMatch(/\w The Panthers/u);
    }
    // `gather pace` is a fixed phrase: `pace` alone is no thing to ask for.
    expect(asked.filter((p) => /What have expectations of a rate rise gathered/u.test(p))).toEqual(
      []
    );
  });

  it('makes a vocabulary card only of a lemma that is the word’s own stem (`to confidend`)', () => {
    const t = `But Mr Balls, a prospective Labour MP, said he was confident the chancellor would meet his fiscal rules. The speculation about the budget continued for weeks.`;
    const cards = generateQuestionSet(t, { models, language: 'en' }).questions.filter(
      (q) => q.type === 'flashcard' && q.card === 'vocabulary'
    );
    for (const card of cards) expect(card.prompt).not.toMatch(/confidend/u);
    expect(
      LANGUAGE_PACKS.en.vocabulary(
        {
          id: 1,
          form: 'confident',
          lemma: 'confidend',
          upos: 'VERB',
          feats: {},
          head: 0,
          deprel: 'root',
          start: 0,
          end: 9,
          spaceAfter: true
        },
        undefined as never
      )
    ).toBeUndefined();
  });

  it('offers only whole reasons as alternatives (`Because them to get in on …`, `Because 2001 and …`)', () => {
    // (Every English text: since session 24 news-en/017, where these were seen, has no why
    // question left, its alternatives coming only from the passage around the asked sentence.)
    const texts = [
      ...readdirSync(`${CORPUS_DIR}/news-en`)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => readFileSync(`${CORPUS_DIR}/news-en/${f}`, 'utf8')),
      ...(
        JSON.parse(readFileSync(`${CORPUS_DIR}/xquad/en.json`, 'utf8')) as { context: string }[]
      ).map((x) => x.context)
    ];
    const choices = texts.flatMap((t) => {
      const d = buildDocument(analyse(t, 'en', m), m.lexicon, m.thesaurus, m.entities.names);
      return whyKind.propose({ doc: d, pack }).flatMap((c) => c.choices ?? []);
    });
    expect(choices.length).toBeGreaterThan(0);
    for (const choice of choices) expect(choice).not.toMatch(/^Because (them|him|her|\d|It )/u);
  });

  it('reads back a predicate noun without its article as cut short (`The partnership … is not part.`)', () => {
    const reread = makeRereader('en', m);
    expect(
      garbledReason(reread('The partnership between artists and technologists is not part.'), 'en')
    ).toBe('predicate noun without its article');
    expect(garbledReason(reread('The company is a market leader.'), 'en')).toBeUndefined();
  });

  it('changes the figure, not the month, of `only 146,000 jobs in January`; a date keeps its day', () => {
    for (const other of perturb('only 146,000 jobs in January', 'en', 'seed'))
      expect(other).toMatch(/^only [\d,]+ jobs in January$/u);
    for (const other of perturb('am 28. Oktober', 'de', 'seed'))
      expect(other).toMatch(/^am 28\. /u);
  });

  it('never asks who said a quotation that names nothing (`I don\u2019t think he will`)', () => {
    const t = readFileSync(`${CORPUS_DIR}/news-en/009.txt`, 'utf8');
    const d = buildDocument(analyse(t, 'en', m), m.lexicon, m.thesaurus, m.entities.names);
    const asked = speechKind.propose({ doc: d, pack }).map((c) => c.prompt);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((p) => p.includes("I don't think he will"))).toEqual([]);
  });

  it('makes no false statement of a verb of saying (`Sophos did not say …`) and leaves no cut subject at the end (`… Zafi virus anti-virus firm.`)', () => {
    const t = readFileSync(`${CORPUS_DIR}/news-en/020.txt`, 'utf8');
    const d = buildDocument(analyse(t, 'en', m), m.lexicon, m.thesaurus, m.entities.names);
    const proposed = trueFalseKind.propose({ doc: d, pack });
    const all = proposed.flatMap((c) => (c.twin ? [c, c.twin] : [c])).map((c) => c.prompt);
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((p) => /\bdid not say\b/u.test(p))).toEqual([]);
    expect(all.filter((p) => /anti-virus firm\.$/u.test(p))).toEqual([]);
  });

  it('never scales odds, scores or times (`now 4/4 favourite`)', () => {
    expect(perturb('5/4 favourite', 'en', 'seed')).toEqual([]);
    expect(perturb('ein 1:0', 'de', 'seed')).toEqual([]);
  });

  it('asks a plural subject with a singular verb (`Who expect …?`)', () => {
    const prompts = [...whKind.propose({ doc, pack })].map((c) => c.prompt);
    expect(prompts.some((p) => /^Who expects\b/u.test(p))).toBe(true);
    expect(prompts.filter((p) => /^(Who|What) (expect|fear|complain)\b/u.test(p))).toEqual([]);
  });
});

describe('regressions of the session-8 blind rating L (classes, not sentences)', () => {
  it('never gaps a figure glued to the punctuation before it (a page reference `.:121,154`)', () => {
    const e = models.en;
    const text = `Tesla sold his patents for a large sum of money.:121,154 He lived in New York hotels for most of his life. He designed 300 machines in his laboratory. His company employed 120 engineers in 1900. The laboratory burned down in 1895. He spent 40 years on his experiments.`;
    const d = buildDocument(analyse(text, 'en', e), e.lexicon, e.thesaurus, e.entities.names);
    const answers = clozeKind
      .propose({ doc: d, pack: LANGUAGE_PACKS.en })
      .map((c) => String(c.answer));
    expect(answers.length).toBeGreaterThan(0);
    expect(answers).not.toContain('121,154');
  });

  it('makes a noun the subject of a clause the parse left without one (`haben Sicherheitskräfte versucht`)', () => {
    const m = models.de;
    const a = analyse(
      'Nach dem Absturz haben Sicherheitskräfte am Mittwoch versucht, die Geiseln zu befreien.',
      'de',
      m
    );
    const noun = a.sentences[0]?.words.find((w) => w.form === 'Sicherheitskräfte');
    expect(noun?.deprel).toBe('nsubj');
    expect(noun?.feats.Case).toBe('Nom');
    // A sentence opening with its verb drops `ich` (a review): its object stays an object.
    const dropped = analyse('Habe meine Küche dort gekauft.', 'de', m);
    expect(dropped.sentences[0]?.words.find((w) => w.form === 'Küche')?.deprel).not.toBe('nsubj');
  });
});

describe('session 9: reason phrases, particle verbs and names (classes, not sentences)', () => {
  const m = models.de;
  const pack = LANGUAGE_PACKS.de;
  const docOf = (text: string) =>
    buildDocument(analyse(text, 'de', m), m.lexicon, m.thesaurus, m.entities.names);

  it('offers no name with an ordinary word taken into it as a choice (`Arturo Vidal schoss`)', () => {
    const d = docOf(readFileSync(`${CORPUS_DIR}/news-de-2/113.txt`, 'utf8'));
    const choices = whKind
      .propose({ doc: d, pack })
      .flatMap((c) => (c.type === 'multiple-choice' ? (c.choices ?? []) : []));
    expect(choices).toContain('David Alaba');
    for (const choice of choices) expect(choice).not.toMatch(/^\p{Lu}\S* \p{Lu}\S* \p{Ll}+$/u);
  });

  it('never restates a subordinate clause whose verb still carries its particle (`Warum anzieht …?`)', () => {
    const d = docOf(
      `Der Sender leidet darunter, dass der Geldgeber wegen der tiefen Ölpreise die Ausgaben anzieht. Das Ministerium antwortete am Montag mit einer Erklärung.`
    );
    const clauseOf = (form: string) => {
      for (const info of d.sentences)
        for (const clause of info.clauses)
          if (clause.predicate.form === form) return { info, clause };
      return undefined;
    };
    const particle = clauseOf('anzieht');
    expect(particle?.clause.reason?.text).toBe('wegen der tiefen Ölpreise');
    const { info, clause } = particle!;
    expect(pack.whQuestion(d, info, clause, { role: 'reason', phrase: clause.reason! })).toBe(
      undefined
    );
    expect(pack.statement(d, info, clause)).toBe(undefined);
    // `antworten` begins like `an|ziehen` but has no particle: its clause is restated.
    const plain = clauseOf('antwortete');
    expect(pack.statement(d, plain!.info, plain!.clause)).toMatch(/^Das Ministerium antwortete/u);
  });

  it('asks a reason given as a phrase (`wegen …`) with other causes of the text in the genitive', () => {
    const d = docOf(`Senat beschließt Reform

Rom – Der italienische Senat hat am Mittwoch die umstrittene Reform beschlossen. Zwei Senatoren wurden wegen obszöner Gesten von der Debatte ausgeschlossen. Die Opposition kritisierte die schnelle Abstimmung im Senat. Nach der gestrigen Abstimmung feierte die Regierung eine absolute Mehrheit. Kritiker fürchten eine Schwächung der Demokratie. Die Reform sieht eine Verkleinerung des Senats vor. Die Volksabstimmung über die Reform soll im Herbst stattfinden.`);
    const why = whyKind.propose({ doc: d, pack }).find((c) => c.answer === 'Wegen obszöner Gesten');
    expect(why?.prompt).toMatch(/^Warum wurden zwei Senatoren .*ausgeschlossen\?$/u);
    const wrong = (why?.choices ?? []).filter((c) => c !== why?.answer);
    // (Two since session 24: causes from the sentences around the asked one only.)
    expect(wrong.length).toBeGreaterThanOrEqual(2);
    // Each a cause in the genitive after the same preposition: `Wegen der gestrigen Abstimmung`.
    for (const choice of wrong) expect(choice).toMatch(/^Wegen (der|des|einer|eines) /u);
  });
});

describe('session 9: what a restatement takes from its sentence (classes, not sentences)', () => {
  const m = models.de;
  const docOf = (text: string, language: 'de' | 'en' = 'de') => {
    const lm = models[language];
    return buildDocument(analyse(text, language, lm), lm.lexicon, lm.thesaurus, lm.entities.names);
  };

  it('leaves out an adverb pointing back (`zuvor`, `danach`): the reader lacks what came before', () => {
    const d = docOf(
      // `Zuvor` first: with it left in place, the statement would only leave it out, a copy of
      // the sentence that is never a true statement (session 11).
      `Istanbul – Zuvor hatte der Präsident die Neuwahlen wegen der gescheiterten Regierungsbildung angekündigt. Die Opposition kritisierte die Entscheidung danach scharf. Die Wahlkommission legte den Termin fest.`
    );
    const prompts = [
      ...whKind.propose({ doc: d, pack: LANGUAGE_PACKS.de }),
      ...trueFalseKind.propose({ doc: d, pack: LANGUAGE_PACKS.de })
    ].map((c) => c.prompt);
    expect(prompts.some((p) => /Neuwahlen/u.test(p))).toBe(true);
    expect(prompts.filter((p) => /\b(zuvor|danach)\b/u.test(p))).toEqual([]);
    expect(m.language).toBe('de');
  });

  it('asks no "why" of a reason inside a condition or in reported speech', () => {
    // `If the MPC were to judge that a rate rise was justified … because of the strength of
    // the economy`: a hypothesis (news-en/009), not a fact.
    const en = docOf(readFileSync(`${CORPUS_DIR}/news-en/009.txt`, 'utf8'), 'en');
    const asked = whyKind.propose({ doc: en, pack: LANGUAGE_PACKS.en }).map((c) => c.prompt);
    expect(asked.filter((p) => /rate rise/u.test(p))).toEqual([]);
    const de = docOf(
      `Der Minister verteidigt die Reform. Die Regierung habe die Steuern erhöht, weil das Budget ein Loch habe, sagte der Minister. Die Opposition lehnt die Reform ab, weil die sozialen Folgen schwer sind. Die Gewerkschaft protestiert, weil die Löhne sinken. Die Bauern klagen, weil der Regen fehlt.`
    );
    const gefragt = whyKind.propose({ doc: de, pack: LANGUAGE_PACKS.de }).map((c) => c.prompt);
    expect(gefragt.filter((p) => /Steuern/u.test(p))).toEqual([]);
  });
});

describe('session 9: a true statement is never a stretch of its sentence as written', () => {
  it('asks a sentence restated only by cutting it (`Zwei Beobachter wollen gesehen haben.`) as false only', () => {
    const m = models.de;
    const d = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/news-de/016.txt`, 'utf8'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const statements = trueFalseKind.propose({ doc: d, pack: LANGUAGE_PACKS.de });
    expect(statements.length).toBeGreaterThan(0);
    const norm = (t: string) =>
      t
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    for (const c of statements.flatMap((s) => [s, ...(s.twin ? [s.twin] : [])])) {
      if (c.answer !== true) continue;
      const sentence = d.sentences[c.evidence[0] ?? 0]?.s.text ?? '';
      expect(norm(sentence).includes(norm(c.prompt)), c.prompt).toBe(false);
    }
  });
});

describe('session 9: German word order read back (classes, not sentences)', () => {
  const reread = makeRereader('de', models.de);
  const reason = (t: string) => garbledReason(reread(t), 'de');

  it('reads two phrases before the verb (`Umgehend Reaktionen kamen …`) as garbled', () => {
    expect(reason('Umgehend Reaktionen kamen auch von namhaften Wissenschaftern.')).toBe(
      'two phrases before the verb'
    );
    for (const fine of [
      'Auch die Regierung kritisierte den Plan.',
      'Sehr viele Menschen kamen zum Fest.',
      'Gestern kam der Minister nach Wien.',
      'Bereits im Jahr 2001 erhielt er den Preis.',
      'Heute Abend spielt Rapid.',
      'Erstmals seit Jahren sank die Zahl.'
    ])
      expect(reason(fine), fine).toBeUndefined();
  });

  it('reads a noun before the verb and a subject pronoun after it as two subjects', () => {
    expect(
      reason('Landesrat ist (Wohnbau und Verkehr) er ohne Fraktion auf die Parteien angewiesen.')
    ).toBe('two subjects');
    expect(reason('Wo arbeitete Soziologe er erstmals mit Mikrozensus?')).toBe('two subjects');
    // `sie` and `ihr` are objects as often as subjects.
    expect(reason('Der Minister hat sie gestern getroffen.')).toBeUndefined();
    expect(reason('Die Kinder haben ihr geholfen.')).toBeUndefined();
  });

  it('keeps a focus particle with the subject it stands before (`Auch Landesrat Mayr hat …`)', () => {
    const m = models.de;
    const d = buildDocument(
      analyse(
        `Der Landtag tagte am Montag. Auch die Kulinarik wird eine größere Rolle spielen. Die Messe dauert drei Tage.`,
        'de',
        m
      ),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const info = d.sentences[1]!;
    const clause = info.clauses.find((c) => c.main)!;
    const statement = LANGUAGE_PACKS.de.statement(d, info, clause);
    expect(statement).toBeDefined();
    expect(statement).not.toMatch(/wird auch/u);
  });

  it('reads `auch` left at the end after a noun (`… zum städtischen Raum auch.`) as garbled', () => {
    expect(reason('Eine internationale Metropolregion gehört zum städtischen Raum auch.')).toBe(
      'focus particle at the end'
    );
    expect(reason('Der Minister kommt auch.')).toBeUndefined();
  });
});

describe('session 9: a card explains a word, never by another spelling of it', () => {
  it('gives `Biografie` its meanings, not `Biographie`', () => {
    const m = models.de;
    const d = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/news-de-2/124.txt`, 'utf8'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const card = cardsKind
      .propose({ doc: d, pack: LANGUAGE_PACKS.de })
      .find((c) => c.prompt.startsWith('die Biografie'));
    expect(String(card?.answer)).toMatch(/^Bedeutung: /u);
    expect(String(card?.answer)).not.toMatch(/Biographie/u);
  });
});

describe('session 9: who is a person, and answers that name something', () => {
  const m = models.de;
  const pack = LANGUAGE_PACKS.de;
  const docOf = (text: string) =>
    buildDocument(analyse(text, 'de', m), m.lexicon, m.thesaurus, m.entities.names);

  it('asks `Wer` for a person named by a demonym (`der junge Marokkaner`, news-de-2/111)', () => {
    const d = docOf(readFileSync(`${CORPUS_DIR}/news-de-2/111.txt`, 'utf8'));
    const asked = whKind.propose({ doc: d, pack }).map((c) => `${c.prompt} → ${c.answer}`);
    // (Since session 16 a person named by a role alone is no key at all, `der junge Marokkaner`
    // standing for Mohammed; the question word for a demonym is checked where one is asked.)
    expect(asked.filter((p) => /^Was .*→ der junge Marokkaner$/u.test(p))).toEqual([]);
    const t =
      'Die Regierung in Athen plant ein neues Lager. Mehrere hundert Marokkaner protestierten am Montag vor dem Parlament in Athen. Die Polizei fuhr einige hundert Flüchtlinge weg.';
    const demonyms = whKind
      .propose({ doc: docOf(t), pack })
      .filter((c) => /Marokkaner/u.test(String(c.answer)));
    expect(demonyms.length).toBeGreaterThan(0);
    for (const c of demonyms) expect(c.prompt).toMatch(/^Wer /u);
  });

  it('never answers with a negation (`keinen eigenen Kandidaten`) or with `auch`', () => {
    const d = docOf(readFileSync(`${CORPUS_DIR}/news-de-2/106.txt`, 'utf8'));
    const answers = whKind.propose({ doc: d, pack }).map((c) => String(c.answer));
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.filter((a) => /^(kein|auch)/iu.test(a))).toEqual([]);
  });
});

describe('session 9: pronoun chains and articles without their noun', () => {
  it('never gives a pronoun to a name mentioned between it and the person it continues (news-de-2/120)', () => {
    const m = models.de;
    const d = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/news-de-2/120.txt`, 'utf8'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const asked = [
      ...whKind.propose({ doc: d, pack: LANGUAGE_PACKS.de }),
      ...trueFalseKind.propose({ doc: d, pack: LANGUAGE_PACKS.de })
    ].map((c) => c.prompt);
    expect(asked.length).toBeGreaterThan(0);
    // `Nach der Promotion 1949 ging er …` is Rosenmayr, not Hans Tuppy named the sentence before.
    expect(asked.filter((p) => /Tuppy ging|ging Hans Tuppy/u.test(p))).toEqual([]);
  });

  it('reads an article before an uninflected participle (`… Jugendzeit des geprägt von …`) as garbled', () => {
    const reread = makeRereader('de', models.de);
    expect(
      garbledReason(
        reread('Wann war die Jugendzeit des geprägt von den Spannungen der Zeit?'),
        'de'
      )
    ).toBe('article without its noun');
    expect(garbledReason(reread('Er hat das gesagt.'), 'de')).toBeUndefined();
    expect(garbledReason(reread('Die geplante Reform wurde beschlossen.'), 'de')).toBeUndefined();
  });
});

describe('session 9: places of the same rank', () => {
  it('offers countries for a country, never a town in it, nor a country that needs an article', () => {
    const m = models.de;
    const d = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/news-de-2/111.txt`, 'utf8'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const greece = whKind
      .propose({ doc: d, pack: LANGUAGE_PACKS.de })
      .filter((c) => c.answer === 'Griechenland' && c.type === 'multiple-choice');
    expect(greece.length).toBeGreaterThan(0);
    for (const c of greece) {
      expect(c.choices).not.toContain('Athen');
      expect(c.choices).not.toContain('Europa');
      for (const choice of c.choices ?? []) expect(choice).not.toMatch(/ei$/u);
    }
  });
});

describe('session 9: gaps on ordinary words only fill a short quiz', () => {
  it('gaps words only as fillers of an article below its floor, its compound terms too (`Die ____ explodierte nicht` for `Handgranate`, blind rating 36)', () => {
    const m = models.de;
    const article = `Linz plant eine Seilbahn

Linz – Die Stadt Linz plant eine Seilbahn über die Donau. Die Seilbahn soll 2028 fertig sein. Der Gemeinderat hat die Finanzierung am Montag beschlossen. Die Baukosten betragen 40 Millionen Euro. Die Opposition kritisiert die hohen Baukosten. Anrainer fürchten den Lärm der Anlage. Die Errichtung der Stützen beginnt im Herbst. Der Bürgermeister verteidigt die Errichtung der Anlage. Die Verkehrsbetriebe erwarten täglich 5.000 Fahrgäste. Die Umweltprüfung ist noch nicht abgeschlossen. Die Fahrgäste sollen in sechs Minuten über den Fluss kommen. Die Grünen fordern eine strenge Umweltprüfung für das Projekt.`;
    const d = buildDocument(analyse(article, 'de', m), m.lexicon, m.thesaurus, m.entities.names);
    const gaps = clozeKind.propose({ doc: d, pack: LANGUAGE_PACKS.de });
    const term = gaps.filter((c) => c.answer === 'Umweltprüfung');
    expect(term.length).toBeGreaterThan(0);
    for (const c of term) {
      expect(c.fallback, c.prompt).toBe(true);
      expect(c.lastResort, c.prompt).toBeUndefined();
    }
    const ordinary = gaps.filter((c) =>
      /^(Errichtung|Finanzierung|beschlossen)$/u.test(String(c.answer))
    );
    expect(ordinary.length).toBeGreaterThan(0);
    for (const c of ordinary) expect(c.fallback, c.prompt).toBe(true);
  });
});

describe('session 9: names cut or mistyped are no choices, and no gap inside a title', () => {
  const en = models.en;
  /** The first seven sentences of a corpus article, as a short text. */
  const shortDoc = (file: string) =>
    buildDocument(
      analyse(
        (readFileSync(`${CORPUS_DIR}/${file}`, 'utf8').match(/[^.!?]+[.!?]+/gu) ?? [])
          .slice(0, 7)
          .join(''),
        'en',
        en
      ),
      en.lexicon,
      en.thesaurus,
      en.entities.names
    );

  it('offers no name cut at its particle (`Alexander Van`) and no prize among people', () => {
    const m = models.de;
    const d = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/news-de-2/102.txt`, 'utf8'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const choices = [
      ...whKind.propose({ doc: d, pack: LANGUAGE_PACKS.de }),
      ...clozeKind.propose({ doc: d, pack: LANGUAGE_PACKS.de })
    ].flatMap((c) => [...(c.choices ?? []), ...(c.wordBank ?? [])]);
    expect(choices).toContain('Richard Lugner');
    expect(choices).not.toContain('Alexander Van');
    // (The article's first paragraphs alone, a short text: since session 24 an article gaps no
    // person it names once.)
    const theatre = shortDoc('news-en/008.txt');
    const people = clozeKind
      .propose({ doc: theatre, pack: LANGUAGE_PACKS.en })
      .flatMap((c) => c.wordBank ?? []);
    expect(people).toContain('Lee Evans');
    expect(people).not.toContain('Milton Shulman Award');
  });

  it('never gaps a capitalised English noun inside a sentence (`The ____ Boys`)', () => {
    const gaps = clozeKind.propose({ doc: shortDoc('news-en/008.txt'), pack: LANGUAGE_PACKS.en });
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.filter((c) => /The ____ Boys/u.test(c.prompt))).toEqual([]);
  });
});

describe('session 10: the question word fits what is asked', () => {
  const docOf = (text: string, language: 'de' | 'en') => {
    const m = models[language];
    return buildDocument(analyse(text, language, m), m.lexicon, m.thesaurus, m.entities.names);
  };
  const asked = (text: string, language: 'de' | 'en') =>
    whKind
      .propose({ doc: docOf(text, language), pack: LANGUAGE_PACKS[language] })
      .map((c) => `${c.prompt} → ${String(c.answer)}`);

  it('asks a country as a country (`Welches Land …?`, `Which country …?`), not `Wer ist … das Auffangbecken?`', () => {
    const de = asked(
      'Griechenland ist jetzt wieder das Auffangbecken für Flüchtlinge in Europa. ' +
        'Die Regierung in Athen bittet Deutschland, Frankreich und Italien um Hilfe. ' +
        'Spanien hat im vergangenen Jahr mehr Menschen aufgenommen als Österreich.',
      'de'
    );
    expect(de.some((p) => /^Welches Land hat im vergangenen Jahr .*→ Spanien$/u.test(p))).toBe(
      true
    );
    expect(de.filter((p) => /^Wer .*→ (Griechenland|Spanien)$/u.test(p))).toEqual([]);
    const en = asked(
      'Greenland signed a treaty with the European Union in 1985. ' +
        'Denmark, Norway and Iceland have ties with the region. ' +
        'Canada sent observers to the talks in Brussels.',
      'en'
    );
    expect(en.some((p) => /^Which country signed a treaty/u.test(p))).toBe(true);
    expect(en.filter((p) => /^Who .*→ Greenland$/u.test(p))).toEqual([]);
  });

  it('asks a name with `Wie heißt …?`, never `Wen heißt das neuste Werk?` (news-de-2/122)', () => {
    const de = asked(readFileSync(`${CORPUS_DIR}/news-de-2/122.txt`, 'utf8'), 'de');
    expect(de.filter((p) => /^(Wen|Wer|Was) heißt/u.test(p))).toEqual([]);
    expect(de.some((p) => /^Wie heißt das neuste Werk\? → /u.test(p))).toBe(true);
  });

  it('asks people counted by a share, and demonyms no language is named after, with `Wer` (`ein Viertel der befragten Iraker`, news-de/012)', () => {
    const de = asked(readFileSync(`${CORPUS_DIR}/news-de/012.txt`, 'utf8'), 'de');
    expect(de.filter((p) => /^Was .*→ ein Viertel/u.test(p))).toEqual([]);
    // (Asked only with other groups among its alternatives: among names alone it is the one
    // choice that is no name, blind rating 71.)
    expect(
      de.filter((p) => /→ ein Viertel der befragten Iraker$/u.test(p) && !/^Wer /u.test(p))
    ).toEqual([]);
  });

  it('never asks `Wann …?` of a phrase that only holds a date (`mit plus acht Punkten seit Februar`, news-de-2/102)', () => {
    const de = asked(readFileSync(`${CORPUS_DIR}/news-de-2/102.txt`, 'utf8'), 'de');
    expect(de.length).toBeGreaterThan(0);
    expect(de.filter((p) => /^Wann .*→ mit /u.test(p))).toEqual([]);
  });
});

describe('session 10: alternatives of the kind the question word asks for', () => {
  it('offers people for `Wer gab an …? ein Viertel der befragten Iraker`, never `das Bildungsniveau` (news-de/012)', () => {
    const m = models.de;
    const d = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/news-de/012.txt`, 'utf8'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const share = whKind
      .propose({ doc: d, pack: LANGUAGE_PACKS.de })
      .filter(
        (c) => c.answer === 'ein Viertel der befragten Iraker' && c.type === 'multiple-choice'
      );
    expect(share.filter((c) => !/^Wer /u.test(c.prompt))).toEqual([]);
    for (const c of share) {
      expect(c.prompt).toMatch(/^Wer /u);
      expect((c.choices ?? []).filter((x) => /Bildungsniveau|Studie|Anteil/u.test(x))).toEqual([]);
      // Nor a name that ran on into the words after it (a rating's note).
      expect(c.choices).not.toContain('Wößmann der Frage');
    }
  });

  it('takes no person from a name behind a preposition (`Who did the History Boys win? the best new comedy title at the … Awards`)', () => {
    const text = readFileSync(`${CORPUS_DIR}/news-en/006.txt`, 'utf8');
    const prompts = generateQuestionSet(text, { models, language: 'en' }).questions.map(
      (q) => q.prompt
    );
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /^Who did .* win\?/u.test(p))).toEqual([]);
  });
});

describe('session 10: one answer is the key of one question', () => {
  it('never makes the same person the answer of two quiz questions (`Mohammed` four times, news-de-2/111)', () => {
    const text = readFileSync(`${CORPUS_DIR}/news-de-2/111.txt`, 'utf8');
    const set = generateQuestionSet(text, { models, language: 'de' });
    const keys = set.questions
      .filter((q) => q.type !== 'flashcard' && q.type !== 'true-false')
      .map((q) => (typeof q.answer === 'string' ? q.answer.toLowerCase() : ''))
      .filter(Boolean);
    // (Three keys since session 23: side details no longer fill the quiz past four; two since
    // session 28: `Wer …? Mohammed`, the person the report is about, is asked only where
    // nothing else is.)
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
});

describe('session 10: gaps on ordinary words fill a paragraph to two questions, not three', () => {
  it('leaves a third gap on an ordinary word (`Renewed religious ____`) out of a paragraph’s quiz (xquad en 10)', () => {
    const paragraphs = JSON.parse(readFileSync(`${CORPUS_DIR}/xquad/en.json`, 'utf8')) as {
      id: string;
      context: string;
    }[];
    const huguenots = paragraphs.find((p) => p.id === 'xquad.en/10/0');
    expect(huguenots).toBeDefined();
    const quiz = generateQuestionSet(huguenots!.context, {
      models,
      language: 'en'
    }).questions.filter((q) => q.type !== 'flashcard');
    // (At least one question; since session 21 a gap whose alternatives are of another kind of
    // meaning, `all legal ____ of Protestantism`, is no longer a second one.)
    expect(quiz.length).toBeGreaterThanOrEqual(1);
    expect(quiz.filter((q) => /^Renewed religious ____/u.test(q.prompt))).toEqual([]);
  });
});

describe('session 10: reported speech is asked as a clause, not quoted', () => {
  it('asks `Wer sagte laut Text, dass …?`, never a `dass` clause between quotation marks (news-de-2/110)', () => {
    const m = models.de;
    const d = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/news-de-2/110.txt`, 'utf8'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const prompts = speechKind.propose({ doc: d, pack: LANGUAGE_PACKS.de }).map((c) => c.prompt);
    expect(prompts.filter((p) => /„(dass|ob) /u.test(p))).toEqual([]);
    expect(prompts.some((p) => /^Wer sagte laut Text, dass .*\?$/u.test(p))).toBe(true);
    expect(LANGUAGE_PACKS.en.texts.whoSaid('that rates would rise')).toBe(
      'According to the text, who said that rates would rise?'
    );
  });

  it('asks reported speech after its speaker as reported, never between quotation marks (`Wer hat laut Text gesagt: „Hunts Kommentare rührten …“?`, blind rating 46)', () => {
    const m = models.de;
    const d = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/news-de-2/121.txt`, 'utf8'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const prompts = speechKind.propose({ doc: d, pack: LANGUAGE_PACKS.de }).map((c) => c.prompt);
    expect(prompts.filter((p) => /„Hunts Kommentare/u.test(p))).toEqual([]);
    expect(prompts).toContain(
      'Wer sagte laut Text, Hunts Kommentare rührten am Kern der Vorurteile über Frauen in der Wissenschaft?'
    );
  });
});

describe('session 10: who is who', () => {
  const docOf = (text: string) => {
    const m = models.de;
    return buildDocument(analyse(text, 'de', m), m.lexicon, m.thesaurus, m.entities.names);
  };

  it('asks who a person is among the roles the text gives others (`Wer ist Hans Jörg Schelling laut Text? Finanzminister`)', () => {
    const d = docOf(
      'Finanzminister Hans Jörg Schelling will die Steuern senken. ' +
        'Rudolf Kaske, der Arbeiterkammer-Präsident, lehnt das ab. ' +
        'Wirtschaftskammer-Präsident Christoph Leitl begrüßt den Plan. ' +
        'SPÖ-Klubobmann Andreas Schieder will zuerst verhandeln. ' +
        'Die Regierung berät am Dienstag in Wien über den Entwurf.'
    );
    const asked = roleKind.propose({ doc: d, pack: LANGUAGE_PACKS.de });
    const schelling = asked.find((c) => c.prompt === 'Wer ist Hans Jörg Schelling laut Text?');
    expect(schelling?.answer).toBe('Finanzminister');
    expect(schelling?.choices).toContain('Arbeiterkammer-Präsident');
    // An apposition after the name counts as the role the text gives.
    expect(asked.find((c) => c.prompt === 'Wer ist Rudolf Kaske laut Text?')?.answer).toBe(
      'Arbeiterkammer-Präsident'
    );
  });

  it('writes a role of an article and an adjective without the article (`Der eingewechselte Stürmer` among `Kapitän`, `Trainer`: both raters of a blind rating of unseen articles, session 28)', () => {
    const d = docOf(readFileSync(`${CORPUS_DIR}/news-de/007.txt`, 'utf8'));
    const roles = [...personRoles(d, LANGUAGE_PACKS.de).values()];
    // (… its adjective small, as German writes it: `Neue Namensgeberin` was odd to a rater of
    // blind rating 96.)
    expect(roles.map((r) => r.role)).toContain('türkischer Präsident');
    expect(roles.filter((r) => /^(der|die|das) /iu.test(r.role))).toEqual([]);
    // (… while the check that a question rests on the text reads the text's own words.)
    expect(roles.map((r) => r.said)).toContain('Der türkische Präsident');
  });

  it('pairs no thing the recogniser took for a person with a role (`Ellenikon – Flughafen`, `Danas – Zeitung`, news-de-2/111 and 106)', () => {
    for (const file of ['news-de-2/111.txt', 'news-de-2/106.txt', 'news-de-2/122.txt']) {
      const d = docOf(readFileSync(`${CORPUS_DIR}/${file}`, 'utf8'));
      const roles = [...personRoles(d, LANGUAGE_PACKS.de).values()].map((r) => r.role);
      expect(roles.filter((r) => /^(Flughafen|Zeitung|Roman|Regie|Schenkung)$/u.test(r))).toEqual(
        []
      );
      // … nor a work named after its author (`der Max-Frisch-Klassiker Homo Faber`, `Max Frischs
      // Klassiker Homo Faber`, matched as the role of a person `Homo Faber`).
      expect(roles.filter((r) => /Klassiker$/u.test(r))).toEqual([]);
      const matched = matchKind.propose({ doc: d, pack: LANGUAGE_PACKS.de });
      for (const c of matched)
        for (const [, role] of c.answer as [string, string][])
          expect(role).not.toMatch(/^(Flughafen|Zeitung|Roman|Regie)$|Autors$/u);
    }
  });
});

describe('session 10: names that read as names', () => {
  it('takes no name that ran on into a common noun (`Wößmann der Frage`) or was cut at its particle', () => {
    const m = models.de;
    const d = buildDocument(
      analyse('Ursula von der Leyen sprach mit Ludger Wößmann.', 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    expect(wellFormedName(d, 'Wößmann der Frage')).toBe(false);
    expect(wellFormedName(d, 'Alexander Van')).toBe(false);
    expect(wellFormedName(d, 'Arturo Vidal schoss')).toBe(false);
    expect(wellFormedName(d, 'Ursula von der Leyen')).toBe(true);
    expect(wellFormedName(d, 'Ludger Wößmann')).toBe(true);
  });
});

describe('session 10: a relative clause keeps its verb', () => {
  it('reads `Wer machte den Anfang, der wegen des … Dauerstreits zwischen … und …?` as garbled (news-de-2/103)', () => {
    const reread = makeRereader('de', models.de);
    expect(
      garbledReason(
        reread(
          'Wer machte den Anfang, der wegen des Dauerstreits zwischen Klubobmann Helmut Naderer (vormals FPÖ, danach BZÖ) und Landesrat Hans Mayr?'
        ),
        'de'
      )
    ).toBe('relative clause without its verb');
    // A phrase after the verb, and an article before a name in a list, are no such cut.
    expect(
      garbledReason(
        reread(
          'Wer will Polizei und Rotes Kreuz, die schon viel leisten müssen im Bereich des Asylwesens, entlasten?'
        ),
        'de'
      )
    ).not.toBe('relative clause without its verb');
    expect(
      garbledReason(reread('Stars sind Peter Kraus, die Poxrucker Sisters und Jürgen Drews.'), 'de')
    ).not.toBe('relative clause without its verb');
  });
});

describe('session 11: what a speaker said is asked with the speaker named', () => {
  const whOf = (text: string) => {
    const m = models.de;
    const doc = buildDocument(analyse(text, 'de', m), m.lexicon, m.thesaurus, m.entities.names);
    return whKind.propose({ doc, pack: LANGUAGE_PACKS.de }).map((c) => c.prompt);
  };

  it('asks the content of a `dass` clause in the indicative with `laut …` (its facts were never asked)', () => {
    const prompts = whOf(
      'Die Gemeinde plant ein neues Hallenbad. Bürgermeisterin Anna Berger erklärte am Montag, dass die Stadt das alte Freibad schließen werde. Stadtrat Peter Huber kritisierte den Plan. Die Opposition verlangt eine Abstimmung.'
    );
    const reported = prompts.filter((p) => p.includes('laut Anna Berger'));
    expect(reported.length).toBeGreaterThan(0);
    // Indicative and verb second, never `werde` or `dass` in the question.
    for (const p of reported) {
      expect(p).toMatch(/^(Wer|Was|Welche\w*) wird /u);
      expect(p).not.toMatch(/\b(werde|dass)\b/u);
    }
  });

  it('asks no reported clause with a pronoun that may mean the speaker (`in seiner Amtszeit`)', () => {
    const prompts = whOf(
      'Der Landtag tagte am Montag. Landeshauptmann Hans Maier sagte, dass die Regierung in seiner Amtszeit drei Schulen gebaut habe. Die Opposition kritisierte den Landeshauptmann.'
    );
    expect(prompts.filter((p) => p.includes('laut Hans Maier'))).toEqual([]);
  });
});

describe('session 11: English articles lose no questions to their analysis', () => {
  const en = models.en;
  const docOf = (text: string) =>
    buildDocument(analyse(text, 'en', en), en.lexicon, en.thesaurus, en.entities.names);

  it('joins a lone surname the English recogniser typed MISC to the person (`McIlroy` of `James McIlroy`, news-en/014)', () => {
    const d = docOf(readFileSync(`${CORPUS_DIR}/news-en/014.txt`, 'utf8'));
    const person = d.entities.get('james mcilroy');
    expect(person?.type).toBe('PER');
    expect(person?.mentions.length).toBeGreaterThan(5);
    expect([...d.entities.values()].some((e) => e.name === 'McIlroy')).toBe(false);
  });

  it('asks no quotation beginning with `That` as reported speech (`who said That was my last decent year?`)', () => {
    expect(LANGUAGE_PACKS.en.texts.whoSaid('That was my last decent year')).toBe(
      'According to the text, who said: “That was my last decent year”?'
    );
    expect(LANGUAGE_PACKS.en.texts.whoSaid('that the show was unsuitable')).toBe(
      'According to the text, who said that the show was unsuitable?'
    );
  });

  it('reads `this weekend`, `this year`, `diesen Montag` as the time of the report, not as pointing back', () => {
    const sentences = [
      'McIlroy is confident he can win his first title at this weekend’s championships in Madrid.',
      'Apple hat für diesen Montag zu einer Präsentation eingeladen.',
      'This ability was later lost.'
    ];
    const candidate = (prompt: string, evidence: number): Candidate => ({
      kind: 'wh',
      type: 'short-answer',
      prompt,
      answer: 'x',
      evidence: [evidence],
      fact: `${evidence}:subject`,
      score: 1,
      support: []
    });
    expect(
      rejectReason(
        candidate(
          'Who is confident he can win his first title at this weekend’s championships?',
          0
        ),
        sentences
      )
    ).toBeUndefined();
    expect(
      rejectReason(
        candidate('Wer hat für diesen Montag zu einer Präsentation eingeladen?', 1),
        sentences
      )
    ).toBeUndefined();
    expect(rejectReason(candidate('What was this ability later?', 2), sentences)).toBe(
      'points back'
    );
    // … while a year named only in the sentence before does (`Wie viel betrug die Zahl der
    // verschickten Nachrichten in Österreich in dem Jahr?`, blind rating 46).
    expect(
      rejectReason(
        candidate('Wie viel betrug die Zahl der verschickten Nachrichten in dem Jahr?', 1),
        sentences
      )
    ).toBe('points back');
    expect(rejectReason(candidate('Who had left the party that year?', 0), sentences)).toBe(
      'points back'
    );
  });

  it('never answers with a longer phrase ending on the article’s subject (`Northern Ireland man James McIlroy`, news-en/014)', () => {
    const d = docOf(readFileSync(`${CORPUS_DIR}/news-en/014.txt`, 'utf8'));
    const answers = whKind.propose({ doc: d, pack: LANGUAGE_PACKS.en }).map((c) => c.answer);
    expect(answers.filter((a) => typeof a === 'string' && /McIlroy$/u.test(a))).toEqual([]);
  });

  it('asks the subject of an English copula (`Who is the final contender?`, news-en/007), never an indefinite one backwards', () => {
    const d = docOf(readFileSync(`${CORPUS_DIR}/news-en/007.txt`, 'utf8'));
    const asked = whKind.propose({ doc: d, pack: LANGUAGE_PACKS.en });
    expect(asked.find((c) => c.prompt === 'Who is the final contender?')?.answer).toBe(
      'Geraldine McCaughrean'
    );
    // `Second favourite is a biography …` has no article: asked `What is a biography …?` it
    // reads backwards.
    expect(asked.some((c) => c.answer === 'Second favourite')).toBe(false);
    const indefinite = docOf(
      'A common technical definition of a recession is two successive quarters of negative growth.'
    );
    expect(
      whKind
        .propose({ doc: indefinite, pack: LANGUAGE_PACKS.en })
        .some((c) => /definition/u.test(String(c.answer)))
    ).toBe(false);
  });

  it('reads an English second main clause after a comma as garbled (`Who was best actress …, Dame Judi Dench was best supporting actress?`)', () => {
    const reread = makeRereader('en', models.en);
    expect(
      garbledReason(
        reread(
          'Who was best actress for Suddenly Last Summer, Dame Judi Dench was best supporting actress?'
        ),
        'en'
      )
    ).toBe('two main clauses joined by a comma');
    // A fronted adverbial, a relative clause and an inverted `said` are no such clause.
    for (const ok of [
      'In April, the original Zafi virus did not appear.',
      'Who is Ken Mayland, who runs ClearView Economics?',
      'The art world is rich, said Mr Stone.'
    ])
      expect(garbledReason(reread(ok), 'en')).not.toBe('two main clauses joined by a comma');
  });

  it('asks a subject pronoun for the one person it surely stands for (`He looks after …` → Frank Stone, news-en/017), never a guess', () => {
    const d = docOf(readFileSync(`${CORPUS_DIR}/news-en/017.txt`, 'utf8'));
    const asked = whKind.propose({ doc: d, pack: LANGUAGE_PACKS.en });
    expect(asked.find((c) => /^Who looks after several/u.test(c.prompt))?.answer).toBe(
      'Frank Stone'
    );
    // `At a conference hosted by … Gordon Brown on Friday, he said …` (news-en/004): the speaker
    // is India's minister, not the host named as an agent.
    const hosted = docOf(readFileSync(`${CORPUS_DIR}/news-en/004.txt`, 'utf8'));
    for (const kind of [whKind, speechKind])
      expect(
        kind
          .propose({ doc: hosted, pack: LANGUAGE_PACKS.en })
          .filter((c) => c.answer === 'Gordon Brown')
          .map((c) => c.prompt)
      ).toEqual([]);
    // Two people named before: `He` may be either.
    const two = docOf(
      'Prime Minister Tony Blair met Tory co-chairman Liam Fox in London on Monday. He criticised the budget plans of the government.'
    );
    expect(
      whKind
        .propose({ doc: two, pack: LANGUAGE_PACKS.en })
        .some((c) => /criticised/u.test(c.prompt))
    ).toBe(false);
  });

  it('asks the gist of an English article whose lead has a word in quotation marks and whose side facts open with `He` (news-en/012, 011)', () => {
    const scare = docOf(readFileSync(`${CORPUS_DIR}/news-en/012.txt`, 'utf8'));
    const [gist] = gistKind.propose({ doc: scare, pack: LANGUAGE_PACKS.en });
    expect(gist?.answer).toMatch(/^Women MPs endure “shocking” levels of sexist abuse/u);
    const pronouns = docOf(readFileSync(`${CORPUS_DIR}/news-en/011.txt`, 'utf8'));
    const [blair] = gistKind.propose({ doc: pronouns, pack: LANGUAGE_PACKS.en });
    expect(blair?.choices).toContain(
      'Liam Fox would not discuss reports the party repaid £500,000 to Lord Ashcroft after he predicted an election defeat.'
    );
    // A quotation of more words stays out.
    expect(gist?.choices?.some((c) => /“[^”]*\s[^”]*\s[^”]*\s[^”]*”/u.test(c))).toBe(false);
  });

  it('asks an English name with a relative clause set off by commas (`Mark Carroll, who will join Cragg …, finished …`, news-en/016) and after a sentence-initial `But` (news-en/010)', () => {
    const carroll = docOf(readFileSync(`${CORPUS_DIR}/news-en/016.txt`, 'utf8'));
    const asked = whKind.propose({ doc: carroll, pack: LANGUAGE_PACKS.en });
    expect(asked.find((c) => c.answer === 'Mark Carroll')?.prompt).toBe(
      'Who finished a solid third in 7:46.78?'
    );
    const leigh = docOf(readFileSync(`${CORPUS_DIR}/news-en/010.txt`, 'utf8'));
    expect(
      whKind
        .propose({ doc: leigh, pack: LANGUAGE_PACKS.en })
        .find((c) => c.answer === 'Edward Leigh')?.prompt
    ).toMatch(/^Who warned the government would have to work hard/u);
  });

  it('asks nothing of a sentence a source cut left opening on a small letter (`of Jamaica ran the fastest …`, news-en/016)', () => {
    const d = docOf(readFileSync(`${CORPUS_DIR}/news-en/016.txt`, 'utf8'));
    const cut = d.sentences.find((i) => i.s.text.startsWith('of Jamaica'));
    expect(cut?.usable).toBe(false);
    expect(
      whKind.propose({ doc: d, pack: LANGUAGE_PACKS.en }).filter((c) => c.answer === 'Jamaica')
    ).toEqual([]);
  });

  it('asks who said what where too few people speak for "who said …?" with three alternatives (news-en/003; a matching task until session 19, whose first statement, `it had revised down …`, said nothing alone)', () => {
    const d = docOf(readFileSync(`${CORPUS_DIR}/news-en/003.txt`, 'utf8'));
    const proposed = speechKind.propose({ doc: d, pack: LANGUAGE_PACKS.en });
    expect(proposed.filter((c) => c.type === 'short-answer').map((c) => c.answer)).toEqual([
      'Rick Egelton',
      'Ken Mayland'
    ]);
    // Both economists are named once: since session 23 their quotations are asked only where
    // a text has nothing else (blind rating 50 struck `Rick Egelton` as name matching).
    for (const c of proposed.filter((x) => x.type === 'short-answer'))
      expect(c.onlyAlone, c.prompt).toBe(true);
  });

  it('asks no person with `its` left in the question (`Who was its best Shakespearean performer …?`, news-en/006)', () => {
    const d = docOf(readFileSync(`${CORPUS_DIR}/news-en/006.txt`, 'utf8'));
    expect(
      whKind
        .propose({ doc: d, pack: LANGUAGE_PACKS.en })
        .filter((c) => /^Who\b.*\bits\b/u.test(c.prompt))
        .map((c) => c.prompt)
    ).toEqual([]);
  });

  it('keeps the space before an English opening quotation mark (`several “centres of excellence”`), not before a German closing one', () => {
    expect(join('Who looks after several', '“centres of excellence”', 'at BT?')).toBe(
      'Who looks after several “centres of excellence” at BT?'
    );
    expect(join('Wer hat laut Text gesagt: „Wir kommen', '“?')).toBe(
      'Wer hat laut Text gesagt: „Wir kommen“?'
    );
  });

  it('asks no thing that "reads" a quotation (`What reads: “Happy Holidays”?`, news-en/020)', () => {
    const d = docOf(readFileSync(`${CORPUS_DIR}/news-en/020.txt`, 'utf8'));
    expect(
      whKind
        .propose({ doc: d, pack: LANGUAGE_PACKS.en })
        .filter((c) => /^What reads\b/u.test(c.prompt))
        .map((c) => c.prompt)
    ).toEqual([]);
  });
});

describe('session 11: German true/false statements restate, never copy or garble (classes)', () => {
  const lm = models.de;
  /** The true/false candidates (and their false twins) of an invented text. */
  const statements = (text: string) => {
    const doc = buildDocument(analyse(text, 'de', lm), lm.lexicon, lm.thesaurus, lm.entities.names);
    return trueFalseKind
      .propose({ doc, pack: LANGUAGE_PACKS.de })
      .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])]);
  };
  const prompts = (text: string) => statements(text).map((c) => c.prompt);

  it('drops a lead-in before a colon (`Denn:`) and the capital it left on the next word', () => {
    const p = prompts(
      'Wien – Die Regierung hat am Dienstag über die Lage beraten. Denn: Derzeit sind ganz klar andere Staaten gefordert. Der Kanzler zeigte sich zufrieden.'
    );
    expect(p).toContain('Andere Staaten sind derzeit ganz klar gefordert.');
    expect(p.filter((x) => /\bdenn\b|Derzeit/u.test(x))).toEqual([]);
  });

  it('never copies words a colon introduces (speech whose quotation marks were lost)', () => {
    const p = [
      'Wien – Die Regierung hat beraten. Dass man mit der Türkei verhandle, verteidigte der Kanzler so: Es ist kein Zugeständnis an die Regierung in Ankara erfolgt. Die Opposition kritisierte das.',
      'Wien – Die Regierung hat beraten. Zur Frage der Steuern meinte der Kanzler: Man muss immer schauen, dass die Bürger entlastet werden. Die Opposition kritisierte das.',
      'Wien – Die Regierung hat beraten. Jetzt hat das Landesgericht Linz geurteilt: Die Stadt habe eine Entschädigung von acht Millionen Euro zu bezahlen. Die Stadt will berufen.'
    ].flatMap(prompts);
    expect(p.filter((x) => x.includes(':'))).toEqual([]);
  });

  it('leaves a bracketed aside out instead of leaving it behind when its word moves', () => {
    const p = prompts(
      'Wien – Innenministerin Maria Huber (ÖVP) kündigte am Montag ein neues Gesetz für die Polizei an. Die Opposition kritisierte das Gesetz scharf.'
    );
    expect(p).toContain(
      'Am Montag kündigte Innenministerin Maria Huber ein neues Gesetz für die Polizei an.'
    );
    expect(p.filter((x) => x.includes('('))).toEqual([]);
  });

  it('asks a statement that only leaves words out of its sentence never as true (a copy)', () => {
    const s = statements(
      'Stuttgart – Die Polizei korrigierte zudem frühere Angaben zum Einsatz. Die Ermittlungen dauern an.'
    );
    expect(s.filter((c) => c.answer === true).map((c) => c.prompt)).toEqual([]);
  });

  it('puts an unstressed pronoun right after the verb when the subject moves first', () => {
    const p = prompts(
      'Berlin – In einem neuen Buch widmet sich der Historiker ausführlich dem Mittelalter. Das Buch erscheint im Mai.'
    );
    expect(p).toContain(
      'Der Historiker widmet sich in einem neuen Buch ausführlich dem Mittelalter.'
    );
  });

  it('keeps a focus particle with its subject when another phrase is put first', () => {
    const p = prompts(
      'Graz – Auch der Bürgermeister hat im Mai einen schweren Fehler eingeräumt. Die Opposition fordert seinen Rücktritt.'
    );
    // (Since session 23 a noun may be said in other words: `Fehler` / `Irrtum`; since session 37
    // the clause may be turned into the passive, the particle staying with the agent.)
    expect(
      p.some(
        (x) =>
          /^Im Mai hat auch der Bürgermeister einen schweren \p{L}+ eingeräumt\.$/u.test(x) ||
          /^Ein schwerer \p{L}+ ist im Mai auch vom Bürgermeister eingeräumt worden\.$/u.test(x)
      )
    ).toBe(true);
  });

  it('restates no sentence that opens with its verb (a condition without `wenn`)', () => {
    const p = prompts(
      'Wien – Die Regierung hat beraten. Besucht ein Nutzer eine solche Seite, versucht sich die Software automatisch auf dem Rechner zu installieren. Die Polizei warnt.'
    );
    expect(p.filter((x) => /besucht/iu.test(x))).toEqual([]);
  });

  it('leaves no noun or verb without what it needs (an infinitive, the verb closing the bracket, a particle)', () => {
    const texts = [
      'Wien – Mitarbeiter sollen zudem jederzeit die Möglichkeit haben, wieder aus dem Vertrag auszusteigen. Die Gewerkschaft begrüßt das.',
      'Wien – Für die Forscher sind die Ergebnisse ein Grund, um die Methode weiter zu verbessern. Die Studie erscheint im Mai.',
      'Berlin – So hat das Bundesamt (BAMF) nun die Ergebnisse einer Befragung unter 2800 Asylberechtigten aus mehreren Ländern, darunter Afghanistan, Irak, und Syrien, veröffentlicht. Die Ergebnisse sind überraschend.',
      'London – Am Donnerstag teilte die Universität dann den Rückzug des Professors mit: Er habe sein Amt niedergelegt. Die Kritik war heftig.',
      'Wien – Die Lage ist ernst. Vor allem sollen sich die Verträge wie ursprünglich vorgesehen wieder auf Führungskräfte beschränken. Die Gewerkschaft ist zufrieden.'
    ];
    const p = texts.flatMap(prompts);
    expect(
      p.filter((x) => /(Möglichkeit haben|ein Grund|Syrien|des Professors|vorgesehen)\.$/u.test(x))
    ).toEqual([]);
  });

  it('restates no sentence with a subheading glued to it (a capital on a word that is no noun)', () => {
    const p = prompts(
      'Wien – Hohe Kosten Angeblich sind die Preise im vergangenen Jahr stark gestiegen. Die Kunden sind verärgert.'
    );
    expect(p.filter((x) => x.includes('Angeblich'))).toEqual([]);
  });

  it('moves no subject first whose prepositional phrase may be the verb’s, nor one that leaves its relative clause behind', () => {
    const p = [
      ...prompts(
        'Linz – Im Viertelfinale trifft der Rekordsieger am Dienstag auf den LASK. Das Spiel ist ausverkauft.'
      ),
      ...prompts(
        'Wien – In jedem Fall entstehen Bilder, die lange nachwirken. Das Festival dauert eine Woche.'
      )
    ];
    expect(p.filter((x) => /Rekordsieger am Dienstag trifft|Bilder entstehen/u.test(x))).toEqual(
      []
    );
  });

  it('takes no name that ran on into an object as the subject (`Der Historiker Karl Berger der Frage`)', () => {
    const p = prompts(
      'Berlin – In einem neuen Buch widmet sich der Historiker Karl Berger der Frage, wie Städte im Mittelalter wuchsen. Das Buch erscheint im Mai.'
    );
    expect(p.filter((x) => x.includes('Berger der Frage'))).toEqual([]);
  });
  it('swaps a person behind a preposition under a noun for a false twin (`Treffer von …`)', () => {
    const c = statements(
      'Wien – Der Verein hat am Sonntag gewonnen. Dank eines späten Treffers von Moritz Hartmann hat das Team zudem einen Rekord aufgestellt. Trainer Peter Huber war zufrieden. Auch Stürmer David Alaba traf.'
    );
    const lie = c.find((x) => x.answer === false && /Rekord/u.test(x.prompt));
    expect(lie?.prompt).toBe(
      'Das Team hat dank eines späten Treffers von David Alaba einen Rekord aufgestellt.'
    );
  });

  it('restates no subject with a possessive first (`Ihr Bestand …`): nothing before it says whose', () => {
    const p = prompts(
      'Wien – Die Flamingos leben im Süden. In Europa wird ihr Bestand auf rund 20.000 Brutpaare geschätzt. Der Zoo ist stolz.'
    );
    expect(p.filter((x) => /^Ihr /u.test(x))).toEqual([]);
  });

  it('moves no word out of the phrase before the verb (German puts one phrase there)', () => {
    const p = [
      'Wien – Die Gewerkschaft hat einen Rechner vorgestellt. Einige anonyme Angaben zur Beschäftigungssituation reichen, um das Gehalt zu ermitteln. Die Nutzung ist gratis.',
      'Wien – Der Verein hat am Sonntag gewonnen. Trainer Peter Huber war zufrieden. Der Präsident gratulierte.'
    ].flatMap(prompts);
    expect(p.filter((x) => /reichen zur|war trainer/u.test(x))).toEqual([]);
  });
  it('restates a copy by putting a plain phrase of the verb first, never one with words hanging on it', () => {
    expect(
      prompts(
        'Wien – Die Regierung ist ratlos. Die Wirtschaftsleistung der Insel sinkt wegen der hohen Schulden deutlich. Die Bürger sind besorgt.'
      )
    ).toContain('Wegen der hohen Schulden sinkt die Wirtschaftsleistung der Insel deutlich.');
    const p = [
      'Wien – Die Ausstellung ist eröffnet. Die Künstlerin lenkt den Blick auf die Phänomene, die sie abbildet. Die Kritik ist begeistert.',
      'Wien – Die Ausstellung ist eröffnet. Die Leute akzeptieren pro 1.000 Einwohner zehn Asylwerber. Die Kritik ist begeistert.'
    ].flatMap(prompts);
    expect(p.filter((x) => /^(Auf die Phänomene|Pro 1\.000)/u.test(x))).toEqual([]);
  });
  it('negates a noun with its definite article after `sein` before the article', () => {
    const lie = statements(
      'Wien – Die Umfrage ist da. Die FPÖ ist derzeit die einzige Partei, die offensiv Neuwahlen fordert. Die anderen Parteien zögern.'
    ).find((c) => c.answer === false);
    expect(lie?.prompt).toBe(
      'Die FPÖ ist derzeit nicht die einzige Partei, die offensiv Neuwahlen fordert.'
    );
  });
  it('restates no sentence whose relative `das` disagrees with its noun (a misparse after a comma)', () => {
    const p = prompts(readFileSync(`${CORPUS_DIR}/news-de-2/111.txt`, 'utf8'));
    expect(p.filter((x) => /hätten das so gemacht/u.test(x))).toEqual([]);
  });
  it('swaps no member of a list for a false twin: the name put in is often said elsewhere to share the property', () => {
    const p = prompts(
      'Moskau – Die Software ist gefährlich. Analysen ergaben, dass Nutzer in Deutschland und Frankreich der höchsten Gefährdung ausgesetzt sind. Eine hohe Gefährdung besteht auch für Nutzer in Südafrika, Österreich, Italien, den USA, China und Indien. In Russland ist die Gefahr gering.'
    );
    expect(p.filter((x) => /Italien, den USA/u.test(x))).toEqual([]);
  });
  it('swaps no person of a list either (`Jürgen Drews, Andreas Vana und …`, which also lost its comma)', () => {
    // Since session 22 no name of a list of three or more is changed (blind rating 46 struck
    // one changed entry of a shortlist); before, the swapped name had also lost its comma.
    const p = prompts(readFileSync(`${CORPUS_DIR}/news-de-2/126.txt`, 'utf8'));
    expect(p.length).toBeGreaterThan(0);
    expect(p.filter((x) => x.startsWith('Stars für die erste Sendung'))).toEqual([]);
  });
  it('keeps `sowohl` with its subject when a phrase is put first (never `… Griss als auch Hofer`)', () => {
    const p = prompts(
      'Wien – Die Umfrage ist da. Sowohl die Grünen als auch die Liberalen haben im Mai deutlich zugelegt. Die Regierung verliert.'
    );
    expect(p).toContain('Im Mai haben sowohl die Grünen als auch die Liberalen deutlich zugelegt.');
  });
  it('takes no capitalised adverb the tagger read as a name for the subject (`Erstmals rutschte …`)', () => {
    const p = prompts(readFileSync(`${CORPUS_DIR}/news-de-2/118.txt`, 'utf8'));
    expect(p.filter((x) => / Erstmals /u.test(x))).toEqual([]);
  });
});

describe('session 11: a gist choice stands on its own', () => {
  it('takes a side fact that opens with a conjunction, points back or adds itself to another for leaning (raters struck `And playwrights …`, `this multilingual ability`, `also released`)', () => {
    for (const leaning of [
      'And playwrights David Eldridge, Rebecca Lenkiewicz and Owen McCafferty will fight it out for The Charles Wintour Award.',
      'Anti-virus firms speculate that this multilingual ability is helping the malicious program spread widely online.',
      'Four other important fixes were also released.',
      'Doch zurück zu den Goodies: Dank Bonifikationen können die Einkommen steigen.',
      'Damit hat sie sich beim Betriebsrat durchgesetzt.',
      'Wer ihnen dabei geholfen hat, soll er sagen.',
      'Die Opposition fordert ebenfalls eine Volksbefragung.',
      'Auch von namhaften Wissenschaftern kamen umgehend Reaktionen.',
      'Die weiteren Treffer erzielten Vidal und Sanchez.',
      'A further patch fixes a hole in Media Player.'
    ])
      expect(leansOnAnother(leaning)).toBe(true);
    for (const standing of [
      'Security firms are warning about a Windows virus disguising itself as an electronic Christmas card.',
      'Nur Langfilme stehen dieses Jahr keine auf dem Programm.',
      'The festival opens this week in Edinburgh.'
    ])
      expect(leansOnAnother(standing)).toBe(false);
  });
});

describe('session 12: statements and vocabulary a blind rating struck', () => {
  const docOf = (text: string, language: 'de' | 'en') => {
    const m = models[language];
    return buildDocument(analyse(text, language, m), m.lexicon, m.thesaurus, m.entities.names);
  };
  const statements = (text: string, language: 'de' | 'en') =>
    trueFalseKind
      .propose({ doc: docOf(text, language), pack: LANGUAGE_PACKS[language] })
      .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])])
      .map((c) => `${c.prompt} → ${String(c.answer)}`);

  it('makes no English statement false with `not` before a noun predicate, a list, a figure or a moved phrase (`was not a third`, `was not struck finally`)', () => {
    const p = statements(
      "Shares in the drinks firm Allied Domecq have risen on talk of a takeover. Pernod's last major purchase was a third of US giant Seagram. " +
        'Finally, a deal to turn the dome into a sport venue was struck. ' +
        'The heat source is a nuclear reactor, geothermal energy or waste heat in some cases. ' +
        'The packets are routed individually.',
      'en'
    );
    const lies = p.filter((x) => x.endsWith('→ false'));
    expect(lies.filter((x) => /was not a third|not struck|is not a nuclear/u.test(x))).toEqual([]);
    expect(lies).toContain('The packets are not routed individually. → false');
  });

  it('changes no figure that names a thing (`the 99 freeway` → `the 79 freeway`)', () => {
    const p = statements(
      'The neighborhood lies southwest of the 99 freeway in Fresno. The city council met on Monday. Residents want a new park.',
      'en'
    );
    expect(p.filter((x) => /\b(?!99)\d+ freeway/u.test(x))).toEqual([]);
  });

  it('gaps no figure that names a thing (`west of the ____ freeway`, `the ____ Whitbread`)', () => {
    const text = readFileSync(`${CORPUS_DIR}/news-en/007.txt`, 'utf8');
    const m = models.en;
    const d = buildDocument(analyse(text, 'en', m), m.lexicon, m.thesaurus, m.entities.names);
    const gaps = clozeKind.propose({ doc: d, pack: LANGUAGE_PACKS.en }).map((c) => c.prompt);
    expect(gaps.filter((x) => /____ Whitbread/u.test(x))).toEqual([]);
  });

  it('keeps `too` before an adjective in what a clause says (never `is small to be shown`)', () => {
    const d = docOf(
      'The Holocene is too small to be shown clearly on the third timeline. The fourth scale expands it.',
      'en'
    );
    const info = d.sentences[0]!;
    const clause = info.clauses.find((c) => c.predicate.form === 'small')!;
    expect(coreIds(info, clause).map((id) => info.s.words[id - 1]!.form)).toContain('too');
  });

  it('asks nothing of a clause with a stray relative pronoun (`When was the name oxygen coined, whose experiments …?`)', () => {
    const text =
      'The name oxygen was coined in 1777 by Antoine Lavoisier, whose experiments with oxygen helped to discredit the phlogiston theory. Oxygen is a gas. Chemists study it.';
    const wh = whKind
      .propose({ doc: docOf(text, 'en'), pack: LANGUAGE_PACKS.en })
      .map((c) => c.prompt);
    expect([...wh, ...statements(text, 'en')].filter((x) => /coined, whose/u.test(x))).toEqual([]);
  });

  it('explains no word by one ending on the same noun (`Stieftochter` → `Ziehtochter`)', () => {
    const d = docOf(readFileSync(`${CORPUS_DIR}/news-de-2/123.txt`, 'utf8'), 'de');
    const items = meaningKind
      .propose({ doc: d, pack: LANGUAGE_PACKS.de })
      .map((c) => `${c.prompt} → ${String(c.answer)}`);
    expect(items.filter((x) => /Stieftochter“ in.*→ \p{L}*tochter$/su.test(x))).toEqual([]);
  });
});

describe('session 12: who-questions offer people as alternatives', () => {
  const asked = (text: string, language: 'de' | 'en') => {
    const m = models[language];
    const doc = buildDocument(analyse(text, language, m), m.lexicon, m.thesaurus, m.entities.names);
    return whKind
      .propose({ doc, pack: LANGUAGE_PACKS[language] })
      .filter((c) => c.type === 'multiple-choice')
      .map((c) => `${c.prompt} → ${String(c.answer)} | ${(c.choices ?? []).join(' | ')}`);
  };

  it('takes no thing with a name further on for a person (`El Guerrouj’s record`, `a verdict from the Greek Athletics Federation`)', () => {
    const q = asked(readFileSync(`${CORPUS_DIR}/news-en/016.txt`, 'utf8'), 'en').concat(
      asked(readFileSync(`${CORPUS_DIR}/news-en/015.txt`, 'utf8'), 'en')
    );
    expect(q.filter((x) => /^Who /u.test(x) && /record|verdict/u.test(x))).toEqual([]);
  });

  it('offers no name the text gives with the answer’s noun as its title (`FPÖ-Kandidat Norbert Hofer` for `der FPÖ-Kandidat`)', () => {
    const q = asked(readFileSync(`${CORPUS_DIR}/news-de-2/102.txt`, 'utf8'), 'de');
    const hofer = q.filter((x) => x.includes('→ der FPÖ-Kandidat |'));
    expect(hofer.filter((x) => /FPÖ-Kandidat Norbert Hofer/u.test(x))).toEqual([]);
  });

  it('asks no German one-word answer that is no noun (`Was geht der Tatbeweis? Verloren`)', () => {
    const q = asked(readFileSync(`${CORPUS_DIR}/news-de-2/125.txt`, 'utf8'), 'de');
    expect(q.filter((x) => /→ Verloren /u.test(x))).toEqual([]);
  });
});

describe('session 12: a plural subject is asked with a singular question word', () => {
  const asked = (text: string) => {
    const m = models.de;
    const doc = buildDocument(analyse(text, 'de', m), m.lexicon, m.thesaurus, m.entities.names);
    return whKind
      .propose({ doc, pack: LANGUAGE_PACKS.de })
      .map((c) => `${c.prompt} → ${String(c.answer)}`);
  };

  it('puts the verb into the singular (`Wer will …?`, never `Wer wollen …?`; plural subjects were never asked)', () => {
    const q = asked(
      'Graz – Die Landesregierung steht unter Druck. ÖVP und Grüne wollen bis 2018 durchhalten. Die Opposition fordert Neuwahlen im Herbst.'
    );
    expect(q.some((x) => /^Wer will bis 2018 durchhalten\? → ÖVP und Grüne$/u.test(x))).toBe(true);
    expect(q.filter((x) => /^Wer wollen/u.test(x))).toEqual([]);
  });

  it('asks no plural subject whose second verb would stay plural (`Wer deklassierte Bolivien … und sind …?`)', () => {
    const q = asked(readFileSync(`${CORPUS_DIR}/news-de/022.txt`, 'utf8'));
    expect(q.filter((x) => /^Wer deklassierte.* sind /u.test(x))).toEqual([]);
  });
});

describe('session 12: a common noun phrase is typed, not chosen among random phrases', () => {
  const m = models.de;
  const docOf = (text: string) =>
    buildDocument(analyse(text, 'de', m), m.lexicon, m.thesaurus, m.entities.names);

  it('asks `die Polizei` as a short answer that accepts `Polizei` (alternatives like `der Schlaf` for a sleep researcher were struck)', () => {
    const d = docOf(
      'Stuttgart – In der Nacht explodierte eine Granate vor einem Heim. Die Polizei korrigierte am Morgen frühere Angaben. Der Bürgermeister zeigte sich erschüttert. Die Ermittler suchen Zeugen.'
    );
    const police = whKind
      .propose({ doc: d, pack: LANGUAGE_PACKS.de })
      .filter((c) => /^Wer korrigierte/u.test(c.prompt));
    expect(police.length).toBeGreaterThan(0);
    for (const c of police) {
      expect(c.type).toBe('short-answer');
      expect(c.answer).toBe('die Polizei');
      expect(c.accept).toContain('Polizei');
    }
  });

  it('gives no answer away in a gist choice (`Was stellt einen frühen Test … dar?` next to the choice that says it)', () => {
    const text = readFileSync(
      new URL('../../../../questions/hikvision-kanada.de.txt', import.meta.url),
      'utf8'
    );
    const set = generateQuestionSet(text, { models, language: 'de', id: 'bundled' });
    const gist = set.questions.find((q) => q.kind === 'gist');
    const choices = gist?.type === 'multiple-choice' ? gist.choices : [];
    expect(choices.some((c) => /frühen Test/u.test(c))).toBe(true);
    const typed = set.questions.filter((q) => q.type === 'short-answer');
    expect(typed.filter((q) => /frühen Test/u.test(q.prompt))).toEqual([]);
  });
});

describe('session 12: a typed answer names something of its own', () => {
  const m = models.de;
  const asked = (text: string) =>
    whKind
      .propose({
        doc: buildDocument(analyse(text, 'de', m), m.lexicon, m.thesaurus, m.entities.names),
        pack: LANGUAGE_PACKS.de
      })
      .map((c) => `${c.prompt} → ${String(c.answer)}`);

  it('asks no generic group (`Wer erwartet …? Experten`, `Wer kann …? Kunden`)', () => {
    const q = asked(
      'Wien – Apple stellt am Montag neue Geräte vor. Experten erwarten keine ganz neue Gerätegeneration. Die Kunden können sofort einen neuen Tarif nutzen. Der Konzern schweigt.'
    );
    expect(q.filter((x) => /→ (die )?(Experten|Kunden)$/u.test(x))).toEqual([]);
  });

  it('asks not for the thing the whole text is about (`Was kann … essen? Rippenquallen`)', () => {
    const text = readFileSync(`${CORPUS_DIR}/xquad/de.json`, 'utf8');
    const item = (JSON.parse(text) as { id: string; context: string }[]).find(
      (x) => x.id === 'xquad.de/17/0'
    )!;
    expect(asked(item.context).filter((x) => /→ Rippenquallen$/u.test(x))).toEqual([]);
  });

  it('keeps `so` with the source it names (`…, so der Landeshauptmann`, never `…, der Landeshauptmann`)', () => {
    const d = buildDocument(
      analyse(
        'Eisenstadt – Die Europäische Union hat in der Asylfrage bis jetzt versagt, so der Landeshauptmann. Er fordert Hilfe.',
        'de',
        m
      ),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const info = d.sentences.find((i) => /versagt/u.test(i.s.text))!;
    const clause = info.clauses.find((c) => c.main)!;
    const kept = coreIds(info, clause).map((id) => info.s.words[id - 1]!.form);
    if (kept.includes('Landeshauptmann')) expect(kept).toContain('so');
  });
});

describe('session 12: gaps and statements blind rating 31 struck', () => {
  const docOf = (text: string, language: 'de' | 'en') => {
    const m = models[language];
    return buildDocument(analyse(text, language, m), m.lexicon, m.thesaurus, m.entities.names);
  };

  it('gaps no part of a name (`Van der ____`, `an der ____ Wien`)', () => {
    const gaps = clozeKind
      .propose({
        doc: docOf(readFileSync(`${CORPUS_DIR}/news-de-2/102.txt`, 'utf8'), 'de'),
        pack: LANGUAGE_PACKS.de
      })
      .concat(
        clozeKind.propose({
          doc: docOf(readFileSync(`${CORPUS_DIR}/news-de-2/120.txt`, 'utf8'), 'de'),
          pack: LANGUAGE_PACKS.de
        })
      )
      .map((c) => c.prompt);
    expect(gaps.filter((p) => /Van der ____|____ Wien/u.test(p))).toEqual([]);
  });

  it('makes no statement false with `not` when its subject counts only some (`Some countries have not tried …`)', () => {
    const statements = trueFalseKind
      .propose({
        doc: docOf(readFileSync(`${CORPUS_DIR}/news-en/004.txt`, 'utf8'), 'en'),
        pack: LANGUAGE_PACKS.en
      })
      .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])])
      .map((c) => c.prompt);
    expect(statements.filter((p) => /^Some countries have not/u.test(p))).toEqual([]);
  });

  it('states no comparison that lost its other half (`Dominic Thiem ist umso glücklicher.`)', () => {
    const statements = trueFalseKind
      .propose({
        doc: docOf(readFileSync(`${CORPUS_DIR}/news-de-2/115.txt`, 'utf8'), 'de'),
        pack: LANGUAGE_PACKS.de
      })
      .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])])
      .map((c) => c.prompt);
    expect(statements.filter((p) => /\bumso\b/u.test(p))).toEqual([]);
  });
});

describe('session 12: no gap on one figure of a table of numbers', () => {
  it('gaps no figure of a sentence with three or more (`114 Anfragen …, von der ÖVP 50. Dazu kommen ____ Anfragen`)', () => {
    const m = models.de;
    const d = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/news-de/002.txt`, 'utf8'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const gaps = clozeKind.propose({ doc: d, pack: LANGUAGE_PACKS.de }).map((c) => c.prompt);
    expect(gaps.filter((p) => /Dazu kommen ____ Anfragen/u.test(p))).toEqual([]);
  });
});

describe('session 13: garbled questions from misparses (blind rating 31)', () => {
  const docOf = (text: string, language: 'de' | 'en') => {
    const m = models[language];
    return buildDocument(analyse(text, language, m), m.lexicon, m.thesaurus, m.entities.names);
  };
  const corpusText = (path: string) => readFileSync(`${CORPUS_DIR}/${path}`, 'utf8');
  const xquadText = (language: 'de' | 'en', id: string) =>
    (JSON.parse(corpusText(`xquad/${language}.json`)) as { id: string; context: string }[]).find(
      (x) => x.id === id
    )!.context;
  const whPrompts = (text: string, language: 'de' | 'en') =>
    whKind
      .propose({ doc: docOf(text, language), pack: LANGUAGE_PACKS[language] })
      .map((c) => c.prompt);

  it('asks no German passive the parse gave an accusative object (`Was wurden … durch den Vertrag von Rom geschaffen? 1957 und den Vertrag von Maastricht 1992`, session 26)', () => {
    const prompts = whPrompts(xquadText('de', 'xquad.de/15/0'), 'de');
    expect(prompts.filter((p) => /^Was wurden/u.test(p))).toEqual([]);
    expect(prompts.length).toBeGreaterThan(0);
  });

  it('puts a reflexive pronoun right after the verb when the question word is the subject (`Wer konnte nur sich …`)', () => {
    const prompts = whPrompts(corpusText('news-de-2/125.txt'), 'de');
    expect(prompts.filter((p) => /konnte nur sich/u.test(p))).toEqual([]);
    expect(
      prompts.some((p) => /^Wer konnte sich (nur )?die kostspieligen Produktionen/u.test(p))
    ).toBe(true);
  });

  it("moves no pronoun of a relative clause into the question's main clause (`Wen muss sich …, der mit Leistenproblemen plagt?`)", () => {
    const prompts = whKind
      .propose({ doc: docOf(corpusText('news-de/021.txt'), 'de'), pack: LANGUAGE_PACKS.de })
      .flatMap((c) => [c.prompt]);
    const cards = cardsKind
      .propose({ doc: docOf(corpusText('news-de/021.txt'), 'de'), pack: LANGUAGE_PACKS.de })
      .map((c) => c.prompt);
    expect([...prompts, ...cards].filter((p) => /der mit Leistenproblemen plagt/u.test(p))).toEqual(
      []
    );
  });

  it('asks nothing on a participle the parse made the main verb under a modal (`Was soll … ursprünglich vorgesehen wieder …`)', () => {
    const prompts = whPrompts(corpusText('news-de/011.txt'), 'de');
    expect(prompts.filter((p) => /ursprünglich vorgesehen wieder/u.test(p))).toEqual([]);
  });

  it('asks nothing on a capitalised word the parse made the verb (`What Gottfried Semper, at the request of Cole in 1855?`)', () => {
    const prompts = whPrompts(xquadText('en', 'xquad.en/23/0'), 'en');
    expect(prompts.filter((p) => /^What Gottfried/u.test(p))).toEqual([]);
  });

  it('reads a word that opened its sentence, capitalised inside a restatement, as garbled (`wirkte sich Mildernd …`, `Was ist Angeblich …`)', () => {
    const m = models.de;
    const reread = makeRereader('de', m);
    const context = { lexicon: m.lexicon!, isNameWord: (w: string) => w === 'kurz' };
    const garbled = (t: string) => garbledReason(reread(t), 'de', context);
    expect(
      garbled('Laut Pfeiffer wirkte sich Mildernd in der Berechnung die schwierige Lage aus.')
    ).toBeDefined();
    expect(
      garbled('Was ist Angeblich nämlich etliche der Mitarbeiter zugute gekommen?')
    ).toBeDefined();
    expect(garbled('Wer Besucht eine entsprechende Seite?')).toBeDefined();
    // Names, nouns made of adjectives and the adjectives of a name keep their capitals.
    expect(garbled('Was hat Kurz am Montag angekündigt?')).toBeUndefined();
    expect(garbled('Was zeigt sowohl Experimentelles wie auch Fabeln?')).toBeUndefined();
    expect(garbled('Wer hat im Allgemeinen recht?')).toBeUndefined();
    expect(garbled('Wer leitet das Rote Kreuz?')).toBeUndefined();
  });

  it('keeps the particle of a separable verb that closes its clause before a colon (`Wer teilte … den Rückzug des 72-Jährigen?`)', () => {
    const prompts = whPrompts(corpusText('news-de-2/121.txt'), 'de');
    const rueckzug = prompts.filter((p) => /Rückzug des 72-Jährigen/u.test(p));
    expect(rueckzug.length).toBeGreaterThan(0);
    for (const p of rueckzug) expect(p).toMatch(/ mit\?$/u);
  });
});

describe('session 13: vocabulary keys from a loose group of related words', () => {
  it('asks no meaning whose synonyms are a field of a dozen related words (`Finanzierung` → `Barkredit`)', () => {
    const m = models.de;
    const contexts = JSON.parse(readFileSync(`${CORPUS_DIR}/xquad/de.json`, 'utf8')) as {
      id: string;
      context: string;
    }[];
    const doc = buildDocument(
      analyse(contexts.find((x) => x.id === 'xquad.de/3/0')!.context, 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const asked = meaningKind.propose({ doc, pack: LANGUAGE_PACKS.de }).map((c) => c.answer);
    expect(asked).not.toContain('Barkredit');
  });
});

describe('session 13: typed names and kept complements (blind rating 31)', () => {
  const docOf = (text: string, language: 'de' | 'en') => {
    const m = models[language];
    return buildDocument(analyse(text, language, m), m.lexicon, m.thesaurus, m.entities.names);
  };
  const corpusText = (path: string) => readFileSync(`${CORPUS_DIR}/${path}`, 'utf8');
  const whOfText = (text: string, language: 'de' | 'en') =>
    whKind.propose({ doc: docOf(text, language), pack: LANGUAGE_PACKS[language] });

  it('accepts the name without its title or the full name for a surname (`Staatsanwalt Philipp Trebuch`, `Dr Fox`)', () => {
    const trebuch = whOfText(corpusText('news-de/016.txt'), 'de').find(
      (c) => c.answer === 'Staatsanwalt Philipp Trebuch'
    );
    expect(trebuch?.accept).toEqual(expect.arrayContaining(['Philipp Trebuch', 'Trebuch']));
    const fox = whOfText(corpusText('news-en/011.txt'), 'en').find((c) => c.answer === 'Dr Fox');
    expect(fox?.accept).toEqual(expect.arrayContaining(['Fox']));
  });

  it('accepts no part of a phrase that only ends on a name (`Analysen von Kaspersky Lab` → `Lab`)', () => {
    const typed = whOfText(corpusText('news-de/027.txt'), 'de').filter((c) =>
      /Kaspersky Lab$/u.test(String(c.answer))
    );
    expect(typed.filter((c) => (c.accept ?? []).includes('Lab'))).toEqual([]);
  });

  it('asks about an everyday plural opening its sentence as a group, not with names (`Who thronged to Wittenberg?` with `England`, `Freedom`)', () => {
    const contexts = JSON.parse(corpusText('xquad/en.json')) as { id: string; context: string }[];
    const asked = whOfText(contexts.find((x) => x.id === 'xquad.en/6/0')!.context, 'en').filter(
      (c) => c.answer === 'Students'
    );
    expect(asked.filter((c) => c.type === 'multiple-choice')).toEqual([]);
  });

  it('keeps what a verb decides (`The Kenyan coaching team will not now decide.` lost `whether …`)', () => {
    const statements = trueFalseKind
      .propose({ doc: docOf(corpusText('news-en/013.txt'), 'en'), pack: LANGUAGE_PACKS.en })
      .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])])
      .map((c) => c.prompt);
    expect(statements.filter((p) => /decide\.$/u.test(p))).toEqual([]);
  });
});

describe('session 13: referents, gist and quotations blind rating 31 struck', () => {
  const docOf = (text: string, language: 'de' | 'en') => {
    const m = models[language];
    return buildDocument(analyse(text, language, m), m.lexicon, m.thesaurus, m.entities.names);
  };
  const corpusText = (path: string) => readFileSync(`${CORPUS_DIR}/${path}`, 'utf8');

  it('puts no singular name for `they` (`PC affect Windows programs`)', () => {
    const statements = trueFalseKind
      .propose({ doc: docOf(corpusText('news-en/019.txt'), 'en'), pack: LANGUAGE_PACKS.en })
      .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])])
      .map((c) => c.prompt);
    expect(statements.filter((p) => /^PC affect/u.test(p))).toEqual([]);
  });

  it('offers no gist for a text that opens on its figures (`The following four timelines show …`)', () => {
    const contexts = JSON.parse(corpusText('xquad/en.json')) as { id: string; context: string }[];
    const gist = gistKind.propose({
      doc: docOf(contexts.find((x) => x.id === 'xquad.en/21/0')!.context, 'en'),
      pack: LANGUAGE_PACKS.en
    });
    expect(gist).toEqual([]);
  });

  it('asks about no quotation that points back or holds quotation marks (`That was my last decent year`)', () => {
    const quoted = ['news-en/014.txt', 'news-en/012.txt'].flatMap((path) =>
      speechKind
        .propose({ doc: docOf(corpusText(path), 'en'), pack: LANGUAGE_PACKS.en })
        .map((c) => c.prompt)
    );
    expect(quoted.filter((p) => /That was my last decent year|“put up with”/u.test(p))).toEqual([]);
  });
});

describe('session 13: word banks', () => {
  it('offers no verb among nouns (`Atomkernen / aufzuheizen / Einschlussstudien`)', () => {
    const m = models.de;
    const banks = ['news-de/031.txt'].flatMap((path) =>
      clozeKind
        .propose({
          doc: buildDocument(
            analyse(readFileSync(`${CORPUS_DIR}/${path}`, 'utf8'), 'de', m),
            m.lexicon,
            m.thesaurus,
            m.entities.names
          ),
          pack: LANGUAGE_PACKS.de
        })
        .flatMap((c) => c.wordBank ?? [])
    );
    expect(banks.length).toBeGreaterThan(0);
    expect(banks).not.toContain('aufzuheizen');
  });
});

describe('session 13: focus and contrast (blind rating 32)', () => {
  const whPrompts = (path: string) => {
    const m = models.de;
    const doc = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/${path}`, 'utf8'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    return whKind.propose({ doc, pack: LANGUAGE_PACKS.de }).map((c) => c.prompt);
  };

  it('cuts a focus particle with the connective it focuses (`Nur so konnte sich Servus TV …` never `Wer konnte sich nur die … leisten?`)', () => {
    const prompts = whPrompts('news-de-2/125.txt');
    expect(prompts.filter((p) => /konnte sich nur die kostspieligen/u.test(p))).toEqual([]);
    expect(prompts).toContain('Wer konnte sich die kostspieligen Produktionen leisten?');
  });

  it('asks nothing on the negated half of `nicht A, sondern B` (`Wer nimmt sich … keineswegs per Fotografie an?`)', () => {
    expect(whPrompts('news-de/036.txt').filter((p) => /keineswegs/u.test(p))).toEqual([]);
  });
});

describe('session 13: English word banks (blind ratings 32 and 33)', () => {
  const gapsOf = (text: string) => {
    const m = models.en;
    const doc = buildDocument(analyse(text, 'en', m), m.lexicon, m.thesaurus, m.entities.names);
    return clozeKind.propose({ doc, pack: LANGUAGE_PACKS.en });
  };
  const xquad = (id: string) =>
    (
      JSON.parse(readFileSync(`${CORPUS_DIR}/xquad/en.json`, 'utf8')) as {
        id: string;
        context: string;
      }[]
    ).find((x) => x.id === id)!.context;

  it('offers among nouns only words the text uses as nouns (`career / commentary / speak`)', () => {
    const banks = gapsOf(xquad('xquad.en/6/0')).flatMap((c) => c.wordBank ?? []);
    expect(banks).not.toContain('speak');
  });

  it('gaps no verb the tagger read as a plural noun (`The Amazon ____ over half …`: represents)', () => {
    const represents = gapsOf(xquad('xquad.en/16/0')).filter((c) => c.answer === 'represents');
    // (A verb gap on it offers verbs.)
    expect(represents.filter((c) => (c.wordBank ?? []).includes('kilometres'))).toEqual([]);
  });

  it('gaps and offers no body or sex word (`breasts` from a report on abuse)', () => {
    const banks = gapsOf(readFileSync(`${CORPUS_DIR}/news-en/012.txt`, 'utf8')).flatMap(
      (c) => c.wordBank ?? []
    );
    expect(banks.length).toBeGreaterThan(0);
    expect(banks.filter((w) => /^(breasts|melons)$/u.test(w))).toEqual([]);
  });
});

describe('session 13: English statements', () => {
  const statementsOf = (path: string) => {
    const m = models.en;
    const doc = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/${path}`, 'utf8'), 'en', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    return trueFalseKind
      .propose({ doc, pack: LANGUAGE_PACKS.en })
      .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])])
      .map((c) => c.prompt);
  };

  it('negates with the base form (`does not fixe` of `fixes`)', () => {
    expect(statementsOf('news-en/019.txt').filter((p) => /\bnot fixe\b/u.test(p))).toEqual([]);
  });

  it('states nothing that adds itself to something said before (`Four other important fixes were released.`)', () => {
    expect(statementsOf('news-en/019.txt').filter((p) => /\b(other|further)\b/u.test(p))).toEqual(
      []
    );
  });
});

describe('session 13: answers and prompts a misparse left', () => {
  const whOf = (path: string) => {
    const m = models.de;
    const doc = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/${path}`, 'utf8'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    return whKind.propose({ doc, pack: LANGUAGE_PACKS.de });
  };

  it('asks no verb of saying without what was said (`Was besagt nach STANDARD-Infos?`)', () => {
    expect(whOf('news-de-2/127.txt').filter((c) => /^Was besagt/u.test(c.prompt))).toEqual([]);
  });

  it('gives no answer that opens with the verb’s adverb (`umgehend Reaktionen`)', () => {
    expect(whOf('news-de-2/121.txt').filter((c) => /^umgehend/u.test(String(c.answer)))).toEqual(
      []
    );
  });

  it('reads an article and an adjective without their noun as garbled (`im jüngsten im Viertelfinal-Heimspiel`)', () => {
    const reread = makeRereader('de', models.de);
    expect(
      garbledReason(
        reread('Was ging im jüngsten im Viertelfinal-Heimspiel als Sieger vom Feld?'),
        'de'
      )
    ).toBeDefined();
    expect(garbledReason(reread('Wer spielte am besten im Team?'), 'de')).toBeUndefined();
    expect(
      garbledReason(
        reread('Wer rechnet mit dem Rückgang der iPhone-Verkäufe seit dem Start?'),
        'de'
      )
    ).toBeUndefined();
  });
});

describe('session 13: English agreement and quotation pieces', () => {
  const docOf = (text: string) => {
    const m = models.en;
    return buildDocument(analyse(text, 'en', m), m.lexicon, m.thesaurus, m.entities.names);
  };
  const corpusText = (path: string) => readFileSync(`${CORPUS_DIR}/${path}`, 'utf8');

  it('negates no statement whose subject counts all (`Every arm of government does not seem …`)', () => {
    const statements = trueFalseKind
      .propose({ doc: docOf(corpusText('news-en/010.txt')), pack: LANGUAGE_PACKS.en })
      .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])])
      .map((c) => c.prompt);
    expect(statements.filter((p) => /^Every\b.*\bnot\b/u.test(p))).toEqual([]);
  });

  it('asks no singular `What is …?` of a plural noun after a copula (`What is cydippids with …?`)', () => {
    const contexts = JSON.parse(corpusText('xquad/en.json')) as { id: string; context: string }[];
    const prompts = whKind
      .propose({
        doc: docOf(contexts.find((x) => x.id === 'xquad.en/17/0')!.context),
        pack: LANGUAGE_PACKS.en
      })
      .map((c) => c.prompt);
    expect(prompts.filter((p) => /^What is cydippids/u.test(p))).toEqual([]);
  });

  it('gaps no piece of a quotation cut off from its opening mark (`The process was ____ and muddled.”`)', () => {
    const prompts = clozeKind
      .propose({ doc: docOf(corpusText('news-en/010.txt')), pack: LANGUAGE_PACKS.en })
      .map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /and muddled\.”$/u.test(p))).toEqual([]);
  });
});

describe('session 13: Was for a thing of a kind', () => {
  it('asks `Was ist eines der ältesten Viertel der Stadt?`, never `Wer …?`', () => {
    const m = models.de;
    const contexts = JSON.parse(readFileSync(`${CORPUS_DIR}/xquad/de.json`, 'utf8')) as {
      id: string;
      context: string;
    }[];
    const doc = buildDocument(
      analyse(contexts.find((x) => x.id === 'xquad.de/18/0')!.context, 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const prompts = whKind.propose({ doc, pack: LANGUAGE_PACKS.de }).map((c) => c.prompt);
    expect(prompts.filter((p) => /^Wer ist eines der ältesten Viertel/u.test(p))).toEqual([]);
    expect(prompts).toContain('Was ist eines der ältesten Viertel der Stadt?');
  });
});

describe('session 13: gist of a teaser lead', () => {
  it('takes no riddle lead as the gist (`Was arbeitsamen Radioredakteuren nachgesagt wird, …`)', () => {
    const m = models.de;
    const doc = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/news-de/042.txt`, 'utf8'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const keys = gistKind.propose({ doc, pack: LANGUAGE_PACKS.de }).map((c) => String(c.answer));
    expect(keys.filter((k) => /^Was arbeitsamen/u.test(k))).toEqual([]);
  });
});

describe('session 13: prompts blind rating 34 still struck', () => {
  it('reads `has` before a word no participle ends like as garbled (`Who added that he has proof the authorities?`)', () => {
    const reread = makeRereader('en', models.en);
    expect(
      garbledReason(reread('Who added that he has proof the authorities?'), 'en')
    ).toBeDefined();
    for (const fine of ['Who has taken the lead?', 'Who has put the plan forward?'])
      expect(garbledReason(reread(fine), 'en')).toBeUndefined();
  });

  it('cuts no name at the answer’s edge (`Was war Theater (1922-26) …? Das Wojciech Bogusławski`)', () => {
    const m = models.de;
    const contexts = JSON.parse(readFileSync(`${CORPUS_DIR}/xquad/de.json`, 'utf8')) as {
      id: string;
      context: string;
    }[];
    const doc = buildDocument(
      analyse(contexts.find((x) => x.id === 'xquad.de/1/0')!.context, 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const answers = whKind.propose({ doc, pack: LANGUAGE_PACKS.de }).map((c) => String(c.answer));
    expect(answers).not.toContain('Das Wojciech Bogusławski');
  });
});

describe('session 13: a leading body is asked with Wer', () => {
  it('asks `Wer will den Verkaufsprozess … einleiten? die ORF-Führung`, never `Was …`', () => {
    const m = models.de;
    const doc = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/news-de/042.txt`, 'utf8'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const asked = whKind
      .propose({ doc, pack: LANGUAGE_PACKS.de })
      .filter((c) => c.answer === 'die ORF-Führung');
    expect(asked.length).toBeGreaterThan(0);
    for (const c of asked) expect(c.prompt).toMatch(/^Wer /u);
    // … while a thing named like one stays a thing.
    expect(LANGUAGE_PACKS.de.isAgentNoun('Einführung')).toBe(false);
    expect(LANGUAGE_PACKS.de.isAgentNoun('Wasserleitung')).toBe(false);
  });
});

describe('session 15: the gist of a short text', () => {
  const paragraph = (language: 'de' | 'en', id: string) => {
    const m = models[language];
    const contexts = JSON.parse(readFileSync(`${CORPUS_DIR}/xquad/${language}.json`, 'utf8')) as {
      id: string;
      context: string;
    }[];
    const doc = buildDocument(
      analyse(contexts.find((x) => x.id === id)!.context, language, m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    return gistKind.propose({ doc, pack: LANGUAGE_PACKS[language] });
  };

  it('asks the gist of a five-sentence paragraph, with side facts from the rest (short paragraphs got gaps on ordinary words instead)', () => {
    const [gist] = paragraph('en', 'xquad.en/9/0');
    expect(gist?.answer).toMatch(/^The centre-left Australian Labor Party/u);
    expect(gist?.choices).toHaveLength(4);
  });

  it('takes no detail of a short text for its gist (`Pro Bowl Defensive Tackle Kawann Short führte das Team …`)', () => {
    const answers = paragraph('de', 'xquad.de/0/0').map((c) => String(c.answer));
    expect(answers.filter((a) => /^Pro Bowl/u.test(a))).toEqual([]);
  });

  it('offers no gist for a text that opens on what follows (`Die nachfolgenden vier Zeitachsen …`)', () => {
    expect(paragraph('de', 'xquad.de/21/0')).toEqual([]);
  });
});

describe('session 15: what a question asks for', () => {
  const docOf = (text: string, language: 'de' | 'en') => {
    const m = models[language];
    return buildDocument(analyse(text, language, m), m.lexicon, m.thesaurus, m.entities.names);
  };

  it('takes no sentence-initial adverb the tagger read as a name for the subject (`Was rutschte …? Erstmals`)', () => {
    const doc = docOf(readFileSync(`${CORPUS_DIR}/news-de-2/118.txt`, 'utf8'), 'de');
    const answers = whKind.propose({ doc, pack: LANGUAGE_PACKS.de }).map((c) => String(c.answer));
    expect(answers.filter((a) => /^Erstmals$/iu.test(a))).toEqual([]);
  });

  it('swaps no organisation for one of another kind (`FBI bringt jetzt … das neue Modell` for Apple)', () => {
    const doc = docOf(readFileSync(`${CORPUS_DIR}/news-de-2/117.txt`, 'utf8'), 'de');
    const statements = trueFalseKind
      .propose({ doc, pack: LANGUAGE_PACKS.de })
      .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])])
      .map((c) => c.prompt);
    expect(statements.filter((p) => /^FBI /u.test(p))).toEqual([]);
  });

  it('swaps no place the name lists do not rank, which may contain the one asked (`in Kalifornien eingeladen` for `in Cupertino`)', () => {
    const doc = docOf(readFileSync(`${CORPUS_DIR}/news-de-2/117.txt`, 'utf8'), 'de');
    const cupertino = [...doc.entities.values()].find((e) => e.name === 'Cupertino');
    expect(cupertino?.type).toBe('LOC');
    expect(entityDistractors(doc, cupertino!.key, 'LOC', 'einladen')).not.toContain('Kalifornien');
  });

  it('asks for a building with Was/What, not Wer/Who (`Wer befand sich auf dem Gelände? das Brompton Park House`)', () => {
    const contexts = JSON.parse(readFileSync(`${CORPUS_DIR}/xquad/de.json`, 'utf8')) as {
      id: string;
      context: string;
    }[];
    const doc = docOf(contexts.find((x) => x.id === 'xquad.de/23/0')!.context, 'de');
    const asked = whKind
      .propose({ doc, pack: LANGUAGE_PACKS.de })
      .filter((c) => String(c.answer).endsWith('Brompton Park House'));
    expect(asked.length).toBeGreaterThan(0);
    for (const c of asked) expect(c.prompt).toMatch(/^Was /u);
  });

  it('restates no reported speech in the subjunctive I as a fact (`Steiner geht davon aus, dass …` for `Er gehe davon aus`)', () => {
    const doc = docOf(readFileSync(`${CORPUS_DIR}/news-de/001.txt`, 'utf8'), 'de');
    const statements = trueFalseKind
      .propose({ doc, pack: LANGUAGE_PACKS.de })
      .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])])
      .map((c) => c.prompt);
    expect(statements.filter((p) => /geht davon aus/u.test(p))).toEqual([]);
  });

  it('puts no guessed base form after `did` (`What did Davis compil?`)', () => {
    const contexts = JSON.parse(readFileSync(`${CORPUS_DIR}/xquad/en.json`, 'utf8')) as {
      id: string;
      context: string;
    }[];
    const doc = docOf(contexts.find((x) => x.id === 'xquad.en/0/0')!.context, 'en');
    const prompts = whKind.propose({ doc, pack: LANGUAGE_PACKS.en }).map((c) => c.prompt);
    expect(prompts.filter((p) => /\bcompil\b/u.test(p))).toEqual([]);
  });

  it('asks for no company by `der Konzern` (`Wer fürchtet, dass ein Präzedenzfall …? der Konzern`)', () => {
    const doc = docOf(readFileSync(`${CORPUS_DIR}/news-de-2/117.txt`, 'utf8'), 'de');
    const answers = whKind.propose({ doc, pack: LANGUAGE_PACKS.de }).map((c) => String(c.answer));
    expect(answers.filter((a) => /^der Konzern$/u.test(a))).toEqual([]);
  });
});

describe('session 16: subjects the analysis lost, people asked as people', () => {
  const docOf = (text: string, language: 'de' | 'en') => {
    const m = models[language];
    return buildDocument(analyse(text, language, m), m.lexicon, m.thesaurus, m.entities.names);
  };

  it('keeps a subject with a hyphen inside a word (`Der 22-jährige Turniersieger … setzte sich durch` had no clause to ask)', () => {
    const doc = docOf(
      'Der 22-jährige Turniersieger aus Wien gewann am Sonntag das Finale gegen Rafael Nadal.',
      'de'
    );
    const subjects = doc.sentences.flatMap((i) => i.clauses.map((c) => c.subject?.text));
    expect(subjects).toContain('Der 22-jährige Turniersieger aus Wien');
  });

  it('asks for a subject whose noun reads alike in both numbers (`Mitarbeiter eines Wachdienstes entdeckten …` went unasked)', () => {
    const doc = docOf(readFileSync(`${CORPUS_DIR}/news-de-2/105.txt`, 'utf8'), 'de');
    const answers = whKind.propose({ doc, pack: LANGUAGE_PACKS.de }).map((c) => String(c.answer));
    expect(answers).toContain('Mitarbeiter eines Wachdienstes');
  });

  it('asks for the people of a contest with Wer (`Was muss … vorgeben? Portugals Meister`)', () => {
    // (Since session 17 `Portugals Meister` is no key at all, a role standing for Benfica: the
    // question word is checked on the pack directly.)
    const doc = docOf(
      'Das Spiel beginnt am Abend. Der portugiesische Meister muss im Petrowski-Stadion drei Innenverteidiger vorgeben. Die Fans sind besorgt.',
      'de'
    );
    const info = doc.sentences[1]!;
    const clause = info.clauses.find((c) => c.main)!;
    const prompt = LANGUAGE_PACKS.de.whQuestion(doc, info, clause, {
      role: 'subject',
      phrase: clause.subject!
    });
    expect(prompt).toMatch(/^Wer muss/u);
  });

  it('changes no number inside a word of a description (`der 12-jährige Turniersieger` offered for `der 22-jährige`)', () => {
    const doc = docOf(readFileSync(`${CORPUS_DIR}/news-de-2/115.txt`, 'utf8'), 'de');
    const choices = whKind
      .propose({ doc, pack: LANGUAGE_PACKS.de })
      .flatMap((c) => c.choices ?? []);
    expect(choices.filter((c) => /jährige Turniersieger/u.test(c))).toEqual([]);
  });
});

describe('session 16: lists as subjects, descriptions not asked backwards', () => {
  const docOf = (text: string, language: 'de' | 'en') => {
    const m = models[language];
    return buildDocument(analyse(text, language, m), m.lexicon, m.thesaurus, m.entities.names);
  };

  it('asks for a list of names as the subject (`Slowenien, Kroatien und Mazedonien haben … nominiert` went unasked)', () => {
    const doc = docOf(
      'Die Regierung in Wien hat am Montag einen Plan vorgestellt. Slowenien, Kroatien und Mazedonien haben bereits ihre Kandidaten für den Posten des Generalsekretärs nominiert.',
      'de'
    );
    const answers = whKind.propose({ doc, pack: LANGUAGE_PACKS.de }).map((c) => String(c.answer));
    expect(answers).toContain('Slowenien, Kroatien und Mazedonien');
  });

  it('asks for no subject of a description (`Wer ist eine wild wuchernde Ansammlung …? Clothes, Music, Boys`)', () => {
    const doc = docOf(readFileSync(`${CORPUS_DIR}/news-de-2/123.txt`, 'utf8'), 'de');
    const prompts = whKind.propose({ doc, pack: LANGUAGE_PACKS.de }).map((c) => c.prompt);
    expect(prompts.filter((p) => /^(Wer|Was) ist eine /u.test(p))).toEqual([]);
  });
});

describe('session 16: word banks of one kind', () => {
  const banks = (file: string) => {
    const m = models.de;
    const doc = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/${file}`, 'utf8'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    return clozeKind.propose({ doc, pack: LANGUAGE_PACKS.de });
  };

  it('offers no word that is not one among verbs (`und-himmeln`, the rest of `Sternenhaufen und -himmeln`)', () => {
    const offered = banks('news-de/036.txt').flatMap((c) => c.wordBank ?? []);
    expect(offered.filter((w) => !/^[\p{L}\d ,.%–-]+$/u.test(w) || /^und-/u.test(w))).toEqual([]);
  });

  it('offers no sentence-opening word guessed as a compound among nouns (`Zweifelsohne`)', () => {
    const offered = banks('news-de-2/110.txt').flatMap((c) => c.wordBank ?? []);
    expect(offered).not.toContain('Zweifelsohne');
  });

  it('asks a season among the seasons (`stets im ____`: Herbst / Konzern / Preis / Streit)', () => {
    const gap = banks('news-de-2/117.txt').find((c) => c.answer === 'Herbst');
    expect(gap?.wordBank?.slice().sort()).toEqual(['Frühling', 'Herbst', 'Sommer', 'Winter']);
  });

  it('offers no person for a thing (`im ____` for `Vertrag` offered `ÖIAG-Chef`)', () => {
    const gap = banks('news-de-2/108.txt').find((c) => c.answer === 'Vertrag');
    expect(gap?.wordBank ?? []).not.toContain('ÖIAG-Chef');
  });
});

describe('session 16: reported speech read back', () => {
  it('reads a clause after a verb of saying as reported speech, not a second main clause (`Wo hatte Hunt … erklärt, Frauen sollten … tätig sein?` was dropped as garbled)', () => {
    const reread = makeRereader('de', models.de);
    const context = { lexicon: models.de.lexicon, isNameWord: () => false };
    expect(
      garbledReason(
        reread(
          'Wo hatte Hunt auf einer Fachkonferenz am 9. Juni erklärt, Frauen sollten in separaten Labors tätig sein?'
        ),
        'de',
        context
      )
    ).toBeUndefined();
    // Two sentences run together still read garbled.
    expect(
      garbledReason(
        reread('Was gibt der Anklagevertreter ab, das Urteil ist daher nicht rechtskräftig?'),
        'de',
        context
      )
    ).toBe('two main clauses joined by a comma');
  });
});

describe('session 16: a statement after a colon', () => {
  const whOf = (file: string) => {
    const m = models.de;
    const doc = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/${file}`, 'utf8'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    return whKind.propose({ doc, pack: LANGUAGE_PACKS.de });
  };

  it('asks the clause after a colon as a statement of its own (`Eines steht fest: Elisabeth S. hat sich … den Knöchel gebrochen` went unasked)', () => {
    const asked = whOf('news-de/016.txt').filter((c) => /Knöchel gebrochen/u.test(c.prompt));
    expect(asked.map((c) => c.answer)).toContain('Elisabeth S.');
  });

  it('restates no report after a colon as a fact (`Sein Argument: Österreich habe im Vorjahr 90.000 Asylwerber aufgenommen`)', () => {
    const asked = whOf('news-de-2/110.txt').filter((c) => /90\.000 Asylwerber/u.test(c.prompt));
    expect(asked).toEqual([]);
  });
});

describe('session 16: a quotation in one piece', () => {
  it('asks a quotation the parse split in two as a whole (`who said: “I believe after my wins abroad and in our trial race in Sheffield”?`)', () => {
    const m = models.en;
    const doc = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/news-en/014.txt`, 'utf8'), 'en', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const prompts = speechKind
      .propose({ doc, pack: LANGUAGE_PACKS.en })
      .map((c) => c.prompt)
      .filter((p) => /I believe after my wins/u.test(p));
    expect(prompts.length).toBeGreaterThan(0);
    for (const p of prompts) expect(p).toMatch(/I can run my race/u);
  });
});

describe('session 16: keys that name what is meant', () => {
  const whOf = (file: string) => {
    const m = models.de;
    const doc = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/${file}`, 'utf8'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    return whKind.propose({ doc, pack: LANGUAGE_PACKS.de });
  };

  it('takes no role that only points back to a person for a key (`Wer hat … 28 Tore erzielt? der Hinspiel-Torschütze`)', () => {
    const answers = whOf('news-de/021.txt').map((c) => String(c.answer));
    expect(answers).not.toContain('der Hinspiel-Torschütze');
    // A body is an answer of its own.
    expect(whOf('news-de/001.txt').map((c) => String(c.answer))).toContain('die Polizei');
  });

  it('asks for a work by its title with Was, not Wen (`Wen wird Barbara Frey auf die Bühne bringen? den Roman Jakob von Gunten`)', () => {
    const prompts = whOf('news-de-2/122.txt').map((c) => c.prompt);
    expect(prompts.filter((p) => /^(Wen|Wer) wird Barbara Frey /u.test(p))).toEqual([]);
  });
});

describe('session 16: a reason among reasons of its kind, no remark of the writer', () => {
  const docOf = (file: string) => {
    const m = models.de;
    return buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/${file}`, 'utf8'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
  };

  it('cuts the writer’s remark on a whole clause from a question (`… von kleinen Widersprüchen, was nicht verwunderlich ist?`)', () => {
    const prompts = whKind
      .propose({ doc: docOf('news-de/016.txt'), pack: LANGUAGE_PACKS.de })
      .map((c) => c.prompt);
    expect(prompts.some((p) => /von kleinen Widersprüchen\?$/u.test(p))).toBe(true);
    expect(prompts.filter((p) => /was nicht verwunderlich/u.test(p))).toEqual([]);
  });

  it('offers no reason in reported speech beside a key in the indicative (`Weil hier … auftauchen` among `Weil man … verhandle`)', () => {
    const whys = whyKind.propose({ doc: docOf('news-de-2/110.txt'), pack: LANGUAGE_PACKS.de });
    for (const c of whys) {
      const reported = (t: string) => /\b(sei|werde|verhandle|habe)$/u.test(t);
      const key = reported(String(c.answer));
      for (const choice of c.choices ?? []) expect(reported(choice)).toBe(key);
    }
    expect(whys.flatMap((c) => c.choices ?? []).filter((t) => /könnte Es ist/u.test(t))).toEqual(
      []
    );
  });
});

describe('session 16: nothing the reader knows before reading, no half an action', () => {
  const whOf = (file: string, language: 'de' | 'en') => {
    const m = models[language];
    const doc = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/${file}`, 'utf8'), language, m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    return whKind.propose({ doc, pack: LANGUAGE_PACKS[language] });
  };

  it('takes no recurring thing of the lead for a key, under any of its names (`Was ist mit Sprengstoff gefüllt gewesen? die Granate` in a text on a Handgranate)', () => {
    const asked = whOf('news-de-2/105.txt', 'de').map((c) => String(c.answer));
    expect(asked).not.toContain('die Granate');
    // The actor the news is about stays an answer.
    expect(whOf('news-de/002.txt', 'de').map((c) => String(c.answer))).toContain('der Nationalrat');
  });

  it('asks for no action with a second one joined to it (`What does the information network allow farmers to do, and share experiences …?`)', () => {
    const prompts = whOf('news-en/018.txt', 'en').map((c) => c.prompt);
    expect(prompts.filter((p) => /to do, and share/u.test(p))).toEqual([]);
  });
});

describe('session 16: the tail of a text', () => {
  it('asks nothing from the least important two fifths of an article’s sentences beyond its minimum (`What grew by 8.5% in the year to March 2004?`, from the last sentence)', () => {
    for (const [file, language] of [
      ['news-en/004.txt', 'en'],
      ['news-de/001.txt', 'de'],
      ['news-de/011.txt', 'de']
    ] as const) {
      const text = readFileSync(`${CORPUS_DIR}/${file}`, 'utf8');
      const m = models[language];
      const doc = buildDocument(
        analyse(text, language, m),
        m.lexicon,
        m.thesaurus,
        m.entities.names
      );
      const tail = new Set(doc.ranked.slice(Math.max(5, Math.ceil(doc.ranked.length * 0.6))));
      const quiz = generateQuestionSet(text, { models, language }).questions.filter(
        (q) => q.type !== 'flashcard'
      );
      const fromTail = quiz.filter((q) => q.evidence.every((i) => tail.has(i)));
      if (quiz.length > 4)
        expect(
          fromTail.map((q) => q.prompt),
          file
        ).toEqual([]);
      expect(
        quiz.map((q) => q.prompt),
        file
      ).not.toContain('What grew by 8.5% in the year to March 2004?');
      // Nor a fact card (`When did the Indian economy grow by 8.5%?`), unless a deck of fewer
      // than four needs it.
      const deck = generateQuestionSet(text, { models, language }).questions.filter(
        (q) => q.type === 'flashcard'
      );
      const tailCards = deck.filter(
        (q) => q.type === 'flashcard' && q.card === 'fact' && q.evidence.every((i) => tail.has(i))
      );
      if (deck.length - tailCards.length >= 4)
        expect(
          tailCards.map((q) => q.prompt),
          file
        ).toEqual([]);
    }
  });
});

describe('session 16: `auch` pointing back', () => {
  it('cuts `auch` on the verb from a question (`Wer soll auch an der Grenze kontrollieren?`: besides whom?), never from `wie auch`', () => {
    const m = models.de;
    const doc = buildDocument(
      analyse(
        'Die Regierung plant neue Kontrollen in Wien. Die Polizei soll auch an der Grenze kontrollieren. Das Museum zeigt sowohl Gemälde wie auch Skulpturen aus Italien.',
        'de',
        m
      ),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const prompts = whKind.propose({ doc, pack: LANGUAGE_PACKS.de }).map((c) => c.prompt);
    expect(prompts).toContain('Wer soll an der Grenze kontrollieren?');
    const info = doc.sentences[2]!;
    const clause = info.clauses.find((c) => c.main)!;
    const kept = coreIds(info, clause).map((id) => info.s.words[id - 1]?.form);
    expect(kept).toContain('auch');
  });
});

describe('session 16: a byline is no fact', () => {
  it('offers no sentence with the author’s byline as a gist choice (`… orientieren.(András Szigetvari, 19.1.2016)`)', () => {
    const m = models.de;
    const doc = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/news-de/012.txt`, 'utf8'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const choices = gistKind
      .propose({ doc, pack: LANGUAGE_PACKS.de })
      .flatMap((c) => c.choices ?? []);
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.filter((c) => /Szigetvari/u.test(c))).toEqual([]);
  });
});

describe('session 16: the names a reader would type', () => {
  it('accepts a person’s name without the words before it that say who or whence (`Kenyan Bernard Lagat`: `Bernard Lagat`)', () => {
    const m = models.en;
    const doc = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/news-en/016.txt`, 'utf8'), 'en', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const lagat = whKind
      .propose({ doc, pack: LANGUAGE_PACKS.en })
      .filter((c) => c.type === 'short-answer' && String(c.answer) === 'Kenyan Bernard Lagat');
    expect(lagat.length).toBeGreaterThan(0);
    for (const c of lagat) expect(c.accept).toContain('Bernard Lagat');
  });
});

describe('session 17: side figures, verb banks, dates and shares without owner', () => {
  const docOf = (language: 'de' | 'en', text: string) => {
    const m = models[language];
    return buildDocument(analyse(text, language, m), m.lexicon, m.thesaurus, m.entities.names);
  };
  const corpusDoc = (language: 'de' | 'en', file: string) =>
    docOf(language, readFileSync(`${CORPUS_DIR}/${file}`, 'utf8'));
  const xquad = (id: string) =>
    (
      JSON.parse(readFileSync(`${CORPUS_DIR}/xquad/de.json`, 'utf8')) as {
        id: string;
        context: string;
      }[]
    ).find((x) => x.id === id)?.context ?? '';

  it('gaps no figure buried in a noun phrase (`sechs Umfragen … mit etwa ____ Teilnehmern`)', () => {
    const doc = corpusDoc('de', 'news-de/032.txt');
    const gaps = clozeKind.propose({ doc, pack: LANGUAGE_PACKS.de });
    expect(gaps.filter((c) => String(c.answer) === '600')).toEqual([]);
    // … while a figure the clause states is still one.
    const plain = docOf(
      'de',
      'Die Wirtschaft der Insel ist im vergangenen Jahr um 4,5 Prozent geschrumpft. Die Regierung sucht seit Monaten nach Geldgebern. Die Gläubiger verlangen harte Einschnitte.'
    );
    const figures = clozeKind
      .propose({ doc: plain, pack: LANGUAGE_PACKS.de })
      .filter((c) => /4,5 Prozent/u.test(String(c.answer)));
    expect(figures.length).toBeGreaterThan(0);
  });

  it('offers no verb of another frame in a verb gap (`____ zudem drei Fumbles`: not the verb-last `anführte`)', () => {
    const doc = docOf('de', xquad('xquad.de/0/0'));
    const banks = clozeKind
      .propose({ doc, pack: LANGUAGE_PACKS.de })
      .filter((c) => String(c.answer) === 'erzwang')
      .flatMap((c) => c.wordBank ?? []);
    expect(banks).not.toContain('anführte');
    const sleep = corpusDoc('de', 'news-de-2/119.txt');
    const entgehen = clozeKind
      .propose({ doc: sleep, pack: LANGUAGE_PACKS.de })
      .filter((c) => String(c.answer) === 'entgehen')
      .flatMap((c) => c.wordBank ?? []);
    expect(entgehen.filter((w) => /^(schlafen|arbeiten)$/u.test(w))).toEqual([]);
  });

  it('asks no date of a side sentence (`Wann hat Servus TV … erhalten?`, `When did the Indian economy grow by 8.5%?`)', () => {
    const servus = whKind.propose({
      doc: corpusDoc('de', 'news-de-2/125.txt'),
      pack: LANGUAGE_PACKS.de
    });
    expect(servus.filter((c) => /^Wann hat Servus TV/u.test(c.prompt))).toEqual([]);
    const india = whKind.propose({
      doc: corpusDoc('en', 'news-en/004.txt'),
      pack: LANGUAGE_PACKS.en
    });
    expect(india.filter((c) => /^When did the Indian economy grow/u.test(c.prompt))).toEqual([]);
  });

  it('asks and states nothing about a share without its owner (`Was liegt in Europa bei um die 90 Prozent? die Quote`)', () => {
    const doc = corpusDoc('de', 'news-de/012.txt');
    const asked = [
      ...whKind.propose({ doc, pack: LANGUAGE_PACKS.de }),
      ...trueFalseKind.propose({ doc, pack: LANGUAGE_PACKS.de })
    ];
    const quota = (c: Candidate) =>
      /\bQuote\b/u.test(c.prompt) || /^die Quote$/u.test(String(c.answer));
    expect(asked.filter(quota).map((c) => c.prompt)).toEqual([]);
  });
});

describe('session 17: counts asked as counts', () => {
  const propose = (language: 'de' | 'en', text: string) => {
    const m = models[language];
    const doc = buildDocument(analyse(text, language, m), m.lexicon, m.thesaurus, m.entities.names);
    return whKind.propose({ doc, pack: LANGUAGE_PACKS[language] }).map((c) => c.prompt);
  };

  it('asks a counted subject `Wie viele …?`, not `Wer …?` with a count for an answer (`Wer besuchte 450 Workshops? 9.500 Schüler`)', () => {
    const prompts = propose(
      'de',
      'Die Stadt hat ein neues Programm für Schulen gestartet. Im abgelaufenen Schuljahr besuchten 9.500 Schüler die Workshops der Stadt. Die Workshops sind kostenlos.'
    );
    expect(prompts.filter((p) => /^Wer besuchten?\b/u.test(p))).toEqual([]);
    expect(prompts).toContain(
      'Wie viele Schüler besuchten im abgelaufenen Schuljahr die Workshops der Stadt?'
    );
  });

  it('keeps the counted subject out of an English count question (`How many MPs did some 83 MPs give …?`)', () => {
    const prompts = propose(
      'en',
      'A new study looked at abuse in parliament. Some 83 MPs gave their answers in 100 hours of taped interviews for the study. The researchers published the results on Monday.'
    );
    expect(prompts.filter((p) => /^How many MPs did/u.test(p))).toEqual([]);
    expect(prompts).toContain(
      'How many MPs gave their answers in 100 hours of taped interviews for the study?'
    );
  });

  it('asks no count of one end of a range (`Wie viele Arten wurden nur 100- bisher bestätigt?`)', () => {
    const prompts = propose(
      'de',
      'Fast alle Rippenquallen sind Raubtiere. Nur 100-150 Arten wurden bisher bestätigt. Weitere Arten werden noch erforscht.'
    );
    expect(prompts.filter((p) => /\d-/u.test(p))).toEqual([]);
  });
});

describe('session 17: a teaser is no lead, a second no person', () => {
  it('reads a one-sentence first paragraph before a dateline as the title, and takes the gist from the lead (`Nachfolge-Sendung … startet am 12. September in Offenburg.`)', () => {
    const text =
      'Neue Show startet im September in Graz.\n\nWien – Die Verbindung von Tradition und Moderne ist die zentrale Botschaft der neuen Show, die am Dienstag in Wien vorgestellt wurde. Neben dem neuen Moderatorenteam wird es auch ein neues Bühnenbild geben. Die Live-Musik soll verstärkt werden. Die erste Sendung kommt aus Graz. Die Sendung läuft sechsmal im Jahr. Der Sender erwartet ein großes Publikum. Die Kritiker sind skeptisch. Die Musiker freuen sich auf die Show.';
    const m = models.de;
    const analysis = analyse(text, 'de', m);
    expect(analysis.sentences[0]?.role).toBe('title');
    const doc = buildDocument(analysis, m.lexicon, m.thesaurus, m.entities.names);
    const gist = gistKind.propose({ doc, pack: LANGUAGE_PACKS.de });
    expect(gist.length).toBe(1);
    for (const c of gist) {
      expect(String(c.answer)).toMatch(/^Die Verbindung von Tradition und Moderne/u);
      expect(c.choices ?? []).not.toContain('Neue Show startet im September in Graz.');
    }
  });

  it('asks a span of time `Wie lange …?`, and a `Sekunde` is no `Kunde` (`Wen dauerte das erste Plasma …? eine Zehntel-Sekunde`)', () => {
    const m = models.de;
    const doc = buildDocument(
      analyse(
        'Forscher haben die Anlage gebaut. Das erste Plasma in der Maschine dauerte eine Zehntel-Sekunde. Die Forscher waren zufrieden.',
        'de',
        m
      ),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const prompts = whKind.propose({ doc, pack: LANGUAGE_PACKS.de }).map((c) => c.prompt);
    expect(prompts.filter((p) => /^(Wen|Was) dauerte/u.test(p))).toEqual([]);
    expect(prompts).toContain('Wie lange dauerte das erste Plasma in der Maschine?');
  });
});

describe('session 17: second right answers and stray clauses', () => {
  const docOf = (language: 'de' | 'en', text: string) => {
    const m = models[language];
    return buildDocument(analyse(text, language, m), m.lexicon, m.thesaurus, m.entities.names);
  };

  it('asks no subject that `auch` marks as one of several (`Wer räumte auch ein Problem … ein?` while Faymann had too)', () => {
    const doc = docOf('de', readFileSync(`${CORPUS_DIR}/news-de-2/110.txt`, 'utf8'));
    const prompts = whKind.propose({ doc, pack: LANGUAGE_PACKS.de }).map((c) => c.prompt);
    // (Since session 21 `der Kanzler` is answered as Werner Faymann, the person the article is
    // about, and not asked: the text may offer no other question of this kind.)
    expect(doc.sentences.some((i) => /Auch Mitterlehner räumte/u.test(i.s.text))).toBe(true);
    expect(prompts.filter((p) => /^Wer räumte/u.test(p))).toEqual([]);
  });

  it('offers no choice the question itself names (`Wer wirft dem türkischen Präsidenten vor …?`: not the president)', () => {
    const doc = docOf('de', readFileSync(`${CORPUS_DIR}/news-de/007.txt`, 'utf8'));
    const accuses = whKind
      .propose({ doc, pack: LANGUAGE_PACKS.de })
      .filter((c) => /^Wer wirft dem türkischen Präsidenten vor/u.test(c.prompt));
    expect(accuses.length).toBeGreaterThan(0);
    for (const c of accuses)
      expect((c.choices ?? []).filter((x) => /Präsident/u.test(x))).toEqual([]);
  });

  it('leaves a conjoined clause with a subject of its own out of a question (`… geführt und es wurde … umbenannt?`)', () => {
    const doc = docOf(
      'de',
      'Das Museum wurde 1852 gegründet. Bis Februar 1854 wurden bereits Diskussionen über die Verlegung des Museums an den heutigen Standort geführt und es wurde in South Kensington Museum umbenannt. Der Architekt lieferte einen Entwurf.'
    );
    const prompts = [
      ...whKind.propose({ doc, pack: LANGUAGE_PACKS.de }),
      ...trueFalseKind.propose({ doc, pack: LANGUAGE_PACKS.de })
    ].map((c) => c.prompt);
    expect(prompts.filter((p) => /geführt und es wurde/u.test(p))).toEqual([]);
  });

  it('takes reported speech as a gist choice only when nothing else is left (`Im Größenverhältnis liege Österreich …`)', () => {
    const doc = docOf('de', readFileSync(`${CORPUS_DIR}/news-de/001.txt`, 'utf8'));
    const choices = gistKind
      .propose({ doc, pack: LANGUAGE_PACKS.de })
      .flatMap((c) => c.choices ?? []);
    expect(choices.length).toBe(4);
    expect(choices.filter((c) => /\S:\s/u.test(c))).toEqual([]);
  });
});

describe('session 17: statements made false with `kein`', () => {
  const statements = (text: string) => {
    const m = models.de;
    const doc = buildDocument(analyse(text, 'de', m), m.lexicon, m.thesaurus, m.entities.names);
    return trueFalseKind
      .propose({ doc, pack: LANGUAGE_PACKS.de })
      .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])]);
  };

  it('makes a statement with an indefinite object false with `kein` (`verhängte eine Geldstrafe` → `keine Geldstrafe`)', () => {
    const all = statements(
      'Der Verband hat den Spieler für vier Spiele gesperrt. Der Disziplinarausschuss verhängte eine Geldstrafe gegen den Spieler. Der Verein will die Strafe anfechten.'
    );
    const lies = all.filter((c) => c.answer === false).map((c) => c.prompt);
    expect(lies).toContain(
      'Der Disziplinarausschuss verhängte keine Geldstrafe gegen den Spieler.'
    );
  });

  it('never negates a quantity, a duration or a `noch` that way (`keine Zehntel-Sekunde`, `keine Menge Datenmaterial`)', () => {
    const all = statements(
      'Forscher haben die Anlage gebaut. Das erste Plasma in der Maschine dauerte eine Zehntel-Sekunde. Die Forscher haben für eine Studie eine Menge Datenmaterial zusammengetragen. Der Minister nennt noch einen dritten Brennpunkt.'
    );
    expect(
      all.map((c) => c.prompt).filter((p) => /keine (Zehntel|Menge)|noch keinen/u.test(p))
    ).toEqual([]);
  });

  it('states nothing with a verb of saying whose content was cut (`Nach STANDARD-Infos besagt der interne Revisionsbericht.`)', () => {
    const m = models.de;
    const doc = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/news-de-2/127.txt`, 'utf8'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const prompts = trueFalseKind.propose({ doc, pack: LANGUAGE_PACKS.de }).map((c) => c.prompt);
    expect(prompts.filter((p) => /besagt der interne Revisionsbericht\.$/u.test(p))).toEqual([]);
  });
});

describe('session 17: figures among the choices', () => {
  it('offers no figure the question holds for something else, nor a year after the text (`How many MPs …in 100 hours …?`: not `100`)', () => {
    const m = models.en;
    const doc = buildDocument(
      analyse(
        'A new study looked at abuse in parliament in 2004. Some 83 MPs gave their answers in 100 hours of taped interviews for the study. The researchers published the results on Monday.',
        'en',
        m
      ),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const counts = whKind
      .propose({ doc, pack: LANGUAGE_PACKS.en })
      .filter((c) => /^How many MPs/u.test(c.prompt));
    expect(counts.length).toBeGreaterThan(0);
    for (const c of counts) {
      expect(c.choices ?? []).not.toContain('100');
      expect(c.choices?.length).toBe(4);
    }
    const figures = figureChoices(doc, 'Die Firma wurde 2001 gegründet.', 'im Jahr 2003', 'seed');
    expect(figures.filter((f) => Number(/\d{4}/u.exec(f)?.[0]) > 2004)).toEqual([]);
  });
});

describe('session 17: gist keys and choices that stand alone', () => {
  const gistOf = (file: string) => {
    const m = models.de;
    const doc = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/${file}`, 'utf8'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    return gistKind.propose({ doc, pack: LANGUAGE_PACKS.de });
  };

  it('takes no verbless German headline as the key (`Deutschland und Frankreich am stärksten von Locky betroffen.`)', () => {
    const gist = gistOf('news-de/027.txt');
    expect(gist.length).toBe(1);
    expect(String(gist[0]?.answer)).not.toMatch(/betroffen\.$/u);
  });

  it('prefers choices that do not lean on a noun named before (`Die jüngsten Zahlen stammen von 2011.`)', () => {
    const gist = gistOf('news-de/012.txt');
    expect(gist.length).toBe(1);
    expect(gist[0]?.choices ?? []).not.toContain('Die jüngsten Zahlen stammen von 2011.');
  });
});

describe('session 17: gaps a neighbour fills', () => {
  it('gaps no half of a two-noun term and no noun after a demonstrative (`computer ____`, `This ____ recognized …`)', () => {
    const m = models.en;
    const items = JSON.parse(readFileSync(`${CORPUS_DIR}/xquad/en.json`, 'utf8')) as {
      id: string;
      context: string;
    }[];
    const answers = ['xquad.en/4/0', 'xquad.en/14/0'].flatMap((id) => {
      const text = items.find((x) => x.id === id)?.context ?? '';
      const doc = buildDocument(analyse(text, 'en', m), m.lexicon, m.thesaurus, m.entities.names);
      return clozeKind
        .propose({ doc, pack: LANGUAGE_PACKS.en })
        .map((c) => `${c.prompt} → ${String(c.answer)}`);
    });
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.filter((a) => /(computer ____|This ____)/u.test(a))).toEqual([]);
  });
});

describe('session 17: a name stays with its noun', () => {
  it('asks no phrase whose name follows it (`Was können Kunden sofort namens B-free Premium in Anspruch nehmen?`)', () => {
    const m = models.de;
    const doc = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/news-de-2/116.txt`, 'utf8'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const prompts = whKind.propose({ doc, pack: LANGUAGE_PACKS.de }).map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /\bnamens\b/u.test(p))).toEqual([]);
  });
});

describe('session 17: statements that lose what they need', () => {
  const statements = (text: string) => {
    const m = models.de;
    const doc = buildDocument(analyse(text, 'de', m), m.lexicon, m.thesaurus, m.entities.names);
    return trueFalseKind
      .propose({ doc, pack: LANGUAGE_PACKS.de })
      .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])])
      .map((c) => c.prompt);
  };

  it('negates no clause with `noch` into `noch nicht` (`Der HSV ist … noch nicht unbesiegt`)', () => {
    const prompts = ['news-de/001.txt', 'news-de-2/113.txt'].flatMap((f) =>
      statements(readFileSync(`${CORPUS_DIR}/${f}`, 'utf8'))
    );
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /noch nicht/u.test(p))).toEqual([]);
  });

  it('states nothing with a demonstrative for its object or a `heißen` without its name (`… soll das gewährt worden sein`)', () => {
    const m = models.de;
    const texts = ['news-de/016.txt', 'news-de-2/117.txt'].map((f) =>
      readFileSync(`${CORPUS_DIR}/${f}`, 'utf8')
    );
    const prompts = texts.flatMap((text) => {
      const doc = buildDocument(analyse(text, 'de', m), m.lexicon, m.thesaurus, m.entities.names);
      return trueFalseKind
        .propose({ doc, pack: LANGUAGE_PACKS.de })
        .flatMap((c) => [c, ...(c.twin ? [c.twin] : [])])
        .map((c) => c.prompt);
    });
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /das gewährt|heißen\.$/u.test(p))).toEqual([]);
  });
});

describe('session 17: a participle read as a second verb', () => {
  it('keeps a participle joined without `und` or a comma in the statement (`… sehen sich in Flüchtlingskurs bestätigt`)', () => {
    const m = models.de;
    const doc = buildDocument(
      analyse(
        'Der Gipfel in Brüssel ist vorbei. Faymann, Mitterlehner und Co sehen sich in Flüchtlingskurs bestätigt. Die Opposition kritisiert das.',
        'de',
        m
      ),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const info = doc.sentences[1]!;
    const clause = info.clauses.find((c) => c.main)!;
    expect(coreIds(info, clause).map((id) => info.s.words[id - 1]?.form)).toContain('bestätigt');
  });
});

describe('session 17: the same as what?', () => {
  it('asks and states nothing about `the same …` another sentence named (`Who won at the same Madrid venue last week?`)', () => {
    const m = models.en;
    const doc = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/news-en/014.txt`, 'utf8'), 'en', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const prompts = [
      ...whKind.propose({ doc, pack: LANGUAGE_PACKS.en }),
      ...trueFalseKind.propose({ doc, pack: LANGUAGE_PACKS.en })
    ].flatMap((c) => [c.prompt, ...(c.twin ? [c.twin.prompt] : [])]);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /the same Madrid/u.test(p))).toEqual([]);
  });
});

describe('session 17: sources, fixed phrases and people named by a role', () => {
  const docOf = (file: string) => {
    const m = models.de;
    return buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/${file}`, 'utf8'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
  };

  it('gaps no source and no noun of a fixed phrase (`die ____ über die Vorgänge` for `STANDARD-Infos`, `auf ____` for `Anfrage`)', () => {
    const gaps = clozeKind
      .propose({ doc: docOf('news-de-2/127.txt'), pack: LANGUAGE_PACKS.de })
      .map((c) => String(c.answer));
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.filter((a) => /^(STANDARD-Infos|Anfrage|Quellen)$/u.test(a))).toEqual([]);
  });

  it('asks and states nothing with a person named by an age or a role after a genitive (`Russlands Teamstürmer`, `Der 34-Jährige traf …`)', () => {
    const doc = docOf('news-de/021.txt');
    const wh = whKind.propose({ doc, pack: LANGUAGE_PACKS.de });
    expect(wh.length).toBeGreaterThan(0);
    expect(
      wh.filter((c) => /^(Russlands Teamstürmer|Portugals Meister)$/u.test(String(c.answer)))
    ).toEqual([]);
    const statements = trueFalseKind
      .propose({ doc, pack: LANGUAGE_PACKS.de })
      .flatMap((c) => [c.prompt, ...(c.twin ? [c.twin.prompt] : [])]);
    expect(statements.filter((p) => /^(Der 34-Jährige|Russlands Teamstürmer)/u.test(p))).toEqual(
      []
    );
  });
});

describe('session 17: evidence, existence and limits', () => {
  const docOf = (file: string, language: 'de' | 'en') => {
    const m = models[language];
    return buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/${file}`, 'utf8'), language, m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
  };

  it('asks no subject of what shows, means or exists (`What means that …? the job gains`, `Was besteht für Nutzer …?`)', () => {
    const prompts = [
      ...whKind.propose({ doc: docOf('news-en/003.txt', 'en'), pack: LANGUAGE_PACKS.en }),
      ...whKind.propose({ doc: docOf('news-de/021.txt', 'de'), pack: LANGUAGE_PACKS.de }),
      ...whKind.propose({ doc: docOf('news-de/027.txt', 'de'), pack: LANGUAGE_PACKS.de })
    ].map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(
      prompts.filter((p) => /^(What means|Was zeigt|Was ergab|Was besteht für)/u.test(p))
    ).toEqual([]);
  });

  it('negates no statement whose clause limits it in words the statement drops (`Bush did not preside over a net fall in jobs.`)', () => {
    const statements = trueFalseKind
      .propose({ doc: docOf('news-en/003.txt', 'en'), pack: LANGUAGE_PACKS.en })
      .flatMap((c) => [c.prompt, ...(c.twin ? [c.twin.prompt] : [])]);
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.filter((p) => /did not preside/u.test(p))).toEqual([]);
    const zafi = trueFalseKind
      .propose({ doc: docOf('news-en/020.txt', 'en'), pack: LANGUAGE_PACKS.en })
      .flatMap((c) => [c.prompt, ...(c.twin ? [c.twin.prompt] : [])]);
    expect(zafi.filter((p) => /^In April, .* did not/u.test(p))).toEqual([]);
  });
});

describe('session 18: gist choices a reader can weigh without another sentence (blind rating 41)', () => {
  const gistChoices = (file: string, language: 'de' | 'en') => {
    const m = models[language];
    const doc = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/${file}`, 'utf8'), language, m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    return gistKind
      .propose({ doc, pack: LANGUAGE_PACKS[language] })
      .flatMap((c) => c.choices ?? []);
  };

  it('offers no reported speech without its speaker, no demonstrative pronoun for what came before and no person by pronoun or age (`Mache man nichts, werde …`, `Das teilte … mit`, `er begann …`, `The 29-year-old …`)', () => {
    const choices = [
      ...gistChoices('news-de-2/101.txt', 'de'),
      ...gistChoices('news-de-2/109.txt', 'de'),
      ...gistChoices('news-de/016.txt', 'de'),
      ...gistChoices('news-en/013.txt', 'en'),
      ...gistChoices('news-en/014.txt', 'en')
    ];
    expect(choices.length).toBe(20);
    expect(
      choices.filter((c) => /^(Mache man nichts|Das teilte)|, er begann|^The 2\d-year-old/u.test(c))
    ).toEqual([]);
  });

  it('takes a choice that points back with a linking word inside it for leaning (`Apple-Fans nehmen deshalb …`, `Mitunter reiht sich hier …`)', () => {
    for (const leaning of [
      'Apple-Fans nehmen deshalb das Heft selbst in die Hand.',
      'Mitunter reiht sich hier Galaxie an Galaxie, Meer an Meer.',
      'Derselben entspringen zwar auch die Kompositionen dichter Sternenhaufen.',
      'Zusätzlich wurde die Schadsoftware auf Internetseiten platziert.',
      'Die andere Möglichkeit ist ein technischer Defekt.',
      'Lame Duck würde man so etwas anderenorts wohl nennen.',
      'Finally, a deal to turn it into a sport and entertainment venue was struck.'
    ])
      expect(leansOnAnother(leaning)).toBe(true);
    // `damit` after a comma joins a purpose clause, not a sentence before.
    expect(leansOnAnother('Die Stadt baut Radwege, damit weniger Autos fahren.')).toBe(false);
  });
});

describe('session 18: a person named by an adjective is asked with `Wer`', () => {
  it('asks no `Was …?` whose key is a person named by an adjective or participle (`Was erzählt eine ganz andere Geschichte? die 42-Jährige Verletzte`)', () => {
    const m = models.de;
    const doc = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/news-de/016.txt`, 'utf8'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const asked = whKind.propose({ doc, pack: LANGUAGE_PACKS.de });
    expect(asked.length).toBeGreaterThan(0);
    expect(
      asked.filter(
        (c) =>
          /^Was\b/u.test(c.prompt) &&
          /^(die|der) (\d+-Jährige )?(Verletzte|Angeklagte)$/u.test(String(c.answer))
      )
    ).toEqual([]);
    expect(LANGUAGE_PACKS.de.isAgentNoun('Schwerverletzte')).toBe(true);
    expect(LANGUAGE_PACKS.de.isAgentNoun('Mitarbeitende')).toBe(true);
  });
});

describe('session 18: word banks a reader cannot rule out by grammar or by the sentence', () => {
  const banks = (file: string) => {
    const m = models.de;
    const doc = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/${file}`, 'utf8'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    return clozeKind.propose({ doc, pack: LANGUAGE_PACKS.de });
  };

  it('offers no verb after `zu` whose particle splits (`Format zu ____`: aufgreifen)', () => {
    const gaps = banks('news-de-2/126.txt').filter((c) => / zu ____/u.test(c.prompt));
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) expect(gap.wordBank ?? []).not.toContain('aufgreifen');
  });

  it('gaps no sentence that needs the one before it, and offers no verb used as a noun (`Und stellen eine ____ … fest`, `Diese geht davon aus, dass ____ …`, `Bleiben` for `das ____`)', () => {
    const gaps = [
      ...banks('news-de/032.txt'),
      ...banks('news-de-2/119.txt'),
      ...banks('news-de/011.txt'),
      ...banks('news-de-2/127.txt')
    ];
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.filter((c) => /^(Und stellen|Diese geht)/u.test(c.prompt))).toEqual([]);
    const offered = gaps.flatMap((c) => c.wordBank ?? []);
    expect(offered).not.toContain('Bleiben');
    expect(offered).not.toContain('Bekunden');
  });

  it('offers no name the sentence holds in part (`Bei ____ …, vermutet Bachmayer.`: Wolfgang Bachmayer)', () => {
    const offered = banks('news-de-2/102.txt')
      .filter((c) => /Bachmayer/u.test(c.prompt))
      .flatMap((c) => c.wordBank ?? []);
    expect(offered).not.toContain('Wolfgang Bachmayer');
  });
});

describe('session 18: a quotation whose marks the source dropped', () => {
  it('asks nothing of a sentence speaking in the first person anywhere when it has no quotation marks (`Wer braucht den besten Zlatan?` of `PSG braucht den besten Zlatan, und ich bin sicher, …`)', () => {
    const m = models.de;
    const doc = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/news-de/021.txt`, 'utf8'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const prompts = [
      ...whKind.propose({ doc, pack: LANGUAGE_PACKS.de }),
      ...trueFalseKind.propose({ doc, pack: LANGUAGE_PACKS.de })
    ].map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /besten Zlatan/u.test(p))).toEqual([]);
  });

  it('… nor of one speaking through a possessive (`Wer sagt aber womöglich haben unsere Gehirne …?` of `Aber womöglich haben unsere Gehirne …, sagt Sasaki.`)', () => {
    const m = models.de;
    const doc = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/news-de-2/119.txt`, 'utf8'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const prompts = whKind.propose({ doc, pack: LANGUAGE_PACKS.de }).map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /unsere Gehirne/u.test(p))).toEqual([]);
  });
});

describe('session 18: a verb with its particle is another verb', () => {
  it('asks the subject of `schreibt … fest` with `Was`, not as a speaker (`Wer schreibt ein Gleitzeitmodell … fest? das Vertrauensarbeitszeitmodell`)', () => {
    const m = models.de;
    const doc = buildDocument(
      analyse(
        'Die Betriebsvereinbarung über die gleitende Arbeitszeit im Sinne Vertrauensarbeitszeitmodell hat er am 3. Juni unterschrieben. Das Vertrauensarbeitszeitmodell schreibt ein Gleitzeitmodell ohne Kernzeiten fest.',
        'de',
        m
      ),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const prompts = whKind.propose({ doc, pack: LANGUAGE_PACKS.de }).map((c) => c.prompt);
    // (`Was schreibt ein Gleitzeitmodell … fest?` is not asked either since blind rating 103:
    // with an object that reads as a subject too, it asks what the model stipulates.)
    expect(prompts.filter((p) => /^Wer schreibt/u.test(p))).toEqual([]);
  });
});

describe('session 18: one answer once per quiz, with or without its title', () => {
  it('takes an answer with a title before it for the same answer (`Baumeister Richard Lugner` and `Richard Lugner`, both last in the poll)', () => {
    expect(sameKey('baumeister richard lugner', 'richard lugner')).toBe(true);
    expect(sameKey('richard lugner', 'baumeister richard lugner')).toBe(true);
    expect(sameKey('richard lugner', 'lugners team')).toBe(false);
    const set = generateQuestionSet(readFileSync(`${CORPUS_DIR}/news-de-2/102.txt`, 'utf8'), {
      models,
      language: 'de'
    });
    const keys = set.questions
      .filter((q) => q.type === 'multiple-choice' || q.type === 'short-answer')
      .map((q) => ('answer' in q ? String(q.answer) : ''))
      .filter((a) => /Lugner$/u.test(a));
    expect(keys.length).toBeLessThanOrEqual(1);
  });
});

describe('session 18: a name the tagger read as a verb', () => {
  it('restates nothing from a sentence with a capitalised word tagged as a verb inside it (`The German architect produced a design for the museum.`, the name `Gottfried Semper` lost)', () => {
    const m = models.en;
    const doc = buildDocument(
      analyse(
        'By February 1854 discussions were underway to transfer the museum to the current site. In 1855 the German architect Gottfried Semper, at the request of Cole, produced a design for the museum, but it was rejected by the Board of Trade as too expensive. The site was occupied by Brompton Park House.',
        'en',
        m
      ),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const restated = [
      ...whKind.propose({ doc, pack: LANGUAGE_PACKS.en }),
      ...trueFalseKind.propose({ doc, pack: LANGUAGE_PACKS.en })
    ].map((c) => c.prompt);
    expect(restated.filter((p) => /architect|design/u.test(p))).toEqual([]);
  });
});

describe('session 18: people among people only where the text confirms them', () => {
  it('offers no common noun the recogniser took for a person among people (`der Schlaf` among researchers)', () => {
    const m = models.de;
    const doc = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/news-de-2/119.txt`, 'utf8'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const choices = whKind
      .propose({ doc, pack: LANGUAGE_PACKS.de })
      .filter((c) => /^Wer\b/u.test(c.prompt))
      .flatMap((c) => c.choices ?? []);
    expect(choices.length).toBeGreaterThan(0);
    expect(choices).not.toContain('der Schlaf');
  });
});

describe('session 18: a surname opening a sentence keeps its capital', () => {
  it('writes `What has Guy published …?`, not `guy`, when the text names John Guy', () => {
    const m = models.en;
    const doc = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/news-en/007.txt`, 'utf8'), 'en', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const prompts = whKind.propose({ doc, pack: LANGUAGE_PACKS.en }).map((c) => c.prompt);
    expect(prompts.some((p) => / Guy published/u.test(p))).toBe(true);
    expect(prompts.filter((p) => / guy /u.test(p))).toEqual([]);
  });
});

describe('session 18: places and keys a reader cannot place', () => {
  const asked = (file: string) => {
    const m = models.de;
    const doc = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/${file}`, 'utf8'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    return whKind.propose({ doc, pack: LANGUAGE_PACKS.de });
  };

  it('asks no place right after a name it may belong to (`Wo dürfte Neymar bei der … Copa America nicht mehr zum Einsatz kommen? in Chile`), nor one with a role hung on it (`in Santiago als Doppeltorschütze`)', () => {
    const questions = asked('news-de/022.txt');
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.filter((c) => /^Wo\b/u.test(c.prompt))).toEqual([]);
  });

  it('keeps a place after a month (`am 9. Juni in Südkorea`)', () => {
    expect(asked('news-de-2/121.txt').some((c) => c.answer === 'in Südkorea')).toBe(true);
  });

  it('takes no key that points back to others (`die beiden Mannschaften`, `die weiteren Treffer`)', () => {
    const keys = asked('news-de/022.txt').map((c) => String(c.answer));
    expect(keys.filter((k) => /^die (beiden|weiteren) /u.test(k))).toEqual([]);
  });
});

describe('session 18: gaps on the article’s own words before everyday ones', () => {
  it('gaps an everyday noun only after every other gap (`neben einer ____ in Japan` for `Anlage`, `the previous ____ to sell the Dome` for `attempt`)', () => {
    const gapKeys = (text: string, language: 'de' | 'en') =>
      generateQuestionSet(text, { models, language })
        .questions.filter((q) => q.type === 'cloze')
        .map((q) => ('answer' in q ? String(q.answer) : ''));
    const fusion = gapKeys(readFileSync(`${CORPUS_DIR}/news-de/031.txt`, 'utf8'), 'de');
    expect(fusion.length).toBeGreaterThan(0);
    expect(fusion).not.toContain('Anlage');
    const dome = gapKeys(readFileSync(`${CORPUS_DIR}/news-en/009.txt`, 'utf8'), 'en');
    expect(dome).not.toContain('election');
  });
});

describe('session 18: no English statement from a sentence linked to the one before', () => {
  it('makes no statement of `Finally, a deal to turn it into …` (`… was struck finally.`)', () => {
    const m = models.en;
    const doc = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/news-en/010.txt`, 'utf8'), 'en', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const statements = trueFalseKind
      .propose({ doc, pack: LANGUAGE_PACKS.en })
      .flatMap((c) => [c.prompt, ...(c.twin ? [c.twin.prompt] : [])]);
    expect(statements.filter((p) => /finally\.$/u.test(p))).toEqual([]);
  });
});

describe('session 18: speakers, figures and demonstratives (blind rating 42)', () => {
  const docOf = (file: string, language: 'de' | 'en') => {
    const m = models[language];
    const text = file.startsWith('xquad')
      ? ((
          JSON.parse(readFileSync(`${CORPUS_DIR}/xquad/${language}.json`, 'utf8')) as {
            id: string;
            context: string;
          }[]
        ).find((x) => x.id === file.split('#')[1])?.context ?? '')
      : readFileSync(`${CORPUS_DIR}/${file}`, 'utf8');
    return buildDocument(analyse(text, language, m), m.lexicon, m.thesaurus, m.entities.names);
  };

  it('attributes no quotation given as an example of what someone told of (`Harriet Harman told researchers of the sheer hostility …: “Well, you’ve only succeeded because you’re a woman.”`)', () => {
    const doc = docOf('news-en/012.txt', 'en');
    const said = KINDS.find((k) => k.name === 'speech')
      ?.propose({ doc, pack: LANGUAGE_PACKS.en })
      .map((c) => c.prompt);
    expect(said?.filter((p) => /only succeeded/u.test(p))).toEqual([]);
  });

  it('asks English reported speech as reported, not between quotation marks (`who said: “there would be no spending spree”?`)', () => {
    const doc = docOf('news-en/009.txt', 'en');
    const said =
      KINDS.find((k) => k.name === 'speech')
        ?.propose({ doc, pack: LANGUAGE_PACKS.en })
        .map((c) => c.prompt) ?? [];
    expect(said).toContain(
      'According to the text, who said that there would be no spending spree?'
    );
  });

  it('restates no clause whose subject is a noun standing for something said before (`In Berlin ereignete sich der Vorfall.`, `The site was not occupied by Brompton Park House.`)', () => {
    const statements = [
      ...trueFalseKind.propose({ doc: docOf('news-de-2/105.txt', 'de'), pack: LANGUAGE_PACKS.de }),
      ...trueFalseKind.propose({
        doc: docOf('xquad#xquad.en/23/0', 'en'),
        pack: LANGUAGE_PACKS.en
      })
    ].flatMap((c) => [c.prompt, ...(c.twin ? [c.twin.prompt] : [])]);
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.filter((p) => /der Vorfall\.|^The site/u.test(p))).toEqual([]);
  });

  it('asks a figure as an amount, not what measures it (`Was betrug 117 km …? die Ausdehnung des Hadrianswalls`)', () => {
    const prompts = whKind
      .propose({ doc: docOf('news-de-2/116.txt', 'de'), pack: LANGUAGE_PACKS.de })
      .map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /^Was beträgt \d/u.test(p))).toEqual([]);
  });

  it('gaps no sentence naming its subject by a demonstrative (`Diese seltene Ehre deutet darauf hin, …`, `Dieser frühe Abschnitt von Luthers ____ …`)', () => {
    const doc = docOf('news-de/026.txt', 'de');
    const gaps = clozeKind.propose({ doc, pack: LANGUAGE_PACKS.de }).map((c) => c.prompt);
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.filter((p) => /^Dieses Farbsystem/u.test(p))).toEqual([]);
  });
});

describe('session 18: a sentence about the page', () => {
  it('asks nothing of a sentence introducing figures (`How many timelines show the geologic time scale? four`)', () => {
    const m = models.en;
    const doc = buildDocument(
      analyse(
        'The geologic time scale is a system of chronological dating. The following four timelines show the geologic time scale. The first shows the entire time from the formation of the Earth to the present.',
        'en',
        m
      ),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const prompts = whKind.propose({ doc, pack: LANGUAGE_PACKS.en }).map((c) => c.prompt);
    expect(prompts.filter((p) => /timelines/u.test(p))).toEqual([]);
  });
});

describe('session 18: gaps and statements of blind rating 43', () => {
  const docOf = (text: string, language: 'de' | 'en') => {
    const m = models[language];
    return buildDocument(analyse(text, language, m), m.lexicon, m.thesaurus, m.entities.names);
  };
  const xquad = (id: string) =>
    (
      JSON.parse(readFileSync(`${CORPUS_DIR}/xquad/en.json`, 'utf8')) as {
        id: string;
        context: string;
      }[]
    ).find((x) => x.id === id)?.context ?? '';

  it('gaps no topic word its compounds repeat (`ob sich der ____ dadurch verbessern lasse` for `Schlaf` in an article of `Schlafforscher`, `Tiefschlafphase`)', () => {
    const doc = docOf(readFileSync(`${CORPUS_DIR}/news-de-2/119.txt`, 'utf8'), 'de');
    const keys = clozeKind.propose({ doc, pack: LANGUAGE_PACKS.de }).map((c) => String(c.answer));
    expect(keys.length).toBeGreaterThan(0);
    expect(keys).not.toContain('Schlaf');
  });

  it('gaps no title right before a person’s name (`the German ____ Gottfried Semper`)', () => {
    const doc = docOf(xquad('xquad.en/23/0'), 'en');
    const keys = clozeKind.propose({ doc, pack: LANGUAGE_PACKS.en }).map((c) => String(c.answer));
    expect(keys).not.toContain('architect');
  });

  it('offers no English word used only as the first of two nouns among nouns (`broadleaf`)', () => {
    const doc = docOf(xquad('xquad.en/16/0'), 'en');
    const offered = clozeKind
      .propose({ doc, pack: LANGUAGE_PACKS.en })
      .flatMap((c) => c.wordBank ?? []);
    expect(offered.length).toBeGreaterThan(0);
    expect(offered).not.toContain('broadleaf');
  });

  it('makes no statement whose relative clause lost its comma (`McIlroy who was compared to the likes of …`)', () => {
    const doc = docOf(readFileSync(`${CORPUS_DIR}/news-en/014.txt`, 'utf8'), 'en');
    const statements = trueFalseKind
      .propose({ doc, pack: LANGUAGE_PACKS.en })
      .flatMap((c) => [c.prompt, ...(c.twin ? [c.twin.prompt] : [])]);
    expect(statements.filter((p) => /McIlroy who/u.test(p))).toEqual([]);
  });
});

describe('session 18: words that opened the sentence stay out of a quotation', () => {
  it('asks `Who said in an interview weeks later: “…”?`, not `… is going to rise weeks later”?`', () => {
    const m = models.en;
    const doc = buildDocument(
      analyse(
        'Weeks later, the Shah of Iran said in an interview: “Of course [the price of oil] is going to rise.”',
        'en',
        m
      ),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const prompts = whKind.propose({ doc, pack: LANGUAGE_PACKS.en }).map((c) => c.prompt);
    expect(prompts).toContain(
      'Who said in an interview weeks later: “Of course [the price of oil] is going to rise”?'
    );
  });
});

describe('session 19: English cards and word banks with the meaning of words (WordNet glossary)', () => {
  const englishDoc = (file: string, withGlossary = true) => {
    const m = models.en;
    return buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/${file}`, 'utf8'), 'en', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names,
      withGlossary ? m.glossary : undefined
    );
  };

  it('explains an English vocabulary card with the word’s meaning, not only its sentence (`underlying (adjective)`, `productive` struck in blind ratings 42 and 43)', () => {
    const cards = cardsKind
      .propose({ doc: englishDoc('news-en/012.txt'), pack: LANGUAGE_PACKS.en })
      .filter((c) => c.card === 'vocabulary');
    const influx = cards.find((c) => c.prompt === 'influx (noun)');
    expect(influx?.answer).toMatch(
      /^Meaning: the process of flowing in \(inflow\)\. In the text: “/u
    );
    expect(influx?.fallback).toBeUndefined();
    // (`hostility` has four senses, none dominant in the tagged corpus: no meaning is guessed.)
    expect(cards.find((c) => c.prompt === 'hostility (noun)')?.answer ?? '').not.toMatch(
      /^Meaning/u
    );
  });

  it('shows no synonym whose own common sense is another one (`prevention`: `bar`)', () => {
    const cards = cardsKind
      .propose({ doc: englishDoc('news-en/018.txt'), pack: LANGUAGE_PACKS.en })
      .filter((c) => c.card === 'vocabulary');
    const prevention = cards.find((c) => c.prompt === 'prevention (noun)');
    // (Nor a definition by the word itself, `the act of preventing`: blind ratings 71 and 72
    // struck `the act of financing` as teaching nothing.)
    expect(prevention?.answer).not.toMatch(/\bbar\b|the act of preventing/u);
  });

  it('offers alternatives of the same kind of meaning where the text has enough (`experiences` among `shows` and `interviews`)', () => {
    const glossary = models.en.glossary;
    if (!glossary) throw new Error('no English glossary');
    const gaps = clozeKind
      .propose({ doc: englishDoc('news-en/012.txt'), pack: LANGUAGE_PACKS.en })
      .filter((c) => c.answer === 'experiences');
    expect(gaps.length).toBeGreaterThan(0);
    const kinds = glossary.kinds('experience', 'NOUN');
    for (const gap of gaps)
      for (const word of (gap.wordBank ?? []).filter((x) => x !== 'experiences')) {
        const lemma = word.replace(/ies$/u, 'y').replace(/s$/u, '');
        expect(
          glossary.kinds(lemma, 'NOUN').some((k) => kinds.includes(k)),
          word
        ).toBe(true);
      }
  });
});

describe('session 19: words the source glued together', () => {
  it('writes `HansNiessl` apart in every question of its article (a gist key marked fixable in blind ratings 40–43)', () => {
    const text = readFileSync(`${CORPUS_DIR}/news-de/001.txt`, 'utf8');
    expect(text).toContain('HansNiessl');
    const set = generateQuestionSet(text, { models, language: 'de' });
    const everything = set.questions.map(shown).join('\n');
    expect(everything).not.toContain('HansNiessl');
    expect(everything).toContain('Hans Niessl');
    // The article's own sentences stay as written (the reader shows them).
    expect(set.sentences.join(' ')).toContain('HansNiessl');
  });
});

describe('session 19: who said what where the text quotes few people', () => {
  const speech = (file: string, language: 'de' | 'en') => {
    const m = models[language];
    const doc = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/${file}`, 'utf8'), language, m),
      m.lexicon,
      m.thesaurus,
      m.entities.names,
      m.glossary
    );
    return speechKind.propose({ doc, pack: LANGUAGE_PACKS[language] });
  };

  it('asks who said a quotation as a name to write when the text has too few people for choices (`It suggests that employment is continuing …`: Rick Egelton)', () => {
    const asked = speech('news-en/003.txt', 'en').filter((c) =>
      /employment is continuing/u.test(c.prompt)
    );
    expect(asked).toHaveLength(1);
    expect(asked[0]?.type).toBe('short-answer');
    expect(asked[0]?.answer).toBe('Rick Egelton');
    expect(asked[0]?.accept).toEqual(['Egelton']);
  });

  it('asks no name to write for a speaker named by a pronoun (`after he said the party could not win the election`: Lord Ashcroft, not Liam Fox)', () => {
    const asked = speech('news-en/011.txt', 'en').filter((c) => /could not win/u.test(c.prompt));
    expect(asked).toEqual([]);
  });

  it('takes the person named in the speaker phrase, not the country before the title (`Mexikos Trainer Miguel Herrera`)', () => {
    const asked = speech('news-de/022.txt', 'de').filter((c) => /Verantwortung/u.test(c.prompt));
    expect(asked.map((c) => c.answer)).toEqual(['Miguel Herrera']);
  });

  it('keeps a quotation whose marks the feed dropped when it speaks in the first person, though it names others as `sie`/`ihre` (`Dieser feige Anschlag zeigt, dass … durch ihre Taten … unserer Gesellschaft`)', () => {
    const asked = speech('news-de-2/105.txt', 'de').filter((c) => /feige Anschlag/u.test(c.prompt));
    expect(asked.map((c) => c.answer)).toEqual(['Romani Rose']);
  });
});

describe('session 19: one gap on an ordinary word per quiz beyond its minimum', () => {
  it('fills a German article below its floor with one gap on an ordinary word, not several (`neben einer ____ in Japan`, `In favorable ____`: blind ratings 42–44 struck 52 of 112)', () => {
    let checked = 0;
    for (const folder of ['news-de', 'news-de-2'])
      for (const file of readdirSync(`${CORPUS_DIR}/${folder}`).filter((f) => f.endsWith('.txt'))) {
        const set = generateQuestionSet(readFileSync(`${CORPUS_DIR}/${folder}/${file}`, 'utf8'), {
          models,
          language: 'de'
        });
        const quiz = set.questions.filter((q) => q.type !== 'flashcard');
        // A gap on one word of letters (not a figure or a name of several words).
        const wordGaps = quiz.filter(
          (q) => q.type === 'cloze' && /^[\p{L}-]+$/u.test(String(q.answer))
        );
        if (wordGaps.length > 1) expect(quiz.length, `${folder}/${file}`).toBeLessThanOrEqual(4);
        checked++;
      }
    expect(checked).toBeGreaterThan(30);
  }, 120_000);
});

describe('session 19: reported words that need the sentence before them', () => {
  it('matches no reported statement opening on `it` (`it had revised down the jobs gains …`, blind rating 44)', () => {
    const m = models.en;
    const doc = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/news-en/003.txt`, 'utf8'), 'en', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names,
      m.glossary
    );
    const shownText = speechKind
      .propose({ doc, pack: LANGUAGE_PACKS.en })
      .flatMap((c) => [c.prompt, JSON.stringify(c.answer)])
      .join('\n');
    expect(shownText).not.toMatch(/it had revised down/u);
  });
});

describe('session 19: a compound explained only by its parts', () => {
  it('makes no vocabulary card of a compound the thesaurus lacks (`Beifall + Kundgebung (Kundgebung: Protest, Demonstration)`, blind rating 44; a fallback until session 36, when such cards were 3 good and 18 bad of 42 ratings in blind ratings 73–85, `Matchball: Match + Ball (Ball: Tanzfest)`)', () => {
    const m = models.de;
    const doc = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/news-de-2/113.txt`, 'utf8'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const cards = cardsKind
      .propose({ doc, pack: LANGUAGE_PACKS.de })
      .filter((c) => c.card === 'vocabulary');
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.map((c) => c.prompt)).not.toContain('die Beifallskundgebung, -en');
    expect(cards.filter((c) => /^Wortteile/u.test(String(c.answer)))).toEqual([]);
  });
});

describe('session 19: a speaker named after `so` without a verb', () => {
  const speech = () => {
    const m = models.de;
    const doc = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/news-de-2/114.txt`, 'utf8'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    return speechKind.propose({ doc, pack: LANGUAGE_PACKS.de });
  };

  it('asks who said words tagged `…, so Glasner.` (the parse hung the name on them as an apposition)', () => {
    const asked = speech().filter((c) => /Viertelfinale steht/u.test(c.prompt));
    expect(asked.map((c) => c.answer)).toEqual(['Oliver Glasner']);
  });

  it('takes no one-word `person` after `so` for a speaker or an alternative (`…, so der gebürtige St. Pöltner.`)', () => {
    const proposed = speech();
    expect(proposed.filter((c) => /als Außenseiter/u.test(c.prompt))).toEqual([]);
    expect(proposed.flatMap((c) => c.choices ?? [])).not.toContain('Pöltner');
  });
});

describe('session 19: an English relative clause between commas in a restatement', () => {
  it('leaves the aside out of a question on its sentence (`Who did Cragg who recently defeated … in Boston hold off …?`)', () => {
    const set = generateQuestionSet(readFileSync(`${CORPUS_DIR}/news-en/016.txt`, 'utf8'), {
      models,
      language: 'en'
    });
    expect(set.questions.filter((q) => /Cragg who/u.test(q.prompt))).toEqual([]);
    const m = models.en;
    const doc = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/news-en/016.txt`, 'utf8'), 'en', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const asked = [
      ...whKind.propose({ doc, pack: LANGUAGE_PACKS.en }),
      ...trueFalseKind.propose({ doc, pack: LANGUAGE_PACKS.en })
    ].map((c) => c.prompt);
    expect(asked).toContain('Who did Cragg hold off by only 0.19secs to secure his victory?');
    expect(asked.filter((p) => /Cragg,? who/u.test(p))).toEqual([]);
  });
});

describe('session 19: a person read as the subject of a verb of liking', () => {
  it('restates nothing where the parse made the person who likes something its subject (`Schieder gefällt gar nicht schlecht da die Idee …`, blind rating 44)', () => {
    const m = models.de;
    const doc = buildDocument(
      analyse(readFileSync(`${CORPUS_DIR}/news-de-2/101.txt`, 'utf8'), 'de', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names
    );
    const restated = [
      ...whKind.propose({ doc, pack: LANGUAGE_PACKS.de }),
      ...trueFalseKind.propose({ doc, pack: LANGUAGE_PACKS.de })
    ].map((c) => c.prompt);
    expect(restated.filter((p) => /Schieder/u.test(p))).toEqual([]);
  });
});

describe('session 19: from blind rating 45', () => {
  const englishDoc = (text: string) => {
    const m = models.en;
    return buildDocument(analyse(text, 'en', m), m.lexicon, m.thesaurus, m.entities.names);
  };

  it('builds no clause on a word between quotation marks (`oxys, “acid”, literally “sharp”`: `Why did its name acy …?`)', () => {
    const context = (
      JSON.parse(readFileSync(`${CORPUS_DIR}/xquad/en.json`, 'utf8')) as {
        id: string;
        context: string;
      }[]
    ).find((x) => x.id === 'xquad.en/12/0')?.context;
    if (!context) throw new Error('xquad.en/12/0 missing');
    const doc = englishDoc(context);
    const prompts = [
      ...whyKind.propose({ doc, pack: LANGUAGE_PACKS.en }),
      ...whKind.propose({ doc, pack: LANGUAGE_PACKS.en }),
      ...trueFalseKind.propose({ doc, pack: LANGUAGE_PACKS.en })
    ].map((c) => c.prompt);
    expect(prompts.filter((p) => /\bacy\b|its name acid/iu.test(p))).toEqual([]);
  });

  it('keeps the infinitive of `help … to` in a statement (`The system helps the inhabitants …` without `to organise their irrigation systems`)', () => {
    const doc = englishDoc(readFileSync(`${CORPUS_DIR}/news-en/018.txt`, 'utf8'));
    const statements = trueFalseKind
      .propose({ doc, pack: LANGUAGE_PACKS.en })
      .flatMap((c) => [c.prompt, c.twin?.prompt ?? ''])
      .filter((p) => /helps? the inhabitants/u.test(p));
    expect(statements.length).toBeGreaterThan(0);
    for (const p of statements) expect(p).toMatch(/to organise their vital irrigation systems/u);
  });
});

describe('session 21: from blind rating 46', () => {
  const germanDoc = (text: string) => {
    const m = models.de;
    return buildDocument(analyse(text, 'de', m), m.lexicon, m.thesaurus, m.entities.names);
  };

  it('turns reported speech into the indicative throughout (`Was hängt davon ab, inwieweit … genutzt werde?`)', () => {
    const doc = germanDoc(
      'Der Minister sprach am Montag über die Grenze. Die Zahl der Kontrollen hänge davon ab, inwieweit die Route von Schleppern genutzt werde. Die Polizei bereitet sich vor.'
    );
    const restated = [
      ...whKind.propose({ doc, pack: LANGUAGE_PACKS.de }),
      ...trueFalseKind.propose({ doc, pack: LANGUAGE_PACKS.de })
    ]
      .flatMap((c) => [c.prompt, c.twin?.prompt ?? ''])
      .filter((p) => /genutzt/u.test(p));
    expect(restated.length).toBeGreaterThan(0);
    for (const p of restated) expect(p).toMatch(/genutzt wird/u);
  });

  it('reads no second main clause as a relative clause (`Was wird die Kulinarik auch spielen, ganz wichtig ist auch …?`)', () => {
    const doc = germanDoc(
      'Das Festival stellte am Montag sein Programm vor. Auch die Musik werde eine größere Rolle spielen, ganz wichtig sei auch die Förderung junger Sänger. Die Karten sind ab Mai erhältlich.'
    );
    const restated = [
      ...whKind.propose({ doc, pack: LANGUAGE_PACKS.de }),
      ...cardsKind.propose({ doc, pack: LANGUAGE_PACKS.de }),
      ...trueFalseKind.propose({ doc, pack: LANGUAGE_PACKS.de })
    ].flatMap((c) => [c.prompt, c.twin?.prompt ?? '']);
    expect(restated.length).toBeGreaterThan(0);
    expect(restated.filter((p) => /spielen,? ganz wichtig|wichtig .*spielen/u.test(p))).toEqual([]);
  });
  it('explains no word on a card by a sense the thesaurus gives it only in a field (`das Drittel`: `Satz, Spielabschnitt, Halbzeit`)', () => {
    const doc = germanDoc(readFileSync(`${CORPUS_DIR}/news-de/012.txt`, 'utf8'));
    const backs = cardsKind
      .propose({ doc, pack: LANGUAGE_PACKS.de })
      .filter((c) => c.card === 'vocabulary')
      .map((c) => `${c.prompt} ${String(c.answer)}`);
    expect(backs.length).toBeGreaterThan(0);
    expect(backs.filter((b) => /Spielabschnitt/u.test(b))).toEqual([]);
  });
});

describe('session 21: relative and coordinated clauses asked on their own', () => {
  const docOf = (text: string, language: 'de' | 'en') => {
    const m = models[language];
    return buildDocument(analyse(text, language, m), m.lexicon, m.thesaurus, m.entities.names);
  };
  const prompts = (text: string, language: 'de' | 'en') =>
    whKind.propose({ doc: docOf(text, language), pack: LANGUAGE_PACKS[language] });

  it("asks a relative clause with its named antecedent as the subject in the opening or of the article's topic, never one in passing (`Wer stand erstmals … in der Startelf?`)", () => {
    const german = prompts(
      'Der Regisseur Quentin Tarantino besitzt in Los Angeles das New Beverly Cinema, das seit Jahren ausschließlich analoge Filme zeigt. Tarantino sammelt auch alte Videokassetten. Eintracht Frankfurt gewann am Samstag gegen Bremen. Sebastian Rode, der erstmals in dieser Saison in der Startelf stand, machte nur eine Minute später alles klar. Die Fans jubelten lange.',
      'de'
    ).map((c) => `${c.prompt} ${String(c.answer)}`);
    expect(german).toContain(
      'Was zeigt das New Beverly Cinema seit Jahren ausschließlich? analoge Filme'
    );
    expect(german.filter((p) => /Startelf/u.test(p))).toEqual([]);
    const english = prompts(
      'Alistair Cragg won the 3,000m in Birmingham on Saturday. Cragg, who recently defeated Olympic 10,000m champion Kenenisa Bekele in Boston, held off Markos Geneti by only 0.19secs. Cragg will now run in Madrid. Mark Carroll finished third. Michael Johnson praised Cragg. Bernard Lagat missed the world record.',
      'en'
    ).map((c) => c.prompt);
    expect(english).toContain(
      'Where did Cragg recently defeat Olympic 10,000m champion Kenenisa Bekele?'
    );
  });

  it('takes no antecedent in another case, after another noun, or without a name (`mit dem Trainer …, der`, `das Turnier für Mexiko, das`, `the move, which`)', () => {
    const german = docOf(
      'Die Mannschaft trainiert seit Montag mit dem Trainer Peter Stöger, der zuvor in Köln arbeitete. Beendet ist das Turnier für Mexiko, das in Rancagua gegen Ecuador verlor. Die Firma baut ein Werk, das 300 Arbeitsplätze bringt.',
      'de'
    );
    expect(german.sentences.flatMap((i) => i.relatives)).toEqual([]);
    const english = docOf(
      'The company announced the move, which surprised many investors, on Monday.',
      'en'
    );
    expect(english.sentences.flatMap((i) => i.relatives)).toEqual([]);
  });

  it('asks no relative clause inside a quotation (`"… the Tate Modern which opens in May," Mr Smith said`)', () => {
    const doc = docOf(
      'The council met on Monday. "I think the council wants to support the Tate Modern which opens in May," Mr Smith said. The plan costs millions.',
      'en'
    );
    expect(doc.sentences.some((i) => i.relatives.length > 0)).toBe(true);
    const asked = whKind
      .propose({ doc, pack: LANGUAGE_PACKS.en })
      .filter((c) => /open/u.test(c.prompt));
    expect(asked).toEqual([]);
  });

  it("offers no figure changed inside a person's title as alternatives (`Olympic 13,000m champion Kenenisa Bekele`)", () => {
    const doc = docOf(
      'Alistair Cragg won the 3,000m in Birmingham on Saturday. Cragg, who recently defeated Olympic 10,000m champion Kenenisa Bekele in Boston, held off Markos Geneti by only 0.19secs. Cragg will now run in Madrid. Mark Carroll finished third. Michael Johnson praised Cragg. Bernard Lagat missed the world record.',
      'en'
    );
    const candidates = whKind.propose({ doc, pack: LANGUAGE_PACKS.en });
    expect(candidates.some((c) => /Bekele/u.test(c.prompt))).toBe(true);
    const figured = candidates.filter(
      (c) => (c.choices ?? []).filter((x) => /champion Kenenisa Bekele/u.test(x)).length > 1
    );
    expect(figured).toEqual([]);
  });

  it('reads a verb whose past is its base form as past after a singular subject (`Where do Cragg beat …?`, `Who beats …?`)', () => {
    const asked = prompts(
      'Alistair Cragg won the race in Birmingham on Saturday. Cragg beat Olympic 10,000m champion Kenenisa Bekele in Boston last week. The crowd cheered.',
      'en'
    ).map((c) => c.prompt);
    expect(asked).toContain(
      'Where did Cragg beat Olympic 10,000m champion Kenenisa Bekele last week?'
    );
    expect(asked.filter((p) => /\b(do Cragg|beats)\b/u.test(p))).toEqual([]);
  });

  it('asks a clause joined to the main clause with a subject of its own (`…, but Priestley is often given priority because …`)', () => {
    const context = (
      JSON.parse(readFileSync(`${CORPUS_DIR}/xquad/en.json`, 'utf8')) as {
        id: string;
        context: string;
      }[]
    ).find((x) => x.id === 'xquad.en/12/0')?.context;
    if (!context) throw new Error('xquad.en/12/0 missing');
    const doc = docOf(context, 'en');
    const why = whyKind.propose({ doc, pack: LANGUAGE_PACKS.en }).map((c) => c.prompt);
    expect(why).toContain('Why is Priestley often given priority?');
  });

  it('takes no subject inside a quotation for its speaker, and keeps it in the quotation (`“The plan includes …,” said Carlos Saldarriaga`)', () => {
    const doc = docOf(
      'The city council of Lima approved the new water plan on Monday. “The plan includes training on computers for both farmers and engineers of the valley,” said Carlos Saldarriaga, technical coordinator of the project. The farmers welcomed the decision.',
      'en'
    );
    const asked = speechKind.propose({ doc, pack: LANGUAGE_PACKS.en });
    expect(asked.map((c) => `${c.prompt} ${String(c.answer)}`)).toContain(
      'According to the text, who said: “The plan includes training on computers for both farmers and engineers of the valley”? Carlos Saldarriaga'
    );
  });

  it('finds an English speaker after the verb that follows a quotation (`“…,” added Kiplagat`)', () => {
    const doc = docOf(readFileSync(`${CORPUS_DIR}/news-en/013.txt`, 'utf8'), 'en');
    const asked = speechKind
      .propose({ doc, pack: LANGUAGE_PACKS.en })
      .filter((c) => /decided to clear Masai/u.test(c.prompt));
    expect(asked.map((c) => String(c.answer))).toContain('Isaiah Kiplagat');
  });

  it('takes a speaker named by a title for the one person the text gave that title (`…, so der Landeshauptmann.`)', () => {
    const doc = docOf(
      'Eisenstadt – Landeshauptmann Hans Niessl (SPÖ) zeigt sich mit der Arbeit der Landesregierung zufrieden. Die Koalition habe bisher rund 170 Beschlüsse gefasst. Die Europäische Union hat in der Asylfrage bis jetzt völlig versagt, so der Landeshauptmann. Die Opposition sieht das anders. Der Landtag tagt am Donnerstag.',
      'de'
    );
    const asked = speechKind
      .propose({ doc, pack: LANGUAGE_PACKS.de })
      .filter((c) => /Asylfrage/u.test(c.prompt));
    expect(asked.map((c) => String(c.answer))).toEqual(['Hans Niessl']);
  });

  it('offers an English word gap only alternatives of the same kind of meaning (`all legal ____ of Protestantism`: `century`, `warfare`)', () => {
    const context = (
      JSON.parse(readFileSync(`${CORPUS_DIR}/xquad/en.json`, 'utf8')) as {
        id: string;
        context: string;
      }[]
    ).find((x) => x.id === 'xquad.en/10/0')?.context;
    if (!context) throw new Error('xquad.en/10/0 missing');
    const m = models.en;
    const doc = buildDocument(
      analyse(context, 'en', m),
      m.lexicon,
      m.thesaurus,
      m.entities.names,
      m.glossary
    );
    const gaps = clozeKind.propose({ doc, pack: LANGUAGE_PACKS.en });
    expect(gaps.length).toBeGreaterThan(0);
    // Such a bank only where a text would otherwise have no quiz at all.
    const mixed = gaps.filter(
      (c) => c.answer === 'recognition' && (c.wordBank ?? []).includes('century') && !c.onlyAlone
    );
    expect(mixed).toEqual([]);
    // (Since session 24 a year gap is no longer the paragraph's other question, so this gap is
    // its only one.)
    const quiz = generateQuestionSet(context, { models, language: 'en' }).questions.filter(
      (q) => q.type !== 'flashcard'
    );
    expect(quiz.length).toBe(1);
  });

  it('cuts no clause right before a verb the parse left out (`Expectations … have gathered pace after figures.`)', () => {
    const doc = docOf(
      'The Bank of England kept rates on hold on Thursday. Expectations of a rate rise have gathered pace after figures showed house prices are still rising. Economists expect a rise in May.',
      'en'
    );
    const restated = [
      ...whKind.propose({ doc, pack: LANGUAGE_PACKS.en }),
      ...trueFalseKind.propose({ doc, pack: LANGUAGE_PACKS.en })
    ].flatMap((c) => [c.prompt, c.twin?.prompt ?? '']);
    expect(restated.length).toBeGreaterThan(0);
    expect(restated.filter((p) => /after figures[.?]$/u.test(p))).toEqual([]);
  });

  it('answers a question on a person named by a title alone with the name (`Wer konnte … zulegen? der FPÖ-Kandidat`)', () => {
    const doc = docOf(
      'Wien – Eine Woche vor der Wahl liegen drei Kandidaten im Vertrauensindex im Plus. Vorne liegt Alexander Van der Bellen mit 21 Punkten. Dahinter folgt FPÖ-Kandidat Norbert Hofer. Irmgard Griss liegt auf Platz drei. Der FPÖ-Kandidat konnte im Wahlkampf deutlich zulegen. Richard Lugner liegt weiterhin auf dem letzten Platz. Andreas Khol verlor zuletzt an Vertrauen.',
      'de'
    );
    const asked = whKind
      .propose({ doc, pack: LANGUAGE_PACKS.de })
      .filter((c) => /zulegen/u.test(c.prompt));
    expect(asked.map((c) => c.answer)).toEqual(['Norbert Hofer']);
    expect(asked[0]?.accept).toContain('Der FPÖ-Kandidat');
  });

  it("takes no title after a noun for a work for a person (`children's film Mary Poppins`: `Cameron Mackintosh was originally created by …`)", () => {
    const doc = docOf(readFileSync(`${CORPUS_DIR}/news-en/005.txt`, 'utf8'), 'en');
    const statements = trueFalseKind
      .propose({ doc, pack: LANGUAGE_PACKS.en })
      .flatMap((c) => [c.prompt, c.twin?.prompt ?? '']);
    expect(statements.length).toBeGreaterThan(0);
    expect(
      statements.filter((p) => /^(?!Mary Poppins)\S+ \S+ was originally created/u.test(p))
    ).toEqual([]);
  });

  it('offers no German name in the genitive as a name (`Egon Schieles` beside `Schiele`)', () => {
    const doc = docOf(
      'Die Albertina zeigt Werke Egon Schieles. Schiele starb 1918 in Wien. Der Anwalt Klaus Gruber vertritt die Erben.',
      'de'
    );
    expect(wellFormedName(doc, 'Egon Schieles')).toBe(false);
    expect(wellFormedName(doc, 'Egon Schiele')).toBe(true);
    expect(wellFormedName(doc, 'Klaus Gruber')).toBe(true);
    expect(wellFormedName(doc, 'Hans Klaus')).toBe(true);
  });

  it('gives no answer that only places a thing among others named before (`Was befindet sich … in der Entwicklung? das neuste Werk`)', () => {
    const doc = docOf(readFileSync(`${CORPUS_DIR}/news-de-2/122.txt`, 'utf8'), 'de');
    const answers = whKind.propose({ doc, pack: LANGUAGE_PACKS.de }).map((c) => String(c.answer));
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.filter((a) => /^das neuste Werk$/iu.test(a))).toEqual([]);
  });
});
