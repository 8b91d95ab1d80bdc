import * as v from 'valibot';
import catalogJson from '../../../questions/catalog.json';
import { countWords, readingMinutes } from '$lib/core/text/count-words';
import { parseQuizSet, type QuizSet } from '$lib/core/quizset/schema';
import type { ArticleData, ArticleSummary } from '$lib/articles';

/**
 * The articles that ship with the app, read from `questions/` at build time. Only prerendered
 * endpoints import this module, so article texts never land in the page's JavaScript.
 */

const CatalogSchema = v.object({
  format: v.literal('catalog/1'),
  articles: v.array(
    v.object({
      id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
      file: v.pipe(v.string(), v.regex(/^[\w.-]+\.txt$/)),
      title: v.pipe(v.string(), v.trim(), v.minLength(1)),
      language: v.picklist(['de', 'en']),
      machineTranslated: v.boolean(),
      source: v.string()
    })
  )
});

const texts = import.meta.glob<string>('/questions/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true
});

const setFiles = import.meta.glob<unknown>('/questions/*.json', { import: 'default', eager: true });

const catalog = v.parse(CatalogSchema, catalogJson);

/**
 * The generated question set of a bundled article (`questions/<file>.json`, written by
 * `npm run questions`), validated: a broken committed set fails the build, not the learner.
 */
function bundledSetFor(file: string): QuizSet | null {
  const json = setFiles[`/questions/${file.replace(/\.txt$/, '.json')}`];
  if (json === undefined) return null;
  const parsed = parseQuizSet(json);
  if (!parsed.ok) throw new Error(`questions/${file}: invalid question set: ${parsed.issues[0]}`);
  return parsed.set;
}

export const bundledSets = new Map<string, QuizSet>();

export const bundledArticles: ArticleData[] = catalog.articles.map((entry) => {
  const text = texts[`/questions/${entry.file}`];
  if (text === undefined) throw new Error(`questions/catalog.json names a missing ${entry.file}`);
  const words = countWords(text);
  const set = bundledSetFor(entry.file);
  if (set) bundledSets.set(entry.id, set);
  return {
    id: entry.id,
    origin: 'bundled' as const,
    title: entry.title,
    language: entry.language,
    machineTranslated: entry.machineTranslated,
    source: entry.source,
    wordCount: words,
    readingMinutes: readingMinutes(words),
    excerpt: firstSentence(text),
    questionCount: set?.questions.length ?? 0,
    quizQuestionCount: set?.questions.filter((q) => q.type !== 'flashcard').length ?? 0,
    text
  };
});

export function summaryOf(article: ArticleData): ArticleSummary {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { text, ...summary } = article;
  return summary;
}

function firstSentence(text: string): string {
  const firstLine = text.trim().split('\n')[0] ?? '';
  return firstLine.length > 220 ? `${firstLine.slice(0, 217).trimEnd()}…` : firstLine;
}
