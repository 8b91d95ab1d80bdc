/**
 * Questions on how an amount changed, through the real analysis and the committed models, on
 * invented reports.
 */
import { describe, expect, it } from 'vitest';
import { docOf, fixture } from '../../fixture-docs';
import { LANGUAGE_PACKS } from '../../languages';
import { changeKind } from './index';

const proposed = (text: string, language: 'de' | 'en') =>
  changeKind.propose({ doc: docOf(text, language), pack: LANGUAGE_PACKS[language] });

const GERMAN = `Immer weniger Gasthäuser im Landkreis

Im Landkreis Altenbrunn haben in den vergangenen zwölf Jahren fast ein Drittel der Gaststätten geschlossen. Das geht aus Zahlen des Statistischen Landesamts hervor.

Die Zahl der Beschäftigten im Gastgewerbe sank von 3240 auf 3050. Die Zahl der Minijobber brach um 35 Prozent ein. Die Umsätze stiegen dagegen um 16 Prozent.

Die allgemeinen Verbraucherpreise stiegen im selben Zeitraum um rund 35 Prozent. Der Verband fordert nun Hilfe vom Land.`;

const ENGLISH = `Public toilets disappear across Sallowshire

Sallowshire has lost more than two in five of its public toilets in a decade, figures obtained by this newspaper show.

The number of council-run toilets fell from 128 to 73 between 2010 and 2024. Spending on cleaning fell by 48% over the same years. Complaints to the county council rose by 61%.

The council said it had no choice.`;

describe('change: how an amount changed (numbers in context, blind ratings 106–111)', () => {
  it('asks how an amount changed, with the change the other way and by other figures of the text as choices (`Wie hat sich die Zahl der Minijobber verändert? ein Rückgang um 35 Prozent`)', () => {
    const items = proposed(GERMAN, 'de');
    const minijobs = items.find((c) => c.prompt.includes('Minijobber'));
    expect(minijobs?.prompt).toBe('Wie hat sich die Zahl der Minijobber verändert?');
    expect(minijobs?.answer).toBe('ein Rückgang um 35 Prozent');
    expect(minijobs?.choices).toContain('ein Anstieg um 35 Prozent');
    expect(minijobs?.choices).toContain('ein Rückgang um 16 Prozent');
    expect(minijobs?.choices).toHaveLength(4);
    const staff = items.find((c) => c.prompt.includes('Beschäftigten'));
    expect(staff?.answer).toBe('ein Rückgang von 3240 auf 3050');
    expect(staff?.choices).toContain('ein Anstieg von 3050 auf 3240');
    // (Every choice that runs from one figure to another says the direction its figures go.)
    for (const choice of staff?.choices ?? []) {
      const [from, to] = (choice.match(/\d+/gu) ?? []).map(Number);
      if (from === undefined || to === undefined) continue;
      expect(choice.startsWith(to > from ? 'ein Anstieg' : 'ein Rückgang'), choice).toBe(true);
    }
  });

  it('asks nothing of a time that points back (`im selben Zeitraum`: which?)', () => {
    const prompts = proposed(GERMAN, 'de').map((c) => c.prompt);
    expect(prompts.filter((p) => /Verbraucherpreise/u.test(p))).toEqual([]);
  });

  it('asks the same in English, with the time after the verb (`How did the number of council-run toilets change between 2010 and 2024?`)', () => {
    const items = proposed(ENGLISH, 'en');
    const toilets = items.find((c) => c.prompt.includes('toilets'));
    expect(toilets?.prompt).toBe(
      'How did the number of council-run toilets change between 2010 and 2024?'
    );
    expect(toilets?.answer).toBe('a fall from 128 to 73');
    expect(toilets?.choices).toContain('a rise from 73 to 128');
    const complaints = items.find((c) => c.prompt.includes('omplaints'));
    expect(complaints?.answer).toBe('a rise of 61%');
    expect(complaints?.choices).toContain('a fall of 61%');
  });

  it('asks a change someone made on what was changed (`Wie hat die Stadt Ostenbrück in der Innenstadt die Parkgebühren verändert? eine Erhöhung um 25 Prozent`; session 46: such sentences had no question)', () => {
    const items = proposed(
      `Parken wird teurer

Die Stadt Ostenbrück hat die Parkgebühren in der Innenstadt um 25 Prozent erhöht. Der Handel kritisiert den Schritt.

Der Zuschuss für das Jugendzentrum wurde von 80.000 auf 60.000 Euro gekürzt. Die Opposition spricht von einem Fehler.`,
      'de'
    );
    const fees = items.find((c) => c.prompt.includes('Parkgebühren'));
    expect(fees?.prompt).toBe(
      'Wie hat die Stadt Ostenbrück in der Innenstadt die Parkgebühren verändert?'
    );
    expect(fees?.answer).toBe('eine Erhöhung um 25 Prozent');
    expect(fees?.choices).toContain('eine Senkung um 25 Prozent');
    // (In the passive what was changed is the subject, and changed by itself.)
    const grant = items.find((c) => c.prompt.includes('Zuschuss'));
    expect(grant?.prompt).toBe('Wie hat sich der Zuschuss für das Jugendzentrum verändert?');
    expect(grant?.answer).toBe('ein Rückgang von 80.000 auf 60.000 Euro');
  });

  it('reads `has risen by` as a change, not as a passive with `by` as its agent, with its whole subject, in the present perfect (`How has the cost of running a single-decker bus changed?`, a-en-1)', () => {
    const items = proposed(
      `Bus fares to rise again

Fares on the county's rural buses will rise in April, the operator said.

According to the firm, the cost of running a single-decker bus has risen by about 28% since 2021. Passenger numbers have risen by 12% over the same years, the firm added.`,
      'en'
    );
    const cost = items.find((c) => c.prompt.includes('cost'));
    expect(cost?.prompt).toBe('How has the cost of running a single-decker bus changed?');
    expect(cost?.answer).toBe('a rise of about 28%');
  });

  it('asks nothing of a score (`the gap had grown to 21–14`: no amount, ae-en-3)', () => {
    const items = proposed(
      `Storm beat the league leaders

Storm beat the Harriers 58–51 on Saturday.

Storm led 16–12 at the first break, and early in the second quarter the gap had grown to 21–14. The Harriers' coach said her side had lost their shape.`,
      'en'
    );
    expect(items.filter((c) => /gap/u.test(c.prompt))).toEqual([]);
  });

  it('asks nothing whose possessive loses its owner (`How has the number of GP practices in its area changed in a decade?`, batch ax)', () => {
    const items = proposed(
      `Surgery to close

The only GP surgery in Haddon Cross will close in June, the health board said.

According to the board, the number of GP practices in its area has fallen from 54 to 41 in a decade. Patient numbers at the remaining practices rose by 18% over the same years.`,
      'en'
    );
    expect(items.filter((c) => /\bits\b/u.test(c.prompt))).toEqual([]);
  });
});

