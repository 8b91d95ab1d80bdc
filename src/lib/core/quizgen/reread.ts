/**
 * Reading back what the generator wrote. A question, statement or choice made by moving parts of
 * a parse is only as good as the parse; when the parse was wrong the result reads like two
 * sentences run together (`Was gab schließlich sei oft nur …`) or loses the verb a modal needs
 * (`Was müsse den Arbeitnehmern die freie Wahl?`). Tagging the produced text with the same
 * tagger and checking its clause structure catches that whole class of failure, whatever the
 * misparse was, without looking at the source sentence.
 */
import { tokenise, wordsOf } from '../nlp/tokenise';
import type { Language, LanguageModels, Lexicon, TaggedWord } from '../nlp/types';
import { isSpeechVerb } from './document';

export interface RereadWord extends TaggedWord {
  form: string;
}

/** Tags a produced text (cached: the same choice is often checked by several candidates). */
export type Rereader = (text: string) => RereadWord[];

export function makeRereader(language: Language, models: LanguageModels): Rereader {
  const cache = new Map<string, RereadWord[]>();
  return (text) => {
    const hit = cache.get(text);
    if (hit) return hit;
    const forms = wordsOf(tokenise(text, language), language).map((w) => w.form);
    const tags = forms.length > 0 ? models.tagger.tag(forms) : [];
    const words = forms.map((form, i) => ({ form, ...(tags[i] as TaggedWord) }));
    cache.set(text, words);
    return words;
  };
}

const MODALS = /^(müssen|können|sollen|dürfen|wollen|möchten)$/u;
/** German particles that stand before the phrase they focus (`auch die Regierung`). */
const FOCUS_PARTICLE =
  /^(auch|nur|sogar|selbst|erst|bereits|schon|noch|gerade|vor|allem|etwa|rund|fast|knapp|mehr|weniger|genau|ausgerechnet|lediglich|bloß|insbesondere|vor allem|zumindest|wenigstens|immerhin|ebenfalls)$/iu;
/** Words that open a clause of their own inside a comma-free stretch. */
const CLAUSE_OPENERS =
  /^(that|which|who|whom|whose|when|where|while|because|if|as|after|before|since|until|although|though|whether|than)$/iu;

/** Conjunctions that open a subordinate clause, however the tagger reads them (`wie`: ADV). */
const SUBORDINATORS: Record<Language, RegExp> = {
  de: /^(wie|als|ob|dass|weil|wenn|obwohl|nachdem|während)$/iu,
  en: /^(because|although|though|whether|while|unless)$/iu
};

/** English auxiliaries followed by a bare infinitive. */
const BARE_AFTER = /^(do|will|would|can|could|shall|should|may|might|must)$/iu;

const isFinite = (w: RereadWord) =>
  (w.upos === 'VERB' || w.upos === 'AUX') && w.feats.VerbForm === 'Fin';

/**
 * Why a produced text does not read as one well-formed sentence, or undefined when it does.
 * Checked per stretch between commas, dashes, brackets and conjunctions:
 * - two finite verbs with nothing that opens a second clause between them;
 * - a German modal verb without the infinitive it governs.
 */
