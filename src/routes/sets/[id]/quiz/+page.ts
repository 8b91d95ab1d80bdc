import { loadQuizSet } from '$lib/study/sets';

export async function load({ fetch, params }) {
  return { set: await loadQuizSet(fetch, params.id) };
}
