import { tokenise, type Token } from '../text/tokenise';
import { countryCode, MAX_COUNTRY_WORDS } from './countries';
import { isCommonNoun, isMalformedCompound } from './lexicon';
import {
  CITIES,
  CONTINENTS,
  DETERMINERS,
  GIVEN_NAMES,
  MONTH_ALIASES,
  MONTHS,
  NUMBER_WORDS,
  ORGANISATION_HEADS,
  ORGANISATION_SUFFIXES,
  PREPOSITIONS,
  ROLE_HEADS,
  SAYING_VERBS,
  STOP_WORDS,
  SUBORDINATORS,
  TITLES,
  TRANSLATION_FALSE_FRIENDS,
  UNITS,
  WEEKDAYS
} from './wordlists';

export type Language = 'de' | 'en';
export type EntityType = 'person' | 'organisation' | 'country' | 'city' | 'place' | 'name';
export type SpanKind = EntityType | 'date' | 'number';

/** A stretch of one sentence that a question can ask about. */
export interface Span {
  kind: SpanKind;
  /** Surface text without a leading preposition (`Dezember 2018`, `Melanie Joly`). */
  text: string;
  /** Canonical key: what makes two spans the same fact (`CA`, `Melanie Joly`, `2018-12`). */
  key: string;
  sentence: number;
  /** Token range [first, last). */
  first: number;
  last: number;
  /** Token index of the preposition/article group in front (`im`, `in den Jahren`), if any. */
  lead?: number;
  /** Dates: `year`, `month`, `day`, `weekday` or `relative`; years for ordering. */
  dateKind?: 'year' | 'years' | 'month' | 'day' | 'weekday' | 'relative';
  sortKey?: number;
  /** Numbers: the value. */
  value?: number;
  /** Persons: the office in front of the name (`Industrieminister`). */
  role?: string;
}

export interface Quote {
  sentence: number;
  text: string;
  speakerKey?: string;
}

export interface Cause {
  sentence: number;
  /** The clause that is explained, verb-final when `subordinate`. */
  effect: string;
  /** `subordinate`: the effect is a dependent clause; `main`: it starts the sentence. */
  effectKind: 'subordinate' | 'main';
  /** The reason, without its conjunction. */
  reason: string;
}

export interface Sentence {
  index: number;
  text: string;
  tokens: Token[];
  /** Token index where the main clause ends (exclusive). */
  clauseEnd: number;
  /** Token index of the finite verb of the main clause, or -1 when not found. */
  verb: number;
  /** Usable as the stem of a question: complete, not garbled, not too long. */
  confident: boolean;
  spans: Span[];
}

export interface Entity {
  key: string;
  type: EntityType;
  /** The name as the text writes it in its fullest form. */
  name: string;
  mentions: Span[];
  role?: string;
  /** The name as a subject with its article (`das chinesische Handelsministerium`). */
  nominative?: string;
  /** Sentences that name it, also inside compounds (`Hikvision-Produkte`). */
  salience: number;
  /** Organisations: the seat (`Hangzhou` in `Hikvision mit Sitz in Hangzhou`). */
  seat?: string;
  seatSentence?: number;
}

export interface Facts {
  language: Language;
  sentences: Sentence[];
  entities: Map<string, Entity>;
  quotes: Quote[];
  causes: Cause[];
}

const isCap = (w: string) => /^\p{Lu}/u.test(w);
const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
const lower = (w: string) => w.toLowerCase();

function monthNumber(word: string, language: Language): number {
  const i = MONTHS[language].indexOf(word);
  if (i >= 0) return i + 1;
  return MONTH_ALIASES[word] ?? 0;
}

function isYear(t: Token | undefined): boolean {
  if (!t || t.kind !== 'number' || !/^\d{4}$/u.test(t.text)) return false;
  const y = Number(t.text);
  return y >= 1800 && y <= 2100;
}

function isRoleWord(word: string): boolean {
  const w = lower(word);
  return ROLE_HEADS.some((head) => w === head || (w.endsWith(head) && w.length > head.length + 2));
}

function isOrganisationHead(word: string): boolean {
  const w = lower(word);
  return ORGANISATION_HEADS.some(
    (head) => w === head || (w.endsWith(head) && w.length > head.length + 3)
  );
}

/** Text of tokens [first, last) as written in the sentence. */
export function slice(sentence: Sentence, first: number, last: number): string {
  const a = sentence.tokens[first];
  const b = sentence.tokens[last - 1];
  if (!a || !b || last <= first) return '';
  return sentence.text.slice(a.start, b.end);
}

