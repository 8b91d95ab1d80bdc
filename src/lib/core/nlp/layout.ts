/**
 * What a news text's layout adds around its sentences: the title line, the news agency's
 * dateline that opens the body (`Wien –`, `LONDON (Reuters) -`) and an interview's speaker labels
 * (`STANDARD:`, `Poposki:`). They are marked so that no question asks about them as content.
 */
import type { SentenceWord } from './tokenise';
import type { Upos } from './types';

/** Capitalised at a sentence's start but never a place: articles, pronouns, conjunctions. */
const OPENERS = new Set(
  (
    'der die das den dem des ein eine einer eines einem einen er sie es wir ich ihr man dies diese ' +
    'dieser dieses jene und oder aber doch auch so wie wenn weil als da dass nun zudem ' +
    'the a an it he she they we this that these those and or but so if when as'
  ).split(' ')
);

/** Parts of speech a place or agency name cannot have. */
const NOT_A_NAME = new Set<Upos>(['DET', 'PRON', 'VERB', 'AUX', 'ADP', 'SCONJ', 'CCONJ']);

const DASHES = new Set(['–', '—', '-', '--']);
/** Months as a dateline writes them after its day (`14 March`, `3. Mai`). */
const DATELINE_MONTH =
  /^(January|February|March|April|May|June|July|August|September|October|November|December|Januar|Jänner|Februar|März|Mai|Juni|Juli|Oktober|Dezember)$/u;
/** Lower-case words inside place names. */
const NAME_PARTICLES = /^(de|del|della|da|do|dos|di|la|le|les|am|an|der|im|upon|on|sur|en|y)$/u;

/**
 * Words `[0, end)` of a dateline opening the sentence, or undefined. A dateline is one to four
 * capitalised place words (with `/`, `(APA)`-style agency brackets, commas, a full stop after
 * capitals) followed by a dash
 * within the first eight words, and at least three words after the dash.
 */
export function findDateline(
  words: readonly SentenceWord[],
  tags?: readonly { upos: Upos }[]
): number | undefined {
  const limit = Math.min(words.length, 9);
  let places = 0;
  for (let i = 0; i < limit; i++) {
    const form = (words[i] as SentenceWord).form;
    if (DASHES.has(form)) {
      if (places === 0 || places > 4) return undefined;
      if (words.length - (i + 1) < 3) return undefined;
      return i + 1;
    }
    if (/^[/,()]$/u.test(form)) continue;
    // A date after the place (`LEEDS, 14 March –`, `Cardiff, 4 April –`): the dateline had been
    // read as the sentence's opening (`A week published today in the journal Thorax.`, the gist's
    // key opening `CRAVEN ARMS, Shropshire, 11 August –`: blind rating 75).
    if (
      places > 0 &&
      ((/^\d{1,2}\.?$/u.test(form) && DATELINE_MONTH.test(words[i + 1]?.form ?? '')) ||
        (DATELINE_MONTH.test(form) && /^\d{1,2}\.?$/u.test(words[i - 1]?.form ?? '')))
    )
      continue;
    // A full stop after a place in capitals, as Austrian papers write it (`LEIBNITZ. – Ein …`):
    // the gist's key opened with it, giving itself away as the lead (blind rating 73).
    if (
      form === '.' &&
      i > 0 &&
      /^\p{Lu}[\p{Lu}-]+$/u.test(words[i - 1]?.form ?? '') &&
      DASHES.has(words[i + 1]?.form ?? '')
    )
      continue;
    // Inside brackets an agency name may be all capitals or lower case (`(dpa)`).
    const insideBracket =
      words.slice(0, i).some((w) => w.form === '(') &&
      !words.slice(0, i).some((w) => w.form === ')');
    if (insideBracket) continue;
    // A particle inside a place name (`Santiago de Chile`, `Frankfurt am Main`).
    if (places > 0 && NAME_PARTICLES.test(form) && /^\p{Lu}/u.test(words[i + 1]?.form ?? ''))
      continue;
    if (!/^\p{Lu}/u.test(form) || OPENERS.has(form.toLowerCase())) return undefined;
    const upos = tags?.[i]?.upos;
    if (upos && NOT_A_NAME.has(upos)) return undefined;
    places++;
  }
  return undefined;
}

/**
 * A speaker label opening the sentence: one word in capitals (`STANDARD:`, `FRAU:`) or one or two
 * capitalised words (`Poposki:`, `Maria Vassilakou:`) followed by a colon, with a sentence after
 * it. Returns the label and the number of words it spans (the colon included).
 */
export function findSpeaker(
  words: readonly SentenceWord[]
): { label: string; end: number } | undefined {
  for (const n of [1, 2]) {
    const colon = words[n];
    if (!colon || colon.form !== ':' || words.length < n + 3) continue;
    const label = words.slice(0, n);
    // (… or the letters of a question-and-answer interview, `Q:`, `A:`, German `F:`, or an
    // agency or paper that writes its name in lower case, `dpa:`, `taz:`.)
    const allCaps =
      n === 1 &&
      /^(\p{Lu}[\p{Lu}\d-]+|Q|A|F|dpa|taz|epd|kna|afp|apa|sid)$/u.test(
        (label[0] as SentenceWord).form
      );
    // (A capital inside a name, `MacAulay:`, `O'Neill:`, `DiCaprio:`, before a small letter.)
    const names = label.every((w) =>
      /^\p{Lu}(?:[\p{Ll}'’]|\p{Lu}(?=\p{Ll}))+(?:-\p{Lu}\p{Ll}+)?$/u.test(w.form)
    );
    // A capitalised word and a colon is also how German introduces a list or a quotation
    // (`Fazit: …`, `Er sagte: …`): only an all-caps label, or a name-like label the next word
    // of which opens a sentence, counts.
    if (allCaps || (names && /^[\p{Lu}„"“]/u.test((words[n + 1] as SentenceWord).form))) {
      return { label: label.map((w) => w.form).join(' '), end: n + 1 };
    }
  }
  return undefined;
}
