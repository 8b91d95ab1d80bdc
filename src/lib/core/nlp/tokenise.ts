/**
 * Cuts a sentence into surface tokens with character offsets, then into syntactic words the way
 * Universal Dependencies does: German contractions of preposition and article are two words
 * (`zum` = `zu dem`), English clitics are words of their own (`don't` = `do n't`). The models are
 * trained on UD words, so raw text must be cut the same way.
 */
import type { Language } from './types';

export interface SurfaceToken {
  form: string;
  /** Offsets in the text the sentence was cut from. */
  start: number;
  end: number;
  spaceAfter: boolean;
}

export interface SentenceWord {
  form: string;
  start: number;
  end: number;
  spaceAfter: boolean;
  /** The surface token when this word is part of a multiword token. */
  surface?: string;
}

/** Abbreviations that keep their full stop inside a sentence (lower case, without the dot). */
const ABBREVIATIONS = new Set(
  (
    'z b bzw d h dr prof nr st usw ca vgl u a o etc sog ggf inkl exkl evtl mio mrd abs art hr fr ' +
    'hrsg bzgl geb gest jh jhd max min mind str tel zit zzgl ff f s dipl ing mag bsp ehem verh ' +
    'allg bspw gem lt ugs jan feb mär apr jun jul aug sep sept okt nov dez v chr mr mrs ms jr sr ' +
    'vs inc ltd co corp no dept est gen gov col sgt capt mt ft approx e g i al oct dec mar st ' +
    'bzw mag univ ao dkfm ddr ü'
  ).split(' ')
);

/** German preposition + article contractions (UD splits them into two words). */
const CONTRACTIONS: Record<string, [string, string]> = {
  im: ['in', 'dem'],
  am: ['an', 'dem'],
  zum: ['zu', 'dem'],
  zur: ['zu', 'der'],
  vom: ['von', 'dem'],
  ins: ['in', 'das'],
  beim: ['bei', 'dem'],
  ans: ['an', 'das'],
  aufs: ['auf', 'das'],
  fürs: ['für', 'das'],
  durchs: ['durch', 'das'],
  ums: ['um', 'das'],
  übers: ['über', 'das'],
  unterm: ['unter', 'dem'],
  hinterm: ['hinter', 'dem'],
  überm: ['über', 'dem'],
  vorm: ['vor', 'dem']
};

// Order matters: web addresses, numbers (`1.000,50`, `3:1`, `28.`), words with inner hyphens or
// apostrophes and a trailing hyphen of a shortened compound (`Ein- und Ausreise`), ellipses and
// dashes, then any other single character.
const TOKEN = new RegExp(
  [
    String.raw`(?:https?:\/\/|www\.)[^\s]+[^\s.,;:!?)\]"“”»]`,
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
    String.raw`\d+(?:[.,:/]\d+)*`,
    String.raw`[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*-?`,
    String.raw`\.{2,}|…|-{2,}`,
    String.raw`\S`
  ].join('|'),
  'gu'
);

const isLetters = (s: string) => /^\p{L}+$/u.test(s);

/**
 * Surface tokens of one sentence. `offset` is the sentence's position in the whole text, so the
 * tokens' offsets point into that text.
 *
 * @example tokenise('Dr. Meier kam am 28. Juni.', 'de', 0).map((t) => t.form)
 *   // ['Dr.', 'Meier', 'kam', 'am', '28.', 'Juni', '.']
 */