/** A report whose key figures come with where they stood before (`…, up from …`). */
const EARLIER_EN = `Fly-tipping rises again in Brackenford

Fly-tipping in Brackenford has reached its highest level for a decade, according to figures published by the borough council on Monday.

The borough council recorded 4,316 incidents of fly-tipping in the last financial year, up from 3,208 the year before. The average cost of clearing a single incident is now £214, up from £162 in 2021.

The council issued 96 fixed penalty notices last year, down from 141 the year before. The council's crews collected 2,400 bags of rubbish last year, up 35% on the previous year. Councillor Ruth Ames said the figures were disappointing.`;

const EARLIER_DE = `Mehr Pendler, längere Staus im Kreis Wallbach

Im Kreis Wallbach pendeln immer mehr Menschen zur Arbeit in die Nachbarstädte. Das geht aus dem Verkehrsbericht des Landratsamts hervor.

Der Anteil der Pendler mit dem Auto lag zuletzt bei 71 Prozent, gegenüber 64 Prozent vor fünf Jahren. Die durchschnittliche Fahrzeit zur Arbeit stieg auf 34 Minuten, nach 29 Minuten im Vorjahr.

Die Zahl der Staustunden auf der Kreisstraße betrug 1.840, das sind 12 Prozent mehr als im Vorjahr. Der Kreis will nun die Busverbindungen ausbauen.`;

