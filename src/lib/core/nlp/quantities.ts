/**
 * Date/time and number/amount spans, found by rules over tagged words: these have a closed
 * shape (month names, years, clock times, numerals with units and currencies) that rules get
 * right and treebank-sized models do not learn better.
 */
import type { EntitySpan, Language, TaggedWord } from './types';

type W = TaggedWord & { form: string };

const MONTHS: Record<Language, Set<string>> = {
  de: new Set(
    'januar jänner februar feber märz april mai juni juli august september oktober november dezember jan. feb. mär. apr. jun. jul. aug. sep. sept. okt. nov. dez.'.split(
      ' '
    )
  ),
  en: new Set(
    'january february march april may june july august september october november december jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.'.split(
      ' '
    )
  )
};

const WEEKDAYS: Record<Language, Set<string>> = {
  de: new Set('montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag'.split(' ')),
  en: new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '))
};

/** Words that make a number an amount when they follow it. */
const UNITS = new Set(
  (
    'prozent % prozentpunkte euro eur € dollar usd $ pfund £ franken yen yuan rubel cent ' +
    'millionen million mio. milliarden milliarde mrd. billionen tausend hundert ' +
    'kilometer km meter m zentimeter cm millimeter mm kilogramm kg gramm g tonnen tonne t liter l ' +
    'stunden stunde minuten minute sekunden jahre jahren jahr monate monaten tage tagen wochen ' +
    'grad menschen personen einwohner mitglieder stimmen punkte tore ' +
    'percent per cent dollars pounds euros million billion trillion thousand hundred ' +
    'kilometres kilometers miles metres meters feet tonnes tons years months days weeks hours ' +
    'minutes seconds degrees people points goals votes'
  ).split(' ')
);

const CURRENCY_BEFORE = new Set(['$', '€', '£', 'us$', 'eur', 'usd', 'chf']);

const YEAR = /^(1[0-9]{3}|20[0-9]{2})$/u;

const isNumberWord = (w: W | undefined) =>
  !!w && (w.upos === 'NUM' || /^\d+(?:[.,]\d+)*$/u.test(w.form));

/**
 * @example
 * // „am 28. Juni 2015“ → DATE over `28. Juni 2015`; „3,5 Millionen Euro“ → NUM over all three
 */
export function findQuantities(words: readonly W[], language: Language): EntitySpan[] {
  const spans: EntitySpan[] = [];
  const used = new Array<boolean>(words.length).fill(false);
  const lower = (i: number) => (words[i]?.form ?? '').toLowerCase();
  const push = (type: EntitySpan['type'], first: number, last: number) => {
    for (let i = first; i <= last; i++) used[i] = true;
    spans.push({ type, start: first + 1, end: last + 2 });
  };
  // Dates: [weekday,] [day.] month [year] | month day, year | year alone | clock time
  for (let i = 0; i < words.length; i++) {
    if (used[i]) continue;
    if (MONTHS[language].has(lower(i))) {
      let first = i;
      let last = i;
      if (language === 'de' && /^\d{1,2}\.$/u.test(words[i - 1]?.form ?? '')) first = i - 1;
      if (language === 'en' && /^\d{1,2}(?:st|nd|rd|th)?$/u.test(words[i - 1]?.form ?? ''))
        first = i - 1;
      if (language === 'en' && /^\d{1,2}(?:st|nd|rd|th)?$/u.test(words[i + 1]?.form ?? '')) {
        last = i + 1;
        if (words[i + 2]?.form === ',' && YEAR.test(words[i + 3]?.form ?? '')) last = i + 3;
      }
      if (YEAR.test(words[last + 1]?.form ?? '')) last++;
      if (first > 0 && WEEKDAYS[language].has(lower(first - 1))) first--;
      else if (
        first > 1 &&
        words[first - 1]?.form === ',' &&
        WEEKDAYS[language].has(lower(first - 2))
      )
        first -= 2;
      if (used.slice(first, last + 1).some(Boolean)) continue;
      push('DATE', first, last);
      i = last;
      continue;
    }
    if (WEEKDAYS[language].has(lower(i))) {
      push('DATE', i, i);
      continue;
    }
    const form = words[i]?.form ?? '';
    if (YEAR.test(form) && !UNITS.has(lower(i + 1))) {
      // A year: after Jahr/in/im/seit/bis/von or standing alone as a four-digit number.
      push('DATE', i, i);
      continue;
    }
    if (/^\d{1,2}[.:]\d{2}$/u.test(form) && /^(uhr|h|a\.m\.|p\.m\.|am|pm)$/u.test(lower(i + 1))) {
      push('DATE', i, i + 1);
      i++;
      continue;
    }
    if (/^\d{1,2}$/u.test(form) && lower(i + 1) === 'uhr') {
      push('DATE', i, i + 1);
      i++;
    }
  }
  // Amounts: [currency] number+ [unit+] | number % ; spelled-out numerals tagged NUM.
  for (let i = 0; i < words.length; i++) {
    if (used[i] || !isNumberWord(words[i])) continue;
    let first = i;
    let last = i;
    while (isNumberWord(words[last + 1]) && !used[last + 1]) last++;
    if (first > 0 && CURRENCY_BEFORE.has(lower(first - 1)) && !used[first - 1]) first--;
    while (UNITS.has(lower(last + 1)) && !used[last + 1] && last - i < 4) last++;
    push('NUM', first, last);
    i = last;
  }
  return spans.sort((a, b) => a.start - b.start);
}
