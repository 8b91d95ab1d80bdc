/**
 * Matching people to their roles: the roles in one form, through the real analysis on a
 * fixture of rating 115's batch.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docOf } from '../../fixture-docs';
import { LANGUAGE_PACKS } from '../../languages';
import { matchKind, roleWithoutArticle } from './index';

describe('match: roles in one form', () => {
  it('writes a German role without its article, its adjective with the ending it then takes (`Der Weilersbacher Kinderarzt` beside `Schulleiter`: both raters of rating 115)', () => {
    expect(roleWithoutArticle('Der Weilersbacher Kinderarzt')).toBe('Weilersbacher Kinderarzt');
    expect(roleWithoutArticle('der kanadische Industrieminister')).toBe(
      'kanadischer Industrieminister'
    );
    expect(roleWithoutArticle('die neue Schulleiterin')).toBe('neue Schulleiterin');
    expect(roleWithoutArticle('das jüngste Mitglied')).toBe('jüngstes Mitglied');
    expect(roleWithoutArticle('Die Leiterin des Gesundheitsamts')).toBe(
      'Leiterin des Gesundheitsamts'
    );
    expect(roleWithoutArticle('Schulleiter')).toBe('Schulleiter');
    // (A word before the noun that is no adjective in `-e` is not guessed at.)
    expect(roleWithoutArticle('die alten Freunde')).toBeUndefined();
  });

  it('offers no role with an article in a matching task', () => {
    const file = new URL('../../fixtures/unseen/ay-de-1.txt', import.meta.url);
    const doc = docOf(readFileSync(file, 'utf8'), 'de');
    const [match] = matchKind.propose({ doc, pack: LANGUAGE_PACKS.de });
    const roles = (match?.answer as [string, string][]).map(([, role]) => role);
    expect(roles).toContain('Weilersbacher Kinderarzt');
    for (const role of roles) expect(role).not.toMatch(/^(der|die|das)\s/iu);
  });
});
