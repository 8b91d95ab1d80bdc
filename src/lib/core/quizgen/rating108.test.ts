/**
 * Regression tests for the failure classes blind rating 108 found (session 43, batch `aq`, now
 * fixtures), on the rated articles.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, docOf, fixture, promptsOf } from './fixture-docs';
import { unsoundReason } from './kinds/shared';
import { rejectReason } from './rank';

describe('blind rating 108', { timeout: 20_000 }, () => {
  it('cuts no German verb from its fixed phrase (`Was hatte Brackmann erst im Frühjahr genommen? eine neue Sortieranlage in Betrieb`, `Wie viele Hektar standen …? noch 868`)', () => {
    for (const name of ['aq-de-1.txt', 'aq-de-4.txt']) {
      const doc = docOf(fixture(name), 'de');
      const sentences = doc.sentences.map((s) => s.s.text);
      const cut = candidatesOf(doc).filter(
        (c) =>
          (/genommen\?$/u.test(c.prompt) && /in Betrieb$/u.test(String(c.answer))) ||
          /^Wie viele Hektar standen in diesem Jahr\?$/u.test(c.prompt) ||
          (c.type === 'cloze' && c.answer === 'Ertrag')
      );
      expect(cut.length).toBeGreaterThan(0);
      for (const c of cut) expect(rejectReason(c, sentences)).toBe('fixed phrase cut');
    }
  });

  it('asks a hospital as one and councillors as people (`Who accounted for …? Kirkmoor Royal Infirmary`, `What has seized on the episode? Opposition councillors`)', () => {
    const hospital = promptsOf(fixture('aq-en-4.txt'), 'en').filter((p) =>
      /accounted for 21,300/u.test(p)
    );
    expect(hospital.length).toBeGreaterThan(0);
    expect(hospital.filter((p) => !/^Which hospital/u.test(p))).toEqual([]);
    const seized = promptsOf(fixture('aq-en-3.txt'), 'en').filter((p) =>
      /seized on the episode\?$/u.test(p)
    );
    expect(seized.filter((p) => !/^Who/u.test(p))).toEqual([]);
  });

  it('takes no one named as whose the speaker is for the speaker (`Ms Pruett’s line manager said …` → `According to Janet Pruett, …`)', () => {
    expect(
      promptsOf(fixture('aq-en-3.txt'), 'en').filter((p) => /According to Janet Pruett/u.test(p))
    ).toEqual([]);
  });

  it('states no verb of demanding without what is demanded (`Anwohner fordern in Niederharling seit Jahren.`)', () => {
    expect(
      promptsOf(fixture('aq-de-1.txt'), 'de').filter((p) => /^Anwohner fordern in/u.test(p))
    ).toEqual([]);
  });

  it('asks nothing of `say` whose reported clause the parse cut to a noun (`Who says cuts to road maintenance and library opening hours?`)', () => {
    expect(
      promptsOf(fixture('ap-en-1.txt'), 'en').filter((p) => /says? cuts to road/u.test(p))
    ).toEqual([]);
  });

  it('keeps a passive of demanding, which says something alone (`Andere Staaten sind derzeit ganz klar gefordert.`)', () => {
    const doc = docOf(
      'Wien – Die Regierung hat am Dienstag über die Lage beraten. Derzeit sind ganz klar andere Staaten gefordert. Der Kanzler zeigte sich zufrieden.',
      'de'
    );
    const info = doc.sentences[1];
    const clause = info?.clauses.find((c) => c.main);
    expect(info && clause ? unsoundReason(info, clause, doc) : 'none').toBeUndefined();
  });
});
