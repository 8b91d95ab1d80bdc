/**
 * A statement in other words: one noun of the clause replaced by a synonym of its one meaning
 * (German: OpenThesaurus, inflected by the lexicon; English: WordNet's dominant sense), so that a
 * true statement is judged by its meaning, not recognised by its wording (blind ratings struck
 * true statements copied word for word as tests of recognition only).
 *
 * The same replacement goes into the statement and its false twin: were only true statements
 * reworded, the wording would give the answer away.
 */
import type { Word } from '../../../nlp/types';
import { isDemonymNoun, type Clause, type Doc, type SentenceInfo } from '../../document';
import type { LanguagePack } from '../../languages/types';
import { coreIds } from '../../languages/clause';

export interface Replacement {
  /** The word as the sentence writes it. */
  form: string;
  /** The synonym in the same case and number. */
  synonym: string;
}

/** A word as a whole word of a text (not inside `Geldbuße-Bescheid`), for a regular expression. */
const wholeWord = (form: string) => {
  const escaped = form.replace(/[.*+?^$()|[\]{}\\]/gu, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}(?![\\p{L}\\p{N}-])`, 'gu');
};

/** A synonym in more groups of the thesaurus than this is read in another sense. */
const FEW_SENSES = 1;

/** Whether one word contains the other (`Kanzler`, `Bundeskanzler`): no rewording. */
const sameStem = (a: string, b: string) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x.includes(y) || y.includes(x);
};

/** Core nouns of a clause in the order they are tried: objects, the subject, the rest.
 * (Not adjectives: the thesaurus groups them loosely, `rechtskräftig` with `komplett`.) */
function nounsOf(info: SentenceInfo, clause: Clause): Word[] {
  const order = (w: Word) => (/^(obj|iobj)/u.test(w.deprel) ? 0 : /^nsubj/u.test(w.deprel) ? 1 : 2);
  return coreIds(info, clause)
    .map((id) => info.s.words[id - 1])
    .filter((w): w is Word => !!w && w.upos === 'NOUN')
    .sort((a, b) => order(a) - order(b) || a.id - b.id);
}

/** Whether a thesaurus word is plain enough to stand for another: one frequent word of few
 * meanings of its own, not the word itself in another form. */
function plainSynonym(doc: Doc, pack: LanguagePack, x: string, lemma: string): boolean {
  return (
    /^\p{L}\p{Ll}+$/u.test(x) &&
    !sameStem(x, lemma) &&
    // A word of the frequency list itself, not only a compound of familiar parts (`Welteninsel`
    // for `Galaxie`, `Geldsack` for `Geldbeutel`, `Stammhaus` for `Hauptquartier`) …
    pack.frequencyRank(x) !== undefined &&
    // … with at most two meanings of its own (`Entscheidung` for `Entschließung`, `Erfahrung`
    // for `Routine`, `Zeit` for `Frist` read in their everyday senses).
    // (As written, either case: `Streben` for `Projekt` was read as the verb, session 41.)
    (doc.thesaurus?.readings(x) ?? FEW_SENSES) <= FEW_SENSES
  );
}

const byFrequency = (pack: LanguagePack) => (a: string, b: string) =>
  (pack.frequencyRank(a) ?? 1e6) - (pack.frequencyRank(b) ?? 1e6);

function germanSynonym(doc: Doc, pack: LanguagePack, w: Word): string | undefined {
  const lexicon = doc.lexicon;
  const thesaurus = doc.thesaurus;
  if (!lexicon || !thesaurus) return undefined;
  const Case = w.feats.Case as 'Nom' | 'Acc' | 'Dat' | 'Gen' | undefined;
  const Number = w.feats.Number as 'Sing' | 'Plur' | undefined;
  if (!Case || !Number) return undefined;
  const target = { Case, Number };
  // The tagger's case and number must give the word as written: a misread case would inflect
  // the synonym wrongly.
  if (lexicon.inflectNoun(w.lemma, target) !== w.form) return undefined;
  const gender = lexicon.nounInfo(w.lemma)?.gender;
  if (!gender) return undefined;
  const options = thesaurus
    .synonyms(w.lemma)
    .filter(
      (x) =>
        /^\p{Lu}/u.test(x) &&
        plainSynonym(doc, pack, x, w.lemma) &&
        // The same gender, so that the articles and adjectives around it still agree.
        lexicon.nounInfo(x)?.gender === gender
    )
    .sort(byFrequency(pack));
  for (const x of options) {
    const form = lexicon.inflectNoun(x, target);
    if (form) return form;
  }
  return undefined;
}

function englishSynonym(doc: Doc, pack: LanguagePack, w: Word, info: SentenceInfo) {
  const glossary = doc.glossary;
  // Singular nouns only (a plural would need its own spelling), and none after `a`/`an`, whose
  // form depends on the next word.
  if (!glossary || w.form !== w.lemma || w.feats.Number === 'Plur') return undefined;
  // After a determiner other than `a`/`an` (whose form depends on the next word): a noun
  // without one is used as a mass noun, which its synonym may not be (`includes territory` as
  // `includes district`).
  const determiners = (info.children[w.id] ?? [])
    .map((c) => info.s.words[c - 1])
    .filter((c) => c?.deprel === 'det' || c?.deprel === 'nmod:poss');
  if (determiners.length === 0 || determiners.some((d) => /^an?$/iu.test(d?.form ?? '')))
    return undefined;
  // Nor the head of a term of two nouns (`bike-share scheme`, `pension scheme`): the term names
  // one thing, and the noun's dominant sense is not its sense there (`The city's bike-share
  // strategy recorded 1.14 million hires`, rating 115's batch).
  if ((info.children[w.id] ?? []).some((c) => info.s.words[c - 1]?.deprel === 'compound'))
    return undefined;
  const sense = glossary.sense(w.lemma, 'NOUN');
  if (!sense) return undefined;
  return sense.synonyms.find(
    (x) =>
      /^\p{Ll}+$/u.test(x) &&
      !sameStem(x, w.lemma) &&
      pack.isFamiliar(x) &&
      // The synonym's own dominant sense is this one (`prevention`: `bar` is not).
      glossary.sense(x, 'NOUN')?.definition === sense.definition
  );
}

