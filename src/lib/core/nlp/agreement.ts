/**
 * Many German nouns read alike in the singular and the plural nominative (`Mitarbeiter`,
 * `Spieler`, `Bürger`, `Lehrer`: most nouns in -er, -el, -en), and the tagger guesses the number
 * from the word alone. `Mitarbeiter eines Wachdienstes entdeckten den Sprengsatz` came out with a
 * singular subject and a plural verb: a clause whose parse disagrees with itself, from which the
 * generator asks nothing (11 of 51 such clauses in the German news of the development corpus).
 *
 * The repair gives a subject noun the number of its finite verb where the dictionary has that
 * number for the same form in the nominative and nothing before the noun rules it out: an
 * article or determiner must allow that number and the noun's gender (`die Lehrer lobte der
 * Direktor` keeps its disagreement: `die` is no masculine singular, so the parse is what is
 * wrong, not the number). Runs after the parse, German only (the dictionary's language).
 */
import type { Lexicon, Word } from './types';

type Gender = 'Masc' | 'Fem' | 'Neut';
type Slot = { number: 'Sing' | 'Plur'; gender?: Gender };

const SING = (...genders: Gender[]): Slot[] =>
  genders.map((gender) => ({ number: 'Sing', gender }));
const PLUR: Slot = { number: 'Plur' };

/** What a nominative determiner allows: number, and gender in the singular. */
function determinerSlots(form: string): Slot[] | undefined {
  const f = form.toLowerCase();
  if (/^(der|dieser|jener|jeder)$/u.test(f)) return SING('Masc');
  if (/^(das|dieses|jenes|jedes)$/u.test(f)) return SING('Neut');
  if (/^(die|diese|jene|keine|meine|deine|seine|ihre|unsere|eure)$/u.test(f))
    return [...SING('Fem'), PLUR];
  if (/^(ein|kein|mein|dein|sein|ihr|unser|euer)$/u.test(f)) return SING('Masc', 'Neut');
  if (/^eine$/u.test(f)) return SING('Fem');
  if (/^(alle|beide|viele|einige|mehrere|manche|wenige|zahlreiche|sämtliche)$/u.test(f))
    return [PLUR];
  return undefined;
}

/** The finite verb of the clause a subject belongs to: its head, or the head's auxiliary. */
function finiteOf(words: readonly Word[], head: Word): Word | undefined {
  if (head.feats.VerbForm === 'Fin') return head;
  return words.find(
    (w) =>
      w.head === head.id && /^(aux|aux:pass|cop)$/u.test(w.deprel) && w.feats.VerbForm === 'Fin'
  );
}

export function repairSubjectNumber(words: Word[], lexicon: Lexicon | undefined): void {
  if (!lexicon) return;
  for (const noun of words) {
    if (noun.upos !== 'NOUN' || !/^nsubj/u.test(noun.deprel)) continue;
    const head = words[noun.head - 1];
    if (!head) continue;
    const finite = finiteOf(words, head);
    const wanted = finite?.feats.Number;
    if (!wanted || !noun.feats.Number || noun.feats.Number === wanted) continue;
    // Two subjects joined by `und` take a plural verb with a singular head: no disagreement.
    if (words.some((w) => w.head === noun.id && w.deprel === 'conj')) continue;
    const readings = lexicon
      .analysesOf(noun.form)
      .filter(
        (a) =>
          a.upos === 'NOUN' &&
          a.lemma === noun.lemma &&
          a.feats.Case === 'Nom' &&
          a.feats.Number === wanted
      );
    if (readings.length === 0) continue;
    const determiners = words.filter(
      (w) => w.head === noun.id && w.id < noun.id && /^det/u.test(w.deprel)
    );
    const fits = determiners.every((d) => {
      const slots = determinerSlots(d.form);
      return (
        !!slots &&
        slots.some(
          (s) =>
            s.number === wanted && (!s.gender || readings.some((r) => r.feats.Gender === s.gender))
        )
      );
    });
    if (!fits) continue;
    noun.feats = { ...noun.feats, Number: wanted, Case: 'Nom' };
  }
}

/** A cardinal that counts one (`1`, `ein`): the noun it counts stays singular. */
const ONE = /^(1|ein|eine|einen|einem|einer|eins)$/iu;

/**
 * A noun counted by a number above one is plural (`zwei Punkte`, `123 Gesetze`, `5 Euro`), but
 * many plural forms read like an old singular dative (`Punkte`, `Tage`, `Jahre`) and the tagger
 * guessed the singular: the count was then no count (`Wie viele Punkte …?` needs the plural) and
 * the noun disagreed with its verb. The dictionary does not list every plural reading, and German
 * grammar needs none: after a cardinal above one the noun is plural, in the case its role asks
 * (subject nominative, object accusative) or the case it had. A year (`2012 Außenminister`) is no
 * count. German only.
 */
export function repairCountedNumber(words: Word[]): void {
  for (const noun of words) {
    // (A unit the tagger took for a name counts too: `rund 30.000 Euro`.)
    if (!/^(NOUN|PROPN)$/u.test(noun.upos) || noun.feats.Number !== 'Sing') continue;
    const count = words.find(
      (w) => w.head === noun.id && w.deprel === 'nummod' && w.upos === 'NUM' && w.id < noun.id
    );
    if (!count || ONE.test(count.form) || /^(1[5-9]|20)\d\d$/u.test(count.form)) continue;
    // Only adjectives between the two, and none joined to the number (`sein 20-jähriges
    // Bestehen` counts years, not the noun).
    const between = words.slice(count.id, noun.id - 1);
    if (between.some((w) => w.upos !== 'ADJ' && w.upos !== 'ADV')) continue;
    const kase = /^nsubj/u.test(noun.deprel)
      ? 'Nom'
      : noun.deprel === 'obj'
        ? 'Acc'
        : noun.feats.Case;
    noun.feats = { ...noun.feats, Number: 'Plur', ...(kase ? { Case: kase } : {}) };
  }
}