export function garbledReason(
  words: readonly RereadWord[],
  language: Language,
  context?: RereadContext
): string | undefined {
  const stretches: RereadWord[][] = [[]];
  // What stood before each stretch (`,`, `und`, …; '' for the first).
  const separators: string[] = [''];
  for (const w of words) {
    if ((w.upos === 'PUNCT' && /^[,;:–—()\-„“”"«»]$/u.test(w.form)) || w.upos === 'CCONJ') {
      stretches.push([]);
      separators.push(w.form);
      continue;
    }
    (stretches[stretches.length - 1] as RereadWord[]).push(w);
  }
  for (const stretch of stretches) {
    // English: the verb after `do`, `will` or a modal is a bare infinitive, whatever the tagger
    // says (`When did the economy grow`): it belongs to the auxiliary's cluster.
    let afterAuxiliary = false;
    let afterParticipleAuxiliary = false;
    const finite = stretch.filter((w) => {
      if (!isFinite(w)) return false;
      if (afterParticipleAuxiliary && w.upos === 'VERB' && w.feats.Tense === 'Past') {
        afterParticipleAuxiliary = false;
        return false;
      }
      if (language === 'en' && afterAuxiliary) {
        afterAuxiliary = false;
        return false;
      }
      afterAuxiliary = language === 'en' && w.upos === 'AUX' && BARE_AFTER.test(w.lemma);
      // A past form after `be` or `have` is the participle, however the tagger read it (`Why
      // were new features added …`).
      if (language === 'en' && w.upos === 'AUX' && /^(be|have)$/iu.test(w.lemma))
        afterParticipleAuxiliary = true;
      return true;
    });
    const openers = stretch.filter(
      (w) =>
        w.upos === 'SCONJ' ||
        w.feats.PronType === 'Rel' ||
        (language === 'en' && CLAUSE_OPENERS.test(w.form) && w !== stretch[0])
    ).length;
    if (finite.length > 1 + openers) return 'two finite verbs in one clause';
  }
  // Two commas in a row are what is left of a clause cut out between them.
  for (let i = 1; i < words.length; i++)
    if (words[i]?.form === ',' && words[i - 1]?.form === ',') return 'two commas in a row';
  // An article standing before a verb, a conjunction or punctuation lost its noun (or was a
  // relative pronoun whose comma the restatement dropped: `Gesetzesänderung die besagt`).
  const quote = (w: RereadWord) => /^[„“”"«»‚‘’']$/u.test(w.form);
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i] as RereadWord;
    // Quotation marks may stand between an article and its noun (`einer „Überprüfung“`).
    const next = words.slice(i + 1).find((x) => !quote(x));
    if (!next) break;
    // (`das` after a verb is the object pronoun: `Wer kann das erklären?`.)
    const afterVerb = i > 0 && /^(VERB|AUX)$/u.test((words[i - 1] as RereadWord).upos);
    if (
      w.upos === 'DET' &&
      w.feats.PronType === 'Art' &&
      !(afterVerb && /^(das|dies)$/iu.test(w.form)) &&
      /^(VERB|AUX|PUNCT|SCONJ|CCONJ)$/u.test(next.upos)
    )
      return 'article without its noun';
  }
  // An article or possessive before a preposition opens an extended attribute (`sein mit
  // Spannung erwartetes Buch`): an adjective and a noun must follow. Without them the noun was
  // cut away (`Was hatte SMS sein mit einem Rekord gefeiert?`).
  if (language === 'de')
    for (let i = 0; i + 1 < words.length; i++) {
      const w = words[i] as RereadWord;
      const isDeterminer =
        w.upos === 'DET' && (w.feats.PronType === 'Art' || w.feats.Poss === 'Yes');
      // `sein` reads as the infinitive too; as a possessive it leaves a verb at the end.
      const possessiveSein = /^(sein|ihr)$/iu.test(w.form) && w.upos !== 'DET';
      if (!(isDeterminer || possessiveSein) || (words[i + 1] as RereadWord).upos !== 'ADP')
        continue;
      let end = i + 2;
      while (end < words.length && (words[end] as RereadWord).upos !== 'PUNCT') end++;
      const rest = words.slice(i + 2, end);
      if (possessiveSein && !/^(VERB|AUX)$/u.test(rest[rest.length - 1]?.upos ?? '')) continue;
      const adjective = rest.findIndex((x) => x.upos === 'ADJ');
      if (adjective < 0 || !rest.slice(adjective + 1).some((x) => /^(NOUN|PROPN)$/u.test(x.upos)))
        return 'article without its noun';
    }
  // An article and an adjective with no noun after them (`Was ging im jüngsten im
  // Viertelfinal-Heimspiel …?`: `im jüngsten [Duell]` of a parse that lost the elliptical
  // phrase's sense) read as a noun cut away; not a superlative (`am besten im Team`).
  if (language === 'de')
    for (let i = 0; i + 2 < words.length; i++) {
      const det = words[i] as RereadWord;
      const adj = words[i + 1] as RereadWord;
      const next = words[i + 2] as RereadWord;
      if (det.upos !== 'DET' || det.feats.PronType !== 'Art') continue;
      // (A German noun has its capital: a lowercase `noun` is the adjective, whatever the tagger.)
      if (!/^(ADJ|NOUN)$/u.test(adj.upos) || !/^\p{Ll}+$/u.test(adj.form)) continue;
      if (!/^(ADP|VERB|AUX)$/u.test(next.upos)) continue;
      const superlative = /sten$/u.test(adj.form) && /^(an|am)$/iu.test(words[i - 1]?.form ?? '');
      if (!superlative) return 'article without its noun';
    }
  // After `has`/`have`/`had` comes a participle, and every English participle ends in d, n, t,
  // g, k, e or m (`added`, `taken`, `built`, `sung`, `struck`, `done`, `swum`): a word that does
  // not (`Who added that he has proof the authorities?`, `proof` read as a verb) is a misparse
  // the question repeated.
  if (language === 'en')
    for (let i = 0; i + 1 < words.length; i++) {
      const w = words[i] as RereadWord;
      const next = words[i + 1] as RereadWord;
      if (!/^(has|have|had)$/iu.test(w.form) || next.upos !== 'VERB') continue;
      if (!/[dntgkem]$/iu.test(next.form)) return 'no participle after have';
    }
  // An English predicate that ends on a singular common noun without its article (`The
  // partnership … is not part.`) lost the rest of the sentence.
  if (language === 'en') {
    const content = words.filter((w) => w.upos !== 'PUNCT');
    const last = content[content.length - 1];
    const before = content[content.length - 2];
    if (
      last?.upos === 'NOUN' &&
      last.feats.Number !== 'Plur' &&
      before &&
      (before.upos === 'AUX' || (before.upos === 'PART' && /^(not|n't)$/iu.test(before.form)))
    )
      return 'predicate noun without its article';
  }
  // A modal verb governs an infinitive, never a participle: `erklärt können` (from `Zurück
  // nach Marokko erklären können sie …`) is what a misparse left of the verbs' order.
  if (language === 'de')
    for (let i = 0; i + 1 < words.length; i++) {
      const w = words[i] as RereadWord;
      const next = words[i + 1] as RereadWord;
      if (
        w.upos === 'VERB' &&
        w.feats.VerbForm === 'Part' &&
        w.form.toLowerCase() !== w.lemma.toLowerCase() &&
        isFinite(next) &&
        MODALS.test(next.lemma)
      )
        return 'participle under a modal verb';
    }
  // An English question or statement with a second main clause after a comma (`Who was best
  // actress for Suddenly Last Summer, Dame Judi Dench was best supporting actress?`) ran two
  // clauses of a misparse together: after a comma a subject and its finite verb, with nothing
  // that opens a clause of its own.
  if (language === 'en')
    for (let k = 1; k < stretches.length; k++) {
      const stretch = stretches[k] as RereadWord[];
      if (separators[k] !== ',' || stretch.length < 3) continue;
      const verb = stretch.findIndex(isFinite);
      if (verb < 1 || verb > 4 || verb === stretch.length - 1) continue;
      const before = stretch.slice(0, verb);
      // (The opener stands first: an adverb inside the subject, `the most recent era`, opens
      // nothing.)
      const first = before[0] as RereadWord;
      const opener =
        first.upos === 'SCONJ' ||
        first.upos === 'ADP' ||
        first.upos === 'ADV' ||
        CLAUSE_OPENERS.test(first.form) ||
        before.some((w) => !!w.feats.PronType?.match(/Rel|Int/u));
      const subject = before.some(
        (w) => (w.upos === 'PRON' && w.feats.PronType === 'Prs') || /^(NOUN|PROPN)$/u.test(w.upos)
      );
      // … after a clause of its own: a fronted adverbial (`In April, the virus did …`) is none.
      const clauseBefore = stretches.slice(0, k).some((x) => x.some(isFinite));
      if (!opener && subject && clauseBefore) return 'two main clauses joined by a comma';
    }
  // `sondern` answers a negation in the same sentence (`nicht A, sondern B`): without one, the
  // negation went into the answer and the question kept only its second half (`Was erwarten
  // Experten, sondern nur eine kleinere Variante?`).
  if (language === 'de') {
    const sondern = words.findIndex((w) => /^sondern$/iu.test(w.form));
    if (
      sondern >= 0 &&
      !words
        .slice(0, sondern)
        .some((w) => /^(nicht|kein\w*|nie|niemals|nichts|niemand)$/iu.test(w.form))
    )
      return '"sondern" without its negation';
  }
  // The same failure read the other way: a relative pronoun right after the noun it agrees with,
  // without the comma German requires, opening a verb-final clause (`Gesetzesänderung die
  // besagt, …`). Agreement in gender and number keeps `hat dem Mann das gegeben` apart.
  if (language === 'de')
    for (let i = 1; i + 1 < words.length; i++) {
      const w = words[i] as RereadWord;
      const noun = words[i - 1] as RereadWord;
      if (w.upos !== 'PRON' || !w.feats.PronType?.includes('Rel')) continue;
      if (noun.upos !== 'NOUN' && noun.upos !== 'PROPN') continue;
      if (!w.feats.Gender || w.feats.Gender !== noun.feats.Gender) continue;
      if (w.feats.Number !== noun.feats.Number) continue;
      let end = i + 1;
      while (end < words.length && (words[end] as RereadWord).upos !== 'PUNCT') end++;
      const last = words[end - 1] as RereadWord;
      if (end > i + 1 && (last.upos === 'VERB' || last.upos === 'AUX'))
        return 'relative clause without its comma';
    }
  // A German relative clause after its comma has a verb (`…, der wegen des Streits zwischen
  // Naderer und Mayr die Fraktion verließ`): one that runs to the next comma or to the end
  // without one lost its verb to a cut (`Wer machte den Anfang, der wegen des … Dauerstreits
  // zwischen … Helmut Naderer (…) und Landesrat Hans Mayr (…)?`). Asides in brackets are skipped.
  if (language === 'de')
    for (let i = 1; i < words.length; i++) {
      const w = words[i] as RereadWord;
      if (w.upos !== 'PRON' || !w.feats.PronType?.includes('Rel')) continue;
      const before = words[i - 1] as RereadWord;
      const opened = before.form === ',' || (before.upos === 'ADP' && words[i - 2]?.form === ',');
      // `, die Poxrucker Sisters, …`: an article before a name in a list, whatever the tagger.
      if (!opened || words[i + 1]?.upos === 'PROPN') continue;
      const clause: RereadWord[] = [];
      let depth = 0;
      for (let end = i + 1; end < words.length; end++) {
        const x = words[end] as RereadWord;
        if (x.form === '(') depth++;
        else if (x.form === ')') {
          if (depth === 0) break;
          depth--;
        } else if (depth === 0 && x.upos === 'PUNCT' && /^[,;:.?!–—„“"]$/u.test(x.form)) break;
        else if (depth === 0 && x.upos !== 'PUNCT') clause.push(x);
      }
      // (A phrase may follow the verb, `die … leisten müssen im Bereich des Asylwesens`: a verb
      // anywhere will do.)
      if (clause.length > 0 && !clause.some((x) => x.upos === 'VERB' || x.upos === 'AUX'))
        return 'relative clause without its verb';
    }
  // A subordinating conjunction opens its clause: one left standing before a comma or at the
  // end (`Das Ministerium mitteilte wie, musste …`) is what a misparse left of `Wie … mitteilte`.
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as RereadWord;
    const next = words[i + 1];
    const opener = w.upos === 'SCONJ' || SUBORDINATORS[language].test(w.form);
    if (!opener || i === 0 || (next && !(next.upos === 'PUNCT' && /^[,;:.?!]$/u.test(next.form))))
      continue;
    return 'conjunction at the end of a clause';
  }
  if (language === 'de') {
    // A German main clause has one phrase before its finite verb. A statement whose first
    // stretch ends on the finite verb after a noun and then an adverb or `nicht` (`Der Wert
    // etwas unter dem Durchschnitt … bleibt`) kept a subordinate clause's order; a pronoun or
    // adverb never stands inside a noun phrase after its noun.
    const first = stretches[0] ?? [];
    const lastWord = first.filter((w) => w.upos !== 'PUNCT').pop();
    if (
      lastWord &&
      isFinite(lastWord) &&
      first[0]?.upos !== 'SCONJ' &&
      !first.some((w) => w.feats.PronType === 'Rel' || w.feats.PronType === 'Int')
    ) {
      const beforeVerb = first.slice(0, first.indexOf(lastWord));
      const noun = beforeVerb.findIndex((w) => w.upos === 'NOUN' || w.upos === 'PROPN');
      if (
        noun >= 0 &&
        beforeVerb
          .slice(noun + 1)
          .some(
            (w) =>
              w.upos === 'ADV' ||
              w.upos === 'PRON' ||
              (w.upos === 'PART' && /^nicht$/iu.test(w.form))
          )
      )
        return 'main clause with its verb at the end';
    }
    // A second main clause after a comma (`Was gibt der Anklagevertreter ab, das Urteil ist
    // daher nicht rechtskräftig?`) is a sentence the parse ran into the first: a German clause
    // after a comma puts its finite verb last unless it is reported speech (`…, er werde
    // kommen`: subjunctive) or opens with a conjunction, relative or question word.
    for (let k = 1; k < stretches.length; k++) {
      const stretch = stretches[k] as RereadWord[];
      if (separators[k] !== ',' || stretch.length < 3) continue;
      const verb = stretch.findIndex(isFinite);
      if (verb < 1 || verb > 3 || verb === stretch.length - 1) continue;
      const opener = stretch
        .slice(0, verb)
        .some(
          (w) =>
            w.upos === 'SCONJ' ||
            w.upos === 'ADP' ||
            !!w.feats.PronType?.match(/Rel|Int/u) ||
            SUBORDINATORS.de.test(w.form)
        );
      const subject = stretch.slice(0, verb).some(
        (w) =>
          (w.upos === 'PRON' && w.feats.PronType === 'Prs') ||
          w.upos === 'NOUN' ||
          // A name as the second clause's subject (`…, Adrowitzer ist nicht mehr zuständig`).
          w.upos === 'PROPN'
      );
      const finite = stretch[verb] as RereadWord;
      // (Nor after a verb of saying: `Hunt hatte erklärt, Frauen sollten …` reports in the
      // subjunctive II, which reads like the past, or in the indicative.)
      const last = (stretches[k - 1] ?? []).at(-1);
      const said = !!last && last.upos === 'VERB' && isSpeechVerb(last.lemma, 'de');
      if (!opener && subject && !said && finite.feats.Mood !== 'Sub')
        return 'two main clauses joined by a comma';
    }
    // `um … zu` opens an infinitive clause set off by a comma (`Wer empfiehlt um dem Fluch
    // … zu entgehen, …` lost it).
    for (const stretch of stretches) {
      const um = stretch.findIndex((w) => /^um$/iu.test(w.form));
      if (um <= 0) continue;
      if (stretch.slice(um + 1).some((w) => /^zu$/iu.test(w.form)))
        return 'infinitive clause without comma';
    }
    // A genitive article right after a verb or adverb (`wird außerdem des iPad-Tablets
    // erwartet`) is a genitive cut off from the noun it belonged to.
    for (let i = 1; i < words.length; i++) {
      const w = words[i] as RereadWord;
      const before = words[i - 1] as RereadWord;
      if (/^des$/iu.test(w.form) && /^(VERB|AUX|ADV|PART)$/u.test(before.upos))
        return 'genitive cut off from its noun';
    }
    // An article before an uninflected participle (`die Jugendzeit des geprägt von …`) lost the
    // noun between them: an attributive participle is inflected (`die geprägte Zeit`).
    for (let i = 1; i < words.length; i++) {
      const w = words[i] as RereadWord;
      const before = words[i - 1] as RereadWord;
      if (
        before.upos === 'DET' &&
        // `das` after a verb is the object pronoun (`Er hat das gesagt`).
        !/^(das|dies|dieses)$/iu.test(before.form) &&
        // A participle, however tagged (`geprägt`: an adjective with the verb as its lemma).
        ((w.upos === 'VERB' && w.feats.VerbForm === 'Part') ||
          (w.upos === 'ADJ' && /en$/u.test(w.lemma) && w.lemma !== w.form.toLowerCase())) &&
        !/(e|en|er|es|em)$/u.test(w.form)
      )
        return 'article without its noun';
    }
    // A German relative clause always follows a comma (or its preposition does): without one,
    // the restatement lost the clause's edge.
    for (let i = 1; i < words.length; i++) {
      const w = words[i] as RereadWord;
      const before = words[i - 1] as RereadWord;
      if (w.feats.PronType !== 'Rel' || w.upos === 'ADV') continue;
      if (before.form === ',' || before.upos === 'ADP' || before.form === '(') continue;
      return 'relative clause without comma';
    }
    // A German main clause has one phrase before its verb: an adverb and a noun phrase there
    // (`Umgehend Reaktionen kamen auch …`) are two, the word order of a restatement gone wrong.
    // A focus particle belongs to the phrase it stands before (`Auch die Regierung kritisierte`),
    // an adverb before an adjective or a figure to that word (`sehr viele Menschen`).
    const verbAt = words.findIndex(isFinite);
    if (verbAt > 1 && words[words.length - 1]?.form !== '?') {
      const before = words.slice(0, verbAt);
      if (!before.some((w) => w.upos === 'PUNCT' || w.upos === 'CCONJ' || w.upos === 'ADP')) {
        // An adverb, or an adjective used as one (uninflected: `Umgehend`), that modifies no
        // word after it (an adjective, figure, adverb or quantifier: `sehr viele Menschen`).
        const adverbial = (w: RereadWord) =>
          w.upos === 'ADV' || (w.upos === 'ADJ' && w.form.toLowerCase() === w.lemma.toLowerCase());
        const loneAdverb = before.some((w, i) => {
          const next = before[i + 1];
          return (
            adverbial(w) &&
            !FOCUS_PARTICLE.test(w.form) &&
            !/^(ADJ|NUM|ADV)$/u.test(next?.upos ?? '') &&
            !/^(viele|wenige|einige|mehrere|alle|beide|zahlreiche)$/iu.test(next?.form ?? '') &&
            // `Heute Abend`, `gestern Nachmittag`: one phrase of time.
            !/^(Abend|Morgen|Vormittag|Mittag|Nachmittag|Nacht|Früh)$/u.test(next?.form ?? '')
          );
        });
        const nominal = before.some((w) => /^(NOUN|PROPN|PRON)$/u.test(w.upos));
        if (loneAdverb && nominal) return 'two phrases before the verb';
      }
    }
    // A statement opens with its subject (or a phrase with a preposition): a noun before the
    // verb and a subject pronoun after it (`Landesrat ist (Wohnbau und Verkehr) er ohne
    // Fraktion …`) are two subjects, a parse read wrong.
    if (verbAt > 0 && words[words.length - 1]?.form === '.') {
      const opening = words.slice(0, verbAt);
      const after = words.slice(verbAt + 1).filter((w) => w.upos !== 'PUNCT');
      if (
        !opening.some((w) => w.upos === 'ADP' || w.upos === 'PUNCT') &&
        opening.some((w) => /^(NOUN|PROPN)$/u.test(w.upos)) &&
        after.slice(0, 4).some((w) => /^(er|wir|ich|du)$/u.test(w.form))
      )
        return 'two subjects';
    }
    // A noun right before a subject pronoun (`Wo arbeitete Soziologe er …?`) is a second subject
    // or a predicate torn from its verb.
    for (let i = 1; i < words.length; i++)
      if (
        /^(er|wir|ich|du)$/u.test(words[i]?.form ?? '') &&
        /^(NOUN|PROPN)$/u.test(words[i - 1]?.upos ?? '')
      )
        return 'two subjects';
    // A focus particle left at the end after a noun (`… gehört zum städtischen Raum auch.`)
    // stood before another phrase in the sentence.
    const last = words.filter((w) => w.upos !== 'PUNCT');
    const [penultimate, final] = last.slice(-2);
    if (
      final &&
      penultimate &&
      /^auch$/iu.test(final.form) &&
      /^(NOUN|PROPN)$/u.test(penultimate.upos)
    )
      return 'focus particle at the end';
    // `Was müsse den Arbeitnehmern die freie Wahl?` is what is left when the verb a modal
    // governs was taken for the subject.
    const modal = words.find((w) => isFinite(w) && MODALS.test(w.lemma));
    const governed = words.some(
      (w) => w !== modal && (w.feats.VerbForm === 'Inf' || w.feats.VerbForm === 'Part')
    );
    if (modal && !governed) return 'modal without its verb';
  }
  if (language === 'de' && context?.lexicon && capitalisedInside(words, context)) {
    return 'a word that opened its sentence, capitalised inside';
  }
  return undefined;
}

/** What the German checks know besides the produced text itself. */
export interface RereadContext {
  lexicon?: Lexicon;
  /** Whether a word (lower case) is part of a name in the article. */
  isNameWord?: (lowerCase: string) => boolean;
}

/** Words after which a capitalised adjective is a noun made of it (`etwas Neues`). */
const NOMINALISING = /^(DET|ADP|NUM|ADJ|NOUN|PROPN|PUNCT)$/u;

/**
 * A German adverb, adjective or verb with a capital inside the text: a word that opened the
 * source sentence, moved behind another by a restatement the parse misled (`Laut BWB wirkte sich
 * Mildernd in der Berechnung …`, `Was ist Angeblich nämlich etliche …`, `Wer Besucht …`).
 * Not a noun the dictionary knows, a name of the article, a noun made of an adjective after an
 * article or preposition (`im Allgemeinen`), nor the first of a name's words (`Neue Galerie`).
 */
function capitalisedInside(words: readonly RereadWord[], context: RereadContext): boolean {
  const lexicon = context.lexicon as Lexicon;
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as RereadWord;
    if (!/^\p{Lu}\p{Ll}+$/u.test(w.form)) continue;
    const before = words[i - 1] as RereadWord;
    // An inflected adjective with a capital before a noun, after a verb (`Warum wird Weiterer
    // Nachwuchs erwartet?`): the subject's first word kept the capital it had opening the
    // sentence, however the tagger read it (a name, here). Not a name of the article (`Neue
    // Galerie`).
    const next = words[i + 1];
    if (
      /^(VERB|AUX)$/u.test(before.upos) &&
      next &&
      /^\p{Lu}\p{Ll}/u.test(next.form) &&
      !context.isNameWord?.(w.form.toLowerCase()) &&
      !lexicon.analysesOf(w.form).some((a) => a.upos === 'NOUN' || a.upos === 'PROPN') &&
      lexicon
        .analysesOf(w.form.toLowerCase())
        .some((a) => a.upos === 'ADJ' && a.lemma.toLowerCase() !== w.form.toLowerCase()) &&
      lexicon.analysesOf(next.form).some((a) => a.upos === 'NOUN')
    )
      return true;
    if (w.upos === 'PROPN') continue;
    if (NOMINALISING.test(before.upos)) continue;
    if (next && /^\p{Lu}/u.test(next.form)) continue;
    if (context.isNameWord?.(w.form.toLowerCase())) continue;
    const readings = lexicon.analysesOf(w.form);
    if (readings.some((a) => a.upos === 'NOUN' || a.upos === 'PROPN')) continue;
    // Uninflected only: an inflected adjective with a capital is a noun made of it (`sowohl
    // Experimentelles wie …`).
    const lowerForm = w.form.toLowerCase();
    const lower = lexicon.analysesOf(lowerForm);
    if (
      lower.some(
        (a) =>
          a.upos === 'ADV' ||
          (a.upos === 'ADJ' && a.lemma.toLowerCase() === lowerForm) ||
          (/^(VERB|AUX)$/u.test(a.upos) && a.feats.VerbForm !== 'Inf')
      )
    )
      return true;
  }
  return false;
}
