/**
 * Fixed figurative expressions whose words, read literally, say something absurd (`Fachkräfte
 * wachsen nicht auf Bäumen`, `money does not grow on trees`, `the tip of the iceberg`). A
 * question on such a clause asks the image, not the fact (`Wer wächst nicht auf Bäumen?`), and a
 * statement made false by dropping its `nicht` is false by common sense alone (both raters of
 * blind rating 106 struck both). Only expressions that are never meant literally in news are
 * listed: `auf Eis legen` (`Das Projekt wurde auf Eis gelegt`) asks a fair question and is not.
 *
 * Each expression is the set of lemmas (lower case) that must all stand within a few words of
 * one another in a sentence.
 */
import type { Word } from '../../nlp/types';

const IDIOMS: Record<'de' | 'en', readonly (readonly string[])[]> = {
  de: [
    ['wachsen', 'auf', 'baum'],
    ['spitze', 'eisberg'],
    ['tropfen', 'heiß', 'stein'],
    ['haar', 'suppe'],
    ['eule', 'athen'],
    ['kopf', 'sand', 'stecken'],
    ['sand', 'setzen', 'karren'],
    ['sand', 'getriebe'],
    ['apfel', 'birne', 'vergleichen'],
    ['tomate', 'auge'],
    ['wolke', 'fallen', 'aus'],
    ['katze', 'sack'],
    ['haus', 'flattern'],
    ['öl', 'feuer', 'gießen'],
    ['nagel', 'kopf', 'treffen'],
    ['hand', 'feuer', 'legen'],
    ['kuh', 'eis'],
    ['fass', 'überlaufen'],
    ['rechnung', 'wirt'],
    ['boden', 'schießen', 'aus'],
    ['teppich', 'kehren'],
    ['röhre', 'schauen'],
    ['röhre', 'gucken'],
    ['strang', 'ziehen'],
    ['bank', 'lang', 'schieben'],
    ['stein', 'rollen', 'bringen'],
    ['apfel', 'sauer', 'beißen'],
    ['elefant', 'porzellanladen'],
    ['kind', 'bad', 'ausschütten']
  ],
  en: [
    ['grow', 'on', 'tree'],
    ['tip', 'iceberg'],
    ['drop', 'ocean'],
    ['drop', 'bucket'],
    ['elephant', 'room'],
    ['head', 'sand', 'bury'],
    ['sweep', 'carpet'],
    ['sweep', 'rug'],
    ['apple', 'orange', 'compare'],
    ['arm', 'leg', 'cost'],
    ['ball', 'court'],
    ['kick', 'can', 'road'],
    ['light', 'end', 'tunnel'],
    ['fuel', 'fire', 'add'],
    ['nail', 'head', 'hit'],
    ['cat', 'bag', 'let'],
    ['last', 'straw'],
    ['piece', 'cake'],
    ['back', 'burner'],
    ['same', 'boat'],
    ['blue', 'moon'],
    ['spill', 'bean'],
    ['bite', 'bullet'],
    ['break', 'ice'],
    ['storm', 'teacup'],
    ['writing', 'wall'],
    ['icing', 'cake'],
    ['drawing', 'board'],
    ['move', 'goalpost'],
    ['egg', 'basket'],
    ['red', 'herring'],
    ['low-hanging', 'fruit'],
    ['double-edged', 'sword'],
    ['tip', 'scale']
  ]
};

/** How far apart (in words) the words of one expression may stand. */
const SPAN = 8;

/**
 * The ids of the words of every figurative expression in a sentence (empty when there is none):
 * an expression's lemmas all within `SPAN` words, each taken at its nearest occurrence.
 */
export function idiomWords(words: readonly Word[], language: 'de' | 'en'): Set<number> {
  const out = new Set<number>();
  const lemmas = words.map((w) => w.lemma.toLowerCase());
  const forms = words.map((w) => w.form.toLowerCase());
  for (const idiom of IDIOMS[language]) {
    const first = idiom[0] as string;
    for (let i = 0; i < words.length; i++) {
      if (lemmas[i] !== first && forms[i] !== first) continue;
      const ids: number[] = [(words[i] as Word).id];
      for (const part of idiom.slice(1)) {
        let best = -1;
        for (let j = Math.max(0, i - SPAN); j < Math.min(words.length, i + SPAN + 1); j++)
          if (
            (lemmas[j] === part || forms[j] === part) &&
            (best < 0 || Math.abs(j - i) < Math.abs(best - i))
          )
            best = j;
        if (best < 0) break;
        ids.push((words[best] as Word).id);
      }
      if (ids.length === idiom.length) for (const id of ids) out.add(id);
    }
  }
  return out;
}
