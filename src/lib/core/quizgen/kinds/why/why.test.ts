/**
 * Regression tests for "Why …?" questions, each named after the failure it guards, on invented
 * texts through the real analysis and the committed models.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../../../../../../scripts/corpus-dir';
import { allModels } from '../../../../../../scripts/nlp-models';
import { analyse } from '../../../nlp/analyse';
import { buildDocument } from '../../document';
import { LANGUAGE_PACKS } from '../../languages';
import { reasonCards, restates, subordinateBodies, whyKind } from './index';

const models = allModels();
const whyOf = (text: string, language: 'de' | 'en') => {
  const m = models[language];
  const doc = buildDocument(analyse(text, language, m), m.lexicon, m.thesaurus, m.entities.names);
  return whyKind.propose({ doc, pack: LANGUAGE_PACKS[language] });
};
const reasonCardsOf = (text: string, language: 'de' | 'en') => {
  const m = models[language];
  const doc = buildDocument(analyse(text, language, m), m.lexicon, m.thesaurus, m.entities.names);
  return reasonCards({ doc, pack: LANGUAGE_PACKS[language] });
};

describe('why: questions on the reasons a text gives', () => {
  it('puts as wrong reasons only facts of the passage around the asked sentence (`Why were new features added to Tara? Because it was bricked up in the 19th Century`: rating 53)', () => {
    const why = whyOf(
      // (Sentences six to ten, three and more away from the asked one, are the more important:
      // they name Tara and its artists again.)
      `Artists have built a virtual world called Tara. New features were added to Tara because the artists wanted video in their worlds. Visitors can walk through the streets of the world. The world shows a copy of an old market square. Schools use the project in their art lessons. The artists of Tara opened a new gallery in the city. Tara artists sold their first works to a museum. The river of Tara was bricked up in the 19th Century. The Tara artists held a festival in the old port. Critics praised the artists of Tara for their courage.`,
      'en'
    );
    const q = why.find((c) => c.prompt.startsWith('Why were new features added'));
    expect(q?.choices?.length).toBeGreaterThanOrEqual(3);
    for (const choice of q?.choices ?? [])
      expect(choice).not.toMatch(/gallery|museum|bricked up|festival|courage/u);
  });

  it('writes the article of a subject after a hyphen dateline in lower case (`Warum hat Der britische …`)', () => {
    const prompts = whyOf(
      `London - Der britische Forscher Tim Walker hat wegen heftiger Kritik sein Amt als Professor niedergelegt. Die Universität hatte wegen der Vorwürfe eine Untersuchung eingeleitet. Studierende protestierten wegen der langen Wartezeiten vor dem Gebäude. Der Forscher entschuldigte sich wegen der missverständlichen Aussagen.`,
      'de'
    ).map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.some((p) => p.includes('der britische Forscher'))).toBe(true);
    expect(prompts.filter((p) => / Der britische/u.test(p))).toEqual([]);
  });

  it('asks a reason of a short text, with its other facts put as reasons (`Warum herrschte …? Da dieses …` had no alternatives)', () => {
    const why = whyOf(
      `Im Derby herrschte eine seltsame Stimmung, da das Spiel vor einem fast leeren Gästeblock stattfand. Die Gäste reisten erst am Montag an. Die Polizei hat vor dem Stadion zwei Männer festgenommen. Der Verein will die Ticketpreise im Sommer deutlich senken. Der Trainer lobte die Mannschaft nach dem Spiel.`,
      'de'
    );
    const q = why.find((c) => c.prompt.startsWith('Warum herrschte'));
    // (Answered with `Weil`, as a reader answers "Warum?": rating 58.)
    expect(q?.answer).toBe('Weil das Spiel vor einem fast leeren Gästeblock stattfand');
    const wrong = (q?.choices ?? []).filter((c) => c !== q?.answer);
    expect(wrong.length).toBeGreaterThanOrEqual(2);
    // Verb last, a separable particle joined to it.
    expect(wrong).toContain('Weil die Polizei vor dem Stadion zwei Männer festgenommen hat');
    for (const c of wrong)
      expect([
        'Weil die Gäste erst am Montag anreisten',
        'Weil die Polizei vor dem Stadion zwei Männer festgenommen hat',
        'Weil der Verein die Ticketpreise im Sommer deutlich senken will',
        'Weil der Trainer die Mannschaft nach dem Spiel lobte'
      ]).toContain(c);
  });

  it('never offers two wrong reasons that say the same in other words (`Weil der Tiergarten sich über 19 Küken freut` beside `Weil im Tiergarten 19 Küken geschlüpft sind`, rating 58)', () => {
    expect(
      restates(
        'Weil der Tiergarten Schönbrunn sich über 19 frisch geschlüpfte Flamingo-Küken freut',
        'Weil im Wiener Tiergarten Schönbrunn bisher 19 Flamingo-Küken geschlüpft sind'
      )
    ).toBe(true);
    expect(
      restates(
        'Weil die Gäste erst am Montag anreisten',
        'Weil der Verein die Ticketpreise im Sommer deutlich senken will'
      )
    ).toBe(false);
    // (Another figure is another fact: `19 Küken` and `25 Küken`.)
    expect(
      restates(
        'Weil im Tiergarten Schönbrunn bisher 19 Flamingo-Küken geschlüpft sind',
        'Weil im Tiergarten Schönbrunn bisher 25 Flamingo-Küken geschlüpft sind'
      )
    ).toBe(false);
  });

  it('puts an English fact as a reason as written (`Because the club will cut ticket prices …`)', () => {
    const why = whyOf(
      `The derby had a strange atmosphere because the away end was almost empty. The visitors arrived on Monday. Police arrested two men outside the stadium. The club will cut ticket prices in the summer.`,
      'en'
    );
    const q = why.find((c) => c.prompt.startsWith('Why'));
    expect(q?.answer).toBe('Because the away end was almost empty');
    expect(q?.choices).toContain('Because the club will cut ticket prices in the summer');
  });
});

describe('why: the reason as it reads alone', () => {
  it('leaves a connective out of the reason (`Da die MHP und die CHP aber bereits … erklärt haben`, rating 56)', () => {
    const asked = whyOf(readFileSync(`${CORPUS_DIR}/news-de/007.txt`, 'utf8'), 'de');
    const parties = asked.filter((c) => /MHP/u.test(String(c.answer)));
    expect(parties.length).toBeGreaterThan(0);
    for (const c of parties) expect(String(c.answer)).not.toMatch(/\baber\b/u);
  });

  it('keeps a pronoun with its preposition (`Warum wendet sich ihn die ganze Stadt gegen?`: blind rating 71)', () => {
    const prompts = whyOf(
      'Der Bürgermeister will das Freibad schließen. Der ganze Verein wendet sich gegen ihn, weil das Bad für viele Familien wichtig ist. Die Kosten sind gestiegen, weil die Energiepreise stark zugenommen haben. Der Stadtrat vertagte die Entscheidung, weil noch Gutachten fehlen.',
      'de'
    ).map((c) => c.prompt);
    // (A pronoun that agrees with a noun before it: one agreeing with none points outside the
    // question, blind rating 96.)
    expect(prompts).toContain('Warum wendet sich der ganze Verein gegen ihn?');
    expect(prompts.filter((p) => /sich ihn/u.test(p))).toEqual([]);
  });
});

describe('why: reasons the passage gives no alternatives for', () => {
  it('asks a reason whose passage has no other fact to put as one, with facts from further off (13 of the corpus reasons went unasked: `Warum hatte Erdoğan die Neuwahlen angekündigt?`)', () => {
    // (The asked sentence's neighbours are quotations: nothing to put as a reason.)
    const why = whyOf(
      `Der Stadtrat von Kelbach hat den Bau einer neuen Schwimmhalle beschlossen. Die aufwendige Sanierung des alten Daches wäre zu teuer gewesen. Die lange Planung des Neubaus dauerte zwei Jahre. Die Stadt verkauft dafür ein Grundstück am Bahnhof. „Wir sind froh“, sagte die Vorsitzende. „Endlich geht es los“, sagte ein Trainer. Der Bürgermeister hat die Eröffnung wegen der gestiegenen Baukosten verschoben. „Das ist bitter“, sagte eine Mutter. „Wir warten schon lange“, sagte ein Schwimmer. „Wir hoffen auf den Sommer“, sagte ein Vater.`,
      'de'
    );
    const q = why.find((c) => c.prompt.startsWith('Warum hat der Bürgermeister'));
    expect(q?.answer).toBe('Wegen der gestiegenen Baukosten');
    expect(q?.choices?.length).toBeGreaterThanOrEqual(3);
  });

  it('asks the consequence a text draws with `deshalb`, the sentence before as its reason', () => {
    const why = whyOf(
      `Streit um das Hallenbad. Der Betreiber hatte die Miete seit Monaten nicht bezahlt. Die Stadt hat deshalb den Vertrag mit der Firma gekündigt. Das Bad bleibt im Winter geschlossen. Die Vereine müssen nach Lindau ausweichen. Der Bürgermeister will bis zum Frühjahr einen neuen Betreiber finden.`,
      'de'
    );
    const q = why.find(
      (c) => c.prompt === 'Warum hat die Stadt den Vertrag mit der Firma gekündigt?'
    );
    expect(q?.answer).toBe('Weil der Betreiber die Miete seit Monaten nicht bezahlt hatte');
    expect(q?.evidence).toEqual([1, 2]);
    // (A participle the parse took for a particle stays apart from its verb.)
    expect(q?.choices).toContain('Weil das Bad im Winter geschlossen bleibt');
  });

  it('takes no `since` before a verb in the perfect for a reason (`Why has the publisher ordered a reprint …? Because the shortlist was announced`, unseen articles)', () => {
    const read = (name: string) =>
      readFileSync(new URL(`../../fixtures/unseen/${name}`, import.meta.url), 'utf8');
    const prompts = [...whyOf(read('a-en-4.txt'), 'en'), ...whyOf(read('g-en-3.txt'), 'en')].map(
      (c) => c.prompt
    );
    expect(prompts.filter((p) => /reprint|most successful quarter/u.test(p))).toEqual([]);
  });

  it('asks nothing where the parse lost the verb (`Warum brandgefährlich Natrium-Ionen-Zellen …?`) or hung the object on the reason (`Warum bedeutet das Angebot des Arbeitgebers? Angesichts … einen Reallohnverlust`)', () => {
    const prompts = whyOf(
      `Die Firma baut einen neuen Speicher. Natrium-Ionen-Zellen gelten als weniger brandgefährlich als ihre Lithium-Verwandten, weil sie sich auch vollständig entladen transportieren lassen. Die Gewerkschaft lehnt das Angebot ab. Das Angebot des Arbeitgebers bedeutet angesichts der langen Laufzeit faktisch einen Reallohnverlust. Die Preise sind deutlich gestiegen. Der Streik geht am Montag weiter.`,
      'de'
    ).map((c) => c.prompt);
    expect(
      prompts.filter((p) =>
        /^Warum (brandgefährlich|bedeutet das Angebot des Arbeitgebers\?)/u.test(p)
      )
    ).toEqual([]);
  });

  it('asks no reason cut inside a quotation (`Because “it was making a noise`, an unseen article)', () => {
    const why = whyOf(
      readFileSync(new URL('../../fixtures/unseen/h-en-2.txt', import.meta.url), 'utf8'),
      'en'
    );
    const texts = why.flatMap((c) => [String(c.answer), ...(c.choices ?? [])]);
    expect(texts.filter((t) => /“[^”]*$/u.test(t))).toEqual([]);
  });
});

describe('why: wrong reasons in the order of a reason', () => {
  it('takes no main clause after an adverb `da` for a reason (`Ich habe zwei Gesellen …, da muss man rechnen` → `Weil muss man rechnen`, blind rating 78)', () => {
    const text = readFileSync(new URL('../../fixtures/unseen/m-de-4.txt', import.meta.url), 'utf8');
    const m = models.de;
    const doc = buildDocument(analyse(text, 'de', m), m.lexicon, m.thesaurus, m.entities.names);
    const bodies = doc.sentences.flatMap((info) => subordinateBodies(doc, info));
    expect(bodies.length).toBeGreaterThan(0);
    expect(bodies.filter((b) => /^muss man/u.test(b))).toEqual([]);
  });

  it('asks without the particle that limits the reason (`Warum funktionieren die offenen Stunden nur?`, batch aw; `closed partly because …`)', () => {
    const why = whyOf(
      `Bibliothek öffnet sonntags

Die Stadtbibliothek Kalmbach öffnet seit März auch sonntags, ohne Personal, mit einer Schlüsselkarte. Die Leiterin Cornelia Haberland zieht eine erste Bilanz.

Die offenen Stunden funktionieren nur, weil es die betreuten Stunden weiterhin gibt. Die Ausleihen von gedruckten Büchern gehen trotzdem zurück, weil viele Leser inzwischen E-Books nutzen. Die Stadt spart mit dem Modell kein Geld, weil alle Stellen erhalten bleiben.`,
      'de'
    );
    const q = why.find((c) => c.answer === 'Weil es die betreuten Stunden weiterhin gibt');
    expect(q?.prompt).toBe('Warum funktionieren die offenen Stunden?');
  });
});

describe('why: a reason clause opens with its conjunction', () => {
  it('asks no reason with another clause’s words before its conjunction (`… werden Hausmeister … angerechnet, Mensakräfte mit einer Viertelstelle …, da sie … umgingen` asked why caretakers count: both raters of rating 115)', () => {
    const why = whyOf(
      `Neue Regel für Schulen

Das Ministerium hat am Dienstag eine neue Regel vorgestellt. Nach der neuen Vorschrift werden Hausmeister künftig mit einer halben Stelle für Physik angerechnet, Mensakräfte mit einer Viertelstelle Mathematik, da sie täglich mit Wechselgeld umgingen. Die Gewerkschaft kritisierte die Pläne scharf, weil sie den Mangel nur verschleierten.`,
      'de'
    );
    expect(why.filter((c) => /Mensakräfte/u.test(String(c.answer)))).toEqual([]);
    for (const c of why) expect(String(c.answer)).toMatch(/^(Weil|Wegen|Da)\b/u);
  });

  it('asks on a card why with who gives a reported reason (`Warum … laut Miriam Leitner …?`: rating 120 turned the card on what she said into it), and never a reason the text denies (`nicht knapp, weil es weg ist, sondern weil …`)', () => {
    const text = `Im Landkreis Brettachgau gehört erstmals weniger als die Hälfte der Einwohner einer der beiden großen Kirchen an. Die Taufquote sinke seit Jahren, weil viele junge Eltern selbst ausgetreten seien, sagte die Soziologin Miriam Leitner. Die Zahl der Austritte sank im vergangenen Jahr leicht. „Das Wasser ist nicht knapp, weil es weg ist, sondern weil abends alle gleichzeitig den Rasensprenger aufdrehen“, sagte Werkleiter Thomas Reindl. Die Gemeinde will die Gebühren im Herbst erhöhen.`;
    const cards = reasonCardsOf(text, 'de').map((c) => `${c.prompt} ${String(c.answer)}`);
    expect(cards).toContain(
      'Warum sinkt die Taufquote laut Miriam Leitner seit Jahren? Weil viele junge Eltern selbst ausgetreten seien'
    );
    expect(cards.filter((c) => /sondern|knapp/u.test(c))).toEqual([]);
    // (The quiz asks no reason of reported speech.)
    expect(whyOf(text, 'de').filter((c) => /Taufquote/u.test(c.prompt))).toEqual([]);
  });

  it('asks on a card no why of what someone only imagines (`… weil ich mir nicht vorstellen will, dass jemand aus der Region auf der Intensivstation liegt, nur weil …`: both raters of blind rating 121)', () => {
    const text = readFileSync(
      new URL('../../fixtures/unseen/be-de-2.txt', import.meta.url),
      'utf8'
    );
    const cards = reasonCardsOf(text, 'de').map((c) => c.prompt);
    expect(cards.filter((p) => /Intensivstation/u.test(p))).toEqual([]);
  });
});
