/**
 * Cause and consequence: "Warum …?" / "Why …?" on a clause whose reason the text states, with the
 * whole reason as the answer and other clauses of the same text, put into the same form
 * (`weil …`), as distractors — never a reason to type word for word.
 */
import type { Word } from '../../../nlp/types';
import {
  phrase,
  properNames,
  speaksInPerson,
  subtree,
  textOf,
  word,
  type Clause,
  type Doc,
  type Phrase,
  type SentenceInfo
} from '../../document';
import {
  coreIds,
  isConnective,
  lowerFirstEnglish,
  lowerFirstUnlessNoun
} from '../../languages/clause';
import {
  arrange,
  danglingReference,
  evidenceFor,
  nameWords,
  overlaps,
  pronounPerson,
  soundClause,
  surelyTyped
} from '../shared';
import type { Candidate, KindContext, QuestionKind } from '../types';

/** Particles that limit a reason right after them (`nur, weil …`, `partly because …`). */
const FOCUS_ON_REASON =
  /^(nur|bloß|allein|gerade|eben|auch|vor allem|only|partly|largely|mainly|mostly|chiefly|simply|just|solely|also|in part)$/iu;

const words = (t: string) => t.split(/\s+/u).filter(Boolean).length;
const upper = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** Subordinate clauses of a sentence without their conjunction: `Ottawa angekündigt hatte`. */
export function subordinateBodies(doc: Doc, info: SentenceInfo): string[] {
  const out: string[] = [];
  for (const w of info.s.words) {
    const mark = (info.children[w.id] ?? [])
      .map((c) => word(info.s, c) as Word)
      .find((c) => c.deprel === 'mark' && c.id < w.id);
    if (!mark || !(w.upos === 'VERB' || w.upos === 'AUX' || w.upos === 'ADJ')) continue;
    // Only a clause opened by a conjunction (not `bis zu 75.000` read as one), in one piece,
    // that starts with a word of its own (not `und`) and — in German — ends on its verb: what a
    // reason reads like (a blind rating struck `Weil Und Auch die Türkei …`, `Weil zu 75.000
    // würden das …`).
    if (mark.upos !== 'SCONJ') continue;
    // No comparison (`Weniger, als die Leute denken`, the clause on an adjective or adverb), no
    // condition (`wenn irgendwo ein Computer ausfällt`) and nothing hoped or feared (`Ich hoffe,
    // dass man das … nicht vergisst`): none is a fact, and put as a reason each read as a broken
    // fragment (`Weil die Leute denken`, struck by both raters of blind rating 100).
    const governor = word(info.s, w.head);
    const beforeMark = info.s.words
      .slice(0, mark.id - 1)
      .reverse()
      .find((x) => x.upos !== 'PUNCT');
    const comparative =
      /^(ADJ|ADV)$/u.test(governor?.upos ?? '') ||
      beforeMark?.feats.Degree === 'Cmp' ||
      /^(mehr|weniger|anders|eher|lieber|more|less|fewer|rather|other)$/iu.test(
        beforeMark?.form ?? ''
      );
    if (/^(als|wie|than|as)$/iu.test(mark.form) && comparative) continue;
    if (/^(wenn|falls|sofern|if|unless)$/iu.test(mark.form)) continue;
    // … nor an indirect question or a time still to come (`Wie sich das im Alltag anfühlt`, `bis
    // der zweite Trupp … da ist`): put as reasons they read `Weil sich das im Alltag anfühlt`,
    // `Weil der zweite Trupp … da ist` (blind rating 103's batch).
    if (/^(wie|ob|whether|bis|bevor|ehe|sobald|solange|until|before|once)$/iu.test(mark.form))
      continue;
    if (
      /^(dass|that)$/iu.test(mark.form) &&
      /^(hoffen|wünschen|fürchten|befürchten|hope|wish|fear)$/iu.test(governor?.lemma ?? '')
    )
      continue;
    // … nor a verb of thinking or saying with nothing it thinks or says (`die Leute denken`).
    if (
      /^(denken|glauben|meinen|sagen|wissen|vermuten|erwarten|think|believe|say|know|expect)$/iu.test(
        w.lemma
      ) &&
      !(info.children[w.id] ?? []).some((c) =>
        /^(obj|ccomp|xcomp|iobj)/u.test(word(info.s, c)?.deprel ?? '')
      )
    )
      continue;
    // A clause of its own has its own subject (`because them to get in on …` has none: the
    // parse hung an infinitive on the conjunction).
    const hasSubject = (info.children[w.id] ?? []).some((c) =>
      /^(nsubj|csubj|expl)/u.test(word(info.s, c)?.deprel ?? '')
    );
    // … and a finite verb (`for them to get in on …` is an infinitive, no reason).
    const finite =
      w.feats.VerbForm === 'Fin' ||
      (info.children[w.id] ?? []).some((c) => {
        const k = word(info.s, c);
        return !!k && /^(aux|cop)/u.test(k.deprel) && k.feats.VerbForm === 'Fin';
      });
    // (German: a clause with a subject of its own is finite, even where a plural verb at its
    // end reads like an infinitive to the tagger: `da die Gleise vorbeiführen`.)
    if (!hasSubject || (doc.language === 'en' && !finite)) continue;
    const ids = subtree(info, w.id).filter(
      (id) => id !== mark.id && (word(info.s, id) as Word).upos !== 'PUNCT'
    );
    const first = word(info.s, ids[0] ?? 0);
    const last = word(info.s, ids[ids.length - 1] ?? 0);
    if (!first || !last || /^(CCONJ|ADP|NUM)$/u.test(first.upos)) continue;
    if (ids.some((id, i) => i > 0 && id - (ids[i - 1] as number) > 2)) continue;
    // … and no colon or semicolon inside: the clause after it is another sentence's worth
    // (`Weil es … Uneinigkeit geben könnte Es ist ein Vorteil …` lost its colon).
    const inner = (id: number) => id > (ids[0] as number) && id < (ids[ids.length - 1] as number);
    if (info.s.words.some((x) => /^[:;]$/u.test(x.form) && inner(x.id))) continue;
    if (doc.language === 'de' && !(last.upos === 'VERB' || last.upos === 'AUX')) continue;
    // … with its finite verb among the verbs at its end: one before its subject is a main
    // clause the parse hung on an adverb `da` (`Ich habe zwei Gesellen …, da muss man rechnen`
    // gave `Weil muss man rechnen`, blind rating 78).
    if (doc.language === 'de') {
      const finiteWord =
        w.feats.VerbForm === 'Fin'
          ? w
          : (info.children[w.id] ?? [])
              .map((c) => word(info.s, c) as Word)
              .find((k) => /^(aux|cop)/u.test(k.deprel) && k.feats.VerbForm === 'Fin');
      if (
        finiteWord &&
        ids.some(
          (id) => id > finiteWord.id && !/^(VERB|AUX|PART)$/u.test(word(info.s, id)?.upos ?? '')
        )
      )
        continue;
    }
    // The clause's first word keeps a capital only as a name or a German noun (`It is how …`
    // opened its sentence; after `because` it is `it`).
    const written = textOf(doc, info.s, ids);
    const body =
      /^(PROPN|NOUN)$/u.test(first.upos) || first.form === 'I'
        ? written
        : written.charAt(0).toLowerCase() + written.slice(1);
    if (words(body) >= 3 && words(body) <= 22 && !speaksInPerson(info, ids)) out.push(body);
  }
  return out;
}

