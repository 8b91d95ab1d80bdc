/**
 * A German name in the genitive before a noun (`Tessmers Grab`, `nach Kesslers Einschätzung`,
 * `Brasiliens Top-Stürmer Neymar`) is that noun's owner. The parser, which has seen few such
 * names, often reads the two as separate phrases of the verb (`Brasiliens` and `Top-Stürmer` both
 * objects: `Wen hat der Fußballverband Brasiliens gesperrt?`) or hangs the noun on the name
 * (`Tessmers` the subject and `Grab` its part). In the German news and fixtures, 21 of 33 names in
 * `-s` before a noun outside the parse's possessor relation were such owners.
 *
 * The repair makes the name the noun's possessor (`nmod:poss`) and gives the noun the name's
 * place in the clause, where the text settles it: the name ends on `-s`, the text uses it without
 * the `-s` too (`Tessmer`), or the name lists have it as a country, region or city in the
 * genitive (`Serbiens`); the noun right after it is outside every name. Runs on the whole text
 * (the plain form may stand in another sentence), German only.
 */
import type { AnalysedSentence, NameLists, Word } from './types';

/** Name lists whose entries take a genitive `-s` (`Serbiens`, `Bayerns`, `Wiens`). */
const PLACE_LISTS = ['country', 'world-region', 'city'] as const;

/** Whether attaching `word` under `head` would close a loop. */
function wouldLoop(words: readonly Word[], word: Word, head: number): boolean {
  for (let at = head, steps = 0; at !== 0 && steps <= words.length; steps++) {
    if (at === word.id) return true;
    at = words[at - 1]?.head ?? 0;
  }
  return false;
}