export function tokenise(sentence: string, language: Language, offset = 0): SurfaceToken[] {
  const raw: { form: string; start: number; end: number }[] = [];
  for (const m of sentence.matchAll(TOKEN)) {
    raw.push({ form: m[0], start: m.index, end: m.index + m[0].length });
  }
  // Re-attach full stops that belong to the token before them: abbreviations, initials,
  // German ordinals and dates (`28.`, `3.` inside the sentence). The sentence's own final stop
  // stays a token.
  const merged: { form: string; start: number; end: number }[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i] as { form: string; start: number; end: number };
    const next = raw[i + 1];
    if (next && next.form === '.' && next.start === t.end) {
      const isLast =
        i + 1 === raw.length - 1 || raw.slice(i + 2).every((r) => /^["“”»’)\]]$/u.test(r.form));
      const lower = t.form.toLowerCase();
      const abbreviation =
        (ABBREVIATIONS.has(lower) && isLetters(t.form)) || /^\p{Lu}$/u.test(t.form);
      // (… and compounds ending in one: `der Weltranglisten-19.`)
      const ordinal =
        language === 'de' && /^(\d{1,4}|\p{L}[\p{L}-]*-\d{1,4})$/u.test(t.form) && !isLast;
      const roman = language === 'de' && /^[IVX]{1,5}$/u.test(t.form) && !isLast && i > 0;
      if ((abbreviation && !isLast) || ordinal || roman) {
        merged.push({ form: t.form + '.', start: t.start, end: next.end });
        i++;
        continue;
      }
    }
    merged.push(t);
  }
  // Dotted acronyms written without spaces (`U.S.`, `z.B.`): letters and dots glued together.
  const out: SurfaceToken[] = [];
  for (let i = 0; i < merged.length; i++) {
    let t = merged[i] as { form: string; start: number; end: number };
    while (
      /^(?:\p{L}\.)+$/u.test(t.form) &&
      merged[i + 1] &&
      (merged[i + 1] as { start: number }).start === t.end &&
      /^\p{L}\.?$/u.test((merged[i + 1] as { form: string }).form)
    ) {
      const n = merged[++i] as { form: string; start: number; end: number };
      t = { form: t.form + n.form, start: t.start, end: n.end };
    }
    out.push({
      form: t.form,
      start: offset + t.start,
      end: offset + t.end,
      spaceAfter: false
    });
  }
  for (let i = 0; i < out.length; i++) {
    const t = out[i] as SurfaceToken;
    const next = out[i + 1];
    t.spaceAfter = next ? next.start > t.end : false;
  }
  return out;
}

/** English clitics split off as words of their own, as in the English Web Treebank. */
const ENGLISH_CLITIC = /^(.+?)(n['’]t|['’](?:s|re|ve|ll|d|m))$/iu;

/**
 * The syntactic words of a sentence's tokens: contractions expanded, clitics split. Words of one
 * token share its offsets and remember its surface form.
 */
export function wordsOf(tokens: readonly SurfaceToken[], language: Language): SentenceWord[] {
  const words: SentenceWord[] = [];
  for (const t of tokens) {
    if (language === 'de') {
      const parts = CONTRACTIONS[t.form.toLowerCase()];
      if (parts) {
        const first = /^\p{Lu}/u.test(t.form)
          ? parts[0][0]!.toUpperCase() + parts[0].slice(1)
          : parts[0];
        words.push({ form: first, start: t.start, end: t.end, spaceAfter: false, surface: t.form });
        words.push({
          form: parts[1],
          start: t.start,
          end: t.end,
          spaceAfter: t.spaceAfter,
          surface: t.form
        });
        continue;
      }
    } else {
      const lower = t.form.toLowerCase();
      if (lower === 'cannot') {
        words.push({
          form: t.form.slice(0, 3),
          start: t.start,
          end: t.end,
          spaceAfter: false,
          surface: t.form
        });
        words.push({
          form: t.form.slice(3),
          start: t.start,
          end: t.end,
          spaceAfter: t.spaceAfter,
          surface: t.form
        });
        continue;
      }
      const m = ENGLISH_CLITIC.exec(t.form);
      if (m && /\p{L}/u.test(m[1] as string)) {
        words.push({
          form: m[1] as string,
          start: t.start,
          end: t.end,
          spaceAfter: false,
          surface: t.form
        });
        words.push({
          form: m[2] as string,
          start: t.start,
          end: t.end,
          spaceAfter: t.spaceAfter,
          surface: t.form
        });
        continue;
      }
    }
    words.push({ form: t.form, start: t.start, end: t.end, spaceAfter: t.spaceAfter });
  }
  return words;
}
