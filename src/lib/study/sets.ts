import { error } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { LibraryDataSchema } from '$lib/articles';
import { QuizSetSchema, type QuizSet } from '$lib/core/quizset/schema';
import { getOwnSet, listOwnSets } from '$lib/db/sets';
import { loadJson } from '$lib/load-json';
import { appStorage } from '$lib/state/storage.svelte';

/** Own sets live in this browser's IndexedDB and have ids starting with `own-`. */
export function isOwnSetId(id: string): boolean {
  return id.startsWith('own-');
}

/**
 * One question set by id: bundled ones are prerendered JSON (precached for offline use), own ones
 * come from IndexedDB. A missing set is a 404, as for any other page.
 */
export async function loadQuizSet(fetch: typeof globalThis.fetch, id: string): Promise<QuizSet> {
  if (isOwnSetId(id)) {
    if (!browser)
      error(404, { message: 'Own sets exist only in the browser', reason: 'not-found' });
    const record = await getOwnSet(await appStorage.db(), id);
    if (!record) error(404, { message: 'No such own set', reason: 'not-found' });
    return record.quizSet;
  }
  return loadJson(fetch, `/data/sets/${encodeURIComponent(id)}.json`, QuizSetSchema);
}

/** Every question set on this device: the bundled ones first, then the learner's own. */
export async function loadAllQuizSets(fetch: typeof globalThis.fetch): Promise<QuizSet[]> {
  const library = await loadJson(fetch, '/data/library.json', LibraryDataSchema);
  const bundled = await Promise.all(
    library.articles
      .filter((article) => article.origin === 'bundled' && article.questionCount > 0)
      .map((article) => loadQuizSet(fetch, article.id))
  );
  const own = (await listOwnSets(await appStorage.db())).map((record) => record.quizSet);
  return [...bundled, ...own];
}
