/**
 * A person called by their age (`der 23-Jährige`, `des 72-Jährigen`, `the 29-year-old`) is a
 * name the news leaves out because the sentence before gave it. Restated on its own, in a
 * question or a statement, it points at nobody (`Der Disziplinarausschuss verhängte eine
 * Geldstrafe … gegen den 23-Jährigen`, `Wer teilte den Rückzug des 72-Jährigen mit?`: both
 * raters of blind rating 54 asked for the name). This module finds such age epithets and the one
 * person each stands for, and writes the name in their place.
 */
import type { Word } from '../nlp/types';
import type { Doc } from './document';
import type { Candidate } from './kinds/types';
import { surelyTyped } from './kinds/shared';

/** One age epithet of a sentence: its words as they stand in the text and the person's name. */
export interface Epithet {
  surface: string;
  name: string;
  /** German genitive (`des 72-Jährigen`): the name goes in as `von Name`. */
  genitive: boolean;
  /** The sentence that names the person: the last before the epithet (or its own, before it). */
  namedIn: number;
}

const GERMAN_ARTICLE = /^(der|die|den|dem|des)$/iu;

/** The words of an age epithet starting at `w` (its article), if one starts there. */
function epithetAt(doc: Doc, words: readonly Word[], w: Word): Word[] | undefined {
  const at = (k: number) => words[w.id - 1 + k];
  if (doc.language === 'de') {
    if (!GERMAN_ARTICLE.test(w.form)) return undefined;
    // `der 23-Jährige` as one word or as `23`, `-`, `Jährige`.
    const one = at(1);
    const [n, dash, noun] = [at(1), at(2), at(3)];
    const parts =
      one && /^\d+-Jährige[nr]?$/u.test(one.form)
        ? [w, one]
        : n?.upos === 'NUM' && dash?.form === '-' && noun && /^Jährige[nr]?$/u.test(noun.form)
          ? [w, n, dash, noun]
          : undefined;
    // (Not an adjective before a noun: `die 42-Jährige Verletzte`.)
    const next = parts && words[(parts[parts.length - 1] as Word).id];
    if (!parts || (next && /^(NOUN|PROPN|ADJ)$/u.test(next.upos))) return undefined;
    return parts;
  }
  if (!/^the$/iu.test(w.form)) return undefined;
  const one = at(1);
  const parts =
    one && /^\d+-year-old$/iu.test(one.form)
      ? [w, one]
      : at(1)?.upos === 'NUM' && at(2)?.form === '-' && /^year-old$/iu.test(at(3)?.form ?? '')
        ? [w, at(1) as Word, at(2) as Word, at(3) as Word]
        : undefined;
  if (!parts) return undefined;
  // Only where the epithet is the whole phrase (`The 29-year-old would be …`), not where it
  // describes a noun after it (`The 28-year-old 800 metres runner`).
  const next = words[(parts[parts.length - 1] as Word).id];
  if (next && /^(NOUN|PROPN|NUM|ADJ)$/u.test(next.upos)) return undefined;
  return parts;
}

/**
 * Age epithets by sentence index, each with the person it stands for: the person the text
 * mentions most among those named in the epithet's sentence (before it) and the two sentences
 * before, named in two sentences at least; where two such persons tie, none (better the
 * epithet than a wrong name); where none is named there, the person the text is about.
 */
