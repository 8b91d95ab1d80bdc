import { loadCuratedSet } from '$lib/study/curated';

/** The quiz asks the set as the teacher curated it on this device (or as generated). */
export async function load({ fetch, params }) {
  return { set: await loadCuratedSet(fetch, params.id) };
}