/**
 * The main clauses of other sentences, put into the form of a reason clause without its
 * conjunction: German with the finite verb at the end (`die Gäste am Montag anreisten`, `die
 * Polizei den Mann festgenommen hat`), English as written. Only a plain clause: a subject of its
 * own and a finite verb after something, four to eighteen words in one piece, no comma, quote or
 * colon inside, no first or second person, no pronoun or `dort` pointing outside it. Only from
 * the sentences around the asked one (`NEAR`), most important first: what the passage is about
 * makes the likelier wrong reason, while a fact from elsewhere in the article reads as no reason
 * at all (`Why were new features added to Tara? Because it was bricked up in the 19th Century`,
 * `Because dance is growing more intimate …`: struck by both raters of blind rating 53).
 */
/** How far (in sentences) a fact put as a wrong reason may stand from the asked one. */
const NEAR = 3;

/** What names a thing or says what can be done now: never put as a wrong reason. */
const NO_CAUSE = /\b(den Namen|benannt|(is|was|were|are) named|named after|can|kann|können)\b/u;

/** First- and second-person words and demonstratives: a reason that needs its speaker or the
 * sentence before (English `this` stays: `this country`, `this year` are the report's own). */
const SPEAKER_OR_POINTER =
  /(^|\s)(ich|mir|mich|mein\w*|wir|uns|unser\w*|du|dein\w*|euer\w*|I|me|my|we|us|our|you|your|diese[mnrs]?|dieser|jene[mnrs]?|these|those)(?=[\s,.;:!?]|$)/u;

export function clausesAsReasons(doc: Doc, except: number, reach = NEAR): string[] {
  const out: string[] = [];
  for (const index of doc.ranked) {
    const info = doc.sentences[index];
    if (!info || !info.usable || index === except || Math.abs(index - except) > reach) continue;
    for (const clause of info.clauses) {
      if (clause.negated) continue;
      const form = reasonForm(doc, info, clause);
      if (form) out.push(form.text);
    }
  }
  return out;
}

/**
 * A main clause in the form of a reason clause without its conjunction (see
 * `clausesAsReasons`), with the ids of the words it keeps; undefined for a clause that cannot be
 * put so.
 */
