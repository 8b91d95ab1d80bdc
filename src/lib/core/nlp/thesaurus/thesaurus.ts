/**
 * The German synonym lexicon (OpenThesaurus, LGPL 2.1): which words share a meaning. The
 * question generator uses it for vocabulary in context ("Was bedeutet „untersagt“ im Text?"),
 * for the meaning on vocabulary cards, and never guesses a sense: a word listed in more than one
 * group of synonyms has several meanings and is not asked about.
 *
 * File format (`static/models/de/thesaurus.bin`, UTF-8 text): one group of synonyms per line,
 * words separated by `;`. Words the thesaurus labels as colloquial, regional, dated, technical or
 * foreign are not in the file; a word in the group only in a restricted use (a field such as
 * `(Eishockey)`, or `(fig.)`) is marked `~word`: the group counts as one of its senses, but it
 * never gives the word a meaning nor is the word offered as one (`scripts/nlp/build-thesaurus-de.ts`).
 */

export interface Thesaurus {
  /** Groups of synonyms the word is listed in (the word itself left out), as dictionary forms. */
  senses(lemma: string): readonly (readonly string[])[];
  /** Plain synonyms of a word with one meaning, most useful first; empty when it has several
   * meanings or none is listed. */
  synonyms(lemma: string): readonly string[];
  /** Whether two words share a meaning in any group. */
  related(a: string, b: string): boolean;
  /** How many groups list the written word in either case (`Streben` and `streben`): how many
   * ways a reader may take it, where `senses` gives the meanings of the word itself. */
  readings(word: string): number;
}

interface Group {
  /** The group's plain words. */
  words: string[];
  /** Its words as written, plain and marked (for the case of their first letter). */
  all: readonly string[];
  /** Its words in a restricted use (lower case). */
  restricted: ReadonlySet<string>;
}

const key = (w: string) => w.toLowerCase();

const NONE: ReadonlySet<string> = new Set();

export function decodeThesaurus(bytes: Uint8Array): Thesaurus {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const groups: Group[] = [];
  const byWord = new Map<string, number[]>();
  for (const line of text.split('\n')) {
    if (!line) continue;
    // One pass: plain words and the few marked ones (`~Drittel`) apart.
    const words: string[] = [];
    let marked: string[] | undefined;
    for (const entry of line.split(';')) {
      if (!entry || entry === '~') throw new Error('empty word in a synonym group');
      if (entry.charCodeAt(0) === 126) (marked ??= []).push(entry.slice(1));
      else words.push(entry);
    }
    const index = groups.length;
    // (One shared empty set: only about 700 of 23,000 groups mark a word.)
    groups.push({
      words,
      all: marked ? [...words, ...marked] : words,
      restricted: marked ? new Set(marked.map(key)) : NONE
    });
    for (const w of marked ? [...words, ...marked] : words) {
      const list = byWord.get(key(w)) ?? [];
      if (!list.includes(index)) list.push(index);
      byWord.set(key(w), list);
    }
  }
  if (groups.length === 0) throw new Error('no synonym groups');
  const others = (g: Group, lemma: string) => g.words.filter((w) => key(w) !== key(lemma));
  // A German noun and a verb or adjective differ only in their first letter's case (`Zeugen`,
  // `zeugen`): a group is the word's only where it lists it with the same first letter (the card
  // for `der Zeuge` had read the plural `Zeugen` as the verb and meant `machen`, rating 100).
  const upper = (w: string) => w.charAt(0) !== w.charAt(0).toLowerCase();
  const groupsOf = (lemma: string) =>
    (byWord.get(key(lemma)) ?? []).filter((i) =>
      (groups[i] as Group).all.some((w) => key(w) === key(lemma) && upper(w) === upper(lemma))
    );
  return {
    senses(lemma) {
      return groupsOf(lemma).map((i) => others(groups[i] as Group, lemma));
    },
    synonyms(lemma) {
      const found = groupsOf(lemma);
      // (One meaning, and no other word spelt the same but for its capital: `Streben` is also
      // read as the verb.)
      if (found.length !== 1 || (byWord.get(key(lemma)) ?? []).length !== 1) return [];
      const g = groups[found[0] as number] as Group;
      if (g.restricted.has(key(lemma))) return [];
      // A synonym with one meaning itself is the clearest explanation; shorter words first.
      return others(g, lemma)
        .map((w) => ({ w, senses: byWord.get(key(w))?.length ?? 1 }))
        .sort((a, b) => a.senses - b.senses || a.w.length - b.w.length || (a.w < b.w ? -1 : 1))
        .map((x) => x.w);
    },
    readings(word) {
      return (byWord.get(key(word)) ?? []).length;
    },
    related(a, b) {
      const ga = groupsOf(a);
      const gb = new Set(groupsOf(b));
      return ga.some((i) => gb.has(i));
    }
  };
}
