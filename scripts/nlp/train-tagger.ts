/**
 * Trains the tagger models from the NLP data kit (see ../../scripts/nlp-dir.ts):
 * - German: UD German-PUD (CC BY-SA 3.0), harmonised to GSD's verb features, with the German
 *   lexicon `static/models/de/lexicon.bin` as features and constraints; the shipped model adds
 *   GSD dev (CC BY-SA 4.0), which the kit allows once settings are fixed.
 * - English: UD English-EWT train, PUD, Atis and Pronouns (CC BY-SA); the shipped model adds
 *   EWT dev.
 * Never the CC BY-NC-SA treebanks.
 *
 * Usage: npx tsx scripts/nlp/train-tagger.ts [de] [en]   (writes static/models/<lang>/tagger.bin)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseConllu, type ConlluSentence } from '../../src/lib/core/nlp/conllu';
import { decodeLexicon, type GermanLexicon } from '../../src/lib/core/nlp/lexicon/lexicon';
import {
  encodeTrainedTagger,
  harmoniseGerman,
  trainTaggerWeights,
  type TrainOptions
} from '../../src/lib/core/nlp/tagger/train';
import type { Language } from '../../src/lib/core/nlp/types';
import { NLP_DIR } from '../nlp-dir';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** Training files (openly licensed only) and the development file of each language. */
export const TAGGER_DATA: Record<Language, { train: string[]; dev: string }> = {
  de: { train: ['ud/de/de_pud-ud-test.conllu'], dev: 'ud/de/de_gsd-ud-dev.conllu' },
  en: {
    train: [
      'ud/en/en_ewt-ud-train.conllu',
      'ud/en/en_pud-ud-test.conllu',
      'ud/en/en_atis-ud-train.conllu',
      'ud/en/en_atis-ud-dev.conllu',
      'ud/en/en_atis-ud-test.conllu',
      'ud/en/en_pronouns-ud-test.conllu'
    ],
    dev: 'ud/en/en_ewt-ud-dev.conllu'
  }
};

export function readTreebank(
  file: string,
  language: Language,
  lexicon?: GermanLexicon
): ConlluSentence[] {
  const sentences = parseConllu(readFileSync(join(NLP_DIR, file), 'utf8'));
  return language === 'de'
    ? harmoniseGerman(sentences, lexicon, { pud: file.includes('de_pud-') })
    : sentences;
}

export function loadGermanLexicon(): GermanLexicon {
  return decodeLexicon(readFileSync(join(REPO, 'static/models/de/lexicon.bin')));
}

/** Settings fixed on the development files (see docs/nlp/tagger.md). The weights are pruned
 * from `minWeight` upwards until the gzipped model fits `gzipBudget` bytes (German: 650 KB for
 * tagger and lexicon together). */
export const TAGGER_SETTINGS: Record<
  Language,
  Omit<TrainOptions, 'language' | 'lexicon'> & { gzipBudget: number }
> = {
  de: {
    epochs: 8,
    minWeight: 0.5,
    bits: 8,
    gzipBudget: 440_000,
    caseContext: true,
    closedClasses: true,
    uposContext: true,
    npAgreement: true
  },
  en: { epochs: 5, minWeight: 1, bits: 8, gzipBudget: 390_000 }
};

export function trainLanguage(
  language: Language,
  options: {
    withDev: boolean;
    lexicon?: GermanLexicon;
    /** More training sentences (the benchmark's cross-validation folds). */
    extra?: readonly ConlluSentence[];
    log?: (m: string) => void;
  }
): Uint8Array {
  const files = [...TAGGER_DATA[language].train];
  if (options.withDev) files.push(TAGGER_DATA[language].dev);
  const lexicon = language === 'de' ? (options.lexicon ?? loadGermanLexicon()) : undefined;
  const sentences = files.flatMap((f) => readTreebank(f, language, lexicon));
  if (options.extra) sentences.push(...options.extra);
  const settings = TAGGER_SETTINGS[language];
  const trained = trainTaggerWeights(sentences, {
    language,
    ...settings,
    lexicon,
    log: options.log
  });
  // Prune harder in small steps until the model fits its budget. The budget is measured on the
  // perceptron's version-1 encoding, as when it was set, so that the pruning (and the file's
  // weights) stay what they were; the file is written in version 2, a tenth smaller.
  for (let step = 0; ; step++) {
    const minWeight = Math.round(100 * (settings.minWeight ?? 0.5) + 5 * step) / 100;
    const v1 = encodeTrainedTagger(trained, { minWeight, bits: settings.bits, version: 1 });
    const gzip = gzipSync(v1, { level: 9 }).length;
    options.log?.(`pruned below ${minWeight}: ${gzip} bytes gzip (version 1)`);
    if (gzip <= settings.gzipBudget)
      return encodeTrainedTagger(trained, { minWeight, bits: settings.bits });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const languages = process.argv.slice(2).filter((a): a is Language => a === 'de' || a === 'en');
  for (const language of languages.length > 0 ? languages : (['de', 'en'] as const)) {
    const started = performance.now();
    const bytes = trainLanguage(language, {
      withDev: true,
      log: (m) => console.error(`${language}: ${m}`)
    });
    const target = join(REPO, `static/models/${language}/tagger.bin`);
    mkdirSync(join(REPO, `static/models/${language}`), { recursive: true });
    writeFileSync(target, bytes);
    console.log(
      JSON.stringify({
        model: `${language}/tagger.bin`,
        bytes: bytes.length,
        gzipBytes: gzipSync(bytes, { level: 9 }).length,
        trainSeconds: Math.round((performance.now() - started) / 100) / 10
      })
    );
  }
}
