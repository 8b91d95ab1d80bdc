/**
 * Times the question generator in Node and prints one JSON object per line:
 * `{"name":…,"value":…,"unit":"ms"}`.
 *
 * - the bundled article, warm: median of many runs after warm-up;
 * - 10 KB, 100 KB and 1 MB of development-corpus text (news articles and XQuAD paragraphs,
 *   concatenated and repeated), median of a few runs each;
 * - the growth factor per tenfold size, to see whether cost grows linearly (≈ 10).
 *
 * Usage: npm run bench:generate   (needs ../shared/corpus beside the repository)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateQuestionSet } from '../src/lib/core/quizgen/index';
import { allModels } from './nlp-models';

const models = allModels();

const repo = fileURLToPath(new URL('../', import.meta.url));
const corpus = resolve(repo, '../shared/corpus');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(text: string, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    generateQuestionSet(text, { models });
    times.push(performance.now() - start);
  }
  return median(times);
}

function print(name: string, value: number, unit = 'ms') {
  console.log(JSON.stringify({ name, value: Math.round(value * 100) / 100, unit }));
}

const bundled = readFileSync(resolve(repo, 'questions/hikvision-kanada.de.txt'), 'utf8');
const coldStart = performance.now();
generateQuestionSet(bundled, { models });
print('bundled article, cold (lexicon parse included)', performance.now() - coldStart);
for (let i = 0; i < 10; i++) generateQuestionSet(bundled, { models });
print('bundled article, warm (median of 50)', time(bundled, 50));

const parts: string[] = [];
const news = resolve(corpus, 'news-de');
for (const file of readdirSync(news)
  .filter((f) => f.endsWith('.txt'))
  .sort())
  parts.push(readFileSync(resolve(news, file), 'utf8'));
for (const language of ['de', 'en']) {
  const items = JSON.parse(readFileSync(resolve(corpus, `xquad/${language}.json`), 'utf8')) as {
    context: string;
  }[];
  // Only German paragraphs: one article is one language.
  if (language === 'de') for (const item of items) parts.push(item.context);
}
const pool = parts.join('\n\n');

function corpusText(bytes: number): string {
  let text = '';
  while (new TextEncoder().encode(text).length < bytes) text += pool + '\n\n';
  // Cut at a paragraph break near the size.
  const cut = text.lastIndexOf('\n\n', bytes);
  return text.slice(0, cut > 0 ? cut : bytes);
}

const sizes: [string, number, number][] = [
  ['10 KB', 10 * 1024, 20],
  ['100 KB', 100 * 1024, 5],
  ['1 MB', 1024 * 1024, 3]
];
const results: number[] = [];
for (const [label, bytes, runs] of sizes) {
  const ms = time(corpusText(bytes), runs);
  results.push(ms);
  print(`corpus text ${label} (median of ${runs})`, ms);
}
const [a = 1, b = 1, c = 1] = results;
print('growth 10 KB → 100 KB (linear ≈ 10)', b / a, 'x');
print('growth 100 KB → 1 MB (linear ≈ 10)', c / b, 'x');
