/**
 * Numbers in context: how an amount the text reports changed (`Auf dem Land ging die Zahl der
 * Gaststätten seit 2010 um 35 Prozent zurück.` → `Wie hat sich die Zahl der Gaststätten auf dem
 * Land seit 2010 verändert?` — `ein Rückgang um 35 Prozent`), with the change the other way and
 * by other figures of the text as alternatives. Blind raters of every rating since 106 asked for
 * figures in context (`the cost rise from £365m to £610m`, `town vs. countryside, −12 % vs.
 * −35 %`) and struck a figure asked alone as number recall: the direction and the size of a
 * change together are what a reader of a report should take from it.
 */
import type { Word } from '../../../nlp/types';
import {
  insideQuotation,
  subtree,
  textOf,
  type Clause,
  type Doc,
  type Phrase,
  type SentenceInfo
} from '../../document';
import { inInterviewReply } from '../interview';
import {
  arrange,
  bareMeasure,
  danglingReference,
  evidenceFor,
  figureValue,
  perturb,
  soundClause
} from '../shared';
import type { Candidate, QuestionKind } from '../types';

type Direction = 'up' | 'down';

/** Verbs (with their separable particle, German) that say an amount went up or down by
 * itself: no one's act on an object (`die Stadt erhöhte die Gebühren` is not asked). */
const CHANGE_VERBS: Record<'de' | 'en', Record<string, Direction>> = {
  de: {
    steigen: 'up',
    'an steigen': 'up',
    ansteigen: 'up',
    'zu nehmen': 'up',
    zunehmen: 'up',
    wachsen: 'up',
    'an wachsen': 'up',
    klettern: 'up',
    zulegen: 'up',
    'zu legen': 'up',
    sinken: 'down',
    fallen: 'down',
    schrumpfen: 'down',
    'ab nehmen': 'down',
    abnehmen: 'down',
    'zurück gehen': 'down',
    zurückgehen: 'down',
    'ein brechen': 'down',
    einbrechen: 'down'
  },
  en: {
    rise: 'up',
    increase: 'up',
    grow: 'up',
    climb: 'up',
    jump: 'up',
    soar: 'up',
    fall: 'down',
    drop: 'down',
    decline: 'down',
    decrease: 'down',
    shrink: 'down',
    slump: 'down',
    plunge: 'down',
    tumble: 'down'
  }
};

/** Verbs by which someone changes an amount (`die Gemeinde hat die Gebühren um 40 Prozent
 * erhöht`, `the council cut the museum's budget by 18 per cent`), with the noun that names such
 * a change. In the passive the amount is the subject and changes like that of an intransitive
 * verb (`Das Startgeld wurde von 139 auf 165 Euro erhöht`). */
const ACT_VERBS: Record<'de' | 'en', Record<string, Direction>> = {
  de: {
    erhöhen: 'up',
    'an heben': 'up',
    anheben: 'up',
    steigern: 'up',
    verdoppeln: 'up',
    verdreifachen: 'up',
    'auf stocken': 'up',
    aufstocken: 'up',
    senken: 'down',
    kürzen: 'down',
    reduzieren: 'down',
    verringern: 'down',
    halbieren: 'down'
  },
  en: {
    raise: 'up',
    increase: 'up',
    double: 'up',
    triple: 'up',
    boost: 'up',
    cut: 'down',
    reduce: 'down',
    lower: 'down',
    decrease: 'down',
    halve: 'down',
    slash: 'down'
  }
};

/**
 * Verbs that give an amount's level (`lag bei 7,4 Prozent`, `betrug 212 Euro`, `stood at 5.2%`,
 * `reached £212`): a change where the sentence adds where it was before (`…, up from £150 in
 * 2021-22`, `…, nach 36,7 Prozent im Vorjahr`). English `be` counts through its copula (`is now
 * £38, up from £29`).
 */
const LEVEL_VERBS: Record<'de' | 'en', RegExp> = {
  de: /^(liegen|betragen|erreichen|belaufen)$/u,
  en: /^(stand|reach|total|hit|amount|be)$/u
};

/** The nouns of a change: of an amount by itself (`ein Anstieg`), and of one someone made
 * (`eine Erhöhung`, `a cut`). */
const CHANGE_NOUNS: Record<'de' | 'en', Record<'by itself' | 'made', Record<Direction, string>>> = {
  de: {
    'by itself': { up: 'ein Anstieg', down: 'ein Rückgang' },
    made: { up: 'eine Erhöhung', down: 'eine Senkung' }
  },
  en: {
    'by itself': { up: 'a rise', down: 'a fall' },
    made: { up: 'an increase', down: 'a cut' }
  }
};

/** Prepositions that mark the size of a change, where it started and where it ended. */
const MARKS: Record<'de' | 'en', { by: string; from: string; to: string }> = {
  de: { by: 'um', from: 'von', to: 'auf' },
  en: { by: 'by', from: 'from', to: 'to' }
};

interface Change {
  direction: Direction;
  by?: string;
  from?: string;
  to?: string;
  /** Word ids of the amount phrases (left out of the question). */
  amountIds: number[];
}

/** The verb's lemma with its separable particle (`zurück gehen`), looked up in a list. */
function listedVerb(
  info: SentenceInfo,
  verb: Word,
  list: Record<string, Direction>
): Direction | undefined {
  const particle = (info.children[verb.id] ?? [])
    .map((c) => info.s.words[c - 1])
    .find((k) => k?.deprel === 'compound:prt');
  const lemma = verb.lemma.toLowerCase();
  return particle ? list[`${particle.form.toLowerCase()} ${lemma}`] : list[lemma];
}

type Time = 'past' | 'perfect' | 'present' | 'future';

/**
 * When the clause says the change happens: from its finite verb and auxiliaries. Undefined for
 * a modal (`soll gesenkt werden`, `could fall`): a plan or a possibility, not a change the text
 * reports.
 */
