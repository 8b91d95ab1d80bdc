/**
 * A German name in the genitive before a noun (`Tessmers Grab`, `nach Kesslers Einschätzung`,
 * `Brasiliens Top-Stürmer Neymar`) is that noun's owner. The parser, which has seen few such
 * names, often reads the two as separate phrases of the verb (`Brasiliens` and `Top-Stürmer` both
 * objects: `Wen hat der Fußballverband Brasiliens gesperrt?`) or hangs the noun on the name
 * (`Tessmers` the subject and `Grab` its part). In the German news and fixtures, 21 of 33 names in
 * `-s` before a noun outside the parse's possessor relation were such owners.
 *
 * The repair makes the name the noun's possessor (`nmod:poss`) and gives the noun the name's
 * place in the clause, where the text settles it: the name ends on `-s`, the text uses it without
 * the `-s` too (`Tessmer`), or the name lists have it as a country, region or city in the
 * genitive (`Serbiens`); the noun right after it is outside every name. Runs on the whole text
 * (the plain form may stand in another sentence), German only.
 */
import type { AnalysedSentence, NameLists, Word } from './types';

/** Name lists whose entries take a genitive `-s` (`Serbiens`, `Bayerns`, `Wiens`). */
const PLACE_LISTS = ['country', 'world-region', 'city'] as const;

/** Whether attaching `word` under `head` would close a loop. */
function wouldLoop(words: readonly Word[], word: Word, head: number): boolean {
  for (let at = head, steps = 0; at !== 0 && steps <= words.length; steps++) {
    if (at === word.id) return true;
    at = words[at - 1]?.head ?? 0;
  }
  return false;
}

export function repairPreposedGenitive(
  sentences: readonly AnalysedSentence[],
  names: NameLists | undefined
): void {
  const forms = new Set<string>();
  for (const s of sentences) for (const w of s.words) forms.add(w.form);
  for (const s of sentences) {
    const words = s.words;
    const named = (id: number) => s.entities.some((e) => e.start <= id && id < e.end);
    // The recogniser's names, and a name alone it missed (`Tessmers Grab` opening a sentence).
    const spans = [
      ...s.entities.filter((e) => e.type === 'PER' || e.type === 'ORG' || e.type === 'LOC'),
      ...words
        .filter((w) => w.upos === 'PROPN' && !named(w.id))
        .map((w) => ({ start: w.id, end: w.id + 1 }))
    ];
    for (const span of spans) {
      const last = words[span.end - 2];
      const noun = words[span.end - 1];
      if (!last || !noun || !/\p{L}{2,}s$/u.test(last.form)) continue;
      if (noun.upos !== 'NOUN' || !/^\p{Lu}/u.test(noun.form)) continue;
      if (named(noun.id)) continue;
      const plain = last.form.slice(0, -1);
      const place = PLACE_LISTS.some((list) => names?.has(list, plain));
      if (!forms.has(plain) && !place) continue;
      const inSpan = (id: number) => id >= span.start && id < span.end;
      const head = words.slice(span.start - 1, span.end - 1).find((w) => !inSpan(w.head));
      if (!head) continue;
      if (head.head === noun.id && head.deprel === 'nmod:poss') continue;
      const before = words.map((w) => ({ head: w.head, deprel: w.deprel }));
      if (inSpan(noun.head)) {
        noun.head = head.head;
        noun.deprel = head.deprel;
      }
      // Words the parse hung on the name after the noun belong to the noun's phrase
      // (`Puerto Ricos Gouverneur Alejandro Garcia Padilla`).
      for (const w of words)
        if (w.id > noun.id && inSpan(w.head) && !inSpan(w.id)) w.head = noun.id;
      const looped = wouldLoop(words, head, noun.id);
      if (looped) {
        words.forEach((w, i) => Object.assign(w, before[i]));
        continue;
      }
      head.head = noun.id;
      head.deprel = 'nmod:poss';
      if (head === last) last.feats = { ...last.feats, Case: 'Gen' };
    }
  }
}

/** Determiners of a German genitive (`der Kammer`, `des Systems`, `eines Viertels`). */
const GENITIVE_DETERMINER = /^(der|des|eines|einer|dieser|dieses|jener|jenes)$/iu;

/**
 * A noun phrase after a subject is that subject's attribute only in the genitive (`die Zahl der
 * Anfragen`); one the tagger reads as nominative or accusative with no genitive article (`hat
 * die Landesregierung derzeit keine Mehrheit mehr`, `hat der Schutzstatus weitreichende Folgen`,
 * `startet der Trojaner seine Verschlüsselungsaktivitäten`) is the verb's object, which the parse
 * hung on the subject. Asked, the subject took the object with it (`Was hat für Rehbein? der
 * Schutzstatus weitreichende Folgen`). Only for a full verb with no object of its own and a common
 * noun as subject (a name in `-s` before a noun is its owner: see `repairPreposedGenitive`).
 */
export function repairObjectReadAsAttribute(words: Word[]): void {
  for (const noun of words) {
    if (noun.deprel !== 'nmod' || noun.upos !== 'NOUN') continue;
    if (noun.feats.Case !== 'Nom' && noun.feats.Case !== 'Acc') continue;
    const subject = words[noun.head - 1];
    if (!subject || subject.upos !== 'NOUN' || !/^nsubj$/u.test(subject.deprel)) continue;
    if (noun.id < subject.id) continue;
    const verb = words[subject.head - 1];
    if (!verb || verb.upos !== 'VERB' || verb.feats.VerbForm === 'Part') continue;
    const kids = words.filter((w) => w.head === noun.id);
    if (kids.some((w) => w.upos === 'ADP' || GENITIVE_DETERMINER.test(w.form))) continue;
    if (words.some((w) => w.head === verb.id && /^(obj|cop)$/u.test(w.deprel))) continue;
    noun.head = verb.id;
    noun.deprel = 'obj';
    noun.feats = { ...noun.feats, Case: 'Acc' };
  }
}
