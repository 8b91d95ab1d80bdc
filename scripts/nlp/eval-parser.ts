/**
 * Scores a parser on a CoNLL-U file the way the CoNLL 2018 shared task does for gold
 * tokenisation: every syntactic word counts, punctuation included; UAS = share of words with the
 * right head; LAS = right head and right universal relation (the part before `:`, so
 * `nsubj:pass` vs `nsubj` counts as right). The full-label LAS (subtypes must match too) is
 * reported as well.
 *
 * Usage: npx tsx scripts/nlp/eval-parser.ts --lang de|en [--model FILE] [--conllu FILE]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseConllu, type ConlluSentence } from '../../src/lib/core/nlp/conllu';
import { decodeParser } from '../../src/lib/core/nlp/parser/parser';
import type { ParserInput } from '../../src/lib/core/nlp/parser/features';
import type { Parser, Upos } from '../../src/lib/core/nlp/types';
import { NLP_DIR } from '../nlp-dir';

export interface ParserScores {
  words: number;
  sentences: number;
  /** Unlabelled attachment score, 0–100. */
  uas: number;
  /** Labelled attachment score on universal relations, 0–100 (CoNLL 2018). */
  las: number;
  /** Labelled attachment score on full relations with subtypes, 0–100. */
  lasFull: number;
  /** Words per second of parsing alone (tags given), per second of this process's CPU time
   * (so that a busy shared machine does not distort it). */
  tokensPerSecond: number;
}

/** The words of a CoNLL-U sentence as parser input (gold tags, or whatever the file holds). */
export function parserInput(sentence: ConlluSentence): ParserInput[] {
  return sentence.words.map((w) => ({
    form: w.form,
    upos: w.upos as Upos,
    feats: w.feats,
    lemma: w.lemma === '_' ? w.form : w.lemma
  }));
}

/** CPU time of this process in milliseconds (user + system). */
export function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const universal = (deprel: string) => deprel.split(':')[0];

/**
 * Parses every sentence of `gold` from the words given by `input` (by default the gold file's
 * own tags) and compares heads and relations with the gold tree.
 */
export function evaluateParser(
  parser: Parser,
  gold: readonly ConlluSentence[],
  input: (sentence: ConlluSentence, index: number) => ParserInput[] = parserInput,
  clock: () => number = cpuMilliseconds
): ParserScores {
  let words = 0;
  let heads = 0;
  let labelled = 0;
  let labelledFull = 0;
  const inputs = gold.map((sentence, index) => input(sentence, index));
  const started = clock();
  const parses = inputs.map((words_) => parser.parse(words_));
  const elapsed = clock() - started;
  gold.forEach((sentence, index) => {
    const parsed = parses[index] ?? [];
    sentence.words.forEach((w, i) => {
      const p = parsed[i];
      words++;
      if (!p || p.head !== w.head) return;
      heads++;
      if (universal(p.deprel) === universal(w.deprel)) labelled++;
      if (p.deprel === w.deprel) labelledFull++;
    });
  });
  const pct = (x: number) => (words === 0 ? 0 : (100 * x) / words);
  return {
    words,
    sentences: gold.length,
    uas: pct(heads),
    las: pct(labelled),
    lasFull: pct(labelledFull),
    tokensPerSecond: elapsed > 0 ? (words * 1000) / elapsed : 0
  };
}

export const DEV_FILES = {
  de: 'ud/de/de_gsd-ud-dev.conllu',
  en: 'ud/en/en_ewt-ud-dev.conllu'
} as const;

export function readConllu(path: string): ConlluSentence[] {
  return parseConllu(readFileSync(path, 'utf8'));
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const lang = option('--lang');
  if (lang !== 'de' && lang !== 'en') {
    console.error('usage: eval-parser --lang de|en [--model FILE] [--conllu FILE]');
    process.exit(2);
  }
  const modelPath = option('--model') ?? `static/models/${lang}/parser.bin`;
  const conllu = option('--conllu') ?? resolve(NLP_DIR, DEV_FILES[lang]);
  const parser = decodeParser(new Uint8Array(readFileSync(modelPath)));
  const gold = readConllu(conllu);
  evaluateParser(parser, gold); // warm-up: the speed is measured on the second pass
  const scores = evaluateParser(parser, gold);
  console.log(JSON.stringify({ model: modelPath, conllu, ...scores }, null, 2));
}

if (import.meta.url === `file://${process.argv[1]}`) main();
