/**
 * The English tagger reads some present-tense verbs right after their subject as nouns (`a new
 * study shows.`, `Microsoft announces any vulnerabilities …`, `The pilot scheme …, aims to offer
 * …`, `Women MPs endure “shocking” levels …`): a form in `-s` is a plural noun as often as a verb
 * in its training data. The sentence then has no verb before its object, the parse makes a noun
 * its root, and the generator can ask nothing of it: 37 of 339 sentences of the English news had
 * no verb at their root, several of them an article's lead.
 *
 * The repair reads such a word as the finite verb where nothing else can be one: no finite verb
 * stands before it (outside a relative clause), a noun, name or pronoun stands right before it
 * (its subject, or the end of an aside after a comma), and what follows opens an object or a
 * complement (`to` and a verb, an article, a pronoun, a name, a number, an adjective, `as`, a
 * quotation mark) or ends a reporting clause (`…, a new study shows.`); and the glossary
 * (WordNet) knows its stem as a verb. It runs before the parse, so the parse sees the verb. On
 * EWT dev (gold tokens) it changes two tags, both right, and no other.
 */
import type { Glossary } from './glossary/glossary';
import type { TaggedWord } from './types';

/** What may follow a verb right after its subject. */
const OPENS_OBJECT = /^(DET|PRON|PROPN|NUM|ADJ)$/u;

/** Relative pronouns: a finite verb after one is the relative clause's, not the sentence's. */
const RELATIVE = /^(which|who|whom|whose|that)$/iu;

