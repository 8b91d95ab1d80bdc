import { describe, expect, it } from 'vitest';
import { loadModels } from '../../../../scripts/nlp-models';
import { repairSubjectNumber } from './agreement';
import type { Features, Word } from './types';

const lexicon = loadModels('de').lexicon;

/** Words from `form/UPOS/lemma/Number/deprel>head` specs, in order (ids from 1). */
function words(spec: string): Word[] {
  return spec.split(' ').map((s, i) => {
    const [form, upos, lemma, number, rel] = s.split('/') as [
      string,
      string,
      string,
      string,
      string
    ];
    const [deprel, head] = rel.split('>') as [string, string];
    const feats: Features = {
      ...(number ? { Number: number } : {}),
      ...(upos === 'VERB' || upos === 'AUX' ? { VerbForm: 'Fin' } : {})
    };
    return {
      id: i + 1,
      form,
      lemma,
      upos,
      feats,
      head: Number(head),
      deprel,
      start: 0,
      end: 0,
      spaceAfter: true
    } as Word;
  });
}

const numberOf = (ws: Word[], form: string) => ws.find((w) => w.form === form)?.feats.Number;

describe('repairSubjectNumber', () => {
  it('gives a noun that reads alike in both numbers the number of its verb (`Mitarbeiter eines Wachdienstes entdeckten …` was left unasked as a parse that disagrees with itself)', () => {
    const ws = words(
      'Mitarbeiter/NOUN/Mitarbeiter/Sing/nsubj>4 eines/DET/ein/Sing/det>3 Wachdienstes/NOUN/Wachdienst/Sing/nmod>1 entdeckten/VERB/entdecken/Plur/root>0'
    );
    repairSubjectNumber(ws, lexicon);
    expect(numberOf(ws, 'Mitarbeiter')).toBe('Plur');
    const counted = words(
      'Beide/DET/beide/Plur/det>2 Spieler/NOUN/Spieler/Sing/nsubj>3 müssen/AUX/müssen/Plur/root>0'
    );
    repairSubjectNumber(counted, lexicon);
    expect(numberOf(counted, 'Spieler')).toBe('Plur');
  });

  it('leaves a disagreement that an article rules out, or a form with no such reading (`Die Lehrer lobte der Direktor`, `Details … wollte Doskozil nicht nennen`)', () => {
    const objectFirst = words(
      'Die/DET/der/Plur/det>2 Lehrer/NOUN/Lehrer/Plur/nsubj>3 lobte/VERB/loben/Sing/root>0'
    );
    repairSubjectNumber(objectFirst, lexicon);
    expect(numberOf(objectFirst, 'Lehrer')).toBe('Plur');
    const details = words('Details/NOUN/Detail/Plur/nsubj>2 wollte/VERB/wollen/Sing/root>0');
    repairSubjectNumber(details, lexicon);
    expect(numberOf(details, 'Details')).toBe('Plur');
  });

  it('leaves coordinated subjects, which take a plural verb (`Kanzler Faymann und Vize Mitterlehner dämpften …`)', () => {
    const ws = words(
      'Kanzler/NOUN/Kanzler/Sing/nsubj>4 und/CCONJ/und//cc>3 Vize/NOUN/Vize/Sing/conj>1 dämpften/VERB/dämpfen/Plur/root>0'
    );
    repairSubjectNumber(ws, lexicon);
    expect(numberOf(ws, 'Kanzler')).toBe('Sing');
  });
});
