import { NOUNS } from './nouns';

/** A common German noun as the lexicon knows it. */
export interface NounEntry {
  lemma: string;
  gender: 'm' | 'f' | 'n' | '-';
  /** Nominative plural, absent when the noun has none. */
  plural?: string;
}

let lemmas: Map<string, string> | undefined;
/** Lower-cased inflected form → lemma. */
let forms: Map<string, string> | undefined;

function decodePlural(lemma: string, code: string): string | undefined {
  if (!code) return undefined;
  if (code === '=') return lemma;
  const m = /^(\d+)(.*)$/u.exec(code);
  if (!m) return undefined;
  return lemma.slice(0, lemma.length - Number(m[1])) + m[2];
}

/** Parses the lexicon once, on first use, so merely importing the generator stays cheap. */
function load(): { lemmas: Map<string, string>; forms: Map<string, string> } {
  if (lemmas && forms) return { lemmas, forms };
  lemmas = new Map();
  forms = new Map();
  let start = 0;
  while (start < NOUNS.length) {
    let end = NOUNS.indexOf('\n', start);
    if (end < 0) end = NOUNS.length;
    const tab = NOUNS.indexOf('\t', start);
    const lemma = NOUNS.slice(start, tab);
    const info = NOUNS.slice(tab + 1, end);
    lemmas.set(lemma, info);
    const lower = lemma.toLowerCase();
    if (!forms.has(lower)) forms.set(lower, lemma);
    const plural = decodePlural(lemma, info.slice(1));
    if (plural) {
      const pl = plural.toLowerCase();
      if (!forms.has(pl)) forms.set(pl, lemma);
      if (!pl.endsWith('n') && !pl.endsWith('s') && !forms.has(pl + 'n'))
        forms.set(pl + 'n', lemma);
    }
    start = end + 1;
  }
  return { lemmas, forms };
}

/** The lexicon entry of a lemma, exactly as spelt (`Kamera`). */
export function nounEntry(lemma: string): NounEntry | undefined {
  const info = load().lemmas.get(lemma);
  if (info === undefined) return undefined;
  const gender = (info[0] ?? '-') as NounEntry['gender'];
  const plural = decodePlural(lemma, info.slice(1));
  return plural ? { lemma, gender, plural } : { lemma, gender };
}

/**
 * The lemma of a known common noun in any case or number (`Kameras` → `Kamera`, `Landes` →
 * `Land`), or undefined.
 */
export function nounLemma(word: string): string | undefined {
  const { forms } = load();
  const lower = word.toLowerCase();
  const direct = forms.get(lower);
  if (direct) return direct;
  // Genitive and dative singular endings the lexicon does not list.
  for (const ending of ['es', 's', 'e', 'en', 'n']) {
    if (lower.length > ending.length + 2 && lower.endsWith(ending)) {
      const lemma = forms.get(lower.slice(0, -ending.length));
      if (lemma) return lemma;
    }
  }
  return undefined;
}

const LINKS = ['', 's', 'es', 'n', 'en', 'e', 'er'];

/**
 * Splits a compound into a known modifier and a known head noun (`Überwachungskameras` →
 * `{ head: 'Kamera', lemma: 'Überwachungskamera' }`). Both parts must be known (the modifier
 * may itself be a compound), so a name such as `Hikvision` is not mistaken for `Hik` + `Vision`.
 */
export function splitCompound(
  word: string,
  depth = 0
): { head: string; lemma: string } | undefined {
  if (word.length < 6 || depth > 2) return undefined;
  const lower = word.toLowerCase();
  // Longest head first: `Handelsministerium` → `Ministerium` rather than `Um`.
  for (let i = 2; i <= lower.length - 3; i++) {
    const headForm = lower.slice(i);
    const head = nounLemma(headForm);
    if (!head) continue;
    const modifier = lower.slice(0, i);
    if (!isKnownModifier(modifier, depth)) continue;
    // The lemma of the whole compound is the modifier as written plus the head's lemma.
    const lemma = word.slice(0, i) + head.toLowerCase();
    return { head, lemma: lemma[0]?.toUpperCase() + lemma.slice(1) };
  }
  return undefined;
}

