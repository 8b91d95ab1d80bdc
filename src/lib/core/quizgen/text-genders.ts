/**
 * The gender a German text itself gives a compound the dictionary does not list. The lexicon
 * finds such a compound through its last part (`Grund|steuer`), and the dictionary data on npm
 * keeps one entry per spelling, so a last part with two genders has one of them: `Steuer` is
 * only `das Steuer` (the wheel), `Teil` only `das Teil`, `Bund` only `das Bund`. `die
 * Grundsteuer` was offered in a word bank for `im ____` (`im Grundsteuer`: both raters of blind
 * rating 106 saw the gap give the answer away), and a card would read `das Grundsteuer`. Where
 * the text puts an article before the word that says its gender (`die`, `eine` in the singular:
 * feminine; `das`: neuter; `den` in the singular: masculine), that gender replaces the guess.
 * Words the dictionary lists keep its gender: a misparse of the text should not overrule it.
 */
import type { Lexicon, Word } from '../nlp/types';

type Gender = 'Masc' | 'Fem' | 'Neut';

/** The gender an article before a singular noun says, where it says one alone. */
const GENDER_OF_ARTICLE: Record<string, Gender> = {
  die: 'Fem',
  eine: 'Fem',
  das: 'Neut',
  den: 'Masc'
};

/** Whether the lexicon knows a noun form only by guessing from its last part. */
const onlyGuessed = (lexicon: Lexicon, form: string) => {
  const nouns = lexicon.analysesOf(form).filter((a) => a.upos === 'NOUN');
  return nouns.length > 0 && nouns.every((a) => a.compound);
};

/** Genders the sentences' articles give unlisted compounds, by lemma (one gender each). */
export function gendersShownByArticles(
  sentences: readonly { words: readonly Word[] }[],
  lexicon: Lexicon
): Map<string, Gender> {
  const seen = new Map<string, Set<Gender>>();
  for (const s of sentences)
    for (const w of s.words) {
      if (w.upos !== 'NOUN' || !onlyGuessed(lexicon, w.form)) continue;
      // (The singular: the form is its lemma, and the plural the lexicon gives is another.)
      const plural = lexicon.nounInfo(w.lemma)?.plural;
      if (w.form !== w.lemma || plural === w.form) continue;
      const article = s.words.find(
        (d) => d.head === w.id && d.deprel === 'det' && d.feats.PronType === 'Art'
      );
      const gender = article ? GENDER_OF_ARTICLE[article.form.toLowerCase()] : undefined;
      if (!gender) continue;
      const set = seen.get(w.lemma) ?? new Set<Gender>();
      set.add(gender);
      seen.set(w.lemma, set);
    }
  const out = new Map<string, Gender>();
  for (const [lemma, genders] of seen)
    if (genders.size === 1) out.set(lemma, [...genders][0] as Gender);
  return out;
}

/**
 * The lexicon as the text shows it: unlisted compounds with the gender their articles give
 * (see above). Where that gender is not the guessed one, the guessed plural and inflection go
 * too (they were the other noun's): a feminine keeps its one singular form for every case.
 */
export function withGendersOfText(lexicon: Lexicon, genders: Map<string, Gender>): Lexicon {
  const changed = new Map<string, Gender>();
  for (const [lemma, gender] of genders)
    if (lexicon.nounInfo(lemma)?.gender !== gender) changed.set(lemma, gender);
  if (changed.size === 0) return lexicon;
  const wrapped: Lexicon = {
    nounInfo: (lemma) => {
      const gender = changed.get(lemma);
      return gender ? { gender } : lexicon.nounInfo(lemma);
    },
    analysesOf: (form) =>
      lexicon.analysesOf(form).map((a) => {
        const gender = a.upos === 'NOUN' && a.compound ? changed.get(a.lemma) : undefined;
        return gender ? { ...a, feats: { ...a.feats, Gender: gender } } : a;
      }),
    inflectNoun: (lemma, wanted) => {
      const gender = changed.get(lemma);
      if (!gender) return lexicon.inflectNoun(lemma, wanted);
      return gender === 'Fem' && wanted.Number === 'Sing' ? lemma : undefined;
    }
  };
  if (lexicon.inflectVerb) wrapped.inflectVerb = lexicon.inflectVerb.bind(lexicon);
  if (lexicon.pastParticiple) wrapped.pastParticiple = lexicon.pastParticiple.bind(lexicon);
  if (lexicon.inflectAdjective) wrapped.inflectAdjective = lexicon.inflectAdjective.bind(lexicon);
  return wrapped;
}
