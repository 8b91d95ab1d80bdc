import { describe, expect, it } from 'vitest';
import { insideQuotation } from './document';

describe('insideQuotation', () => {
  const at = (text: string, wordInside: string) => text.indexOf(wordInside);

  it('reads German „…“ and English “…” quotations', () => {
    const de = '„Das ist gut“, sagte Foglar.';
    expect(insideQuotation(de, at(de, 'gut'), 'de')).toBe(true);
    expect(insideQuotation(de, at(de, 'Foglar'), 'de')).toBe(false);
    const en = '“The plan includes training,” said Carlos Saldarriaga.';
    expect(insideQuotation(en, at(en, 'plan'), 'en')).toBe(true);
    expect(insideQuotation(en, at(en, 'Carlos'), 'en')).toBe(false);
  });

  it('knows a sentence that begins inside a quotation by its first mark closing one (`… judgements,” Mr Chidambaram said.`)', () => {
    const en = 'I do not wish to make any judgements,” Mr Chidambaram said.';
    expect(insideQuotation(en, at(en, 'judgements'), 'en')).toBe(true);
    expect(insideQuotation(en, at(en, 'Mr'), 'en')).toBe(false);
  });

  it('turns straight marks on and off', () => {
    const en = 'He said "we will win" and left.';
    expect(insideQuotation(en, at(en, 'win'), 'en')).toBe(true);
    expect(insideQuotation(en, at(en, 'left'), 'en')).toBe(false);
  });

  it('takes a quotation the source never closes in its paragraph for none (a tweet `„I’m a chauvinist …` before `Am Donnerstag teilte dann …`)', () => {
    const de =
      'Hunt sagt bei einem Essen „I’m a chauvinist and keep girls single. Am Donnerstag teilte dann das College den Rückzug mit.\nDas ist „gut“.';
    expect(insideQuotation(de, at(de, 'teilte'), 'de')).toBe(false);
    expect(insideQuotation(de, at(de, 'gut'), 'de')).toBe(true);
  });
});
