/**
 * Times the language analysis and the question generator in Node; one JSON object per line:
 * `{"name":…,"value":…,"unit":…}`.
 *
 * - an article of about 800 words from paste to question set, cold (model files read and
 *   decoded, first run of the code) and warm (median of runs after warm-up);
 * - the bundled article, warm;
 * - analysis throughput in tokens per second;
 * - 10 KB and 100 KB of corpus text, and the growth factor (linear ≈ 10);
 * - the English models' load (with the glossary) and the longest English news article, cold
 *   and warm.
 *
 * Usage: npm run bench:generate   (needs ../shared/corpus beside the repository)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '../src/lib/core/nlp/analyse';
import { decodeLanguageModels } from '../src/lib/core/nlp/models';
import { generateQuestionSet } from '../src/lib/core/quizgen/index';
import { CORPUS_DIR } from './corpus-dir';
import { readModelFiles } from './nlp-models';

const repo = fileURLToPath(new URL('../', import.meta.url));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function print(name: string, value: number, unit = 'ms') {
  console.log(JSON.stringify({ name, value: Math.round(value * 100) / 100, unit }));
}

const news = resolve(CORPUS_DIR, 'news-de');
const articles = readdirSync(news)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(resolve(news, f), 'utf8'));
const words = (t: string) => t.split(/\s+/u).filter(Boolean).length;
// About 800 words: the corpus articles joined until the count is reached, cut at a paragraph.
let article = '';
for (const a of articles) {
  if (words(article) >= 800) break;
  article += (article ? '\n\n' : '') + a;
}
article = article.split(/\s+/u).slice(0, 800).join(' ');

// Cold: read and decode the model files, then the first generation.
const coldStart = performance.now();
const files = readModelFiles('de');
const de = decodeLanguageModels('de', files);
const loaded = performance.now();
generateQuestionSet(article, { models: { de }, language: 'de' });
const coldEnd = performance.now();
print('800-word article, model load (read + decode)', loaded - coldStart);
print('800-word article, cold (model load included)', coldEnd - coldStart);
const warm: number[] = [];
for (let i = 0; i < 12; i++) {
  const start = performance.now();
  generateQuestionSet(article, { models: { de }, language: 'de' });
  warm.push(performance.now() - start);
}
print('800-word article, warm (median of 12)', median(warm.slice(2)));

const bundled = readFileSync(resolve(repo, 'questions/hikvision-kanada.de.txt'), 'utf8');
const bundledTimes: number[] = [];
for (let i = 0; i < 20; i++) {
  const start = performance.now();
  generateQuestionSet(bundled, { models: { de }, language: 'de' });
  bundledTimes.push(performance.now() - start);
}
print('bundled article, warm (median of 20)', median(bundledTimes.slice(5)));

// Analysis throughput: words per second over the German news corpus.
const pool = articles.join('\n\n');
const analysisStart = performance.now();
const analysis = analyse(pool, 'de', de);
const analysisMs = performance.now() - analysisStart;
const tokens = analysis.sentences.reduce((n, s) => n + s.words.length, 0);
print(
  'analysis throughput (German news corpus, one core)',
  tokens / (analysisMs / 1000),
  'tokens/s'
);

function corpusText(bytes: number): string {
  let text = '';
  while (new TextEncoder().encode(text).length < bytes) text += pool + '\n\n';
  const cut = text.lastIndexOf('\n\n', bytes);
  return text.slice(0, cut > 0 ? cut : bytes);
}
const results: number[] = [];
for (const [label, bytes, runs] of [
  ['10 KB', 10 * 1024, 5],
  ['100 KB', 100 * 1024, 2]
] as const) {
  const text = corpusText(bytes);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    generateQuestionSet(text, { models: { de }, language: 'de' });
    times.push(performance.now() - start);
  }
  results.push(median(times));
  print(`corpus text ${label} (median of ${runs})`, median(times));
}
const [a = 1, b = 1] = results;
print('growth 10 KB → 100 KB (linear ≈ 10)', b / a, 'x');

// English: model load with the glossary (WordNet meanings, since session 19), and an English
// news article cold and warm.
const englishNews = resolve(CORPUS_DIR, 'news-en');
const englishArticle = readdirSync(englishNews)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(resolve(englishNews, f), 'utf8'))
  .sort((x, y) => words(y) - words(x))[0] as string;
const enStart = performance.now();
const en = decodeLanguageModels('en', readModelFiles('en'));
const enLoaded = performance.now();
generateQuestionSet(englishArticle, { models: { en }, language: 'en' });
const enCold = performance.now();
print('English model load (read + decode, glossary included)', enLoaded - enStart);
print(`English article of ${words(englishArticle)} words, cold`, enCold - enStart);
const enWarm: number[] = [];
for (let i = 0; i < 12; i++) {
  const start = performance.now();
  generateQuestionSet(englishArticle, { models: { en }, language: 'en' });
  enWarm.push(performance.now() - start);
}
print('English article, warm (median of 12)', median(enWarm.slice(2)));