export function findEpithets(doc: Doc): Map<number, Epithet[]> {
  const out = new Map<number, Epithet[]>();
  // (Only names the text surely gives a person: the recogniser takes clubs for persons too,
  // `Chelsea`.)
  const persons = [...doc.entities.values()].filter(
    (e) => e.type === 'PER' && surelyTyped(doc, e.key)
  );
  for (const info of doc.sentences) {
    const s = info.s;
    for (const w of s.words) {
      const parts = epithetAt(doc, s.words, w);
      if (!parts) continue;
      const last = parts[parts.length - 1] as Word;
      const near = persons
        .map((e) => ({
          e,
          near: e.mentions.some(
            (m) =>
              (m.sentence === s.index && m.span.end <= w.id) ||
              (m.sentence < s.index && m.sentence >= s.index - 2)
          ),
          weight: new Set(e.mentions.map((m) => m.sentence)).size
        }))
        .filter((x) => x.near && x.weight >= 2)
        .sort((a, b) => b.weight - a.weight);
      // Where nobody is named just before, the person the whole text is about (named in three
      // sentences or more, twice as many as anyone else): `Am Donnerstag teilte das University
      // College London den Rückzug des 72-Jährigen mit` of an article on Tim Hunt.
      const all = persons
        .map((e) => ({ e, weight: new Set(e.mentions.map((m) => m.sentence)).size }))
        .sort((a, b) => b.weight - a.weight);
      const main =
        all[0] && all[0].weight >= 3 && all[0].weight >= 2 * (all[1]?.weight ?? 0)
          ? all[0]
          : undefined;
      const best = near.length > 0 ? near[0] : main;
      if (!best || (near.length > 0 && near[1] && near[1].weight === best.weight)) continue;
      const naming = best.e.mentions.filter(
        (m) => m.sentence < s.index || (m.sentence === s.index && m.span.end <= w.id)
      );
      const namedIn = naming.length > 0 ? Math.max(...naming.map((m) => m.sentence)) : undefined;
      const list = out.get(s.index) ?? [];
      list.push({
        surface: doc.text.slice(w.start, last.end),
        name: best.e.name,
        genitive: doc.language === 'de' && /^des$/iu.test(w.form),
        namedIn: namedIn ?? Math.min(...best.e.mentions.map((m) => m.sentence))
      });
      out.set(s.index, list);
    }
  }
  return out;
}

/** `text` with each epithet of `list` replaced by its person's name. */
export function withNames(text: string, list: readonly Epithet[]): string {
  let out = text;
  for (const e of list) {
    const lower = e.surface.charAt(0).toLowerCase() + e.surface.slice(1);
    const upper = e.surface.charAt(0).toUpperCase() + e.surface.slice(1);
    const name = e.genitive ? `von ${e.name}` : e.name;
    out = out.split(lower).join(name).split(upper).join(name);
  }
  return out;
}

/**
 * A candidate with the age epithets of its sentences named: in its prompt, choices, answer and
 * correction. A gap (which shows its sentence as the text has it) and a vocabulary card stay as
 * they are; so does a question whose answer the name would give away.
 */
export function nameEpithets(c: Candidate, epithets: Map<number, Epithet[]>): Candidate {
  if (c.type === 'cloze' || c.card === 'vocabulary') return c;
  const list = c.evidence.flatMap((i) => epithets.get(i) ?? []);
  if (list.length === 0) return c;
  const prompt = withNames(c.prompt, list);
  if (
    typeof c.answer === 'string' &&
    c.type !== 'true-false' &&
    list.some((e) => e.name === c.answer || e.name.endsWith(` ${String(c.answer)}`)) &&
    prompt !== c.prompt
  )
    return c;
  const renamed: Candidate = {
    ...c,
    prompt,
    ...(typeof c.answer === 'string' && withNames(c.answer, list) !== c.answer
      ? { answer: withNames(c.answer, list), accept: [] }
      : {}),
    ...(c.choices ? { choices: c.choices.map((x) => withNames(x, list)) } : {}),
    ...(c.correction ? { correction: withNames(c.correction, list) } : {})
  };
  // What the text must bear out now holds the name (a statement, its correction, an answer):
  // the sentence that names the person proves it too (`… gegen Neymar` of `… gegen den
  // 23-Jährigen`, named in the sentence before).
  const proved = [
    ...(c.type === 'true-false' ? [renamed.prompt, renamed.correction ?? ''] : []),
    ...(typeof renamed.answer === 'string' ? [renamed.answer] : []),
    ...(renamed.choices ?? [])
  ];
  const naming = list
    .filter((e) => proved.some((t) => t.includes(e.name)) && !c.evidence.includes(e.namedIn))
    .map((e) => e.namedIn);
  if (naming.length > 0) renamed.named = [...new Set(naming)].sort((a, b) => a - b);
  // A true/false statement and its twin point at each other: both are renamed, linked anew.
  if (c.twin) {
    const twin = nameEpithets({ ...c.twin, twin: undefined }, epithets);
    renamed.twin = { ...twin, twin: renamed };
  }
  return renamed;
}
