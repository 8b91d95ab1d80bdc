import catalog from '../../../../questions/catalog.json';
import { withCuration } from '$lib/study/curated';
import { isOwnSetId, loadQuizSet } from '$lib/study/sets';

/** Bundled sets are prerendered (and so precached); own ones (`own-…`) use the SPA fallback. */
export function entries() {
  return catalog.articles.map((article) => ({ id: article.id }));
}

/**
 * The set as the teacher curated it. A link may refer to a bundled set by id only while the
 * students' copy is the same; once the teacher edited it, the link carries the questions.
 */
export async function load({ fetch, params }) {
  const generated = await loadQuizSet(fetch, params.id);
  const set = await withCuration(generated);
  const unchanged = JSON.stringify(set.questions) === JSON.stringify(generated.questions);
  return { set, referable: !isOwnSetId(set.id) && unchanged };
}
