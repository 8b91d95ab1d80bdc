/**
 * Produces the raw material of docs/QUESTION-QUALITY.md:
 *
 * 1. a deterministic sample of 40 questions across the development corpus (at most two per
 *    text, picked by a hash of text name and question id), printed as Markdown for rating;
 * 2. the share of XQuAD human questions (German and English) whose answer the generator also
 *    asks about, by answer-text overlap.
 *
 * Usage: npx tsx scripts/question-quality.ts   (needs ../shared/corpus beside the repository)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Question } from '../src/lib/core/quizset/schema';
import { hashText } from '../src/lib/core/quizgen/hash';
import { generateQuestionSet } from '../src/lib/core/quizgen/index';
import { allModels } from './nlp-models';

const models = allModels();

const repo = fileURLToPath(new URL('../', import.meta.url));
const corpus = resolve(repo, '../shared/corpus');

interface XquadItem {
  id: string;
  context: string;
  qas: { question: string; answers: string[] }[];
}

const texts: { name: string; text: string }[] = [];
const news = resolve(corpus, 'news-de');
for (const file of readdirSync(news)
  .filter((f) => f.endsWith('.txt'))
  .sort())
  texts.push({ name: `news-de/${file}`, text: readFileSync(resolve(news, file), 'utf8') });
const xquad: Record<'de' | 'en', XquadItem[]> = {
  de: JSON.parse(readFileSync(resolve(corpus, 'xquad/de.json'), 'utf8')) as XquadItem[],
  en: JSON.parse(readFileSync(resolve(corpus, 'xquad/en.json'), 'utf8')) as XquadItem[]
};
for (const language of ['de', 'en'] as const)
  for (const item of xquad[language]) texts.push({ name: item.id, text: item.context });

const cell = (text: string) => text.replace(/\|/gu, '\\|').replace(/\s+/gu, ' ').slice(0, 260);
const show = (q: Question): string => {
  if (q.type === 'true-false')
    return `${q.answer ? 'wahr' : 'falsch'}${q.correction ? ` (richtig: ${q.correction})` : ''}`;
  if (q.type === 'order') return q.answer.join(' → ');
  if (q.type === 'match') return q.answer.map(([l, r]) => `${l} ↔ ${r}`).join('; ');
  return q.answer;
};

// 1. The sample.
const candidates: { name: string; q: Question; h: string }[] = [];
for (const { name, text } of texts) {
  const set = generateQuestionSet(text, { models });
  for (const q of set.questions) candidates.push({ name, q, h: hashText(`${name}|${q.id}`) });
}
candidates.sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : 0));
const perText = new Map<string, number>();
const sample: typeof candidates = [];
for (const c of candidates) {
  if (sample.length >= 40) break;
  if ((perText.get(c.name) ?? 0) >= 2) continue;
  perText.set(c.name, (perText.get(c.name) ?? 0) + 1);
  sample.push(c);
}
console.log('| # | text | type | prompt | answer | choices / word bank |');
console.log('| --- | --- | --- | --- | --- | --- |');
sample.forEach(({ name, q }, i) => {
  const extra =
    'choices' in q
      ? q.choices.join(' / ')
      : 'wordBank' in q && q.wordBank
        ? q.wordBank.join(' / ')
        : '';
  console.log(
    `| ${i + 1} | ${name} | ${q.type} | ${cell(q.prompt)} | ${cell(show(q))} | ${cell(extra)} |`
  );
});

// 2. XQuAD coverage.
const norm = (text: string) =>
  text
    .toLowerCase()
    .replace(/[„“”"«»‚‘’'.,;:!?()–—-]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
/** The texts a question asks the reader to produce or recognise as the answer. */
function asked(q: Question): string[] {
  switch (q.type) {
    case 'multiple-choice':
    case 'short-answer':
    case 'cloze':
      return [q.answer];
    case 'flashcard':
      return [q.prompt];
    case 'order':
      return q.answer;
    case 'match':
      return q.answer.flat();
    case 'true-false':
      // A false statement asks about the detail that was swapped: what the correction has and
      // the statement lacks.
      if (!q.correction) return [];
      return [
        q.correction
          .split(' ')
          .filter((w) => !q.prompt.split(' ').includes(w))
          .join(' ')
      ];
  }
}
function covers(generated: string, human: string): boolean {
  const g = ` ${norm(generated)} `;
  const h = ` ${norm(human)} `;
  if (h.trim().length === 0 || g.trim().length === 0) return false;
  if (g.includes(h) || (h.includes(g) && g.trim().length >= 3)) return true;
  const hw = new Set(h.trim().split(' '));
  const gw = new Set(g.trim().split(' '));
  let both = 0;
  for (const w of hw) if (gw.has(w)) both++;
  return both / hw.size >= 0.5 && both > 0;
}
for (const language of ['de', 'en'] as const) {
  let total = 0;
  let covered = 0;
  for (const item of xquad[language]) {
    const set = generateQuestionSet(item.context, { models, language });
    const answers = set.questions.flatMap(asked).filter(Boolean);
    for (const qa of item.qas) {
      total++;
      if (qa.answers.some((h) => answers.some((g) => covers(g, h)))) covered++;
    }
  }
  console.log(
    `\nXQuAD ${language}: ${covered} of ${total} human questions (${((100 * covered) / total).toFixed(1)} %) have their answer asked about.`
  );
}
