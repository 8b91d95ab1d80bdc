/**
 * German hyphenation where the browser has none. `hyphens: auto` hyphenates only in languages
 * the browser has a dictionary for; Chromium on Linux, for one, has no German one, and a phone
 * column then breaks "Überwachungsausrüstungsunternehmen" nowhere. There the reader loads the
 * `hyphen` package's German patterns (the 1996 spelling, ~150 KB gzip, only on this page, only
 * in such a browser) and puts soft hyphens into long words, which the browser breaks at and
 * shows as a hyphen only at a line's end.
 */

/** Words shorter than this are left alone: they fit a line, and short syllables read badly. */
const MIN_WORD_LENGTH = 10;

/** A word long enough to need two lines in a narrow box if it is not hyphenated. */
const PROBE = 'Silbentrennungsalgorithmus';

/**
 * Whether this browser hyphenates `lang` by itself: a long word in a box narrower than the word,
 * with `hyphens: auto`, wraps onto a second line only when the browser can hyphenate it.
 */
export function browserHyphenates(lang: string): boolean {
  const probe = document.createElement('div');
  probe.lang = lang;
  probe.textContent = PROBE;
  // CSSOM, not a style attribute: the Content-Security-Policy allows no inline styles.
  Object.assign(probe.style, {
    position: 'absolute',
    visibility: 'hidden',
    width: '5em',
    fontSize: '16px',
    lineHeight: '20px',
    hyphens: 'auto',
    webkitHyphens: 'auto',
    overflowWrap: 'normal',
    wordBreak: 'normal'
  });
  document.body.append(probe);
  const lines = Math.round(probe.getBoundingClientRect().height / 20);
  probe.remove();
  return lines > 1;
}

/** Puts soft hyphens into a text's long words. */
export type Hyphenator = (text: string) => string;

/** The German hyphenator, loaded on first use. */
export async function loadGermanHyphenator(): Promise<Hyphenator> {
  const { hyphenateSync } = (await import('hyphen/de-1996')).default as {
    hyphenateSync: (text: string, options: { minWordLength: number }) => string;
  };
  return (text) => hyphenateSync(text, { minWordLength: MIN_WORD_LENGTH });
}
