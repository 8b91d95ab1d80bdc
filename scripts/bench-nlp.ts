/**
 * Trains each language's models on the training part of the data kit and scores them on the
 * development file they never saw (German: UD German-GSD dev; English: UD English-EWT dev).
 * Prints one JSON object per language: UPOS, Case (over the words whose gold FEATS has Case),
 * whole-FEATS and lemma accuracy in %, tokens per second of the tagger, model size.
 * Tokens per second are counted against the process's CPU time (one core), so that a machine
 * shared with other work does not make the tagger look slower than it is; wall-clock speed is
 * given beside it.
 *
 * German also gets a second line measured the way the shipped model is trained (PUD plus GSD
 * dev): a 2-fold cross-validation over GSD dev in alternating blocks of 50 sentences, each half
 * tagged by a model trained on PUD and the other half, so no word is scored by a model that saw
 * it.
 *
 * Usage: npm run bench:nlp [-- de|en]
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConllu, type ConlluSentence } from '../src/lib/core/nlp/conllu';
import { decodeEntityRecogniser } from '../src/lib/core/nlp/ner/recogniser';
import { decodeParser } from '../src/lib/core/nlp/parser/parser';
import { evaluateNer } from './nlp/eval-ner';
import { germanTagger, germEvalDev, withTags as withNerTags } from './nlp/ner-data';
import { DEV_FILES, evaluateParser, readConllu } from './nlp/eval-parser';
import { buildParserModel, TRAIN_FILES } from './nlp/train-parser';
import { decodeTagger } from '../src/lib/core/nlp/tagger/tagger';
import { evaluateTagger } from '../src/lib/core/nlp/tagger/train';
import type { Language } from '../src/lib/core/nlp/types';
import { NLP_DIR } from './nlp-dir';
import {
  loadGermanLexicon,
  readTreebank,
  REPO,
  TAGGER_DATA,
  trainLanguage
} from './nlp/train-tagger';

const languages = process.argv.slice(2).filter((a): a is Language => a === 'de' || a === 'en');
for (const language of languages.length > 0 ? languages : (['de', 'en'] as const)) {
  const lexicon = language === 'de' ? loadGermanLexicon() : undefined;
  const started = process.cpuUsage();
  const bytes = trainLanguage(language, { withDev: false, lexicon });
  const trainCpu = process.cpuUsage(started);
  const trainSeconds = (trainCpu.user + trainCpu.system) / 1e6;
  const tagger = decodeTagger(bytes, lexicon);
  // The gold file as it is: harmonising is for training data only.
  const dev = parseConllu(readFileSync(join(NLP_DIR, TAGGER_DATA[language].dev), 'utf8'));
  // Warm up on a slice so the speed measures steady tagging, not the JIT.
  evaluateTagger(tagger, dev.slice(0, 100));
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const scores = evaluateTagger(tagger, dev);
  const cpu = process.cpuUsage(cpu0);
  const seconds = (performance.now() - t0) / 1000;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const lexiconGzip =
    language === 'de'
      ? gzipSync(readFileSync(join(REPO, 'static/models/de/lexicon.bin')), { level: 9 }).length
      : 0;
  console.log(
    JSON.stringify({
      language,
      dev: TAGGER_DATA[language].dev,
      train: TAGGER_DATA[language].train,
      words: scores.words,
      upos: scores.upos,
      case: scores.case,
      caseWords: scores.caseWords,
      feats: scores.feats,
      lemma: scores.lemma,
      taggerTokensPerCpuSecond: Math.round(scores.words / cpuSeconds),
      taggerTokensPerWallSecond: Math.round(scores.words / seconds),
      taggerGzipBytes: gzipSync(bytes, { level: 9 }).length,
      lexiconGzipBytes: lexiconGzip,
      trainCpuSeconds: Math.round(trainSeconds),
      perFeature: scores.perFeature
    })
  );
}

/** The shipped German setting, measured by 2-fold cross-validation over GSD dev. */
function germanCrossValidation(): void {
  const lexicon = loadGermanLexicon();
  const file = TAGGER_DATA.de.dev;
  const gold = parseConllu(readFileSync(join(NLP_DIR, file), 'utf8'));
  const training = readTreebank(file, 'de', lexicon);
  const half = (i: number) => Math.floor(i / 50) % 2;
  const sum = { words: 0, upos: 0, case: 0, caseWords: 0, feats: 0, lemma: 0 };
  for (const fold of [0, 1]) {
    const bytes = trainLanguage('de', {
      withDev: false,
      lexicon,
      extra: training.filter((_, i) => half(i) !== fold)
    });
    const scores = evaluateTagger(
      decodeTagger(bytes, lexicon),
      gold.filter((_, i) => half(i) === fold)
    );
    sum.words += scores.words;
    sum.upos += (scores.upos * scores.words) / 100;
    sum.feats += (scores.feats * scores.words) / 100;
    sum.lemma += (scores.lemma * scores.words) / 100;
    sum.case += (scores.case * scores.caseWords) / 100;
    sum.caseWords += scores.caseWords;
  }
  const pct = (a: number, b: number) => Math.round((10000 * a) / b) / 100;
  console.log(
    JSON.stringify({
      language: 'de',
      evaluation: `2-fold cross-validation over ${file} (blocks of 50 sentences), trained on PUD + the other half`,
      words: sum.words,
      upos: pct(sum.upos, sum.words),
      case: pct(sum.case, sum.caseWords),
      caseWords: sum.caseWords,
      feats: pct(sum.feats, sum.words),
      lemma: pct(sum.lemma, sum.words)
    })
  );
}

