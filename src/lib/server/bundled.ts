import * as v from 'valibot';
import catalogJson from '../../../questions/catalog.json';
import { countWords, readingMinutes } from '$lib/core/text/count-words';
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

const catalog = v.parse(CatalogSchema, catalogJson);

export const bundledArticles: ArticleData[] = catalog.articles.map((entry) => {
  const text = texts[`/questions/${entry.file}`];
  if (text === undefined) throw new Error(`questions/catalog.json names a missing ${entry.file}`);
  const words = countWords(text);
  return {
    id: entry.id,
    title: entry.title,
    language: entry.language,
    machineTranslated: entry.machineTranslated,
    source: entry.source,
    wordCount: words,
    readingMinutes: readingMinutes(words),
    excerpt: firstSentence(text),
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
