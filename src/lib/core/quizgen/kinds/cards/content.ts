/**
 * What someone did, asked for its content (`Was fordert die NGG?` → `eine Erhöhung der Löhne um
 * 9,5 Prozent`) for fact cards. Who did something, answered by a body or a group, is guessed from
 * the deed the question shows (`Wer fordert eine Erhöhung der Löhne …? die NGG`: blind rating 71
 * struck or turned round every such card, asking for this one instead).
 *
 * (Tried as a quiz question with the contents of other actors as choices: the corpus has 1.4 such
 * contents per article, too few for three alternatives of the same shape.)
 */
import {
  speaksInPerson,
  subtree,
  textOf,
  type Doc,
  type Phrase,
  type SentenceInfo
} from '../../document';
import type { Word } from '../../../nlp/types';
import { coreIds } from '../../languages/clause';
import type { LanguagePack } from '../../languages/types';
import {
  danglingReference,
  entityOf,
  entityTypeOf,
  pronounPerson,
  idiomOrPlaceholder,
  justificationOnObject,
  scoringLine,
  soundClause,
  targetsOf
} from '../shared';

/** What someone did, with the question that asks for it (see `actorContents`). */
export interface ActorContent {
  /** The sentence. */
  index: number;
  /** `Was fordert die NGG?` */
  prompt: string;
  /** `eine Erhöhung der Löhne um 9,5 Prozent` */
  answer: string;
  words: number;
  /** The content's shape: a noun phrase, a `zu`-infinitive, or a clause by its conjunction
   * (`dass`, `ob`, `that`; `clause` for one without). Choices share it. */
  form: string;
  /** Who did it: the entity's key, or the subject's head noun. */
  actor: string;
  /** Whether a person did it (a named one, or a pronoun for one). */
  person: boolean;
  verb: string;
  importance: number;
}

const cache = new WeakMap<Doc, readonly ActorContent[]>();

/** The content's shape, which its alternatives share. */
function formOf(info: SentenceInfo, complement: Word): string {
  if (complement.deprel === 'obj') return 'phrase';
  if (complement.deprel === 'xcomp') return 'zu';
  const mark = (info.children[complement.id] ?? [])
    .map((c) => info.s.words[c - 1])
    .find((w) => w?.deprel === 'mark');
  const conjunction = mark?.form.toLowerCase();
  return conjunction && conjunction !== 'that' ? conjunction : 'clause';
}

/** Who a subject is, for telling actors apart: the entity, or the head noun's lemma. */
function actorKey(doc: Doc, info: SentenceInfo, subject: Phrase): string {
  const person = pronounPerson(doc, info, subject);
  if (person) return person.key;
  return entityOf(doc, subject) ?? subject.head.lemma.toLowerCase();
}

/** The relations of what a verb takes as its content: an object, an infinitive, a clause. */
const COMPLEMENT = /^(obj|xcomp|ccomp)$/u;

/** A pronoun standing for a clause after it (`darauf, dass …`, `es … , dass`, `it … that`). */
const CORRELATE =
  /^(es|it|da|dar|wo|wor)(auf|an|aus|bei|durch|für|gegen|hinter|in|mit|nach|neben|über|um|unter|von|vor|zu|zwischen)?$/iu;

/** Whether a German verb is an infinitive with `zu` (`zu erhöhen`, `anzukündigen`). */
function zuInfinitive(info: SentenceInfo, verb: Word): boolean {
  if (verb.upos !== 'VERB') return false;
  const form = verb.form.toLowerCase();
  if (form.includes('zu') && form.replace('zu', '') === verb.lemma.toLowerCase()) return true;
  return (info.children[verb.id] ?? []).some((c) => info.s.words[c - 1]?.form === 'zu');
}

/** Prepositions of a time (`seit Jahren`, `since March`). */
const TIME_PREPOSITION = /^(seit|bis|ab|während|since|until|till|during)$/iu;

/** Nouns of a time, a phrase on them is when, not what. */
const TIME_NOUN =
  /^(jahr|jahrzehnt|monat|woche|tag|stunde|minute|zeit|year|decade|month|week|day|hour|minute|time)$/iu;

/** Verbs whose object is the person told or asked (`warnen`, `bitten`, `warn`, `urge`). */
const PERSON_OBJECT_VERB =
  /^(warnen|bitten|auffordern|ermahnen|überzeugen|überreden|ermutigen|zwingen|verurteilen|freisprechen|festnehmen|verhaften|anklagen|einstellen|entlassen|ernennen|warn|urge|ask|tell|advise|order|persuade|encourage|remind|invite|force|allow|accuse|call|sentence|convict|acquit|arrest|charge|hire|fire|sack|appoint)$/iu;

