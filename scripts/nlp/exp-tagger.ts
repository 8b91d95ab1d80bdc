/**
 * Experiment helper: trains the German tagger on PUD only (the measured setting) and prints
 * UPOS, Case and the most frequent UPOS confusions on GSD dev, with CPU seconds.
 * Usage: npx tsx scripts/nlp/exp-tagger.ts [--out FILE]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseConllu } from '../../src/lib/core/nlp/conllu';
import { decodeTagger } from '../../src/lib/core/nlp/tagger/tagger';
import { evaluateTagger } from '../../src/lib/core/nlp/tagger/train';
import { NLP_DIR } from '../nlp-dir';
import { loadGermanLexicon, readTreebank, TAGGER_DATA, trainLanguage } from './train-tagger';

const lexicon = loadGermanLexicon();
if (process.argv.includes('--cv')) {
  // The shipped setting, as bench:nlp measures it: 2-fold over GSD dev in blocks of 50.
  const file = TAGGER_DATA.de.dev;
  const gold = parseConllu(readFileSync(join(NLP_DIR, file), 'utf8'));
  const training = readTreebank(file, 'de', lexicon);
  const half = (i: number) => Math.floor(i / 50) % 2;
  let words = 0,
    upos = 0,
    kase = 0,
    caseWords = 0;
  for (const fold of [0, 1]) {
    const b = trainLanguage('de', {
      withDev: false,
      lexicon,
      extra: training.filter((_, i) => half(i) !== fold)
    });
    const sc = evaluateTagger(
      decodeTagger(b, lexicon),
      gold.filter((_, i) => half(i) === fold)
    );
    words += sc.words;
    upos += (sc.upos * sc.words) / 100;
    kase += (sc.case * sc.caseWords) / 100;
    caseWords += sc.caseWords;
  }
  console.log(
    JSON.stringify({ cv: true, upos: (100 * upos) / words, case: (100 * kase) / caseWords })
  );
  process.exit(0);
}
const c0 = process.cpuUsage();
const bytes = trainLanguage('de', { withDev: false, lexicon, log: (m) => console.error(m) });
const c1 = process.cpuUsage(c0);
const tagger = decodeTagger(bytes, lexicon);
const dev = parseConllu(readFileSync(join(NLP_DIR, TAGGER_DATA.de.dev), 'utf8'));
const s = evaluateTagger(tagger, dev);
const conf = new Map<string, number>();
for (const sent of dev) {
  const out = tagger.tag(sent.words.map((w) => w.form));
  sent.words.forEach((w, i) => {
    const p = out[i]!;
    if (p.upos !== w.upos)
      conf.set(`${w.upos}>${p.upos}`, (conf.get(`${w.upos}>${p.upos}`) ?? 0) + 1);
    if (w.feats.Case && p.feats.Case !== w.feats.Case) {
      const k = `case ${w.upos} ${w.feats.Case}>${p.feats.Case ?? '_'}`;
      conf.set(k, (conf.get(k) ?? 0) + 1);
    }
  });
}
const i = process.argv.indexOf('--out');
if (i > 0) writeFileSync(process.argv[i + 1]!, bytes);
console.log(
  JSON.stringify({
    upos: s.upos,
    case: s.case,
    feats: s.feats,
    lemma: s.lemma,
    gzip: gzipSync(bytes, { level: 9 }).length,
    trainCpu: Math.round((c1.user + c1.system) / 1e6),
    perFeature: s.perFeature
  })
);
console.log(
  [...conf.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 30)
    .map(([k, v]) => `${k}:${v}`)
    .join('  ')
);
