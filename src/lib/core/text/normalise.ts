/**
 * Cleans raw article text before anything else looks at it: Unicode NFC, no BOM, soft hyphens
 * or zero-width characters, one kind of whitespace, one style of quotation marks, and the
 * detached hyphens machine translation leaves behind (`Social -Media -Plattform`).
 */

const DOUBLE_QUOTES = /["„“”«»‟❝❞＂]/u;
const SINGLE_QUOTES = /[‚‘’‹›']/u;

/** Quotation marks per language: opening and closing, double and single. */
const STYLE = {
  de: { open: '„', close: '“', openSingle: '‚', closeSingle: '‘' },
  en: { open: '“', close: '”', openSingle: '‘', closeSingle: '’' }
} as const;

/**
 * Repairs a hyphen that machine translation detached from the word before it: a space before
 * the hyphen and none after it is never right between two words.
 *
 * @example repairDetachedHyphens('Social -Media -Plattform') === 'Social-Media-Plattform'
 */
export function repairDetachedHyphens(text: string): string {
  return text.replace(/(?<=[\p{L}\p{N}])[ \t]+-(?=[\p{L}\p{N}])/gu, '-');
}

/**
 * Unifies quotation marks to the language's typographic style. A mark opens when it follows
 * the start, whitespace, an opening bracket or a dash, and closes otherwise; an apostrophe
 * between letters (`don't`, `Peter's`) stays.
 *
 * @example unifyQuotes('«Ja», sagte er.', 'de') === '„Ja“, sagte er.'
 */
export function unifyQuotes(text: string, language: 'de' | 'en'): string {
  const style = STYLE[language];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    const before = text[i - 1];
    const after = text[i + 1];
    const opens = before === undefined || /[\s([{\-–—/]/u.test(before);
    if (DOUBLE_QUOTES.test(ch)) {
      out += opens && after !== undefined && !/\s/u.test(after) ? style.open : style.close;
    } else if (SINGLE_QUOTES.test(ch)) {
      const letterBefore = before !== undefined && /[\p{L}\p{N}]/u.test(before);
      const letterAfter = after !== undefined && /[\p{L}\p{N}]/u.test(after);
      if (letterBefore && letterAfter) out += ch === "'" ? "'" : '’';
      else if (opens && letterAfter) out += style.openSingle;
      else if (letterBefore && (ch === '’' || ch === "'") && !hasOpenSingle(out, style.openSingle))
        out += ch; // a trailing apostrophe (`the Joneses'`), not a closing quote
      else out += style.closeSingle;
    } else out += ch;
  }
  return out;
}

function hasOpenSingle(textSoFar: string, openSingle: string): boolean {
  const lastOpen = textSoFar.lastIndexOf(openSingle);
  return lastOpen >= 0 && textSoFar.length - lastOpen < 400;
}

/**
 * Full clean-up of an article. Paragraphs (blank-line separated) and single line breaks are
 * kept as `\n`, because a line without a full stop is a headline.
 *
 * @example normaliseText('\uFEFFUS -Haftbefehl  „x“', 'de') === 'US-Haftbefehl „x“'
 */
export function normaliseText(raw: string, language: 'de' | 'en'): string {
  let text = raw.replace(/\uFEFF/gu, '').normalize('NFC');
  text = text.replace(/\u00AD|\u200B|\u200C|\u200D|\u2060/gu, '');
  text = text.replace(/\r\n?/gu, '\n').replace(/[\u2028\u2029]/gu, '\n');
  // Every other kind of space, tab and control character becomes a plain space.
  text = text.replace(/[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/gu, ' ');
  // eslint-disable-next-line no-control-regex
  text = text.replace(/[\u0000-\u0008\u000E-\u001F\u007F]/gu, ' ');
  text = repairDetachedHyphens(text);
  text = unifyQuotes(text, language);
  text = text
    .split('\n')
    .map((line) =>
      line
        .replace(/ {2,}/gu, ' ')
        .replace(/ +([,;:.!?])/gu, '$1')
        .trim()
    )
    .join('\n');
  return text.replace(/\n{3,}/gu, '\n\n').trim();
}
