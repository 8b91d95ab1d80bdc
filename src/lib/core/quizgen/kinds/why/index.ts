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
import { arrange, danglingReference, evidenceFor, overlaps, soundClause } from '../shared';
import type { Candidate, QuestionKind } from '../types';

const words = (t: string) => t.split(/\s+/u).filter(Boolean).length;
const upper = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** Subordinate clauses of a sentence without their conjunction: `Ottawa angekündigt hatte`. */
function subordinateBodies(doc: Doc, info: SentenceInfo): string[] {
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

export function clausesAsReasons(doc: Doc, except: number): string[] {
  const out: string[] = [];
  for (const index of doc.ranked) {
    const info = doc.sentences[index];
    if (!info || !info.usable || index === except || Math.abs(index - except) > NEAR) continue;
    for (const clause of info.clauses) {
      if (!clause.main || !clause.subject || clause.negated) continue;
      if (!soundClause(info, clause, doc)) continue;
      const ids = coreIds(info, clause).filter((id) => word(info.s, id)?.upos !== 'PUNCT');
      if (ids.length < 4 || ids.length > 18) continue;
      if (ids.some((id, i) => i > 0 && id - (ids[i - 1] as number) !== 1)) continue;
      if (speaksInPerson(info, ids)) continue;
      const inside = textOf(doc, info.s, ids);
      if (/[,:;„“”"«»()]/u.test(inside)) continue;
      if (danglingReference(doc, info, ids)) continue;
      if (clause.subject.head.upos === 'PRON') continue;
      // What the verb says or lets know stays with it (`Nikolic hatte wissen lassen, dass …`
      // without its `dass` clause says nothing).
      const kept = new Set(ids);
      const cut = (info.children[clause.predicate.id] ?? []).some(
        (c) => /^(ccomp|csubj|xcomp|parataxis)/u.test(word(info.s, c)?.deprel ?? '') && !kept.has(c)
      );
      if (cut) continue;
      const finite = clause.finite ?? clause.predicate;
      if (finite.feats.VerbForm !== 'Fin' || !ids.includes(finite.id)) continue;
      const first = word(info.s, ids[0] ?? 0);
      if (!first || first.id === finite.id) continue;
      if (doc.language === 'en') {
        out.push(lowerFirstEnglish(inside, first, info.s.words, info.s.entities, properNames(doc)));
        continue;
      }
      // German: the finite verb goes to the end, a separable particle joins it (`reisten … an`
      // → `anreisten`).
      const particle = (info.children[finite.id] ?? [])
        .map((c) => word(info.s, c) as Word)
        .find((k) => k.deprel === 'compound:prt' && k.id > finite.id);
      const before = ids.filter((id) => id < finite.id);
      const after = ids.filter((id) => id > finite.id && id !== particle?.id);
      // Two infinitives at the end (`hatte … wissen lassen`) keep the finite verb before them:
      // left out rather than put wrong.
      const infinitives = after.filter((id) => word(info.s, id)?.feats.VerbForm === 'Inf');
      if (infinitives.length >= 2) continue;
      const verb = particle ? `${particle.form}${finite.form}` : finite.form;
      const text = [
        lowerFirstUnlessNoun(textOf(doc, info.s, before), first, info.s.words),
        textOf(doc, info.s, after),
        verb
      ]
        .filter(Boolean)
        .join(' ');
      out.push(text);
    }
  }
  return out;
}

/** Whether a word stands inside a conditional clause (`if …`, `wenn …`, `falls …`). */
function insideCondition(info: SentenceInfo, w: Word): boolean {
  for (let at: Word | undefined = w, steps = 0; at && steps < 20; steps++) {
    const marks = (info.children[at.id] ?? []).map((c) => word(info.s, c) as Word);
    if (marks.some((m) => m.deprel === 'mark' && /^(if|unless|wenn|falls|sofern)$/iu.test(m.form)))
      return true;
    at = at.head === 0 ? undefined : word(info.s, at.head);
  }
  return false;
}

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
export function causePhrases(doc: Doc, sentence: number, reason: Phrase, prompt: string): string[] {
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
    if (Math.abs(info.s.index - sentence) > NEAR) continue;
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
  /(regierung|verwaltung|zeitung|gesellschaft|universität|redaktion|kommission|opposition|koalition|partei|behörde|wissenschaft|organisation|institution|government|administration|commission|university|opposition|coalition|authority|business|organisation|organization|institution|agency|company)$/iu;

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

export const whyKind: QuestionKind = {
  name: 'why',
  propose({ doc, pack }) {
    const bodies = doc.sentences
      .filter((i) => i.usable)
      .flatMap((i) => subordinateBodies(doc, i).map((b) => ({ b, i: i.s.index })));
    const out: Candidate[] = [];
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
        if (doc.language === 'de' && (clause.finite ?? clause.predicate).feats.Mood === 'Sub')
          continue;
        if (speaksInPerson(info, [...coreIds(info, clause), ...reason.ids])) continue;
        const reasonWords = reason.ids.map((id) => word(info.s, id) as Word);
        const mark = reasonWords.find((w) => w.deprel === 'mark');
        // A reason phrase (`wegen obszöner Gesten`, `because of the strength of the economy`):
        // its preposition and the noun phrase it governs.
        const preposition = mark
          ? undefined
          : reasonWords.find((w) => w.deprel === 'case' && w.head === reason.head.id);
        if (!mark && !preposition) continue;
        // The phrase must be the preposition and one noun phrase, nothing cut into it.
        if (preposition && preposition.id !== reason.ids[0] && doc.language === 'de') continue;
        const prompt = pack.whQuestion(doc, info, clause, { role: 'reason', phrase: reason });
        if (!prompt || words(prompt) > 30) continue;
        // (Without a connective inside it: `Da die MHP … aber bereits …`.)
        const shown = reason.ids.filter((id) => {
          const w = word(info.s, id);
          return !w || id === reason.ids[0] || !isConnective(w);
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
        const distractors: string[] = [];
        if (mark) {
          const marker = plain ?? mark.form.toLowerCase();
          // Other reasons of the text first, then its other facts put as reasons.
          const clauses = clausesAsReasons(doc, info.s.index).map((b) => ({ b }));
          // (Other clauses of the passage only: see `NEAR`.)
          const near = bodies.filter(({ i }) => Math.abs(i - info.s.index) <= NEAR);
          for (const { b } of [...near, ...clauses]) {
            const candidate = upper(`${marker} ${b}`);
            if (overlaps(candidate, answer) || reason.text.includes(b) || b.includes(reason.text))
              continue;
            if (distractors.some((d) => overlaps(d, candidate) || restates(d, candidate))) continue;
            distractors.push(candidate);
          }
        } else if (preposition) {
          // The same preposition before other noun phrases of the text in its case: other
          // reasons first, then things the text talks about (never people or places, never a
          // phrase of the question's own sentence).
          const lead = reason.text.slice(
            0,
            reason.text.length - nounPart(doc, info, reason).length
          );
          for (const np of causePhrases(doc, info.s.index, reason, prompt)) {
            const candidate = upper(`${lead}${np}`);
            if (
              overlaps(candidate, answer) ||
              distractors.some((d) => overlaps(d, candidate) || restates(d, candidate))
            )
              continue;
            distractors.push(candidate);
          }
        }
        // A German reason and its alternatives in one mood: a key in the indicative among
        // reasons in the subjunctive of reported speech (`Weil hier immer wieder neue
        // Forderungen auftauchen` among `Weil die Republik … nicht in der Pflicht sei`, `Weil
        // man … verhandle`) is told by its verb alone (blind rating 37).
        if (doc.language === 'de' && mark) {
          const mood = reportedMood(answer);
          const same = distractors.filter((d) => reportedMood(d) === mood);
          distractors.splice(0, distractors.length, ...same);
        }
        if (distractors.length < 2) continue;
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
    return out;
  }
};