/** Verbs that only say that something was said. */
const PLAIN_SAYING =
  /^(sagen|erklären|betonen|meinen|mitteilen|ergänzen|berichten|schreiben|say|tell|add|explain|stress|note|report|write)$/iu;

/** English verbs asked for the clause they take with `What did … ?`. */
const CLAUSE_VERB_EN =
  /^(say|report|announce|find|expect|believe|think|claim|predict|confirm|deny|admit|estimate|promise|decide|conclude|reveal|suggest|fear|know|tell)$/u;

/** Prepositions of a phrase a verb takes along with its object (`begründen … mit`). */
const VERB_PREPOSITION = /^(mit|als|zu|zum|zur|auf|an|with|as|to|into|on|onto)$/iu;

/** Whether a subject names someone who acts: a person, a body or a group, or a pronoun. */
function isActor(doc: Doc, pack: LanguagePack, info: SentenceInfo, subject: Phrase): boolean {
  const head = subject.head;
  // (Not `es gibt`, `it is`: nobody.)
  if (head.upos === 'PRON')
    return (
      head.feats.PronType === 'Prs' &&
      !/^(es|it)$/iu.test(head.form) &&
      !speaksInPerson(info, subject.ids)
    );
  // Someone the text does not name (`ein Sprecher`, `a spokesman`): the front would not say
  // whose words or deeds it asks for (`Was sagte ein Sprecher?`, struck by both raters of blind
  // rating 72).
  if (
    subject.ids.some((id) => {
      const w = info.s.words[id - 1];
      return !!w && w.deprel === 'det' && /^(ein|eine|einer|a|an)$/iu.test(w.form);
    })
  )
    return false;
  const key = doc.entityAt(subject.sentence, head.id);
  const type = key ? doc.entities.get(key)?.type : undefined;
  if (type === 'PER' || type === 'ORG') return true;
  return head.upos === 'NOUN' && pack.isAgentNoun(head.lemma);
}

/** Whether an answer is a person's name (or the name with the title or role before it). */
export function namesPerson(doc: Doc, answer: string): boolean {
  return [...doc.entities.values()].some(
    (e) => e.type === 'PER' && e.mentions.some((m) => answer.endsWith(m.text))
  );
}

/**
 * What someone did, offered, demanded or announced, with the question that asks for it: the
 * verb's object, `zu`-infinitive or clause with what follows it, in one piece, in the main clause
 * of a sentence whose subject is a person, a body or a group (`Was hat die Geschäftsführung
 * bislang angeboten?` → `eine Anhebung um 4,2 Prozent … sowie eine steuerfreie Einmalzahlung von
 * 800 Euro`). Cached per document: the quiz and the cards both ask.
 */
