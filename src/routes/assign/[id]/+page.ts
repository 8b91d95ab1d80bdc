import catalog from '../../../../questions/catalog.json';
import { withCuration } from '$lib/study/curated';
import { isOwnSetId, loadQuizSet } from '$lib/study/sets';

/** Bundled sets are prerendered (and so precached); own ones (`own-…`) use the SPA fallback. */
export function entries() {
  return catalog.articles.map((article) => ({ id: article.id }));
}

/**
 * The set as the teacher curated it and, for a bundled set, as the app ships it (`shipped`): the
 * students' apps hold that copy, so a link names its questions by id and carries only the
 * teacher's edits (see `bundledContent`).
 */
export async function load({ fetch, params }) {
  const generated = await loadQuizSet(fetch, params.id);
  const set = await withCuration(generated);
  return { set, shipped: isOwnSetId(set.id) ? null : generated };
}
