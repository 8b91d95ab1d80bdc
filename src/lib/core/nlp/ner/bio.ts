/**
 * BIO labels ↔ entity spans. The recogniser labels each word `O`, `B-TYPE` (first word of an
 * entity) or `I-TYPE` (a following word of the same entity); spans use 1-based word ids with an
 * exclusive end, as `EntitySpan` does.
 */
import type { EntitySpan } from '../types';

/** The name types the recogniser finds (DATE and NUM come from the analysis' rules). */
export const NAME_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NameType = (typeof NAME_TYPES)[number];

/** The label set of the sequence model: `O` first, then B/I per type. */
export const BIO_LABELS: readonly string[] = [
  'O',
  ...NAME_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])
];

/** The label set of the IO scheme: a word is outside or inside an entity of a type; a run of
 * one type is one entity. Half the classes of BIO, so every class sees more examples (two
 * entities of one type side by side are rare in German text and get merged). */
export const IO_LABELS: readonly string[] = ['O', ...NAME_TYPES];

/** Spans of a BIO (or IO) sequence; an `I-X` that does not continue an `X` opens a new span. */
export function spansFromLabels(labels: readonly string[]): EntitySpan[] {
  const spans: EntitySpan[] = [];
  let open: EntitySpan | undefined;
  labels.forEach((label, i) => {
    const id = i + 1;
    const inside = label !== 'O' && !label.startsWith('B-') && !label.startsWith('I-');
    const type = (inside ? label : label.slice(2)) as NameType;
    if ((inside || label.startsWith('I-')) && open && open.type === type) {
      open.end = id + 1;
      return;
    }
    if (open) spans.push(open);
    open = label === 'O' ? undefined : { type, start: id, end: id + 1 };
  });
  if (open) spans.push(open);
  return spans;
}

/** The BIO sequence of spans over `length` words (spans must not overlap). */
export function labelsFromSpans(spans: readonly EntitySpan[], length: number): string[] {
  const labels: string[] = new Array<string>(length).fill('O');
  for (const span of spans) {
    for (let id = span.start; id < span.end; id++)
      labels[id - 1] = `${id === span.start ? 'B' : 'I'}-${span.type}`;
  }
  return labels;
}

/** Turns any `I-X` that does not follow `B-X`/`I-X` into `B-X`, so that labels read from
 * corpora (or mapped from finer classes) are well formed. */
export function repairBio(labels: readonly string[]): string[] {
  return labels.map((label, i) => {
    if (!label.startsWith('I-')) return label;
    const previous = i > 0 ? (labels[i - 1] as string) : 'O';
    return previous.slice(2) === label.slice(2) && previous !== 'O' ? label : `B-${label.slice(2)}`;
  });
}

/** `B-X`/`I-X` → `X`: BIO labels in the IO scheme. */
export const toIo = (labels: readonly string[]): string[] =>
  labels.map((l) => (l === 'O' ? l : l.slice(2)));