export function repairPreposedGenitive(
  sentences: readonly AnalysedSentence[],
  names: NameLists | undefined
): void {
  const forms = new Set<string>();
  for (const s of sentences) for (const w of s.words) forms.add(w.form);
  for (const s of sentences) {
    const words = s.words;
    const named = (id: number) => s.entities.some((e) => e.start <= id && id < e.end);
    // The recogniser's names, and a name alone it missed (`Tessmers Grab` opening a sentence).
    // (… and one the tagger read as an adverb or adjective by its ending, `Ebersfelds Trainer`,
    // `Rotenfels’ Trainer`: both asked as `Wer nahm ebersfelds seine Auszeit?` and struck in blind
    // ratings 91 and 92.)
    const misread = (w: Word) =>
      /^(ADV|ADJ|X)$/u.test(w.upos) && /^\p{Lu}\p{Ll}+$/u.test(w.form) && w.id > 0;
    const spans = [
      ...s.entities.filter((e) => e.type === 'PER' || e.type === 'ORG' || e.type === 'LOC'),
      ...words
        .filter((w) => (w.upos === 'PROPN' || misread(w)) && !named(w.id))
        .map((w) => ({ start: w.id, end: w.id + 1 }))
    ];
    for (const span of spans) {
      const last = words[span.end - 2];
      // A name in `-s` takes an apostrophe for its genitive (`Rotenfels’ Trainer`), which the
      // tokenizer splits off: the noun comes after it.
      const mark = words[span.end - 1];
      const apostrophe = !!mark && /^['’]$/u.test(mark.form) && /[sßxz]$/u.test(last?.form ?? '');
      const noun = apostrophe ? words[span.end] : mark;
      if (!last || !noun || (!apostrophe && !/\p{L}{2,}s$/u.test(last.form))) continue;
      if (noun.upos !== 'NOUN' || !/^\p{Lu}/u.test(noun.form)) continue;
      if (named(noun.id)) continue;
      const plain = apostrophe ? last.form : last.form.slice(0, -1);
      // (A word the tagger misread is a name only where the text names it plain too.)
      if (misread(last) && !forms.has(plain)) continue;
      const place = PLACE_LISTS.some((list) => names?.has(list, plain));
      if (!forms.has(plain) && !place) continue;
      const inSpan = (id: number) => id >= span.start && id < span.end;
      const head = words.slice(span.start - 1, span.end - 1).find((w) => !inSpan(w.head));
      if (!head) continue;
      if (head.head === noun.id && head.deprel === 'nmod:poss') continue;
      const before = words.map((w) => ({ head: w.head, deprel: w.deprel }));
      if (inSpan(noun.head)) {
        noun.head = head.head;
        noun.deprel = head.deprel;
      }
      // Words the parse hung on the name after the noun belong to the noun's phrase
      // (`Puerto Ricos Gouverneur Alejandro Garcia Padilla`).
      for (const w of words)
        if (w.id > noun.id && inSpan(w.head) && !inSpan(w.id)) w.head = noun.id;
      const looped = wouldLoop(words, head, noun.id);
      if (looped) {
        words.forEach((w, i) => Object.assign(w, before[i]));
        continue;
      }
      head.head = noun.id;
      head.deprel = 'nmod:poss';
      if (head === last) last.feats = { ...last.feats, Case: 'Gen' };
      if (misread(last)) last.upos = 'PROPN';
      if (apostrophe && mark) {
        mark.head = last.id;
        mark.deprel = 'punct';
      }
    }
  }
}

/** Determiners of a German genitive (`der Kammer`, `des Systems`, `eines Viertels`). */
const GENITIVE_DETERMINER = /^(der|des|eines|einer|dieser|dieses|jener|jenes)$/iu;

/**
 * A noun phrase after a subject is that subject's attribute only in the genitive (`die Zahl der
 * Anfragen`); one the tagger reads as nominative or accusative with no genitive article (`hat
 * die Landesregierung derzeit keine Mehrheit mehr`, `hat der Schutzstatus weitreichende Folgen`,
 * `startet der Trojaner seine Verschlüsselungsaktivitäten`) is the verb's object, which the parse
 * hung on the subject. Asked, the subject took the object with it (`Was hat für Rehbein? der
 * Schutzstatus weitreichende Folgen`). Only for a full verb with no object of its own and a common
 * noun as subject (a name in `-s` before a noun is its owner: see `repairPreposedGenitive`).
 */
export function repairObjectReadAsAttribute(words: Word[]): void {
  for (const noun of words) {
    if (noun.deprel !== 'nmod' || noun.upos !== 'NOUN') continue;
    if (noun.feats.Case !== 'Nom' && noun.feats.Case !== 'Acc') continue;
    const subject = words[noun.head - 1];
    if (!subject || subject.upos !== 'NOUN' || !/^nsubj$/u.test(subject.deprel)) continue;
    if (noun.id < subject.id) continue;
    const verb = words[subject.head - 1];
    if (!verb || verb.upos !== 'VERB' || verb.feats.VerbForm === 'Part') continue;
    const kids = words.filter((w) => w.head === noun.id);
    if (kids.some((w) => w.upos === 'ADP' || GENITIVE_DETERMINER.test(w.form))) continue;
    if (words.some((w) => w.head === verb.id && /^(obj|cop)$/u.test(w.deprel))) continue;
    noun.head = verb.id;
    noun.deprel = 'obj';
    noun.feats = { ...noun.feats, Case: 'Acc' };
  }
}

/** Articles a German subject takes (with the noun's case read as nominative by the tagger). */
const SUBJECT_ARTICLE = /^(der|die|das|ein|eine|kein|keine)$/iu;

/**
 * A noun phrase in the nominative with an article, hung as an attribute on a noun of its own
 * verb's clause, is that verb's subject where the verb has none (`Weil viele Bewohner … heizen,
 * fiel am vergangenen Freitagabend in zwei Aufgängen für knapp drei Stunden der Strom aus` with
 * `der Strom` on `Stunden`; `Besonders schwer wog für die Kammer der Fall einer … Witwe`): a
 * subject far behind its finite verb, after adverbials, is where German puts new information,
 * and the parse, taught on nearer subjects, hung it on the nearest noun. Left so, the clause had
 * no subject and asked nothing (no `Warum fiel … der Strom aus?`). Only a full verb in a finite
 * form (not `haben` or a copula) that agrees with the noun in number, a noun with no preposition,
 * and `der` only on a masculine singular (a `der` before a feminine or plural noun is a genitive or dative).
 */
export function repairSubjectReadAsAttribute(words: Word[]): void {
  for (const noun of words) {
    if (noun.deprel !== 'nmod' || !/^(NOUN|PROPN)$/u.test(noun.upos)) continue;
    if (noun.feats.Case !== 'Nom') continue;
    const kids = words.filter((w) => w.head === noun.id);
    if (kids.some((w) => w.upos === 'ADP')) continue;
    const article = kids.find((w) => w.deprel === 'det' && SUBJECT_ARTICLE.test(w.form));
    if (!article) continue;
    if (
      /^der$/iu.test(article.form) &&
      !(noun.feats.Gender === 'Masc' && noun.feats.Number === 'Sing')
    )
      continue;
    // Up through the nouns it hangs on to the verb of its clause.
    let verb = words[noun.head - 1];
    for (let steps = 0; verb && /^(NOUN|PROPN|NUM)$/u.test(verb.upos) && steps < 6; steps++)
      verb = words[verb.head - 1];
    if (!verb || verb.upos !== 'VERB' || verb.feats.VerbForm !== 'Fin') continue;
    // (Not `haben` or a copula: a noun after `hat` is its object, one after `ist` what the
    // subject is, `Wettenbach ist … die erste Kommune`, whose subject the parse hung elsewhere.)
    if (/^(haben|sein|werden|bleiben|heißen)$/u.test(verb.lemma)) continue;
    if (verb.feats.Number && noun.feats.Number && verb.feats.Number !== noun.feats.Number) continue;
    if (words.some((w) => w.head === verb.id && /^(nsubj|csubj|expl)/u.test(w.deprel))) continue;
    if (wouldLoop(words, noun, verb.id)) continue;
    noun.head = verb.id;
    noun.deprel = 'nsubj';
  }
}

/** Determiners only a German dative takes (`dem`, `einem`, `seinem`, `keinem`). */
const DATIVE_DETERMINER =
  /^(dem|einem|diesem|jenem|jedem|keinem|meinem|deinem|seinem|ihrem|unserem|unserm|eurem|welchem)$/iu;

/** Verbs that give a thing to someone, who stands in the dative (`überlassen`, `schenken`). */
const GIVING_VERB =
  /^(überlassen|übergeben|schenken|überreichen|anvertrauen|vermachen|spenden|zurückgeben|aushändigen)$/u;

/**
 * A noun phrase with a dative article right after a noun is never that noun's attribute (German
 * attributes without a preposition are genitives): it is the verb's dative object, which the
 * parse hung on the object before it (`will das Werk dem Museum … überlassen`). Asked, the
 * object took the dative with it (`Was will die Familie … überlassen? das Werk dem Museum`:
 * rating 87).
 */
export function repairDativeReadAsAttribute(words: Word[]): void {
  for (const noun of words) {
    if (noun.deprel !== 'nmod' || (noun.upos !== 'NOUN' && noun.upos !== 'PROPN')) continue;
    const owner = words[noun.head - 1];
    if (!owner || owner.id > noun.id || owner.upos !== 'NOUN') continue;
    const kids = words.filter((w) => w.head === noun.id);
    if (kids.some((w) => w.upos === 'ADP')) continue;
    const verb = words[owner.head - 1];
    if (!verb || (verb.upos !== 'VERB' && verb.upos !== 'AUX')) continue;
    // (`der` before a feminine noun is a genitive or a dative: the dative where the verb gives
    // something to someone and has no one to give it to, `will das Haus der Bergwacht
    // überlassen`, asked `Was will die Gemeinde überlassen? das Haus der Bergwacht`, blind rating
    // 103.)
    const feminineRecipient =
      noun.feats.Gender === 'Fem' &&
      noun.feats.Number === 'Sing' &&
      GIVING_VERB.test(verb.lemma) &&
      owner.deprel === 'obj' &&
      !words.some((w) => w.head === verb.id && w.deprel === 'iobj') &&
      kids.some((w) => w.deprel === 'det' && /^der$/iu.test(w.form));
    if (
      !feminineRecipient &&
      !kids.some((w) => w.deprel === 'det' && DATIVE_DETERMINER.test(w.form))
    )
      continue;
    if (!/^(obj|iobj|obl|nsubj|nsubj:pass)$/u.test(owner.deprel)) continue;
    noun.head = verb.id;
    noun.deprel = 'iobj';
    noun.feats = { ...noun.feats, Case: 'Dat' };
  }
}

/** Nouns whose `als` phrase says which one they are (`sein Amt als Honorarprofessor`). */
const ROLE_HOLDING_NOUN =
  /^(amt|stelle|rolle|funktion|job|karriere|arbeit|tätigkeit|zeit|position|posten|dienst|laufbahn|einsatz|debüt|auftritt|ruf|image)$/iu;

/**
 * `als` with a noun after a subject or object in the middle of a clause says what the verb makes
 * of it (`wurde Hohenrode als Bauernhof bewirtschaftet`, `bezeichnen die Vorlage als Reform`,
 * `will das Werk … für fünf Jahre als Leihgabe überlassen`): it is the verb's, not a second
 * thing joined to the noun, as the parse (taught on `sowohl … als auch`) often reads it.
 * Restated, the subject took it along (`Hohenrode als Bauernhof wurde … bewirtschaftet.`, rating
 * 87). A noun that opens the sentence keeps its `als` (`Holz als Rohstoff ist …`), and so do
 * nouns that name a post or a role (`sein Amt als Honorarprofessor`).
 */
export function repairPredicativeReadAsConjunct(words: Word[]): void {
  for (const als of words) {
    if (!/^als$/iu.test(als.form) || als.deprel !== 'cc') continue;
    if (/^auch$/iu.test(words[als.id]?.form ?? '')) continue;
    const noun = words[als.head - 1];
    if (!noun || noun.deprel !== 'conj' || !/^(NOUN|PROPN)$/u.test(noun.upos)) continue;
    const owner = words[noun.head - 1];
    if (!owner || owner.id > noun.id || !/^(NOUN|PROPN|NUM)$/u.test(owner.upos)) continue;
    if (!/^(nsubj|nsubj:pass|obj|iobj|obl)$/u.test(owner.deprel)) continue;
    if (ROLE_HOLDING_NOUN.test(owner.lemma)) continue;
    const verb = words[owner.head - 1];
    if (!verb || (verb.upos !== 'VERB' && verb.upos !== 'AUX')) continue;
    // (`sowohl … als` joins; a phrase that opens the sentence is the noun's.)
    const between = words.slice(0, als.id - 1);
    if (between.some((w) => /^sowohl$/iu.test(w.form))) continue;
    const ownerStart = Math.min(
      owner.id,
      ...words.filter((w) => w.head === owner.id).map((w) => w.id)
    );
    if (words.slice(0, ownerStart - 1).every((w) => w.upos === 'PUNCT')) continue;
    noun.head = verb.id;
    noun.deprel = 'obl';
    als.deprel = 'case';
  }
}

/** German relative pronouns that point back at a noun (not `was`, `wo`, which take a clause). */
const RELATIVE_PRONOUN =
  /^(der|die|das|dem|den|denen|deren|dessen|derer|welcher|welche|welches|welchem|welchen)$/iu;

/**
 * A German relative clause right after a noun and its comma belongs to that noun, whatever verb
 * the parse hung it on (`Im März 1872 begannen die Ausschachtungsarbeiten, an denen … beteiligt
 * waren` with the clause on `begannen`). Restated, the noun moved and the clause stayed behind
 * without its comma (`Die Ausschachtungsarbeiten begannen an denen …`, blind rating 80).
 */
export function repairRelativeClauseOnVerb(words: Word[]): void {
  for (const verb of words) {
    if (verb.deprel !== 'acl:relcl') continue;
    const head = words[verb.head - 1];
    if (!head || (head.upos !== 'VERB' && head.upos !== 'AUX')) continue;
    // Where the clause starts: its first word, not counting the comma before it.
    let start = verb.id;
    for (const w of words) {
      if (w.id >= start || w.upos === 'PUNCT') continue;
      let at: Word | undefined = w;
      for (let steps = 0; at && at.id !== verb.id && steps < words.length; steps++)
        at = at.head === 0 ? undefined : words[at.head - 1];
      if (at) start = w.id;
    }
    const comma = words[start - 2];
    const noun = words[start - 3];
    if (comma?.form !== ',' || !noun || !/^(NOUN|PROPN)$/u.test(noun.upos)) continue;
    // (The relative pronoun opens the clause, alone or after its preposition.)
    const opening = words.slice(start - 1, start + 1).find((w) => RELATIVE_PRONOUN.test(w.form));
    if (!opening || opening.upos !== 'PRON') continue;
    // (`der` before a noun is its article: `…, der Musikverein spielte …` is a new clause.)
    if (/^(NOUN|PROPN|ADJ)$/u.test(words[opening.id]?.upos ?? '')) continue;
    if (wouldLoop(words, verb, noun.id)) continue;
    verb.head = noun.id;
  }
}

/** German verbs whose subject is someone who judges, asks or says (`hält … für`, `fordert`). */
const JUDGING_VERB =
  /^(halten|fordern|kritisieren|begrüßen|befürworten|ablehnen|bezeichnen|nennen|loben|verteidigen|empfehlen|bezweifeln|bestreiten)$/u;

/**
 * A German object put first and its subject, a name, after the verb (`Eine Sanierung hält
 * Wöllert für wirtschaftlich nicht sinnvoll.`): the parser, taught mostly on subjects first,
 * read the noun as the subject and the name as the object, and the question asked `Wen hält
 * eine Sanierung für wirtschaftlich nicht sinnvoll?` (rating 116's batch). Where the verb is
 * one whose subject judges or asks, the noun before it has no article that marks it nominative
 * (`der`, `ein` of a masculine), and the name right after the verb is a person's, the two
 * change places.
 */
export function repairFrontedObject(words: Word[]): void {
  for (const verb of words) {
    if (verb.upos !== 'VERB' || !JUDGING_VERB.test(verb.lemma)) continue;
    const kids = words.filter((w) => w.head === verb.id);
    const subject = kids.find((w) => w.deprel === 'nsubj');
    const object = kids.find((w) => w.deprel === 'obj');
    if (!subject || !object || subject.upos !== 'NOUN' || object.upos !== 'PROPN') continue;
    if (!(subject.id < verb.id && verb.id < object.id && object.id - verb.id <= 2)) continue;
    // (A plural verb agrees with a plural noun, never with one name: `Einige … Wissenschaftler
    // kritisieren Tolles Lehre`; nor is a name before a noun the object, but its owner.)
    if (verb.feats.Number === 'Plur' || subject.feats.Number === 'Plur') continue;
    if (words[object.id]?.upos === 'NOUN') continue;
    // (A masculine subject's article says nominative: `Der Bürgermeister lobt Müller`.)
    const article = words.find((w) => w.head === subject.id && w.deprel === 'det');
    if (article && /^(der|ein|kein)$/iu.test(article.form) && subject.feats.Gender === 'Masc')
      continue;
    if (subject.feats.Gender === 'Masc' && !article) continue;
    subject.deprel = 'obj';
    subject.feats = { ...subject.feats, Case: 'Acc' };
    object.deprel = 'nsubj';
    object.feats = { ...object.feats, Case: 'Nom' };
  }
}

/**
 * A German clause the parse left without a subject and with two objects, one of them a bare noun
 * or name right after the finite verb (`Gemeinsam mit sieben weiteren Bürgermeistern hatte
 * Köberle … einen offenen Brief … geschrieben`): the bare one is the subject (rating 117's
 * batch asked `Wen hatte …?` of it). A noun with an article that marks the accusative (`einen
 * Brief`) stays the object.
 */
export function repairSubjectReadAsSecondObject(words: Word[]): void {
  for (const verb of words) {
    if (verb.upos !== 'VERB') continue;
    const kids = words.filter((w) => w.head === verb.id);
    if (kids.some((w) => /^(nsubj|csubj|expl)/u.test(w.deprel))) continue;
    const objects = kids.filter((w) => w.deprel === 'obj');
    if (objects.length !== 2) continue;
    // (The finite verb: an auxiliary of the clause, or the verb itself.)
    const finite =
      kids.find((w) => w.deprel === 'aux' && w.feats.VerbForm === 'Fin') ??
      (verb.feats.VerbForm === 'Fin' ? verb : undefined);
    if (!finite || finite.feats.Number === 'Plur') continue;
    const bare = objects.find(
      (o) =>
        o.id === finite.id + 1 &&
        /^(NOUN|PROPN)$/u.test(o.upos) &&
        o.feats.Number !== 'Plur' &&
        !words.some((w) => w.head === o.id && /^(det|amod|case)$/u.test(w.deprel))
    );
    const other = objects.find((o) => o !== bare);
    const marked = other
      ? words.find(
          (w) => w.head === other.id && w.deprel === 'det' && /^(den|einen|keinen)$/iu.test(w.form)
        )
      : undefined;
    if (!bare || !marked) continue;
    bare.deprel = 'nsubj';
    bare.feats = { ...bare.feats, Case: 'Nom' };
  }
}
