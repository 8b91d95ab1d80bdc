import { error } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { ReaderArticleSchema, articleFromOwnSet } from '$lib/articles';
import { loadJson } from '$lib/load-json';

/**
 * Own articles live in this browser's IndexedDB (storage and the sentence splitter load only
 * for them); bundled ones are prerendered JSON with the reader's view made at build time.
 * `softHyphens`: the shown text already has its soft hyphens, the page adds none.
 */
export async function load({ fetch, params }) {
  if (params.id.startsWith('own-')) {
    if (!browser)
      error(404, { message: 'Own articles exist only in the browser', reason: 'not-found' });
    const [{ getOwnSet }, { appStorage }, { readingView }] = await Promise.all([
      import('$lib/db'),
      import('$lib/state/storage.svelte'),
      import('$lib/core/text/reading')
    ]);
    const record = await getOwnSet(await appStorage.db(), params.id);
    if (!record) error(404, { message: 'No such own article', reason: 'not-found' });
    const article = articleFromOwnSet(record.quizSet);
    return { article, reading: readingView(article.text, article.language), softHyphens: false };
  }
  const { reading, ...article } = await loadJson(
    fetch,
    `/data/articles/${encodeURIComponent(params.id)}.json`,
    ReaderArticleSchema
  );
  return { article, reading, softHyphens: true };
}
