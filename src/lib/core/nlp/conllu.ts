/**
 * Reads and writes CoNLL-U (https://universaldependencies.org/format.html), the format every
 * UD tool speaks, so the models can be trained on treebanks and scored with the CoNLL 2018
 * evaluation script. Word lines are kept with all ten columns; multiword-token lines (`1-2`)
 * and empty nodes (`8.1`) are kept verbatim so that a sentence is written back exactly.
 */

import type { Features } from './types';

export interface ConlluWord {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: Features;
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

export interface ConlluSentence {
  /** Comment lines without the leading `# ` (e.g. `sent_id = n01001011`). */
  comments: string[];
  words: ConlluWord[];
  /** Lines that are neither comments nor word lines (`1-2 zum …`, `8.1 …`), by position: the
   * line stands before the word whose index in `words` is the key. */
  extra: { before: number; line: string }[];
}

/** `Case=Nom|Number=Sing` → `{ Case: 'Nom', Number: 'Sing' }`; `_` → `{}`. */
export function parseFeatures(column: string): Features {
  const feats: Record<string, string> = {};
  if (column === '_' || column === '') return feats;
  for (const pair of column.split('|')) {
    const eq = pair.indexOf('=');
    if (eq > 0) feats[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return feats;
}

/** Features in UD's canonical order (names sorted case-insensitively), `_` when none. */
export function formatFeatures(feats: Features): string {
  const names = Object.keys(feats).sort((a, b) =>
    a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0
  );
  return names.length === 0 ? '_' : names.map((n) => `${n}=${feats[n]}`).join('|');
}

/** Parses a CoNLL-U document; throws with a line number on a malformed word line. */
export function parseConllu(text: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current: ConlluSentence = { comments: [], words: [], extra: [] };
  const lines = text.split(/\r?\n/);
  const flush = () => {
    if (current.words.length > 0 || current.comments.length > 0) sentences.push(current);
    current = { comments: [], words: [], extra: [] };
  };
  lines.forEach((line, n) => {
    if (line.trim() === '') return flush();
    if (line.startsWith('#')) {
      current.comments.push(line.replace(/^#\s?/, ''));
      return;
    }
    const cols = line.split('\t');
    if (cols.length < 10)
      throw new Error(`line ${n + 1}: expected 10 columns, found ${cols.length}`);
    const id = cols[0] as string;
    if (!/^\d+$/.test(id)) {
      current.extra.push({ before: current.words.length, line });
      return;
    }
    current.words.push({
      id: Number(id),
      form: cols[1] as string,
      lemma: cols[2] as string,
      upos: cols[3] as string,
      xpos: cols[4] as string,
      feats: parseFeatures(cols[5] as string),
      head: cols[6] === '_' ? 0 : Number(cols[6]),
      deprel: cols[7] as string,
      deps: cols[8] as string,
      misc: cols[9] as string
    });
  });
  flush();
  return sentences;
}

/** Writes sentences back as CoNLL-U, each followed by a blank line. */
export function formatConllu(sentences: readonly ConlluSentence[]): string {
  const out: string[] = [];
  for (const s of sentences) {
    for (const c of s.comments) out.push(`# ${c}`);
    let extra = 0;
    s.words.forEach((w, i) => {
      while (extra < s.extra.length && (s.extra[extra] as { before: number }).before === i)
        out.push((s.extra[extra++] as { line: string }).line);
      out.push(
        [
          w.id,
          w.form,
          w.lemma,
          w.upos,
          w.xpos,
          formatFeatures(w.feats),
          w.head,
          w.deprel,
          w.deps,
          w.misc
        ].join('\t')
      );
    });
    while (extra < s.extra.length) out.push((s.extra[extra++] as { line: string }).line);
    out.push('');
  }
  return out.join('\n') + (out.length > 0 ? '\n' : '');
}