/** Finds dates; marks their tokens as used. */
function findDates(s: Sentence, language: Language, used: boolean[]) {
  const t = s.tokens;
  const add = (span: Omit<Span, 'sentence' | 'text'>) => {
    for (let i = span.lead ?? span.first; i < span.last; i++) used[i] = true;
    s.spans.push({ ...span, sentence: s.index, text: slice(s, span.first, span.last) });
  };
  const leadOf = (i: number, words: string[][]): number | undefined => {
    for (const group of words) {
      const start = i - group.length;
      if (start < 0) continue;
      if (group.every((w, k) => lower(t[start + k]?.text ?? '') === w)) return start;
    }
    return undefined;
  };
  const dateLeads = [
    ['in', 'den', 'jahren'],
    ['aus', 'dem', 'jahr'],
    ['im', 'jahr'],
    ['seit', 'dem', 'jahr'],
    ['in', 'the', 'year'],
    ['im'],
    ['am'],
    ['seit'],
    ['bis'],
    ['vom'],
    ['in'],
    ['on'],
    ['since'],
    ['until'],
    ['ab'],
    ['anfang'],
    ['ende'],
    ['mitte']
  ];
  for (let i = 0; i < t.length; i++) {
    if (used[i]) continue;
    const tok = t[i];
    if (!tok) continue;
    // 28. Juni 2016 / 28 June 2016
    if (tok.kind === 'number' && /^\d{1,2}$/u.test(tok.text)) {
      const dot = t[i + 1]?.text === '.' ? 1 : 0;
      const month = monthNumber(t[i + 1 + dot]?.text ?? '', language);
      if (month && (language === 'de' ? dot === 1 : true)) {
        const hasYear = isYear(t[i + 2 + dot]);
        const last = i + 2 + dot + (hasYear ? 1 : 0);
        const year = hasYear ? Number(t[i + 2 + dot]?.text) : 0;
        const lead = leadOf(i, dateLeads);
        add({
          kind: 'date',
          key: `${year || '?'}-${month}-${tok.text}`,
          first: i,
          last,
          ...(lead !== undefined ? { lead } : {}),
          dateKind: 'day',
          ...(year ? { sortKey: year * 10000 + month * 100 + Number(tok.text) } : {})
        });
        i = last - 1;
        continue;
      }
    }
    if (tok.kind === 'word') {
      const month = monthNumber(tok.text, language);
      if (month && !(language === 'en' && tok.text === 'May' && !isYear(t[i + 1]))) {
        // English: June 28, 2016
        let last = i + 1;
        let day = 0;
        if (
          language === 'en' &&
          t[i + 1]?.kind === 'number' &&
          /^\d{1,2}$/u.test(t[i + 1]?.text ?? '')
        ) {
          day = Number(t[i + 1]?.text);
          last = i + 2;
          if (t[last]?.text === ',') last++;
        }
        const hasYear = isYear(t[last]);
        const year = hasYear ? Number(t[last]?.text) : 0;
        if (hasYear) last++;
        else if (t[last - 1]?.text === ',') last--;
        const lead = leadOf(i, dateLeads);
        if (!hasYear && lead === undefined && !day) continue;
        add({
          kind: 'date',
          key: `${year || '?'}-${month}${day ? `-${day}` : ''}`,
          first: i,
          last,
          ...(lead !== undefined ? { lead } : {}),
          dateKind: day ? 'day' : 'month',
          ...(year ? { sortKey: year * 10000 + month * 100 + day } : {})
        });
        i = last - 1;
        continue;
      }
      const weekday = WEEKDAYS[language].indexOf(tok.text);
      if (weekday >= 0) {
        const lead = leadOf(i, [['am'], ['on'], ['seit'], ['bis'], ['vom'], ['last'], ['next']]);
        add({
          kind: 'date',
          key: `weekday-${tok.text}`,
          first: i,
          last: i + 1,
          ...(lead !== undefined ? { lead } : {}),
          dateKind: 'weekday'
        });
        continue;
      }
      // letzte Woche, vergangenen Monat, last week
      const rel =
        /^(letzte[nm]?|vergangene[nm]?|vorige[nm]?|nächste[nm]?|kommende[nm]?|last|next|this|diese[nrm]?)$/u;
      const unit = /^(Woche|Monat|Jahr|Jahres|Wochenende|week|month|year|weekend)$/u;
      if (rel.test(lower(tok.text)) && unit.test(t[i + 1]?.text ?? '')) {
        add({
          kind: 'date',
          key: `rel-${lower(tok.text).slice(0, 4)}-${lower(t[i + 1]?.text ?? '')}`,
          first: i,
          last: i + 2,
          dateKind: 'relative'
        });
        i++;
        continue;
      }
    }
    // `1960er-Jahre` is a decade, not the year 1960.
    const glued =
      t[i + 1] !== undefined && t[i + 1]?.start === tok.end && t[i + 1]?.kind === 'word';
    if (isYear(tok) && !glued && !UNITS.has(t[i + 1]?.text ?? '')) {
      const years = [Number(tok.text)];
      let last = i + 1;
      if (/^(und|bis|and|to)$/u.test(t[i + 1]?.text ?? '') && isYear(t[i + 2])) {
        years.push(Number(t[i + 2]?.text));
        last = i + 3;
      }
      const lead = leadOf(i, dateLeads);
      add({
        kind: 'date',
        key: years.join('+'),
        first: i,
        last,
        ...(lead !== undefined ? { lead } : {}),
        dateKind: years.length > 1 ? 'years' : 'year',
        sortKey: (years[0] ?? 0) * 10000
      });
      i = last - 1;
    }
  }
}

