import { error } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { ArticleDataSchema, articleFromOwnSet } from '$lib/articles';
import { getOwnSet } from '$lib/db';
import { loadJson } from '$lib/load-json';
import { appStorage } from '$lib/state/storage.svelte';

/** Own articles live in this browser's IndexedDB; bundled ones are prerendered JSON. */
export async function load({ fetch, params }) {
  if (params.id.startsWith('own-')) {
    if (!browser)
      error(404, { message: 'Own articles exist only in the browser', reason: 'not-found' });
    const record = await getOwnSet(await appStorage.db(), params.id);
    if (!record) error(404, { message: 'No such own article', reason: 'not-found' });
    return { article: articleFromOwnSet(record.quizSet) };
  }
  const article = await loadJson(
    fetch,
    `/data/articles/${encodeURIComponent(params.id)}.json`,
    ArticleDataSchema
  );
  return { article };
}