/** Whether a German noun names the people of a city or country (`Wiener`, `Linzer`, `Kölnerin`). */
function placePeople(doc: Doc, lemma: string): boolean {
  const stem = /^(\p{Lu}\p{Ll}{2,}?)(er|erin|erinnen)$/u.exec(lemma)?.[1];
  if (!stem || !doc.names) return false;
  const names = doc.names;
  return [stem, `${stem}e`].some(
    (place) => names.has('city', place) || names.has('country', place)
  );
}

/**
 * One noun of the clause and its synonym, where the text offers one: a common noun the
 * statement keeps, written once in it, not part of a name.
 */
export function synonymFor(
  doc: Doc,
  pack: LanguagePack,
  info: SentenceInfo,
  clause: Clause,
  statement: string
): Replacement | undefined {
  for (const w of nounsOf(info, clause)) {
    if (doc.entityAt(info.s.index, w.id)) continue;
    // Nor a title or role beside a name (`Kanzler Werner Faymann`, `teacher Hector`): it goes
    // with the name, and its synonym (`instructor Hector`) is not how the person is called.
    const beside = [info.s.words[w.id - 2], info.s.words[w.id]];
    if (beside.some((x) => x?.upos === 'PROPN')) continue;
    // (German: also after a capitalised word the dictionary has no noun for, a name the tagger
    // missed: `des Samsung Cups`.)
    const before = info.s.words[w.id - 2];
    if (
      doc.language === 'de' &&
      before &&
      /^\p{Lu}/u.test(before.form) &&
      !doc.lexicon?.analysesOf(before.form).some((a) => a.upos === 'NOUN')
    )
      continue;
    // Nor a person's office or role (`Bürgermeister`: `Ortssprecher`): who is meant must stay
    // who the text names.
    if (pack.isAgentNoun(w.lemma)) continue;
    // Nor the people of a place (`die Wiener` for Austria Wien's team, whose thesaurus group is
    // the sausage: `Frankfurter`, a key made wrong in blind rating 59).
    if (isDemonymNoun(doc, w.lemma) || placePeople(doc, w.lemma)) continue;
    // Written once, as a word of its own.
    if ((statement.match(wholeWord(w.form)) ?? []).length !== 1) continue;
    const synonym =
      doc.language === 'de' ? germanSynonym(doc, pack, w) : englishSynonym(doc, pack, w, info);
    if (synonym && synonym !== w.form) return { form: w.form, synonym };
  }
  return undefined;
}

/** The text with the replacement made, or undefined where the word is not in it once. */
export function reword(text: string, r: Replacement): string | undefined {
  const pattern = wholeWord(r.form);
  if ((text.match(pattern) ?? []).length !== 1) return undefined;
  return text.replace(pattern, r.synonym);
}