function findNumbers(s: Sentence, used: boolean[]) {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i];
    if (!tok || used[i]) continue;
    let value: number | undefined;
    if (tok.kind === 'number' && !/-/u.test(tok.text)) {
      const n = Number(tok.text.replace(/\.(?=\d{3})/gu, '').replace(',', '.'));
      if (Number.isFinite(n)) value = n;
    } else if (tok.kind === 'word' && NUMBER_WORDS[lower(tok.text)] !== undefined) {
      value = NUMBER_WORDS[lower(tok.text)];
    }
    if (value === undefined) continue;
    const next = t[i + 1];
    if (t[i + 1]?.text === '.' || t[i + 1]?.text === ':') continue; // ordinal or score
    if (t[i + 1]?.text === 'Uhr') continue; // a time, not a count
    // A number counts only with what it counts: a unit or a noun (`zwei Kanadier`).
    if (!isWord(next) || used[i + 1]) continue;
    // Fractions (`drei Viertel`) do not perturb into sense (`fünf Viertel`).
    if (/^(Viertel|Drittel|Fünftel|Zehntel|Hälfte|quarters?|thirds?|halves)$/u.test(next.text))
      continue;
    const counted =
      UNITS.has(next.text) || (isCap(next.text) && !STOP_WORDS.de.has(lower(next.text)));
    if (!counted) continue;
    let last = i + 2;
    if (
      /^(Millionen|Milliarden|million|billion)$/u.test(next.text) &&
      isWord(t[i + 2]) &&
      UNITS.has(t[i + 2]?.text ?? '')
    )
      last = i + 3;
    for (let k = i; k < last; k++) used[k] = true;
    const text = slice(s, i, last);
    s.spans.push({
      kind: 'number',
      key: `n-${lower(text)}`,
      text,
      sentence: s.index,
      first: i,
      last,
      value
    });
    i = last - 1;
  }
}

interface NameContext {
  language: Language;
  /** Words the text also writes in lower case (English: not names when sentence-initial). */
  lowerWords: Set<string>;
}

function nameLike(word: string, index: number, ctx: NameContext): boolean {
  if (!isCap(word) || word.length < 2) return false;
  const w = lower(word);
  if (STOP_WORDS[ctx.language].has(w) || STOP_WORDS.de.has(w) || STOP_WORDS.en.has(w)) return false;
  if (/^[IVXLC]+$/u.test(word)) return false; // a Roman numeral, not an acronym
  if (isRoleWord(word)) return false; // `CEO`, `Minister`: the role before a name
  // A capitalised adverb or adjective opening a sentence (`Kürzlich`, `Dadurch`).
  if (index === 0 && (ADVERB_START.test(w) || /(lich|ig|isch|weise|falls|dings|mals)$/u.test(w)))
    return false;
  if (/^\p{Lu}{2,}$/u.test(word.replace(/[-.]/gu, ''))) return true; // acronym
  if (GIVEN_NAMES.has(word) || CITIES[ctx.language].has(word) || countryCode(word)) return true;
  if (ctx.language === 'en') {
    if (index === 0 && ctx.lowerWords.has(w)) return false;
    return !isRoleWord(word) || word === 'General';
  }
  if (isRoleWord(word)) return false;
  const last = word.split('-').at(-1) ?? word;
  if (word.includes('-') && !isCap(last)) return false;
  return !isCommonNoun(word);
}

