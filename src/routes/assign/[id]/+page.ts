import catalog from '../../../../questions/catalog.json';
import { loadQuizSet } from '$lib/study/sets';

/** Bundled sets are prerendered (and so precached); own ones (`own-…`) use the SPA fallback. */
export function entries() {
  return catalog.articles.map((article) => ({ id: article.id }));
}

export async function load({ fetch, params }) {
  return { set: await loadQuizSet(fetch, params.id) };
}