function reasonForm(
  doc: Doc,
  info: SentenceInfo,
  clause: Clause
): { text: string; ids: number[] } | undefined {
  if (!clause.main || !clause.subject) return undefined;
  if (!soundClause(info, clause, doc)) return undefined;
  const ids = coreIds(info, clause).filter((id) => word(info.s, id)?.upos !== 'PUNCT');
  if (ids.length < 4 || ids.length > 18) return undefined;
  if (ids.some((id, i) => i > 0 && id - (ids[i - 1] as number) !== 1)) return undefined;
  if (speaksInPerson(info, ids)) return undefined;
  const inside = textOf(doc, info.s, ids);
  if (/[,:;„“”"«»()]/u.test(inside)) return undefined;
  if (danglingReference(doc, info, ids)) return undefined;
  if (clause.subject.head.upos === 'PRON') return undefined;
  // What the verb says or lets know stays with it (`Nikolic hatte wissen lassen, dass …`
  // without its `dass` clause says nothing).
  const kept = new Set(ids);
  const cut = (info.children[clause.predicate.id] ?? []).some(
    (c) => /^(ccomp|csubj|xcomp|parataxis)/u.test(word(info.s, c)?.deprel ?? '') && !kept.has(c)
  );
  if (cut) return undefined;
  const finite = clause.finite ?? clause.predicate;
  if (finite.feats.VerbForm !== 'Fin' || !ids.includes(finite.id)) return undefined;
  const first = word(info.s, ids[0] ?? 0);
  if (!first || first.id === finite.id) return undefined;
  if (doc.language === 'en')
    return {
      text: lowerFirstEnglish(inside, first, info.s.words, info.s.entities, properNames(doc)),
      ids
    };
  // German: the finite verb goes to the end, a separable particle joins it (`reisten … an`
  // → `anreisten`).
  const particle = (info.children[finite.id] ?? [])
    .map((c) => word(info.s, c) as Word)
    // (A participle the parse took for a particle stays apart: `bleibt … geschlossen` is no
    // `geschlossenbleibt`.)
    .find(
      (k) => k.deprel === 'compound:prt' && k.id > finite.id && !/^(VERB|AUX|ADJ)$/u.test(k.upos)
    );
  const before = ids.filter((id) => id < finite.id);
  const after = ids.filter((id) => id > finite.id && id !== particle?.id);
  // Two infinitives at the end (`hatte … wissen lassen`) keep the finite verb before them:
  // left out rather than put wrong.
  const infinitives = after.filter((id) => word(info.s, id)?.feats.VerbForm === 'Inf');
  if (infinitives.length >= 2) return undefined;
  const verb = particle ? `${particle.form}${finite.form}` : finite.form;
  // An object the main clause put first goes after the subject in the clause of a reason:
  // `Weil den Gesamtschaden das Gericht auf rund 410.000 Euro bezifferte` read as garbled to
  // both raters of blind rating 77; `weil das Gericht den Gesamtschaden …` is the plain order.
  const subjectIds = new Set(clause.subject.ids);
  // (The dependent of the verb the first word belongs to: a noun phrase with no preposition,
  // whatever case the parse gave it.)
  let opening = word(info.s, before[0] ?? 0);
  for (let steps = 0; opening && opening.head !== clause.predicate.id && steps < 10; steps++)
    opening = word(info.s, opening.head);
  const objectFirst =
    !!opening &&
    opening.head === clause.predicate.id &&
    !subjectIds.has(opening.id) &&
    /^(NOUN|PROPN)$/u.test(opening.upos) &&
    /^(obj|iobj|obl)/u.test(opening.deprel) &&
    !(info.children[opening.id] ?? []).some((c) => word(info.s, c)?.deprel === 'case');
  const rest = [...before, ...after].filter((id) => !subjectIds.has(id)).sort((a, b) => a - b);
  const text = objectFirst
    ? [
        lowerFirstUnlessNoun(
          textOf(doc, info.s, clause.subject.ids),
          word(info.s, clause.subject.ids[0] ?? 0) as Word,
          info.s.words
        ),
        lowerFirstUnlessNoun(textOf(doc, info.s, rest), first, info.s.words),
        verb
      ]
        .filter(Boolean)
        .join(' ')
    : [
        lowerFirstUnlessNoun(textOf(doc, info.s, before), first, info.s.words),
        textOf(doc, info.s, after),
        verb
      ]
        .filter(Boolean)
        .join(' ');
  return { text, ids };
}

/** Whether a word stands inside a conditional clause (`if …`, `wenn …`, `falls …`). */
function insideCondition(info: SentenceInfo, w: Word): boolean {
  for (let at: Word | undefined = w, steps = 0; at && steps < 20; steps++) {
    const marks = (info.children[at.id] ?? []).map((c) => word(info.s, c) as Word);
    if (marks.some((m) => m.deprel === 'mark' && /^(if|unless|wenn|falls|sofern)$/iu.test(m.form)))
      return true;
    const above: Word | undefined = at.head === 0 ? undefined : word(info.s, at.head);
    // … or inside what someone imagines, fears or hopes (`weil ich mir nicht vorstellen will,
    // dass jemand … auf der Intensivstation liegt, nur weil …`): no fact either, and asked why,
    // a card told of a patient the text never had (both raters of blind rating 121).
    if (above && /^(ccomp|csubj|xcomp|advcl)/u.test(at.deprel) && NOT_A_FACT.test(above.lemma))
      return true;
    at = above;
  }
  return false;
}

/** Verbs whose clause is imagined, feared, hoped or wanted, not told as a fact. */
const NOT_A_FACT =
  /^(vorstellen|befürchten|fürchten|hoffen|wünschen|träumen|imagine|fear|hope|wish|dream|want)$/u;

/** The noun phrase of a reason phrase, without its preposition (`der tiefen Ölpreise`). */
function nounPart(doc: Doc, info: SentenceInfo, reason: Phrase): string {
  const ids = reason.ids.filter((id) => {
    const w = word(info.s, id) as Word;
    return !(w.deprel === 'case' && w.head === reason.head.id) && !(w.deprel === 'fixed');
  });
  return textOf(doc, info.s, ids);
}

/**
 * Noun phrases of other sentences that could stand where a reason phrase's noun phrase stands:
 * its case and number (German), headed by a common noun that names no person, two to six
 * words, not pointing back (`dieser`, `its`). Other reason phrases come first.
 */
export function causePhrases(
  doc: Doc,
  sentence: number,
  reason: Phrase,
  prompt: string,
  reach = NEAR
): string[] {
  const wordsOf = (t: string) => t.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  const asked = new Set(
    prompt
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 3)
  );
  const reasons: string[] = [];
  const others: string[] = [];
  for (const info of doc.sentences) {
    if (!info.usable || info.s.index === sentence) continue;
    for (const clause of info.clauses)
      if (clause.reason && !clause.reason.ids.some((id) => word(info.s, id)?.deprel === 'mark')) {
        const text = nounPart(doc, info, clause.reason);
        if (words(text) >= 2 && words(text) <= 6) reasons.push(text);
      }
    // Things put as causes come from the passage around the asked sentence (`Wegen der nahen
    // Auflage`, `Wegen der Vorbereitung` from elsewhere in a cup preview: blind rating 53).
    if (Math.abs(info.s.index - sentence) > reach) continue;
    for (const w of info.s.words) {
      if (w.upos !== 'NOUN' || !/^(nmod|obl|obj|nsubj)/u.test(w.deprel)) continue;
      // A cause reads as a state or an event (`der tiefen Ölpreise`, `the strength of …`), not
      // as a thing or a body (`des Parlaments`, `der Sozialpartner`).
      if (!ABSTRACT_NOUN[doc.language].test(w.lemma) || BODY_NOUN.test(w.lemma)) continue;
      if (w.lemma.toLowerCase() === reason.head.lemma.toLowerCase()) continue;
      // The phrase without clauses, appositions and prepositional attributes (`im Senat`); a
      // genitive attribute stays (`eine Schwächung der Demokratie`).
      const full = subtree(
        info,
        w.id,
        (x) =>
          /^(case|acl|acl:relcl|advcl|conj|cc|punct|appos)$/u.test(x.deprel) ||
          (x.deprel === 'nmod' &&
            (info.children[x.id] ?? []).some((c) => word(info.s, c)?.deprel === 'case'))
      );
      // A name inside would be cut or make the phrase a fact of its own: left out.
      if (full.some((id) => word(info.s, id)?.upos === 'PROPN')) continue;
      const p = phrase(doc, info, full);
      if (!p || p.ids.length < 2 || p.ids.length > 6) continue;
      if (p.ids.some((id, i) => i > 0 && id - (p.ids[i - 1] as number) !== 1)) continue;
      const first = word(info.s, p.ids[0] ?? 0);
      if (!first || !/^(DET|ADJ)$/u.test(first.upos)) continue;
      // `einer Beteiligung`, `a solution`: an article and a noun alone says nothing unless it
      // names a thing of the text (`der Regierungsmehrheit`).
      if (
        p.ids.length === 2 &&
        first.upos === 'DET' &&
        first.feats.Definite !== 'Def' &&
        !/^(the)$/iu.test(first.form)
      )
        continue;
      // German: the phrase put into the genitive every reason preposition governs (`den tiefen
      // Ölpreisen` → `der tiefen Ölpreise` after `aufgrund`), by the dictionary (the tagger's
      // case of the reason's own noun is a guess: `wegen methodischer Unterschiede` read as a
      // dative got no alternatives at all); English needs nothing.
      const text = doc.language === 'de' ? inflectPhrase(doc, info, p.ids, 'Gen') : p.text;
      if (!text || POINTING.test(text)) continue;
      // Never a phrase the question itself holds (`Why was a rate rise justified? Because of a
      // rate rise`).
      if (wordsOf(text).some((x) => asked.has(x))) continue;
      others.push(doc.language === 'de' ? text : text.charAt(0).toLowerCase() + text.slice(1));
    }
  }
  return [...new Set([...reasons, ...others])];
}

/** Words that point back to something named before: no alternative on their own. */
const POINTING =
  /^(dies|jen|sein|ihr|dess|deren|derselb|this|that|these|those|its|his|her|their)/iu;

const ARTICLES: Record<string, { definite: boolean }> = {
  der: { definite: true },
  die: { definite: true },
  das: { definite: true },
  den: { definite: true },
  dem: { definite: true },
  des: { definite: true },
  ein: { definite: false },
  eine: { definite: false },
  einen: { definite: false },
  einem: { definite: false },
  einer: { definite: false },
  eines: { definite: false }
};
const GENITIVE_ARTICLE = {
  definite: { Masc: 'des', Neut: 'des', Fem: 'der', Plur: 'der' },
  indefinite: { Masc: 'eines', Neut: 'eines', Fem: 'einer', Plur: undefined }
} as const;

/**
 * A German noun phrase of an article, adjectives and a noun (`den tiefen Ölpreisen`) in the
 * genitive (`der tiefen Ölpreise`), every word from the dictionary; undefined for any other
 * shape, another case than the genitive, or a form the dictionary lacks.
 */
function inflectPhrase(doc: Doc, info: SentenceInfo, ids: readonly number[], wanted: string) {
  const lexicon = doc.lexicon;
  if (wanted !== 'Gen' || !lexicon?.inflectAdjective) return undefined;
  const parts = ids.map((id) => word(info.s, id) as Word);
  // The noun phrase proper up to its noun; a genitive attribute after it stays as written.
  const headAt = parts.findIndex((w) => w.upos === 'NOUN');
  const after = parts.slice(headAt + 1);
  if (after.some((w) => w.feats.Case && w.feats.Case !== 'Gen')) return undefined;
  const head = parts.slice(0, headAt + 1);
  // A plural phrase without an article (`methodischer Unterschiede`, `hohe Kosten`) takes the
  // strong genitive of its adjectives; it needs one adjective at least (`wegen Kosten` is no
  // German).
  const bare = head[0]?.upos === 'ADJ' && parts[headAt]?.feats.Number === 'Plur';
  const article = bare ? undefined : head[0];
  const rest = bare ? head : head.slice(1);
  const noun = rest[rest.length - 1];
  const adjectives = rest.slice(0, -1);
  const kind = article ? ARTICLES[article.form.toLowerCase()] : undefined;
  if ((!bare && (!article || !kind)) || !noun || noun.upos !== 'NOUN') return undefined;
  if (adjectives.some((a) => a.upos !== 'ADJ')) return undefined;
  const number = noun.feats.Number === 'Plur' ? 'Plur' : 'Sing';
  const gender = lexicon.nounInfo(noun.lemma)?.gender;
  if (!gender) return undefined;
  const det = bare
    ? ''
    : GENITIVE_ARTICLE[kind?.definite ? 'definite' : 'indefinite'][
        number === 'Plur' ? 'Plur' : gender
      ];
  const nounForm = lexicon.inflectNoun(noun.lemma, { Case: 'Gen', Number: number });
  if ((!bare && !det) || !nounForm) return undefined;
  const adjectiveForms: string[] = [];
  for (const a of adjectives) {
    const form = lexicon.inflectAdjective(a.lemma, {
      Case: 'Gen',
      Number: number,
      Gender: gender,
      Strength: bare ? 'Strong' : kind?.definite ? 'Weak' : 'Mixed'
    });
    if (!form) return undefined;
    adjectiveForms.push(form);
  }
  const attribute =
    after.length > 0
      ? textOf(
          doc,
          info.s,
          after.map((w) => w.id)
        )
      : undefined;
  return [det, ...adjectiveForms, nounForm, attribute].filter(Boolean).join(' ');
}

/** Bodies and institutions end like states and events (`Regierung`, `Universität`). */
const BODY_NOUN =
  /(regierung|verwaltung|direktion|polizei|ministerium|verband|versicherung|gericht|zeitung|gesellschaft|universität|redaktion|kommission|opposition|koalition|partei|behörde|wissenschaft|organisation|institution|government|administration|commission|university|opposition|coalition|authority|business|organisation|organization|institution|agency|company)$/iu;

/** Nouns that name a state or an event, as causes do. */
const ABSTRACT_NOUN: Record<'de' | 'en', RegExp> = {
  de: /(ung|heit|keit|ion|tät|schaft|nis|ismus|anz|enz|lage|krise|mangel|druck|streit|wandel|verlust|anstieg|rückgang|preise?|kosten|gründe?|sorgen?|angst|kritik|vorwürfe?|verdacht|verstoß|verstöße|fehler|probleme?)$/iu,
  en: /(tion|sion|ment|ness|ity|ance|ence|ure|ing|ism|cy|crisis|shortage|pressure|dispute|change|loss|rise|fall|decline|prices?|costs?|fears?|concerns?|criticism|allegations?|suspicion|errors?|problems?|strength|weakness|demand)$/iu
};

/**
 * Whether a German clause ending on its finite verb is in the subjunctive I of reported speech
 * (`…, dass die Republik nicht in der Pflicht sei`, `…, man verhandle`): its last word is `sei`,
 * `habe`, `werde`, a modal's `-e` form, or a present stem with `-e` (the indicative ends in `-t`
 * or `-en`, the past in `-te`).
 */
function reportedMood(clause: string): boolean {
  const last =
    clause
      .replace(/[.,;:!?“”„"«»)]+$/u, '')
      .split(/\s+/u)
      .pop() ?? '';
  if (/^(sei|seien|habe|werde|könne|müsse|dürfe|solle|wolle|möge)$/iu.test(last)) return true;
  // (`würde`, `wäre` are the subjunctive II, which the text uses as a plain statement.)
  if (/^(würde|wäre)$/iu.test(last)) return false;
  return /^\p{Ll}+[^t]e$/u.test(last) && !/ie$/u.test(last);
}

/** A question ending on a source after a comma (`…, a report says?`, `…, sagte er?`), the source to cut. */
const SOURCE_TACKED_ON =
  /,\s[^,]*\b(says|said|reports|reported|claims|claimed|sagt|sagte|sagten|berichtet|berichtete|erklärte|heißt es)\?$/u;

/** An article and a noun alone (`der Auffassung`, `the attraction`). */
const BARE_NOUN = /^(der|des|die|das|dem|den|eines|einer|the|a|an)\s+\S+$/iu;

/** A clause opening with a personal pronoun as its subject. */
const PRONOUN_SUBJECT = /^(it|he|she|they|we|i|er|sie|es|wir|ich)\s/iu;

/** Words too common to tie a wrong reason to the question's topic. */
const COMMON =
  /^(dass|dies|eine[mnrs]?|eine|wird|werden|wurde|nicht|noch|auch|aber|haben|hatte|sein|seit|sich|über|nach|beim|einen|their|there|these|those|with|that|this|have|were|been|would|will|from|they|which|about|after|when|what|because|weil|warum|wegen|why|does|did)$/iu;

/** A text's content words by their first six letters (`Neuwahlen` → `neuwah`). */
function contentStems(t: string): Set<string> {
  return new Set(
    t
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 4 && !COMMON.test(w))
      .map((w) => w.slice(0, 6))
  );
}

/** The conjunction a reason given as an answer opens with, for one that reads as the text's. */
const PLAIN_MARKER: Record<'de' | 'en', Record<string, string>> = {
  de: { da: 'weil' },
  en: { since: 'because' }
};

/**
 * Whether two reasons say the same in other words: most of the shorter one's content words
 * (by their first six letters) and every figure in the other (`Weil der Tiergarten sich über 19
 * frisch geschlüpfte Flamingo-Küken freut` and `Weil im Tiergarten bisher 19 Flamingo-Küken
 * geschlüpft sind` offered side by side, blind rating 58).
 */
export function restates(a: string, b: string): boolean {
  const content = (t: string) =>
    new Set(
      t
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length >= 4 || /^\p{N}+$/u.test(w))
        .map((w) => w.slice(0, 6))
    );
  const x = content(a);
  const y = content(b);
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size < 2) return false;
  const shared = [...small].filter((w) => large.has(w)).length;
  const figures = [...small].filter((w) => /^\p{N}+$/u.test(w));
  return shared / small.size >= 0.6 && figures.every((f) => large.has(f));
}

