import * as v from 'valibot';
import { countWords, readingMinutes } from '$lib/core/text/count-words';
import type { QuizSet } from '$lib/core/quizset/schema';
import { textOfSentences } from '$lib/core/text/paragraphs';

/** What the library shows of an article. */
export const ArticleSummarySchema = v.object({
  id: v.string(),
  /** Shipped with the app, or added by the learner (stored in IndexedDB). */
  origin: v.picklist(['bundled', 'own']),
  title: v.string(),
  language: v.picklist(['de', 'en']),
  machineTranslated: v.boolean(),
  source: v.string(),
  wordCount: v.number(),
  readingMinutes: v.number(),
  excerpt: v.string(),
  /** Questions and cards in the article's generated set; 0 while it has none. */
  questionCount: v.number(),
  /** Of those, the quiz questions (all but flashcards). */
  quizQuestionCount: v.number()
});

export const ArticleDataSchema = v.object({ ...ArticleSummarySchema.entries, text: v.string() });

/** A paragraph as the reader shows it (`ReadingParagraph`, made by `readingView`). */
const ReadingParagraphSchema = v.object({
  speaker: v.optional(v.string()),
  sentences: v.array(v.object({ text: v.string(), shown: v.string() }))
});

/**
 * A bundled article with the reader's view made at build time (`/data/articles/<id>.json`):
 * paragraphs, speakers and, in German, soft hyphens, so the reader neither cuts sentences nor
 * loads the hyphenation patterns while it starts.
 */
export const ReaderArticleSchema = v.object({
  ...ArticleDataSchema.entries,
  reading: v.array(ReadingParagraphSchema)
});
const StudyCountsSchema = v.object({ new: v.number(), learning: v.number(), due: v.number() });

export const LibraryDataSchema = v.object({
  articles: v.array(ArticleSummarySchema),
  /**
   * Today's counts (all sets and each set) on a device that has stored nothing yet, computed by
   * the build (`countsBeforeAnyStorage`): the library's first visit shows them without loading
   * storage.
   */
  firstVisitCounts: v.object({
    all: StudyCountsSchema,
    bySet: v.record(v.string(), StudyCountsSchema)
  })
});

export type ArticleSummary = v.InferOutput<typeof ArticleSummarySchema>;
export type ArticleData = v.InferOutput<typeof ArticleDataSchema>;
export type LibraryData = v.InferOutput<typeof LibraryDataSchema>;
export type ReaderArticle = v.InferOutput<typeof ReaderArticleSchema>;

/**
 * An own set seen as an article: its sentences are the text, in the paragraphs stored with the
 * set (one paragraph per sentence for sets saved before paragraphs were kept).
 */
export function articleFromOwnSet(set: QuizSet): ArticleData {
  const text = textOfSentences(set.sentences, set.paragraphs);
  const words = countWords(text);
  return {
    id: set.id,
    origin: 'own',
    title: set.title,
    language: set.language,
    machineTranslated: false,
    source: '',
    wordCount: words,
    readingMinutes: readingMinutes(words),
    excerpt: set.sentences[0] ?? '',
    questionCount: set.questions.length,
    quizQuestionCount: set.questions.filter((q) => q.type !== 'flashcard').length,
    text
  };
}