function isKnownModifier(modifier: string, depth: number): boolean {
  for (const link of LINKS) {
    if (link && !modifier.endsWith(link)) continue;
    const stem = link ? modifier.slice(0, -link.length) : modifier;
    if (stem.length < 3) continue;
    // German always links these suffixes with -s (`Überwachungskamera`): without it the word is
    // malformed (a machine-translation slip such as `Ausrüstungunternehmen`).
    if (!link && /(ung|heit|keit|schaft|tion|ität|ling)$/u.test(stem)) continue;
    if (load().forms.has(stem)) return true;
    // Verb stems as modifiers (`Wahlsieg`, `Fahrzeug`): the stem plus -en is a known noun.
    if (load().forms.has(stem + 'en') || load().forms.has(stem + 'n')) return true;
    if (splitCompound(stem[0]?.toUpperCase() + stem.slice(1), depth + 1)) return true;
  }
  return false;
}

/**
 * True for a compound that German would write with a linking -s but the text writes without
 * (`Überwachungsausrüstungunternehmen`): a typical slip of machine translation.
 */
export function isMalformedCompound(word: string): boolean {
  if (word.length < 12 || !/^\p{Lu}\p{Ll}+$/u.test(word) || isCommonNoun(word)) return false;
  const lower = word.toLowerCase();
  const re = /(ung|heit|keit|schaft|tion|ität)(?!s)/gu;
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    const cut = m.index + m[0].length;
    if (cut < 5 || cut > lower.length - 4) continue;
    const head = lower.slice(cut);
    if (
      nounLemma(head) &&
      (load().forms.has(lower.slice(0, cut)) || isCommonNoun(word.slice(0, cut)))
    )
      return true;
  }
  return false;
}

/** True when the word is a known common noun or a compound of known nouns. */
const commonNounCache = new Map<string, boolean>();

export function isCommonNoun(word: string): boolean {
  const cached = commonNounCache.get(word);
  if (cached !== undefined) return cached;
  const result = isCommonNounUncached(word);
  if (commonNounCache.size > 100_000) commonNounCache.clear();
  commonNounCache.set(word, result);
  return result;
}

function isCommonNounUncached(word: string): boolean {
  if (nounLemma(word)) return true;
  // Hyphenated compounds: the last part decides (`Social-Media-Plattform`).
  const last = word.split('-').at(-1) ?? word;
  if (last !== word && /^\p{Lu}/u.test(last)) return isCommonNoun(last);
  return splitCompound(word) !== undefined;
}

/**
 * Dictionary form of a noun for a vocabulary card: `die Überwachungskamera, -s`,
 * `das Haus, die Häuser`, or undefined when the noun is unknown.
 */
export function vocabularyForm(word: string): { lemma: string; label: string } | undefined {
  let entry: NounEntry | undefined;
  let lemma = nounLemma(word);
  if (lemma) entry = nounEntry(lemma);
  else {
    const compound = splitCompound(word);
    if (!compound) return undefined;
    const head = nounEntry(compound.head);
    if (!head) return undefined;
    lemma = compound.lemma;
    const prefix = lemma.slice(0, lemma.length - head.lemma.length);
    entry = {
      lemma,
      gender: head.gender,
      ...(head.plural ? { plural: prefix + head.plural.toLowerCase() } : {})
    };
  }
  if (!entry || entry.gender === '-') return undefined;
  const article = { m: 'der', f: 'die', n: 'das' }[entry.gender];
  let plural = '';
  if (entry.plural === entry.lemma) plural = ', -';
  else if (entry.plural?.startsWith(entry.lemma))
    plural = `, -${entry.plural.slice(entry.lemma.length)}`;
  else if (entry.plural) plural = `, die ${entry.plural}`;
  return { lemma: entry.lemma, label: `${article} ${entry.lemma}${plural}` };
}
