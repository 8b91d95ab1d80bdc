import * as v from 'valibot';

/** What the library shows of an article. */
export const ArticleSummarySchema = v.object({
  id: v.string(),
  title: v.string(),
  language: v.picklist(['de', 'en']),
  machineTranslated: v.boolean(),
  source: v.string(),
  wordCount: v.number(),
  readingMinutes: v.number(),
  excerpt: v.string()
});

export const ArticleDataSchema = v.object({ ...ArticleSummarySchema.entries, text: v.string() });
export const LibraryDataSchema = v.object({ articles: v.array(ArticleSummarySchema) });

export type ArticleSummary = v.InferOutput<typeof ArticleSummarySchema>;
export type ArticleData = v.InferOutput<typeof ArticleDataSchema>;

/** Paragraphs of an article as the reader sees them: one per non-blank line. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