function findNames(s: Sentence, used: boolean[], ctx: NameContext) {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i];
    if (!isWord(tok) || used[i]) continue;
    // Countries first: they may be multi-word and contain common nouns (`Vereinigten Staaten`).
    let matched = false;
    for (let n = Math.min(MAX_COUNTRY_WORDS, t.length - i); n >= 1; n--) {
      if (t.slice(i, i + n).some((x, k) => x.kind !== 'word' || used[i + k])) continue;
      const text = slice(s, i, i + n);
      const code = countryCode(text);
      if (!code || !isCap(text)) continue;
      // `Canada` inside `Hikvision Canada Inc` belongs to the company.
      if (ORGANISATION_SUFFIXES.has(t[i + n]?.text ?? '')) break;
      if (i > 0 && isWord(t[i - 1]) && nameLike(t[i - 1]?.text ?? '', i - 1, ctx) && !used[i - 1])
        break;
      for (let k = i; k < i + n; k++) used[k] = true;
      s.spans.push({
        kind: 'country',
        key: code,
        text,
        sentence: s.index,
        first: i,
        last: i + n,
        ...leadPlace(t, i)
      });
      i += n - 1;
      matched = true;
      break;
    }
    if (matched) continue;
    const startsPerson =
      GIVEN_NAMES.has(tok.text) &&
      isWord(t[i + 1]) &&
      isCap(t[i + 1]?.text ?? '') &&
      !isCommonNounOrStop(t[i + 1]?.text ?? '', ctx);
    if (!startsPerson && !nameLike(tok.text, i, ctx)) continue;
    let last = i + 1;
    while (last < t.length && !used[last]) {
      const next = t[last];
      if (!isWord(next)) break;
      if (
        ORGANISATION_SUFFIXES.has(next.text) ||
        nameLike(next.text, last, ctx) ||
        (GIVEN_NAMES.has(t[last - 1]?.text ?? '') && isCap(next.text))
      ) {
        last++;
        continue;
      }
      break;
    }
    // Trailing `Inc.` with its dot.
    let first = i;
    // English: leading role words (`Prime Minister Mark Carney`) are not part of the name.
    let role: string | undefined;
    const roleStart = roleBefore(t, first);
    // English capitalises roles and names alike (`General Conference`): a role makes a person
    // only before a given name or a two-word name.
    if (
      roleStart !== undefined &&
      (ctx.language === 'de' || last - first >= 2 || GIVEN_NAMES.has(t[first]?.text ?? ''))
    )
      role = slice(s, roleStart, first);
    for (let k = first; k < last; k++) used[k] = true;
    const text = slice(s, first, last);
    const words = t.slice(first, last).map((x) => x.text);
    const lastWord = words.at(-1) ?? '';
    let kind: EntityType = 'name';
    const prev = lower(t[first - 1]?.text ?? '');
    if (ORGANISATION_SUFFIXES.has(lastWord) || /^\p{Lu}{2,}$/u.test(text.replace(/[-.]/gu, '')))
      kind = 'organisation';
    else if (
      role ||
      (words.length >= 2 && GIVEN_NAMES.has(words[0] ?? '')) ||
      TITLES.has(t[first - 1]?.text ?? '')
    )
      kind = 'person';
    else if (CONTINENTS[ctx.language].includes(text)) kind = 'place';
    else if (CITIES[ctx.language].has(text) || CITIES[ctx.language].has(text.replace(/s$/u, '')))
      kind = 'city';
    // German `in/nach/aus X` names a place; English `in X` does not (`interest in Tesla`).
    else if (ctx.language === 'de' && ['in', 'nach', 'aus'].includes(prev)) kind = 'place';
    else if (
      words.length >= 2 &&
      words.length <= 3 &&
      words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) &&
      roleBefore(t, first) !== undefined
    )
      kind = 'person'; // otherwise decided in linkEntities: when the surname recurs alone
    let key = text;
    if (kind === 'city' && !CITIES[ctx.language].has(text)) key = text.replace(/s$/u, '');
    s.spans.push({
      kind,
      key,
      text,
      sentence: s.index,
      first,
      last,
      ...(role ? { role } : {}),
      ...(kind === 'city' || kind === 'place' ? leadPlace(t, first) : {})
    });
    i = last - 1;
    first = last;
  }
}

function isCommonNounOrStop(word: string, ctx: NameContext): boolean {
  const w = lower(word);
  if (STOP_WORDS[ctx.language].has(w)) return true;
  return ctx.language === 'de' && isCommonNoun(word) && !GIVEN_NAMES.has(word);
}

/** Role noun (with its adjectives) right before a name: `der kanadische Industrieminister`. */
function roleBefore(t: Token[], first: number): number | undefined {
  let k = first - 1;
  const w = t[k];
  if (!isWord(w) || !isCap(w.text) || !isRoleWord(w.text)) return undefined;
  // English multi-word roles: `Prime Minister`, `Foreign Secretary`.
  while (
    k > 0 &&
    isWord(t[k - 1]) &&
    isCap(t[k - 1]?.text ?? '') &&
    !DETERMINERS.has(lower(t[k - 1]?.text ?? '')) &&
    /^(Prime|Foreign|Deputy|Vice|Chief|Finance|Defence|Defense|Interior|Industry|Health|Trade|Home|Executive)$/u.test(
      t[k - 1]?.text ?? ''
    )
  )
    k--;
  return k;
}

function leadPlace(t: Token[], i: number): { lead?: number } {
  const prev = lower(t[i - 1]?.text ?? '');
  if (['in', 'nach', 'aus', 'from', 'to', 'at'].includes(prev)) return { lead: i - 1 };
  return {};
}

