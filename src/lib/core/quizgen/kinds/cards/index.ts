/**
 * Flashcards: fact cards with a question on the front (from the wh-questions on the most
 * important sentences) and vocabulary cards with the dictionary form on the front and the
 * article's sentence as the example on the back. Words are chosen for being useful (content
 * words, rare in everyday language, once or twice in the text), not for being long.
 */
import type { GlossaryPos } from '../../../nlp/glossary/glossary';
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
import { editDistance, evidenceFor, nameWords, soundClause, targetsOf } from '../shared';
import type { Candidate, QuestionKind } from '../types';
import { whKind } from '../wh';
import { isInternational } from '../meaning';

/** Whether one word contains the other (a compound or a feminine form of the same word). */
const sameStem = (a: string, b: string) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x.includes(y) || y.includes(x);
};

/**
 * A German noun compound as first part and head (`Regenwaldanteil` → `Regenwald` + `Anteil`):
 * the longest last part the dictionary lists as a noun of its own, and a first part that is a
 * noun too once a linking `s` or `-` is taken off (`Betriebs|vereinbarung`).
 */
export function compoundParts(
  doc: Doc,
  lemma: string
): { modifier: string; head: string } | undefined {
  const lexicon = doc.lexicon;
  if (!lexicon || doc.language !== 'de') return undefined;
  const isNoun = (w: string) =>
    lexicon.analysesOf(w).some((a) => a.upos === 'NOUN' && !a.compound && a.lemma === w);
  for (let i = 3; i <= lemma.length - 4; i++) {
    const rest = lemma.slice(i);
    const head = rest.charAt(0).toUpperCase() + rest.slice(1);
    if (!isNoun(head)) continue;
    const first = lemma.slice(0, i).replace(/-$/u, '');
    for (const modifier of [first, first.replace(/(?<=\p{L}{3})(s|es|n|en)$/u, '')])
      if (modifier.length >= 3 && isNoun(modifier)) return { modifier, head };
    return undefined;
  }
  return undefined;
}

/** A question for who said, explained or heard something (a speech verb after `Wer`/`Who`). */
const SAID_OR_HEARD =
  /^(Wer|Who)\s+(hat\s+laut\s+Text\s+gesagt|hatte\s+gesagt|hat\s+gesagt|sagte|sagt|erklärte|erklärt|betonte|meinte|kritisierte|warnte|forderte|rechnete|ergänzte|fügte|berichtete|teilte|said|says|told|heard|hears|explained|added|warned|argued|claimed|stated|insisted|admitted|reported|hörte)\b/u;

/** A synonym in five groups of the thesaurus or more has many meanings of its own. */
const vague = (doc: Doc, word: string) => (doc.thesaurus?.senses(word).length ?? 0) >= 5;

/** Two spellings of one word (`Autobiografie` / `Autobiographie`, `Fotograf` / `Photograph`). */
function spellingVariant(a: string, b: string): boolean {
  const plain = (t: string) =>
    t
      .toLowerCase()
      .replace(/ph/gu, 'f')
      .replace(/th/gu, 't')
      .replace(/ß/gu, 'ss')
      .replace(/c/gu, 'k');
  const x = plain(a);
  const y = plain(b);
  return x === y || (Math.min(x.length, y.length) >= 6 && editDistance(x, y) <= 1);
}

