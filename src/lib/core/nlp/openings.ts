/**
 * A German sentence's first word is capitalised whatever its class, and the tagger, which has
 * learnt that capitalised words it does not know are mostly names, reads some common words
 * there as names: `Weiterer Nachwuchs wird erwartet` (two PROPN, lemma `Nachwuch`), `Erstmals
 * rutschte …` (asked as `Was rutschte …? Erstmals`), `Verliert Strache …`. The repair takes the
 * dictionary's reading where it is certain: a first word tagged PROPN that the dictionary does
 * not know as a noun, whose lower-case form is an inflected adjective before a noun of the
 * dictionary (a name such as `Frank` or `Schnell` is the uninflected form, and `Neuer sagte …` has
 * no noun after it: both stay names) or a finite verb of the dictionary, or an adverb by its
 * ending (`-mals`, `-weise`); and, after a repaired adjective, that noun if the tagger also read
 * it as a name. Runs before the parse, so the parse sees the
 * classes. Only for German (the dictionary's language).
 */
import type { EntityRecogniser, Features, Lexicon, TaggedWord, Upos, Word } from './types';

/** Endings of German adverbs made from other words (`erstmals`, `möglicherweise`). */
const ADVERB_ENDING = /\p{L}{3}(mals|weise|dings|wärts|seits|maßen)$/u;

