import type { QuestionType } from '../quizset/schema';
import { allCountries, countryCode, countryName } from './countries';
import { slice, type Entity, type Facts, type Language, type Sentence, type Span } from './facts';
import { hashUnit } from './hash';
import { nounLemma, vocabularyForm } from './lexicon';
import {
  CITIES,
  CONTINENTS,
  DETERMINERS,
  MONTHS,
  PREPOSITIONS,
  STOP_WORDS,
  SUBORDINATORS,
  TRANSLATION_FALSE_FRIENDS,
  WEEKDAYS
} from './wordlists';

/** A question before filtering and numbering. */
export interface Draft {
  type: QuestionType;
  prompt: string;
  answer: string | boolean | string[] | [string, string][];
  choices?: string[];
  accept?: string[];
  correction?: string;
  wordBank?: string[];
  card?: 'fact' | 'vocabulary';
  explanation?: string;
  evidence: number[];
  /** Groups questions about one fact (an entity, a date, a number). */
  factKey: string;
  /** Higher is kept first when there are more drafts than wanted. */
  priority: number;
  /** The text that must appear in the evidence for the answer to be supported. */
  support: string[];
}

const T = {
  de: {
    who: 'Wer',
    whichCountry: 'Welches Land',
    whichCity: 'Welche Stadt',
    when: 'Wann',
    whichYear: 'In welchem Jahr',
    whichYears: 'In welchen Jahren',
    where: 'Wo',
    whereTo: 'Wohin',
    whereFrom: 'Woher',
    about: (x: string) => `Was sagt der Text über ${x}?`,
    dateOf: (np: string, years: boolean, plural: boolean) =>
      years
        ? `${plural ? 'Welche Jahre nennt' : 'Welches Jahr nennt'} der Text zu „${np}“?`
        : `Welche Zeitangabe macht der Text zu „${np}“?`,
    quote: (q: string) => `Von wem stammt laut Text die Aussage „${q}“?`,
    cause: (effect: string) => `Welchen Grund nennt der Text dafür, dass ${effect}?`,
    causeOf: (effect: string) => `Welchen Grund nennt der Text für diese Aussage: „${effect}“?`,
    because: 'Weil',
    gist: 'Um wen oder was geht es im Text hauptsächlich?',
    and: 'und',
    order:
      'Bringe die Ereignisse in die zeitliche Reihenfolge, in der sie laut Text stattfanden (das früheste zuerst).',
    matchRoles: 'Ordne jeder Person ihre Funktion zu, wie der Text sie nennt.',
    matchSeats: 'Ordne jedem Namen zu, was der Text darüber sagt.',
    seat: (place: string) => `Sitz in ${place}`,
    relative: ['letzte Woche', 'vorletzte Woche', 'letzten Monat', 'nächste Woche', 'gestern']
  },
  en: {
    who: 'Who',
    whichCountry: 'Which country',
    whichCity: 'Which city',
    when: 'When',
    whichYear: 'In which year',
    whichYears: 'In which years',
    where: 'Where',
    whereTo: 'Where',
    whereFrom: 'Where',
    about: (x: string) => `What does the text say about ${x}?`,
    dateOf: (np: string, years: boolean, plural: boolean) =>
      years
        ? `${plural ? 'Which years does' : 'Which year does'} the text give for “${np}”?`
        : `Which date does the text give for “${np}”?`,
    quote: (q: string) => `According to the text, who said “${q}”?`,
    cause: (effect: string) => `What reason does the text give for the fact that ${effect}?`,
    causeOf: (effect: string) => `What reason does the text give for this statement: “${effect}”?`,
    because: 'Because',
    gist: 'Who or what is the text mainly about?',
    and: 'and',
    order:
      'Put the events in the order in which they happened according to the text (earliest first).',
    matchRoles: 'Match each person to the role the text gives them.',
    matchSeats: 'Match each name to what the text says about it.',
    seat: (place: string) => `based in ${place}`,
    relative: ['last week', 'the week before', 'last month', 'next week', 'yesterday']
  }
} as const;

/** Countries a reader knows, for distractors from outside the text (not `Niue` or `Jersey`). */
const WELL_KNOWN_COUNTRIES = new Set(
  'DE FR IT ES GB US RU JP IN BR MX AU TR PL NL BE SE NO CH AT GR PT EG ZA AR KR IR IQ UA HU CZ DK FI IE CA CN IL SA NG KE'.split(
    ' '
  )
);

const HEDGES =
  /^(rund|etwa|fast|knapp|über|unter|circa|ca\.|beinahe|nahezu|insgesamt|bisher|nur|genau)$/u;

const SPEAKER_PRONOUNS = new Set(
  'ich mir mich wir uns du dir dich euch Ich Wir Du I me we us We you You our Our my My'.split(' ')
);

const OPENING_PRONOUNS = new Set(
  'er sie es ihr ihre ihrer ihren ihrem sein seine seiner seinen seinem dies diese dieser dieses dessen deren woraufhin wobei weshalb weswegen wodurch womit worauf worüber wofür it its they their he his she her this these those'.split(
    ' '
  )
);

const AUXILIARIES =
  /^(ist|sind|war|waren|wird|werden|wurde|wurden|hat|haben|hatte|hatten|kann|können|konnte|konnten|muss|müssen|musste|mussten|soll|sollen|sollte|sollten|will|wollen|wollte|wollten|darf|dürfen|sei|seien|wäre|wären|has|have|had|will|would|can|could|is|are|was|were)$/u;

const PRONOUN_STARTS = new Set(
  'er sie es ihr ihre ihrer ihren sein seine seiner dies diese dieser dieses das man wir ich du they he she it this these those we i you his her its their'.split(
    ' '
  )
);

export const tidy = (text: string) =>
  text
    .replace(/\s+/gu, ' ')
    .replace(/\s+([,.;:?!])/gu, '$1')
    .trim();

const lowerFirst = (text: string) => (text[0]?.toLowerCase() ?? '') + text.slice(1);
const upperFirst = (text: string) => (text[0]?.toUpperCase() ?? '') + text.slice(1);
const wordsOf = (text: string) => text.split(/\s+/u).filter(Boolean);
const norm = (text: string) =>
  text
    .toLowerCase()
    .replace(/[„“”"«»‚‘’'.,;:!?()]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();

/**
 * Up to `limit` items of a list, starting at a place derived from `seed` and wrapping around:
 * a deterministic, cheap stand-in for a shuffled pick from a long list.
 */
function* rotate<T>(items: readonly T[], seed: string, limit = 64): Generator<T> {
  if (items.length === 0) return;
  const start = Math.floor(hashUnit(seed) * items.length);
  for (let k = 0; k < Math.min(items.length, limit); k++) {
    const item = items[(start + k) % items.length];
    if (item !== undefined) yield item;
  }
}

function orderByHash<T>(items: T[], seed: string, name: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, h: hashUnit(seed + '|' + name(item)) }))
    .sort((a, b) => a.h - b.h)
    .map((x) => x.item);
}

/** True when a and b must not stand side by side as answer and distractor. */
export function clashes(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  if (!x || !y || x === y) return true;
  // Whole-word containment either way (`Joly` in `Melanie Joly`).
  if (` ${y} `.includes(` ${x} `) || ` ${x} `.includes(` ${y} `)) return true;
  const cx = countryCode(a.replace(/^(in|nach|aus|im|the)\s+/iu, ''));
  const cy = countryCode(b.replace(/^(in|nach|aus|im|the)\s+/iu, ''));
  return cx !== undefined && cx === cy;
}

/**
 * A gap's word bank: the answer and exactly three distractors in alphabetical order, so the
 * answer's position gives nothing away. With fewer distractors the reader types instead.
 */
function wordBankField(
  answer: string,
  distractors: readonly string[],
  language: string
): { wordBank?: string[] } {
  if (distractors.length !== 3) return {};
  return { wordBank: [answer, ...distractors].sort((x, y) => x.localeCompare(y, language)) };
}

export class Builder {
  readonly drafts: Draft[] = [];
  private readonly t;
  private readonly byType = new Map<string, Entity[]>();
  private readonly dates: Span[] = [];
  private readonly datesByKind = new Map<string, Span[]>();
  private readonly absoluteDates: Span[] = [];
  private readonly numbersByUnit = new Map<string, Span[]>();
  private readonly rolesOf = new Map<string, Set<string>>();
  /** Lower-cased names (as written and as displayed) → sentences that mention them. */
  private readonly sentencesOfName = new Map<string, Set<number>>();
  private readonly textLower: string;