function timeOf(info: SentenceInfo, clause: Clause, language: 'de' | 'en'): Time | undefined {
  const auxes = (info.children[clause.predicate.id] ?? [])
    .map((c) => info.s.words[c - 1] as Word)
    .filter((w) => /^aux/u.test(w.deprel));
  const finite = clause.finite ?? clause.predicate;
  if (
    auxes.some((a) =>
      language === 'de'
        ? /^(sollen|müssen|können|dürfen|mögen|wollen)$/u.test(a.lemma)
        : /^(would|could|may|might|should|must|can|shall)$/iu.test(a.form)
    )
  )
    return undefined;
  if (language === 'de') {
    if (finite.feats.Tense === 'Past') return 'past';
    if (auxes.some((a) => /^(haben|sein)$/u.test(a.lemma))) return 'perfect';
    // (`wird … steigen`: the future; `wird … gesenkt`, a passive: now or soon.)
    if (auxes.some((a) => a.lemma === 'werden')) return clause.passive ? 'present' : 'future';
    return 'present';
  }
  if (auxes.some((a) => /^(will|'ll|’ll)$/iu.test(a.form))) return 'future';
  if (auxes.some((a) => /^(has|have)$/iu.test(a.form))) return 'perfect';
  if (finite.feats.Tense === 'Past' || auxes.some((a) => /^(had|was|were|did)$/iu.test(a.form)))
    return 'past';
  return 'present';
}

/** Nouns of a span or point of time, whose figures say when (`in den vergangenen fünf Jahren`). */
const TIME_HEAD =
  /^(jahr|jahre|jahren|monat|monate|monaten|woche|wochen|tag|tage|tagen|jahrzehnt|quartal|halbjahr|year|month|week|day|decade|quarter)$/iu;

/** Possessive determiners (`its`, `seinen`, `ihrer`). */
const POSSESSIVE = /^(its|his|her|their|sein\p{L}*|ihr\p{L}*)$/iu;

/** Phrases that say how figures are counted, not when or where. */
const COUNTED_AS =
  /^(in absoluten|in relativen|in absolute|in relative|in real|in total|insgesamt|im Schnitt|im Durchschnitt|on average)\b/iu;

/** A phrase that means a time or place named before. */
const POINTS_BACK =
  /\b(selbe[nmrs]?|gleiche[nmrs]?|diese[nmrs]?|dort|damals|same|this|that|these|those|there|then)\b/iu;

/** Words that hedge a figure (`rund 35 Prozent`, `about a fifth`). */
const HEDGE =
  /^(rund|etwa|knapp|gut|fast|über|mehr|als|beinahe|nahezu|about|around|nearly|almost|some|roughly|just|over|more|than)$/iu;
/** Words that multiply a figure (`1,8 Millionen Euro`, `£3.1m`), by how much. */
const SCALE = /^(tausend|millionen?|milliarden?|mio\.?|mrd\.?|thousand|million|billion|m|bn|k)$/iu;
const SCALE_FACTOR: [RegExp, number][] = [
  [/^(tausend|thousand|k)$/iu, 1e3],
  [/^(millionen?|mio\.?|million|m)$/iu, 1e6],
  [/^(milliarden?|mrd\.?|billion|bn)$/iu, 1e9]
];

/** The value of an amount with its scale word (`rund 1,8 Millionen` → 1 800 000), to compare
 * it with another (`von etwa 240.000 Euro auf rund 1,8 Millionen Euro` goes up). */
function amountValue(amount: string, language: 'de' | 'en'): number | undefined {
  const value = figureValue(amount, language);
  if (value === undefined) return undefined;
  const scale = amount
    .split(/\s+|(?<=\d)(?=[a-z])/iu)
    .map((t) => SCALE_FACTOR.find(([re]) => re.test(t))?.[1])
    .find((f) => f !== undefined);
  return value * (scale ?? 1);
}

/** Words that go on a figure's unit (`Euro je Quadratmeter`, `per cent`). */
const UNIT_LINK = /^(je|pro|per)$/iu;

/**
 * The size, start and end of a change: `um`/`von`/`auf` (`by`, `from`, `to`) and the figure
 * after them, read in the order of the clause's words. (The parse hangs these phrases on the
 * subject, on each other or on a time: `die Zahl der Lokale … um knapp zwölf Prozent, von 96
 * auf 85`.) A start without a unit takes the end's (`von 8,40 auf 10,15 Euro`).
 */
function changeOf(
  doc: Doc,
  info: SentenceInfo,
  clause: Clause,
  direction: Direction
): Change | undefined {
  const marks = MARKS[doc.language];
  const change: Change = { direction, amountIds: [] };
  // The clause's own words: not those of a clause inside it.
  const own = new Set(
    subtree(
      info,
      clause.predicate.id,
      (w) =>
        w.id !== clause.predicate.id && /^(ccomp|advcl|acl|xcomp|parataxis|csubj)/u.test(w.deprel)
    )
  );
  const words = info.s.words;
  for (let i = 0; i < words.length; i++) {
    const mark = words[i] as Word;
    if (!own.has(mark.id)) continue;
    const which = (Object.keys(marks) as (keyof typeof marks)[]).find(
      (m) => marks[m] === mark.form.toLowerCase()
    );
    if (!which) continue;
    let j = i + 1;
    const ids: number[] = [];
    while (j < words.length && HEDGE.test(words[j]?.form ?? '') && ids.length < 2)
      ids.push((words[j++] as Word).id);
    if (words[j]?.upos !== 'NUM') continue;
    const figureStart = j;
    while (j < words.length && words[j]?.upos === 'NUM') ids.push((words[j++] as Word).id);
    // The unit: nouns and symbols right after the figure (`Prozent`, `Euro je Quadratmeter`).
    while (j < words.length) {
      const w = words[j] as Word;
      const unit =
        /^(NOUN|SYM)$/u.test(w.upos) ||
        /^(%|£|€|\$|m|bn|million|billion|millionen|milliarden|prozent|percent|per cent)$/iu.test(
          w.form
        ) ||
        (UNIT_LINK.test(w.form) && /^(NOUN|SYM)$/u.test(words[j + 1]?.upos ?? ''));
      if (
        !unit ||
        (w.upos === 'NOUN' &&
          ids.length > 0 &&
          /^(NOUN)$/u.test(words[j - 1]?.upos ?? '') &&
          !UNIT_LINK.test(words[j - 1]?.form ?? '') &&
          !SCALE.test(words[j - 1]?.form ?? ''))
      )
        break;
      ids.push(w.id);
      j++;
    }
    if (change[which]) return undefined;
    const amount = textOf(doc, info.s, ids);
    if (figureValue(amount, doc.language) === undefined || amount.split(/\s+/u).length > 5)
      return undefined;
    // (A score is no amount: `the gap had grown to 21–14`, `erhöhte auf 0:2`.)
    const written = words
      .slice(figureStart, j + 2)
      .map((w) => w.form)
      .join('');
    if (/\d[–:-]\d/u.test(written)) return undefined;
    // (A year is when, not how much: `from 2019` of `rose from 2019 to 2024`.)
    if (/^(1[89]|20)\d\d$/u.test(amount)) continue;
    change[which] = amount;
    change.amountIds.push(mark.id, ...ids);
  }
  if (!change.by && !change.to) return undefined;
  // A start without a unit takes the end's.
  if (change.from && change.to) {
    const unit = unitText(change.to);
    if (unit && !unitOf(change.from)) change.from = `${change.from} ${unit}`.replace(/ %$/u, '%');
  }
  return change;
}

/** Currency signs written before their figure (`£212`, `$3.1m`). */
const CURRENCY = /^(£|\$|€)$/u;

/**
 * The amount that starts at word index `j` (0-based) of a sentence: hedge words, a currency
 * sign, the figure and its unit (`rund 36,7 Prozent`, `£150`, `about 1,900 patients`). Undefined
 * where no figure starts there, for a score (`21–14`) and for a year.
 */
function amountAt(
  doc: Doc,
  info: SentenceInfo,
  start: number
): { ids: number[]; amount: string; end: number } | undefined {
  const words = info.s.words;
  let j = start;
  const ids: number[] = [];
  while (j < words.length && HEDGE.test(words[j]?.form ?? '') && ids.length < 2)
    ids.push((words[j++] as Word).id);
  if (CURRENCY.test(words[j]?.form ?? '') && words[j + 1]?.upos === 'NUM')
    ids.push((words[j++] as Word).id);
  if (words[j]?.upos !== 'NUM') return undefined;
  const figureStart = j;
  while (j < words.length && words[j]?.upos === 'NUM') ids.push((words[j++] as Word).id);
  // The unit: nouns and symbols right after the figure (`Prozent`, `Euro je Quadratmeter`).
  while (j < words.length) {
    const w = words[j] as Word;
    const unit =
      /^(NOUN|SYM)$/u.test(w.upos) ||
      /^(%|£|€|\$|m|bn|million|billion|millionen|milliarden|prozent|percent|per cent)$/iu.test(
        w.form
      ) ||
      (UNIT_LINK.test(w.form) && /^(NOUN|SYM)$/u.test(words[j + 1]?.upos ?? ''));
    if (
      !unit ||
      (w.upos === 'NOUN' &&
        ids.length > 0 &&
        /^(NOUN)$/u.test(words[j - 1]?.upos ?? '') &&
        !UNIT_LINK.test(words[j - 1]?.form ?? '') &&
        !SCALE.test(words[j - 1]?.form ?? ''))
    )
      break;
    ids.push(w.id);
    j++;
  }
  const amount = textOf(doc, info.s, ids);
  if (figureValue(amount, doc.language) === undefined || amount.split(/\s+/u).length > 5)
    return undefined;
  // (A score is no amount: `the gap had grown to 21–14`, `erhöhte auf 0:2`.)
  const written = words
    .slice(figureStart, j + 2)
    .map((w) => w.form)
    .join('');
  if (/\d[–:-]\d/u.test(written)) return undefined;
  // (A year is when, not how much: `from 2019` of `rose from 2019 to 2024`.)
  if (/^(1[89]|20)\d\d$/u.test(amount)) return undefined;
  return { ids, amount, end: j };
}

/** Words after a figure that make it an earlier time's (`im Vorjahr`, `vor fünf Jahren`). */
const EARLIER_DE =
  /^(vorjahr\p{L}*|vorjahreszeitraum\p{L}*|zuvor|damals|früher|vorher|(19|20)\d\d(\/\d\d)?|jahre?n?|monate?n?)$/iu;

/**
 * Where the sentence says an amount stood before, after the level it gives: English `…, up
 * from £150 in 2021-22` and `…, down from 61% five years ago`; German `…, nach 36,7 Prozent im
 * Vorjahr` and `…, gegenüber 5,2 Prozent vor fünf Jahren` (a time after the figure: `gegenüber
 * 40 Prozent im Landesschnitt` compares places, not times). With the direction the English
 * words give.
 */
function earlierLevel(
  doc: Doc,
  info: SentenceInfo,
  after: number
): { amount: string; ids: number[]; direction?: Direction } | undefined {
  const words = info.s.words;
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i] as Word;
    if (w.id <= after) continue;
    if (doc.language === 'en') {
      if (!/^(up|down)$/iu.test(w.form) || !/^from$/iu.test(words[i + 1]?.form ?? '')) continue;
      if (words[i - 1]?.form !== ',') continue;
      const read = amountAt(doc, info, i + 2);
      if (!read) return undefined;
      return {
        amount: read.amount,
        ids: [w.id, (words[i + 1] as Word).id, ...read.ids],
        direction: /^up$/iu.test(w.form) ? 'up' : 'down'
      };
    }
    if (!/^(nach|gegenüber)$/iu.test(w.form) || words[i - 1]?.form !== ',') continue;
    const read = amountAt(doc, info, i + 1);
    if (!read) return undefined;
    const next = words.slice(read.end, read.end + 4);
    if (!next.some((x) => EARLIER_DE.test(x.form))) return undefined;
    return { amount: read.amount, ids: [w.id, ...read.ids] };
  }
  return undefined;
}

/**
 * How far a level lies above or below an earlier one, said after it (`…, up 52% on the previous
 * year`; German (`2.257, das sind
 * 4,1 Prozent weniger als im Vorjahr`, `bei 410 Millionen Euro und damit 18 Prozent über dem
 * Vorjahreswert`): the size and direction of the change.
 */
function comparedWithEarlier(
  doc: Doc,
  info: SentenceInfo,
  after: number
): { amount: string; ids: number[]; direction: Direction } | undefined {
  const words = info.s.words;
  const i = words.findIndex((w) => w.id === after + 1);
  if (i < 0) return undefined;
  // English: `…, up 52% on the previous year`, `…, down 8 per cent from 2023`.
  if (doc.language === 'en') {
    // (The counted thing's own words and its time may stand before the comma: `2,400 bags of
    // rubbish last year, up 35% …`.)
    const comma = words.findIndex((w, k) => k >= i && k - i <= 6 && w.form === ',');
    const word = words[comma + 1];
    if (comma < 0 || !word || !/^(up|down)$/iu.test(word.form)) return undefined;
    if (words.slice(i, comma).some((w) => /^(VERB|AUX|PUNCT)$/u.test(w.upos))) return undefined;
    const read = amountAt(doc, info, comma + 2);
    if (!read || !/%|per cent|percent/iu.test(read.amount)) return undefined;
    if (!/^(on|from|compared|against)$/iu.test(words[read.end]?.form ?? '')) return undefined;
    return {
      amount: read.amount,
      ids: [word.id, ...read.ids],
      direction: /^up$/iu.test(word.form) ? 'up' : 'down'
    };
  }
  // (Only a comma and `das sind`, `und damit`, `also` between.)
  let j = i;
  const linking = /^(,|das|sind|waren|und|damit|also|ist|war|dies)$/iu;
  while (j < words.length && j - i < 4 && linking.test(words[j]?.form ?? '')) j++;
  if (j === i) return undefined;
  const read = amountAt(doc, info, j);
  if (!read || !/prozent|%/iu.test(read.amount)) return undefined;
  const word = words[read.end]?.form.toLowerCase() ?? '';
  const direction: Direction | undefined = /^(mehr|über|höher)$/u.test(word)
    ? 'up'
    : /^(weniger|unter|niedriger)$/u.test(word)
      ? 'down'
      : undefined;
  if (!direction) return undefined;
  const next = words.slice(read.end + 1, read.end + 5);
  if (!next.some((x) => EARLIER_DE.test(x.form) || /^vorjahres/iu.test(x.form))) return undefined;
  return { amount: read.amount, ids: [...read.ids, (words[read.end] as Word).id], direction };
}

/**
 * A level with where it stood before (`Der Krankenstand lag bei 7,4 Prozent, gegenüber 5,2
 * Prozent vor fünf Jahren`, `The average price … is now £38, up from £29 in 2021`): the change
 * from the one to the other, the level the first figure after the verb (or the copula's own).
 */
function levelChange(doc: Doc, info: SentenceInfo, clause: Clause): Change | undefined {
  const words = info.s.words;
  const predicate = clause.predicate;
  const copula = (info.children[predicate.id] ?? []).some(
    (c) => words[c - 1]?.deprel === 'cop' && words[c - 1]?.lemma === 'be'
  );
  if (doc.language === 'en' && predicate.lemma === 'be') return undefined;
  if (!LEVEL_VERBS[doc.language].test(predicate.lemma) && !copula) return undefined;
  // (The level's figure comes after the verb; a copula's figure is its own predicate, with a
  // currency sign before it.)
  const verbAt = copula
    ? Math.min(...(info.children[predicate.id] ?? []).filter((c) => words[c - 1]?.deprel === 'cop'))
    : predicate.id;
  let level: ReturnType<typeof amountAt>;
  let at = verbAt;
  for (; at < words.length && !level; at++) {
    if (words[at]?.form === ',') break;
    level = amountAt(doc, info, at);
  }
  if (!level) return undefined;
  const levelEnd = level.ids[level.ids.length - 1] ?? 0;
  const compared = comparedWithEarlier(doc, info, levelEnd);
  if (compared)
    return {
      direction: compared.direction,
      by: compared.amount,
      amountIds: [...level.ids, ...compared.ids]
    };
  const before = earlierLevel(doc, info, levelEnd);
  if (!before) return undefined;
  // Only commas, and the words of a time, between the level and where it stood before.
  const to = amountValue(level.amount, doc.language);
  const from = amountValue(before.amount, doc.language);
  if (to === undefined || from === undefined || to === from) return undefined;
  const direction: Direction = to > from ? 'up' : 'down';
  if (before.direction && before.direction !== direction) return undefined;
  const change: Change = {
    direction,
    from: before.amount,
    to: level.amount,
    amountIds: [...level.ids, ...before.ids]
  };
  const unit = unitText(change.to ?? '');
  if (unit && !unitOf(change.from ?? ''))
    change.from = `${change.from} ${unit}`.replace(/ %$/u, '%');
  return change;
}

/**
 * A change to a level with where it stood before, said after it (`stieg auf 38,5 Prozent, nach
 * 36,7 Prozent im Vorjahr`): its start. (English `from` is read by `changeOf` already.)
 */
function withEarlierLevel(
  doc: Doc,
  info: SentenceInfo,
  change: Change | undefined
): Change | undefined {
  if (!change || change.from || !change.to || change.by || doc.language !== 'de') return change;
  const before = earlierLevel(doc, info, Math.max(...change.amountIds));
  if (!before) return change;
  const from = amountValue(before.amount, doc.language);
  const to = amountValue(change.to, doc.language);
  if (from === undefined || to === undefined || (to > from ? 'up' : 'down') !== change.direction)
    return change;
  const unit = unitText(change.to);
  const start = unit && !unitOf(before.amount) ? `${before.amount} ${unit}` : before.amount;
  return { ...change, from: start, amountIds: [...change.amountIds, ...before.ids] };
}

/** English verbs by which someone counts, handles or hands out things (`The council issued 214
 * fixed penalty notices …, down from 301 the year before`). */
const COUNTING_VERBS_EN =
  /^(record|issue|log|receive|register|count|employ|sell|attract|draw|handle|process|treat|serve|welcome|carry|collect|approve|grant|refuse|reject|remove|plant|prosecute|sign|deliver|answer|rescue|admit)$/u;

/**
 * English: the time an earlier level is given for, said after its figure, as the question's
 * time frame (`…, up from 5,048 in 2019` → ` since 2019`; `…, up 52% on the previous year`, `…,
 * down from 141 the year before` → ` compared with the previous year`). Raters of rating 115
 * missed a time frame in `How has … changed?`. Empty where the text gives another kind of time.
 */
function sinceWhen(info: SentenceInfo, after: number): string {
  const words = info.s.words;
  const next: string[] = [];
  for (const w of words) {
    if (w.id <= after) continue;
    if (w.upos === 'PUNCT') break;
    next.push(w.form);
  }
  const time = next.join(' ');
  const year = /^in ((19|20)\d\d(-\d\d)?)$/u.exec(time);
  if (year) return ` since ${year[1]}`;
  if (
    /^((on|from|compared with) )?(the previous year|last year|the year before|a year earlier|a year ago)$/iu.test(
      time
    )
  )
    return ' compared with the previous year';
  return '';
}

/**
 * An English count someone made, with where it stood before (`The borough council recorded
 * 6,412 incidents in the 2023-24 financial year, up from 5,048 the year before`): the number of
 * the things counted, asked with who counted them (`How has the number of incidents the borough
 * council recorded changed?`). Reports give their key figures this way (blind raters of
 * ratings 113 and 114 missed `down from 39 in 2019` in each report).
 */
function countedChange(
  doc: Doc,
  info: SentenceInfo,
  clause: Clause
): { prompt: string; change: Change } | undefined {
  const words = info.s.words;
  const verb = clause.predicate;
  if (!COUNTING_VERBS_EN.test(verb.lemma) || clause.passive || clause.negated) return undefined;
  if (verb.feats.Tense !== 'Past' || verb.feats.VerbForm !== 'Fin') return undefined;
  if ((info.children[verb.id] ?? []).some((c) => /^aux/u.test(words[c - 1]?.deprel ?? '')))
    return undefined;
  const subject = clause.subject;
  if (!subject || !/^(NOUN|PROPN)$/u.test(subject.head.upos) || subject.ids.length > 5)
    return undefined;
  if (subject.ids.some((id) => /^(NUM|PRON)$/u.test(words[id - 1]?.upos ?? ''))) return undefined;
  if (subject.ids.some((id) => /^(our|my|its|their|his|her)$/iu.test(words[id - 1]?.form ?? '')))
    return undefined;
  const object = clause.dependents.find((d) => d.rel === 'obj')?.phrase;
  if (!object || object.head.upos !== 'NOUN' || object.head.feats.Number !== 'Plur')
    return undefined;
  // The figure right before the counted noun (its adjectives and nouns between: `214 fixed
  // penalty notices`).
  const figureAt = object.ids.find((id) => words[id - 1]?.upos === 'NUM' && id < object.head.id);
  if (
    figureAt === undefined ||
    figureAt !==
      (object.ids[0] ?? 0) + (HEDGE.test(words[(object.ids[0] ?? 1) - 1]?.form ?? '') ? 1 : 0)
  )
    return undefined;
  const level = amountAt(doc, info, (object.ids[0] ?? 1) - 1);
  if (!level) return undefined;
  const figureIds = level.ids.filter(
    (id) => words[id - 1]?.upos === 'NUM' || HEDGE.test(words[id - 1]?.form ?? '')
  );
  const figureEnd = Math.max(...figureIds);
  const nounIds: number[] = [];
  for (let id = figureEnd + 1; id <= object.head.id; id++) nounIds.push(id);
  if (nounIds.length === 0 || nounIds.length > 4) return undefined;
  if (
    nounIds.some((id) => {
      const w = words[id - 1];
      return !w || !(/^(NOUN|ADJ|PROPN)$/u.test(w.upos) || w.deprel === 'amod');
    })
  )
    return undefined;
  const levelText = textOf(doc, info.s, figureIds);
  const first = words[(subject.ids[0] ?? 1) - 1];
  const subjectText = textOf(doc, info.s, subject.ids);
  const subjectShown =
    first && first.upos !== 'PROPN'
      ? subjectText.charAt(0).toLowerCase() + subjectText.slice(1)
      : subjectText;
  // (The things counted and who counted them, `the number of incidents recorded by the borough
  // council`: `the number of hires the city's bike-share scheme recorded changed` read as
  // clumsy to both raters of rating 115.)
  const participle = verb.form === 'drew' ? 'drawn' : verb.form;
  const counted = `the number of ${textOf(doc, info.s, nounIds)} ${participle} by ${subjectShown}`;
  const question = (since: string) => {
    const prompt = `How has ${counted} changed${since}?`;
    return prompt.split(/\s+/u).length > 18 ? undefined : prompt;
  };
  // (… or by how much it changed: `recorded 1.14 million hires, up 52% on the previous year`.)
  const compared = comparedWithEarlier(doc, info, object.head.id);
  const comparedPrompt = compared && question(sinceWhen(info, Math.max(...compared.ids)));
  if (compared && comparedPrompt)
    return {
      prompt: comparedPrompt,
      change: {
        direction: compared.direction,
        by: compared.amount,
        amountIds: [...figureIds, ...compared.ids]
      }
    };
  const before = earlierLevel(doc, info, object.head.id);
  if (!before) return undefined;
  // (Only the counted noun and its time between the figure and where it stood before: `214
  // fixed penalty notices in 2023-24, down from 301`.)
  const upTo = Math.min(...before.ids);
  if (upTo - object.head.id > 10) return undefined;
  const to = amountValue(levelText, 'en');
  const from = amountValue(before.amount, 'en');
  if (to === undefined || from === undefined || to === from) return undefined;
  if (unitOf(before.amount)) return undefined;
  const direction: Direction = to > from ? 'up' : 'down';
  if (before.direction && before.direction !== direction) return undefined;
  const prompt = question(sinceWhen(info, Math.max(...before.ids)));
  if (!prompt) return undefined;
  return {
    prompt,
    change: {
      direction,
      from: before.amount,
      to: levelText,
      amountIds: [...figureIds, ...before.ids]
    }
  };
}

/** Whether a word stands inside a relative clause. */
function insideRelativeClause(info: SentenceInfo, w: Word): boolean {
  let at: Word | undefined = w;
  for (let steps = 0; at && at.head !== 0 && steps < info.s.words.length; steps++) {
    if (at.deprel === 'acl:relcl') return true;
    at = info.s.words[at.head - 1];
  }
  return false;
}

/** The change as a choice: `ein Rückgang um 35 Prozent`, `a rise from 365 to 610`. */
function phrase(
  language: 'de' | 'en',
  direction: Direction,
  c: Omit<Change, 'direction' | 'amountIds'>,
  made = false
) {
  const noun = CHANGE_NOUNS[language][made ? 'made' : 'by itself'][direction];
  // (A start in the end's unit goes without it: `von 26 auf 31 Minuten pro Strecke`, not `von
  // 26 Minuten pro Strecke auf …`, clumsy to both raters of blind rating 114; not a sign
  // before the figure, `£`, nor a percent sign.)
  const unit = c.from && c.to ? unitText(c.to) : '';
  const from =
    c.from &&
    unit &&
    unitText(c.from) === unit &&
    c.from.endsWith(` ${unit}`) &&
    !unit.split(' ').some((w) => SCALE.test(w))
      ? c.from.slice(0, -unit.length - 1)
      : c.from;
  if (language === 'de') {
    if (from && c.to) return `${noun} von ${from} auf ${c.to}`;
    if (c.by && c.to) return `${noun} um ${c.by} auf ${c.to}`;
    if (c.by) return `${noun} um ${c.by}`;
    return `${noun} auf ${c.to}`;
  }
  if (from && c.to) return `${noun} from ${from} to ${c.to}`;
  if (c.by && c.to) return `${noun} of ${c.by} to ${c.to}`;
  if (c.by) return `${noun} of ${c.by}`;
  return `${noun} to ${c.to}`;
}

/** The unit of an amount (`Prozent`, `%`, `Euro`, `million`): what another figure of the text
 * must share to stand in its place. */
function unitOf(amount: string): string {
  return unitText(amount).toLowerCase();
}

/** The unit as written (`Euro pro Quadratmeter`). */
function unitText(amount: string): string {
  return amount
    .replace(/[\d.,]+/gu, ' ')
    .replace(
      /\b(rund|etwa|knapp|gut|fast|mehr als|about|around|nearly|almost|more than|some|an estimated|estimated)\b/giu,
      ' '
    )
    .replace(/\s+/gu, ' ')
    .trim();
}

export const changeKind: QuestionKind = {
  name: 'change',
  propose({ doc, pack }) {
    const language = doc.language;
    const out: Candidate[] = [];
    // Every figure the text gives with its unit, for alternatives of the same kind.
    const figures = new Map<string, Set<string>>();
    for (const info of doc.sentences)
      for (const e of info.s.entities) {
        if (e.type !== 'NUM') continue;
        const text = textOf(
          doc,
          info.s,
          info.s.words.filter((w) => w.id >= e.start && w.id < e.end).map((w) => w.id)
        ).replace(/^(um|von|auf|by|from|to)\s+/iu, '');
        const unit = unitOf(text);
        if (!figures.has(unit)) figures.set(unit, new Set());
        figures.get(unit)?.add(text);
      }
    // The question with its choices: the change, the change the other way, and changes by other
    // figures of the text.
    const offer = (
      prompt: string,
      change: Change,
      direction: Direction,
      made: boolean,
      index: number,
      info: SentenceInfo
    ): void => {
      // The options name the size alone where the text gives one (`um 21 Prozent`), else where
      // the amount went from and to (`von 3240 auf 3050`), else where it went (`auf 73`).
      const shown: Omit<Change, 'direction' | 'amountIds'> = change.by
        ? { by: change.by }
        : change.from && change.to
          ? { from: change.from, to: change.to }
          : { to: change.to as string };
      const answer = phrase(language, direction, shown, made);
      const other: Direction = direction === 'up' ? 'down' : 'up';
      const size = change.by ?? change.to ?? '';
      const value = amountValue(size, language) ?? 0;
      // Other sizes of the same unit: figures of the text of about the same order first (a
      // reader met them), else the size moved (see `perturb`).
      const unit = unitOf(size);
      const used = new Set([change.by, change.from, change.to].filter(Boolean) as string[]);
      const near = [...(figures.get(unit) ?? [])].filter((f) => {
        const v = amountValue(f, language);
        return (
          !used.has(f) &&
          v !== undefined &&
          v > 0 &&
          Math.abs(v - value) / Math.max(v, value) >= 0.15 &&
          v / value <= 3 &&
          value / v <= 3 &&
          (!Number.isInteger(value) || Number.isInteger(v))
        );
      });
      // (Another figure is another value: `1,900` beside `about 1,900` made `a fall from about
      // 1,900 to 1,900`, blind rating 114.)
      const usedValues = [...used].map((f) => amountValue(f, language));
      // (A share in per cent goes from and to levels of at most 100: `ein Anstieg von 23 auf 119
      // Prozent` for the share of tenants among applicants, rating 116's batch.)
      const share = !!change.from && !!change.to && /%|prozent|per cent|percent/iu.test(unit);
      const sizes = [...near, ...perturb(size, language, `change|${index}`, 3)].filter(
        (f, i, all) =>
          (!share || (amountValue(f, language) ?? 0) <= 100) &&
          all.indexOf(f) === i &&
          !used.has(f) &&
          !usedValues.includes(amountValue(f, language))
      );
      const [first, second] = sizes;
      if (!first) return;
      const towards = (from: string, to: string): Direction =>
        (amountValue(to, language) ?? 0) > (amountValue(from, language) ?? 0) ? 'up' : 'down';
      const distractors =
        shown.from && shown.to
          ? [
              phrase(language, other, { from: shown.to, to: shown.from }, made),
              phrase(language, towards(shown.from, first), { from: shown.from, to: first }, made),
              ...(second
                ? [
                    phrase(
                      language,
                      towards(second, shown.to),
                      { from: second, to: shown.to },
                      made
                    )
                  ]
                : [])
            ]
          : shown.by
            ? [
                phrase(language, other, shown, made),
                phrase(language, direction, { by: first }, made),
                phrase(language, other, { by: second ?? first }, made)
              ]
            : [
                phrase(language, other, shown, made),
                phrase(language, direction, { to: first }, made),
                phrase(language, other, { to: second ?? first }, made)
              ];
      const choices = distractors.filter((d, i, all) => d !== answer && all.indexOf(d) === i);
      if (choices.length < 3) return;
      out.push({
        kind: 'change',
        type: 'multiple-choice',
        prompt,
        answer,
        choices: arrange(answer, choices, `change|${index}`),
        evidence: evidenceFor(doc, index, size),
        // (The same fact as `Um wie viel Prozent …?`: one of the two is asked.)
        fact: `${index}:amount`,
        score: info.importance * 1.1,
        support: [size]
      });
    };
    for (const index of doc.ranked) {
      const info = doc.sentences[index];
      if (!info?.usable) continue;
      for (const clause of info.clauses) {
        // (An English count with where it stood before: `How has the number of incidents the
        // borough council recorded changed?`.)
        const counted =
          language === 'en' &&
          soundClause(info, clause, doc) &&
          !insideQuotation(doc.text, clause.predicate.start, language) &&
          !pack.reportsSpeech(doc, clause.finite ?? clause.predicate) &&
          !inInterviewReply(doc, info)
            ? countedChange(doc, info, clause)
            : undefined;
        if (counted) {
          offer(counted.prompt, counted.change, counted.change.direction, false, index, info);
          continue;
        }
        // A change by itself (`die Zahl sank`), or made by someone (`die Gemeinde erhöhte die
        // Gebühren`); made in the passive, the amount is the subject again (`das Startgeld wurde
        // erhöht`). (The passive of a verb of the first kind is the parse's: `has risen by …`
        // read `by` as an agent.)
        const itself = listedVerb(info, clause.predicate, CHANGE_VERBS[language]);
        const act = listedVerb(info, clause.predicate, ACT_VERBS[language]);
        const objects = clause.dependents.filter(
          (d) => d.rel === 'obj' && !/NUM/u.test(d.phrase.head.upos)
        );
        const made = !!act && !clause.passive && objects.length === 1;
        // (A level with where it stood before is a change too: `Der Krankenstand lag bei 7,4
        // Prozent, gegenüber 5,2 Prozent vor fünf Jahren`.)
        const level =
          !itself && !act && clause.subject ? levelChange(doc, info, clause) : undefined;
        const direction = made
          ? act
          : (itself ?? (clause.passive ? act : undefined) ?? level?.direction);
        if (!direction || !clause.subject || clause.negated) continue;
        // (A verb the parse gave two subjects is a parse to distrust: `The number of people aged
        // over 80 … has grown` with `80` as a second subject was asked `How has the number of
        // people aged changed?`, rating 123's batch.)
        // (A year read as a second subject is a time: `Die Zahl stieg 2023 …`.)
        const subjects = (info.children[clause.predicate.id] ?? []).filter(
          (c) =>
            /^nsubj/u.test(info.s.words[c - 1]?.deprel ?? '') &&
            !/^(1[5-9]\d\d|20\d\d)$/u.test(info.s.words[c - 1]?.form ?? '')
        );
        if (subjects.length > 1) continue;
        // (Someone changing something in a verb of the first kind's list, `grew its sales`, is
        // asked only where the list of the second kind has it.)
        if (!made && !level && objects.length > 0) continue;
        const told = timeOf(info, clause, language);
        if (!told) continue;
        // (A level now with where it stood before has changed up to now: `is now £38, up from
        // £29` → `How has … changed?`.)
        const time = level && told === 'present' ? 'perfect' : told;
        if (!soundClause(info, clause, doc)) continue;
        // (Nor a clause inside a relative clause: what a noun's clause says in passing is no
        // change the text reports, and where the parse put one there it had torn the sentence
        // apart, `The proportion who said they "never" read outside school has risen …` asked as
        // `How has school changed?`, rating 116's batch.)
        if (insideRelativeClause(info, clause.predicate)) continue;
        if (insideQuotation(doc.text, clause.predicate.start, language)) continue;
        if (pack.reportsSpeech(doc, clause.finite ?? clause.predicate)) continue;
        // What changed: the subject, or the object of someone's act; the actor is named in the
        // question (`Wie hat die Gemeinde Lindach die Friedhofsgebühren verändert?`).
        const agent = made ? clause.subject : undefined;
        const subject: Phrase = made ? (objects[0] as { phrase: Phrase }).phrase : clause.subject;
        if (!/^(NOUN|PROPN)$/u.test(subject.head.upos) || subject.ids.length > 12) continue;
        if (
          agent &&
          (!/^(NOUN|PROPN)$/u.test(agent.head.upos) ||
            agent.ids.length > 6 ||
            agent.ids.some((id) => info.s.words[id - 1]?.upos === 'NUM'))
        )
          continue;
        const change = level ?? withEarlierLevel(doc, info, changeOf(doc, info, clause, direction));
        if (!change) continue;
        // A size of no unit says nothing (`a fall of 20.00`).
        if (change.by && !unitOf(change.by)) continue;
        // The question: the subject and the verb's phrases of time and place, no amount and
        // no source (`laut einer Umfrage`), no focus word (`lediglich`, `dagegen`).
        const amounts = new Set(change.amountIds);
        const firstAmount = Math.min(...change.amountIds);
        // (The whole of what changed: the phrase leaves out a clause on its noun, `the cost of
        // running a single-decker bus` asked as `How has the cost changed?`. Too long whole, it
        // is not asked.)
        const whole = subtree(info, subject.head.id).sort((a, b) => a - b);
        const inOnePiece = whole.every((id, i) => i === 0 || id === (whole[i - 1] ?? 0) + 1);
        if (whole.length > subject.ids.length && (!inOnePiece || whole.length > 10)) continue;
        const subjectIds = (whole.length > subject.ids.length ? whole : subject.ids).filter(
          (id) => !amounts.has(id) && id < firstAmount
        );
        while (subjectIds.length > 0) {
          const last = info.s.words[(subjectIds[subjectIds.length - 1] ?? 0) - 1];
          if (!last || !/^(ADV|PUNCT|CCONJ)$/u.test(last.upos)) break;
          subjectIds.pop();
        }
        if (subjectIds.length === 0) continue;
        // A subject the reader can place: no figure left in it (`Sales of robot mowers … to an
        // estimated 310,000 units`), no name (`How has Leicester … changed?`: a team's place, not
        // an amount), no measure without its owner (`die Zahl gegenüber dem Vorjahr`), nobody's
        // own words (`Unsere Personalkosten`).
        if (subjectIds.some((id) => info.s.words[id - 1]?.upos === 'NUM')) continue;
        // (… nor a source: `seinen Absatz … nach eigenen Angaben`.)
        if (
          subjectIds.some((id) =>
            /^(laut|zufolge|angaben|according)$/iu.test(info.s.words[id - 1]?.form ?? '')
          )
        )
          continue;
        if (subject.head.upos === 'PROPN' || bareMeasure(info, subject.head)) continue;
        // (… nor people, a party or a body: `Wie haben sich die Grünen verändert?` of their share
        // of the vote.)
        if (
          info.s.entities.some(
            (e) =>
              /^(PER|ORG|LOC)$/u.test(e.type) &&
              subject.head.id >= e.start &&
              subject.head.id < e.end
          ) ||
          pack.isAgentNoun(subject.head.lemma) ||
          subject.head.feats.Animacy === 'Anim'
        )
          continue;
        if (
          subjectIds.some((id) =>
            /^(unser\p{L}*|mein\p{L}*|our|my)$/iu.test(info.s.words[id - 1]?.form ?? '')
          )
        )
          continue;
        if (inInterviewReply(doc, info)) continue;
        // (… nor something named for the first time, `a clock tower`: a thing that grew, not an
        // amount the text follows.)
        if (
          /^(a|an|ein|eine|einen|einem|einer)$/iu.test(
            info.s.words[(subjectIds[0] ?? 0) - 1]?.form ?? ''
          )
        )
          continue;
        const others = clause.dependents.filter(
          (d) =>
            d.phrase !== subject &&
            d.phrase !== agent &&
            !amounts.has(d.phrase.head.id) &&
            d.rel !== 'advmod'
        );
        // (A clause or object beside the change makes another question.)
        if (others.some((d) => !/^(obl|obl:tmod|nmod:tmod|obl:npmod|obl:agent)$/u.test(d.rel)))
          continue;
        // (The actor of a passive is left out: `Wie hat sich das Startgeld verändert?`.)
        // Phrases the question leaves out whatever they say: the actor of a passive, the
        // amounts, a source (`laut einer Umfrage`), how figures are counted (`in absoluten
        // Zahlen` asked of a change given in per cent, contradictory to both raters of blind
        // rating 114).
        const leftOut = (d: (typeof others)[number]) =>
          d.rel === 'obl:agent' ||
          d.phrase.ids.some((id) => amounts.has(id)) ||
          /^(laut|zufolge|nach|according)$/iu.test(
            info.s.words[(d.phrase.ids[0] ?? 0) - 1]?.form ?? ''
          ) ||
          COUNTED_AS.test(d.phrase.text) ||
          // (… and a reason: `largely because of new wildlife-watching boats` says why.)
          /\b(because of|due to|owing to|thanks to|wegen|aufgrund|dank|infolge|angesichts)\b/iu.test(
            d.phrase.text
          );
        const places = others.filter(
          (d) =>
            !leftOut(d) &&
            d.phrase.ids.length <= 6 &&
            // (No figure but a year or a span of time: `to an estimated 310,000 units` is part
            // of the answer, `in den vergangenen fünf Jahren` is when.)
            (TIME_HEAD.test(d.phrase.head.lemma) ||
              !d.phrase.ids.some(
                (id) =>
                  info.s.words[id - 1]?.upos === 'NUM' &&
                  !/^(1[89]|20)\d\d$/u.test(info.s.words[id - 1]?.form ?? '')
              ))
        );
        // Any other phrase narrows what changed: without it the question asks about another
        // amount (`In der Altersgruppe bis 14 Jahre stieg die Zahl der Mitglieder … um 6,8
        // Prozent` asked as `Wie hat sich die Zahl der Mitglieder … verändert?`, whose answer is
        // another figure of the text: both raters of rating 115).
        if (others.some((d) => !leftOut(d) && !places.includes(d))) continue;
        const kept = [...subjectIds, ...(agent?.ids ?? []), ...places.flatMap((d) => d.phrase.ids)];
        if (danglingReference(doc, info, kept)) continue;
        // (… nor a possessive whose owner the question leaves out: `How has the number of GP
        // practices in its area changed?`, `Wie hat sich der Pegel … bei seinen Messungen
        // verändert?`; an actor the question names may own it, `ihren Gästebeitrag`.)
        if (
          !agent &&
          kept.some((id) => {
            const w = info.s.words[id - 1];
            return !!w && (w.feats.Poss === 'Yes' || POSSESSIVE.test(w.form));
          })
        )
          continue;
        // (… nor a time or place that points back: `im selben Zeitraum`, `in the same period`.)
        if (places.some((d) => POINTS_BACK.test(d.phrase.text))) continue;
        const subjectText = textOf(doc, info.s, subjectIds);
        const plural = subject.head.feats.Number === 'Plur';
        // (A phrase that opens the sentence loses its capital, but a noun or name: `Im
        // vergangenen Jahr` → `im vergangenen Jahr`, `Sales of …` → `sales of …`.)
        const lowerFirst = (ids: readonly number[], t: string) => {
          const first = info.s.words[(ids[0] ?? 0) - 1];
          const small =
            !!first &&
            (language === 'de'
              ? /^(DET|ADP|ADJ|ADV|NUM)$/u.test(first.upos)
              : first.upos !== 'PROPN' && first.form !== 'I');
          return small ? t.charAt(0).toLowerCase() + t.slice(1) : t;
        };
        const subjectShown = lowerFirst(subjectIds, subjectText);
        const contextShown = places
          .map((d) => d.phrase)
          .sort((a, b) => (a.ids[0] ?? 0) - (b.ids[0] ?? 0))
          .map((p) => lowerFirst(p.ids, textOf(doc, info.s, p.ids)))
          .join(' ');
        // (English: a level with where it stood before gets that time as its frame, `How has
        // the average price … changed since 2021?`.)
        const frame =
          level && language === 'en' && !contextShown
            ? sinceWhen(info, Math.max(...level.amountIds))
            : '';
        const around = contextShown ? ` ${contextShown}` : frame;
        const agentShown = agent ? lowerFirst(agent.ids, textOf(doc, info.s, agent.ids)) : '';
        const many = agent?.head.feats.Number === 'Plur';
        // (English puts the time and place after the verb: `How did the population change by
        // 1931?`.)
        const prompt = !agent
          ? language === 'de'
            ? {
                past: `Wie ${plural ? 'haben' : 'hat'} sich ${subjectShown}${around} verändert?`,
                perfect: `Wie ${plural ? 'haben' : 'hat'} sich ${subjectShown}${around} verändert?`,
                present: `Wie ${plural ? 'verändern' : 'verändert'} sich ${subjectShown}${around}?`,
                future: `Wie ${plural ? 'werden' : 'wird'} sich ${subjectShown}${around} verändern?`
              }[time]
            : {
                past: `How did ${subjectShown} change${around}?`,
                perfect: `How ${plural ? 'have' : 'has'} ${subjectShown} changed${around}?`,
                present: `How ${plural ? 'do' : 'does'} ${subjectShown} change${around}?`,
                future: `How will ${subjectShown} change${around}?`
              }[time]
          : language === 'de'
            ? {
                past: `Wie ${many ? 'haben' : 'hat'} ${agentShown}${around} ${subjectShown} verändert?`,
                perfect: `Wie ${many ? 'haben' : 'hat'} ${agentShown}${around} ${subjectShown} verändert?`,
                present: `Wie ${many ? 'verändern' : 'verändert'} ${agentShown}${around} ${subjectShown}?`,
                future: `Wie ${many ? 'werden' : 'wird'} ${agentShown}${around} ${subjectShown} verändern?`
              }[time]
            : {
                past: `How did ${agentShown} change ${subjectShown}${around}?`,
                perfect: `How ${many ? 'have' : 'has'} ${agentShown} changed ${subjectShown}${around}?`,
                present: `How ${many ? 'do' : 'does'} ${agentShown} change ${subjectShown}${around}?`,
                future: `How will ${agentShown} change ${subjectShown}${around}?`
              }[time];
        if (prompt.split(/\s+/u).length > 16) continue;
        offer(prompt, change, direction, made, index, info);
      }
    }
    return out;
  }
};
