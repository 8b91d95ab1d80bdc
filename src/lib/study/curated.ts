import { browser } from '$app/environment';
import { applyCuration } from '$lib/core/curation';
import type { QuizSet } from '$lib/core/quizset/schema';
import { getCuration } from '$lib/db/curation';
import { appStorage } from '$lib/state/storage.svelte';
import { loadAllQuizSets, loadQuizSet } from './sets';

// Curations live in this browser only, so at build time (prerendering) and when the stored
// curation does not validate, the generated set is used; the teacher view reports a broken one.

/** Every set on this device as studied (see `loadStudySet`): bundled first, then own ones. */
export async function loadAllStudySets(fetch: typeof globalThis.fetch): Promise<QuizSet[]> {
  return Promise.all((await loadAllQuizSets(fetch)).map(withCuration));
}

/**
 * THE way to load a set for study: the generated set with the teacher's stored edits applied.
 * The quiz, the flashcards, the statistics, the library's counts and the reader's evidence all
 * use it, so a question a teacher deleted or changed is gone or changed everywhere. (Only the
 * teacher's own pages load the generated set, to edit it.)
 */
export async function loadStudySet(fetch: typeof globalThis.fetch, id: string): Promise<QuizSet> {
  return withCuration(await loadQuizSet(fetch, id));
}

/** `generated` with this browser's stored curation applied (see `loadStudySet`). */
export async function withCuration(generated: QuizSet): Promise<QuizSet> {
  if (!browser) return generated;
  const stored = await getCuration(await appStorage.db(), generated.id);
  return stored.ok ? applyCuration(generated, stored.curation).set : generated;
}