/**
 * Questions why, with their reasons. For the quiz (`forCards` false) each comes with wrong
 * reasons to choose from and asks only what the text states as fact. For cards it needs no wrong
 * reasons (the learner grades the answer), and a reason a named speaker gives in reported speech
 * is asked with who gives it (`Warum ist der Rückgang der Austritte laut Miriam Leitner keine
 * Trendwende?`): the card raters of blind rating 120 wrote in place of a card on what that
 * speaker said.
 */
function reasonQuestions({ doc, pack }: KindContext, forCards: boolean): Candidate[] {
  const bodies = doc.sentences
    .filter((i) => i.usable)
    .flatMap((i) => subordinateBodies(doc, i).map((b) => ({ b, i: i.s.index })));
  const out: Candidate[] = [];
  const names = nameWords(doc);
  /**
   * Wrong reasons for a question on sentence `index`: other reason clauses and facts of the
   * passage put as reasons (`marker`: `weil …`), or the preposition before other noun phrases
   * (`phrase`: `wegen …`).
   */
  const wrongReasons = (asked: {
    answer: string;
    reasonText: string;
    index: number;
    prompt: string;
    marker?: string;
    phrase?: { reason: Phrase; lead: string };
  }): string[] => {
    const { answer, reasonText, index, prompt, marker, phrase: byPhrase } = asked;
    const distractors: string[] = [];
    // A German reason and its alternatives in one mood: a key in the indicative among
    // reasons in the subjunctive of reported speech (`Weil hier immer wieder neue
    // Forderungen auftauchen` among `Weil die Republik … nicht in der Pflicht sei`, `Weil
    // man … verhandle`) is told by its verb alone (blind rating 37).
    const mood = doc.language === 'de' && marker ? reportedMood(answer) : undefined;
    // A wrong reason dated after the asked event is ruled out by its date alone (`Warum
    // begann Körbitz 1853 eine Lehre …? Weil 1874 Körbitz ein Patent erhielt`, struck by both
    // raters of blind rating 77).
    const yearsOf = (t: string) =>
      (t.match(/(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)/gu) ?? []).map(Number);
    // (A century dates the asked event too: `gegen Ende des 16. Jahrhunderts` rules out `Weil
    // erst 1768 … die Arbeit wieder aufnahm`, rating 89.)
    const centuriesOf = (t: string) =>
      [
        ...t.matchAll(
          /(?<!\d)(1[5-9]|20)\.\s?Jahrhunderts?|(?<!\d)(1[5-9]|20)(?:th|st|nd|rd)[\s-]century/giu
        )
      ].map((m) => Number(m[1] ?? m[2]) * 100 - 1);
    const askedYears = [...yearsOf(`${prompt} ${answer}`), ...centuriesOf(`${prompt} ${answer}`)];
    const latest = askedYears.length > 0 ? Math.max(...askedYears) : undefined;
    const offer = (candidate: string) => {
      if (overlaps(candidate, answer) || !balancedQuotes(candidate)) return;
      // A name given (`Weil die Grube nach Reutters Ehefrau Ulrike den Namen erhielt`) or what
      // can be done today (`Because visitors can watch traditional rope being laid …`) is no
      // cause of anything: both raters of rating 89 called them `not reasons at all`.
      if (NO_CAUSE.test(candidate)) return;
      // … nor someone's words in the first person (`Weil meine Frau gesagt hat`, broken German
      // to both raters of blind rating 99), nor one that points back (`Weil … diesen Betrag`).
      if (SPEAKER_OR_POINTER.test(candidate)) return;
      if (
        latest !== undefined &&
        [...yearsOf(candidate), ...centuriesOf(candidate).map((y) => y - 99)].some(
          (y) => y > latest
        )
      )
        return;
      if (mood !== undefined && reportedMood(candidate) !== mood) return;
      if (distractors.some((d) => overlaps(d, candidate) || restates(d, candidate))) return;
      distractors.push(candidate);
    };
    const asClause = (b: string) =>
      reasonText.includes(b) || b.includes(reasonText) ? undefined : upper(`${marker} ${b}`);
    if (marker) {
      // Other reasons of the text first, then its other facts put as reasons.
      const clauses = clausesAsReasons(doc, index).map((b) => ({ b }));
      // (Other clauses of the passage only: see `NEAR`.)
      const near = bodies.filter(({ i }) => Math.abs(i - index) <= NEAR);
      for (const { b } of [...near, ...clauses]) {
        const candidate = asClause(b);
        if (candidate) offer(candidate);
      }
    } else if (byPhrase) {
      // The same preposition before other noun phrases of the text in its case: other
      // reasons first, then things the text talks about (never people or places, never a
      // phrase of the question's own sentence).
      for (const np of causePhrases(doc, index, byPhrase.reason, prompt))
        offer(upper(`${byPhrase.lead}${np}`));
    }
    // A passage with too few other facts to put as reasons takes them from the rest of the
    // text, nearest first (before, 13 of the corpus's 32 reasons went unasked for want of
    // alternatives: `Why did the initial attempt to sell the Millennium Dome fail?`). Not
    // one with figures, dates or people of its own that the question does not name: that
    // reads as another event, no reason at all (`Weil Lukas Hinterseer in der 67. Minute
    // ausgetauscht wurde`; `Because it was bricked up in the 19th Century`, blind rating 53)
    // — unless it shares a word with the question, what it is about.
    if (distractors.length < 2) {
      const about = contentStems(prompt);
      const inPrompt = new Set(prompt.toLowerCase().split(/[^\p{L}\p{N}]+/u));
      const foreign = (t: string) =>
        /\d/u.test(t) ||
        t
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u)
          .some((w) => w.length > 1 && names.has(w) && !inPrompt.has(w));
      const fits = (t: string) => !foreign(t) || [...contentStems(t)].some((w) => about.has(w));
      const far = marker
        ? [
            ...bodies
              .filter(({ i }) => Math.abs(i - index) > NEAR)
              .sort((a, b) => Math.abs(a.i - index) - Math.abs(b.i - index))
              .map(({ b }) => b),
            ...clausesAsReasons(doc, index, Infinity)
          ]
            // (Not one about `it` or `er`: out of its passage it means whatever the reader
            // takes it for, the asked thing too.)
            .filter((b) => !PRONOUN_SUBJECT.test(b))
            .map(asClause)
            .filter((t): t is string => !!t)
        : byPhrase
          ? causePhrases(doc, index, byPhrase.reason, prompt, Infinity)
              // (… and a noun with more than its article, or a long one: `Wegen der
              // Auffassung` says nothing.)
              .filter((np) => !BARE_NOUN.test(np) || (np.split(/\s+/u).pop() ?? '').length >= 13)
              .map((np) => upper(`${byPhrase.lead}${np}`))
          : [];
      for (const candidate of far) {
        if (distractors.length >= 3) break;
        if (fits(candidate)) offer(candidate);
      }
    }
    return distractors;
  };
  for (const info of doc.sentences) {
    if (!info.usable) continue;
    for (const clause of info.clauses) {
      const reason = clause.reason;
      if (!reason || words(reason.text) < 3 || words(reason.text) > 25) continue;
      if (!soundClause(info, clause, doc)) continue;
      // A reason inside a condition is a hypothesis (`if the MPC were to judge that a rate
      // rise was justified because of …`), and one in reported speech (`Bildung sei
      // angesichts … unabdingbar`) is a speaker's view: neither is a fact to ask "why" of.
      if (insideCondition(info, clause.predicate)) continue;
      // (On a card, a named speaker's reason is asked with who gives it: see `reasonQuestions`.)
      const reporter = forCards ? reportedBy(doc, info, clause) : undefined;
      if (
        doc.language === 'de' &&
        (clause.finite ?? clause.predicate).feats.Mood === 'Sub' &&
        !reporter
      )
        continue;
      if (speaksInPerson(info, [...coreIds(info, clause), ...reason.ids])) continue;
      // A reason the text denies (`nicht knapp, weil es weg ist, sondern weil …`, `not because
      // …`) is none: asked, it gave `Weil es weg ist, sondern weil …` as the answer.
      // (The denial's other half follows the reason: `…, sondern weil …`, `…, but because …`.)
      const before = info.s.words[(reason.ids[0] ?? 0) - 2];
      const after = info.s.words
        .slice(Math.max(...reason.ids), Math.max(...reason.ids) + 2)
        .find((w) => w.upos !== 'PUNCT');
      if (
        /(^|\s)(sondern|but because)\s/iu.test(reason.text) ||
        /^(nicht|not)$/iu.test(before?.form ?? '') ||
        /^(sondern|but)$/iu.test(after?.form ?? '')
      )
        continue;
      const reasonWords = reason.ids.map((id) => word(info.s, id) as Word);
      const mark = reasonWords.find((w) => w.deprel === 'mark');
      // A reason phrase (`wegen obszöner Gesten`, `because of the strength of the economy`):
      // its preposition and the noun phrase it governs.
      const preposition = mark
        ? undefined
        : reasonWords.find((w) => w.deprel === 'case' && w.head === reason.head.id);
      if (!mark && !preposition) continue;
      // A reason clause opens with its conjunction: a noun the parse hung on it before that
      // belongs to another clause (`…, Mensakräfte mit einer Viertelstelle …, da sie täglich mit
      // Portionsgrößen … umgingen` asked as the reason why caretakers count as teachers, both
      // raters of rating 115).
      if (
        mark &&
        reasonWords.some((w) => w.id < mark.id && /^(NOUN|PROPN|PRON|NUM)$/u.test(w.upos))
      )
        continue;
      // The phrase must be the preposition and one noun phrase, nothing cut into it.
      if (preposition && preposition.id !== reason.ids[0] && doc.language === 'de') continue;
      // … nor the verb's object the parse hung on it: a German reason preposition governs the
      // genitive or dative, never a noun in the accusative or nominative (`angesichts der
      // langen Laufzeit faktisch einen Reallohnverlust` left `Warum bedeutet das Angebot?`).
      if (
        preposition &&
        doc.language === 'de' &&
        reasonWords.some(
          (w) => /^(NOUN|DET|PROPN)$/u.test(w.upos) && /^(Acc|Nom)$/u.test(w.feats.Case ?? '')
        )
      )
        continue;
      // A source tacked on after a comma is no part of what is asked (`Why did the initial
      // attempt to sell the Millennium Dome fail, a report by the government's finance
      // watchdog says?`: the parse made `says` the verb's complement).
      // A particle that limits the reason goes with it (`funktionieren nur, weil …`, `closed
      // partly because …`): left in the question it asks something else (`Warum funktionieren
      // die offenen Stunden nur?`, batch aw).
      const focus = (info.children[clause.predicate.id] ?? [])
        .map((c) => word(info.s, c) as Word)
        .find(
          (w) =>
            w.deprel === 'advmod' &&
            FOCUS_ON_REASON.test(w.form) &&
            w.id < (reason.ids[0] ?? 0) &&
            info.s.words
              .slice(w.id, (reason.ids[0] ?? 0) - 1)
              .every((x) => x.upos === 'PUNCT' || x.id === clause.predicate.id)
        );
      const asked = focus ? { ...reason, ids: [focus.id, ...reason.ids] } : reason;
      const prompt = pack
        .whQuestion(doc, info, clause, { role: 'reason', phrase: asked }, reporter)
        ?.replace(SOURCE_TACKED_ON, '?');
      if (!prompt || words(prompt) > 30 || !verbSecond(doc, info, prompt)) continue;
      // A possessive or pronoun the question keeps must point at something it names
      // (`Warum verändert sich sein Beruf grundlegend?` in an interview, struck by both raters
      // of blind rating 78: whose?). A subject pronoun the question names (`Er` → `Zeller`)
      // does not count.
      {
        const kept = coreIds(info, clause).filter((id) => !reason.ids.includes(id));
        const subject = clause.subject;
        const resolved = new Set<number>(
          subject && subject.head.upos === 'PRON' && pronounPerson(doc, info, subject)
            ? subject.ids
            : []
        );
        if (danglingReference(doc, info, kept, resolved)) continue;
      }
      // (Without a connective inside it: `Da die MHP … aber bereits …`.)
      const shown = reason.ids.filter((id) => {
        const w = word(info.s, id);
        return !w || id === reason.ids[0] || !isConnective(w, info);
      });
      const said = shown.length === reason.ids.length ? reason.text : textOf(doc, info.s, shown);
      // An answer to "Warum?" / "Why?" opens with `Weil` / `Because`: `Da …` and `Since …` read
      // as the text's clause copied out (both raters of blind rating 58 asked for `Weil`).
      const plain = mark ? PLAIN_MARKER[doc.language][mark.form.toLowerCase()] : undefined;
      const answer = upper(
        plain && said.toLowerCase().startsWith(`${mark?.form.toLowerCase()} `)
          ? `${plain}${said.slice(mark?.form.length ?? 0)}`
          : said
      );
      // (A quotation cut in two by the clause's end: `Because “it was making a noise`.)
      if (!balancedQuotes(answer)) continue;
      // (… nor a reason in someone's own words or pointing back: `Weil die Kasse diesen Betrag
      // nicht auszahlen konnte`, which amount? — both raters of blind rating 99.)
      if (SPEAKER_OR_POINTER.test(answer)) continue;
      const lead = preposition
        ? reason.text.slice(0, reason.text.length - nounPart(doc, info, reason).length)
        : '';
      const distractors = wrongReasons({
        answer,
        reasonText: reason.text,
        index: info.s.index,
        prompt,
        ...(mark ? { marker: plain ?? mark.form.toLowerCase() } : {}),
        ...(preposition ? { phrase: { reason, lead } } : {})
      });
      if (distractors.length < 2 && !forCards) continue;
      const seed = `why|${info.s.index}`;
      // The three distractors closest in length to the answer, so length gives nothing away.
      const chosen = distractors
        .sort(
          (a, b) =>
            Math.abs(words(a) - words(answer)) - Math.abs(words(b) - words(answer)) ||
            (a < b ? -1 : 1)
        )
        .slice(0, 3);
      out.push({
        kind: 'why',
        type: 'multiple-choice',
        prompt,
        answer,
        choices: arrange(answer, chosen, seed),
        evidence: evidenceFor(doc, info.s.index, prompt, answer),
        fact: `${info.s.index}:reason`,
        score: info.importance * 1.3,
        support: [reason.text]
      });
    }
  }
  // A consequence the text draws with `deshalb` / `therefore` from the sentence before it:
  // "Warum …?" on the consequence, that sentence as the reason (`Apple-Fans nehmen deshalb
  // das Heft selbst in die Hand.` after what Apple failed to do).
  for (const info of doc.sentences) {
    const before = doc.sentences[info.s.index - 1];
    if (!info.usable || !before?.usable || before.s.paragraph !== info.s.paragraph) continue;
    if (before.s.role === 'title' || before.quotes.length > 0) continue;
    // (Only a sentence with such a word: the reason form of every sentence before another
    // cost English articles a sixth of their time.)
    if (!info.clauses.some((c) => c.main && consequenceWord(info, c))) continue;
    // The sentence before as one clause the reason form keeps nearly whole: a reason cut
    // short of a clause of its own would be half the answer.
    const forms = before.clauses
      .filter((c) => c.main)
      .map((c) => ({ c, form: reasonForm(doc, before, c) }));
    if (forms.length !== 1) continue;
    const cause = forms[0];
    if (!cause?.form) continue;
    const spoken = before.s.words.filter((w) => w.upos !== 'PUNCT').length;
    if (cause.form.ids.length < spoken * 0.8) continue;
    if (doc.language === 'de' && (cause.c.finite ?? cause.c.predicate).feats.Mood === 'Sub')
      continue;
    for (const clause of info.clauses) {
      if (!clause.main || !clause.subject || !soundClause(info, clause, doc)) continue;
      if (insideCondition(info, clause.predicate) || clause.reason) continue;
      if (doc.language === 'de' && (clause.finite ?? clause.predicate).feats.Mood === 'Sub')
        continue;
      const connective = consequenceWord(info, clause);
      if (!connective) continue;
      const target = phrase(doc, info, subtree(info, connective.id));
      if (!target) continue;
      if (speaksInPerson(info, coreIds(info, clause))) continue;
      const prompt = pack
        .whQuestion(doc, info, clause, { role: 'reason', phrase: target })
        ?.replace(SOURCE_TACKED_ON, '?');
      if (!prompt || words(prompt) > 30 || !verbSecond(doc, info, prompt)) continue;
      const marker = doc.language === 'de' ? 'weil' : 'because';
      const answer = upper(`${marker} ${cause.form.text}`);
      const distractors = wrongReasons({
        answer,
        reasonText: cause.form.text,
        index: info.s.index,
        prompt,
        marker
      });
      if (distractors.length < 2 && !forCards) continue;
      const chosen = distractors
        .sort(
          (a, b) =>
            Math.abs(words(a) - words(answer)) - Math.abs(words(b) - words(answer)) ||
            (a < b ? -1 : 1)
        )
        .slice(0, 3);
      out.push({
        kind: 'why',
        type: 'multiple-choice',
        prompt,
        answer,
        choices: arrange(answer, chosen, `why|${info.s.index}`),
        evidence: [
          ...new Set([before.s.index, ...evidenceFor(doc, info.s.index, prompt, answer)])
        ].sort((a, b) => a - b),
        fact: `${info.s.index}:reason`,
        score: Math.max(info.importance, before.importance) * 1.3,
        support: [before.s.text]
      });
    }
  }
  return out;
}

