import { loadStudySet } from '$lib/study/curated';

/** The quiz asks the set as the teacher curated it on this device (or as generated). */
export async function load({ fetch, params }) {
  return { set: await loadStudySet(fetch, params.id) };
}
