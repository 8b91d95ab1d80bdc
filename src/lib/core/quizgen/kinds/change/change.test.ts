/**
 * Questions on how an amount changed, through the real analysis and the committed models, on
 * invented reports.
 */
import { describe, expect, it } from 'vitest';
import { docOf } from '../../fixture-docs';
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
