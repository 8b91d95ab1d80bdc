/**
 * Scores an entity recogniser against gold BIO sentences: exact span and type, micro-averaged
 * precision, recall and F1, overall and per type (CoNLL-style: a predicted entity counts only
 * when its first word, last word and type all match a gold one).
 *
 * Usage: npx tsx scripts/nlp/eval-ner.ts [--model static/models/de/ner.bin] [--file NER-de-dev.tsv]
 * Without arguments it scores the committed German model on the GermEval 2014 dev file, with the
 * words tagged by the committed German tagger as in the analysis (`--untagged`: forms only).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { spansFromLabels } from '../../src/lib/core/nlp/ner/bio.ts';
import { decodeEntityRecogniser } from '../../src/lib/core/nlp/ner/recogniser.ts';
import type { EntityRecogniser, EntitySpan } from '../../src/lib/core/nlp/types.ts';
import { germanTagger, germEvalDev, readGermEval, withTags, type NerSentence } from './ner-data.ts';

export interface Counts {
  gold: number;
  predicted: number;
  correct: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface NerEvaluation extends Scores {
  sentences: number;
  tokens: number;
  perType: Record<string, Scores>;
  tokensPerSecond: number;
}

export function scores(c: Counts): Scores {
  const precision = c.predicted > 0 ? c.correct / c.predicted : 0;
  const recall = c.gold > 0 ? c.correct / c.gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}

const key = (s: EntitySpan): string => `${s.type}:${s.start}:${s.end}`;

/** Scores `recognise` on gold sentences; words carry the forms and, where the sentences have
 * them (`withTags`), the tagger's UPOS and lemma, else UPOS `X`. */
export function evaluateNer(
  recogniser: EntityRecogniser,
  sentences: readonly NerSentence[]
): NerEvaluation {
  const total: Counts = { gold: 0, predicted: 0, correct: 0 };
  const byType = new Map<string, Counts>();
  const count = (type: string): Counts => {
    let c = byType.get(type);
    if (!c) byType.set(type, (c = { gold: 0, predicted: 0, correct: 0 }));
    return c;
  };
  let tokens = 0;
  let elapsedMs = 0;
  for (const sentence of sentences) {
    const words = sentence.forms.map((form, i) => ({
      form,
      upos: sentence.tags?.[i]?.upos ?? ('X' as const),
      feats: sentence.tags?.[i]?.feats ?? {},
      lemma: sentence.tags?.[i]?.lemma ?? ''
    }));
    const started = performance.now();
    const predicted = recogniser.recognise(words);
    elapsedMs += performance.now() - started;
    tokens += words.length;
    const gold = spansFromLabels(sentence.labels);
    const goldKeys = new Set(gold.map(key));
    for (const span of gold) {
      total.gold++;
      count(span.type).gold++;
    }
    for (const span of predicted) {
      total.predicted++;
      count(span.type).predicted++;
      if (goldKeys.has(key(span))) {
        total.correct++;
        count(span.type).correct++;
      }
    }
  }
  const perType: Record<string, Scores> = {};
  for (const type of [...byType.keys()].sort()) perType[type] = scores(byType.get(type) as Counts);
  return {
    ...scores(total),
    sentences: sentences.length,
    tokens,
    perType,
    tokensPerSecond: Math.round(tokens / Math.max(elapsedMs / 1000, 1e-9))
  };
}

/** Percentages with one decimal for printing. */
export function formatEvaluation(e: NerEvaluation): string {
  const pct = (x: number): string => (100 * x).toFixed(1);
  const line = (name: string, s: Scores): string =>
    `${name.padEnd(5)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (gold ${s.gold}, predicted ${s.predicted}, correct ${s.correct})`;
  return [
    line('all', e),
    ...Object.entries(e.perType).map(([t, s]) => line(t, s)),
    `${e.sentences} sentences, ${e.tokens} tokens, ${e.tokensPerSecond} tokens/s`
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      model: { type: 'string' },
      file: { type: 'string' },
      json: { type: 'boolean' },
      untagged: { type: 'boolean' }
    }
  });
  const modelPath =
    values.model ?? fileURLToPath(new URL('../../static/models/de/ner.bin', import.meta.url));
  const recogniser = decodeEntityRecogniser(new Uint8Array(readFileSync(modelPath)));
  const gold = values.file ? readGermEval(values.file) : germEvalDev();
  const sentences = values.untagged ? gold : withTags(gold, germanTagger());
  const evaluation = evaluateNer(recogniser, sentences);
  console.log(values.json ? JSON.stringify(evaluation) : formatEvaluation(evaluation));
}
