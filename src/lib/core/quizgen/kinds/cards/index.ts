/**
 * Flashcards: fact cards with a question on the front (from the wh-questions on the most
 * important sentences) and vocabulary cards with the dictionary form on the front and the
 * article's sentence as the example on the back. Words are chosen for being useful (content
 * words, rare in everyday language, once or twice in the text), not for being long.
 */
import type { GlossaryPos } from '../../../nlp/glossary/glossary';
import { textOf, type Doc, type SentenceInfo } from '../../document';
import type { Word } from '../../../nlp/types';
import { actorContents, justifications } from './content';
import { editDistance, evidenceFor, nameWords } from '../shared';
import type { Candidate, QuestionKind } from '../types';
import { rolesOf, whKind } from '../wh';
import { isInternational } from '../meaning';
import { reasonCards } from '../why';

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

/** Verbs that report a position: what someone demands, announces or proposes. */
const POSITION_VERB =
  /^(fordern|verlangen|ankündigen|kündigen|vorschlagen|beantragen|anbieten|planen|demand|call|announce|propose|offer|plan|urge|pledge|promise)$/u;

/** A synonym in five groups of the thesaurus or more has many meanings of its own. */
const vague = (doc: Doc, word: string) => (doc.thesaurus?.readings(word) ?? 0) >= 5;

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

/**
 * Whether an English word is made of two words (or a prefix and a word) whose head its
 * definition repeats: `seawater` is `water containing salts`, `schoolroom` `a room in a school where
 * lessons take place`, `rebuild` `build again`. Such a word is understood from its parts: blind
 * ratings 89, 90 and 92 struck all four such cards (`a see-through compound`,
 * `self-explanatory`). A compound its definition does not spell out (`bottleneck`, `windfall`,
 * `loophole`) keeps its card: that is the word a learner needs explained.
 */
export function spelledOutByParts(doc: Doc, lemma: string, definition: string): boolean {
  const glossary = doc.glossary;
  if (!glossary) return false;
  const word = lemma.toLowerCase();
  const isWord = (w: string) =>
    w.length >= 3 && (['NOUN', 'VERB', 'ADJ'] as const).some((pos) => !!glossary.sense(w, pos));
  const said = new Set(definition.toLowerCase().split(/[^\p{L}]+/u));
  const inDefinition = (w: string) => said.has(w) || said.has(`${w}s`) || said.has(`${w}es`);
  for (let cut = 3; cut <= word.length - 3; cut++) {
    const left = word.slice(0, cut);
    const right = word.slice(cut);
    // (Its head, the word it is a kind of: `waterfront`, `the area of a city … alongside a body
    // of water`, names its first part only and is no room, no water.)
    if (isWord(left) && isWord(right) && inDefinition(right)) return true;
  }
  const prefixed = /^(re|un|pre|over|under|out|mis|co)(\p{L}{3,})$/u.exec(word);
  return !!prefixed?.[2] && isWord(prefixed[2]) && inDefinition(prefixed[2]);
}

/**
 * Whether an English noun in `-ing` is a verb's participle the tagger read as a noun: the
 * glossary knows no such noun, but knows the verb (`specialising`: `specialize`).
 */