if (languages.length === 0 || languages.includes('de')) germanCrossValidation();

/**
 * The parser and the entity recogniser, measured as the generator uses them: the parser on the
 * development file with the tags of the tagger above (trained without that file), so tagging
 * errors count; German's parser trained on PUD only (with 5-fold jackknifed tags of a one-pass
 * lexicon tagger, `JACKKNIFE_FOLDS`) for the measurement (the shipped one adds GSD dev),
 * English's shipped parser, which never saw EWT dev. Entities: the shipped German
 * recogniser (never trained on GermEval dev) on GermEval dev, exact span and type.
 */
function parserAndEntities(language: Language): void {
  const lexicon = language === 'de' ? loadGermanLexicon() : undefined;
  const tagger = decodeTagger(trainLanguage(language, { withDev: false, lexicon }), lexicon);
  const parserBytes =
    language === 'de'
      ? buildParserModel('de', { measure: true }).bytes
      : new Uint8Array(readFileSync(join(REPO, 'static/models/en/parser.bin')));
  const parser = decodeParser(parserBytes);
  const gold = readConllu(join(NLP_DIR, DEV_FILES[language]));
  const predicted = (sentence: ConlluSentence) => {
    const forms = sentence.words.map((w) => w.form);
    return tagger.tag(forms).map((t, i) => ({ ...t, form: forms[i] as string }));
  };
  const withTags = evaluateParser(parser, gold, predicted);
  const goldTags = evaluateParser(parser, gold);
  const round = (x: number) => Math.round(x * 100) / 100;
  console.log(
    JSON.stringify({
      language,
      measure: 'parser',
      dev: DEV_FILES[language],
      parserTrainedOn:
        language === 'de' ? TRAIN_FILES.de : 'shipped model (never saw the dev file)',
      uas: round(withTags.uas),
      las: round(withTags.las),
      uasGoldTags: round(goldTags.uas),
      lasGoldTags: round(goldTags.las),
      parserTokensPerCpuSecond: Math.round(withTags.tokensPerSecond)
    })
  );
  if (language === 'de') {
    const ner = decodeEntityRecogniser(
      new Uint8Array(readFileSync(join(REPO, 'static/models/de/ner.bin')))
    );
    // Words tagged by the shipped tagger, as the analysis hands them to the recogniser.
    const e = evaluateNer(ner, withNerTags(germEvalDev(), germanTagger()));
    console.log(
      JSON.stringify({
        language,
        measure: 'entities',
        dev: 'ner/de/germeval2014/NER-de-dev.tsv (outer PER/LOC/ORG/OTH→MISC, deriv/part → O)',
        f1: round(100 * e.f1),
        precision: round(100 * e.precision),
        recall: round(100 * e.recall)
      })
    );
  }
}

for (const language of languages.length > 0 ? languages : (['de', 'en'] as const))
  parserAndEntities(language);