  constructor(
    private readonly facts: Facts,
    private readonly language: Language
  ) {
    this.t = T[language];
    for (const entity of facts.entities.values()) {
      const type = entity.type === 'place' ? 'city' : entity.type;
      const list = this.byType.get(type) ?? [];
      list.push(entity);
      this.byType.set(type, list);
    }
    const dateKeys = new Set<string>();
    const numberKeys = new Set<string>();
    for (const s of facts.sentences)
      for (const sp of s.spans) {
        if (sp.kind === 'date') {
          this.dates.push(sp);
          // One span per distinct date is enough for distractors.
          if (dateKeys.has(sp.key)) continue;
          dateKeys.add(sp.key);
          const list = this.datesByKind.get(sp.dateKind ?? '') ?? [];
          list.push(sp);
          this.datesByKind.set(sp.dateKind ?? '', list);
          if (sp.sortKey !== undefined && sp.dateKind !== 'year' && sp.dateKind !== 'years')
            this.absoluteDates.push(sp);
        }
        if (sp.kind === 'number' && !numberKeys.has(sp.key)) {
          numberKeys.add(sp.key);
          const list = this.numbersByUnit.get(lastWord(sp.text)) ?? [];
          list.push(sp);
          this.numbersByUnit.set(lastWord(sp.text), list);
        }
      }
    this.textLower = facts.sentences.map((s) => s.text.toLowerCase()).join('\n');
    for (const e of facts.entities.values()) {
      const names = new Set([e.name, displayName(e, language), ...e.mentions.map((m) => m.text)]);
      for (const name of names) {
        const set = this.sentencesOfName.get(name.toLowerCase()) ?? new Set<number>();
        for (const m of e.mentions) set.add(m.sentence);
        this.sentencesOfName.set(name.toLowerCase(), set);
      }
    }
    // The noun right before each mention (`Staatsanwalt Trebuch`, `Koalitionspartner FPÖ`): a
    // distractor that the text puts in the same role elsewhere would be true, not false.
    for (const s of facts.sentences)
      for (const sp of s.spans) {
        const role = roleWordBefore(s, sp);
        if (!role) continue;
        const set = this.rolesOf.get(sp.key) ?? new Set<string>();
        set.add(role);
        this.rolesOf.set(sp.key, set);
      }
  }

  private sentence(i: number): Sentence {
    const s = this.facts.sentences[i];
    if (!s) throw new Error(`no sentence ${i}`);
    return s;
  }

  private spanFact(sp: Span): string {
    if (sp.kind === 'date' || sp.kind === 'number') return `${sp.kind}:${sp.key}`;
    return `entity:${sp.key}`;
  }

  /** The span with its preposition/article group, as a Wann/Wo answer reads. */
  private adverbial(s: Sentence, sp: Span): string {
    return slice(s, sp.lead ?? sp.first, sp.last);
  }

  /**
   * Up to `count` same-kind distractors for a span: other entities, dates or numbers of the
   * article first, then shifted dates, perturbed numbers and built-in lists. Nothing that
   * occurs in the evidence sentence, nothing that clashes with the answer.
   */
  distractors(s: Sentence, sp: Span, answer: string, count = 3, withLead = false): string[] {
    const sentenceLower = s.text.toLowerCase();
    const out: string[] = [];
    const accept = (candidate: string, raw: string = candidate) => {
      if (out.length >= count) return;
      if (!candidate.trim() || clashes(candidate, answer)) return;
      if (out.some((o) => clashes(o, candidate))) return;
      if (sentenceLower.includes(raw.toLowerCase())) return;
      out.push(candidate);
    };
    const full = () => out.length >= count;
    const seed = `${sp.key}|${s.index}`;
    if (sp.kind === 'date') {
      const lead = sp.lead !== undefined ? slice(s, sp.lead, sp.first) + ' ' : '';
      for (const d of rotate(this.datesByKind.get(sp.dateKind ?? '') ?? [], seed)) {
        if (full()) break;
        if (d.key === sp.key) continue;
        accept(withLead ? this.adverbial(this.sentence(d.sentence), d) : d.text, d.text);
      }
      for (const alt of this.shiftedDates(sp)) accept(withLead ? lead + alt : alt, alt);
      // Absolute dates of another kind; never a relative one (`letzte Woche` may be as true as
      // `am Freitag`).
      if (withLead && !full() && sp.dateKind !== 'weekday') {
        for (const d of rotate(this.absoluteDates, seed)) {
          if (full()) break;
          if (d.key !== sp.key) accept(this.adverbial(this.sentence(d.sentence), d), d.text);
        }
      }
      return out;
    }
    if (sp.kind === 'number') {
      for (const n of rotate(this.numbersByUnit.get(lastWord(sp.text)) ?? [], seed)) {
        if (full()) break;
        if (n.key !== sp.key) accept(n.text);
      }
      for (const alt of perturbNumber(sp, this.language)) accept(alt);
      return out;
    }
    // The entity's type wins over the span's (`Hikvision` is an organisation by its seat).
    const kind = this.facts.entities.get(sp.key)?.type ?? sp.kind;
    const type = kind === 'place' ? 'city' : kind;
    // Unclassified names (a product, a team, half a title) have no same-kind pool to draw on.
    if (type === 'name') return out;
    const oneWord = wordsOf(answer).length === 1;
    const inSentence = new Set(s.spans.map((x) => x.key));
    // A genitive (`Kanadas`) gets genitive distractors (`Chinas`).
    const genitive =
      (type === 'country' &&
        /s$/u.test(sp.text) &&
        countryCode(sp.text) !== undefined &&
        countryCode(sp.text.slice(0, -1)) === countryCode(sp.text)) ||
      (type === 'city' && sp.text === sp.key + 's');
    const inflect = (name: string) =>
      genitive ? (/[sxzß]$/u.test(name) || name.includes(' ') ? '' : name + 's') : name;
    // `den Vereinigten Staaten`: a country with an article only trades places with another
    // that takes one; the lists do not know which do, so none is offered.
    if (type === 'country' && DETERMINERS.has(s.tokens[sp.first - 1]?.text.toLowerCase() ?? ''))
      return out;
    const common = sp.key.startsWith('org-');
    // A common-noun organisation is only swapped as a whole subject with its article.
    if (common && !DETERMINERS.has(answer.split(' ')[0]?.toLowerCase() ?? '')) return out;
    const multiWord = answer.includes(' ');
    const continents = CONTINENTS[this.language];
    const answerIsContinent = continents.includes(answer);
    const role = roleWordBefore(s, sp);
    for (const e of rotate(this.byType.get(type) ?? [], seed)) {
      if (full()) break;
      if (e.key === sp.key || inSentence.has(e.key)) continue;
      if (role && this.rolesOf.get(e.key)?.has(role)) continue;
      if (e.key.startsWith('org-') && (e.nominative === undefined || !common)) continue;
      if (e.type === 'name' && e.salience < 2) continue;
      if (continents.includes(e.name) !== answerIsContinent) continue;
      if (type === 'country') {
        const name = countryName(e.key, this.language) ?? e.name;
        if (!multiWord && name.includes(' ')) continue;
        accept(inflect(name), e.name);
        continue;
      }
      const name =
        type === 'person' && oneWord
          ? (wordsOf(e.name).at(-1) ?? e.name)
          : type === 'organisation'
            ? orgName(e)
            : e.name;
      accept(type === 'city' ? inflect(name) : name, name);
    }
    if (type === 'country')
      for (const c of rotate(this.outside().countries, seed, 12)) accept(inflect(c), c);
    if (type === 'city' && answerIsContinent) {
      for (const c of rotate(continents, seed))
        if (!this.textLower.includes(c.toLowerCase())) accept(c);
    } else if (type === 'city' && sp.kind === 'city') {
      for (const c of rotate(this.outside().cities, seed, 12)) accept(inflect(c), c);
    }
    return out;
  }

  private outsideCache: { countries: string[]; cities: string[] } | undefined;

  /** Well-known countries and cities the text does not mention, computed once. */
  private outside(): { countries: string[]; cities: string[] } {
    if (this.outsideCache) return this.outsideCache;
    const words = new Set(this.textLower.split(/[^\p{L}]+/u));
    const absent = (name: string) =>
      !name
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .some((w) => words.has(w));
    this.outsideCache = {
      countries: allCountries(this.language)
        .filter(
          (c) =>
            WELL_KNOWN_COUNTRIES.has(c.code) && /^\p{Lu}\p{Ll}+$/u.test(c.name) && absent(c.name)
        )
        .map((c) => c.name),
      cities: [...CITIES[this.language]].filter(absent)
    };
    return this.outsideCache;
  }

  private shiftedDates(sp: Span): string[] {
    const out: string[] = [];
    const text = sp.text;
    if (sp.dateKind === 'weekday') {
      const days = WEEKDAYS[this.language];
      const i = days.indexOf(text);
      for (const d of [2, 4, 1, 3]) out.push(days[(i + d) % 7] ?? '');
      return out;
    }
    if (sp.dateKind === 'relative') {
      // Keep the inflection (`im letzten Jahr` → `im vergangenen Jahr`, not `im letzte Woche`).
      const m = /^(letzt|vergangen|vorig|nächst|kommend|dies)(e[nmrs]?)\s(\S+)$/u.exec(text);
      if (m) {
        const stems = ['vorletzt', 'nächst', 'letzt', 'kommend'].filter((x) => x !== m[1]);
        return stems.map((stem) => `${stem}${m[2]} ${m[3]}`);
      }
      const en = /^(last|next|this)\s(\S+)$/u.exec(text);
      if (en)
        return ['last', 'next', 'this'].filter((x) => x !== en[1]).map((x) => `${x} ${en[2]}`);
      return [];
    }
    const years = [...text.matchAll(/\b(1[89]\d\d|20\d\d)\b/gu)].map((m) => Number(m[1]));
    if (years.length > 0) {
      for (const d of [-1, 2, -3, 1, -2, 3])
        out.push(text.replace(/\b(1[89]\d\d|20\d\d)\b/gu, (y) => String(Number(y) + d)));
      return out;
    }
    if (sp.dateKind === 'month') {
      const months = MONTHS[this.language];
      const i = months.findIndex((m) => text.startsWith(m));
      if (i >= 0)
        for (const d of [3, 6, 9])
          out.push(text.replace(months[i] ?? '', months[(i + d) % 12] ?? ''));
    }
    return out;
  }