/** `das chinesische Handelsministerium`: common-noun organisations, with their adjectives. */
function findOrganisationPhrases(s: Sentence, used: boolean[]) {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i];
    if (!isWord(tok) || used[i] || !isCap(tok.text) || !isOrganisationHead(tok.text)) continue;
    let first = i;
    while (
      first > 0 &&
      isWord(t[first - 1]) &&
      /^\p{Ll}+(e|en|er|es|em)$/u.test(t[first - 1]?.text ?? '') &&
      !DETERMINERS.has(t[first - 1]?.text ?? '') &&
      !PREPOSITIONS.has(t[first - 1]?.text ?? '')
    )
      first--;
    if (first === i) continue; // a bare `Regierung` is too vague to ask about
    for (let k = first; k <= i; k++) used[k] = true;
    const text = slice(s, first, i + 1);
    // Key: adjective stem + head, so `das chinesische Handelsministerium` and `dem chinesischen
    // Handelsministerium` are one organisation.
    const key = t
      .slice(first, i + 1)
      .map((x, k) =>
        k < i - first
          ? lower(x.text).replace(/(en|er|es|em|e)$/u, '')
          : lower(x.text).replace(/(s|es)$/u, '')
      )
      .join(' ');
    s.spans.push({
      kind: 'organisation',
      key: `org-${key}`,
      text,
      sentence: s.index,
      first,
      last: i + 1
    });
  }
}

/** Where the main clause ends: at a comma before a subordinate clause, a colon or a semicolon. */
function mainClauseEnd(t: Token[]): number {
  for (let i = 1; i < t.length; i++) {
    const x = t[i]?.text ?? '';
    if (x === ';' || x === ':' || x === '–' || x === '—') return i;
    if (x === ',' && SUBORDINATORS.has(lower(t[i + 1]?.text ?? ''))) return i;
    // `…, hat sich jedoch …`: a second predicate without a subject.
    if (x === ',' && AUX.has(lower(t[i + 1]?.text ?? ''))) return i;
    if (x === ',' && i > 0 && /^[„“”«‚]/u.test(t[i + 1]?.text ?? '')) return i;
    // `… begonnen und kostete …`: a second verb after `und` starts a second clause, unless a
    // noun follows (then it was an adjective: `und anderen Produkten`).
    if (
      /^(und|aber|oder|and|but|or)$/u.test(x) &&
      /^\p{Ll}/u.test(t[i + 1]?.text ?? '') &&
      (AUX.has(lower(t[i + 1]?.text ?? '')) || /(te|ten)$/u.test(t[i + 1]?.text ?? '')) &&
      !/^\p{Lu}/u.test(t[i + 2]?.text ?? '') &&
      /^\p{Ll}/u.test(t[i - 1]?.text ?? '')
    )
      return i;
  }
  let end = t.length;
  while (end > 0 && t[end - 1]?.kind === 'punct') end--;
  return end;
}

const ADVERB_START =
  /^(da|dar|dort|hier|wo)(hin|her|zu|mit|auf|an|bei|nach|von|vor|durch|für|gegen|um|über|unter|aus|rum)$|^(deshalb|deswegen|dennoch|trotzdem|danach|zudem|außerdem|jedoch|bisher|inzwischen|mittlerweile|später|zuvor|damals|seither|dabei|dazu|darum|somit|daher|sonst|anschließend|zunächst|schließlich|allerdings|immerhin|vielleicht|offenbar|bereits|nun|dann|so|auch|noch|nur|erst|jetzt|heute|gestern|morgen|however|meanwhile|later|then|now|today|yesterday)$/u;

const AUX = new Set(
  `ist sind war waren wird werden wurde wurden hat haben hatte hatten kann können konnte konnten
  muss müssen musste mussten soll sollen sollte sollten will wollen wollte wollten darf dürfen
  durfte sei seien wäre wären is are was were has have had will would can could may might must
  shall should does did do`.split(/\s+/u)
);

/** True for a word that can be a finite verb in second position. */
function verbLike(word: string, language: Language): boolean {
  const w = lower(word);
  if (!/^\p{Ll}/u.test(word)) return false;
  if (AUX.has(w)) return true;
  if (DETERMINERS.has(w) || PREPOSITIONS.has(w) || SUBORDINATORS.has(w)) return false;
  if (STOP_WORDS[language].has(w)) return false;
  if (language === 'en') return /(ed|s)$/u.test(w) || SAYING_VERBS.has(w);
  return /(t|te|ten|en|ert|elt|st)$/u.test(w) || SAYING_VERBS.has(w);
}

/**
 * Token index of the finite verb in second position, after a first constituent that is a
 * name, a date or a simple noun phrase (`Die Äußerungen von Peking`), or -1.
 */