function participleReadAsNoun(doc: Doc, w: Word, lemma: string): boolean {
  if (doc.language !== 'en' || w.upos !== 'NOUN' || !/\p{L}{3}ing$/u.test(lemma)) return false;
  if ((doc.glossary?.kinds(lemma, 'NOUN') ?? []).length > 0) return false;
  // (British `-ise` is the glossary's `-ize`.)
  const stem = lemma.slice(0, -3).replace(/is$/u, 'iz');
  return [stem, `${stem}e`, stem.slice(0, -1)].some(
    (verb) => (doc.glossary?.kinds(verb, 'VERB') ?? []).length > 0
  );
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

export const cardsKind: QuestionKind = {
  name: 'cards',
  propose(ctx) {
    const { doc, pack } = ctx;
    const out: Candidate[] = [];
    for (const q of whKind.propose(ctx)) {
      if (typeof q.answer !== 'string') continue;
      // A wh question on a card only fills a deck, after every other card. One that asks for a
      // thing, a place, a time or a manner was 6 good and 51 bad of 93 ratings across blind
      // ratings 50–70 (`Was nahm die Fachwelt zunächst zurückhaltend auf? Sauerbreys Arbeiten`);
      // one that asks who did something shows the fact on its front and a name the deed gives
      // away on its back: across blind ratings 106–119 such cards were 1 good, 32 fixable and 55
      // bad of 88 ratings (`Wer begründete den Schritt mit den gestiegenen Kosten …?
      // Geschäftsführer Markus Rädler`, `Who said costs had risen faster than income?`:
      // `umdrehen`, `reverse it`), while cards that ask why were 4 good of 4. What someone did
      // and what a person said come on cards of their own (below).
      const thing = !/^(Wer|Wen|Wem|Who|Whom)\s/u.test(q.prompt);
      // A person on the back with the role the text gives them (`Paul Whitmore (manager)`): a
      // name alone teaches nothing of who they are (three cards of blind rating 76).
      const role = thing ? undefined : rolesOf(doc, pack).get(q.answer);
      // (German: one noun, and not one made of a participle or an adjective, whose bare form
      // changes with the person: `der Vereinsvorsitzende` is `Vorsitzender` alone, `Der
      // Vorsitzende Richter` `Vorsitzender Richter`.)
      const said = (role?.said ?? role?.role ?? '').replace(/^(the|a|an)\s+/iu, '');
      const roleText =
        said &&
        (doc.language !== 'de' || (/^\p{Lu}\p{Ll}+$/u.test(said) && !/(nde|te)$/u.test(said)))
          ? said
          : undefined;
      const answer =
        roleText && !q.answer.toLowerCase().includes(roleText.toLowerCase())
          ? `${q.answer} (${roleText})`
          : q.answer;
      out.push({
        kind: 'fact-card',
        type: 'flashcard',
        card: 'fact',
        prompt: q.prompt,
        answer,
        evidence: q.evidence,
        // One card a sentence: `Seit wann leitet Marlene Krüger …?` beside `Wer leitet seit
        // September …?` asks the same fact twice (blind rating 71).
        fact: `card:${q.evidence[0] ?? q.fact}`,
        score: q.score,
        support: [q.answer],
        fallback: true,
        lastResort: true
      });
    }
    // No card on what a person said (`Was sagte Florian Dold laut Text?` with one of their
    // statements on the back): whoever says more than one thing gives the front many answers, and
    // a quotation is no fact to learn — 0 good, 41 fixable and 17 bad of 58 ratings across
    // blind ratings 110–129. The quiz matches statements to their speakers.
    // What a body or a group did, asked for its content (`Was hat die Geschäftsführung bislang
    // angeboten?` with the offer on the back): the card on who did it shows the whole fact on
    // the front and asks for an actor a reader guesses (blind rating 71: all six such cards were
    // struck or to be turned round, the raters asking for this one). A card is graded by the
    // learner, so the content may be long. (A person's deed keeps its card on who did it: `Wer
    // leitet seit September die Landesbühne? Marlene Krüger` was rated good.)
    for (const c of actorContents(doc, pack))
      out.push({
        kind: 'fact-card',
        type: 'flashcard',
        card: 'fact',
        prompt: c.prompt,
        answer: c.answer,
        evidence: evidenceFor(doc, c.index, c.prompt),
        fact: `card:${c.index}`,
        score: c.importance * (c.person ? 0.8 : 1.05),
        support: [c.answer],
        // (What someone demanded, announced or proposed is a position the text reports; any
        // other content only fills a deck, like the other cards made of a sentence turned into a
        // question: `Was lehnt Zürcher ab?`, `What does Maureen Kilbride run?`, `What must
        // employees remove?` were struck as reversed trivia in 11 of 12 ratings of blind rating
        // 130, while `Was kündigte Rademacher an?` was kept in rating 129.)
        ...(POSITION_VERB.test(c.verb) ? {} : { fallback: true, lastResort: true })
      });
    // Why something happened, with its reason on the back (`Warum musste der Boden im Sommer
    // eigens verstärkt werden?` → `Weil die Bühne für das Gewicht von rund zwölf Tonnen Wasser
    // ursprünglich nicht ausgelegt war`): across blind ratings 76–90 raters found the question
    // why worth asking in 36 of 40 ratings, more than any other kind, and kept it as it was in 1
    // only, for its wrong reasons, taken from other sentences and absurd as choices (`Weil die
    // Grube nach Reutters Ehefrau den Namen erhielt`); fact cards were 49 good and 98 bad of 276.
    // A card needs no wrong reasons: the learner grades the reason. (A reason the quiz asks is
    // no card: a card never repeats a quiz question.)
    for (const q of reasonCards(ctx)) {
      if (typeof q.answer !== 'string') continue;
      out.push({
        kind: 'fact-card',
        type: 'flashcard',
        card: 'fact',
        prompt: q.prompt,
        answer: q.answer,
        evidence: q.evidence,
        fact: `card:${q.evidence[0] ?? q.fact}`,
        score: q.score * 1.2,
        support: q.support
      });
    }
    // What someone justified a step with (`Womit begründete Spitaldirektorin Claudia Rüegg den
    // Entscheid?`), a reason the text states as news: see `justifications`. (A sentence a card on
    // why already asks keeps that card.)
    for (const j of justifications(doc, pack))
      out.push({
        kind: 'fact-card',
        type: 'flashcard',
        card: 'fact',
        prompt: j.prompt,
        answer: j.answer,
        evidence: evidenceFor(doc, j.index, j.prompt),
        fact: `card:${j.index}`,
        score: j.importance * 1.15,
        support: [j.answer]
      });
    // No card on what an interview's answer says (`Welche Antwort gibt Voss auf die Frage …?`):
    // its back was the whole answer, which raters asked to cut to its points every time, or a
    // personal aside (`Würden Sie den Beruf noch einmal wählen?`) — 0 good, 36 fixable and 13 bad
    // of 49 ratings across blind ratings 106–128. The quiz's interview matching asks the answers.
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
        // An English word only of the calendar and the clock (`autumn`, `weekend`, `midnight`)
        // is learnt in a first year of English: both raters of blind rating 101 struck `autumn`.
        const kinds = w.upos === 'NOUN' ? (doc.glossary?.kinds(entry.lemma, 'NOUN') ?? []) : [];
        if (kinds.length > 0 && kinds.every((k) => k === 'noun.time')) continue;
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
        // A synonym that opens with the word itself or with its compound's first part says the
        // word again with another ending (`Ostern`: `Osterfest`, `Schlafstörung`:
        // `Schlafproblem`; both raters of blind rating 76 struck them as circular).
        const openings = (lemma: string) =>
          [
            lemma.replace(/(en|n|e|s)$/u, ''),
            compoundParts(doc, lemma)?.modifier.replace(/s$/u, '') ?? ''
          ]
            .map((x) => x.toLowerCase())
            .filter((x) => x.length >= 4);
        const saysAgain = (synonym: string, lemma: string) =>
          openings(lemma).some((o) => synonym.toLowerCase().startsWith(o));
        // A German plural the thesaurus lists as a word of its own (`Einnahmen`: income) means
        // something else than its singular (`Einnahme`: `Besetzung`, the taking of a town, on a
        // card of blind rating 93's sheet): it is explained by its own synonyms, or not at all.
        const ownPlural =
          doc.language === 'de' &&
          w.form !== entry.lemma &&
          w.feats.Number === 'Plur' &&
          (doc.thesaurus?.senses(w.form).length ?? 0) > 0 &&
          // (… not an infinitive written as a noun, `das Buchen`, which the plural `Buchen` of
          // `Buche` only looks like: the card for the tree had meant `Bestellung`.)
          (doc.thesaurus?.senses(w.form.toLowerCase()).length ?? 0) === 0;
        const familiarSynonyms = (lemma: string) => {
          const plain = (doc.thesaurus?.synonyms(lemma) ?? [])
            .filter((x) => !saysAgain(x, lemma))
            // Nor a word for a girl or boy of the trade (`Auszubildende`: `Lehrmädchen`, dated
            // and of one sex, struck in blind ratings 78 and 80).
            .filter((x) => !/(mädchen|junge|bursche|fräulein)$/iu.test(x))
            // Not the word itself in another form or gender (`Kanzler`: `Bundeskanzler`,
            // `Kanzlerin`), which explains nothing.
            .filter((x) => !/\s/u.test(x) && !sameStem(x, lemma))
            // Nor the same word spelt another way (`Autobiografie`: `Autobiographie`, struck in
            // a blind rating as a card without meaning).
            .filter((x) => !spellingVariant(x, lemma))
            // Nor a word the example itself uses beside it (`Archiv`: `Sammlung` for `Und weil
            // Sammlungen Archive sind.`, circular to both raters of blind rating 102).
            .filter(
              (x) =>
                x.length < 4 ||
                !example.toLowerCase().includes(x.toLowerCase().replace(/(en|n|e|s)$/u, ''))
            );
          const familiar = plain
            .filter((x) => pack.isFamiliar(x))
            .sort((a, b) => (pack.frequencyRank(a) ?? 1e6) - (pack.frequencyRank(b) ?? 1e6));
          // A word with many meanings of its own is read in its everyday sense (`Einklang`:
          // `Zustimmung`, `Anhörung`: `Untersuchung`, `Ankunft`: `Erscheinen`): never beside a
          // clearer synonym, which it would push off the card for being more frequent.
          // (Clearest: a familiar word of one or two meanings, `Podium`: `Bühne` without
          // `Szene`, wrong to both raters of blind rating 123.)
          const readings = (x: string) => doc.thesaurus?.readings(x) ?? 0;
          const clearest = familiar.filter((x) => readings(x) <= 2);
          if (clearest.length > 0) return clearest.slice(0, 3);
          const clear = familiar.filter((x) => !vague(doc, x));
          if (clear.length > 0) return clear.slice(0, 3);
          // … and where every familiar one has many meanings, a plain word of one or two though
          // rarer (`Schieflage`: `Unterschied`, a wrong meaning to both raters of blind rating
          // 123, where `Ungleichgewicht` was in the same group). (Never an abbreviation.)
          const rarer = plain.filter(
            (x) =>
              !pack.isFamiliar(x) &&
              readings(x) <= 2 &&
              /^\p{Lu}?\p{Ll}+$/u.test(x) &&
              x.length <= 16
          );
          return (familiar.length > 0 && rarer.length > 0 ? rarer.slice(0, 2) : familiar).slice(
            0,
            3
          );
        };
        // English: the dominant sense's definition from the glossary, with its synonyms (not
        // the same word in another form: `experimentation` for `experiment`).
        const gloss =
          w.upos === 'NOUN' || w.upos === 'VERB' || w.upos === 'ADJ' || w.upos === 'ADV'
            ? doc.glossary?.sense(entry.lemma, w.upos)
            : undefined;
        // A definition that explains the word by itself (`financing`: `the act of financing`,
        // `productivity`: `the quality of being productive`, `attacker`: `someone who attacks`)
        // teaches nothing (blind ratings 71, 72 and 74): the word's stem in its definition makes
        // it no meaning. (So does an adjective `relating to` its noun: `photographic`: `relating
        // to photography`, `veterinary`: `of or relating to veterinarians`, 0 good and 3 bad of
        // 6 ratings in blind ratings 78 and 91.)
        // (A definition of another shape may name a part of the word: `waterfront`: `the area
        // of a city alongside a body of water`, `employer`: `a firm that employs workers`.)
        // (A word made with a suffix, `flawless`, is stemmed to its base: `without a flaw`.)
        const base = /^(\p{L}{3,}?)(less|ful|ness|ment|able|ible)$/u.exec(
          entry.lemma.toLowerCase()
        )?.[1];
        const stem =
          base ?? entry.lemma.toLowerCase().slice(0, Math.max(5, entry.lemma.length - 5));
        const circular =
          !!gloss &&
          /^((the |an? )?(act|quality|state|process|condition|fact|action|result) of |(someone|somebody|a person|one|something) (who|that|which) |(of or )?relating to |(without|lacking|having|full of|free from) (a |an |any |no )?)/iu.test(
            gloss.definition
          ) &&
          gloss.definition.toLowerCase().includes(stem);
        // A definition for one field (`(baseball) one of nine divisions of play`) fits only a
        // text of that field: `innings` of a cricket report was glossed as baseball's `inning`
        // (blind rating 73).
        const field = /^\(([\p{L} ]+)\)/u.exec(gloss?.definition ?? '')?.[1]?.toLowerCase();
        const offField = !!field && !doc.text.toLowerCase().includes(field);
        // A word of `un-` and an everyday one defined as its opposite (`unpaid`: `not paid`)
        // is understood on sight: both raters of blind rating 80 struck both such cards.
        // (… and so is one defined by `not` at all: `unimpressed`: `not moved to serious
        // regard`, obscure to both raters of blind rating 107 for a word read off its parts.)
        if (
          gloss &&
          /^un\p{L}{3,}$/u.test(entry.lemma) &&
          gloss.definition.toLowerCase().startsWith('not ')
        )
          continue;
        // An English word for someone who does something (`builder`, `carrier`), glossed in a
        // sense that is no person though it has one (`builder`: `a substance added to soaps or
        // detergents …`, on blind rating 93's sheet for builders who cleared a cupboard), is
        // explained in the wrong sense.
        const agentNoun =
          doc.language === 'en' &&
          w.upos === 'NOUN' &&
          /(er|or)$/u.test(entry.lemma) &&
          [entry.lemma.slice(0, -2), entry.lemma.slice(0, -1)].some(
            (stem) => stem.length >= 3 && !!doc.glossary?.sense(stem, 'VERB')
          );
        // … and the other way round: one glossed as a person that also names a thing
        // (`planter`: `the owner or manager of a plantation`, for the planters that close a
        // road, struck by both raters of blind rating 128) where the text never uses it of
        // people.
        const senseKinds = doc.glossary?.kinds(entry.lemma, 'NOUN') ?? [];
        // (A verb whose senses are about equally common has no dominant sense: `plant`.)
        const agentShaped =
          doc.language === 'en' &&
          w.upos === 'NOUN' &&
          /(er|or)$/u.test(entry.lemma) &&
          [entry.lemma.slice(0, -2), entry.lemma.slice(0, -1)].some(
            (stem) => stem.length >= 3 && (doc.glossary?.kinds(stem, 'VERB') ?? []).length > 0
          );
        const wrongSense =
          !!gloss &&
          (gloss.kind !== 'noun.person'
            ? agentNoun && senseKinds.includes('noun.person')
            : agentShaped &&
              senseKinds.includes('noun.artifact') &&
              !usedOfPeople(doc, entry.lemma));
        // A word the text writes small glossed as a place (`labradors`: `a region of
        // northeastern Canada`, for dogs, both raters of rating 129): the glossary keeps names in
        // lower case, and the place is the name's sense.
        const placeForWord =
          doc.language === 'en' && gloss?.kind === 'noun.location' && /^\p{Ll}/u.test(w.form);
        const definition =
          gloss && !circular && !offField && !wrongSense && !placeForWord
            ? gloss.definition
            : undefined;
        if (definition && spelledOutByParts(doc, entry.lemma, definition)) continue;
        const meaning = gloss
          ? (definition ? gloss.synonyms : [])
              // A synonym whose own common sense is another one misleads (`prevention`: `bar`).
              .filter(
                (x) => doc.glossary?.sense(x, w.upos as GlossaryPos)?.definition === definition
              )
              .filter((x) => !sameStem(x, entry.lemma) && !spellingVariant(x, entry.lemma))
              .slice(0, 2)
          : familiarSynonyms(ownPlural ? w.form : entry.lemma);
        // A compound the thesaurus lacks, explained only by its parts (`Beifall + Kundgebung
        // (Kundgebung: Protest, Demonstration)`, struck in blind rating 44 as misleading or as a
        // transparent compound), was a fallback that filled a deck of fewer than four cards until
        // blind ratings 73–85 found such cards 3 good and 18 bad of 42 ratings (`Matchball: Match
        // + Ball (Ball: Tanzfest)`, `Holzkonstruktion: … (Konstruktion: Errichtung)`, a place name
        // `Ammergebirge`), against 58 good and 38 bad of 164 for cards with a meaning: it gets
        // no card. A word with no meaning and no parts still fills an empty deck, unless it is
        // an English verb in `-ing` the tagger read as a noun (`specialising (noun)` for `a
        // barrister specialising in employment law`, struck by both raters of blind rating 103).
        const split = meaning.length === 0 ? compoundParts(doc, entry.lemma) : undefined;
        const unexplained = !definition && meaning.length === 0;
        if (unexplained && split) continue;
        if (unexplained && participleReadAsNoun(doc, w, entry.lemma)) continue;
        const parts = split ? { ...split, headMeaning: familiarSynonyms(split.head) } : undefined;
        const bare = unexplained;
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

/** Words that only a person does as a subject (`said`, `told`, `argued`, `voted`). */
const PERSON_VERBS_EN =
  /^(say|tell|argue|claim|add|explain|warn|insist|believe|think|vote|complain|agree|want|hope|admit|describe|call|ask|answer|reply|decide|refuse)$/u;

/**
 * Whether the text uses an English noun of people: `who`/`whom`/`whose` right after it, a
 * subject of saying or deciding, or a title before a name (`organiser Hannah Pryce`).
 */
function usedOfPeople(doc: Doc, lemma: string): boolean {
  for (const info of doc.sentences) {
    const words = info.s.words;
    for (const w of words) {
      if (w.lemma.toLowerCase() !== lemma.toLowerCase()) continue;
      const after = words.slice(w.id, w.id + 3).map((x) => x.form.toLowerCase());
      if (after.some((x) => /^(who|whom|whose)$/u.test(x))) return true;
      const governor = words[w.head - 1];
      if (/^nsubj/u.test(w.deprel) && governor && PERSON_VERBS_EN.test(governor.lemma)) return true;
      if (info.s.entities.some((m) => m.type === 'PER' && (m.start === w.id + 1 || m.end === w.id)))
        return true;
    }
  }
  return false;
}
