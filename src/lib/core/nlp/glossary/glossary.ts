/**
 * The English glossary (from WordNet 3.1, Princeton University, WordNet licence): for a word of
 * a word class whose most frequent sense clearly dominates, that sense's short definition, its
 * one-word synonyms and its lexicographer class (`noun.act`, `noun.person`, `verb.motion` …).
 * The question generator uses it for the meaning on English vocabulary cards and for word banks
 * of the same kind of thing; a word whose senses are about equally common is not in the file,
 * so no sense is guessed.
 *
 * File format (`static/models/en/glossary.bin`, UTF-8 text, built by
 * `scripts/nlp/build-glossary-en.ts`): one entry per line, five fields separated by tabs: the
 * word (lower case), its class letter (`n`, `v`, `a`, `r`), the lexicographer file numbers of
 * its senses (WordNet's `lex_filenum`, 0–44, separated by `,`, the dominant sense's first), the
 * dominant sense's synonyms separated by `;` and its definition (both empty where no sense
 * dominates).
 */

/** WordNet's lexicographer files by number (`lexnames`), the coarse kinds of meaning. */
export const GLOSSARY_CLASSES: readonly string[] = [
  'adj.all',
  'adj.pert',
  'adv.all',
  'noun.Tops',
  'noun.act',
  'noun.animal',
  'noun.artifact',
  'noun.attribute',
  'noun.body',
  'noun.cognition',
  'noun.communication',
  'noun.event',
  'noun.feeling',
  'noun.food',
  'noun.group',
  'noun.location',
  'noun.motive',
  'noun.object',
  'noun.person',
  'noun.phenomenon',
  'noun.plant',
  'noun.possession',
  'noun.process',
  'noun.quantity',
  'noun.relation',
  'noun.shape',
  'noun.state',
  'noun.substance',
  'noun.time',
  'verb.body',
  'verb.change',
  'verb.cognition',
  'verb.communication',
  'verb.competition',
  'verb.consumption',
  'verb.contact',
  'verb.creation',
  'verb.emotion',
  'verb.motion',
  'verb.perception',
  'verb.possession',
  'verb.social',
  'verb.stative',
  'verb.weather',
  'adj.ppl'
];

export type GlossaryPos = 'NOUN' | 'VERB' | 'ADJ' | 'ADV';

export interface GlossEntry {
  /** One-word synonyms of the dominant sense (the word itself left out). */
  synonyms: readonly string[];
  /** The dominant sense's short definition (`the act of conducting a controlled test …`). */
  definition: string;
  /** Its lexicographer class (`noun.act`). */
  kind: string;
}

export interface Glossary {
  /** The dominant sense of a word (its dictionary form) in a word class, where one dominates. */
  sense(lemma: string, pos: GlossaryPos): GlossEntry | undefined;
  /** The kinds of meaning of all the word's senses in a word class (`noun.act`, …); empty when
   * the word is not in the glossary. */
  kinds(lemma: string, pos: GlossaryPos): readonly string[];
}

const LETTER: Record<GlossaryPos, string> = { NOUN: 'n', VERB: 'v', ADJ: 'a', ADV: 'r' };

export function decodeGlossary(bytes: Uint8Array): Glossary {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const entries = new Map<string, { kinds: string[]; sense?: GlossEntry }>();
  let lineNumber = 0;
  for (const line of text.split('\n')) {
    lineNumber++;
    if (!line) continue;
    const fields = line.split('\t');
    const [lemma, pos, lexFiles, synonyms, definition] = fields;
    const kinds = (lexFiles ?? '').split(',').map((n) => GLOSSARY_CLASSES[Number(n)]);
    if (
      fields.length !== 5 ||
      !lemma ||
      !/^[nvar]$/u.test(pos ?? '') ||
      !/^\d{1,2}(,\d{1,2})*$/u.test(lexFiles ?? '') ||
      kinds.some((k) => k === undefined) ||
      (!definition && !!synonyms)
    )
      throw new Error(`malformed glossary entry on line ${lineNumber}`);
    const known = kinds as string[];
    entries.set(`${pos}|${lemma}`, {
      kinds: known,
      ...(definition
        ? {
            sense: {
              synonyms: synonyms ? synonyms.split(';') : [],
              definition,
              kind: known[0] as string
            }
          }
        : {})
    });
  }
  if (entries.size === 0) throw new Error('no glossary entries');
  const entry = (lemma: string, pos: GlossaryPos) => {
    const key = lemma.toLowerCase();
    const found = entries.get(`${LETTER[pos]}|${key}`);
    if (found) return found;
    // WordNet spells American: a British spelling is looked up as its American twin
    // (`organiser` had no meaning on its card, rating 128).
    const american = americanSpelling(key);
    return american === key ? undefined : entries.get(`${LETTER[pos]}|${american}`);
  };
  return {
    sense: (lemma, pos) => entry(lemma, pos)?.sense,
    kinds: (lemma, pos) => entry(lemma, pos)?.kinds ?? []
  };
}

/**
 * The American spelling of a British one, for the regular patterns: `-ise`/`-isation`
 * (`organiser` → `organizer`), `-our` (`behaviour`), `-tre` (`centre`), `-ogue` (`catalogue`),
 * `-ence` of `defence`/`offence`/`licence`, doubled `l` before a suffix (`travelled`).
 */
export function americanSpelling(word: string): string {
  return word
    .replace(/(?<=\p{L}{2})is(e|ed|es|ing|er|ers|ation|ations)$/u, 'iz$1')
    .replace(
      /^(behavi|col|flav|fav|hon|hum|lab|neighb|harb|rum|vap|vig|sav|endeav|arm|od|tum|parl|savi|clam|ard|splend|rig|val)our(s|ed|ing|ite|ites|able|less|ful|hood|ly|er|ers)?$/u,
      '$1or$2'
    )
    .replace(/(?<=\p{L}{2})tre(s|d)?$/u, 'ter$1')
    .replace(/(?<=\p{L}{3})ogue(s)?$/u, 'og$1')
    .replace(/^(def|off|lic)ence(s)?$/u, '$1ense$2')
    .replace(/(?<=\p{L}{2}[aeiou])ll(ed|ing|er|ers)$/u, 'l$1');
}