  add(draft: Draft) {
    this.drafts.push(draft);
  }

  /** Wh-question on a span of the main clause, respecting verb-second order, or undefined. */
  whQuestion(
    s: Sentence,
    sp: Span
  ): { prompt: string; answer: string; support: string } | undefined {
    if (!s.confident || s.verb < 1 || sp.last > s.clauseEnd) return undefined;
    const t = s.tokens;
    const verb = t[s.verb]?.text ?? '';
    const start = sp.lead ?? sp.first;
    const clauseEnd = this.extendedEnd(s, s.clauseEnd);
    const restAfterVerb = slice(s, s.verb, clauseEnd);
    const en = this.language === 'en';
    // Case A: the span is the first constituent.
    const firstIsSpan =
      sp.last === s.verb &&
      (start === 0 ||
        (start === 1 &&
          (DETERMINERS.has(t[0]?.text.toLowerCase() ?? '') ||
            (sp.role !== undefined && t[0]?.text === sp.role))) ||
        (sp.role !== undefined && slice(s, 0, sp.first).endsWith(sp.role) && sp.first <= 4));
    if (firstIsSpan) {
      const wh = this.subjectWh(sp, verb);
      if (!wh) return undefined;
      let answer = sp.kind === 'date' ? this.dateAnswer(s, sp) : sp.text;
      if (sp.kind === 'organisation' && start === 1) answer = lowerFirst(slice(s, 0, sp.last));
      if (sp.kind === 'organisation' && !start && sp.first === 1)
        answer = lowerFirst(slice(s, 0, sp.last));
      // `Wer sollte gewarnt sein?` is too vague to answer from one sentence.
      if (wordsOf(restAfterVerb).length < 4) return undefined;
      return { prompt: tidy(`${wh} ${restAfterVerb}?`), answer, support: sp.text };
    }
    // Case C: the subject right after the verb (`Seit Dezember hat Chelsea …` → `Wer hat seit
    // Dezember …?`): the first constituent moves behind the verb.
    const subjectStart =
      sp.first === s.verb + 2 && DETERMINERS.has(t[s.verb + 1]?.text.toLowerCase() ?? '')
        ? s.verb + 1
        : sp.first;
    if (
      subjectStart === s.verb + 1 &&
      (sp.kind === 'person' || sp.kind === 'organisation' || sp.kind === 'country') &&
      !this.t.who.startsWith('Who') &&
      !PRONOUN_STARTS.has(t[0]?.text.toLowerCase() ?? '')
    ) {
      const wh = this.subjectWh(sp, verb);
      if (!wh) return undefined;
      const lastWord = t[clauseEnd - 1]?.text ?? '';
      if (AUXILIARIES.test(verb) && !(/^\p{Ll}/u.test(lastWord) && /(t|en|n)$/u.test(lastWord)))
        return undefined;
      const fc = slice(s, 0, s.verb);
      const first = t[0]?.text ?? '';
      const fcText =
        /^\p{Lu}/u.test(first) &&
        (DETERMINERS.has(first.toLowerCase()) || PREPOSITIONS.has(first.toLowerCase()))
          ? lowerFirst(fc)
          : fc;
      const rest = slice(s, sp.last, clauseEnd);
      const prompt = tidy(`${wh} ${verb} ${fcText} ${rest}?`);
      if (wordsOf(prompt).length < 5) return undefined;
      const answer =
        subjectStart < sp.first ? lowerFirst(slice(s, subjectStart, sp.last)) : sp.text;
      return { prompt, answer, support: sp.text };
    }
    // Case B: a date or place adverbial after the verb; the first constituent moves behind it.
    if (start <= s.verb) return undefined;
    if (en && !/^(is|are|was|were|has|have|had|will|would|can|could)$/u.test(verb))
      return undefined;
    const first = t[0]?.text.toLowerCase() ?? '';
    if (PRONOUN_STARTS.has(first) && !DETERMINERS.has(first)) return undefined;
    // A fronted prepositional phrase behind the verb next to the question word reads badly
    // (`In welchem Jahr gehörten zu den …`): only noun phrases and names move.
    if (PREPOSITIONS.has(first) && !s.spans.some((x) => (x.lead ?? x.first) === 0))
      return undefined;
    if (
      first === 'das' &&
      t[1] &&
      !/^\p{Lu}/u.test(t[1].text) &&
      t[1].kind === 'word' &&
      !/^\p{Ll}+e[nrs]?$/u.test(t[1].text)
    )
      return undefined;
    let wh: string | undefined;
    let answer: string;
    let cut = start;
    if (sp.kind === 'date') {
      wh = this.dateWh(s, sp);
      answer = this.dateAnswer(s, sp);
    } else if (sp.kind === 'city' || sp.kind === 'country' || sp.kind === 'place') {
      const lead = sp.lead !== undefined ? (t[sp.lead]?.text.toLowerCase() ?? '') : '';
      wh = {
        in: this.t.where,
        im: this.t.where,
        nach: this.t.whereTo,
        aus: this.t.whereFrom,
        at: this.t.where
      }[lead];
      answer = sp.text;
      if (
        sp.kind === 'country' &&
        /s$/u.test(sp.text) &&
        !countryCode(sp.text.slice(0, -1)) === false
      )
        return undefined;
    } else if (sp.kind === 'number' && !en) {
      // `Der Bau kostete 12 Millionen Euro` → `Wie viel kostete der Bau?`;
      // `… nutzen rund 5000 Menschen …` → `Wie viele Menschen nutzen …?`
      const unit = sp.text.split(' ').slice(1).join(' ');
      const counted =
        /^\p{Lu}/u.test(unit) &&
        !/^(Prozent|Euro|Dollar|Franken|Pfund|Millionen|Milliarden|Million|Milliarde|Tausend|Kilometer|Meter|Kilogramm|Tonnen|Grad|Prozentpunkte)$/u.test(
          unit.split(' ')[0] ?? ''
        );
      if (/^(Jahre|Jahren|Monate|Monaten|Wochen|Tage|Tagen|Stunden|Minuten)$/u.test(unit))
        return undefined;
      wh = counted ? `Wie viele ${unit}` : 'Wie viel';
      answer = counted ? (sp.text.split(' ')[0] ?? sp.text) : sp.text;
      if (HEDGES.test(t[sp.first - 1]?.text ?? '')) cut = sp.first - 1;
      if (t[cut - 1]?.text === 'als' && /^(mehr|weniger)$/u.test(t[cut - 2]?.text ?? '')) cut -= 2;
      // Only as the object right after the verb, never inside a phrase (`bei zwei statt drei`).
      if (cut !== s.verb + 1) return undefined;
    } else return undefined;
    if (!wh) return undefined;
    // An auxiliary needs its participle or infinitive at the clause end; a clause cut before it
    // (at an inserted relative clause) would make a broken question.
    const finalWord = t[clauseEnd - 1]?.text ?? '';
    if (AUXILIARIES.test(verb) && !(/^\p{Ll}/u.test(finalWord) && /(t|en|n)$/u.test(finalWord)))
      return undefined;
    const firstConstituent = slice(s, 0, s.verb);
    const fc =
      DETERMINERS.has(first) || PREPOSITIONS.has(first)
        ? lowerFirst(firstConstituent)
        : firstConstituent;
    const before = slice(s, s.verb + 1, cut);
    const after = slice(s, sp.last, clauseEnd);
    const prompt = tidy(`${wh} ${verb} ${fc} ${before} ${after}?`);
    if (wordsOf(prompt).length < 4) return undefined;
    return { prompt, answer, support: sp.text };
  }

  private subjectWh(sp: Span, verb: string): string | undefined {
    const en = this.language === 'en';
    const plural = en
      ? /^(are|were|have)$/u.test(verb)
      : /en$/u.test(verb) || /^(sind|waren)$/u.test(verb);
    if (plural) return undefined;
    if (sp.kind === 'person' || sp.kind === 'organisation') return this.t.who;
    if (sp.kind === 'country') return this.t.whichCountry;
    if (sp.kind === 'city') return this.t.whichCity;
    if (sp.kind === 'date') return this.dateWh(undefined, sp);
    return undefined;
  }

  private dateWh(_s: Sentence | undefined, sp: Span): string {
    if (sp.dateKind === 'year') return this.t.whichYear;
    if (sp.dateKind === 'years') return this.t.whichYears;
    return this.t.when;
  }

