/**
 * Text normalisation for forgiving answer checking. Every function here is pure and total: it
 * accepts any string (including lone surrogates and control characters) and never throws.
 */

export type NumberLocale = 'de' | 'en';

export type NormalizeOptions = {
  /** Compare without regard to case (Unicode case folding, so `ß` and `SS` are equal). */
  caseInsensitive: boolean;
  /** Fold diacritics: `ä` → `a`; German umlauts also match their `ae` spelling (see `textVariants`). */
  foldDiacritics: boolean;
  /** Decides what an ambiguous separator means in `1.000` or `1,000` (see `canonicalNumber`). */
  numberLocale: NumberLocale;
};

// Stripped from both ends: whitespace, quotation marks of every language, brackets, and the
// sentence punctuation a learner adds by habit. Hyphens and minus signs stay: `-5` is not `5`.
const LEADING_NOISE = /^[\s"'`´„“”‚‘’«»‹›()[\]{}¿¡*_]+/u;
const TRAILING_NOISE = /[\s"'`´„“”‚‘’«»‹›()[\]{}.,;:!?…*_]+$/u;

// Typographic variants a phone keyboard produces; inside an answer they mean the same thing.
const APOSTROPHES = /[’‘`´ʼ]/gu;
const QUOTES = /[„“”«»‹›]/gu;
const DASHES = /[‐‑‒–—−]/gu;

/**
 * A number as written in text: either grouped thousands (`1.000.000`, `1,000`, `1 000`) with an
 * optional fraction, or plain digits with an optional fraction (`0,5`, `3.14`, `2019`).
 */
const NUMBER = /\d{1,3}(?:[.,\u0020\u00a0\u202f'’]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?/gu;

/**
 * Rewrites a number written with German or English separators to a canonical form: digits,
 * at most one `.` as the decimal mark, no leading zeros in the integer part, no trailing zeros
 * in the fraction. Works on the digit strings, never on floats, so nothing is rounded.
 *
 * How separators are read:
 * - A separator followed by anything other than exactly three digits is a decimal mark in
 *   either language (`0,5` = `0.5` = 0.5; `3.14` is 3.14 in German text too).
 * - When both `.` and `,` occur, the last one is the decimal mark (`1.234,5`, `1,234.5`).
 * - A lone separator followed by exactly three digits is ambiguous: German reads `1.000` as
 *   one thousand and `1,000` as one; English reads `1,000` as one thousand and `1.000` as one.
 *   The `locale` of the text (the question set's language) decides.
 * - Spaces and apostrophes between groups of three digits are always thousands separators.
 *
 * @example canonicalNumber('1.000', 'de') === '1000'
 * @example canonicalNumber('1.000', 'en') === '1'
 * @example canonicalNumber('0,50', 'en') === '0.5'
 */
export function canonicalNumber(written: string, locale: NumberLocale): string {
  const separators = [...written.matchAll(/[^\d]/gu)].map((match) => ({
    char: match[0],
    index: match.index
  }));
  let decimalIndex = -1;
  const last = separators.at(-1);
  if (last && (last.char === '.' || last.char === ',')) {
    const digitsAfter = written.length - last.index - 1;
    const marks = new Set(separators.map((separator) => separator.char));
    const thousandsMark = locale === 'de' ? '.' : ',';
    if (digitsAfter !== 3) decimalIndex = last.index;
    else if (marks.size > 1) decimalIndex = last.index;
    else if (separators.length === 1 && last.char !== thousandsMark) decimalIndex = last.index;
  }
  const integerPart = (decimalIndex < 0 ? written : written.slice(0, decimalIndex)).replace(
    /\D/gu,
    ''
  );
  const fractionPart = decimalIndex < 0 ? '' : written.slice(decimalIndex + 1).replace(/\D/gu, '');
  const integer = integerPart.replace(/^0+(?=\d)/u, '');
  const fraction = fractionPart.replace(/0+$/u, '');
  return fraction ? `${integer}.${fraction}` : integer;
}

/**
 * Normalises a free-text answer for comparison: trims surrounding whitespace, punctuation and
 * quotation marks, unifies typographic apostrophes, quotes and dashes, collapses runs of
 * whitespace, rewrites numbers canonically and (by default) folds case.
 *
 * @example normalizeText(' „1.000 Euro“. ', { caseInsensitive: true, foldDiacritics: false, numberLocale: 'de' }) === '1000 euro'
 */
export function normalizeText(input: string, options: NormalizeOptions): string {
  let text = input.normalize('NFC');
  text = text.replace(APOSTROPHES, "'").replace(QUOTES, '"').replace(DASHES, '-');
  text = text.replace(LEADING_NOISE, '').replace(TRAILING_NOISE, '');
  text = text.replace(NUMBER, (written) => canonicalNumber(written, options.numberLocale));
  // `50 %` and `50%` are the same answer.
  text = text.replace(/(\d)\s+(?=[%‰€$£])/gu, '$1');
  text = text.replace(/\s+/gu, ' ');
  if (options.caseInsensitive) text = caseFold(text);
  if (options.foldDiacritics) text = stripDiacritics(text);
  return text;
}

/**
 * Unicode-style case folding without locale: lower case, then the full foldings a German text
 * needs (`ß` and `ẞ` fold to `ss`, as `STRASSE` is the upper case of `Straße`).
 */
function caseFold(text: string): string {
  return text.toLowerCase().replace(/ß/gu, 'ss');
}

/** `é` → `e`, `ä` → `a`, `ß` → `ss`; letters without a decomposition stay as they are. */
function stripDiacritics(text: string): string {
  return text
    .replace(/ß/gu, 'ss')
    .replace(/ẞ/gu, 'SS')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC');
}

const UMLAUT_SPELLINGS: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ß: 'ss',
  ẞ: 'SS'
};

/**
 * All normalised spellings of a text. With diacritic folding on, a German umlaut may be written
 * plainly or as its two-letter spelling (`Müller`, `Muller`, `Mueller`), so both foldings are
 * returned; compare by checking whether the variant sets of two texts intersect.
 */
export function textVariants(input: string, options: NormalizeOptions): string[] {
  const plain = normalizeText(input, options);
  if (!options.foldDiacritics) return [plain];
  const spelledOut = normalizeText(
    input.normalize('NFC').replace(/[äöüÄÖÜßẞ]/gu, (umlaut) => UMLAUT_SPELLINGS[umlaut] ?? umlaut),
    options
  );
  return spelledOut === plain ? [plain] : [plain, spelledOut];
}

/**
 * Damerau–Levenshtein distance in its "optimal string alignment" form: insertions, deletions,
 * substitutions and swaps of two neighbours each cost one. Compares code points, not UTF-16
 * units, so an emoji counts as one character. Stops early once the distance exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  const left = [...a];
  const right = [...b];
  if (Math.abs(left.length - right.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: right.length + 1 }, (_, j) => j);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= right.length; j++) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      let best = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost
      );
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1]) {
        best = Math.min(best, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current[j] = best;
      rowMinimum = Math.min(rowMinimum, best);
    }
    if (rowMinimum > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[right.length] ?? 0;
}
