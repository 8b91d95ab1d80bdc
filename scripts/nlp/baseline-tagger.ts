/**
 * A small greedy averaged-perceptron tagger used ONLY while training and measuring the parser
 * (it never ships): it predicts UPOS together with the features the parser reads (Case,
 * VerbForm, PronType, Reflex, Poss), so that
 * - the parser can be trained on jackknifed tags (each fold tagged by a tagger that did not see
 *   it), the field's standard way to make a parser robust to a tagger's mistakes, and
 * - the parser's scores can be reported with predicted tags before the real tagger (with its
 *   lexicon, built by another component) exists.
 * Lemmas are left as they are: the parser's lemma features are a small part of its input.
 */
import { featureHash, type PerceptronModel } from '../../src/lib/core/nlp/perceptron';
import type { ParserInput } from '../../src/lib/core/nlp/parser/features';
import { SparsePerceptronTrainer } from '../../src/lib/core/nlp/parser/sparse-trainer';
import type { Upos } from '../../src/lib/core/nlp/types';

const PARSER_FEATURES = ['Case', 'VerbForm', 'PronType', 'Reflex', 'Poss'] as const;

/** The tagger's class for a word: `UPOS|Case|VerbForm|PronType|Reflex|Poss`. */
function tagOf(w: ParserInput): string {
  return [w.upos, ...PARSER_FEATURES.map((f) => w.feats[f] ?? '')].join('|');
}

function shape(form: string): string {
  return form
    .replace(/\p{Lu}+/gu, 'X')
    .replace(/\p{Ll}+/gu, 'x')
    .replace(/\d+/g, 'd')
    .slice(0, 6);
}

function features(forms: readonly string[], i: number, prev: string, prev2: string): number[] {
  const w = forms[i] as string;
  const lower = w.toLowerCase();
  const at = (k: number) => (forms[k] ?? (k < 0 ? '<s>' : '</s>')).toLowerCase();
  const list = [
    'b',
    `w=${lower}`,
    `W=${w}`,
    `s1=${lower.slice(-1)}`,
    `s2=${lower.slice(-2)}`,
    `s3=${lower.slice(-3)}`,
    `s4=${lower.slice(-4)}`,
    `p2=${lower.slice(0, 2)}`,
    `sh=${shape(w)}`,
    `first=${i === 0}/${shape(w).slice(0, 1)}`,
    `w-1=${at(i - 1)}`,
    `w+1=${at(i + 1)}`,
    `w-2=${at(i - 2)}`,
    `w+2=${at(i + 2)}`,
    `s3+1=${at(i + 1).slice(-3)}`,
    `s3-1=${at(i - 1).slice(-3)}`,
    `t-1=${prev}`,
    `t-2=${prev2}/${prev}`,
    `t-1w=${prev}/${lower}`
  ];
  return list.map(featureHash);
}

export class BaselineTagger {
  constructor(private readonly model: PerceptronModel) {}

  /** Replaces UPOS and the parser's features with predicted ones; other fields are kept. */
  tag(words: readonly ParserInput[]): ParserInput[] {
    const forms = words.map((w) => w.form);
    let prev = '<s>';
    let prev2 = '<s>';
    return words.map((w, i) => {
      const cls = this.model.classes[this.model.predict(features(forms, i, prev, prev2))] as string;
      prev2 = prev;
      prev = cls;
      const [upos, ...values] = cls.split('|');
      const feats: Record<string, string> = { ...w.feats };
      PARSER_FEATURES.forEach((f, k) => {
        const v = values[k];
        if (v) feats[f] = v;
        else delete feats[f];
      });
      return { ...w, upos: upos as Upos, feats };
    });
  }
}

/** Trains the baseline tagger (greedy, averaged perceptron, seeded order). */
export function trainBaselineTagger(
  sentences: readonly ParserInput[][],
  epochs = 5,
  random: () => number
): BaselineTagger {
  const classes = [...new Set(sentences.flatMap((s) => s.map(tagOf)))].sort();
  const index = new Map(classes.map((c, i) => [c, i]));
  const trainer = new SparsePerceptronTrainer(classes);
  const order = sentences.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const k of order) {
      const s = sentences[k] as ParserInput[];
      const forms = s.map((w) => w.form);
      let prev = '<s>';
      let prev2 = '<s>';
      s.forEach((w, i) => {
        const f = features(forms, i, prev, prev2);
        const guess = trainer.predict(f);
        const truth = index.get(tagOf(w)) as number;
        trainer.tick();
        trainer.update(truth, guess, f);
        prev2 = prev;
        prev = classes[guess] as string;
      });
    }
  }
  return new BaselineTagger(trainer.finish({ bits: 16 }));
}

/** Jackknifing: each of `folds` parts is tagged by a tagger trained on the other parts. */
export function jackknife(
  sentences: readonly ParserInput[][],
  folds: number,
  random: () => number
): ParserInput[][] {
  const out: ParserInput[][] = new Array(sentences.length);
  for (let fold = 0; fold < folds; fold++) {
    const train = sentences.filter((_, i) => i % folds !== fold);
    const tagger = trainBaselineTagger(train, 5, random);
    sentences.forEach((s, i) => {
      if (i % folds === fold) out[i] = tagger.tag(s);
    });
  }
  return out;
}