  /** `am Montag`, `im Dezember 2018`, `letzte Woche`; a bare year for year questions. */
  private dateAnswer(s: Sentence, sp: Span): string {
    if (sp.dateKind === 'year' || sp.dateKind === 'years') return sp.text;
    // `Seit Dezember` opened the sentence; as an answer it is `seit Dezember`.
    const text = this.adverbial(s, sp);
    return (sp.lead ?? sp.first) === 0 && sp.lead !== undefined ? lowerFirst(text) : text;
  }

  /**
   * A main clause that ends before `dass`/`that` lacks its object (`China sagte …`): take the
   * object clause along, up to the next clause boundary.
   */
  private extendedEnd(s: Sentence, end: number): number {
    const t = s.tokens;
    // `sagte bei der Eröffnung: „…“`: the quotation is the object.
    if (t[end]?.text === ':' && /^[„“]$/u.test(t[end + 1]?.text ?? '')) {
      let k = end + 2;
      while (k < t.length && !/^[“”]$/u.test(t[k]?.text ?? '')) k++;
      if (k < t.length && k - end <= 30) return k + 1;
      return end;
    }
    if (
      t[end]?.text !== ',' ||
      !/^(dass|that|ob|whether)$/u.test(t[end + 1]?.text.toLowerCase() ?? '')
    )
      return end;
    let k = end + 2;
    while (k < t.length) {
      const x = t[k]?.text ?? '';
      if (/^[.!?;:]$/u.test(x)) break;
      if (x === ',' && SUBORDINATORS.has(t[k + 1]?.text.toLowerCase() ?? '')) break;
      k++;
    }
    return k;
  }

  /**
   * Questions on a subordinate clause whose subject follows the conjunction: `…, nachdem der
   * Minister Melanie Joly letzte Woche angekündigt hatte, dass …` → `Wer hatte letzte Woche
   * angekündigt, dass …?` (German: the clause-final finite verb moves to second position) and
   * `Wann hatte der Minister Melanie Joly angekündigt, dass …?`.
   */
  subordinateQuestions(s: Sentence) {
    if (!s.confident) return;
    const t = s.tokens;
    const en = this.language === 'en';
    const conjunctions = en
      ? /^(after|because|when|while|although|before|since)$/u
      : /^(nachdem|weil|als|während|obwohl|bevor|seit|seitdem|da)$/u;
    for (let i = 1; i < t.length - 3; i++) {
      if (t[i - 1]?.text !== ',' || !conjunctions.test(t[i]?.text.toLowerCase() ?? '')) continue;
      let end = i + 1;
      while (end < t.length && t[end]?.text !== ',' && !/^[.!?;:]$/u.test(t[end]?.text ?? ''))
        end++;
      const subject = s.spans.find((sp) => {
        if (sp.first <= i || sp.last >= end) return false;
        if (sp.kind !== 'person' && sp.kind !== 'organisation' && sp.kind !== 'country')
          return false;
        // Only articles, adjectives and a role between the conjunction and the name.
        for (let k = i + 1; k < sp.first; k++) {
          const w = t[k]?.text ?? '';
          if (!(
            DETERMINERS.has(w.toLowerCase()) ||
            /^\p{Ll}+e[nrs]?$/u.test(w) ||
            (sp.role !== undefined && sp.role.includes(w))
          ))
            return false;
        }
        return true;
      });
      if (!subject) continue;
      const tail = slice(s, end, this.extendedEnd(s, end));
      if (!balanced(tail)) continue;
      const subjectPhrase = slice(s, i + 1, subject.last);
      let finite: string;
      let middle: { first: number; last: number };
      if (en) {
        finite = '';
        middle = { first: subject.last, last: end };
      } else {
        finite = t[end - 1]?.text ?? '';
        middle = { first: subject.last, last: end - 1 };
        if (
          !/^\p{Ll}/u.test(finite) ||
          (!/(t|en|te|ten|st)$/u.test(finite) && !/^(ist|sind|war|hat|wird|sei)$/u.test(finite))
        )
          continue;
      }
      const plural = en
        ? /^(are|were|have)\b/u.test(slice(s, subject.last, subject.last + 1))
        : /en$/u.test(finite) || /^(sind|waren)$/u.test(finite);
      const middleText = slice(s, middle.first, middle.last);
      if (!plural && wordsOf(middleText).length >= 2) {
        const wh = subject.kind === 'country' ? this.t.whichCountry : this.t.who;
        const prompt = tidy(`${wh} ${finite} ${middleText}${tail ? ' ' + tail : ''}?`);
        this.whDraft(s, subject, prompt, subject.text, 8.6);
      }
      // A date or a place inside the clause.
      for (const sp of s.spans) {
        if (sp.first < middle.first || sp.last > middle.last) continue;
        if (sp.kind !== 'date' && sp.kind !== 'city' && sp.kind !== 'country') continue;
        const start = sp.lead ?? sp.first;
        if (sp.kind !== 'date' && sp.lead === undefined) continue;
        const lead = sp.lead !== undefined ? (t[sp.lead]?.text.toLowerCase() ?? '') : '';
        const wh =
          sp.kind === 'date'
            ? this.dateWh(s, sp)
            : { in: this.t.where, nach: this.t.whereTo, aus: this.t.whereFrom }[lead];
        if (!wh) continue;
        const rest = `${slice(s, middle.first, start)} ${slice(s, sp.last, middle.last)}`;
        if (en) continue; // English needs do-support and the base verb form: not attempted
        const subjectText = DETERMINERS.has(t[i + 1]?.text.toLowerCase() ?? '')
          ? lowerFirst(subjectPhrase)
          : subjectPhrase;
        const prompt = tidy(`${wh} ${finite} ${subjectText} ${rest}${tail ? ' ' + tail : ''}?`);
        const answer = sp.kind === 'date' ? this.dateAnswer(s, sp) : sp.text;
        this.whDraft(s, sp, prompt, answer, 8.4);
      }
    }
  }

  private whDraft(s: Sentence, sp: Span, prompt: string, answer: string, priority: number) {
    const distractors = this.distractors(
      s,
      sp,
      answer,
      3,
      sp.kind === 'date' && answer !== sp.text
    );
    const short = wordsOf(answer).length <= 3 && hashUnit('sa|' + prompt) < 0.35;
    if (distractors.length === 3 && !short) {
      this.add({
        type: 'multiple-choice',
        prompt,
        answer,
        choices: this.shuffle([answer, ...distractors], prompt),
        evidence: [s.index],
        factKey: this.spanFact(sp),
        priority: priority + 0.5,
        support: [sp.text]
      });
    } else {
      this.add({
        type: 'short-answer',
        prompt,
        answer,
        accept: this.alternatives(s, sp, answer),
        evidence: [s.index],
        factKey: this.spanFact(sp),
        priority,
        support: [sp.text]
      });
    }
  }