/** Whether an English noun stands as a noun of its own in its sentence (see `cardsKind`). */
function usedAsNoun(info: SentenceInfo, w: Word): boolean {
  if (w.deprel === 'compound') return false;
  // An `-ing` form is a noun only with an article, a possessive, an adjective or a number of
  // its own (`the shooting`): `Harrop shooting straight at Callender` (a name read as its
  // compound) is the verb, glossed `the act of firing a projectile` in blind rating 68.
  if (/ing$/u.test(w.form.toLowerCase()) && w.feats.Number !== 'Plur')
    return (info.children[w.id] ?? []).some((c) =>
      /^(det|det:poss|nmod:poss|amod|nummod)$/u.test(info.s.words[c - 1]?.deprel ?? '')
    );
  if (/^(nsubj|obj|iobj)/u.test(w.deprel) || w.feats.Number === 'Plur') return true;
  return (info.children[w.id] ?? []).some((c) => {
    const k = info.s.words[c - 1];
    // (A noun before it or an attribute after it makes it a noun too: `plague prevention`,
    // `the collapse of the industry`.)
    return (
      !!k && /^(det|det:poss|nmod:poss|amod|nummod|compound|nmod|acl|acl:relcl)$/u.test(k.deprel)
    );
  });
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
  const key = doc.entityAt(subject.sentence, head.id);
  const type = key ? doc.entities.get(key)?.type : undefined;
  if (type === 'PER' || type === 'ORG') return true;
  return head.upos === 'NOUN' && pack.isAgentNoun(head.lemma);
}

/** Whether an answer is a person's name (or the name with the title or role before it). */
function namesPerson(doc: Doc, answer: string): boolean {
  return [...doc.entities.values()].some(
    (e) => e.type === 'PER' && e.mentions.some((m) => answer.endsWith(m.text))
  );
}

/**
 * What someone did, offered, demanded or announced, asked for its content: `Was hat die
 * Geschäftsführung bislang angeboten?` with the offer on the back, where the card on who did it
 * (`Wer hat bislang eine Anhebung um 4,2 Prozent … angeboten? die Geschäftsführung`) shows the
 * whole fact on the front and asks for an actor a reader guesses (blind rating 71: all six such
 * cards whose answer was a body or a group, not a person, were struck or to be turned round, the
 * raters asking for exactly this card). A card is graded by the learner, so the content may be
 * long; it is the verb's object, infinitive or clause with what follows it, in one piece.
 */