export function actorContents(doc: Doc, pack: LanguagePack): readonly ActorContent[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const out: ActorContent[] = [];
  for (const index of doc.ranked) {
    const info = doc.sentences[index];
    if (!info) continue;
    for (const clause of info.clauses) {
      const subject = clause.subject;
      const verb = clause.predicate;
      if (!clause.main || !subject || verb.upos !== 'VERB') continue;
      if (!soundClause(info, clause, doc) || !isActor(doc, pack, info, subject)) continue;
      if (scoringLine(info, clause)) continue;
      // (Nor an actor the question would call `the company`, `die Gruppe` without its name:
      // `What had the company already spent?`, blind rating 81.)
      if (danglingReference(doc, info, subject.ids)) continue;
      // What someone said is the kind for who said what: as a card it showed a polite formula
      // and left out the point (`Was sagte ein Sprecher? man respektiere die Entscheidung`).
      if (PLAIN_SAYING.test(verb.lemma)) continue;
      const core = new Set(coreIds(info, clause));
      const kids = (info.children[verb.id] ?? [])
        .map((c) => info.s.words[c - 1])
        .filter((w): w is Word => !!w);
      const complements = kids.filter((k) => COMPLEMENT.test(k.deprel));
      const complement = complements[0];
      if (complements.length !== 1 || !complement) continue;
      // A verb that takes a person and then what they are told (`warned his supporters against
      // complacency`) has the person as its object: `What did Tony Blair warn?` asks nothing.
      // (So does one that judges, arrests or hires someone: `Was verurteilte das Gericht in den
      // übrigen Fällen? den Angeklagten wegen Betrugs`, session 41.)
      if (complement.deprel === 'obj' && PERSON_OBJECT_VERB.test(verb.lemma)) continue;
      // A sports idiom's object (`What did Tom Brierley find? the top corner`, bad to both raters
      // of blind rating 97), or a noun that only announces what follows it (`ein ehrgeiziges
      // Ziel`): see `idiomOrPlaceholder`.
      if (complement.deprel === 'obj' && idiomOrPlaceholder(info, verb, complement)) continue;
      // An object is a thing or a clause; an infinitive a German verb with `zu` (`kündigte an,
      // den Druck weiter zu erhöhen`): `allein` read as a complement of `steht` is neither, and
      // an English one is asked by the wh-questions for what someone did (`What did the mill
      // continue to do?`, not `What did the mill continue?`).
      if (!/^(NOUN|PROPN|NUM|VERB)$/u.test(complement.upos)) continue;
      // A count or a measure (`supported 420 young people`, `machen knapp 36 Prozent aus`) is
      // asked as an amount by the wh kind: `What did the charity support?` with a bare number
      // on the back was struck by both raters of rating 129.
      if (
        complement.upos === 'NUM' ||
        (info.children[complement.id] ?? []).some((c) => info.s.words[c - 1]?.deprel === 'nummod')
      )
        continue;
      if (
        complement.deprel === 'xcomp' &&
        !(doc.language === 'de' && zuInfinitive(info, complement))
      )
        continue;
      // An object with a preposition of its own is a place or a time the parse misread (`steht
      // … allein auf der Bühne`: `Was steht Henrike Saalfeld am Ende?`).
      if (
        complement.deprel === 'obj' &&
        (info.children[complement.id] ?? []).some((c) => info.s.words[c - 1]?.deprel === 'case')
      )
        continue;
      // An English clause after a verb that takes one without a preposition: `What did the
      // council say?`, never `What does the council insist?`.
      if (
        complement.deprel === 'ccomp' &&
        doc.language === 'en' &&
        !CLAUSE_VERB_EN.test(verb.lemma)
      )
        continue;
      // `die beiden`, `both` stand for people named before (`Was hat das Landgericht Regensburg
      // verurteilt? die beiden am Donnerstag zu …`, rating 101).
      if (/^(beide|both)$/iu.test(complement.lemma)) continue;
      if (complement.deprel === 'obj' && justificationOnObject(info, verb, complement)) continue;
      const inCore = (id: number) => subtree(info, id).filter((x) => core.has(x));
      const ids = new Set(inCore(complement.id));
      const start = Math.min(...ids);
      // A phrase after the object that the parse hung on the verb belongs to the content (`eine
      // Anhebung | um 4,2 Prozent in zwei Stufen`); one before it (`Auf der Strecke setzt der
      // Betreiber … ein`) and a time or a reason stay in the question.
      const asides = new Set(
        targetsOf(doc, info, clause)
          .filter((t) => t.role === 'time' || t.role === 'reason')
          .flatMap((t) => t.phrase.ids)
      );
      // (Not a phrase the verb takes as its own second part: `begründet die Erhöhung mit
      // gestiegenen Kosten`, `verurteilte ihn zu einer Freiheitsstrafe`.)
      for (const k of kids) {
        const preposition = (info.children[k.id] ?? [])
          .map((c) => info.s.words[c - 1])
          .find((w) => w?.deprel === 'case')?.form;
        if (
          /^obl/u.test(k.deprel) &&
          k.id > start &&
          !asides.has(k.id) &&
          !VERB_PREPOSITION.test(preposition ?? '') &&
          // (… nor a time the time targets missed: `diese Vogelart seit Jahren`.)
          !TIME_PREPOSITION.test(preposition ?? '') &&
          !TIME_NOUN.test(k.lemma)
        )
          for (const id of inCore(k.id)) ids.add(id);
      }
      const sorted = [...ids].sort((a, b) => a - b);
      const first = sorted[0] ?? 0;
      const last = sorted[sorted.length - 1] ?? 0;
      // In one piece (a content with the verb's other words inside it is a misparse), with
      // nobody's words in quotation marks (the kind for who said what asks those).
      let whole = true;
      for (let id = first; id <= last; id++)
        if (!ids.has(id) && info.s.words[id - 1]?.upos !== 'PUNCT') whole = false;
      if (!whole || speaksInPerson(info, sorted)) continue;
      // (Nor two figures joined, one for each time: `2,140 permits in 2010 but only 610` for
      // `What did Ravensmoor issue last year?`, rating 129.)
      if (
        sorted.some((id) => {
          const w = info.s.words[id - 1];
          return w?.deprel === 'conj' && w.upos === 'NUM';
        })
      )
        continue;
      // What a thing is taken for (`wertete diese Äußerung als Drohung`) is the verb's second
      // part, wherever the parse hung it: `Was wertete die Gewerkschaft?` asks nothing.
      if (
        complement.deprel === 'obj' &&
        sorted.some((id) => {
          const w = info.s.words[id - 1];
          return !!w && w.deprel === 'case' && /^(als|as)$/iu.test(w.form);
        })
      )
        continue;
      // (Nor a clause with someone's words in it: `Haverstock has called the reopening “a craven
      // retreat …”` asked `What has Haverstock called? the reopening`.)
      if ([...core].some((id) => /^[„“”"«»]$/u.test(info.s.words[id - 1]?.form ?? ''))) continue;
      // A clause after a pronoun that stands for it (`verwies darauf, dass …`, `sah es als
      // erwiesen an, dass …`) is asked with another question word (`Worauf …?`), never `Was`.
      if (
        [...core].some((id) => {
          const w = info.s.words[id - 1];
          return !!w && !subject.ids.includes(id) && CORRELATE.test(w.form);
        })
      )
        continue;
      // A phrase cut from its article or its number (`den 58 Jahre | alten früheren
      // Kassenwart`) is a misparse.
      if (/^(DET|NUM|ADJ)$/u.test(info.s.words[first - 2]?.upos ?? '')) continue;
      // … nor one that ends on an adverb the question left behind (`den Schritt vor allem`).
      const lastWord = [...sorted].reverse().find((id) => info.s.words[id - 1]?.upos !== 'PUNCT');
      if (/^(ADV|ADP|DET|PART|CCONJ)$/u.test(info.s.words[(lastWord ?? 0) - 1]?.upos ?? ''))
        continue;
      // … nor an object that runs into the verbs of its clause (`Was hat Chelsea …? in 18
      // Pflichtspielen nur die eine Niederlage … einstecken müssen`: the parse's object and the
      // verb cluster).
      if (
        complement.deprel === 'obj' &&
        /^(VERB|AUX)$/u.test(info.s.words[(lastWord ?? 0) - 1]?.upos ?? '')
      )
        continue;
      // … nor one that points back (`diese Vogelart`: which?).
      if (
        /^(diese[rmns]?|jene[rmns]?|this|these|that|those)$/iu.test(
          info.s.words[first - 1]?.form ?? ''
        )
      )
        continue;
      // … nor one that holds the verb's particle (`Was stellte der Vater in einer kleinen
      // Werkstatt? chirurgische Instrumente her`, blind rating 73) or opens a clause of purpose
      // (`Was reisten ausländische Gäste eigens an? um … zu erleben`: that asks `Wozu`).
      if (sorted.some((id) => info.s.words[id - 1]?.deprel === 'compound:prt')) continue;
      const answer = textOf(doc, info.s, sorted);
      if (/^(um|ohne|statt|anstatt|in order)\s/iu.test(answer)) continue;
      const length = answer.split(/\s+/u).length;
      // Three words at least: two are an idiom's object (`die Arbeit niederlegen`).
      if (length < 3 || length > 25 || /[„“”"«»]/u.test(answer)) continue;
      const phrase: Phrase = { sentence: index, ids: sorted, head: complement, text: answer };
      // A person is no content: `Was heiratete Tessmer 1820? Katharina Wandel …`, `Was brachte
      // Innenverteidiger Niklas Freese? Dennis Kaya im Strafraum zu Fall` (blind rating 81:
      // `Wen`, or a verb torn from its `zu Fall`). Who was done something to is a wh-question's.
      if (complement.deprel === 'obj' && entityTypeOf(doc, phrase) === 'PER') continue;
      const prompt = pack.whQuestion(doc, info, clause, { role: 'object', phrase });
      // A short question: one that keeps the whole sentence but the content asks nothing.
      if (!prompt || !/^(Was|What)\s/u.test(prompt) || prompt.split(/\s+/u).length > 14) continue;
      out.push({
        index,
        prompt,
        answer,
        words: length,
        form: formOf(info, complement),
        actor: actorKey(doc, info, subject),
        person: namesPerson(doc, subject.text) || !!pronounPerson(doc, info, subject),
        verb: verb.lemma.toLowerCase(),
        importance: info.importance
      });
    }
  }
  cache.set(doc, out);
  return out;
}

/** A justification asked for (see `justifications`). */
export interface Justification {
  index: number;
  /** `Womit begründete Spitaldirektorin Claudia Rüegg den Entscheid?` */
  prompt: string;
  /** `mit dem Personalmangel und den Finanzen` */
  answer: string;
  importance: number;
}

/** German verbs whose `mit` phrase gives the reasons for their object. */
const JUSTIFYING = /^(begründen|rechtfertigen|verteidigen)$/u;

/**
 * What someone justified a step with (`Spitaldirektorin Claudia Rüegg begründete den Entscheid
 * vor den Medien mit dem Personalmangel und den Finanzen` → `Womit begründete Spitaldirektorin
 * Claudia Rüegg den Entscheid vor den Medien?` / `mit dem Personalmangel und den Finanzen`): the
 * news's own statement of why it happened, which both raters of blind rating 120 wrote in place of
 * a card on what that person said (`Wie begründet Rüegg die Schliessung?`). German only: English
 * news gives reasons in too many forms (`blamed … on`, `put … down to`, `citing`).
 */
export function justifications(doc: Doc, pack: LanguagePack): Justification[] {
  if (doc.language !== 'de') return [];
  const out: Justification[] = [];
  for (const info of doc.sentences) {
    if (!info.usable) continue;
    for (const clause of info.clauses) {
      const verb = clause.predicate;
      const subject = clause.subject;
      if (!clause.main || !subject || !JUSTIFYING.test(verb.lemma)) continue;
      // (Someone named or a body, never a pronoun nor reported words: a report's `begründe` is
      // the speaker's view.)
      if (subject.head.upos === 'PRON' || !soundClause(info, clause, doc)) continue;
      if ((clause.finite ?? verb).feats.Mood === 'Sub') continue;
      if (danglingReference(doc, info, subject.ids)) continue;
      const kids = (id: number) =>
        (info.children[id] ?? []).map((c) => info.s.words[c - 1]).filter((w): w is Word => !!w);
      const object = kids(verb.id).find((w) => w.deprel === 'obj');
      // What was justified, by a noun (`den Schritt`, `die Erhöhung`): a pronoun (`ihn`) asked
      // alone points nowhere.
      if (!object || object.upos !== 'NOUN') continue;
      // The `mit` phrase after the object, on the verb or (a misparse) inside the object's phrase
      // (`den Entscheid vor den Medien mit dem Personalmangel`, hung on `Medien`).
      const reason = [
        ...kids(verb.id),
        ...subtree(info, object.id).map((id) => info.s.words[id - 1])
      ]
        .filter((w): w is Word => !!w && w.id > object.id)
        .sort((a, b) => a.id - b.id)
        .find(
          (w) =>
            /^(NOUN|PROPN)$/u.test(w.upos) &&
            kids(w.id).some((k) => k.deprel === 'case' && /^mit$/iu.test(k.form))
        );
      if (!reason) continue;
      const ids = subtree(info, reason.id);
      const first = Math.min(...ids);
      const last = Math.max(...ids);
      if (ids.length !== last - first + 1) continue;
      const answer = textOf(doc, info.s, ids).replace(/[,;:]$/u, '');
      if (!/^mit\s/iu.test(answer) || answer.split(/\s+/u).length > 25) continue;
      const phrase: Phrase = { sentence: info.s.index, ids, head: reason, text: answer };
      const statement = pack.statement(doc, info, clause, { phrase, text: '§' });
      const opening = subject.text.charAt(0).toUpperCase() + subject.text.slice(1);
      if (!statement || !statement.startsWith(`${opening} `) || !statement.includes(' §')) continue;
      const after = statement.slice(opening.length + 1);
      const finite = after.split(' ')[0] ?? '';
      const rest = after
        .slice(finite.length + 1)
        .replace(' §', '')
        .replace(/[.!]$/u, '')
        .trim();
      if (!finite || !rest || rest.includes('§')) continue;
      const firstWord = info.s.words[subject.ids[0]! - 1];
      const who =
        firstWord && !/^(NOUN|PROPN)$/u.test(firstWord.upos)
          ? subject.text.charAt(0).toLowerCase() + subject.text.slice(1)
          : subject.text;
      out.push({
        index: info.s.index,
        prompt: `Womit ${finite} ${who} ${rest}?`,
        answer,
        importance: info.importance
      });
    }
  }
  return out;
}
