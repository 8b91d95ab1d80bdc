/**
 * The English entity recogniser: rules over capitalised runs and the gazetteer, for lack of
 * openly licensed English NER training data. A run is a stretch of name words (capitalised, or
 * PROPN when a tagger gave parts of speech) that may hold `of`/`&`/name particles inside; a title
 * before it (`President`, `Mrs`) marks a person and stays outside the span; cue words (`Inc.`,
 * `University`, `Ministry`, `River`) and the lists (countries, cities, first names) give the
 * type. Nationality words (`French`) are not entities, in line with the German model, where
 * GermEval's `-deriv` labels map to O.
 */
import type { EntitySpan, TaggedWord } from '../types';
import type { Gazetteer } from '../gazetteer/gazetteer';
import type { NameType } from './bio';

type Input = readonly (TaggedWord & { form: string })[];

/** Capitalised words that open sentences and headlines but never names. */
const FUNCTION_WORDS = new Set(
  `a an the this that these those there here it its he she we they i you his her their our my
  your me him us them in on at of for with by from to into onto over under after before during
  since until as if when while where why how what who whom which whose but and or nor so yet
  because although though however also then thus therefore still even just only not no yes
  some many most all any each every both either neither few several much more less other
  another such one today yesterday tomorrow now meanwhile according last next first new
  please thanks thank hello hi dear well oh ok okay let lets let's be is are was were has have
  had do does did can could will would shall should may might must according`
    .split(/\s+/)
    .filter(Boolean)
);

/** Lower-case words allowed inside a name (`Bank of England`, `Ludwig van Beethoven`); not
 * `and`, which far more often joins two names (`Mrs Thatcher and Dr. Zhivago`). */
const LINKS = new Set(['of', 'for', '&', 'de', 'del', 'der', 'van', 'von', 'da', 'di']);
const PARTICLES = new Set(['de', 'del', 'der', 'van', 'von', 'da', 'di', 'du', 'al', 'bin', 'la']);

const NAME_LISTS = ['country', 'world-region', 'city', 'first-name', 'last-name', 'org-region'];

const isCapitalised = (form: string): boolean => /^\p{Lu}/u.test(form);
const isAcronym = (form: string): boolean =>
  /^\p{Lu}[\p{Lu}\d&.]+$/u.test(form) && form.length <= 6;
const stripDot = (form: string): string => (form.endsWith('.') ? form.slice(0, -1) : form);

function inAnyNameList(gazetteer: Gazetteer, form: string): boolean {
  return gazetteer.listsOf(form).some((list) => NAME_LISTS.includes(list));
}