/** What may stand before a sentence's first word: an opening quotation mark or bracket. */
const OPENER = /^[„“"«(‚‘]$/u;

export function repairCapitalisedOpening(
  forms: readonly string[],
  tags: TaggedWord[],
  lexicon: Lexicon | undefined
): void {
  if (!lexicon) return;
  let i = 0;
  while (i < forms.length && OPENER.test(forms[i] as string)) i++;
  hedgeAtOpening(forms, tags, i);
  // (… also after a dateline the sentence was analysed with: `Wien – Gut eine Woche vor …`.)
  const dash = forms.slice(0, 5).findIndex((f) => /^[–—-]$/u.test(f));
  if (dash > 0) hedgeAtOpening(forms, tags, dash + 1);
  const form = forms[i];
  const tag = tags[i];
  if (!form || !tag || tag.upos !== 'PROPN' || !/^\p{Lu}\p{Ll}/u.test(form)) return;
  if (lexicon.analysesOf(form).some((a) => a.upos === 'NOUN')) return;
  const lower = form.charAt(0).toLowerCase() + form.slice(1);
  const readings = lexicon.analysesOf(lower);
  // An inflected adjective (`neuer`, or `weiterer` on a stem the dictionary knows, `weiter`)
  // before a noun of the dictionary: `Neuer Trainer …`, never `Neuer sagte …` (a name).
  const nextNoun = lexicon.analysesOf(forms[i + 1] ?? '').some((a) => a.upos === 'NOUN');
  const stem = /^(.{3,}?)(e|er|es|en|em)$/u.exec(lower)?.[1];
  const adjective = !nextNoun
    ? undefined
    : (readings.find((a) => a.upos === 'ADJ' && a.lemma !== lower) ??
      (stem && lexicon.analysesOf(stem).some((a) => a.upos === 'ADJ')
        ? { upos: 'ADJ', lemma: stem, feats: {} }
        : undefined));
  const verb = readings.find((a) => a.upos === 'VERB' && a.feats.VerbForm === 'Fin');
  // An uninflected adjective before a preposition opens the sentence as an adverbial
  // (`Gemeinsam mit sieben weiteren Bürgermeistern hatte Köberle … geschrieben`): read as a
  // name, it became the subject and `Köberle` the object, asked `Wen hatte Gemeinsam mit …
  // geschrieben?` (both raters of blind rating 117). (A surname such as `Kurz` before a
  // preposition opens with an adverbial too: `Kurz vor der Sitzung …`.)
  const adverbial =
    !adjective && tags[i + 1]?.upos === 'ADP'
      ? readings.find((a) => a.upos === 'ADJ' && a.lemma === lower)
      : undefined;
  const reading = adjective ?? verb ?? (adverbial && { upos: 'ADJ', lemma: lower, feats: {} });
  if (reading)
    tags[i] = { upos: reading.upos as Upos, lemma: reading.lemma, feats: { ...reading.feats } };
  else if (ADVERB_ENDING.test(lower)) tags[i] = { upos: 'ADV', lemma: lower, feats: {} };
  else return;
  // The noun an adjective goes with, if the tagger made a name of it too.
  const next = tags[i + 1];
  const nextForm = forms[i + 1];
  if (!adjective || !next || !nextForm || next.upos !== 'PROPN') return;
  const noun = lexicon
    .analysesOf(nextForm)
    .filter((a) => a.upos === 'NOUN')
    .sort((a, b) => agreement(b.feats, adjective.feats) - agreement(a.feats, adjective.feats))[0];
  if (noun) tags[i + 1] = { upos: 'NOUN', lemma: noun.lemma, feats: { ...noun.feats } };
}

/** How many of case, number and gender two readings share. */
function agreement(a: Features, b: Features): number {
  return ['Case', 'Number', 'Gender'].filter((k) => a[k] !== undefined && a[k] === b[k]).length;
}

/** Words that hedge an amount (`gut eine Woche`, `rund 300 Menschen`, `fast alle`). */
const HEDGE = /^(gut|rund|knapp|fast|etwa|ungefähr|beinahe|nahezu|annähernd|mehr|weniger)$/u;

/**
 * `Gut eine Woche vor der Wahl …`, `Rund 300 Menschen …`: a capitalised hedge before an article
 * or a number opens the sentence as an adverb, but the tagger read `Gut` as the noun (a
 * subject, and a capital left inside restated clauses: `Drei Kandidaten liegen Gut eine Woche
 * …`).
 */
function hedgeAtOpening(forms: readonly string[], tags: TaggedWord[], i: number): void {
  const form = forms[i];
  const tag = tags[i];
  const next = tags[i + 1];
  if (!form || !tag || !next || !/^(NOUN|PROPN|ADJ)$/u.test(tag.upos)) return;
  const lower = form.charAt(0).toLowerCase() + form.slice(1);
  if (form === lower || !HEDGE.test(lower)) return;
  if (!/^(DET|NUM)$/u.test(next.upos)) return;
  tags[i] = { upos: 'ADV', lemma: lower, feats: {} };
}

/**
 * The other way round: a name opening a German sentence read as an adverb (`Österreich wird in
 * wenigen Wochen … Grenzkontrollen durchführen`, `Ecuador (3) sicherte sich …`),
 * as the tagger reads most capitalised words it does not know at the start (`Allerdings`,
 * `Derzeit`). The parse then had no subject and lost the clause: news leads went unasked. Where
 * the name recogniser, shown the word as a name, finds a place or an organisation beginning with
 * it, it is one (the recogniser knows `Österreich` and `Ecuador` from its lists; `Allerdings` and
 * `Derzeit` it leaves). Runs before the parse.
 */
export function repairNameReadAsAdverb(
  forms: readonly string[],
  tags: TaggedWord[],
  recogniser: EntityRecogniser
): void {
  const openings = new Set<number>();
  let i = 0;
  while (i < forms.length && OPENER.test(forms[i] as string)) i++;
  openings.add(i);
  const dash = forms.slice(0, 5).findIndex((f) => /^[–—-]$/u.test(f));
  if (dash > 0) openings.add(dash + 1);
  for (const at of openings) {
    const form = forms[at];
    const tag = tags[at];
    if (!form || !tag || tag.upos !== 'ADV' || !/^\p{Lu}\p{Ll}/u.test(form)) continue;
    // (A speaker's label, `Hammerschmid:`, is the layout's, not a name of the text.)
    if (forms[at + 1] === ':') continue;
    const lower = form.charAt(0).toLowerCase() + form.slice(1);
    if (ADVERB_ENDING.test(lower)) continue;
    const probe = tags.map((t, k) => ({
      ...(k === at ? { upos: 'PROPN' as Upos, lemma: form, feats: {} } : t),
      form: forms[k] as string
    }));
    // (A place or an organisation only: the recogniser takes any capitalised word it does not
    // know for a person, `Wobei` and `Dorthin` among them.)
    const named = recogniser
      .recognise(probe)
      .some((span) => span.start === at + 1 && (span.type === 'LOC' || span.type === 'ORG'));
    if (named) tags[at] = { upos: 'PROPN', lemma: form, feats: {} };
  }
}

/**
 * An article the parser hung on the verb before a name (`The critic Paul Lenz praised …`:
 * `The` and `critic`, read as an adjective, on `praised`; `Der FC Donaustadt gewinnt`, `die IG
 * Metall zeigte sich`): an article never belongs to a verb. It goes to the name's head, with the
 * words between as the name's own (`critic` its title), so the subject is the whole phrase. Left
 * as it was, questions asked `Who praised the new programme the critic?` (session 31). Only an
 * article followed by a name within three words, through adjectives and nouns.
 */
export function attachArticleToName(words: Word[]): void {
  for (const article of words) {
    if (article.upos !== 'DET' || article.deprel !== 'det') continue;
    const governor = words[article.head - 1];
    if (!governor || !/^(VERB|AUX)$/u.test(governor.upos)) continue;
    const between: Word[] = [];
    let name: Word | undefined;
    for (let id = article.id + 1; id <= Math.min(words.length, article.id + 4); id++) {
      const w = words[id - 1] as Word;
      if (w.upos === 'PROPN') {
        name = w;
        break;
      }
      if (!/^(ADJ|NOUN)$/u.test(w.upos)) break;
      between.push(w);
    }
    if (!name) continue;
    // The name's head: up through the parts of a name to its first word.
    let head: Word = name;
    for (let steps = 0; steps < 4 && /^(flat|flat:name|compound)$/u.test(head.deprel); steps++) {
      const up = words[head.head - 1];
      if (!up || up.upos !== 'PROPN') break;
      head = up;
    }
    article.head = head.id;
    for (const w of between) {
      w.head = head.id;
      w.deprel = 'compound';
      if (w.upos === 'ADJ') w.upos = 'NOUN';
    }
  }
}
