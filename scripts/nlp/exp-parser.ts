/**
 * Experiment helper: the German parser trained on PUD only (the measured setting), scored on
 * GSD dev with the tags of a given tagger model (trained without GSD dev) and with gold tags.
 * `--jackknife K`: the parser learns from PUD with tags predicted by K taggers, each trained on
 * the other folds (`--mix both`: the gold-tagged copy too).
 * Usage: npx tsx scripts/nlp/exp-parser.ts --tagger FILE [--parser FILE] [--out FILE]
 *        [--jackknife K] [--mix pred|both] [--noise P]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ConlluSentence } from '../../src/lib/core/nlp/conllu';
import { decodeParser } from '../../src/lib/core/nlp/parser/parser';
import { decodeTagger } from '../../src/lib/core/nlp/tagger/tagger';
import { trainTagger } from '../../src/lib/core/nlp/tagger/train';
import { NLP_DIR } from '../nlp-dir';
import { DEV_FILES, evaluateParser, readConllu } from './eval-parser';
import { buildParserModel, fromConllu, SETTINGS, trainParser, TRAIN_FILES } from './train-parser';
import { loadGermanLexicon, readTreebank, TAGGER_SETTINGS } from './train-tagger';

const arg = (n: string) => {
  const i = process.argv.indexOf(n);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const lexicon = loadGermanLexicon();
const tagger = decodeTagger(new Uint8Array(readFileSync(arg('--tagger')!)), lexicon);
const c0 = process.cpuUsage();
let parserBytes: Uint8Array;
const noise = arg('--noise') ? Number(arg('--noise')) : undefined;
const extraSettings = {
  ...(noise !== undefined ? { tagNoise: noise } : {}),
  ...(arg('--budget') ? { maxGzipBytes: Number(arg('--budget')) } : {}),
  ...(arg('--epochs') ? { epochs: Number(arg('--epochs')) } : {})
};
if (arg('--parser')) parserBytes = new Uint8Array(readFileSync(arg('--parser')!));
else if (arg('--jackknife')) {
  const k = Number(arg('--jackknife'));
  const goldSentences = TRAIN_FILES.de.flatMap((f) => readConllu(resolve(NLP_DIR, f)));
  const harmonised = TRAIN_FILES.de.flatMap((f) => readTreebank(f, 'de', lexicon));
  const data = fromConllu(goldSentences);
  const predicted = data.map((s) => ({ ...s, words: [...s.words] }));
  for (let fold = 0; fold < k; fold++) {
    const bytes = trainTagger(
      harmonised.filter((_, i) => i % k !== fold),
      { language: 'de', lexicon, ...TAGGER_SETTINGS.de }
    );
    const t = decodeTagger(bytes, lexicon);
    data.forEach((s, i) => {
      if (i % k !== fold) return;
      const forms = s.words.map((w) => w.form);
      predicted[i]!.words = t.tag(forms).map((x, j) => ({ ...x, form: forms[j]! }));
    });
    console.error(`fold ${fold + 1}/${k} tagged`);
  }
  const train = arg('--mix') === 'both' ? [...data, ...predicted] : predicted;
  parserBytes = trainAndSweep(train);
} else if (arg('--sweep')) {
  parserBytes = trainAndSweep(
    TRAIN_FILES.de.flatMap((f) => fromConllu(readConllu(resolve(NLP_DIR, f))))
  );
} else
  parserBytes = buildParserModel('de', {
    measure: true,
    settings: extraSettings,
    log: (l) => console.error(l)
  }).bytes;

function trainAndSweep(train: ReturnType<typeof fromConllu>): Uint8Array {
  const result = trainParser(train, {
    language: 'de',
    ...SETTINGS.de,
    ...extraSettings,
    onEpoch: (e, info) => console.error(`epoch ${e}: ${info.seconds.toFixed(1)} s`)
  });
  const sweep = arg('--sweep');
  if (sweep) {
    const gold = readConllu(join(NLP_DIR, DEV_FILES.de));
    for (const w of sweep.split(',').map(Number)) {
      const bytes = result.finishAt(w);
      const p = evaluateParser(decodeParser(bytes), gold, predict);
      console.log(
        JSON.stringify({
          minWeight: w,
          gzip: gzipSync(bytes, { level: 9 }).length,
          uas: p.uas,
          las: p.las
        })
      );
    }
  }
  return result.bytes;
}
const c1 = process.cpuUsage(c0);
if (arg('--out')) writeFileSync(arg('--out')!, parserBytes);
const parser = decodeParser(parserBytes);
const gold = readConllu(join(NLP_DIR, DEV_FILES.de));
function predict(sentence: ConlluSentence) {
  const forms = sentence.words.map((w) => w.form);
  return tagger.tag(forms).map((t, i) => ({ ...t, form: forms[i] as string }));
}
const p = evaluateParser(parser, gold, predict);
const g = evaluateParser(parser, gold);
console.log(
  JSON.stringify({
    uas: p.uas,
    las: p.las,
    uasGold: g.uas,
    lasGold: g.las,
    cpu: Math.round((c1.user + c1.system) / 1e6)
  })
);