/** Quotation marks and the sentence's end. */
const QUOTE = /^["“”]$/u;
const END = /^[.!?]$/u;

/** The stem of a present-tense form in `-s` (`announces` → `announce`, `aims` → `aim`). */
function stemsOf(form: string): string[] {
  const out: string[] = [];
  if (/ies$/u.test(form)) out.push(`${form.slice(0, -3)}y`);
  if (/(ss|sh|ch|x|z|o)es$/u.test(form)) out.push(form.slice(0, -2));
  if (/s$/u.test(form) && !/ss$/u.test(form)) out.push(form.slice(0, -1));
  return out;
}

export function repairVerbReadAsNoun(
  forms: readonly string[],
  tags: TaggedWord[],
  glossary: Glossary | undefined
): void {
  if (!glossary) return;
  let relative = false;
  for (let i = 1; i < forms.length; i++) {
    const tag = tags[i] as TaggedWord;
    const form = forms[i] as string;
    const before = tags[i - 1] as TaggedWord;
    // A finite verb before it (not a relative clause's) is the sentence's verb already.
    if (RELATIVE.test(forms[i - 1] as string) && before.upos === 'PRON') relative = true;
    if (forms[i - 1] === ',') relative = false;
    if (/^(VERB|AUX)$/u.test(tag.upos) && tag.feats.VerbForm === 'Fin') {
      if (relative) continue;
      return;
    }
    if (tag.upos !== 'NOUN' || !/^\p{Ll}+$/u.test(form)) continue;
    // Its subject right before it: a noun, a name or a personal pronoun, or an aside's comma
    // after one (`…, north of the capital Lima, aims to …`); or an adverb after a name
    // (`McIlroy now claims …`).
    const subject = (t: TaggedWord | undefined) =>
      !!t &&
      (/^(NOUN|PROPN)$/u.test(t.upos) ||
        (t.upos === 'PRON' && t.feats.PronType === 'Prs' && t.feats.Poss !== 'Yes'));
    const beforeThat = tags[i - 2];
    const afterSubject =
      subject(before) ||
      (forms[i - 1] === ',' && subject(beforeThat)) ||
      (before.upos === 'ADV' && subject(beforeThat));
    if (!afterSubject) continue;
    // A noun with its plural subject's number or in `-s`: a plural subject takes the bare form
    // (`Women MPs endure …`).
    const plural = /^(NOUN|PROPN)$/u.test(before.upos) && before.feats.Number === 'Plur';
    const stems = plural && !/s$/u.test(form) ? [form] : stemsOf(form);
    const stem = stems.find((s) => glossary.kinds(s, 'VERB').length > 0);
    if (!stem) continue;
    const next = tags[i + 1];
    const nextForm = forms[i + 1] ?? '.';
    // (The sentence's end only for a reporting clause after a comma, `…, a new study shows.`,
    // in `-s`: a fragment such as `Good sports bar.` or `fab chips` has no verb to find.)
    const lastComma = forms.lastIndexOf(',', i);
    const reporting =
      END.test(nextForm) &&
      form !== stem &&
      lastComma > 0 &&
      /^(DET|PROPN)$/u.test(tags[lastComma + 1]?.upos ?? '');
    const opens =
      reporting ||
      QUOTE.test(nextForm) ||
      /^as$/iu.test(nextForm) ||
      (/^to$/iu.test(nextForm) && tags[i + 2]?.upos === 'VERB') ||
      (!!next && OPENS_OBJECT.test(next.upos));
    if (!opens) continue;
    tags[i] = {
      upos: 'VERB',
      lemma: stem,
      feats: {
        Mood: 'Ind',
        ...(form === stem ? {} : { Number: 'Sing', Person: '3' }),
        Tense: 'Pres',
        VerbForm: 'Fin'
      },
      xpos: form === stem ? 'VBP' : 'VBZ'
    };
    return;
  }
}

/**
 * The capitalised words a text writes inside its sentences, after a lower-case word or a comma
 * (`In 1862 Thaxted joined …`, `…, Thaxted began …`): names, which the text may also open a
 * sentence with.
 */
export function namesInsideSentences(text: string): ReadonlySet<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/(?<=[\p{Ll}\d,;:)]\s+)(\p{Lu}\p{Ll}+)(?=[\s,.;:'’])/gu))
    if (m[1]) names.add(m[1]);
  return names;
}

/**
 * A name the tagger read as a verb at the start of a sentence (`Thaxted married Eleanor Pryor
 * …`: `Thaxted` as the past participle of a verb, for its `-ed`): where the text writes the
 * word capitalised inside its sentences too, and a verb or a possessive follows it, it is the
 * name. (Otherwise the sentence had no subject, and the next `He` was given to Eleanor Pryor:
 * `Eleanor Pryor died at his home`, struck by both raters of blind rating 85.) Runs before the
 * parse.
 */
/** The forms of the English auxiliaries. */
const AUXILIARY_FORM =
  /^(be|am|is|are|was|were|been|being|have|has|had|having|do|does|did|will|would|shall|should|can|could|may|might|must|ought|need|dare|get|got|gets)$/iu;

export function repairNameReadAsVerb(
  forms: readonly string[],
  tags: TaggedWord[],
  names: ReadonlySet<string>
): void {
  let i = 0;
  while (i < forms.length && /^[“"‘'(]$/u.test(forms[i] as string)) i++;
  const form = forms[i];
  const tag = tags[i];
  const next = tags[i + 1];
  if (!form || !tag || !next || !names.has(form)) return;
  // (… or as an auxiliary, which no name is: `Whitfield said he had asked …` had `Whitfield` as
  // the auxiliary of `said`, and the sentence no speaker, in a text of blind rating 111.)
  if (tag.upos !== 'VERB' && !(tag.upos === 'AUX' && !AUXILIARY_FORM.test(form))) return;
  const possessive = /^['’]s$/u.test(forms[i + 1] ?? '');
  if (!possessive && !/^(VERB|AUX)$/u.test(next.upos)) return;
  tags[i] = {
    upos: 'PROPN',
    lemma: form,
    feats: { Number: 'Sing' },
    ...(tag.xpos ? { xpos: 'NNP' } : {})
  };
}

/** Words that join a second verb to the first (`has made … and retires …`). */
const JOINS_VERBS = /^(and|but|or)$/iu;

/**
 * A second verb joined to a finite one (`She has made the journey more than 2,600 times and
 * retires in December.`) that the tagger read as a plural noun, a conjunct of the noun before
 * `and`. Its time then became the first verb's, and the question joined both (`When has Maureen
 * Dalgleish made the 11-hour journey more than 2,600 times and retires?`, rating 87). The repair
 * reads it as the verb only when the glossary knows its stem as a verb and as no noun at all
 * (`retire`, not `record`: `sells books and records` keeps its noun), a finite verb stands
 * before the `and`, and something follows it.
 */
export function repairJoinedVerbReadAsNoun(
  forms: readonly string[],
  tags: TaggedWord[],
  glossary: Glossary | undefined
): void {
  if (!glossary) return;
  for (let i = 2; i < forms.length - 1; i++) {
    const tag = tags[i] as TaggedWord;
    const form = forms[i] as string;
    if (tag.upos !== 'NOUN' || !/^\p{Ll}+s$/u.test(form) || !JOINS_VERBS.test(forms[i - 1] ?? ''))
      continue;
    if (glossary.kinds(form, 'NOUN').length > 0) continue;
    const stem = stemsOf(form).find(
      (s) => glossary.kinds(s, 'VERB').length > 0 && glossary.kinds(s, 'NOUN').length === 0
    );
    if (!stem) continue;
    const finite = tags
      .slice(0, i - 1)
      .some((t) => /^(VERB|AUX)$/u.test(t.upos) && t.feats.VerbForm === 'Fin');
    if (!finite || END.test(forms[i + 1] ?? '.')) continue;
    tags[i] = {
      upos: 'VERB',
      lemma: stem,
      feats: { Mood: 'Ind', Number: 'Sing', Person: '3', Tense: 'Pres', VerbForm: 'Fin' },
      xpos: 'VBZ'
    };
  }
}

/**
 * The past and participle forms of common irregular English verbs, by their dictionary form
 * (`rise rose risen`). The tagger's ending rules make nothing of them where its training data
 * did not have the form (`risen` → `riose`), and a question then asked `How did the cost riose?`
 * or found no change verb at all: 18 of the fixtures' `risen` had that lemma.
 */
const IRREGULAR_VERBS = `arise arose arisen|awake awoke awoken|bear bore borne|beat beat beaten|become became become|
begin began begun|bend bent bent|bet bet bet|bid bid bid|bind bound bound|bite bit bitten|bleed bled bled|
blow blew blown|break broke broken|breed bred bred|bring brought brought|build built built|burn burnt burnt|
burst burst burst|buy bought bought|cast cast cast|catch caught caught|choose chose chosen|cling clung clung|
come came come|cost cost cost|creep crept crept|cut cut cut|deal dealt dealt|dig dug dug|draw drew drawn|
dream dreamt dreamt|drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feed fed fed|feel felt felt|
fight fought fought|find found found|flee fled fled|fling flung flung|fly flew flown|forbid forbade forbidden|
forecast forecast forecast|forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|get got gotten|
give gave given|go went gone|grind ground ground|grow grew grown|hang hung hung|hear heard heard|hide hid hidden|
hit hit hit|hold held held|hurt hurt hurt|keep kept kept|kneel knelt knelt|know knew known|lay laid laid|lead led led|
lean leant leant|leap leapt leapt|learn learnt learnt|leave left left|lend lent lent|let let let|lie lay lain|
light lit lit|lose lost lost|make made made|mean meant meant|meet met met|mislead misled misled|
mistake mistook mistaken|overcome overcame overcome|overtake overtook overtaken|pay paid paid|prove proved proven|
put put put|quit quit quit|read read read|rebuild rebuilt rebuilt|ride rode ridden|ring rang rung|rise rose risen|
run ran run|say said said|see saw seen|seek sought sought|sell sold sold|send sent sent|set set set|sew sewed sewn|
shake shook shaken|shed shed shed|shine shone shone|shoot shot shot|show showed shown|shrink shrank shrunk|
shut shut shut|sing sang sung|sink sank sunk|sit sat sat|sleep slept slept|slide slid slid|sling slung slung|
slit slit slit|speak spoke spoken|speed sped sped|spend spent spent|spill spilt spilt|spin spun spun|spit spat spat|
split split split|spoil spoilt spoilt|spread spread spread|spring sprang sprung|stand stood stood|steal stole stolen|
stick stuck stuck|sting stung stung|stink stank stunk|stride strode stridden|strike struck struck|
strive strove striven|swear swore sworn|sweep swept swept|swell swelled swollen|swim swam swum|swing swung swung|
take took taken|teach taught taught|tear tore torn|tell told told|think thought thought|throw threw thrown|
thrust thrust thrust|tread trod trodden|undergo underwent undergone|understand understood understood|
undertake undertook undertaken|upset upset upset|uphold upheld upheld|wake woke woken|wear wore worn|
weave wove woven|weep wept wept|win won won|wind wound wound|withdraw withdrew withdrawn|withhold withheld withheld|
withstand withstood withstood|wring wrung wrung|write wrote written`;

const IRREGULAR_BASE = new Map<string, string>();
for (const entry of IRREGULAR_VERBS.split('|')) {
  const [base, past, participle] = entry.trim().split(' ');
  if (!base || !past || !participle) continue;
  for (const f of [past, participle]) if (!IRREGULAR_BASE.has(f)) IRREGULAR_BASE.set(f, base);
}

/** The dictionary forms a verb form may have by the regular endings, likeliest first. */
function regularBases(form: string): string[] {
  const out: string[] = [];
  const undouble = (stem: string) =>
    /([b-df-hj-np-tv-z])\1$/u.test(stem) ? [stem.slice(0, -1)] : [];
  if (/ied$/u.test(form)) out.push(`${form.slice(0, -3)}y`);
  if (/ed$/u.test(form)) {
    const stem = form.slice(0, -2);
    out.push(stem, `${stem}e`, ...undouble(stem));
  }
  if (/ying$/u.test(form)) out.push(`${form.slice(0, -4)}ie`);
  if (/ing$/u.test(form)) {
    const stem = form.slice(0, -3);
    out.push(stem, `${stem}e`, ...undouble(stem));
  }
  out.push(...stemsOf(form));
  out.push(form);
  return out;
}

/**
 * A verb's lemma the glossary (WordNet) does not know as a verb, where the form's irregular
 * dictionary form or one of its regular ones is: `risen` → `rise` (the tagger's rules gave
 * `riose`), `peaked` → `peak` (`peake`), `convened` → `convene` (`conven`), `cancelling` →
 * `cancel`. A lemma the glossary knows is kept, and so is one no candidate improves on (the
 * glossary leaves out some of the commonest verbs, `go`, `be`). Runs before the parse.
 */
export function repairVerbLemmas(
  forms: readonly string[],
  tags: TaggedWord[],
  glossary: Glossary | undefined
): void {
  if (!glossary) return;
  const knownVerb = (lemma: string) => glossary.kinds(lemma, 'VERB').length > 0;
  for (let i = 0; i < forms.length; i++) {
    const tag = tags[i] as TaggedWord;
    if (tag.upos !== 'VERB' || knownVerb(tag.lemma)) continue;
    const form = (forms[i] as string).toLowerCase();
    if (!/^\p{Ll}+$/u.test(form)) continue;
    const irregular = IRREGULAR_BASE.get(form);
    const base = irregular ?? regularBases(form).find(knownVerb);
    if (base && base !== tag.lemma) tags[i] = { ...tag, lemma: base };
  }
}

/** Nouns that take a plural verb in British news (`police say`, `the council are`). */
const COLLECTIVE =
  /^(police|people|staff|crew|team|family|government|council|committee|board|public|audience|majority|youth|clergy|cattle|club|party|union|management|jury|press|couple|pair)$/iu;

/**
 * A noun of a compound the tagger read as a present-tense verb after a singular noun (`The
 * council's annual town centre health check, published on Tuesday, found …`: `town` the subject
 * of `centre`, and the article's lead restated as `The council's annual town centre health
 * check, published on Friday.`, struck by both raters of blind rating 114). A bare present form
 * cannot agree with a singular noun, so where the glossary knows the word as a noun it is one.
 * Not after a noun that takes a plural verb (`police say`), a name or a number. Runs before the
 * parse.
 */
export function repairNounReadAsVerb(
  forms: readonly string[],
  tags: TaggedWord[],
  glossary: Glossary | undefined
): void {
  if (!glossary) return;
  // (British spellings the glossary has in American: `centre`, `colour`.)
  const knownNoun = (form: string) =>
    [form, form.replace(/re$/u, 'er'), form.replace(/our$/u, 'or')].some(
      (f) => glossary.kinds(f, 'NOUN').length > 0
    );
  const repaired = new Set<number>();
  for (let i = 1; i < forms.length; i++) {
    const tag = tags[i] as TaggedWord;
    const before = tags[i - 1] as TaggedWord;
    const form = forms[i] as string;
    if (tag.upos !== 'VERB' || !/^\p{Ll}+$/u.test(form) || /s$/u.test(form)) continue;
    // A bare present (`town centre`), or an infinitive right after a noun this repair made
    // (`health check` after `town centre`): a compound goes on.
    const present = tag.feats.VerbForm === 'Fin' && tag.feats.Tense === 'Pres';
    const bare = tag.feats.VerbForm === 'Inf' && repaired.has(i - 2);
    if (!present && !bare) continue;
    if (before.upos !== 'NOUN' || before.feats.Number !== 'Sing') continue;
    const previous = forms[i - 1] as string;
    if (!/^\p{Ll}+$/u.test(previous) || COLLECTIVE.test(previous)) continue;
    if (!knownNoun(form)) continue;
    repaired.add(i);
    tags[i] = {
      upos: 'NOUN',
      lemma: form,
      feats: { Number: 'Sing' },
      ...(tag.xpos ? { xpos: 'NN' } : {})
    };
  }
}
