/**
 * Regression tests for the failure classes blind rating 106 found (session 43, batch `ao`, now
 * fixtures), on the rated articles.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, docOf, fixture, promptsOf } from './fixture-docs';
import { personRoles } from './kinds/shared';
import { LANGUAGE_PACKS } from './languages';

describe('blind rating 106', { timeout: 20_000 }, () => {
  it('asks and states nothing of an idiom word for word (`Wer wächst nicht auf Bäumen?`)', () => {
    expect(promptsOf(fixture('ao-de-2.txt'), 'de').filter((p) => /Bäumen/u.test(p))).toEqual([]);
  });

  it('states nothing with a possessive no owner in it agrees with (`Zu ihrem Leben passt ein fester Vertrag mit Stundenplan und Dienstbesprechungen nicht.`)', () => {
    expect(promptsOf(fixture('ao-de-2.txt'), 'de').filter((p) => /ihrem Leben/u.test(p))).toEqual(
      []
    );
  });

  it('states no German clause in the subjunctive II (`Die alten Bescheide würden von Amts wegen bestätigt.`)', () => {
    expect(
      promptsOf(fixture('ao-de-1.txt'), 'de').filter(
        // (Asked as someone's reported words, `Wer sagte laut Text, die alten Bescheide würden …?`,
        // it is no statement of the text.)
        (p) => /würden von Amts wegen/u.test(p) && !/^Wer sagte laut Text, /u.test(p)
      )
    ).toEqual([]);
  });

  it('asks nothing of a clause whose relative clause the parse hung on as an aside (`What is one of the few places in a prison?`)', () => {
    expect(
      promptsOf(fixture('ao-en-2.txt'), 'en').filter((p) => /one of the few places/u.test(p))
    ).toEqual([]);
  });

  it('asks nothing of `the condition` the text has not named before (`Who warned that the condition tends to escalate?`)', () => {
    expect(promptsOf(fixture('ao-en-3.txt'), 'en').filter((p) => /the condition/u.test(p))).toEqual(
      []
    );
  });

  it('gives an unlisted compound the gender the text’s articles give it (`die Grundsteuer`, offered for `im ____`)', () => {
    const doc = docOf(fixture('ao-de-1.txt'), 'de');
    expect(doc.lexicon?.nounInfo('Grundsteuer')?.gender).toBe('Fem');
    const gaps = candidatesOf(doc).filter((c) => c.type === 'cloze' && /\bim ____/u.test(c.prompt));
    expect(gaps.filter((c) => c.wordBank?.includes('Grundsteuer'))).toEqual([]);
  });

  it('finds roles set off before a name, on a title the name hangs on, and with a name inside (`Der Vorsitzende des Ortsvereins, Michael Raddatz`, `Dr Priya Raman, a consultant in …`)', () => {
    const de = personRoles(docOf(fixture('ao-de-1.txt'), 'de'), LANGUAGE_PACKS.de);
    expect(de.get('Michael Raddatz')?.role).toBe('Vorsitzender des Ortsvereins');
    const tourism = personRoles(docOf(fixture('ao-de-4.txt'), 'de'), LANGUAGE_PACKS.de);
    expect(tourism.get('Florian Ebersberger')?.role).toBe(
      'Geschäftsführer des Tourismusverbands Wiesachtal'
    );
    const en = personRoles(docOf(fixture('ao-en-1.txt'), 'en'), LANGUAGE_PACKS.en);
    expect(en.get('Priya Raman')?.role).toBe('Consultant');
  });

  it('asks why where a contrasting `dagegen` links the clause to the sentence before (`Warum ging die Zahl der angebotenen Betten nur leicht auf 9.120 zurück?`)', () => {
    const asked = candidatesOf(docOf(fixture('ao-de-4.txt'), 'de')).filter(
      (c) => c.kind === 'why' && /^Warum ging die Zahl der angebotenen Betten/u.test(c.prompt)
    );
    expect(asked.map((c) => c.answer)).toEqual(['Weil zwei größere Hotels eröffnet haben']);
    expect(asked.filter((c) => /dagegen/u.test(c.prompt))).toEqual([]);
  });

  it('leaves a source of figures out of a question (`… nach den Zahlen, die das Bayerische Landesamt … veröffentlicht hat, …`)', () => {
    const prompts = promptsOf(fixture('ao-de-4.txt'), 'de').filter((p) =>
      /^Wie viele Übernachtungen zählten/u.test(p)
    );
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /nach den Zahlen/u.test(p))).toEqual([]);
  });

  it('reads an interview whose questions carry no label and whose answers carry the interviewee’s name (`Kilbride: Smaller than people imagine …`)', () => {
    for (const [name, language] of [
      ['ao-de-2.txt', 'de'],
      ['ao-en-2.txt', 'en']
    ] as const) {
      const asked = candidatesOf(docOf(fixture(name), language)).filter(
        (c) => c.kind === 'interview'
      );
      expect(asked.length).toBeGreaterThan(3);
    }
  });

  it('states of no person that they closed without what (`Sue Halloran closed on Monday.`)', () => {
    expect(
      promptsOf(fixture('ao-en-1.txt'), 'en').filter((p) => /Halloran closed/u.test(p))
    ).toEqual([]);
  });

  it('counts a German `-kraft` of a trade as a person (`Honorarkräfte`, `Aushilfskraft`), never `Wasserkraft`', () => {
    const pack = LANGUAGE_PACKS.de;
    expect(
      ['Honorarkraft', 'Aushilfskraft', 'Teilzeitkraft'].filter((w) => !pack.isAgentNoun(w))
    ).toEqual([]);
    expect(pack.isAgentNoun('Wasserkraft')).toBe(false);
  });
});