function findVerb(s: Sentence, language: Language): number {
  const t = s.tokens;
  let i = 0;
  const spanAt = (k: number) => s.spans.find((sp) => (sp.lead ?? sp.first) === k);
  const first = t[0];
  if (!first || (first.kind !== 'word' && first.kind !== 'number')) return -1;
  // `Dessen …`, `Es …`: a pronoun opens the sentence; its referent is elsewhere.
  const leading = spanAt(0);
  // Sentence adverbs (`Dorthin`, `Deshalb`, `Danach`) are no subject to move.
  if (!leading && ADVERB_START.test(lower(first.text))) return -1;
  // A prepositional first constituent: `Seit Dezember`, `Im zweiten Achtelfinal-Rückspiel`.
  const prepositional =
    !leading && language === 'de' && PREPOSITIONS.has(lower(first.text)) && isCap(first.text);
  if (
    !leading &&
    !prepositional &&
    STOP_WORDS[language].has(lower(first.text)) &&
    !DETERMINERS.has(lower(first.text))
  )
    return -1;
  if (leading) i = leading.last;
  else if (prepositional) {
    i = 1;
    const inner = spanAt(1);
    if (inner) i = inner.last;
    else {
      if (DETERMINERS.has(lower(t[i]?.text ?? ''))) i++;
      while (
        isWord(t[i]) &&
        /^\p{Ll}/u.test(t[i]?.text ?? '') &&
        !verbLike(t[i]?.text ?? '', language) &&
        i < 6
      )
        i++;
      if (!isWord(t[i]) || !isCap(t[i]?.text ?? '')) return -1;
      const noun = spanAt(i);
      i = noun ? noun.last : i + 1;
      while (isWord(t[i]) && isCap(t[i]?.text ?? '') && i < 8) i++;
    }
  } else {
    if (DETERMINERS.has(lower(first.text))) i = 1;
    while (
      isWord(t[i]) &&
      /^\p{Ll}/u.test(t[i]?.text ?? '') &&
      !verbLike(t[i]?.text ?? '', language) &&
      i < 5
    )
      i++;
    const noun = t[i];
    if (!isWord(noun) || !isCap(noun.text)) return -1;
    i++;
    const sp = spanAt(i - 1);
    if (sp) i = sp.last;
    while (isWord(t[i]) && isCap(t[i]?.text ?? '') && i < 8) i++;
  }
  // Attributes: a genitive (`des Landes`) or `von Peking` / `of the company`.
  for (let guard = 0; guard < 3; guard++) {
    // A date inside the first constituent: `Ihre Erklärung am Freitag lieferte …`.
    const inner = spanAt(i);
    if (inner && inner.kind === 'date' && inner.lead !== undefined) {
      i = inner.last;
      continue;
    }
    const w = lower(t[i]?.text ?? '');
    if (
      w === 'mit' &&
      /^(sitz|hauptsitz)$/u.test(lower(t[i + 1]?.text ?? '')) &&
      lower(t[i + 2]?.text ?? '') === 'in'
    ) {
      const place = s.spans.find((sp) => sp.first === i + 3);
      if (place) {
        i = place.last;
        continue;
      }
    }
    if (!['des', 'der', 'eines', 'einer', 'von', 'vom', 'of'].includes(w)) break;
    let k = i + 1;
    if (DETERMINERS.has(lower(t[k]?.text ?? ''))) k++;
    while (
      isWord(t[k]) &&
      /^\p{Ll}/u.test(t[k]?.text ?? '') &&
      !verbLike(t[k]?.text ?? '', language)
    )
      k++;
    if (!isWord(t[k]) || !isCap(t[k]?.text ?? '')) break;
    k++;
    while (isWord(t[k]) && isCap(t[k]?.text ?? '')) k++;
    i = k;
  }
  const verb = t[i];
  if (!isWord(verb) || !verbLike(verb.text, language)) return -1;
  // `neueste Versionsnummer`: a superlative before a noun is no verb.
  if (/sten?$/u.test(verb.text) && isCap(t[i + 1]?.text ?? '')) return -1;
  return i;
}

function findQuotes(s: Sentence, facts: Facts) {
  const open = facts.language === 'de' ? '„' : '“';
  const close = facts.language === 'de' ? '“' : '”';
  const re = new RegExp(`${open}([^${open}${close}]+)${close}`, 'gu');
  for (const m of s.text.matchAll(re)) {
    const text = (m[1] ?? '').trim();
    if (text.split(/\s+/u).length < 3) continue; // scare quotes, not a quotation
    // A quotation is introduced by a colon (`erklärte: „…“`) or opens the sentence.
    const before = s.text.slice(0, m.index).trimEnd();
    if (!(before === '' || before.endsWith(':'))) continue;
    const speaker = s.spans.find(
      (sp) =>
        (sp.kind === 'person' || sp.kind === 'organisation') &&
        (sp.first === 0 ||
          (sp.first === 1 && DETERMINERS.has(lower(s.tokens[0]?.text ?? ''))) ||
          (s.tokens[sp.first - 1] && SAYING_VERBS.has(s.tokens[sp.first - 1]?.text ?? '')))
    );
    const hasSaying = s.tokens.some((x) => SAYING_VERBS.has(x.text));
    if (!hasSaying) continue;
    facts.quotes.push({ sentence: s.index, text, ...(speaker ? { speakerKey: speaker.key } : {}) });
  }
}

