import { loadQuizSet } from '$lib/study/sets';

/** The set as generated; the page applies the teacher's curation in the browser. */
export async function load({ fetch, params }) {
  return { set: await loadQuizSet(fetch, params.id) };
}