/** Whether word `i` can be part of a name, given what the tagger said (when it said anything). */
function isNameWord(words: Input, i: number, gazetteer: Gazetteer): boolean {
  const word = words[i];
  if (!word) return false;
  const form = word.form;
  if (!isCapitalised(form) || form === 'I') return false;
  if (gazetteer.has('calendar', form) || gazetteer.has('calendar', stripDot(form))) return false;
  // `X` (or nothing) means no tagger ran: decide from the form alone.
  const upos = word.upos === 'X' ? undefined : (word.upos as string | undefined);
  if (upos) {
    if (upos === 'PROPN') return true;
    if (upos !== 'NOUN' && upos !== 'ADJ' && upos !== 'NUM') return false;
  }
  if (FUNCTION_WORDS.has(form.toLowerCase())) return false;
  // A sentence's first word is capitalised anyway: only a known name or a following name word
  // makes it part of one.
  const opensSentence = i === 0 || /^[«"“‘'(\-–—:]$/.test(words[i - 1]?.form ?? '');
  if (opensSentence && !upos) {
    const next = words[i + 1]?.form ?? '';
    return (
      inAnyNameList(gazetteer, form) ||
      isAcronym(form) ||
      (isCapitalised(next) && !FUNCTION_WORDS.has(next.toLowerCase()))
    );
  }
  return true;
}

function classify(
  words: Input,
  start: number,
  end: number,
  titled: boolean,
  gazetteer: Gazetteer
): NameType | undefined {
  const forms = words.slice(start, end).map((w) => w.form);
  const phrase = forms.join(' ');
  const first = forms[0] as string;
  const last = forms[forms.length - 1] as string;
  const has = (list: string, form: string): boolean =>
    gazetteer.has(list, form) || gazetteer.has(list, stripDot(form));
  if (forms.some((f) => has('org-word', f)) && !has('per-title', first)) return 'ORG';
  if (gazetteer.has('org-region', phrase)) return 'ORG';
  if (titled) return 'PER';
  if (forms.length > 1 && forms.slice(1).some((f) => has('loc-word', f))) return 'LOC';
  if (gazetteer.has('country', phrase) || gazetteer.has('world-region', phrase)) return 'LOC';
  if (gazetteer.has('city', phrase)) return 'LOC';
  if (forms.length === 1 && has('demonym', first)) return undefined;
  // A name ending on the word for an event, prize or contest names that (`London Marathon`,
  // `Whitbread Prize`), even when its first word is also a first name.
  if (forms.length >= 2 && EVENT_WORDS.has(last)) return 'MISC';
  // … and one ending on a country names a part of it or something of it (`Tudor England`,
  // `Northern Ireland`), not a person.
  if (forms.length >= 2 && (has('country', last) || has('world-region', last))) return 'MISC';
  if (forms.length >= 2 && (has('first-name', first) || has('last-name', last))) return 'PER';
  if (forms.length === 1 && isAcronym(first)) return 'ORG';
  if (forms.length === 1 && has('last-name', first)) return 'PER';
  // Two or three capitalised words with no known first name are a person only when none of them
  // is a place or names an event, prize or work (`London Marathon`, `Athens Olympics`, `Tudor
  // England`, `Whitbread Prize` were read as people and offered among them).
  if (
    forms.length >= 2 &&
    forms.length <= 3 &&
    forms.every((f) => /^\p{Lu}\p{Ll}+$/u.test(f) || PARTICLES.has(f)) &&
    !forms.some((f) => EVENT_WORDS.has(f) || PLACE_LISTS.some((list) => gazetteer.has(list, f)))
  )
    return 'PER';
  return 'MISC';
}

const PLACE_LISTS = ['country', 'world-region', 'city'];

/** Words that end the name of an event, prize, contest or title, never a person's name. */
const EVENT_WORDS = new Set(
  `Marathon Marathons Olympics Olympiad Games Championship Championships Cup Prize Prizes Award
  Awards Trophy League Open Festival Tour Prix Summit Conference Show Series Rally Race Derby
  Exhibition Expo Fair Week Day Year Budget Act Bill Treaty Agreement Plan Lottery`
    .split(/\s+/)
    .filter(Boolean)
);

/** Named-entity spans of one English sentence. */
export function recogniseByRules(words: Input, gazetteer: Gazetteer): EntitySpan[] {
  const spans: EntitySpan[] = [];
  let i = 0;
  while (i < words.length) {
    if (!isNameWord(words, i, gazetteer)) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      if (isNameWord(words, end, gazetteer)) {
        end++;
        continue;
      }
      // A link word continues the run only between two name words.
      const link = words[end]?.form.toLowerCase() ?? '';
      if (LINKS.has(link) && isNameWord(words, end + 1, gazetteer)) {
        end += 2;
        continue;
      }
      break;
    }
    // Titles open the run but stay outside the span: `President [Lincoln]`.
    let start = i;
    let titled = false;
    while (start < end - 1 && gazetteer.has('per-title', words[start]?.form ?? '')) {
      start++;
      titled = true;
    }
    if (!titled && i > 0 && gazetteer.has('per-title', words[i - 1]?.form ?? '')) titled = true;
    // A nationality word before a name is no part of it: `French [Macron]`.
    if (end - start > 1 && gazetteer.has('demonym', words[start]?.form ?? '') && !titled) {
      const rest = words.slice(start + 1, end).map((w) => w.form);
      if (!rest.some((f) => gazetteer.has('org-word', f))) start++;
    }
    // A person's name never runs on over `of` or `for`: `Antonio Reina of Spain` is a person and
    // a country, `Rufus Norris for Festen` a person and a play.
    const link = words.slice(start + 1, end - 1).findIndex((w) => /^(of|for)$/u.test(w.form));
    // (`Mary Queen of Scots` is one name: a title before the link belongs to it.)
    const beforeLink = words[start + link]?.form ?? '';
    if (
      link >= 0 &&
      !gazetteer.has('per-title', beforeLink) &&
      classify(words, start, start + 1 + link, titled, gazetteer) === 'PER'
    ) {
      const cut = start + 1 + link;
      // (An organisation or place keeps its link: `Bank of England`, `Isle of Man`.)
      const whole = classify(words, start, end, titled, gazetteer);
      if (whole !== 'ORG' && whole !== 'LOC') {
        spans.push({ type: 'PER', start: start + 1, end: cut + 1 });
        i = cut + 1;
        continue;
      }
    }
    const type =
      gazetteer.has('per-title', words[start]?.form ?? '') && end - start === 1
        ? undefined
        : classify(words, start, end, titled, gazetteer);
    if (type) spans.push({ type, start: start + 1, end: end + 1 });
    i = end;
  }
  return spans;
}
