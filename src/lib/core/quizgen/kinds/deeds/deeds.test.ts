/**
 * Who did what, through the real analysis on fixtures of ratings 120–123, where the raters
 * struck people matched to the titles beside their names and asked for their positions.
 */
import { describe, expect, it } from 'vitest';
import { docOf, fixture, models } from '../../fixture-docs';
import { generateQuestionSet } from '../../index';
import { LANGUAGE_PACKS } from '../../languages';
import { deedsKind } from './index';

const deedsOf = (name: string, language: 'de' | 'en') => {
  const doc = docOf(fixture(name), language);
  const [task] = deedsKind.propose({ doc, pack: LANGUAGE_PACKS[language] });
  return task?.answer as [string, string][] | undefined;
};

describe('deeds: people matched to what they did', () => {
  it('matches people to what they demanded or did, not to their titles (`Person ↔ Forderung/Position`: both raters of rating 123)', () => {
    const pairs = new Map(deedsOf('bg-de-1.txt', 'de'));
    expect(pairs.get('Reinhold Steixner')).toMatch(/^forderte eine Ausnahmeplakette/u);
    expect(pairs.get('Gernot Staudinger')).toMatch(/^begründete/u);
    expect(pairs.size).toBeGreaterThanOrEqual(3);
  });

  it('asks the task in place of the matching of people to their titles', () => {
    const set = generateQuestionSet(fixture('bg-de-1.txt'), { models, language: 'de' });
    const kinds = set.questions.filter((q) => q.type === 'match').map((q) => q.kind);
    expect(kinds).toContain('deeds');
    expect(kinds).not.toContain('match');
  });

  it('shows no deed pointing back to what came before (`warned that this could not be repeated`, `sagte, das Landesamt prüfe das`)', () => {
    for (const [name, language] of [
      ['bd-en-4.txt', 'en'],
      ['be-de-3.txt', 'de']
    ] as const)
      for (const [, deed] of deedsOf(name, language) ?? [])
        expect(deed).not.toMatch(/\b(this could|prüfe das)\b/u);
  });

  it('shows no deed holding a statement the matching of statements to speakers asks (`sagte: „Man hat beim Schutz gespart …“`)', () => {
    const deeds = (deedsOf('bh-de-1.txt', 'de') ?? []).map(([, deed]) => deed);
    expect(deeds.filter((deed) => /^sagte: „/u.test(deed))).toEqual([]);
  });

  it('never pairs two names of one actor (`Die HSG Mittelweser`, `Die HSG`)', () => {
    const names = (deedsOf('c-de-3.txt', 'de') ?? []).map(([name]) => name);
    expect(names.filter((n) => /HSG/u.test(n))).toHaveLength(1);
  });

  it('shows no deed ending on a noun that only names what came before (`wies den Vorwurf zurück`: both raters of rating 126)', () => {
    const pairs = deedsOf('bj-de-1.txt', 'de') ?? [];
    expect(pairs.length).toBeGreaterThanOrEqual(3);
    expect(pairs.filter(([, deed]) => /den Vorwurf zurück$/u.test(deed))).toEqual([]);
  });

  it('shows no deed whose pronoun points outside it (`begründete ihn in der Sitzung vor allem mit dem Lärm`)', () => {
    const deeds = (deedsOf('p-de-1.txt', 'de') ?? []).map(([, deed]) => deed);
    expect(deeds.filter((deed) => /\bihn\b/u.test(deed))).toEqual([]);
  });

  it('matches a body the text calls by what it is (`die kantonale Gesundheitsdirektion`), never one whose name goes on in its sentence (`Die Gewerkschaft – reagierte Bildung und Schule mit scharfer Kritik`)', () => {
    const names = (deedsOf('bd-de-1.txt', 'de') ?? []).map(([name]) => name);
    expect(names).toContain('Die kantonale Gesundheitsdirektion');
    const union = (deedsOf('e-de-4.txt', 'de') ?? []).filter(([name]) =>
      /Gewerkschaft/u.test(name)
    );
    expect(union).toEqual([]);
  });

  it('shows no deed naming its own actor (`Franz Egger – will laut Franz Egger … werben`)', () => {
    const pairs = deedsOf('a-de-1.txt', 'de') ?? [];
    expect(pairs.filter(([name, deed]) => deed.includes(name))).toEqual([]);
  });
});