export const whyKind: QuestionKind = {
  name: 'why',
  propose: (ctx) => reasonQuestions(ctx, false)
};

/** Questions why for cards, with their reasons and no wrong ones (see `reasonQuestions`). */
export const reasonCards = (ctx: KindContext): Candidate[] => reasonQuestions(ctx, true);

/**
 * The person or body the text names (a person with a full name) whose reported words hold a
 * clause, or undefined.
 */
function reportedBy(doc: Doc, info: SentenceInfo, clause: Clause): string | undefined {
  const verb = clause.finite ?? clause.predicate;
  for (const q of info.quotes) {
    if (!q.speakerEntity || !q.content.ids.includes(verb.id)) continue;
    const e = doc.entities.get(q.speakerEntity);
    if (!e || !surelyTyped(doc, e.key)) continue;
    if (e.type === 'ORG' || (e.type === 'PER' && e.name.split(/\s+/u).length >= 2)) return e.name;
  }
  return undefined;
}

/** Words of the first or second person. */
const SPEAKER_WORD =
  /(^|[^\p{L}])(ich|wir|uns|unser\p{L}*|mein\p{L}*|euch|euer\p{L}*|I|we|us|our|my|you|your)(?=[^\p{L}]|$)/u;

/** Whether a text's quotation marks come in pairs. */
function balancedQuotes(t: string): boolean {
  const opening = (t.match(/[„“«‘]/gu) ?? []).length;
  const closing = (t.match(/[”“»’]/gu) ?? []).length;
  const straight = (t.match(/"/gu) ?? []).length;
  // (`“` opens an English quotation and closes a German one: counted on both sides.)
  const curly = (t.match(/“/gu) ?? []).length;
  return straight % 2 === 0 && (opening + closing - curly) % 2 === 0;
}

/**
 * Whether a question reads as one: German with a verb right after `Warum` (`Warum brandgefährlich
 * Natrium-Ionen-Zellen …?` lost its `gelten`), by the dictionary; English questions pass.
 */
function verbSecond(doc: Doc, info: SentenceInfo, prompt: string): boolean {
  // (… and speaks of no `we` or `you`: an interview's `in unserer Stichprobe` asked as if the
  // reader were the speaker.)
  if (SPEAKER_WORD.test(prompt)) return false;
  if (doc.language !== 'de') return true;
  const second = prompt.split(/\s+/u)[1]?.replace(/[^\p{L}]/gu, '') ?? '';
  // A verb by the dictionary (a subjunctive restated in the indicative: `bedeutet`); a word it
  // lacks (many past forms: `beschloss`) by the sentence's tags; never a word the dictionary
  // knows as something else only (`brandgefährlich`, tagged a verb as the clause's predicate).
  const verb = /^(VERB|AUX)$/u;
  const known = doc.lexicon?.analysesOf(second) ?? [];
  if (known.length > 0) return known.some((a) => verb.test(a.upos));
  // (… and not one with an adjective's ending: no German verb form ends in `-lich` or `-isch`.)
  if (/(lich|isch|ig|bar|sam|haft|los)$/u.test(second)) return false;
  return info.s.words.some((w) => w.form === second && verb.test(w.upos));
}

/** Words that draw a consequence from what was said before (`deshalb`, `therefore`). */
const CONSEQUENCE: Record<'de' | 'en', RegExp> = {
  de: /^(deshalb|daher|deswegen|darum)$/iu,
  en: /^(therefore|consequently|hence)$/iu
};

/**
 * The word of a main clause that makes it a consequence of the sentence before: `deshalb`,
 * `daher`, `therefore` on its verb, or `as a result` (the `result` of it).
 */
function consequenceWord(info: SentenceInfo, clause: Clause): Word | undefined {
  for (const id of info.children[clause.predicate.id] ?? []) {
    const k = word(info.s, id);
    if (!k) continue;
    if (k.deprel === 'advmod' && (CONSEQUENCE.de.test(k.form) || CONSEQUENCE.en.test(k.form)))
      return k;
    if (/^obl/u.test(k.deprel) && k.lemma.toLowerCase() === 'result') {
      const parts = (info.children[k.id] ?? []).map((c) => word(info.s, c)?.form.toLowerCase());
      if (parts.includes('as') && parts.includes('a') && parts.length === 2) return k;
    }
  }
  return undefined;
}
