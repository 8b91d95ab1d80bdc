/**
 * Readers for the German NER corpora of the data kit, each mapped to one BIO scheme over
 * PER/ORG/LOC/MISC (see docs/nlp/ner.md for the mapping):
 * - GermEval 2014 (`index TAB token TAB outer TAB inner`): outer labels only; OTH → MISC;
 *   `-deriv` (`deutsche`) and `-part` (`Troia-Ausstellung`) → O, since neither is a name;
 * - LER (`token SPACE tag`, CRLF): the person, place and organisation classes; the legal
 *   classes (laws, decisions, literature, contracts, norms) → O;
 * - Europeana Newspapers (`token SPACE tag`, no sentence boundaries): PER/LOC/ORG, with the
 *   misspelt tags repaired and the stream cut into sentences at sentence-final punctuation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NLP_DIR } from '../nlp-dir.ts';
import { repairBio } from '../../src/lib/core/nlp/ner/bio.ts';
import { decodeTagger } from '../../src/lib/core/nlp/tagger/tagger.ts';
import type { TaggedWord, Tagger } from '../../src/lib/core/nlp/types.ts';

export interface NerSentence {
  forms: string[];
  labels: string[];
  /** The tagger's reading of each word, when the recogniser reads it. */
  tags?: readonly TaggedWord[];
}

/** The German tagger as `npm run train` leaves it in `static/models/de/` (it is trained before
 * the recogniser, on treebanks that share no text with GermEval). */
export function germanTagger(): Tagger {
  const models = new URL('../../static/models/de/', import.meta.url);
  return decodeTagger(
    new Uint8Array(readFileSync(new URL('tagger.bin', models))),
    new Uint8Array(readFileSync(new URL('lexicon.bin', models)))
  );
}

/** The sentences with the tagger's reading of their words, as the analysis gives it. */
export function withTags(sentences: readonly NerSentence[], tagger: Tagger): NerSentence[] {
  return sentences.map((s) => ({
    ...s,
    tags: tagger.tag(s.forms)
  }));
}

export const NER_DIR = join(NLP_DIR, 'ner', 'de');

const GERMEVAL_TYPES: Record<string, string> = { PER: 'PER', LOC: 'LOC', ORG: 'ORG', OTH: 'MISC' };

function mapGermEval(label: string): string {
  const match = /^([BI])-(PER|LOC|ORG|OTH)$/.exec(label);
  return match ? `${match[1]}-${GERMEVAL_TYPES[match[2] as string]}` : 'O';
}

export function readGermEval(path: string): NerSentence[] {
  const sentences: NerSentence[] = [];
  let current: NerSentence = { forms: [], labels: [] };
  const flush = (): void => {
    if (current.forms.length > 0)
      sentences.push({ forms: current.forms, labels: repairBio(current.labels) });
    current = { forms: [], labels: [] };
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('#\t')) continue;
    if (line.trim() === '') {
      flush();
      continue;
    }
    const [, form, outer] = line.split('\t');
    if (!form || !outer) throw new Error(`${path}: malformed line "${line}"`);
    current.forms.push(form);
    current.labels.push(mapGermEval(outer));
  }
  flush();
  return sentences;
}

const LER_TYPES: Record<string, string> = {
  PER: 'PER', RR: 'PER', AN: 'PER',
  LD: 'LOC', ST: 'LOC', STR: 'LOC', LDS: 'LOC',
  ORG: 'ORG', UN: 'ORG', INN: 'ORG', GRT: 'ORG',
  MRK: 'MISC'
}; // prettier-ignore

export function readLer(path: string): NerSentence[] {
  const sentences: NerSentence[] = [];
  for (const block of readFileSync(path, 'utf8')
    .replace(/\r/g, '')
    .split(/\n\s*\n/)) {
    const forms: string[] = [];
    const labels: string[] = [];
    for (const line of block.split('\n')) {
      if (line === '') continue;
      const space = line.lastIndexOf(' ');
      const form = line.slice(0, space);
      const tag = line.slice(space + 1);
      const match = /^([BI])-(\w+)$/.exec(tag);
      const type = match ? LER_TYPES[match[2] as string] : undefined;
      forms.push(form);
      labels.push(type ? `${match?.[1]}-${type}` : 'O');
    }
    if (forms.length > 0) sentences.push({ forms, labels: repairBio(labels) });
  }
  return sentences;
}

export function readEuropeana(path: string): NerSentence[] {
  const sentences: NerSentence[] = [];
  let forms: string[] = [];
  let labels: string[] = [];
  const flush = (): void => {
    if (forms.length > 0) sentences.push({ forms, labels: repairBio(labels) });
    forms = [];
    labels = [];
  };
  for (const line of readFileSync(path, 'utf8').replace(/\r/g, '').split('\n')) {
    if (line.startsWith('# ') || line.trim() === '') continue;
    const parts = line.split(' ');
    if (parts.length !== 2) continue; // tokens with spaces or missing tags (sbb quirks)
    const [form, rawTag] = parts as [string, string];
    const tag = rawTag.toUpperCase().replace(/^([BI])[_.]/, '$1-');
    const match = /^([BI])-(PER|LOC|ORG)$/.exec(tag);
    forms.push(form);
    labels.push(match ? tag : 'O');
    if (/^[.!?]$/.test(form) || forms.length >= 60) flush();
  }
  flush();
  return sentences;
}

export const germEvalTrain = (): NerSentence[] =>
  readGermEval(join(NER_DIR, 'germeval2014', 'NER-de-test.tsv'));
export const germEvalDev = (): NerSentence[] =>
  readGermEval(join(NER_DIR, 'germeval2014', 'NER-de-dev.tsv'));
export const lerSentences = (): NerSentence[] => [
  ...readLer(join(NER_DIR, 'ler', 'ler_dev.conll')),
  ...readLer(join(NER_DIR, 'ler', 'ler_test.conll'))
];
export const europeanaSentences = (): NerSentence[] =>
  ['enp_DE.lft.bio', 'enp_DE.onb.bio', 'enp_DE.sbb.bio'].flatMap((f) =>
    readEuropeana(join(NER_DIR, 'europeana', f))
  );