function contentCards(doc: Doc, pack: LanguagePack): Candidate[] {
  const out: Candidate[] = [];
  for (const index of doc.ranked) {
    const info = doc.sentences[index];
    if (!info) continue;
    for (const clause of info.clauses) {
      const subject = clause.subject;
      const verb = clause.predicate;
      if (!clause.main || !subject || verb.upos !== 'VERB') continue;
      if (!soundClause(info, clause, doc) || !isActor(doc, pack, info, subject)) continue;
      const core = new Set(coreIds(info, clause));
      const kids = (info.children[verb.id] ?? [])
        .map((c) => info.s.words[c - 1])
        .filter((w): w is Word => !!w);
      const complements = kids.filter((k) => COMPLEMENT.test(k.deprel));
      const complement = complements[0];
      if (complements.length !== 1 || !complement) continue;
      // An object is a thing or a clause; an infinitive a German verb with `zu` (`kündigte an,
      // den Druck weiter zu erhöhen`): `allein` read as a complement of `steht` is neither, and
      // an English one is asked by the wh-questions for what someone did (`What did the mill
      // continue to do?`, not `What did the mill continue?`).
      if (!/^(NOUN|PROPN|NUM|VERB)$/u.test(complement.upos)) continue;
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
          !VERB_PREPOSITION.test(preposition ?? '')
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
      const answer = textOf(doc, info.s, sorted);
      const length = answer.split(/\s+/u).length;
      // Three words at least: two are an idiom's object (`die Arbeit niederlegen`).
      if (length < 3 || length > 25 || /[„“”"«»]/u.test(answer)) continue;
      const phrase: Phrase = { sentence: index, ids: sorted, head: complement, text: answer };
      const prompt = pack.whQuestion(doc, info, clause, { role: 'object', phrase });
      // A short question: one that keeps the whole sentence but the content asks nothing.
      if (!prompt || !/^(Was|What)\s/u.test(prompt) || prompt.split(/\s+/u).length > 14) continue;
      // (A person's deed keeps its card on who did it: `Wer leitet seit September die
      // Landesbühne? Marlene Krüger` was rated good.)
      const person = namesPerson(doc, subject.text);
      out.push({
        kind: 'fact-card',
        type: 'flashcard',
        card: 'fact',
        prompt,
        answer,
        evidence: evidenceFor(doc, index, prompt),
        fact: `card:${index}`,
        score: info.importance * (person ? 0.8 : 1.05),
        support: [answer]
      });
    }
  }
  return out;
}

export const cardsKind: QuestionKind = {
  name: 'cards',
  propose(ctx) {
    const { doc, pack } = ctx;
    const out: Candidate[] = [];
    for (const q of whKind.propose(ctx)) {
      if (typeof q.answer !== 'string') continue;
      // Only who did what: across blind ratings 50–70, fact cards that ask for a thing, a place,
      // a time or a manner were 6 good and 51 bad of 93 (`Was nahm die Fachwelt zunächst
      // zurückhaltend auf? Sauerbreys Arbeiten`), and those that ask who said or heard something
      // 6 good and 16 bad of 32 (`Who heard …? the court`), against 36 good of 104 for the rest:
      // who said something only fills a deck of fewer than four cards, and a thing, place, time
      // or manner, after every other card, one of fewer than three.
      const thing = !/^(Wer|Wen|Wem|Who|Whom)\s/u.test(q.prompt);
      // Who did it, answered by a body or a group (`die Geschäftsführung`, `Pendler`, `the
      // World Health Organization`) rather than a person, is guessed from the deed on the
      // front (blind rating 71: none of six good): it fills a deck of fewer than four cards.
      const body = !thing && !namesPerson(doc, q.answer);
      const weak = thing || body || SAID_OR_HEARD.test(q.prompt);
      out.push({
        kind: 'fact-card',
        type: 'flashcard',
        card: 'fact',
        prompt: q.prompt,
        answer: q.answer,
        evidence: q.evidence,
        // One card a sentence: `Seit wann leitet Marlene Krüger …?` beside `Wer leitet seit
        // September …?` asks the same fact twice (blind rating 71).
        fact: `card:${q.evidence[0] ?? q.fact}`,
        score: q.score,
        support: [q.answer],
        ...(weak ? { fallback: true } : {}),
        ...(thing ? { lastResort: true } : {})
      });
    }
    out.push(...contentCards(doc, pack));
    const seen = new Set<string>();
    // A word the text uses as a name elsewhere is a name here too.
    const names = nameWords(doc);
    for (const index of doc.ranked) {
      const info = doc.sentences[index];
      if (!info) continue;
      const skip = Math.max(info.s.dateline?.end ?? 1, info.s.speaker?.end ?? 1);
      let perSentence = 0;
      for (const w of info.s.words) {
        if (perSentence >= 2) break;
        // A word every reader of news knows is no card (a blind rating struck `profits`).
        if (w.id < skip || pack.isCommonWord(w.lemma) || pack.isFamiliar(w.lemma)) continue;
        if (doc.entityAt(index, w.id) || names.has(w.form.toLowerCase())) continue;
        // Never the part of a written word (`das Jährige` from `42-Jährigen`).
        if (/[\p{L}\p{N}]-$/u.test(doc.text.slice(Math.max(0, w.start - 2), w.start))) continue;
        if (doc.text.charAt(w.end) === '-') continue;
        // An English word the text does not use as a noun of its own is no noun card, whatever
        // its tag: `came from behind` (glossed `buttocks`), `14 school exercise books` (glossed
        // as physical exercise) were struck in a blind rating of unseen articles. A noun of its
        // own has an article, a possessive, an adjective or a number, is plural, or is a subject
        // or object, or has a noun or an attribute of its own.
        if (doc.language === 'en' && w.upos === 'NOUN' && !usedAsNoun(info, w)) continue;
        const entry = pack.vocabulary(w, doc);
        if (!entry || seen.has(entry.lemma)) continue;
        // A German word that is an everyday English one with a German ending is understood on
        // sight (`Therapie`, struck in blind rating 69 as a transparent international word).
        if (doc.language === 'de' && isInternational(entry.lemma)) continue;
        seen.add(entry.lemma);
        perSentence++;
        const example = textOf(
          doc,
          info.s,
          info.s.words.filter((x) => x.id >= skip).map((x) => x.id)
        );
        if (example.split(/\s+/u).length > 35) continue;
        // The meaning from the thesaurus where the word has one sense (a card that teaches
        // the word, not only shows it).
        // Familiar synonyms only, the most familiar first: a rare word explained by rarer ones
        // teaches nothing.
        const familiarSynonyms = (lemma: string) => {
          const familiar = (doc.thesaurus?.synonyms(lemma) ?? [])
            // Not the word itself in another form or gender (`Kanzler`: `Bundeskanzler`,
            // `Kanzlerin`), which explains nothing.
            .filter((x) => !/\s/u.test(x) && pack.isFamiliar(x) && !sameStem(x, lemma))
            // Nor the same word spelt another way (`Autobiografie`: `Autobiographie`, struck in
            // a blind rating as a card without meaning).
            .filter((x) => !spellingVariant(x, lemma))
            .sort((a, b) => (pack.frequencyRank(a) ?? 1e6) - (pack.frequencyRank(b) ?? 1e6));
          // A word with many meanings of its own is read in its everyday sense (`Einklang`:
          // `Zustimmung`, `Anhörung`: `Untersuchung`, `Ankunft`: `Erscheinen`): never beside a
          // clearer synonym, which it would push off the card for being more frequent.
          const clear = familiar.filter((x) => !vague(doc, x));
          return (clear.length > 0 ? clear : familiar).slice(0, 3);
        };
        // English: the dominant sense's definition from the glossary, with its synonyms (not
        // the same word in another form: `experimentation` for `experiment`).
        const gloss =
          w.upos === 'NOUN' || w.upos === 'VERB' || w.upos === 'ADJ' || w.upos === 'ADV'
            ? doc.glossary?.sense(entry.lemma, w.upos)
            : undefined;
        const definition = gloss?.definition;
        const meaning = gloss
          ? gloss.synonyms
              // A synonym whose own common sense is another one misleads (`prevention`: `bar`).
              .filter(
                (x) => doc.glossary?.sense(x, w.upos as GlossaryPos)?.definition === definition
              )
              .filter((x) => !sameStem(x, entry.lemma) && !spellingVariant(x, entry.lemma))
              .slice(0, 2)
          : familiarSynonyms(entry.lemma);
        // A compound the thesaurus lacks is explained by its parts (`Regenwald + Anteil`), the
        // way a learner takes it apart; a German word with neither teaches nothing on a card
        // (a blind rating struck cards whose back only repeated the sentence).
        const split = meaning.length === 0 ? compoundParts(doc, entry.lemma) : undefined;
        const parts = split ? { ...split, headMeaning: familiarSynonyms(split.head) } : undefined;
        // Only a fallback that fills a deck of fewer than four cards.
        // Parts alone (`General + Sekretär`) were still rated a card without meaning: they
        // explain the word only with the meaning of its last part; with that part's synonyms
        // too (`Beifall + Kundgebung (Kundgebung: Protest, Demonstration)`, `Produktion +
        // Zyklus (Zyklus: Periode)`) blind rating 44 struck them as misleading or as a
        // transparent compound not worth a card.
        // They still bring a deck of fewer than four cards up to four; a card with no meaning
        // at all only fills an empty deck.
        const unexplained = !definition && meaning.length === 0;
        const bare = unexplained && !(parts && parts.headMeaning.length > 0);
        out.push({
          kind: 'vocabulary',
          type: 'flashcard',
          card: 'vocabulary',
          prompt: entry.front,
          answer: pack.texts.vocabularyBack(example, meaning, parts, definition),
          evidence: [index],
          fact: `vocab:${entry.lemma}`,
          // Longer words are more often the compound a learner needs; capped so that length
          // alone never wins.
          score:
            0.15 * info.importance +
            Math.min(1.5, entry.lemma.length / 10) +
            (definition || meaning.length > 0 ? 0.8 : parts ? 0.5 : 0),
          support: [],
          ...(unexplained ? { fallback: true } : {}),
          ...(bare ? { lastResort: true } : {})
        });
      }
    }
    return out;
  }
};
