import { error, json } from '@sveltejs/kit';
import type { ReaderArticle } from '$lib/articles';
import { readingView } from '$lib/core/text/reading';
import { loadGermanHyphenator } from '$lib/hyphenate';
import { bundledArticles } from '$lib/server/bundled';

export const prerender = true;

export function entries() {
  return bundledArticles.map(({ id }) => ({ id }));
}

/**
 * The article with the reader's view (`ReaderArticle`), made here at build time. German text
 * gets its soft hyphens here too, for every browser: where one has German hyphenation it breaks
 * at them as well, and none has to load the patterns (~100 KB gzip) to read a bundled article.
 */
export async function GET({ params }) {
  const article = bundledArticles.find(({ id }) => id === params.id);
  if (!article) error(404, { message: 'Article not found', reason: 'not-found' });
  const hyphenate = article.language === 'de' ? await loadGermanHyphenator() : undefined;
  const body: ReaderArticle = {
    ...article,
    reading: readingView(article.text, article.language, hyphenate)
  };
  return json(body);
}