function findCauses(s: Sentence, facts: Facts) {
  const t = s.tokens;
  const conj = facts.language === 'de' ? ['weil', 'da'] : ['because'];
  for (let i = 2; i < t.length; i++) {
    if (t[i - 1]?.text !== ',' || !conj.includes(lower(t[i]?.text ?? ''))) continue;
    // The reason runs to the end of the sentence or the next comma before a subordinator.
    let end = i + 1;
    while (
      end < t.length &&
      !(t[end]?.text === ',' && SUBORDINATORS.has(lower(t[end + 1]?.text ?? ''))) &&
      !/^[.!?;]$/u.test(t[end]?.text ?? '')
    )
      end++;
    const reason = slice(s, i + 1, end);
    // The effect: back to the last clause that starts with a subordinator, or the sentence start.
    let start = i - 1;
    let kind: Cause['effectKind'] = 'main';
    while (start > 0) {
      if (
        t[start - 1]?.text === ',' &&
        SUBORDINATORS.has(lower(t[start]?.text ?? '')) &&
        !['und', 'aber', 'and', 'but'].includes(lower(t[start]?.text ?? ''))
      ) {
        kind = 'subordinate';
        break;
      }
      start--;
    }
    const effect = kind === 'subordinate' ? slice(s, start + 1, i - 1) : slice(s, 0, i - 1);
    const conjunctionOfEffect = kind === 'subordinate' ? lower(t[start]?.text ?? '') : '';
    if (kind === 'subordinate' && !['dass', 'that'].includes(conjunctionOfEffect)) continue;
    if (reason.split(/\s+/u).length < 3 || effect.split(/\s+/u).length < 3) continue;
    facts.causes.push({ sentence: s.index, effect, effectKind: kind, reason });
  }
}

