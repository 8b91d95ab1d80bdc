import { browser } from '$app/environment';
import { applyCuration } from '$lib/core/curation';
import type { QuizSet } from '$lib/core/quizset/schema';
import { getCuration } from '$lib/db';
import { appStorage } from '$lib/state/storage.svelte';
import { loadQuizSet } from './sets';

/**
 * A question set as the teacher left it: the generated set with the stored curation applied.
 * Quizzes, cards and assignments study this one. Curations live in this browser only, so at
 * build time (prerendering) and when the stored curation does not validate, the generated set is
 * used; the teacher view reports a broken curation.
 */
export async function loadCuratedSet(fetch: typeof globalThis.fetch, id: string): Promise<QuizSet> {
  return withCuration(await loadQuizSet(fetch, id));
}

/** `generated` with this browser's stored curation applied (see `loadCuratedSet`). */
export async function withCuration(generated: QuizSet): Promise<QuizSet> {
  if (!browser) return generated;
  const stored = await getCuration(await appStorage.db(), generated.id);
  return stored.ok ? applyCuration(generated, stored.curation).set : generated;
}