describe('change: a level with where it stood before (`…, up from …`, `gegenüber … vor fünf Jahren`; missed by the raters of ratings 113 and 114)', () => {
  it('asks an English count with where it stood before (`recorded 4,316 incidents …, up from 3,208 the year before`)', () => {
    const items = proposed(EARLIER_EN, 'en');
    const incidents = items.find((c) => c.prompt.includes('incidents'));
    expect(incidents?.prompt).toBe(
      'How has the number of incidents recorded by the borough council changed compared with the previous year?'
    );
    expect(incidents?.answer).toBe('a rise from 3,208 to 4,316');
    expect(incidents?.choices).toContain('a fall from 4,316 to 3,208');
    const notices = items.find((c) => c.prompt.includes('notices'));
    expect(notices?.answer).toBe('a fall from 141 to 96');
    // (… and by how much, where the text says so: `up 35% on the previous year`.)
    const bags = items.find((c) => c.prompt.includes('bags'));
    expect(bags?.prompt).toBe(
      "How has the number of bags collected by the council's crews changed compared with the previous year?"
    );
    expect(bags?.answer).toBe('a rise of 35%');
  });

  it('asks an English level with where it stood before (`is now £214, up from £162 in 2021`)', () => {
    const cost = proposed(EARLIER_EN, 'en').find((c) => c.prompt.includes('cost'));
    expect(cost?.prompt).toBe(
      'How has the average cost of clearing a single incident changed since 2021?'
    );
    expect(cost?.answer).toBe('a rise from £162 to £214');
  });

  it('asks a German level with where it stood before (`lag bei 71 Prozent, gegenüber 64 Prozent vor fünf Jahren`) and a change with its start after it (`stieg auf 34 Minuten, nach 29 Minuten im Vorjahr`)', () => {
    const items = proposed(EARLIER_DE, 'de');
    const share = items.find((c) => c.prompt.includes('Anteil'));
    expect(share?.answer).toBe('ein Anstieg von 64 auf 71 Prozent');
    const time = items.find((c) => c.prompt.includes('Fahrzeit'));
    expect(time?.answer).toBe('ein Anstieg von 29 auf 34 Minuten');
    // (… and how far a level lies above an earlier one: `betrug 1.840, das sind 12 Prozent mehr
    // als im Vorjahr`.)
    const jams = items.find((c) => c.prompt.includes('Staustunden'));
    expect(jams?.answer).toBe('ein Anstieg um 12 Prozent');
  });

  it('asks no change whose phrase that narrows the amount it would leave out (`In der Altersgruppe bis 14 Jahre stieg die Zahl der Mitglieder … um 6,8 Prozent` as `Wie hat sich die Zahl der Mitglieder verändert?`: the key was another figure, both raters of rating 115)', () => {
    const text = EARLIER_DE.replace(
      'Der Kreis will nun',
      'In der Altersgruppe bis 25 Jahre stieg die Zahl der Pendler um 9 Prozent. Der Kreis will nun'
    );
    const items = proposed(text, 'de');
    expect(items.filter((c) => c.answer === 'ein Anstieg um 9 Prozent')).toEqual([]);
    // (A time with a figure stays in the question: `in den vergangenen fünf Jahren`.)
    const span = proposed(
      EARLIER_DE.replace(
        'Der Kreis will nun',
        'Die Zahl der Pendler stieg in den vergangenen fünf Jahren um 9 Prozent. Der Kreis will nun'
      ),
      'de'
    ).find((c) => c.answer === 'ein Anstieg um 9 Prozent');
    expect(span?.prompt).toBe(
      'Wie hat sich die Zahl der Pendler in den vergangenen fünf Jahren verändert?'
    );
  });

  it('asks no comparison with another place as a change (`gegenüber 40 Prozent im Landesschnitt`)', () => {
    const text = EARLIER_DE.replace(
      'gegenüber 64 Prozent vor fünf Jahren',
      'gegenüber 64 Prozent im Landesschnitt'
    );
    expect(proposed(text, 'de').filter((c) => c.prompt.includes('Anteil'))).toEqual([]);
  });
});

describe('change: what changed in one piece', () => {
  it('asks nothing of a verb the parse gave two subjects (`The number of people aged over 80 … has grown by 38 per cent` asked as `How has the number of people aged changed?`, both raters of rating 123)', () => {
    const prompts = proposed(fixture('bg-en-4.txt'), 'en').map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /people aged changed/u.test(p))).toEqual([]);
  });
});