function isConfident(s: Sentence, language: Language): boolean {
  const words = s.tokens.filter((x) => x.kind === 'word').length;
  if (words < 4 || words > 60) return false;
  if (!/[.!?“”"]$/u.test(s.text)) return false; // headlines and fragments
  // Links, hashtags and handles: an embedded post, not prose.
  if (/https?:\/\/|www\.|pic\.twitter|(^|\s)[#@]\w/u.test(s.text)) return false;
  // A compound missing its linking -s marks a machine-translated, likely garbled sentence.
  if (language === 'de' && s.tokens.some((x) => x.kind === 'word' && isMalformedCompound(x.text)))
    return false;
  const lowerText = lower(s.text);
  if (language === 'de' && TRANSLATION_FALSE_FRIENDS.some((w) => lowerText.includes(w)))
    return false;
  // Unbalanced quotation marks or brackets mean the splitter or the source went wrong.
  const count = (re: RegExp) => (s.text.match(re) ?? []).length;
  if (count(/[„“]/gu) % 2 !== 0 && language === 'de') return false;
  // English: an unmatched mark means the splitter cut inside a quotation.
  if (language === 'en' && count(/“/gu) !== count(/”/gu)) return false;
  if (count(/\(/gu) !== count(/\)/gu)) return false;
  return true;
}

/**
 * Reads every sentence once: dates, numbers, names, organisations, quotations, causes, and the
 * first constituent and finite verb of the main clause. Linear in the length of the text.
 */
export function extractFacts(sentenceTexts: string[], language: Language): Facts {
  const facts: Facts = { language, sentences: [], entities: new Map(), quotes: [], causes: [] };
  const lowerWords = new Set<string>();
  if (language === 'en') {
    for (const text of sentenceTexts)
      for (const w of text.match(/(?<![.!?]\s)\b\p{Ll}+\b/gu) ?? []) lowerWords.add(w);
  }
  const ctx: NameContext = { language, lowerWords };
  for (const [index, text] of sentenceTexts.entries()) {
    const tokens = tokenise(text);
    const s: Sentence = {
      index,
      text,
      tokens,
      clauseEnd: 0,
      verb: -1,
      confident: false,
      spans: []
    };
    const used = tokens.map(() => false);
    findDates(s, language, used);
    findNumbers(s, used);
    findOrganisationPhrases(s, used);
    findNames(s, used, ctx);
    s.spans.sort((a, b) => a.first - b.first);
    s.clauseEnd = mainClauseEnd(tokens);
    s.verb = findVerb(s, language);
    s.confident = isConfident(s, language);
    facts.sentences.push(s);
  }
  linkEntities(facts, lowerWords);
  for (const s of facts.sentences) {
    findQuotes(s, facts);
    findCauses(s, facts);
  }
  return facts;
}

/** Groups spans into entities: `Joly` is `Melanie Joly`, `Kanadas` is `Kanada`. */
/** First words of place and event names, not given names (`Southern California`, `Pro Bowl`). */
const PLACE_WORDS =
  /^(Southern|Northern|Eastern|Western|North|South|East|West|Central|Upper|Lower|Greater|New|Old|Great|Baja|Saint|San|Santa|Los|Las|Pro|Lake|Mount|Cape|Bay|Port|Fort|Nord|Süd|Ost|West|Sankt|Bad|Groß|Klein|Ober|Unter|Neu|Alt)$/u;

function linkEntities(facts: Facts, lowerWords: Set<string>) {
  // `Klaus Luger … Luger`: a two- or three-word name whose last word recurs alone is a person.
  const singles = new Set<string>();
  for (const s of facts.sentences)
    for (const sp of s.spans)
      if (
        (sp.kind === 'name' || sp.kind === 'person') &&
        !sp.text.includes(' ') &&
        // `a Treaty`, `the Conference`: a surname does not follow an article.
        !DETERMINERS.has(lower(s.tokens[sp.first - 1]?.text ?? ''))
      )
        singles.add(sp.text);
  for (const s of facts.sentences)
    for (const sp of s.spans) {
      const words = sp.text.split(' ');
      if (
        sp.kind === 'name' &&
        words.length >= 2 &&
        words.length <= 3 &&
        words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) &&
        singles.has(words.at(-1) ?? '') &&
        !PLACE_WORDS.test(words[0] ?? '') &&
        !(facts.language === 'en' && lowerWords.has(lower(words[0] ?? ''))) &&
        !(facts.language === 'de' && isCommonNoun(words[0] ?? ''))
      )
        sp.kind = 'person';
    }
  const persons = new Map<string, string>(); // single name word → full name key
  for (const s of facts.sentences) {
    for (const sp of s.spans) {
      if (sp.kind === 'person' && sp.text.includes(' ')) {
        const words = sp.text.split(' ');
        const lastWord = words.at(-1) ?? '';
        if (!persons.has(lastWord)) persons.set(lastWord, sp.key);
      }
    }
  }
  for (const s of facts.sentences) {
    for (const sp of s.spans) {
      if (sp.kind === 'date' || sp.kind === 'number') continue;
      if (sp.kind !== 'person' || !sp.text.includes(' ')) {
        const bare = sp.text.replace(/s$/u, '');
        const full = persons.get(sp.text) ?? persons.get(bare);
        if (full && (sp.kind === 'name' || sp.kind === 'person')) {
          sp.kind = 'person';
          sp.key = full;
        }
      }
      // `Apples` is the genitive of `Apple` when the text also writes `Apple`.
      if (sp.kind === 'name' && /s$/u.test(sp.text) && singles.has(sp.text.slice(0, -1))) {
        const base = sp.text.slice(0, -1);
        if (facts.entities.has(base)) sp.key = base;
      }
      let entity = facts.entities.get(sp.key);
      if (!entity) {
        entity = { key: sp.key, type: sp.kind, name: sp.text, mentions: [], salience: 0 };
        facts.entities.set(sp.key, entity);
      }
      entity.mentions.push(sp);
      // The fullest form names the entity, but not a genitive (`Pekings` is still `Peking`).
      if (
        sp.text.length > entity.name.length &&
        sp.kind !== 'organisation' &&
        sp.text !== entity.name + 's'
      )
        entity.name = sp.text;
      if (sp.role && !entity.role) entity.role = sp.role;
      if (
        !entity.nominative &&
        sp.first === 1 &&
        DETERMINERS.has(lower(s.tokens[0]?.text ?? '')) &&
        s.verb === sp.last
      )
        entity.nominative = lower(s.tokens[0]?.text ?? '') + ' ' + sp.text;
      // `X mit Sitz in Y` / `X, based in Y`.
      const t = s.tokens;
      if ((sp.kind === 'organisation' || sp.kind === 'name') && !entity.seat) {
        const after = t
          .slice(sp.last, sp.last + 4)
          .map((x) => lower(x.text))
          .join(' ');
        if (
          after.startsWith('mit sitz in') ||
          after.startsWith('with headquarters in') ||
          after.startsWith(', based in')
        ) {
          const place = s.spans.find(
            (p) =>
              p.first >= sp.last &&
              p.first <= sp.last + 5 &&
              (p.kind === 'city' || p.kind === 'place' || p.kind === 'country' || p.kind === 'name')
          );
          if (place) {
            entity.seat = place.text;
            entity.seatSentence = s.index;
            if (place.kind === 'name') place.kind = 'city';
            if (entity.type === 'name') entity.type = 'organisation';
          }
        }
      }
    }
  }
  // Salience: sentences naming the entity, also as part of a compound (`Hikvision-Produkte`).
  const parts = new Map<string, Set<number>>();
  for (const s of facts.sentences) {
    for (const tok of s.tokens) {
      if (tok.kind !== 'word') continue;
      for (const part of tok.text.split('-')) {
        const set = parts.get(part) ?? new Set<number>();
        set.add(s.index);
        parts.set(part, set);
      }
    }
  }
  for (const entity of facts.entities.values()) {
    const sentences = new Set(entity.mentions.map((m) => m.sentence));
    if (!entity.name.includes(' ')) for (const i of parts.get(entity.name) ?? []) sentences.add(i);
    entity.salience = sentences.size;
  }
  // A name that is also the genitive of a known city (`Pekings`) belongs to it.
  for (const entity of facts.entities.values()) {
    if (entity.type === 'name') {
      for (const m of entity.mentions) if (m.kind !== 'name') entity.type = m.kind as EntityType;
    }
  }
}
