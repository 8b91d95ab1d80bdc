/**
 * Words the source glued together (`HansNiessl`, `BürgermeisterThomas`: a space lost in the
 * feed): a question that copies one into its prompt, key or choices shows the typo to the
 * learner (blind ratings 40–43 marked a gist key with `HansNiessl` fixable each time). The
 * generator writes them apart in what it shows; the article's sentences stay as written.
 */
import type { NameLists } from '../nlp/types';

/** Two capitalised parts of four and three letters or more, the second after a small letter. */
const GLUED = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}{3,})(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}])/gu;

/**
 * The glued words of a text and how they are written apart: a word whose second part stands
 * alone elsewhere in the text (`Niessl`) or one of whose parts is a first name (`Hans`,
 * `Thomas`). Names written so on purpose (`PowerPoint`, `YouTube`, `McIlroy`, `MacNeil`: a
 * first part of four letters at least) have neither.
 */
export function gluedWords(text: string, names?: NameLists): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of text.matchAll(GLUED)) {
    const [whole, first, second] = m as unknown as [string, string, string];
    if (found.has(whole)) continue;
    const alone = new RegExp(`(?<![\\p{L}\\p{N}])${second}(?![\\p{L}\\p{N}])`, 'u').test(text);
    const firstName =
      (names?.has('first-name', first) ?? false) || (names?.has('first-name', second) ?? false);
    if (alone || firstName) found.set(whole, `${first} ${second}`);
  }
  return found;
}

/**
 * A German word ending in a hyphen for a compound's left-out part, glued to the conjunction
 * before it (`Arbeitszeiten und-leistungen` for `und -leistungen`, blind rating 44).
 */
const GLUED_HYPHEN = /(?<=\s)(und|oder|sowie|bzw\.)-(?=\p{Ll})/gu;

/** A function that writes a text's glued words apart in any string shown to the learner. */
export function ungluer(text: string, names?: NameLists): (shown: string) => string {
  const glued = gluedWords(text, names);
  return (shown) =>
    (glued.size === 0 ? shown : shown.replace(GLUED, (whole) => glued.get(whole) ?? whole)).replace(
      GLUED_HYPHEN,
      '$1 -'
    );
}