  /** The statement a true-false item or a `Was sagt der Text über` choice is built from. */
  statement(s: Sentence): { text: string; last: number } | undefined {
    if (!s.confident || /\?["“”]?$/u.test(s.text)) return undefined;
    // `It is culturally diverse …`, `Ihre Beute …`: out of context the reader cannot tell who.
    if (OPENING_PRONOUNS.has(s.tokens[0]?.text.toLowerCase() ?? '')) return undefined;
    // First or second person (`ich`, `wir`, `ihr … sollt`, `you`) marks quoted speech or an
    // opinion, often without quotation marks in the source: not a fact to confirm.
    if (s.tokens.some((x) => SPEAKER_PRONOUNS.has(x.text))) return undefined;
    const words = s.tokens.filter((x) => x.kind === 'word').length;
    if (words <= 28 && !/^[„“]/u.test(s.text)) return { text: s.text, last: s.tokens.length };
    // `China sagte …, dass Peking bereit sei`: the object clause belongs to the statement.
    const end = this.extendedEnd(s, s.clauseEnd);
    if (s.verb > 0 && end - s.verb >= 3 && end < s.tokens.length) {
      const text = slice(s, 0, end);
      if (wordsOf(text).length >= 6 && wordsOf(text).length <= 28 && balanced(text))
        return { text: text + '.', last: end };
    }
    return undefined;
  }

  /** Swaps one span of a statement for a same-kind distractor: a false statement. */
  swapped(s: Sentence, sp: Span, statement: string, count: number): string[] {
    const a = s.tokens[sp.first];
    const b = s.tokens[sp.last - 1];
    if (!a || !b) return [];
    const original = s.text.slice(a.start, b.end);
    const offset = statement.indexOf(original);
    if (offset < 0 || statement.indexOf(original, offset + 1) >= 0) return [];
    // A name the text uses elsewhere with the same key nouns (`Regenwald … Brasilien`) may be
    // just as true in this statement: such candidates are skipped.
    const own = this.keyStems(s);
    const trueElsewhere = (d: string) =>
      [...(this.sentencesOfName.get(d.toLowerCase()) ?? [])].some(
        (i) => i !== s.index && [...this.keyStems(this.sentence(i))].some((x) => own.has(x))
      );
    return this.distractors(s, sp, original, count + 3)
      .filter((d) => !trueElsewhere(d))
      .slice(0, count)
      .map((d) => statement.slice(0, offset) + d + statement.slice(offset + original.length));
  }

  private readonly stemCache = new Map<number, Set<string>>();

  /** Stems of a sentence's content nouns (German) or long words (English), names excluded. */
  private keyStems(s: Sentence): Set<string> {
    const cached = this.stemCache.get(s.index);
    if (cached) return cached;
    const stems = new Set<string>();
    s.tokens.forEach((tok, i) => {
      if (tok.kind !== 'word' || tok.text.length < 6 || i === 0) return;
      if (s.spans.some((sp) => i >= sp.first && i < sp.last)) return;
      const german = this.language === 'de';
      if (german ? !/^\p{Lu}\p{Ll}/u.test(tok.text) : STOP_WORDS.en.has(tok.text.toLowerCase()))
        return;
      stems.add(tok.text.toLowerCase().slice(0, 6));
    });
    this.stemCache.set(s.index, stems);
    return stems;
  }

  buildSentenceQuestions(s: Sentence) {
    const t = this.t;
    const spans = s.spans.filter((sp) => this.askable(sp));
    // Wh-questions, one per span; multiple-choice when three good distractors exist.
    for (const sp of spans) {
      const wh = this.whQuestion(s, sp);
      if (wh) this.whDraft(s, sp, wh.prompt, wh.answer, 8.5);
    }
    this.subordinateQuestions(s);
    // Dates of events: `Welches Jahr nennt der Text zu „…“?`, even in sentences too garbled to
    // quote whole, as long as the quoted phrase itself is clean.
    for (const sp of s.spans) {
      if (sp.kind !== 'date' || (sp.sortKey === undefined && sp.dateKind !== 'weekday')) continue;
      const np = this.eventPhrase(s, sp);
      if (!np) continue;
      const years = sp.dateKind === 'year' || sp.dateKind === 'years';
      const prompt = t.dateOf(np, years, sp.dateKind === 'years');
      const answer = years ? sp.text : this.adverbial(s, sp);
      const distractors = this.distractors(s, sp, answer, 3, !years);
      if (distractors.length === 3)
        this.add({
          type: 'multiple-choice',
          prompt,
          answer,
          choices: this.shuffle([answer, ...distractors], prompt),
          evidence: [s.index],
          factKey: this.spanFact(sp),
          priority: 8.5,
          support: [sp.text]
        });
      else
        this.add({
          type: 'short-answer',
          prompt,
          answer,
          accept: this.alternatives(s, sp, answer),
          evidence: [s.index],
          factKey: this.spanFact(sp),
          priority: 8,
          support: [sp.text]
        });
    }
    const statement = this.statement(s);
    if (statement) {
      const inStatement = spans.filter((sp) => sp.last <= statement.last && sp.kind !== 'name');
      if (inStatement.length === 0 && statement.text === s.text) {
        // Nothing to swap: a true statement to confirm.
        this.add({
          type: 'true-false',
          prompt: statement.text,
          answer: true,
          evidence: [s.index],
          factKey: `sentence:${s.index}`,
          priority: 5,
          support: []
        });
      }
      // True or false, decided by the sentence's hash so a set mixes both.
      if (inStatement.length > 0) {
        const wantFalse = hashUnit('tf|' + statement.text) < 0.5;
        const target =
          inStatement[Math.floor(hashUnit('tfspan|' + statement.text) * inStatement.length)];
        const falses = target ? this.swapped(s, target, statement.text, 1) : [];
        if (wantFalse && falses[0] && target) {
          this.add({
            type: 'true-false',
            prompt: falses[0],
            answer: false,
            correction: statement.text,
            evidence: [s.index],
            factKey: this.spanFact(target),
            priority: 7,
            support: [target.text]
          });
        } else if (target) {
          this.add({
            type: 'true-false',
            prompt: statement.text,
            answer: true,
            evidence: [s.index],
            factKey: this.spanFact(target),
            priority: 6,
            support: [target.text]
          });
        }
      }
      // `Was sagt der Text über X?`: the statement against three with one detail swapped.
      const subjects = inStatement.filter((sp) => sp.kind !== 'date' && sp.kind !== 'number');
      for (const subject of subjects.slice(0, 1)) {
        const others = inStatement.filter((sp) => sp !== subject && sp.key !== subject.key);
        const swaps: { variants: string[]; key: string; support: string }[] = others.map(
          (other) => ({
            variants: this.swapped(s, other, statement.text, 3),
            key: this.spanFact(other),
            support: other.text
          })
        );
        // Failing another name, date or number: a key term swapped for terms that end alike.
        const term = this.termSwap(s, statement.text, subject);
        if (term) swaps.push(term);
        for (const { variants, key, support } of swaps) {
          if (variants.length < 3) continue;
          const name = this.facts.entities.get(subject.key)?.name ?? subject.text;
          const prompt = t.about(
            subject.kind === 'organisation' ? orgName(this.facts.entities.get(subject.key)) : name
          );
          this.add({
            type: 'multiple-choice',
            prompt,
            answer: statement.text,
            choices: this.shuffle([statement.text, ...variants], prompt + s.index),
            evidence: [s.index],
            factKey: key,
            priority: 5,
            support: [support]
          });
          break;
        }
      }
    }
    // Cloze: one gap on a name, date or number of a sentence short enough to read as a whole,
    // else on its key term.
    // The gapped text is the clean statement (the main clause of a long sentence), so a garbled
    // tail never reaches the reader.
    const clozeText =
      statement ??
      (s.confident && s.tokens.length <= 45 && !/\?["“”]?$/u.test(s.text)
        ? { text: s.text, last: s.tokens.length }
        : undefined);
    if (clozeText) {
      const candidates = spans.filter(
        (sp) =>
          sp.last <= clozeText.last &&
          !sp.key.startsWith('org-') &&
          // `Marshall Space Flight Center (MSFC)`: the gap would be spelt out beside it.
          !(s.tokens[sp.first - 1]?.text === '(' && /^\p{Lu}{2,}$/u.test(sp.text))
      );
      if (candidates.length === 0) this.termCloze(s, clozeText);
      const target = candidates[Math.floor(hashUnit('cloze|' + s.text) * candidates.length)];
      if (target) {
        const a = s.tokens[target.first];
        const b = s.tokens[target.last - 1];
        if (a && b && clozeText.text.startsWith(s.text.slice(0, b.end))) {
          const answer = s.text.slice(a.start, b.end);
          const prompt = clozeText.text.slice(0, a.start) + '____' + clozeText.text.slice(b.end);
          const bank = this.distractors(s, target, answer, 3);
          this.add({
            type: 'cloze',
            prompt,
            answer,
            ...wordBankField(answer, bank, this.language),
            evidence: [s.index],
            factKey: this.spanFact(target),
            priority: 6.5,
            support: [answer]
          });
        }
      }
    }
  }

  /** Content words that recur or stand out: key terms for gaps, by lower-cased form. */
  private termCounts: Map<string, number> | undefined;

  private isTerm(word: string): boolean {
    if (word.length < (this.language === 'de' ? 8 : 6) || word.includes('-') || /\d/u.test(word))
      return false;
    const lower = word.toLowerCase();
    if (STOP_WORDS[this.language].has(lower)) return false;
    // Nominalised adjectives (`Europäischen` in a name) are no key terms.
    if (this.language === 'de')
      return (
        /^\p{Lu}\p{Ll}/u.test(word) &&
        !/(isch|lich|ig|bar)(e|en|er|es|em)$/u.test(word) &&
        nounLemma(word) !== undefined
      );
    // English: lower-case words that are not adverbs, participles or adjectives.
    return (
      /^\p{Ll}+$/u.test(word) &&
      word.length >= 7 &&
      !/(ly|ed|al|ous|ive|ful|less|able|ible|ic|ar|ing)$/u.test(word)
    );
  }

  private terms(): Map<string, number> {
    if (this.termCounts) return this.termCounts;
    const counts = new Map<string, number>();
    for (const s of this.facts.sentences)
      s.tokens.forEach((tok, i) => {
        if (tok.kind !== 'word' || !this.isTerm(tok.text)) return;
        if (s.spans.some((sp) => i >= sp.first && i < sp.last)) return; // part of a name
        counts.set(tok.text, (counts.get(tok.text) ?? 0) + 1);
      });
    this.termCounts = counts;
    for (const term of counts.keys()) {
      const ending = term.slice(-2);
      const list = this.termsByEnding.get(ending) ?? [];
      list.push(term);
      this.termsByEnding.set(ending, list);
    }
    this.termList = [...counts.keys()];
    return counts;
  }

  private readonly termsByEnding = new Map<string, string[]>();
  private termList: string[] = [];

  /** Up to `count` other terms, those ending like `term` first, none found in the sentence. */
  private otherTerms(
    term: string,
    sentenceLower: string,
    count: number,
    sameEnding: boolean
  ): string[] {
    this.terms();
    const out: string[] = [];
    const ok = (w: string) =>
      w !== term &&
      !sentenceLower.includes(w.toLowerCase()) &&
      !clashes(w, term) &&
      !out.includes(w);
    for (const w of rotate(this.termsByEnding.get(term.slice(-2)) ?? [], term)) {
      if (out.length >= count) break;
      if (ok(w)) out.push(w);
    }
    if (!sameEnding)
      for (const w of rotate(this.termList, term)) {
        if (out.length >= count) break;
        if (ok(w)) out.push(w);
      }
    return out;
  }

  /** Three variants of a statement with its key term replaced by other terms that end alike. */
  private termSwap(
    s: Sentence,
    statement: string,
    subject: Span
  ): { variants: string[]; key: string; support: string } | undefined {
    const terms = this.terms();
    const inSpan = (i: number) => s.spans.some((sp) => i >= sp.first && i < sp.last);
    const candidates = s.tokens.filter(
      (tok, i) =>
        tok.kind === 'word' && !inSpan(i) && this.isTerm(tok.text) && tok.start < s.text.length
    );
    const tok = candidates.sort(
      (a, b) => (terms.get(b.text) ?? 0) - (terms.get(a.text) ?? 0) || b.text.length - a.text.length
    )[0];
    if (!tok || subject.text.includes(tok.text)) return undefined;
    const offset = statement.indexOf(tok.text);
    if (offset < 0 || statement.indexOf(tok.text, offset + 1) >= 0) return undefined;
    const variants = this.otherTerms(tok.text, s.text.toLowerCase(), 3, true).map(
      (w) => statement.slice(0, offset) + w + statement.slice(offset + tok.text.length)
    );
    return { variants, key: `term:${tok.text.toLowerCase()}`, support: tok.text };
  }

  /** A gap on the sentence's key term, with a word bank of terms that end alike. */
  private termCloze(s: Sentence, within: { text: string; last: number }) {
    const terms = this.terms();
    const inSpan = (i: number) => s.spans.some((sp) => i >= sp.first && i < sp.last);
    let best: { i: number; score: number } | undefined;
    s.tokens.forEach((tok, i) => {
      if (i >= within.last || tok.kind !== 'word' || inSpan(i) || !this.isTerm(tok.text)) return;
      const score = (terms.get(tok.text) ?? 1) * 10 + tok.text.length;
      if (!best || score > best.score) best = { i, score };
    });
    if (!best) return;
    const tok = s.tokens[best.i];
    if (!tok) return;
    const answer = tok.text;
    const sentenceLower = s.text.toLowerCase();
    const alike = this.otherTerms(answer, sentenceLower, 3, true);
    const bank = alike.length >= 2 ? this.otherTerms(answer, sentenceLower, 3, false) : [];
    const prompt = within.text.slice(0, tok.start) + '____' + within.text.slice(tok.end);
    this.add({
      type: 'cloze',
      prompt,
      answer,
      ...wordBankField(answer, bank, this.language),
      evidence: [s.index],
      factKey: `term:${answer.toLowerCase()}`,
      priority: 6,
      support: [answer]
    });
  }

  /** Spans worth a question: not a one-off unclassified name (often a mistranslation). */
  private askable(sp: Span): boolean {
    const lowerText = sp.text.toLowerCase();
    if (TRANSLATION_FALSE_FRIENDS.some((w) => lowerText.includes(w))) return false;
    if (sp.kind === 'name') {
      // English capitalises names only; a German unclassified name must recur to be trusted
      // (a one-off is often a mistranslated word).
      return (this.facts.entities.get(sp.key)?.salience ?? 0) >= 2;
    }
    return true;
  }

  /**
   * The noun phrase a date belongs to (`die Verhaftung … in Vancouver` for `im Dezember 2018`):
   * from the clause start or the verb up to the date, at most ten words, quoted in the prompt.
   */
  private eventPhrase(s: Sentence, sp: Span): string | undefined {
    const t = s.tokens;
    const end = sp.lead ?? sp.first;
    let start = end;
    while (start > 0) {
      const prev = t[start - 1];
      if (!prev || prev.kind === 'punct' || start - 1 === s.verb) break;
      start--;
    }
    // A lower-case word right after a noun that is not an article, preposition or conjunction
    // is a verb (`Staaten gehörten Hikvision`): the phrase starts after it.
    for (let k = start + 1; k < end; k++) {
      const w = t[k]?.text ?? '';
      if (
        /^\p{Ll}/u.test(w) &&
        /^\p{Lu}/u.test(t[k - 1]?.text ?? '') &&
        !DETERMINERS.has(w) &&
        !PREPOSITIONS.has(w) &&
        !/^(und|oder|sowie|and|or)$/u.test(w)
      )
        start = k + 1;
    }
    // The whole stretch when it opens with an article and is short; else from the first
    // article (or capitalised word) of the last twelve words.
    const isDet = (k: number) => DETERMINERS.has((t[k]?.text ?? '').toLowerCase());
    if (!(isDet(start) && end - start <= 12)) {
      while (end - start > 12) start++;
      let det = start;
      while (det < end && !isDet(det) && !/^\p{Lu}/u.test(t[det]?.text ?? '')) det++;
      if (det < end - 1) start = det;
      else
        while (
          start < end &&
          !(
            /^\p{Lu}/u.test(t[start]?.text ?? '') &&
            !STOP_WORDS[this.language].has((t[start]?.text ?? '').toLowerCase())
          )
        )
          start++;
    }
    // `Wie die Nachrichtenagentur …`: a conjunction is not part of the phrase.
    while (
      start < end &&
      SUBORDINATORS.has((t[start]?.text ?? '').toLowerCase()) &&
      !DETERMINERS.has((t[start]?.text ?? '').toLowerCase())
    )
      start++;
    // A preposition right before the date belongs to the phrase only when nothing else does.
    if (end - start < 2) return undefined;
    let text = slice(s, start, end);
    if (DETERMINERS.has((t[start]?.text ?? '').toLowerCase())) text = lowerFirst(text);
    const lowerText = text.toLowerCase();
    if (TRANSLATION_FALSE_FRIENDS.some((w) => lowerText.includes(w))) return undefined;
    if (!balanced(text) || /[„“”]/u.test(text)) return undefined;
    if (/\d/u.test(text)) return undefined; // another date inside would confuse
    // It must end on a noun or name and must not be a relative clause (`, der vor …`).
    if (!/^\p{Lu}/u.test(t[end - 1]?.text ?? '')) return undefined;
    if (t[start - 1]?.text === ',' && DETERMINERS.has((t[start]?.text ?? '').toLowerCase()))
      return undefined;
    return text;
  }

  /** Accepted alternatives for a short answer: a surname, another name of a country, a year. */
  alternatives(s: Sentence, sp: Span, answer: string): string[] {
    const out = new Set<string>();
    if (sp.kind === 'person') {
      const entity = this.facts.entities.get(sp.key);
      if (entity) out.add(entity.name);
      out.add(wordsOf(answer).at(-1) ?? answer);
    }
    if (sp.kind === 'country') {
      for (const language of ['de', 'en'] as const) {
        const name = countryName(sp.key, language);
        if (name) out.add(name);
      }
      if (sp.key === 'US') out.add('USA');
      if (sp.key === 'GB') out.add('Großbritannien');
    }
    if (sp.kind === 'date') {
      out.add(sp.text);
      const year = /\b(1[89]\d\d|20\d\d)\b/u.exec(sp.text)?.[1];
      if (year && sp.dateKind !== 'years') out.add(year);
    }
    if (sp.kind === 'number' && sp.value !== undefined) out.add(String(sp.value));
    if (sp.kind === 'organisation' || sp.kind === 'city') out.add(sp.text);
    void s;
    out.delete(answer);
    return [...out].filter((x) => x.trim().length > 0).sort();
  }

  private shuffle(choices: string[], seed: string): string[] {
    return orderByHash(choices, seed, (x) => x);
  }

  quoteQuestions() {
    for (const q of this.facts.quotes) {
      if (!q.speakerKey || q.text.length > 160) continue;
      const entity = this.facts.entities.get(q.speakerKey);
      if (!entity) continue;
      const s = this.sentence(q.sentence);
      const mention = entity.mentions.find((m) => m.sentence === q.sentence);
      if (!mention) continue;
      const answer = entity.type === 'organisation' ? orgName(entity) : mention.text;
      const prompt = this.t.quote(q.text);
      // Other speakers the text names: persons and organisations (in the nominative).
      const sentenceLower = s.text.toLowerCase();
      const distractors: string[] = [];
      const speakers = [
        ...(this.byType.get('person') ?? []),
        ...(this.byType.get('organisation') ?? [])
      ];
      for (const e of rotate(speakers, prompt)) {
        if (distractors.length >= 3) break;
        if (e.key === entity.key || (e.key.startsWith('org-') && !e.nominative)) continue;
        const name = orgName(e);
        if (!name || sentenceLower.includes(name.toLowerCase()) || clashes(name, answer)) continue;
        if (distractors.some((d) => clashes(d, name))) continue;
        distractors.push(name);
      }
      if (distractors.length < 3) continue;
      this.add({
        type: 'multiple-choice',
        prompt,
        answer,
        choices: this.shuffle([answer, ...distractors.slice(0, 3)], prompt),
        evidence: [q.sentence],
        factKey: `entity:${entity.key}`,
        priority: 8.8,
        support: [mention.text]
      });
    }
  }

  causeQuestions() {
    const all = this.facts.causes;
    for (const c of all) {
      if (
        c.effectKind === 'main' &&
        (!this.sentence(c.sentence).confident || /[„“”]/u.test(c.effect))
      )
        continue;
      const prompt =
        c.effectKind === 'subordinate' ? this.t.cause(c.effect) : this.t.causeOf(c.effect);
      const answer = `${this.t.because} ${c.reason}.`;
      // Distractors: the reasons and effects the text gives elsewhere, read as reasons.
      const pool = this.facts.causes
        .filter((o) => o !== c)
        .map((o) => `${this.t.because} ${o.reason}.`);
      const distractors = pool.filter((d) => !clashes(d, answer)).slice(0, 3);
      const s = this.sentence(c.sentence);
      if (distractors.length === 3)
        this.add({
          type: 'multiple-choice',
          prompt,
          answer,
          choices: this.shuffle([answer, ...distractors], prompt),
          evidence: [s.index],
          factKey: `cause:${c.sentence}`,
          priority: 9.5,
          support: [c.reason]
        });
      else
        this.add({
          type: 'short-answer',
          prompt,
          answer,
          accept: [c.reason],
          evidence: [s.index],
          factKey: `cause:${c.sentence}`,
          priority: 9.5,
          support: [c.reason]
        });
    }
  }

  /**
   * An event as an item to put in order: its clause without the date (`Die Brücke wurde
   * fertiggestellt`), with the subject moved to the front when the date opened the sentence,
   * else the noun phrase the date belongs to.
   */
  private eventItem(s: Sentence, d: Span): string | undefined {
    const t = s.tokens;
    const start = d.lead ?? d.first;
    const fits = (text: string) =>
      wordsOf(text).length >= 3 &&
      wordsOf(text).length <= 14 &&
      balanced(text) &&
      !/[„“”]/u.test(text);
    if (s.confident && s.verb > 0 && d.last <= s.clauseEnd) {
      if (start > s.verb) {
        const text = tidy(`${slice(s, 0, start)} ${slice(s, d.last, s.clauseEnd)}`);
        if (fits(text)) return text;
      } else if (start === 0 && d.last === s.verb) {
        // `Im Jahr 2021 musste der Bau …` → `Der Bau musste …`
        let k = s.verb + 1;
        const span = s.spans.find((x) => x.first === k && x.kind !== 'date');
        if (span) k = span.last;
        else if (DETERMINERS.has(t[k]?.text.toLowerCase() ?? '')) {
          k++;
          while (k < s.clauseEnd && /^\p{Ll}+e[nrs]?$/u.test(t[k]?.text ?? '')) k++;
          if (!/^\p{Lu}/u.test(t[k]?.text ?? '')) return undefined;
          k++;
        } else return undefined;
        const subject = slice(s, s.verb + 1, k);
        const text = tidy(
          `${upperFirst(subject)} ${t[s.verb]?.text ?? ''} ${slice(s, k, s.clauseEnd)}`
        );
        if (fits(text)) return text;
      }
    }
    const np = this.eventPhrase(s, d);
    if (!np || wordsOf(np).length < 3 || !DETERMINERS.has(np.split(' ')[0]?.toLowerCase() ?? ''))
      return undefined;
    return upperFirst(np);
  }

  /** Three to five dated events in time order, when the text has them. */
  orderQuestion() {
    const events: { key: number; text: string; sentence: number }[] = [];
    const seen = new Set<number>();
    for (const d of this.dates) {
      if (d.sortKey === undefined || d.dateKind === 'years') continue;
      if (seen.has(d.sortKey)) continue;
      const s = this.sentence(d.sentence);
      const item = this.eventItem(s, d);
      if (!item || wordsOf(item).length < 2) continue;
      if (events.some((e) => e.sentence === d.sentence || norm(e.text) === norm(item))) continue;
      seen.add(d.sortKey);
      events.push({ key: d.sortKey, text: item, sentence: d.sentence });
    }
    if (events.length < 3) return;
    // Keep five spread over the text's time line.
    events.sort((a, b) => a.key - b.key);
    const picked =
      events.length <= 5
        ? events
        : [0, 1, 2, 3, 4]
            .map((i) => events[Math.round((i * (events.length - 1)) / 4)])
            .filter((e): e is (typeof events)[number] => e !== undefined);
    this.add({
      type: 'order',
      prompt: this.t.order,
      answer: picked.map((e) => e.text),
      evidence: [...new Set(picked.map((e) => e.sentence))].sort((a, b) => a - b),
      factKey: 'timeline',
      priority: 9.2,
      // Items are rephrased clauses; the set-level quality check compares their words.
      support: []
    });
  }

  /** Persons to roles, organisations to seats. */
  matchQuestion() {
    const pairs: { left: string; right: string; sentence: number; kind: 'role' | 'seat' }[] = [];
    for (const e of this.facts.entities.values()) {
      if (e.type === 'person' && e.role) {
        const m = e.mentions.find((x) => x.role);
        if (m) pairs.push({ left: e.name, right: e.role, sentence: m.sentence, kind: 'role' });
      }
      if (e.seat && e.seatSentence !== undefined)
        pairs.push({
          left: orgName(e),
          right: this.t.seat(e.seat),
          sentence: e.seatSentence,
          kind: 'seat'
        });
    }
    const unique = pairs
      .filter(
        (p, i) =>
          pairs.findIndex(
            (q) => norm(q.left) === norm(p.left) || norm(q.right) === norm(p.right)
          ) === i
      )
      .slice(0, 6);
    if (unique.length < 2) return;
    const roles = unique.filter((p) => p.kind === 'role');
    const prompt = roles.length === unique.length ? this.t.matchRoles : this.t.matchSeats;
    this.add({
      type: 'match',
      prompt,
      answer: unique.map((p) => [p.left, p.right] as [string, string]),
      evidence: [...new Set(unique.map((p) => p.sentence))].sort((a, b) => a - b),
      factKey: 'roles',
      priority: 9.1,
      support: unique.map((p) => p.left)
    });
  }

  /** The main topic: the most mentioned names, against sets with some swapped out. */
  gistQuestion() {
    const ranked = [...this.facts.entities.values()]
      .filter(
        (e) =>
          e.type !== 'name' &&
          e.type !== 'place' &&
          e.salience >= 2 &&
          (!e.key.startsWith('org-') || e.nominative !== undefined)
      )
      .sort(
        (a, b) =>
          b.salience - a.salience || (a.mentions[0]?.sentence ?? 0) - (b.mentions[0]?.sentence ?? 0)
      );
    const top = ranked.slice(0, 3);
    if (top.length < 2) return;
    const names = top.map((e) => displayName(e, this.language));
    const list = (items: string[]) =>
      items.length === 2
        ? `${items[0]} ${this.t.and} ${items[1]}`
        : `${items.slice(0, -1).join(', ')} ${this.t.and} ${items.at(-1)}`;
    const answer = list(names);
    const choices = [answer];
    // Distractor sets: keep one topic and replace each other one by a name of the same kind
    // from the margins of the text (named once) or, for countries and cities, from outside it,
    // so every choice reads like a possible topic list.
    const margin = (type: string) =>
      [...this.facts.entities.values()]
        .filter(
          (e) =>
            e.salience === 1 &&
            e.type === type &&
            (!e.key.startsWith('org-') || e.nominative !== undefined)
        )
        .map((e) => displayName(e, this.language));
    const fillers: Record<string, string[]> = {
      country: [...this.outside().countries, ...margin('country')],
      city: [...this.outside().cities, ...margin('city')],
      person: margin('person'),
      organisation: margin('organisation')
    };
    for (let k = 0; k < top.length && choices.length < 4; k++) {
      const used = new Set<string>(names);
      const candidate = top.map((e, j) => {
        if (j === k) return names[j] ?? '';
        // Same kind first; only when the text offers none, any kind.
        const pool = [
          ...orderByHash(fillers[e.type] ?? [], answer + k + j, (x) => x),
          ...orderByHash(Object.values(fillers).flat(), answer + k + j, (x) => x)
        ];
        const pick = pool.find((x) => !used.has(x) && ![...used].some((n) => clashes(n, x)));
        if (pick) used.add(pick);
        return pick ?? '';
      });
      if (candidate.some((x) => !x)) continue;
      const text = list(candidate);
      if (!choices.some((c) => norm(c) === norm(text))) choices.push(text);
    }
    if (choices.length < 3) return;
    const evidence = [...new Set(top.map((e) => nameSentence(e)))].sort((a, b) => a - b);
    this.add({
      type: 'multiple-choice',
      prompt: this.t.gist,
      answer,
      choices: this.shuffle(choices, 'gist' + answer),
      evidence,
      factKey: 'gist',
      priority: 10,
      support: top.map((e) => e.mentions[0]?.text ?? '')
    });
  }

  /** Fact cards for the main entities, vocabulary cards for long common nouns. */
  flashcards() {
    for (const e of this.facts.entities.values()) {
      if (e.type === 'name' || e.type === 'place') continue;
      if (e.mentions.length < 2 && !e.role && !e.seat) continue;
      const back = this.describe(e);
      if (!back) continue;
      this.add({
        type: 'flashcard',
        card: 'fact',
        prompt: displayName(e, this.language),
        answer: back.text,
        evidence: [...new Set([nameSentence(e), back.sentence])].sort((a, b) => a - b),
        factKey: `entity:${e.key}`,
        priority: 5.5 + Math.min(e.mentions.length, 5) / 10,
        support: []
      });
    }
    // Key terms that recur: what the first clean sentence using them says.
    const terms = [...this.terms()]
      .filter(([, n]) => n >= 2)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    for (const [term] of terms.slice(0, 6)) {
      const s = this.facts.sentences.find(
        (x) => x.confident && x.text.length <= 300 && x.tokens.some((tok) => tok.text === term)
      );
      if (!s) continue;
      const front = this.language === 'de' ? (vocabularyForm(term)?.lemma ?? term) : term;
      this.add({
        type: 'flashcard',
        card: 'fact',
        prompt: front,
        answer: s.text,
        evidence: [s.index],
        factKey: `term:${term.toLowerCase()}`,
        // German texts get vocabulary cards for their nouns; English ones only these.
        priority: this.language === 'de' ? 4.1 : 4.8,
        support: []
      });
    }
    if (this.language !== 'de') return;
    const seen = new Set<string>();
    const cardSentences = new Set<number>();
    for (const s of this.facts.sentences) {
      if (!s.confident) continue;
      // The longest noun of each sentence: compounds are what learners look up.
      const ordered = [...s.tokens].sort(
        (a, b) => b.text.length - a.text.length || a.start - b.start
      );
      for (const tok of ordered) {
        if (
          tok.kind !== 'word' ||
          tok.text.length < 9 ||
          !/^\p{Lu}\p{Ll}/u.test(tok.text) ||
          tok.text.includes('-')
        )
          continue;
        if (s.spans.some((sp) => s.tokens[sp.first] === tok)) continue;
        // Sentence-initial words may be capitalised adjectives (`Israelische`).
        if (tok.start === 0 || /(isch|lich|ig|bar)e[nrs]?$/u.test(tok.text)) continue;
        const vocab = vocabularyForm(tok.text);
        if (!vocab || seen.has(vocab.lemma)) continue;
        const known = nounLemma(tok.text) !== undefined;
        if (TRANSLATION_FALSE_FRIENDS.some((w) => vocab.lemma.toLowerCase().includes(w))) continue;
        seen.add(vocab.lemma);
        // The clean statement when the word is in it (a garbled tail stays out), else the
        // sentence; one card per sentence so the deck covers the article.
        const statement = this.statement(s);
        const context =
          statement && statement.text.includes(tok.text)
            ? statement.text
            : s.text.length <= 300
              ? s.text
              : undefined;
        if (!context || cardSentences.has(s.index)) continue;
        cardSentences.add(s.index);
        this.add({
          type: 'flashcard',
          card: 'vocabulary',
          prompt: vocab.label,
          answer: context,
          explanation: `Im Text: ${tok.text}`,
          evidence: [s.index],
          factKey: `word:${vocab.lemma}`,
          // Long words first: compounds are what learners look up.
          priority: 4 + (known ? 0.02 : 0) + Math.min(tok.text.length, 24) / 100,
          support: []
        });
      }
    }
  }

  private describe(e: Entity): { text: string; sentence: number } | undefined {
    // `X (mit Sitz in Y) ist/war …`: a definition.
    for (const m of e.mentions) {
      const s = this.sentence(m.sentence);
      if (!s.confident || s.verb < 0 || m.first > 1) continue;
      const verb = s.tokens[s.verb]?.text ?? '';
      if (!/^(ist|war|is|was)$/u.test(verb)) continue;
      const predicate = slice(s, s.verb + 1, s.clauseEnd);
      if (wordsOf(predicate).length < 2) continue;
      const parts = [predicate];
      if (e.seat) parts.push(this.t.seat(e.seat));
      return { text: tidy(parts.join(this.language === 'de' ? ', ' : ', ')), sentence: s.index };
    }
    const parts: string[] = [];
    let sentence = e.mentions[0]?.sentence ?? 0;
    if (e.role) {
      const m = e.mentions.find((x) => x.role);
      if (m) {
        const s = this.sentence(m.sentence);
        const k = s.tokens.findIndex(
          (x) => x.start >= 0 && s.text.slice(x.start, x.end) === e.role
        );
        // The role with its adjectives: `kanadische Industrieminister`.
        let first = k;
        while (
          first > 0 &&
          /^\p{Ll}+e[nrs]?$/u.test(s.tokens[first - 1]?.text ?? '') &&
          !DETERMINERS.has(s.tokens[first - 1]?.text ?? '')
        )
          first--;
        // Keep a nominative article so the adjective ending stays right (`der kanadische …`).
        if (first < k && /^(der|die|das)$/iu.test(s.tokens[first - 1]?.text ?? '')) first--;
        else first = k;
        const roleText = k >= 0 ? slice(s, first, k + 1) : e.role;
        parts.push(first < k ? lowerFirst(roleText) : roleText);
        sentence = m.sentence;
      }
    }
    if (e.seat) parts.push(this.t.seat(e.seat));
    if (parts.length > 0)
      return {
        text: parts.join(', '),
        sentence: e.seatSentence !== undefined && !e.role ? e.seatSentence : sentence
      };
    // Otherwise the first clean sentence that names it.
    const usable = (x: Span) =>
      this.sentence(x.sentence).confident && this.sentence(x.sentence).text.length <= 250;
    // A sentence with the full name first: a linked surname may be a wrong link.
    const m = e.mentions.find((x) => x.text === e.name && usable(x)) ?? e.mentions.find(usable);
    if (!m) return undefined;
    return { text: this.sentence(m.sentence).text, sentence: m.sentence };
  }
}

/** The capitalised noun right before a span (`Staatsanwalt` in `Staatsanwalt Trebuch`), if any. */
function roleWordBefore(s: Sentence, sp: Span): string | undefined {
  const before = s.tokens[(sp.lead ?? sp.first) - 1];
  if (!before || before.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(before.text)) return undefined;
  const word = before.text.toLowerCase();
  if (STOP_WORDS.de.has(word) || STOP_WORDS.en.has(word)) return undefined;
  return word;
}

function lastWord(text: string): string {
  return wordsOf(text).at(-1) ?? '';
}

function balanced(text: string): boolean {
  const opens = (text.match(/[„(]/gu) ?? []).length;
  const closes = (text.match(/[“)]/gu) ?? []).length;
  return opens === closes;
}

/** An organisation's name in the nominative, with article for common-noun ones. */
function orgName(e: Entity | undefined): string {
  if (!e) return '';
  if (!e.key.startsWith('org-')) return e.name;
  // `chinesische Handelsministerium` needs its article; the subject mention has it.
  return e.nominative ?? e.name;
}

/** The first sentence that writes the entity's full name. */
function nameSentence(e: Entity): number {
  const full = e.mentions.find((m) => m.text === e.name) ?? e.mentions[0];
  return full?.sentence ?? 0;
}

function displayName(e: Entity, language: Language): string {
  if (e.type === 'country') {
    // The standard name when the text uses it (`Kanadas` → `Kanada`), else the text's own.
    const standard = countryName(e.key, language);
    const used = e.mentions.map((m) => m.text);
    if (standard && used.some((u) => u.slice(0, 5) === standard.slice(0, 5))) return standard;
    return used.find((u) => countryCode(u) === e.key && !u.endsWith('s')) ?? e.name;
  }
  if (e.type === 'city' && /s$/u.test(e.name) && e.key !== e.name) return e.key;
  if (e.type === 'organisation') return orgName(e);
  return e.name;
}

const GERMAN_NUMBERS: Record<number, string> = Object.fromEntries(
  'eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf'
    .split(' ')
    .map((w, i) => [i + 1, w])
);
const ENGLISH_NUMBERS: Record<number, string> = Object.fromEntries(
  'one two three four five six seven eight nine ten eleven twelve'
    .split(' ')
    .map((w, i) => [i + 1, w])
);

/** One formatter per language: `toLocaleString` builds a new one on every call. */
const NUMBER_FORMAT = {
  de: new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 })
};

function perturbNumber(sp: Span, language: Language): string[] {
  const value = sp.value ?? 0;
  const m = /^(\S+)(.*)$/u.exec(sp.text);
  const rest = m?.[2] ?? '';
  const out: string[] = [];
  const candidates =
    value >= 10
      ? [value * 2, Math.round(value / 2), Math.round(value * 1.5), value + 10]
      : [value + 1, value + 2, value + 3, value + 4, value * 10];
  const asWord = !/^\d/u.test(sp.text);
  const words = language === 'de' ? GERMAN_NUMBERS : ENGLISH_NUMBERS;
  for (const c of candidates) {
    if (c === value || c <= 0) continue;
    if (asWord && !words[c]) continue;
    const text = asWord ? (words[c] ?? '') : NUMBER_FORMAT[language].format(c);
    out.push(`${text}${rest}`);
  }
  return out;
}
