/**
 * Name lists (countries, cities, first names, cue words …) that the entity recogniser reads as
 * features. The lists are built once by `scripts/nlp/build-gazetteers.ts` (CLDR through
 * `Intl.DisplayNames` at build time, openly licensed npm packages) and committed as data; at run
 * time nothing calls `Intl`, so every runtime sees the same lists.
 *
 * A gazetteer marks, for every word of a sentence, which lists have an entry covering it and
 * where in that entry the word stands: `city:B` (first word of a several-word entry), `city:I`
 * (inside), `city:U` (a one-word entry). The longest entry starting at a word wins per list.
 */
import * as v from 'valibot';
import { BloomFilter, type BloomData } from './bloom';

/** The serialised form: one array of entries per list, an entry being words joined by spaces;
 * long lists of one-word entries (first names, surnames) as Bloom filters. */
export interface GazetteerData {
  language: string;
  lists: Record<string, string[]>;
  filters?: Record<string, BloomData>;
}

/** Endings a name takes in the genitive (German `-s`, `-es`, `'`; English `'s` is a word). */
const GENITIVE_ENDINGS = ['s', 'es', "'"];

interface Phrase {
  words: string[];
  list: string;
}

export class Gazetteer {
  /** One-word entries: word → the lists holding it. */
  private readonly single = new Map<string, string[]>();
  /** Several-word entries by their first word, longest first. */
  private readonly phrases = new Map<string, Phrase[]>();
  /** Lists held as Bloom filters (one-word entries only). */
  private readonly filters: [string, BloomFilter][];
  readonly listNames: readonly string[];

  constructor(readonly data: GazetteerData) {
    this.filters = Object.keys(data.filters ?? {})
      .sort()
      .map((name) => [name, BloomFilter.decode((data.filters ?? {})[name] as BloomData)]);
    this.listNames = [
      ...new Set([...Object.keys(data.lists), ...this.filters.map(([n]) => n)])
    ].sort();
    for (const list of this.listNames) {
      for (const entry of data.lists[list] ?? []) {
        const words = entry.split(' ').filter((w) => w.length > 0);
        const first = words[0];
        if (first === undefined) continue;
        if (words.length === 1) {
          const lists = this.single.get(first);
          if (!lists) this.single.set(first, [list]);
          else if (!lists.includes(list)) lists.push(list);
        } else {
          const phrases = this.phrases.get(first);
          if (phrases) phrases.push({ words, list });
          else this.phrases.set(first, [{ words, list }]);
        }
      }
    }
    for (const phrases of this.phrases.values())
      phrases.sort((a, b) => b.words.length - a.words.length);
  }

  /** The lists a single word stands in, also as a genitive: `Deutschlands`, `Griechenlandes`,
   * `Paris'`. */
  listsOf(word: string): readonly string[] {
    const exact = this.lookup(word);
    if (exact.length > 0 || word.length < 4) return exact;
    for (const ending of GENITIVE_ENDINGS) {
      if (!word.endsWith(ending)) continue;
      const base = this.lookup(word.slice(0, -ending.length));
      if (base.length > 0) return base;
    }
    return [];
  }

  private lookup(word: string): readonly string[] {
    const listed = this.single.get(word);
    if (this.filters.length === 0) return listed ?? [];
    let out: string[] | undefined;
    for (const [name, filter] of this.filters) {
      if (!filter.has(word) || listed?.includes(name)) continue;
      out ??= listed ? listed.slice() : [];
      out.push(name);
    }
    return out ?? listed ?? [];
  }

  /** Whether `word` is an entry (one word) of `list`. */
  has(list: string, word: string): boolean {
    return this.listsOf(word).includes(list);
  }

  /**
   * Per word, the marks `list:B|I|U` of the longest entry of each list covering it. Phrases
   * match word by word; the last word may carry a genitive `s`.
   */
  mark(forms: readonly string[]): string[][] {
    const marks: string[][] = forms.map(() => []);
    for (let i = 0; i < forms.length; i++) {
      const form = forms[i] as string;
      for (const list of this.listsOf(form)) (marks[i] as string[]).push(`${list}:U`);
      const phrases = this.phrases.get(form);
      if (!phrases) continue;
      const done = new Set<string>();
      for (const phrase of phrases) {
        if (done.has(phrase.list)) continue;
        const n = phrase.words.length;
        if (i + n > forms.length) continue;
        let ok = true;
        for (let k = 1; k < n && ok; k++) {
          const want = phrase.words[k] as string;
          const got = forms[i + k] as string;
          ok = got === want || (k === n - 1 && GENITIVE_ENDINGS.some((e) => got === want + e));
        }
        if (!ok) continue;
        done.add(phrase.list);
        (marks[i] as string[]).push(`${phrase.list}:B`);
        for (let k = 1; k < n; k++) (marks[i + k] as string[]).push(`${phrase.list}:I`);
      }
    }
    return marks;
  }
}

const GazetteerSchema = v.object({
  language: v.string(),
  lists: v.record(v.string(), v.array(v.string())),
  filters: v.optional(
    v.record(
      v.string(),
      v.object({
        size: v.pipe(v.number(), v.integer(), v.minValue(1)),
        hashes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(32)),
        bits: v.string()
      })
    )
  )
});

/** Checks the shape of decoded gazetteer JSON and builds the lookup. */
export function decodeGazetteer(value: unknown): Gazetteer {
  const parsed = v.safeParse(GazetteerSchema, value);
  if (!parsed.success)
    throw new Error(`gazetteer is malformed: ${v.summarize(parsed.issues).split('\n')[0]}`);
  return new Gazetteer(parsed.output);
}
