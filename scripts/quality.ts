/**
 * `npm run quality`: the sample for a blind rating of question quality (issue 10, point 8).
 *
 * Generates a set for every text of the development corpus (German and English news, XQuAD
 * paragraphs), then samples — in an order seeded by a hash of text name and question id, at most
 * three per text — at least 60 quiz questions per language and 10 flashcards, and writes a rating
 * sheet: each item with its text's name, its sentence(s), the question as a student sees it, the
 * key, and empty columns for the rater (grammatical, answerable, one right answer, plausible
 * distractors, worth asking, overall good/fixable/bad). The articles themselves stay in
 * `../shared/corpus`; the sheet goes to `.quality/` (not committed: the BBC texts may not be
 * copied into the project).
 *
 * Usage: npm run quality [-- --per-language 60 --cards 10 --out .quality/sheet.md]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { hashText } from '../src/lib/core/quizgen/hash';
import { generateQuestionSet } from '../src/lib/core/quizgen/index';
import type { Question } from '../src/lib/core/quizset/schema';
import { CORPUS_DIR } from './corpus-dir';
import { allModels } from './nlp-models';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? (args[i + 1] as string) : fallback;
};
const perLanguage = Number(option('per-language', '60'));
const cardCount = Number(option('cards', '10'));
const out = option('out', '.quality/sheet.md');

const models = allModels();
const texts: { name: string; text: string; language: 'de' | 'en' }[] = [];
for (const [folder, language] of [
  ['news-de', 'de'],
  ['news-de-2', 'de'],
  ['news-en', 'en']
] as const) {
  const dir = resolve(CORPUS_DIR, folder);
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.txt'))
    .sort())
    texts.push({ name: `${folder}/${f}`, text: readFileSync(resolve(dir, f), 'utf8'), language });
}
for (const language of ['de', 'en'] as const) {
  const items = JSON.parse(readFileSync(resolve(CORPUS_DIR, `xquad/${language}.json`), 'utf8')) as {
    id: string;
    context: string;
  }[];
  for (const item of items)
    texts.push({ name: `xquad/${language}.json#${item.id}`, text: item.context, language });
}

interface Item {
  name: string;
  language: 'de' | 'en';
  q: Question;
  sentences: string[];
  key: string;
}
const pool: Item[] = [];
for (const t of texts) {
  const set = generateQuestionSet(t.text, { models, language: t.language });
  for (const q of set.questions)
    pool.push({
      name: t.name,
      language: t.language,
      q,
      sentences: q.evidence.map((i) => set.sentences[i] ?? ''),
      key: hashText(`${t.name}|${q.id}`)
    });
}
pool.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

function sample(filter: (i: Item) => boolean, count: number, perText: number): Item[] {
  const taken = new Map<string, number>();
  const chosen: Item[] = [];
  for (const item of pool) {
    if (chosen.length >= count || !filter(item)) continue;
    if ((taken.get(item.name) ?? 0) >= perText) continue;
    taken.set(item.name, (taken.get(item.name) ?? 0) + 1);
    chosen.push(item);
  }
  return chosen;
}

const chosen = [
  ...sample((i) => i.language === 'de' && i.q.type !== 'flashcard', perLanguage, 3),
  ...sample((i) => i.language === 'en' && i.q.type !== 'flashcard', perLanguage, 3),
  ...sample((i) => i.q.type === 'flashcard', cardCount, 1)
];

const cell = (text: string) => text.replace(/\|/gu, '\\|').replace(/\s+/gu, ' ').trim();
function asked(q: Question): string {
  switch (q.type) {
    case 'multiple-choice':
      return `${q.prompt}<br>Choices: ${q.choices.map((c) => `(${c})`).join(' ')}`;
    case 'true-false':
      return `${q.prompt}<br>(true or false?)`;
    case 'cloze':
      return `${q.prompt}${q.wordBank ? `<br>Word bank: ${q.wordBank.join(' / ')}` : ''}`;
    case 'order':
      return `${q.prompt}<br>Items: ${[...q.answer].sort().join(' / ')}`;
    case 'match':
      return `${q.prompt}<br>Left: ${q.answer.map(([l]) => l).join(' / ')}<br>Right: ${[...q.answer.map(([, r]) => r)].sort().join(' / ')}`;
    case 'flashcard':
      return `Front: ${q.prompt}`;
    default:
      return q.prompt;
  }
}
function key(q: Question): string {
  switch (q.type) {
    case 'true-false':
      return `${q.answer ? 'true' : 'false'}${q.correction ? ` (the text says: ${q.correction})` : ''}`;
    case 'order':
      return q.answer.join(' → ');
    case 'match':
      return q.answer.map(([l, r]) => `${l} ↔ ${r}`).join('; ');
    case 'flashcard':
      return `Back: ${q.answer}`;
    case 'short-answer':
      // What else the grading accepts, so a rater judges the typed answer as a student meets it.
      return `${q.answer}${q.accept && q.accept.length > 0 ? ` (also accepted: ${q.accept.join(' / ')})` : ''}`;
    default:
      return q.answer;
  }
}

const lines = [
  '# Rating sheet',
  '',
  `${chosen.length} items sampled from ${texts.length} texts of the development corpus. For each item read the article (its file is named in the "text" column, under \`../shared/corpus\`), then rate:`,
  '',
  '- **G** grammatical (prompt and every choice well-formed) — y/n',
  '- **A** answerable from the text alone — y/n',
  '- **1** exactly one right answer (no distractor also true, the key right) — y/n',
  '- **D** plausible distractors (same kind and form; – if no choices) — y/n/–',
  '- **W** worth asking: a teacher would ask this to test understanding of the article — y/n',
  '- **overall**: good (usable as is) / fixable (small edit) / bad (strike it); **note**: why, for fixable and bad',
  '',
  '| # | text | type | sentence(s) | question as shown | key | G | A | 1 | D | W | overall | note |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...chosen.map(
    (c, i) =>
      `| ${i + 1} | ${c.name} | ${c.q.type}${c.q.kind ? ` (${c.q.kind})` : ''} | ${cell(c.sentences.join(' ¶ '))} | ${cell(asked(c.q))} | ${cell(key(c.q))} |  |  |  |  |  |  |  |`
  ),
  ''
];
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, lines.join('\n'));
console.log(
  JSON.stringify({ name: 'quality sample', items: chosen.length, texts: texts.length, out })
);
